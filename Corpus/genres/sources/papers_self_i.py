"""Papers of the seventh batch, part I (being written)."""

PAPERS = []
