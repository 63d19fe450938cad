"""Papers of the twentieth batch, part AJ (being written)."""

PAPERS = []
