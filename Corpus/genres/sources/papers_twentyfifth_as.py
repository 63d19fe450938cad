"""Papers of the twenty-fifth batch, part AS (written blind; see Corpus/genres/README.md)."""

PAPERS = []
