"""The interactive web quiz: the page as a file (golden, escaping, no requests), then played
in a real Chromium through Playwright: all right, all wrong, reload, keyboard only, hostile
text, and the browser grader against quizgen.grading on a table of answers.

Browser tests are skipped when Playwright or Chromium is missing (``apt-get install
chromium``; Playwright's own browser download is not needed). Rewrite the golden file after
an intended change with ``QUIZGEN_UPDATE_GOLDEN=1``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from quizgen.api import write_html
from quizgen.grading import grade_text
from quizgen.models import QuestionBank
from quizgen.render.templates import read_asset
from quizgen.render.web import quiz_key, render_interactive

DATA = Path(__file__).parent.parent / "data"
GOLDEN = Path(__file__).parent.parent / "golden" / "web"
BANK = QuestionBank.from_dict(json.loads((DATA / "questions-fixture.json").read_text(encoding="utf-8")))
CHROMIUM = os.environ.get("QUIZGEN_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
DATA_BLOCK = re.compile(r'<script type="application/json" id="quiz-data">(.*?)</script>', re.S)


def _data(page_html: str) -> dict:
    return json.loads(DATA_BLOCK.search(page_html).group(1))


# --------------------------------------------------------------------------- the file


def test_golden():
    page = render_interactive(BANK)
    path = GOLDEN / "fixture.html"
    if os.environ.get("QUIZGEN_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    assert page == path.read_text(encoding="utf-8"), "fixture.html changed: rerun with QUIZGEN_UPDATE_GOLDEN=1 if intended"


def test_questions_travel_as_escaped_json():
    page = render_interactive(BANK)
    block = DATA_BLOCK.search(page).group(1)
    assert not set("<>&") & set(block)
    assert "\\u003c/script\\u003e\\u003cscript\\u003e" in block
    data = _data(page)
    assert [q["id"] for q in data["questions"]] == [q.id for q in BANK]
    hostile = data["questions"][-1]
    assert hostile["options"][1] == "</script><script>alert(2)</script>"
    assert page.count("</script>") == 2  # the data block's and the program's, nothing from the article


def test_title_is_escaped():
    page = render_interactive(BANK, title="</title><script>alert(1)</script>")
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page


def test_no_requests_and_no_markup_apis():
    page = render_interactive(BANK)
    outside = DATA_BLOCK.sub("", page)
    assert not re.search(r"\b(src|href)\s*=\s*[\"']?(https?:)?//", outside)
    assert "<link" not in outside
    js = read_asset("web.js")
    for api in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert api not in js
    assert "</script" not in js.lower() and "</style" not in read_asset("web.css").lower()


def test_javascript_urls_never_become_links():
    data = BANK.to_dict()
    data["questions"][0]["source"]["url"] = "javascript:alert(1)"
    page = render_interactive(QuestionBank.from_dict(data))
    assert _data(page)["questions"][0]["source"]["url"] is None


def test_reproducible_and_seeded_shuffle():
    assert render_interactive(BANK) == render_interactive(BANK)
    a = _data(render_interactive(BANK, shuffle=True, seed=3))
    assert a == _data(render_interactive(BANK, shuffle=True, seed=3))
    assert [q["id"] for q in a["questions"]] != [q.id for q in BANK]
    assert sorted(q["id"] for q in a["questions"]) == sorted(q.id for q in BANK)
    assert a["key"] == quiz_key(BANK)  # progress survives a reshuffle of the same questions


def test_timeline_and_matching_do_not_show_the_answer_order():
    data = _data(render_interactive(BANK))
    timeline = next(q for q in data["questions"] if q["type"] == "timeline")
    matching = next(q for q in data["questions"] if q["type"] == "matching")
    assert timeline["items"] == sorted(timeline["answer"])
    assert matching["rights"] == sorted(p[1] for p in matching["answer"])


def test_cli_writes_interactive_page(runner, tmp_path):
    from quizgen.cli import app

    out = tmp_path / "play.html"
    result = runner.invoke(app, ["html", str(DATA / "questions-fixture.json"), "--interactive", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert _data(out.read_text(encoding="utf-8"))["key"] == quiz_key(BANK)


# --------------------------------------------------------------------------- in Chromium


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM,
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


class Player:
    """One browser tab on a quiz file, recording dialogs, errors and requests."""

    def __init__(self, browser, path: Path, **options):
        self.context = browser.new_context(**options)
        self.page = self.context.new_page()
        self.events: list[str] = []
        self.page.on("dialog", lambda d: (self.events.append(f"dialog {d.message}"), d.dismiss()))
        self.page.on("pageerror", lambda e: self.events.append(f"error {e}"))
        self.page.on("request", lambda r: r.url.startswith("file://") or self.events.append(f"request {r.url}"))
        self.url = path.as_uri()
        self.page.goto(self.url)
        self.data = self.page.evaluate("JSON.parse(document.getElementById('quiz-data').textContent)")

    def section(self, q):
        return self.page.locator(f"[data-question-id='{q['id']}']")

    def answer(self, q, right: bool) -> None:
        """Answer one question with the mouse, right or wrong."""
        s = self.section(q)
        t = q["type"]
        if t in ("cloze", "short_answer"):
            s.get_by_role("textbox").fill(q["answerText"] if right else "zzzz qqqq")
        elif t == "matching":
            truth = dict(map(tuple, q["answer"]))
            for k, left in enumerate(q["lefts"]):
                pick = truth[left] if right else truth[q["lefts"][(k + 1) % len(q["lefts"])]]
                s.get_by_label(left, exact=True).select_option(label=pick)
        elif t == "timeline":
            target = q["answer"] if right else q["answer"][::-1]
            for k, item in enumerate(target):  # move each item up into its place
                while self.order(q).index(item) > k:
                    s.get_by_role("button", name=f"Move up: {item}", exact=True).click()
        else:
            truth = q["answerText"]
            pick = truth if right else next(o for o in q["options"] if o != truth)
            s.get_by_label(pick, exact=True).check()

    def order(self, q) -> list[str]:
        return self.section(q).locator(".timeline .item").all_text_contents()

    def check(self, q) -> None:
        self.section(q).get_by_role("button", name="Check").click()

    def score(self) -> str:
        return self.page.locator("#score").text_content()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def quiz_file(tmp_path):
    path = tmp_path / "play.html"
    path.write_text(render_interactive(BANK), encoding="utf-8")
    return path


@pytest.mark.parametrize("right", [True, False], ids=["all-right", "all-wrong"])
def test_play_all_right_or_all_wrong(browser, quiz_file, right):
    player = Player(browser, quiz_file)
    questions = player.data["questions"]
    assert player.page.locator("[data-question-id]").count() == len(questions)
    for q in questions:
        player.answer(q, right)
        player.check(q)
        verdict = "right" if right else "wrong"
        assert verdict in player.section(q).locator(".feedback").get_attribute("class")
        assert player.section(q).locator(".source blockquote").count() == 1
    m = len(questions)
    assert player.score() == (f"Score: {m}/{m} (100%)" if right else f"Score: 0/{m} (0%)")
    missed = player.page.locator("#missed .missed > li")
    assert missed.count() == (0 if right else m)
    if not right:  # each missed question shows its source sentence and article
        assert BANK.questions[0].source.article in missed.first.text_content()
    player.page.get_by_role("button", name="Try again").click()
    assert player.page.locator(".feedback:not(:empty)").count() == 0
    assert player.page.locator("#progress").text_content() == f"0 of {m} checked · 0 right"
    assert player.events == []
    player.close()


def test_reload_keeps_progress(browser, quiz_file):
    player = Player(browser, quiz_file)
    qs = {q["type"]: q for q in reversed(player.data["questions"])}
    player.answer(qs["mcq"], right=True)
    player.check(qs["mcq"])
    player.answer(qs["short_answer"], right=True)  # typed, not checked
    player.answer(qs["timeline"], right=True)
    player.answer(qs["matching"], right=False)
    before = (player.order(qs["timeline"]), player.section(qs["matching"]).locator("select").evaluate_all(
        "ss => ss.map(s => s.value)"))
    player.page.reload()
    assert "right" in player.section(qs["mcq"]).locator(".feedback").get_attribute("class")
    kept = player.section(qs["mcq"]).locator(".is-answer input")  # the right option, marked once checked
    assert kept.is_checked() and kept.is_disabled()
    assert player.section(qs["short_answer"]).get_by_role("textbox").input_value() == qs["short_answer"]["answerText"]
    assert player.order(qs["timeline"]) == before[0] == qs["timeline"]["answer"]
    assert player.section(qs["matching"]).locator("select").evaluate_all("ss => ss.map(s => s.value)") == before[1]
    assert player.page.locator("#progress").text_content().startswith("1 of ")
    player.page.get_by_role("button", name="Try again").click()
    player.page.reload()
    assert player.section(qs["short_answer"]).get_by_role("textbox").input_value() == ""
    assert player.events == []
    player.close()


def _tab_to(page, test: str, limit: int = 60) -> None:
    """Press Tab until ``test`` (a JS expression on ``e``, the focused element) holds."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(e => !!({test}))(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached {test}")


