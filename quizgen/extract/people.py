"""People: every named person with the fullest name, short forms and gender."""

from __future__ import annotations

from typing import Sequence

from ..models import Article, Person, Sentence


def extract_people(article: Article, sentences: Sequence[Sentence]) -> list[Person]:
    """The named people of the article, in order of first mention."""
    return []
