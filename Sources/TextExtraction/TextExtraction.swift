// The TextExtraction target; its implementation lands with its issue.
