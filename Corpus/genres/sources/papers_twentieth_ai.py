"""Papers of the twentieth batch, part AI (being written)."""

PAPERS = []
