"""Papers of the sixth batch, part G: written blind (see the module's papers below)."""

PAPERS = []
