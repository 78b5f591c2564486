"""Claims: who said or asserted what, quoted (direct) or reported (indirect)."""

from __future__ import annotations

from typing import Sequence

from ..models import Article, Claim, Person, Sentence


def extract_claims(article: Article, sentences: Sequence[Sentence], people: Sequence[Person]) -> list[Claim]:
    """The claims of the article with their speakers resolved."""
    return []
