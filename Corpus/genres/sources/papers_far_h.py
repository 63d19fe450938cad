"""Papers of the sixth batch, part H: written blind (see the module's papers below)."""

PAPERS = []
