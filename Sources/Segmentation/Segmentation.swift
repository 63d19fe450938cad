// The Segmentation target; its implementation lands with its issue.
