// The EvidenceTagging target; its implementation lands with its issue.
