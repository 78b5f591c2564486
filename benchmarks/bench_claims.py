"""Claims stage: articles per second on one core (sentences and people already extracted)."""

from __future__ import annotations

import time

from corpus import paths


def _articles():
    from quizgen.extract.people import extract_people
    from quizgen.reader import read_article
    from quizgen.text.sentences import sentences

    out = []
    for p in paths():
        a = read_article(p)
        s = sentences(a)
        out.append((a, s, extract_people(a, s)))
    return out


def run() -> list[tuple[str, str, str]]:
    from quizgen.extract.claims import extract_claims

    items = _articles()
    for a, s, people in items:  # warm the lexicons and compiled patterns
        extract_claims(a, s, people)
    best = 0.0
    for _ in range(3):
        start = time.perf_counter()
        n = 0
        while n < 300:
            for a, s, people in items:
                extract_claims(a, s, people)
                n += 1
        best = max(best, n / (time.perf_counter() - start))
    return [("claims (articles/s, one core)", f"{best:,.0f}", ">= 2,000")]
