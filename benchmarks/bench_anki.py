"""Anki deck build time: 1,000 articles' questions (the 10-question fixture re-sourced per
article, so 10,000 questions, 13,000 notes) into one .apkg with a subdeck each."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

from quizgen.models import QuestionBank
from quizgen.render.anki import deck_bytes

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "questions-fixture.json"


def bank_of(n_articles: int) -> QuestionBank:
    """The fixture's questions repeated for ``n_articles`` distinct articles (new title and URL)."""
    base = QuestionBank.from_dict(json.loads(FIXTURE.read_text(encoding="utf-8"))).questions
    qs = []
    for i in range(n_articles):
        for q in base:
            src = replace(q.source, article=f"{q.source.article} (part {i})", url=f"{q.source.url}?part={i}",
                          date=f"2012-{1 + i % 12:02d}-{1 + i % 28:02d}")
            qs.append(replace(q, source=src))
    return QuestionBank(tuple(qs))


def run() -> list[tuple[str, str, str]]:
    bank = bank_of(1000)
    start = time.perf_counter()
    data = deck_bytes(bank, timestamp=1_337_731_200)
    wall = time.perf_counter() - start
    return [
        (f"anki: deck of 1,000 articles ({len(bank):,} questions)", f"{wall:.2f} s", "< 5 s"),
        ("anki: .apkg size for 1,000 articles", f"{len(data) / 1e6:.1f} MB", "-"),
    ]


if __name__ == "__main__":
    for row in run():
        print(*row, sep="  ")
