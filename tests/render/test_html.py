"""Printable worksheets: golden files, versions and their keys, escaping of hostile article
text, a self-contained page, errors, and (when Chromium is installed) a real print.

Rewrite the golden files after an intended change with ``QUIZGEN_UPDATE_GOLDEN=1``."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quizgen.errors import OptionalDependencyError, QuizgenError
from quizgen.models import Question, QuestionBank, Source
from quizgen.render.html import LETTERS, _version, long_date, pdf_bytes, render_worksheet, require_pdf

DATA = Path(__file__).parent.parent / "data"
GOLDEN = Path(__file__).parent.parent / "golden" / "html"
BANK = QuestionBank.from_dict(json.loads((DATA / "questions-fixture.json").read_text()))


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("QUIZGEN_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} changed: rerun with QUIZGEN_UPDATE_GOLDEN=1 if intended"


@pytest.mark.parametrize("name, options", [
    ("worksheet-fixture.html", {}),
    ("worksheet-fixture-ab-letter.html", {"versions": 2, "paper": "letter", "seed": 7}),
    ("worksheet-fixture-key-only.html", {"key_only": True}),
])
def test_golden(name, options):
    _golden(name, render_worksheet(BANK, **options))


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text, as a browser's tokenizer sees them."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


HOSTILE = "<script>alert('t')</script> <img src=x onerror=alert(1)> <b>bold</b> </style><script>alert(4)</script>"


def _hostile_bank() -> QuestionBank:
    source = Source(sentence=f"The mayor said {HOSTILE}.", article=f"Title {HOSTILE}", date="2024-02-30",
                    url="javascript:alert(5)", sentences=(HOSTILE, "<iframe src=x>"))
    return QuestionBank(tuple(replace(q, source=source, explanation=HOSTILE) for q in BANK.questions))


def test_hostile_article_text_never_becomes_markup():
    page = render_worksheet(_hostile_bank(), versions=2)
    parsed = Tags(page)
    names = {tag for tag, _ in parsed.tags}
    assert names <= {"html", "head", "meta", "title", "style", "body", "p", "section", "header", "div", "h1", "h2",
                     "span", "cite", "ol", "ul", "li", "strong", "q", "table", "tr", "td"}, names
    assert not [a for _, attrs in parsed.tags for a in attrs if a.startswith("on")]
    assert "javascript:" not in page and "<script" not in page and "<img" not in page and "<iframe" not in page
    assert page.count("</style>") == 1  # the article cannot close the style element early
    # ...and it shows as text: a teacher sees exactly what the article said.
    text = "".join(parsed.text)
    assert f"Title {HOSTILE}" in text
    assert text.count(HOSTILE) >= 2 * 3  # title and sources, in each version's sheet and key


def test_self_contained():
    page = render_worksheet(BANK, versions=3)
    parsed = Tags(page)
    assert not [t for t, _ in parsed.tags if t in {"script", "link", "img", "iframe", "object", "embed", "a"}]
    assert not [attrs for _, attrs in parsed.tags if "src" in attrs or "href" in attrs]
    css = page[page.index("<style>"):page.index("</style>")]
    assert "url(" not in css and "@import" not in css and "@font-face" not in css


def test_page_css_follows_paper():
    assert "size: A4;" in render_worksheet(BANK)
    assert "size: letter;" in render_worksheet(BANK, paper="letter")
    page = render_worksheet(BANK)
    assert "break-inside: avoid" in page and "counter(page)" in page and "break-before: page" in page


@pytest.mark.parametrize("options, sheets, keys", [
    ({}, 1, 1),
    ({"key": False}, 1, 0),
    ({"key_only": True}, 0, 1),
    ({"versions": 3}, 3, 3),
    ({"versions": 2, "key": False}, 2, 0),
])
def test_sheets_and_keys(options, sheets, keys):
    page = render_worksheet(BANK, **options)
    assert page.count('<section class="sheet"') == sheets
    assert page.count('<h1 class="key-title">Answer key') == keys
    assert page.count("Version ") == (sheets if options.get("versions", 1) > 1 else 0)


def test_grouped_and_numbered_with_instructions():
    page = render_worksheet(BANK)
    headings = re.findall(r"<h2>(.*?)</h2>", page)
    assert headings == ["True or false", "Multiple choice", "Who said it?", "Fill in the blanks", "Matching",
                        "Timeline", "Short answers"]
    assert "Circle the letter of the right answer." in page and "Number the events in the boxes" in page
    numbers = [int(n) for n in re.findall(r'<span class="num">(\d+)\.</span>', page)]
    assert numbers == list(range(1, len(BANK) + 1))
    assert '<span class="blank"></span>' in page  # the cloze gap is a line to write on
    assert "True or false: " not in page  # the heading says it once


def test_versions_deterministic_and_different():
    assert render_worksheet(BANK, versions=3, seed=1) == render_worksheet(BANK, versions=3, seed=1)
    articles = {(q.source.article, q.source.date): q.source for q in BANK}
    a, b = (_version(BANK, label, articles, shuffle=label != "A", seed=1) for label in "AB")
    assert [i.question.id for i in a.items] != [i.question.id for i in b.items]
    assert sorted(i.question.id for i in a.items) == sorted(i.question.id for i in b.items)
    assert render_worksheet(BANK, versions=2, seed=1) != render_worksheet(BANK, versions=2, seed=2)


@pytest.mark.parametrize("seed", range(6))
def test_each_key_matches_its_version(seed):
    articles = {(q.source.article, q.source.date): q.source for q in BANK}
    for label in "ABC":
        for item in _version(BANK, label, articles, shuffle=label != "A", seed=seed).items:
            q = item.question
            if q.type in {"mcq", "who_said"}:
                letter = item.answer[0]
                assert item.options["abcdefghijklmnopqrstuvwxyz".index(letter)] == q.answer
            elif q.type == "matching":
                for i, (pair, cell) in enumerate(zip(q.answer, item.answer.split(", ")), 1):
                    assert cell == f"{i} {LETTERS[item.rights.index(pair[1])]}"
                assert item.rights != tuple(r for _, r in q.answer)  # never printed already matched
            elif q.type == "timeline":
                boxes = [int(n) for n in item.answer.split(": ")[1].split(", ")]
                assert [item.options[boxes.index(n)] for n in range(1, len(boxes) + 1)] == list(q.answer)
                assert item.options != q.answer  # never printed already in order


def test_key_cites_source_sentences():
    page = render_worksheet(BANK)
    key = page[page.index('<section class="key"'):]
    for q in BANK:
        for sentence in q.source.sentences or (q.source.sentence,):
            assert Tags(f"<q>{sentence}</q>").text[0] in "".join(Tags(key).text)
    assert key.count('<p class="cite">Source: ') + key.count('<p class="cite">Sources:') == len(BANK)


def test_several_articles_listed_and_marked():
    other = Source(sentence="Officials said the bridge reopened.", article="Bridge reopens", date="2024-03-01")
    bank = QuestionBank(BANK.questions + (Question(id="x1", type="short_answer", prompt="What reopened?",
                                                   answer="The bridge", source=other),))
    page = render_worksheet(bank)
    assert '<ol class="article-list">' in page and "Bridge reopens</cite> (1 March 2024)" in page
    assert '<span class="from">(article 2)</span>' in page and "Source (article 2):" in page


@pytest.mark.parametrize("prompt, shown", [
    ("True or false: according to the article, Jim Swire is a father.", "According to the article, Jim Swire is a father."),
    ("TRUE OR FALSE? The appeal failed in 2002.", "The appeal failed in 2002."),
    ("The appeal failed in 2002.", "The appeal failed in 2002."),
])
def test_true_false_prompt_drops_the_heading_words(prompt, shown):
    q = replace(next(q for q in BANK if q.type == "true_false"), prompt=prompt)
    assert f"</span>{shown}\n</p>" in render_worksheet(QuestionBank((q,)))


@pytest.mark.parametrize("value, expected", [
    ("2012-05-23", "23 May 2012"),
    ("2000-05", "May 2000"),
    ("2005", "2005"),
    ("2024-02-30", "2024-02-30"),
    (None, ""),
])
def test_long_date(value, expected):
    assert long_date(value) == expected


@pytest.mark.parametrize("bank, options, message", [
    (QuestionBank(), {}, "no questions to print"),
    (BANK, {"paper": "a5"}, "unknown paper size 'a5'"),
    (BANK, {"versions": 0}, "between 1 and 26, not 0"),
    (BANK, {"versions": 27}, "between 1 and 26, not 27"),
])
def test_errors(bank, options, message):
    with pytest.raises(QuizgenError, match=re.escape(message)):
        render_worksheet(bank, **options)


def test_bad_matching_answer_is_an_error():
    bad = replace(next(q for q in BANK if q.type == "matching"), answer=("David Cameron",))
    with pytest.raises(QuizgenError, match="list of \\[left, right\\] pairs"):
        render_worksheet(QuestionBank((bad,)))


def test_pdf_without_weasyprint(monkeypatch):
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import fails as if not installed
    with pytest.raises(OptionalDependencyError, match=re.escape("install it with: pip install 'quizgen[pdf]'")):
        require_pdf()
    with pytest.raises(OptionalDependencyError):
        pdf_bytes("<p>x</p>")


def test_cli_html(runner, tmp_path):
    from quizgen.cli import app

    out = tmp_path / "quiz.html"
    result = runner.invoke(app, ["html", str(DATA / "questions-fixture.json"), "-o", str(out), "--versions", "2",
                                 "--paper", "letter", "--seed", "3"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == render_worksheet(BANK, versions=2, paper="letter", seed=3)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.slow
@pytest.mark.skipif(not (CHROMIUM and shutil.which("pdftotext")), reason="needs chromium and poppler-utils")
@pytest.mark.parametrize("paper, size", [("a4", "(A4)"), ("letter", "(letter)")])
def test_chromium_prints_key_on_its_own_page(tmp_path, paper, size):
    page = tmp_path / "quiz.html"
    page.write_text(render_worksheet(BANK, paper=paper), encoding="utf-8")
    pdf = tmp_path / "quiz.pdf"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}", page.as_uri()],
                   capture_output=True, timeout=90, check=False)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert size in info
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    starts = [p.strip().splitlines()[0].strip() if p.strip() else "" for p in pages]
    key_page = next(i for i, first in enumerate(starts) if first.startswith("Answer key"))
    assert key_page >= 1 and "Answer key" not in "".join(pages[:key_page])
    assert "Print as it is" not in "".join(pages)  # the screen-only tip is not printed
    assert f"Page 1 of {len([p for p in pages if p.strip()])}" in pages[0]
