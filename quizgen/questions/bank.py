"""Assemble the question bank from facts."""

from __future__ import annotations

from typing import Sequence

from ..models import Facts, QuestionBank


def make_questions(facts: Facts, *, seed: int = 0, n: int | None = None,
                   types: Sequence[str] | None = None) -> QuestionBank:
    """The questions for one article's facts; the same facts and seed give the same bank."""
    return QuestionBank(())
