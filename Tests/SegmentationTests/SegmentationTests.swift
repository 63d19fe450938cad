// Tests for Segmentation land with its implementation.
