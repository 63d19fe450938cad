"""Papers of the twenty-first batch, part AL (being written)."""

PAPERS = []
