"""Anki decks (.apkg) built on genanki: stable GUIDs, fixed model ids, byte-reproducible files.

One subdeck per article (``Current affairs::2012-05-23 <title>``) or one flat deck. Three
note types, with ids fixed in ``MODEL_IDS``:

- *quizgen question*: a question with optional choices (mcq, true_false, who_said,
  short_answer, timeline); the back highlights the right choice and quotes the source.
- *quizgen cloze*: cloze questions, the blank becomes ``{{c1::answer}}``.
- *quizgen pair*: each pair of a matching question (person ↔ role), one card each way.

A note's GUID is ``guid_for(article identity, question type, question key)``, never its
wording, so a rebuilt deck updates the notes already in Anki instead of adding copies.
"""

from __future__ import annotations

import hashlib
import html
import io
import itertools
import json
import os
import re
import sqlite3
import time
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence
from urllib.parse import urlsplit

import genanki

from ..errors import FormatError, QuizgenError
from ..models import Question, QuestionBank, Source
from .templates import read_asset

# Note type ids: never change them, or every user's notes become new notes. A change of a
# model's fields needs a new id (Anki would mark the old notes "conflicting" otherwise).
MODEL_IDS = {
    "question": 1_716_202_401,
    "cloze": 1_716_202_402,
    "pair": 1_716_202_403,
}

# The zip entries' time (zip cannot store times before 1980).
ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)

KINDS = {
    "cloze": "Fill in the blank",
    "mcq": "Multiple choice",
    "true_false": "True or false",
    "who_said": "Who said it?",
    "matching": "Match",
    "timeline": "Timeline",
    "short_answer": "Short answer",
}

_CONTEXT_FIELDS = ["Sentence", "Article", "Date", "Link", "Kind", "Explanation"]
_FIELDS = {
    # "Id" first: Anki's duplicate check looks at the first field, and prompts such as
    # "Put these events in order" repeat across articles. The browser sorts by "sortf".
    "question": ["Id", "Question", "Choices", "Answer", *_CONTEXT_FIELDS],
    "cloze": ["Id", "Text", *_CONTEXT_FIELDS],
    "pair": ["Id", "Question", "Left", "Right", *_CONTEXT_FIELDS],
}
_TEMPLATES = {
    "question": [("Question", "question-front", "question-back")],
    "cloze": [("Cloze", "cloze-front", "cloze-back")],
    "pair": [("Forward", "pair-forward-front", "pair-forward-back"),
             ("Reverse", "pair-reverse-front", "pair-reverse-back")],
}
_NAMES = {"question": "quizgen question", "cloze": "quizgen cloze", "pair": "quizgen pair"}

_BLANK = re.compile(r"_{3,}")
_SPACE = re.compile(r"\s+")
_BRACES = re.compile(r"([{}])(?=[{}])")
_TAG_JUNK = re.compile(r"[^\w.\-]+")
_STOPWORDS = frozenset(
    "a an and the of in on at to for from by with as is are was were be been has have had "
    "after before over under into about against between during says said say new its it "
    "his her their this that these those who what when where why how not no but or".split()
)


def deck_bytes(bank: QuestionBank, *, deck_name: str = "Current affairs", flat: bool = False,
               timestamp: float | None = None) -> bytes:
    """The .apkg file for a question bank, as bytes.

    Args:
        bank: the questions, of one or more articles.
        deck_name: the top deck (``::`` nests it); each article gets a subdeck ``NAME::DATE TITLE``.
        flat: put every note straight into ``deck_name``.
        timestamp: the notes' modification time (see ``default_timestamp``). Anki only
            replaces a note it already has when the imported one is newer.

    Raises:
        QuizgenError: the bank has no questions, or the deck name has an empty part.
    """
    if not len(bank):
        raise QuizgenError("no questions to put in the deck (the inputs gave no facts to ask about)")
    parts = [_SPACE.sub(" ", part).strip() for part in deck_name.split("::")]
    if not all(parts):
        raise QuizgenError(f"deck name {deck_name!r} is empty or has an empty part between '::'")
    top = "::".join(parts)  # "News::World" nests on purpose
    ts = int(default_timestamp() if timestamp is None else timestamp)
    decks = _decks(bank, top=top, flat=flat)
    return _package(decks, ts)


