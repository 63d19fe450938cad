// Tests for TextExtraction land with its implementation.
