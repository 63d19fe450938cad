"""Papers of the twenty-second batch, part AN (being written)."""

PAPERS = []
