"""Dated events stage: microseconds per article (temporal tagger included) and the tagger's one-off cost.

The stage tags each paragraph once, so its figure is mostly the tagger's; the one-off cost is
what a fresh process pays to compile the patterns the test articles need (issue 10 counts it:
a short run pays it whole).
"""

from __future__ import annotations

import subprocess
import sys
import time

from corpus import paths

_FIRST_CALL = """
import time
from quizgen.reader import read_article
from quizgen.extract.dates import tag
texts = [(a.text, a.date) for a in map(read_article, {paths!r})]
import quizgen.extract.timex  # imported before the clock starts
start = time.perf_counter()
for text, dct in texts:
    tag(text, dct)
cold = time.perf_counter() - start
start = time.perf_counter()
for text, dct in texts:
    tag(text, dct)
print((cold - (time.perf_counter() - start)) * 1000)
"""


def _one_off_ms() -> float:
    """Milliseconds the first pass over the test articles takes beyond a warm pass (best of three)."""
    code = _FIRST_CALL.format(paths=[str(p) for p in paths()])
    return min(float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                    check=True).stdout) for _ in range(3))


def run() -> list[tuple[str, str, str]]:
    from quizgen.extract.events import extract_events
    from quizgen.reader import read_article
    from quizgen.text.sentences import sentences

    items = [(a, sentences(a)) for a in map(read_article, paths())]
    for article, sents in items:  # compile and warm
        extract_events(article, sents)
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        for article, sents in items:
            extract_events(article, sents)
        best = min(best, time.process_time() - start)
    return [
        ("events stage, tagger included (us per article, warm)", f"{best / len(items) * 1e6:,.0f}", "<= 600 (issue 10)"),
        ("tagger one-off cost: compiling its patterns (ms)", f"{_one_off_ms():.0f}", "<= 100"),
    ]
