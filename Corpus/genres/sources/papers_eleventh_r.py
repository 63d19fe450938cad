"""Papers of the eleventh batch, part R (being written)."""

PAPERS = []