def test_keyboard_only_run(browser, quiz_file):
    player = Player(browser, quiz_file)
    page = player.page
    questions = player.data["questions"]
    for n, q in enumerate(questions):
        inside = f"e.closest('[data-question-id]') && e.closest('section').id === 'question-{n + 1}'"
        t = q["type"]
        if t in ("cloze", "short_answer"):
            _tab_to(page, f"{inside} && e.type === 'text'")
            page.keyboard.type(q["answerText"])
            page.keyboard.press("Enter")
        elif t == "matching":
            truth = dict(map(tuple, q["answer"]))
            for left in q["lefts"]:
                _tab_to(page, f"{inside} && e.tagName === 'SELECT'")
                for _ in range(q["rights"].index(truth[left]) + 1):
                    page.keyboard.press("ArrowDown")
            _tab_to(page, f"{inside} && e.classList.contains('check')")
            page.keyboard.press("Enter")
        elif t == "timeline":
            for k, item in enumerate(q["answer"]):
                while player.order(q).index(item) > k:
                    label = json.dumps(f"Move up: {item}")
                    if page.evaluate(f"document.activeElement.getAttribute('aria-label') !== {label}"):
                        _tab_to(page, f"{inside} && e.getAttribute('aria-label') === {label}")
                    page.keyboard.press("Enter")
            _tab_to(page, f"{inside} && e.classList.contains('check')")
            page.keyboard.press("Space")
        else:
            _tab_to(page, f"{inside} && e.type === 'radio'")
            outline = page.evaluate("getComputedStyle(document.activeElement.closest('label')).outlineStyle")
            assert outline == "solid", "the focused control shows no focus ring"
            page.keyboard.press("Space")
            for _ in range(q["options"].index(q["answerText"])):
                page.keyboard.press("ArrowDown")
            _tab_to(page, f"{inside} && e.classList.contains('check')")
            page.keyboard.press("Enter")
        assert "right" in player.section(q).locator(".feedback").get_attribute("class"), q["id"]
    m = len(questions)
    assert player.score() == f"Score: {m}/{m} (100%)"
    assert player.events == []
    player.close()


