"""Matching: people of the article with their roles, for articles naming three or more.

One role per person (the first usable one the article states), three to five pairs, no
role shared by two of them nor two names of one job ("spokesperson" and
"spokeswoman" of one agency: either would then fit both), and nobody whose role another
question of the bank already asks.
"""

from __future__ import annotations

from typing import Iterator

from ..models import Question
from .common import Context, person_mark
from .distractors import clash, near_synonym
from .language import display

MIN_PAIRS, MAX_PAIRS = 3, 5


def candidates(ctx: Context) -> Iterator[Question]:
    """At most one matching question: people ↔ roles."""
    pairs: list[tuple[str, str, str]] = []
    for r, text in ctx.roles:
        if person_mark(r.person) in ctx.asked or any(r.person == p or clash(text, t) or near_synonym(text, t) for p, t, _ in pairs):
            continue
        pairs.append((r.person, text, r.sentence))
    if len(pairs) < MIN_PAIRS:
        return
    pairs = pairs[:MAX_PAIRS]
    answer = tuple((p, display(t)) for p, t, _ in pairs)
    sentences = list(dict.fromkeys(s for _, _, s in pairs))
    key = "matching|roles|" + "|".join(sorted(p for p, _, _ in pairs))
    yield ctx.question("matching", key, "Match each person with the role the article gives them.",
                       answer, sentences[0], sentences=sentences, tags=("role",), difficulty=2,
                       explanation="; ".join(f"{p}: {t}" for p, t, _ in pairs) + ".")
