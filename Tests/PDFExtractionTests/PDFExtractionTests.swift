// Tests for PDFExtraction land with its implementation.
