"""Papers of the twenty-sixth batch, part AV (written blind; see Corpus/genres/README.md)."""

PAPERS = []