# When this release of quizgen was made (2026-11-25 00:00 UTC); raise it with each release
# whose extraction or wording changes, so decks it rebuilds update the notes users have.
RELEASE_EPOCH = 1795564800


def default_timestamp(inputs: Sequence[str] = ()) -> int:
    """The notes' modification time: ``$SOURCE_DATE_EPOCH`` if set (the reproducible-builds
    convention), else the newest of the input files' modification times and this
    release's date.

    So the same inputs with the same quizgen give a byte-identical deck on any day, while
    an edited article or questions file, or a newer quizgen, gives newer notes that Anki
    applies over the old ones. Standard input has no time: it counts as now.
    """
    env = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if env:
        try:
            return int(env)
        except ValueError:
            raise QuizgenError(f"SOURCE_DATE_EPOCH={env!r} is not a whole number of seconds") from None
    newest = RELEASE_EPOCH
    for path in inputs:
        if path == "-":
            return max(newest, int(time.time()))
        try:
            newest = max(newest, int(os.stat(path).st_mtime))
        except OSError:
            continue
    return newest


# --------------------------------------------------------------------------- note types


@lru_cache(maxsize=1)
def models() -> dict[str, genanki.Model]:
    """The three note types, with their fixed ids, templates and CSS from ``templates/anki``."""
    css = read_asset("anki/card.css")
    partials = {"<!-- meta -->": read_asset("anki/_meta.html").strip(),
                "<!-- source -->": read_asset("anki/_source.html").strip()}

    def template(name: str) -> str:
        text = read_asset(f"anki/{name}.html")
        for marker, partial in partials.items():
            text = text.replace(marker, partial)
        return text.strip()

    out = {}
    for kind, fields in _FIELDS.items():
        out[kind] = genanki.Model(
            MODEL_IDS[kind],
            _NAMES[kind],
            fields=[{"name": f} for f in fields],
            templates=[{"name": n, "qfmt": template(q), "afmt": template(a)} for n, q, a in _TEMPLATES[kind]],
            css=css,
            model_type=genanki.Model.CLOZE if kind == "cloze" else genanki.Model.FRONT_BACK,
            sort_field_index=1,
        )
    return out


# --------------------------------------------------------------------------- fields


def escape(text: str) -> str:
    """Article text as inert field HTML: escaped, and with nothing Anki would interpret.

    Anki reads ``{{c1::…}}`` inside cloze fields and ``[sound:…]`` anywhere; a word joiner
    (U+2060, invisible) between doubled braces and after ``[`` keeps such text literal.
    """
    out = html.escape(str(text), quote=True)
    if "{" in out or "}" in out:
        out = _BRACES.sub("\\1\u2060", out)
    if "[sound:" in out:
        out = out.replace("[sound:", "[\u2060sound:")
    return out


def _cloze_text(q: Question) -> str:
    """The prompt with its blank as ``{{c1::answer}}``; ``::`` in the answer would start a hint."""
    answer = escape(q.answer_text).replace(":", "&#58;")
    parts = _BLANK.split(q.prompt, maxsplit=1)
    if len(parts) == 2:
        return f"{escape(parts[0])}{{{{c1::{answer}}}}}{escape(parts[1])}"
    # No blank in the prompt: ask the prompt and hide the answer after it.
    return f"{escape(q.prompt)}<br>{{{{c1::{answer}}}}}"


def _choices_html(q: Question) -> str:
    """Lettered options with the right one marked (highlighted on the back only)."""
    if q.type == "timeline":
        items = _scrambled(q.answer, q.key or q.id)
        return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"
    if not q.choices:
        return ""
    right = q.answer_text
    lis = "".join(
        f'<li class="qg-correct">{escape(c)}</li>' if c == right else f"<li>{escape(c)}</li>"
        for c in q.choices
    )
    return f"<ol>{lis}</ol>"


def _answer_html(q: Question) -> str:
    if q.type == "timeline":
        return "<ol>" + "".join(f"<li>{escape(i)}</li>" for i in q.answer) + "</ol>"
    if q.choices and q.answer_text in q.choices:
        letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[q.choices.index(q.answer_text) % 26]
        return f"{letter}. {escape(q.answer_text)}"
    return escape(q.answer_text)


