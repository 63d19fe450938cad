"""Papers of the sixteenth batch, part AA (being written)."""

PAPERS = []
