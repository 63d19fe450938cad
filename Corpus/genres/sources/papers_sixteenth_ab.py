"""Papers of the sixteenth batch, part AB (being written)."""

PAPERS = []