def _scrambled(items: Iterable[str], key: str) -> list[str]:
    """Timeline items in a fixed order that is not the answer's (sorted by a hash of each)."""
    items = list(items)
    order = sorted(items, key=lambda s: hashlib.sha1(f"{key}\x1f{s}".encode()).hexdigest())
    if order == items and len(items) > 1:
        order = order[1:] + order[:1]
    return order


def _link(url: str | None) -> str:
    """Only web links become hrefs (never ``javascript:``)."""
    if url and urlsplit(url).scheme in ("http", "https"):
        return escape(url)
    return ""


def _context(q: Question, sentence: str | None = None) -> list[str]:
    s = q.source
    return [escape(s.sentence if sentence is None else sentence), escape(s.article), escape(s.date or ""),
            _link(s.url), escape(KINDS[q.type]), escape(q.explanation)]


# --------------------------------------------------------------------------- notes


def article_key(source: Source) -> str:
    """The article's identity: its URL, else title and date (as ``ArticleMeta.key``)."""
    return source.url or f"{source.article}|{source.date or ''}"


def _norm(text: str) -> str:
    return _SPACE.sub(" ", str(text)).strip().casefold()


def note_guid(q: Question, *extra: str) -> str:
    """GUID from the article, the question type and the fact's key: never the wording.

    Questions without a key (hand-written JSON) fall back to their id.
    """
    return genanki.guid_for(article_key(q.source), q.type, _norm(q.key or q.id), *map(_norm, extra))


def tags(q: Question) -> list[str]:
    """Valid Anki tags (no spaces), nested under ``quizgen::``: type, date, source, topics, facts."""
    out = ["quizgen", f"quizgen::type::{q.type}"]
    if q.source.date:
        out.append(f"quizgen::date::{_tag(q.source.date)}")
    host = urlsplit(q.source.url or "").hostname or ""
    if host:
        out.append(f"quizgen::source::{_tag(host.removeprefix('www.'))}")
    out += [f"quizgen::topic::{w}" for w in topic_words(q.source.article)]
    out += [f"quizgen::fact::{_tag(t)}" for t in q.tags if _tag(t)]
    return list(dict.fromkeys(out))


def _tag(text: str) -> str:
    return _TAG_JUNK.sub("-", text.replace("–", "-").replace("—", "-").casefold()).strip("-._")


@lru_cache(maxsize=4096)
def topic_words(title: str, limit: int = 4) -> tuple[str, ...]:
    """Tag words from a title: its names first ("Israel–Morocco defense deal" → israel-morocco)."""
    raw = title.split()
    words = [_tag(w) for w in raw]
    names = [w for w, r in zip(words, raw) if any(c.isupper() for c in r) and len(w) > 2 and w not in _STOPWORDS]
    others = [w for w in words if len(w) > 3 and w not in _STOPWORDS]
    return tuple(dict.fromkeys(names + others))[:limit]


def _pair_sentence(q: Question, left: str) -> str:
    """The cited sentence that names the left item, else the question's sentence."""
    low = left.casefold()
    return next((s for s in q.source.sentences if low in s.casefold()), q.source.sentence)


@dataclass
class _Deck:
    name: str
    description: str
    notes: list[genanki.Note]


def notes_for(q: Question, guids: dict[str, int]) -> list[genanki.Note]:
    """The notes of one question: one, or two-way pair notes for each pair of a matching one."""
    _check(q)
    m = models()

    def note(kind: str, fields: list[str], *extra: str) -> genanki.Note:
        guid = note_guid(q, *extra)
        n = guids[guid] = guids.get(guid, 0) + 1
        if n > 1:  # the same fact asked twice in one article: keep both, in order
            guid = note_guid(q, *extra, str(n))
        return genanki.Note(model=m[kind], fields=[escape(guid), *fields], tags=tags(q), guid=guid)

    if q.type == "cloze":
        return [note("cloze", [_cloze_text(q), *_context(q)])]
    if q.type == "matching":
        return [note("pair", [escape(q.prompt), escape(left), escape(right), *_context(q, _pair_sentence(q, left))],
                     left)
                for left, right in q.answer]
    return [note("question", [escape(q.prompt), _choices_html(q), _answer_html(q), *_context(q)])]


