"""Papers of the seventh batch, part J (being written)."""

PAPERS = []
