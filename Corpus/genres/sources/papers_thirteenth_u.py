"""Papers of the thirteenth batch, part U (being written)."""

PAPERS = []