def _check(q: Question) -> None:
    """Matching answers must be pairs and timeline answers a list (hand-edited JSON may not be)."""
    if q.type == "matching" and not (isinstance(q.answer, tuple) and q.answer
                                     and all(isinstance(p, tuple) and len(p) == 2 for p in q.answer)):
        raise FormatError(f"question {q.id}: a matching answer must be a list of [left, right] pairs")
    if q.type == "timeline" and not (isinstance(q.answer, tuple) and q.answer):
        raise FormatError(f"question {q.id}: a timeline answer must be a list of events in order")


def note_count(bank: QuestionBank) -> int:
    """How many notes ``deck_bytes`` makes: one per question, one per pair of a matching one."""
    return sum(len(q.answer) if q.type == "matching" and isinstance(q.answer, tuple) else 1 for q in bank)


def _deck_title(text: str) -> str:
    """Deck names are plain text; ``::`` would nest a deck, so titles keep one colon."""
    return _SPACE.sub(" ", text.replace("::", ":")).strip()


def _decks(bank: QuestionBank, *, top: str, flat: bool) -> list[_Deck]:
    """Group the questions by article (ordered by date, then title) into decks of notes."""
    groups: dict[str, list[Question]] = {}
    for q in bank:
        groups.setdefault(article_key(q.source), []).append(q)
    ordered = sorted(groups.values(), key=lambda qs: (qs[0].source.date or "", qs[0].source.article))
    n = len(ordered)
    decks = [_Deck(top, f"Built by quizgen from {n} article{'s' * (n != 1)}.", [])]
    for qs in ordered:
        guids: dict[str, int] = {}
        notes = [note for q in qs for note in notes_for(q, guids)]
        if flat:
            decks[0].notes += notes
            continue
        s = qs[0].source
        title = _deck_title(s.article) or "Untitled article"
        name = f"{top}::{s.date} {title}" if s.date else f"{top}::{title}"
        link = _link(s.url)
        desc = f'<a href="{link}">{escape(s.article)}</a>' if link else escape(s.article)
        decks.append(_Deck(name, desc, notes))
    return decks


# --------------------------------------------------------------------------- package


def deck_id(name: str) -> int:
    """A fixed deck id from the deck's full name (Anki matches decks by name on import)."""
    return int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:13], 16) + (1 << 53)


def _package(decks: list[_Deck], ts: int) -> bytes:
    """Write the collection into an in-memory SQLite database and zip it with fixed entry times.

    The ``col`` row's decks and note types are written once: genanki's ``Deck.write_to_db``
    rewrites them for every deck, which is quadratic in the number of articles.
    """
    from genanki.apkg_col import APKG_COL
    from genanki.apkg_schema import APKG_SCHEMA

    ids = itertools.count(ts * 1000)
    conn = sqlite3.connect(":memory:")
    try:
        cur = conn.cursor()
        cur.executescript(APKG_SCHEMA)
        cur.executescript(APKG_COL)
        all_decks = json.loads(cur.execute("SELECT decks FROM col").fetchone()[0])
        all_models = json.loads(cur.execute("SELECT models FROM col").fetchone()[0])
        for d in decks:
            g = genanki.Deck(deck_id(d.name), d.name, description=d.description)
            all_decks[str(g.deck_id)] = g.to_json()
        top = deck_id(decks[0].name)
        for m in models().values():
            all_models[str(m.model_id)] = m.to_json(ts, top)
        cur.execute("UPDATE col SET decks = ?, models = ?", (json.dumps(all_decks), json.dumps(all_models)))
        due = itertools.count()
        for d in decks:
            did = deck_id(d.name)
            for note in d.notes:
                note.due = next(due)
                note.write_to_db(cur, ts, did, ids)
        conn.commit()
        db = conn.serialize()
    finally:
        conn.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("collection.anki2", db), ("media", b"{}")):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            z.writestr(info, data)
    return buf.getvalue()


__all__ = ["MODEL_IDS", "deck_bytes", "default_timestamp", "escape", "note_count", "note_guid", "tags", "topic_words"]
