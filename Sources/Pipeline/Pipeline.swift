// The Pipeline target; its implementation lands with its issue.