def test_every_control_has_an_accessible_name(browser, quiz_file):
    player = Player(browser, quiz_file)
    unnamed = player.page.evaluate("""() => [...document.querySelectorAll('input, select, button')].filter(e => {
        const label = e.id && document.querySelector(`label[for="${e.id}"]`);
        const name = e.getAttribute('aria-label') || (label && label.textContent) || e.closest('label')
                     || (e.tagName === 'BUTTON' && e.textContent);
        return !(name && String(name.textContent ?? name).trim());
    }).map(e => e.outerHTML)""")
    assert unnamed == []
    player.close()


HOSTILE = [
    "<img src=x onerror=\"window.__pwned = 'img'\">",
    "He said \"</script><script>window.__pwned = 'script'</script>\" to reporters.",
    "<svg onload=\"window.__pwned = 'svg'\"></svg>",
    "{{7*7}} <iframe srcdoc=\"<script>parent.__pwned = 'iframe'</script>\"></iframe>",
]


def test_hostile_article_text_runs_no_script(browser, tmp_path):
    data = BANK.to_dict()
    for q in data["questions"]:
        q["prompt"] += " " + HOSTILE[0]
        q["source"]["sentence"] = HOSTILE[1]
        q["explanation"] = HOSTILE[2]
        q["source"]["article"] = HOSTILE[3]
        q["source"]["url"] = "javascript:window.__pwned = 'url'"
        if q["type"] == "short_answer":
            q["answer"] = HOSTILE[1]
    path = tmp_path / "hostile.html"
    path.write_text(render_interactive(QuestionBank.from_dict(data), title=HOSTILE[1]), encoding="utf-8")
    player = Player(browser, path)
    for q in player.data["questions"]:
        player.answer(q, right=False)
    player.page.get_by_role("button", name="Show my score").click()
    page = player.page
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img, svg, iframe, a[href^='javascript']").count() == 0
    shown = page.locator("main").text_content()
    for text in HOSTILE:
        assert text in shown
    assert page.title() == HOSTILE[1]
    assert player.events == []  # no dialog, no error, no request
    player.close()


