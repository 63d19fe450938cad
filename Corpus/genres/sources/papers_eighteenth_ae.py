"""Papers of the eighteenth batch, part AE (being written)."""

PAPERS = []
