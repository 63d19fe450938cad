"""Papers of the tenth batch, part P (being written)."""

PAPERS = []
