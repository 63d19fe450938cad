// The DOCXExtraction target; its implementation lands with its issue.
