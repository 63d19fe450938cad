// Tests for Storage land with its implementation.
