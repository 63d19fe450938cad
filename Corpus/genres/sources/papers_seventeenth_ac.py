"""Papers of the seventeenth batch, part AC (being written)."""

PAPERS = []
