"""Benchmark inputs: the open-licensed Wikinews articles shipped with the tests, repeated."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"


def texts(n: int = 1000) -> list[tuple[str, str]]:
    """``n`` (text, date) pairs: the test articles' bodies repeated in order."""
    from quizgen.reader import read_article

    base = []
    for p in sorted(ARTICLES.glob("*.txt")):
        a = read_article(p)
        base.append((a.text, a.date or "2020-01-01"))
    return [base[i % len(base)] for i in range(n)]


def paths() -> list[Path]:
    return sorted(ARTICLES.glob("*.txt"))
