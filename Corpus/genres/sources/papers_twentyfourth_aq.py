"""Placeholder: written blind by a helper."""

PAPERS = []
