"""Papers of the twelfth batch, part T (being written)."""

PAPERS = []
