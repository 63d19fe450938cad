"""Papers of the twenty-second batch, part AM (being written)."""

PAPERS = []
