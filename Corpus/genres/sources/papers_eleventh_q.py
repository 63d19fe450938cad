"""Papers of the eleventh batch, part Q (being written)."""

PAPERS = []
