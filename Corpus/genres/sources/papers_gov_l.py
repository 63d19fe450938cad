"""Papers of the eighth batch, part L (being written)."""

PAPERS = []
