"""Printable worksheets: one self-contained HTML file a teacher prints as it is.

The page has a header (title, name/class/date lines, the articles' titles and dates), the
questions grouped by type with an instruction each, and an answer key that starts on a new
page and cites the source sentence of every answer. ``versions`` > 1 gives shuffled copies
A, B, C… with their own keys; every shuffle is seeded, so the same input and seed give a
byte-identical file. All text goes through Jinja2 autoescaping; the CSS is inlined and
there are no scripts, fonts or other requests.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..errors import OptionalDependencyError, QuizgenError
from ..models import Question, QuestionBank, Source
from .templates import environment, read_asset

PAPERS = {"a4": "A4", "letter": "letter"}
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
SHORT_OPTION = 32  # characters: options up to this length fit half an A4/Letter column
BLANK = re.compile(r"_{3,}")  # the gap of a cloze prompt, "_____" (any run of 3+ underscores)
TF_PREFIX = re.compile(r"^\s*true or false\s*[:?]\s*", re.IGNORECASE)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")

# Sections in the order they are printed: quick ticks first, writing last.
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("true_false", "True or false", "Circle True or False."),
    ("mcq", "Multiple choice", "Circle the letter of the right answer."),
    ("who_said", "Who said it?", "Circle the letter of the person who said it."),
    ("cloze", "Fill in the blanks", "Write the missing words on the line."),
    ("matching", "Matching", "Write the letter of the matching item from the right in each box."),
    ("timeline", "Timeline", "Number the events in the boxes: 1 for the earliest, 2 for the next, and so on."),
    ("short_answer", "Short answers", "Answer in a few words."),
)


@dataclass(frozen=True)
class Item:
    """One question as printed: its number, what the student sees, and the key's lines."""

    number: int
    question: Question
    article: int  # 1-based index into the worksheet's article list
    prompt: str = ""
    parts: tuple[str, ...] = ()  # cloze prompt split around the blanks
    options: tuple[str, ...] = ()  # mcq/who_said/true_false choices; timeline items
    lefts: tuple[str, ...] = ()  # matching
    rights: tuple[str, ...] = ()  # matching, lettered
    answer: str = ""  # the key's bold line, in the terms of this version (letters, box numbers)
    details: tuple[str, ...] = ()  # the key's lines spelling the answer out (matching, timeline)
    sources: tuple[str, ...] = ()

    @property
    def short(self) -> bool:
        """Options short enough to print in two columns."""
        return all(len(o) <= SHORT_OPTION for o in self.options)


@dataclass
class Version:
    """One printed copy of the worksheet: a label (A, B…) and its sections of items."""

    label: str
    sections: list[tuple[str, str, list[Item]]] = field(default_factory=list)

    @property
    def items(self) -> list[Item]:
        return [item for _, _, items in self.sections for item in items]


def render_worksheet(bank: QuestionBank, *, title: str | None = None, versions: int = 1, paper: str = "a4",
                     key: bool = True, key_only: bool = False, seed: int = 0) -> str:
    """The worksheet as one HTML page, ready to print.

    Args:
        bank: The questions; they may come from several articles.
        title: The heading; defaults to "News quiz".
        versions: How many copies (1–26), labelled A, B, C…; copies after A shuffle the
            questions within each section and the options of each question.
        paper: "a4" or "letter": the printed page size.
        key: Print the answer key (each version's key starts on a new page).
        key_only: Print only the answer keys.
        seed: Seeds every shuffle, so a seed always gives the same file.

    Raises:
        QuizgenError: No questions, a bad paper size or number of versions.
    """
    if not bank.questions:
        raise QuizgenError("no questions to print: the input gave no questions")
    if paper not in PAPERS:
        raise QuizgenError(f"unknown paper size {paper!r} (expected one of {', '.join(PAPERS)})")
    if not 1 <= versions <= len(LETTERS):
        raise QuizgenError(f"--versions must be between 1 and {len(LETTERS)}, not {versions}")
    articles = _articles(bank.questions)
    copies = [_version(bank, LETTERS[i], articles, shuffle=i > 0, seed=seed) for i in range(versions)]
    css = read_asset("worksheet.css").replace("__PAPER__", PAPERS[paper])
    return environment().get_template("worksheet.html.j2").render(
        title=title or "News quiz",
        articles=[_article_view(s) for s in articles.values()],
        versions=copies,
        labelled=versions > 1,
        show_sheets=not key_only,
        show_key=key or key_only,
        paper=paper,
        css=css,
    )


def _articles(questions: tuple[Question, ...]) -> dict[tuple[str, str | None], Source]:
    """The distinct articles of the questions, in first-seen order, keyed by title and date."""
    seen: dict[tuple[str, str | None], Source] = {}
    for q in questions:
        seen.setdefault((q.source.article, q.source.date), q.source)
    return seen


def _article_view(source: Source) -> dict[str, str]:
    host = (urlsplit(source.url).hostname or "") if source.url else ""
    return {"title": source.article or "Untitled article", "date": long_date(source.date), "site": host}


