"""Papers of the nineteenth batch, part AH (being written)."""

PAPERS = []
