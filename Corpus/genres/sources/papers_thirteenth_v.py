"""Papers of the thirteenth batch, part V (being written)."""

PAPERS = []
