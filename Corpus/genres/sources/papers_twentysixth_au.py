"""Papers of the twenty-sixth batch, part AU (written blind; see Corpus/genres/README.md)."""

PAPERS = []
