"""Papers of the fifteenth batch, part Z (being written)."""

PAPERS = []
