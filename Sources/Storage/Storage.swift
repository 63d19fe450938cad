// The Storage target; its implementation lands with its issue.
