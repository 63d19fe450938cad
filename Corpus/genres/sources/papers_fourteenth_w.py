"""Papers of the fourteenth batch, part W (being written)."""

PAPERS = []
