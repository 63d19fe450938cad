"""Papers of the twelfth batch, part S (being written)."""

PAPERS = []