def long_date(value: str | None) -> str:
    """"2012-05-23" as "23 May 2012" (and "2012-05" as "May 2012"); other text unchanged."""
    # Month names are spelt out here, not with strftime("%B"), which follows the locale.
    for fmt in ("%Y-%m-%d", "%Y-%m"):
        try:
            d = dt.datetime.strptime(value or "", fmt)
        except ValueError:
            continue
        month = f"{MONTHS[d.month - 1]} {d.year}"
        return f"{d.day} {month}" if fmt == "%Y-%m-%d" else month
    return value or ""


def _rng(seed: int, *parts: str) -> random.Random:
    # String seeds are hashed with SHA-512 by random, so the order is the same on every machine.
    return random.Random("\x1f".join(("quizgen-worksheet", str(seed), *parts)))


def _shuffled(items: tuple[str, ...], rng: random.Random, *, avoid: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """A seeded permutation; with ``avoid`` never that order (a timeline must not print solved)."""
    out = list(items)
    rng.shuffle(out)
    if avoid is not None and tuple(out) == avoid and len(out) > 1:
        out = out[1:] + out[:1]
    return tuple(out)


def _version(bank: QuestionBank, label: str, articles: dict, *, shuffle: bool, seed: int) -> Version:
    """One copy: sections in print order; copies after A shuffle questions and options."""
    index = {k: i + 1 for i, k in enumerate(articles)}
    version = Version(label)
    number = 0
    for qtype, heading, instruction in SECTIONS:
        questions = [q for q in bank.questions if q.type == qtype]
        if not questions:
            continue
        if shuffle:
            questions = list(_shuffled(tuple(questions), _rng(seed, label, qtype)))  # type: ignore[arg-type]
        items = []
        for q in questions:
            number += 1
            rng = _rng(seed, label, q.id)
            items.append(_item(q, number, index[(q.source.article, q.source.date)], rng, shuffle=shuffle))
        version.sections.append((heading, instruction, items))
    return version


def _item(q: Question, number: int, article: int, rng: random.Random, *, shuffle: bool) -> Item:
    """What the student sees of ``q`` and its key lines, for one version."""
    sources = tuple(s for s in (q.source.sentences or (q.source.sentence,)) if s)
    # The section heading already says "True or false", so the prompt need not repeat it.
    prompt = q.prompt
    if q.type == "true_false" and TF_PREFIX.match(prompt):
        rest = TF_PREFIX.sub("", prompt)
        prompt = rest[:1].upper() + rest[1:]
    if q.type == "matching":
        pairs = _pairs(q)
        lefts = tuple(left for left, _ in pairs)
        answer_rights = tuple(right for _, right in pairs)
        rights = _shuffled(answer_rights, rng, avoid=answer_rights)
        answer = ", ".join(f"{i} {LETTERS[rights.index(r)]}" for i, (_, r) in enumerate(pairs, 1))
        details = tuple(f"{left}: {r}" for left, r in pairs)
        return Item(number, q, article, prompt=prompt, lefts=lefts, rights=rights, answer=answer,
                    details=details, sources=sources)
    if q.type == "timeline":
        ordered = tuple(str(a) for a in _as_tuple(q.answer))
        shown = _shuffled(ordered, rng, avoid=ordered)
        answer = "Boxes from the top: " + ", ".join(str(ordered.index(s) + 1) for s in shown)
        details = tuple(f"{i}. {s}" for i, s in enumerate(ordered, 1))
        return Item(number, q, article, prompt=prompt, options=shown, answer=answer, details=details,
                    sources=sources)
    text = q.answer_text
    if q.type == "true_false":
        options = ("True", "False")
    elif q.choices:
        options = _shuffled(q.choices, rng) if shuffle else q.choices
    else:
        options = ()
    if options and text in options and q.type != "true_false":
        answer = f"{LETTERS[options.index(text)].lower()}) {text}"
    else:
        answer = text
    parts = tuple(BLANK.split(q.prompt)) if q.type == "cloze" else ()
    return Item(number, q, article, prompt=prompt, parts=parts, options=options, answer=answer,
                sources=sources)


def _as_tuple(value: Any) -> tuple:
    return value if isinstance(value, tuple) else (value,)


def _pairs(q: Question) -> tuple[tuple[str, str], ...]:
    """A matching answer as (left, right) pairs; a bad shape is a clear error, not a traceback."""
    pairs = []
    for pair in _as_tuple(q.answer):
        if not (isinstance(pair, tuple) and len(pair) == 2):
            raise QuizgenError(f"question {q.id}: a matching answer must be a list of [left, right] pairs")
        pairs.append((str(pair[0]), str(pair[1])))
    return tuple(pairs)


def require_pdf() -> None:
    """Fail early, before any work, when the PDF extra (WeasyPrint) is not installed."""
    try:
        import weasyprint  # noqa: F401  (only checking that it imports)
    except (ImportError, OSError):  # OSError: WeasyPrint installed but its system libraries are missing
        raise OptionalDependencyError(
            "--pdf needs WeasyPrint: install it with: pip install 'quizgen[pdf]'") from None


def pdf_bytes(html: str) -> bytes:
    """The worksheet printed to PDF by WeasyPrint, with every URL fetch refused (offline)."""
    require_pdf()
    import weasyprint

    def no_fetch(url: str, *args: Any, **kwargs: Any) -> dict:
        raise ValueError(f"quizgen worksheets load nothing: refused {url}")

    return weasyprint.HTML(string=html, url_fetcher=no_fetch).write_pdf()
