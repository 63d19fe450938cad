"""Papers of the tenth batch, part O (being written)."""

PAPERS = []
