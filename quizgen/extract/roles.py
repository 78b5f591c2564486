"""Roles: positions, titles and jobs the article states for a person."""

from __future__ import annotations

from typing import Sequence

from ..models import Article, Person, Role, Sentence


def extract_roles(article: Article, sentences: Sequence[Sentence], people: Sequence[Person]) -> list[Role]:
    """One Role per person and distinct role the article states."""
    return []
