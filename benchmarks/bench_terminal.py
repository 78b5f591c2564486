"""Terminal quiz speed: grading an answer, recording it in the review store, a piped quiz."""

from __future__ import annotations

import datetime as dt
import io
import json
import tempfile
import time
from pathlib import Path

from quizgen.grading import grade, layout
from quizgen.models import QuestionBank
from quizgen.render.terminal import quiz
from quizgen.review import ReviewStore

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "questions-fixture.json"


def run() -> list[tuple[str, str, str]]:
    bank = QuestionBank.from_dict(json.loads(FIXTURE.read_text()))
    lays = [layout(q) for q in bank]
    typed = ["Alex Salmnod", "2000-05", "a", "t", "1a 2b 3c 4d", "2 4 3 1", "First Minster of Scotland"]
    t0 = time.perf_counter()
    n = 0
    for _ in range(50):
        for lay in lays:
            for a in typed:
                try:
                    grade(lay, a)
                except ValueError:
                    pass
                n += 1
    per_grade = (time.perf_counter() - t0) / n * 1e6

    with tempfile.TemporaryDirectory() as d:
        now = dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc)
        with ReviewStore(Path(d) / "r.db") as store:
            t0 = time.perf_counter()
            for i in range(200):
                store.record(bank.questions[i % len(bank)], "right", answer="x", when=now)
            per_record = (time.perf_counter() - t0) / 200 * 1e3
        t0 = time.perf_counter()
        quiz(bank, shuffle=False, db=Path(d) / "q.db", stdin=io.StringIO("x\n" * len(bank)), stdout=io.StringIO())
        whole = (time.perf_counter() - t0) * 1e3
    return [
        ("grade one typed answer", f"{per_grade:.0f} µs", "< 1 ms"),
        ("record one answer (SQLite WAL commit)", f"{per_record:.1f} ms", "< 20 ms"),
        (f"piped quiz of {len(bank)} questions with store", f"{whole:.0f} ms", "< 500 ms"),
    ]
