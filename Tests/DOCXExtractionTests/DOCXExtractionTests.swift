// Tests for DOCXExtraction land with its implementation.
