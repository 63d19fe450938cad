// The PDFExtraction target; its implementation lands with its issue.
