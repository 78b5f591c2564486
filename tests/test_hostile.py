"""Hostile input: every case gives a result or a one-line ``Error:`` within 20 s, never a
traceback or a hang. The inputs are generated here, not stored."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.errors import QuizgenError
from quizgen.reader import decode, parse_article

GOOD = ("Prime Minister Jane Smith said on Monday that the bridge would open in March 2022. "
        "“It is a great day,” Smith told reporters. ")


def _random_bytes(n: int) -> bytes:
    rng = random.Random(1)
    return bytes(rng.randrange(256) for _ in range(n))


def _zip_bytes(tmp: Path) -> bytes:
    z = tmp / "a.zip"
    with zipfile.ZipFile(z, "w") as f:
        f.writestr("x.txt", GOOD * 50)
    return z.read_bytes()


# name -> (file suffix, content builder, extract must succeed)
CASES = {
    "empty": (".txt", lambda t: b"", False),
    "whitespace": (".txt", lambda t: b"  \n\t \r\n ", False),
    "random-bytes": (".txt", lambda t: _random_bytes(20_000), False),
    "zip-as-txt": (".txt", _zip_bytes, False),
    "nul-bytes": (".txt", lambda t: ("Title\n\n" + GOOD).encode().replace(b" ", b" \x00", 5), True),
    "invalid-utf8": (".txt", lambda t: ("Title\n\n" + GOOD).encode() + b"\xff\xfe\xc3(" + GOOD.encode(), True),
    "utf16-bom": (".txt", lambda t: ("Title\n\n" + GOOD).encode("utf-16"), True),
    "ten-mb": (".txt", lambda t: ("Title\n\n" + (GOOD + "\n\n") * 60_000).encode()[:10_000_000], True),
    "1500-sentences": (".txt", lambda t: ("Title\n\n" + GOOD * 750).encode(), True),
    "one-mb-line": (".txt", lambda t: ("Title\n\n" + "word " * 200_000).encode(), True),
    "10000-quotes": (".txt", lambda t: ("Title\n\n" + "\"" * 10_000 + " “" * 5000).encode(), True),
    "unbalanced-quotes": (".txt", lambda t: ("Title\n\n“He said " * 300 + "” she said. \"It " * 300).encode(), True),
    "no-facts": (".txt", lambda t: ("Title\n\n" + "the cat sat on the mat and it was nice. " * 100).encode(), True),
    "html-hostile": (".html", lambda t: (
        "<html><body><h1>Title <script>alert(1)</script></h1><p onclick=\"alert(2)\">" + GOOD +
        "<iframe src=\"javascript:alert(3)\"></iframe><a href=\"javascript:alert(4)\">link</a>"
        "<img src=x onerror=alert(5)></p></body></html>").encode(), True),
    "markdown-hostile": (".md", lambda t: (
        "# Title\n\n" + GOOD + "<img src=x onerror=alert(1)> <a onclick=\"x()\">y</a>\n\n"
        "<script>alert(2)</script>[click](javascript:alert(3))").encode(), True),
}


def _run(args: list[str], timeout: float = 20) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quizgen", *args], capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("name", list(CASES))
def test_extract_hostile(tmp_path, name):
    suffix, build, must_succeed = CASES[name]
    path = tmp_path / f"input{suffix}"
    path.write_bytes(build(tmp_path))
    result = _run(["extract", str(path), "--format", "json"])
    assert "Traceback" not in result.stderr
    if must_succeed:
        assert result.returncode == 0, result.stderr
        facts = json.loads(result.stdout)
        assert set(facts) >= {"article", "people", "events", "roles", "claims"}
        blob = json.dumps(facts)
        assert "<script" not in blob and "onerror" not in blob and "onclick" not in blob
    else:
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: ")


def test_folder_with_one_bad_file_keeps_going(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\n" + GOOD)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text("Other\n\n" + GOOD)
    result = _run(["extract", str(tmp_path), "--format", "jsonl", "--jobs", "1"])
    assert result.returncode == 1
    assert [json.loads(line)["article"]["title"] for line in result.stdout.splitlines()] == ["Title", "Other"]
    assert result.stderr.strip() == f"Error: {tmp_path / 'b.txt'}: empty file"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_read_or_refused(data):
    try:
        parse_article(decode(data))
    except QuizgenError:
        pass


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_arbitrary_text_through_extractors(text):
    from quizgen import extract_facts

    try:
        facts = extract_facts(text, date="2021-11-24")
    except QuizgenError:
        return
    json.dumps(facts.to_dict())


# --------------------------------------------------------------------------- rendered output

MARK = "<qzx onmouseover=alert(1)>"  # a tag no template uses


def _question(text: str, qtype: str = "mcq"):
    from quizgen.models import Question, Source

    t = text + MARK
    answers = {"mcq": t, "who_said": t, "true_false": "True", "short_answer": t, "cloze": t,
               "matching": ((t, t + "r"), ("b" + MARK, "c"), ("d", "e" + MARK)),
               "timeline": (t, "x" + MARK, "y")}
    choices = {"mcq": (t, "b" + MARK, "c", "d"), "who_said": (t, "b", "c", "d"), "true_false": ("True", "False")}
    return Question(id="q" + qtype, type=qtype, prompt=f"{t} _____ ?", answer=answers[qtype],
                    source=Source(t, t, "2021-11-24", "javascript:alert(1)"), choices=choices.get(qtype, ()),
                    accept=(t,), explanation=t, tags=("x",), key=t)


def _bank(text: str):
    from quizgen.models import QUESTION_TYPES, QuestionBank

    return QuestionBank(tuple(_question(text, t) for t in QUESTION_TYPES))


def _live_tags(page: str) -> set[str]:
    from html.parser import HTMLParser

    tags: set[str] = set()

    class P(HTMLParser):
        def handle_starttag(self, tag, attrs):
            tags.add(tag)
            tags.update(name for name, _ in attrs if name.startswith("on"))

    P().feed(page)
    return tags


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=60))
def test_every_rendered_field_is_escaped(text):
    from quizgen.render.anki import escape
    from quizgen.render.html import render_worksheet
    from quizgen.render.web import render_interactive

    bank = _bank(text)
    for page in (render_worksheet(bank), render_interactive(bank)):
        live = _live_tags(page)
        assert "qzx" not in live and "onmouseover" not in live
        assert 'href="javascript:' not in page.lower()
    field = escape(text + MARK)
    assert "<" not in field and ">" not in field and "{{" not in field


def test_worksheet_from_hostile_article_has_no_live_markup(tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(
        "Hostile <script>alert(1)</script> title\n\n"
        "Prime Minister Jane Smith <img src=x onerror=alert(2)> said on Monday that the bridge would open "
        "in March 2022. “It is a <script>alert(3)</script> great day for the <b>city</b>,” Smith told reporters. "
        "Transport Minister John Brown said the <iframe src=javascript:alert(4)> project cost $5 million.\n")
    page = tmp_path / "quiz.html"
    result = _run(["html", str(article), "-o", str(page)])
    assert result.returncode == 0, result.stderr
    live = _live_tags(page.read_text())
    assert not live & {"script", "img", "iframe", "b", "onerror"}
    assert "&lt;script&gt;" in page.read_text()
