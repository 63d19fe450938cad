"""Papers of the eighteenth batch, part AF (being written)."""

PAPERS = []
