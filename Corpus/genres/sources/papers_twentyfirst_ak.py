"""Papers of the twenty-first batch, part AK (being written)."""

PAPERS = []
