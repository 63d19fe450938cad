"""Papers of the seventeenth batch, part AD (being written)."""

PAPERS = []
