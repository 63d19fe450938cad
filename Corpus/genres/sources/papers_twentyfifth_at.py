"""Papers of the twenty-fifth batch, part AT (written blind; see Corpus/genres/README.md)."""

PAPERS = []
