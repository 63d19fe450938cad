"""Papers of the ninth batch, part M (being written)."""

PAPERS = []
