"""Papers of the nineteenth batch, part AG (being written)."""

PAPERS = []
