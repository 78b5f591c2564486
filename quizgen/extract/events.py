"""Dated events: the clause each calendar DATE of a body sentence dates."""

from __future__ import annotations

from typing import Sequence

from ..models import Article, Event, Sentence


def extract_events(article: Article, sentences: Sequence[Sentence]) -> list[Event]:
    """The dated events of the article's body sentences, one per happening."""
    return []