# The browser grader is a port of quizgen.grading: both must agree on every row, and each
# row states the verdict the rules give (answer, expected, accept, others, names, verdict).
NAMES = ["Alex Salmond", "David Cameron", "Jim Swire", "Susan Cohen", "Current UK Prime Minister David Cameron"]
GRADES = [
    ("Alex Salmond", "Alex Salmond", (), (), NAMES, "right"),
    ("alex salmond!", "Alex Salmond", (), (), NAMES, "right"),
    ("Salmond", "Alex Salmond", (), (), NAMES, "right"),
    ("Alex Salmnod", "Alex Salmond", (), (), NAMES, "almost"),
    ("Salmnod", "Alex Salmond", (), (), NAMES, "almost"),
    ("Cameron", "David Cameron", (), (), NAMES, "right"),
    ("Jim Swire", "Alex Salmond", (), (), NAMES, "wrong"),
    ("Tim Swire", "Jim Swire", (), (), NAMES, "wrong"),  # a different first letter is a different name
    ("Jon", "John", (), (), (), "wrong"),  # no typos in words of four letters
    ("Élysée Palace", "Elysee Palace", (), (), (), "right"),
    ("the Netherlands", "Netherlands", (), (), (), "right"),
    ("Nehterlands", "the Netherlands", (), (), (), "almost"),
    ("U.N.", "UN", (), (), (), "right"),
    ("May 2000", "May 2000", ("2000-05",), (), (), "right"),
    ("2000-05", "May 2000", (), (), (), "right"),
    ("12 May 2000", "May 2000", (), (), (), "right"),
    ("June 2000", "May 2000", (), (), (), "wrong"),
    ("24/11/2021", "November 24, 2021", (), (), (), "right"),
    ("2002", "2004", (), (), (), "wrong"),
    ("Greenok", "Greenock", (), (), (), "almost"),
    ("Barlinie", "Barlinnie", (), ("Barlinnie", "Greenock"), (), "almost"),
    ("newyork", "New York", (), (), (), "almost"),
    ("mass murderer", "a mass murderer", (), (), (), "right"),
    ("", "Alex Salmond", (), (), (), "wrong"),
    ("Lockerby", "Lockerbie", (), ("Lockerby",), (), "wrong"),  # nearer to a distractor
]


@pytest.fixture(scope="module")
def grader(browser, tmp_path_factory):
    path = tmp_path_factory.mktemp("grader") / "quiz.html"
    path.write_text(render_interactive(BANK), encoding="utf-8")
    page = browser.new_page()
    page.goto(path.as_uri())
    yield page
    page.close()


@pytest.mark.parametrize("answer, expected, accept, others, names, verdict", GRADES)
def test_browser_grades_like_python(grader, answer, expected, accept, others, names, verdict):
    python = grade_text(answer, expected, accept=accept, others=others, names=names).verdict
    browser = grader.evaluate("a => quizgen.gradeText(...a).verdict", [answer, expected, list(accept), list(others),
                                                                      list(names)])
    assert (python, browser) == (verdict, verdict)


def test_bundled_sample_plays_end_to_end(browser, tmp_path, sample_article):
    out = tmp_path / "sample.html"
    write_html([str(sample_article)], out, interactive=True)
    player = Player(browser, out)
    questions = player.data["questions"]
    assert questions
    for q in questions:
        player.answer(q, right=True)
        player.check(q)
    m = len(questions)
    assert player.score() == f"Score: {m}/{m} (100%)"
    assert player.events == []
    player.close()
