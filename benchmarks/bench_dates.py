"""Temporal tagger: articles per second on one core, against ``dateparser.search_dates`` on the same texts.

Quality figures (TempEval-3 strict/relaxed/value F1) come from ``../shared/eval/score_timex.py``,
which needs data outside the project; the targets are printed beside the speed rows.
"""

from __future__ import annotations

import subprocess
import sys
import time

from corpus import texts


def _import_ms() -> float:
    """Milliseconds to import the tagger in a fresh interpreter (best of three), from ``-X importtime``."""
    best = float("inf")
    for _ in range(3):
        err = subprocess.run([sys.executable, "-X", "importtime", "-c", "import quizgen.extract.timex"],
                             capture_output=True, text=True).stderr
        line = next(x for x in err.splitlines() if x.rstrip().endswith("quizgen.extract.timex"))
        best = min(best, int(line.split("|")[1]) / 1000)
    return best


def _rate(fn, items, min_seconds: float = 1.0, limit: int | None = None) -> float:
    """Articles per second over at least ``min_seconds`` (best of the rounds run)."""
    n, start = 0, time.perf_counter()
    while True:
        for text, dct in items:
            fn(text, dct)
            n += 1
            if limit and n >= limit:
                break
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds or (limit and n >= limit):
            return n / elapsed


def run() -> list[tuple[str, str, str]]:
    from quizgen.extract.dates import tag

    items = texts(31)
    for text, dct in items:  # compile and warm
        tag(text, dct)
    ours = max(_rate(tag, items) for _ in range(3))
    rows = [("quizgen tagger (articles/s, one core)", f"{ours:,.0f}", ">= 1,000 (issue 3), 2,000 (issue 10)"),
            ("import quizgen.extract.timex (ms, cumulative)", f"{_import_ms():.0f}", "patterns compiled on first use")]
    try:
        from datetime import datetime

        from dateparser.search import search_dates
    except ImportError:
        rows.append(("dateparser.search_dates (articles/s)", "not installed", "pip install quizgen[bench]"))
        return rows

    def dp(text: str, dct: str) -> None:
        search_dates(text, languages=["en"], settings={"RELATIVE_BASE": datetime.fromisoformat(dct)})

    theirs = _rate(dp, items, min_seconds=2.0, limit=40)
    rows += [
        ("dateparser.search_dates (articles/s)", f"{theirs:,.1f}", "reference"),
        ("speed-up over dateparser", f"{ours / theirs:,.0f}x", ">= 10x"),
        ("TempEval-3 TimeBank strict/relaxed/value F1 (quizgen)", "92.8 / 95.5 / 83.6", ">= 93 / 96 / 85"),
        ("TempEval-3 AQUAINT strict/relaxed/value F1 (quizgen)", "86.2 / 95.0 / 78.9", ">= 93 / 96 / 85"),
        ("TempEval-3 strict/relaxed/value F1 (dateparser, issue #3)", "~17 / 70 / 10", "reference"),
    ]
    return rows
