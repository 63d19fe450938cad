"""Papers of the fourteenth batch, part X (being written)."""

PAPERS = []
