"""Papers of the ninth batch, part N (being written)."""

PAPERS = []
