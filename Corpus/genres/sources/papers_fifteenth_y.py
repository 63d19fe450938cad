"""Papers of the fifteenth batch, part Y (being written)."""

PAPERS = []
