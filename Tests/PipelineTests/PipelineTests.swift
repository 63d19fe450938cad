// Tests for Pipeline land with its implementation.
