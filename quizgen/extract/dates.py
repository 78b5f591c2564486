"""Temporal tagger: TIMEX3 expressions in plain text, normalised against the document date."""

from __future__ import annotations

from ..models import Timex


def tag(text: str, dct: str | None = None) -> list[Timex]:
    """Every temporal expression of ``text`` (offsets into ``text``), values resolved against ``dct``."""
    return []
