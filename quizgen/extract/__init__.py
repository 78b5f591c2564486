"""Fact extractors, one module per fact type: dates (temporal tagger), events, people, roles, claims."""
