"""Automatic checks of the quality bar (issue 6, points 1, 2, 6, 7 and 9) for any bank.

Used by the tests and the benchmark, and handy on a hand-edited questions JSON:
``problems(q)`` lists what is wrong with one question, ``bank_problems(bank)`` adds what
is wrong across questions (repeats, answer positions).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from ..models import Question
from .language import norm, words

MAX_WORDS = 60
CHOICE_TYPES = {"mcq", "who_said", "true_false"}


def _in(needle: str, hay: str) -> bool:
    return bool(norm(needle)) and f" {norm(needle)} " in f" {norm(hay)} "


def _mostly_in(text: str, hay: str, share: float = 0.7) -> bool:
    """Most content words of ``text`` occur in ``hay`` (timeline items are shortened clauses)."""
    toks = [w.lower() for w in words(text) if len(w) > 3]
    hay_toks = {w.lower() for w in words(hay)}
    return not toks or sum(t in hay_toks for t in toks) / len(toks) >= share


def problems(q: Question) -> list[str]:
    """What is wrong with one question, as short messages (empty when it passes)."""
    out: list[str] = []
    cited = " ".join([q.source.sentence, *q.source.sentences])
    # 1. the answer is stated in the cited sentence(s)
    if q.type == "matching":
        for left, right in q.answer:
            if not (_in(left, cited) or any(_in(w, cited) for w in left.split()[-1:])) or not _in(right, cited):
                out.append(f"1: pair {left!r} → {right!r} not in the cited sentences")
    elif q.type == "timeline":
        out += [f"1: item {i!r} not in the cited sentences" for i in q.answer if not _mostly_in(i, cited)]
    elif q.type != "true_false":
        if not any(_in(a, cited) for a in (q.answer, *q.accept)):
            out.append(f"1: answer {q.answer!r} not in the source sentence")
    # 2. one right answer among distinct options
    if q.type in CHOICE_TYPES:
        if list(q.choices).count(q.answer) != 1:
            out.append("2: the answer is not among the choices exactly once")
        normed = [norm(c) for c in q.choices]
        if len(set(normed)) != len(normed):
            out.append("2: two choices are the same")
        if q.type != "true_false":
            for c in q.choices:
                if c != q.answer and (_in(c, q.answer) or _in(q.answer, c)):
                    out.append(f"2: choice {c!r} is another form of the answer")
    # 6. the prompt does not give the answer away
    if q.type not in {"matching", "timeline", "true_false"}:
        for a in {q.answer, *q.accept}:
            if _in(a, q.prompt):
                out.append(f"6: the prompt contains the answer {a!r}")
        if re.search(r"\b(?:a|an)\s+(?:_+|\?)", q.prompt, re.IGNORECASE):
            out.append("6: 'a/an' before the blank")
    # 9. short prompts
    if len(words(q.prompt)) >= MAX_WORDS:
        out.append(f"9: prompt of {len(words(q.prompt))} words")
    return out


def bank_problems(questions: Iterable[Question]) -> list[str]:
    """Problems of each question (prefixed by its id) and across the bank: repeated ids,
    keys or prompts, and answer positions piled on one letter."""
    qs = list(questions)
    out = [f"{q.id}: {p}" for q in qs for p in problems(q)]
    for what, values in (("id", [q.id for q in qs]), ("key", [q.key for q in qs]),
                         ("prompt", [q.prompt.lower() for q in qs])):
        out += [f"9: {what} {v!r} repeated" for v, n in Counter(values).items() if n > 1]
    positions = Counter(q.choices.index(q.answer) for q in qs
                        if q.type in {"mcq", "who_said"} and len(q.choices) == 4 and q.answer in q.choices)
    if sum(positions.values()) >= 8 and max(positions.values()) - min(positions.get(i, 0) for i in range(4)) > 2:
        out.append(f"7: answer positions uneven {dict(sorted(positions.items()))}")
    return out
