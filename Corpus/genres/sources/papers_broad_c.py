"""Papers of the fourth batch (being written)."""

PAPERS = []
