"""Papers of the eighth batch, part K (being written)."""

PAPERS = []
