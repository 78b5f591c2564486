"""Temporal tagger: TIMEX3 expressions in plain text, normalised against the document date.

The rules live in :mod:`quizgen.extract.timex` (lexicon, one compiled regex, resolvers);
this module is the stable entry point used by the CLI, the API and the event extractor.
"""

from __future__ import annotations

from datetime import date

from ..errors import QuizgenError
from ..models import Timex
from .timex import tag as _tag


def tag(text: str, dct: str | date | None = None) -> list[Timex]:
    """Every temporal expression of ``text`` (offsets into ``text``), values resolved against ``dct``.

    Args:
        text: plain text, as decoded from the file.
        dct: the document creation time, ``YYYY-MM-DD``; None leaves relative expressions
            unresolved (``XXXX-WXX-5``, ``PRESENT_REF``).

    Raises:
        QuizgenError: when ``dct`` is not a valid date.
    """
    if isinstance(dct, str):
        try:
            dct = date.fromisoformat(dct[:10])
        except ValueError:
            raise QuizgenError(f"bad document date {dct!r}: expected YYYY-MM-DD") from None
    return _tag(text, dct)
