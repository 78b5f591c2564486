"""Interactive web quiz: render time, file size and, with Chromium, time until playable."""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from quizgen.models import QuestionBank
from quizgen.render.web import render_interactive

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "questions-fixture.json"


def _bank(n: int) -> QuestionBank:
    base = QuestionBank.from_dict(json.loads(FIXTURE.read_text(encoding="utf-8"))).questions
    return QuestionBank(tuple(replace(base[i % len(base)], id=f"q{i:05d}") for i in range(n)))


def _browser_ms(page_html: str) -> str:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return "n/a (no playwright)"
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        path = Path(tmp) / "quiz.html"
        path.write_text(page_html, encoding="utf-8")
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector("[data-question-id]")
        ms = (time.perf_counter() - start) * 1000
        browser.close()
    return f"{ms:.0f} ms"


def run() -> list[tuple[str, str, str]]:
    bank = _bank(200)
    start = time.perf_counter()
    page = render_interactive(bank)
    render_ms = (time.perf_counter() - start) * 1000
    overhead = len(render_interactive(_bank(0)).encode("utf-8"))
    per_question = (len(page.encode("utf-8")) - overhead) / len(bank)
    return [
        ("web: render 200 questions", f"{render_ms:.0f} ms", "< 500 ms"),
        ("web: page without questions (CSS+JS)", f"{overhead / 1024:.1f} KiB", "< 60 KiB"),
        ("web: bytes per question", f"{per_question:.0f} B", "< 3 KiB"),
        ("web: 200 questions playable in Chromium", _browser_ms(page), "< 1500 ms"),
    ]
