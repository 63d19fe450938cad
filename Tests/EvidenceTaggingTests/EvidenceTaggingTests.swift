// Tests for EvidenceTagging land with its implementation.
