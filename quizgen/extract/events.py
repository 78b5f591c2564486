"""Dated events: the clause each calendar DATE of a body sentence dates.

For every DATE (or TIME, dated to its day) that the temporal tagger finds in a sentence,
the event is the clause holding it, without the time words and the attribution. Skipped:
durations, sets, weeks, seasons, quarters and vague references (``PRESENT_REF``), spans
like "the past year" (a stretch of time, not a date), the dateline, and a caption that
restates a happening of the body.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..models import Article, Event, Sentence, Timex
from .dates import tag
from .timex.resolve import tense

# Values a quiz can ask "when?" about: day, month, year, decade, century.
_CALENDAR = re.compile(r"^(?:\d{4}(?:-\d\d(?:-\d\d)?)?|\d{2,3})$")
# "the past year", "over the last decade", "the next month": a stretch of time, not a date.
_STRETCH = re.compile(r"^(?:the\s+)?(?:past|last|next|coming|previous|following|same)\b(?!\s+(?-i:[A-Z]))", re.I)
_STRETCH_SAFE = re.compile(r"^(?:last|next)\s+(?:year|month|week|decade|century|[A-Z])", re.I)
# Dateline: "WASHINGTON, Nov. 24 (Reuters) -" or a date opening the text before a dash.
_DATELINE_BEFORE = re.compile(r"^[\s\"'(]*(?:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*,?(?:\s+[A-Z][a-z.]+)?,?\s*)?$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?(?:[-\u2013\u2014]|$)")
_CLAUSE_CUT = re.compile(r";|:\s|\s[-\u2013\u2014]\s|,\s+(?=(?:which|who|while|whereas|but|although|though|after|before|when|as|according)\b)")
_ATTRIBUTION = re.compile(r",?\s+(?:(?:he|she|they|it|officials?|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)\s+(?:said|says|told|added|announced|reported)|(?:said|says|according to)\s+[^,]+)[^,]*[.!?]?\s*$")
_PREP = re.compile(r"\s*\b(?:on|in|at|by|since|during|from|until|till|of|for|as of|early|late)\s*$", re.I)
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")
_STOP = frozenset("a an the of in on at to for and or by with from as is was were be been his her its their "
                  "this that it he she they said says has have had will would".split())
_MAX_WORDS = 18
# "today", "this morning": a date only when the clause tells of a happening, not a state ("we're friends today").
_DEICTIC = frozenset(["today", "tonight", "this morning", "this afternoon", "this evening", "now"])
# "One year later", "Five years later": a date counted from the last one the article gave.
_LATER = re.compile(r"^\s+(?:later|after that|afterwards)\b", re.I)
_COUNT = re.compile(r"^P(\d+)([YM])$")


def extract_events(article: Article, sentences: Sequence[Sentence]) -> list[Event]:
    """The dated events of the article's sentences, one per happening (body before captions)."""
    events: list[Event] = []
    body_keys: list[tuple[str, frozenset[str]]] = []
    ordered = sorted(sentences, key=lambda s: (s.caption, s.paragraph, s.start))
    last: str | None = None
    first = ordered[0] if ordered else None
    has_captions = any(s.caption for s in ordered)
    tagged: dict[int, list[Timex]] = {}
    for sent in ordered:
        for timex in _timexes(article, sent, tagged):
            value = _calendar_value(timex)
            if value is None and last is not None:
                value = _counted_from(timex, sent.text, last)
            if value is None:
                continue
            last = value
            if _is_dateline(sent, timex, sent is first) or _is_stretch(timex):
                continue
            if timex.text.lower() in _DEICTIC and tense(sent.text, timex.start, timex.end) not in ("past", "future"):
                continue
            if has_captions:  # only captions need the words, to spot a restated happening
                words = _content_words(sent.text)
                if sent.caption and any(v == value and _overlap(words, w) >= 0.25 for v, w in body_keys):
                    continue  # the caption restates a happening of the body
                if not sent.caption:
                    body_keys.append((value, words))
            events.append(Event(date=value, date_text=timex.text, text=_clause(sent.text, timex), sentence=sent.text))
    return _unique(events)


def _timexes(article: Article, sent: Sentence, tagged: dict[int, list[Timex]]) -> list[Timex]:
    """The sentence's timexes, offsets relative to it. Each paragraph is tagged once (one
    call per paragraph instead of per sentence is a third of the stage's time); the tagger
    finds clause and sentence edges itself, so the spans and values are the same."""
    if sent.paragraph >= len(article.paragraphs) or article.paragraphs[sent.paragraph].text[sent.start:sent.end] != sent.text:
        return tag(sent.text, article.date)  # sentences not cut from this article's paragraphs
    found = tagged.get(sent.paragraph)
    if found is None:
        found = tagged[sent.paragraph] = tag(article.paragraphs[sent.paragraph].text, article.date)
    if not found:
        return []
    return [Timex(t.start - sent.start, t.end - sent.start, t.text, t.type, t.value, t.mod)
            for t in found if t.start >= sent.start and t.end <= sent.end]


def _calendar_value(timex: Timex) -> str | None:
    """The day/month/year/decade/century value of a DATE (or of a TIME's day), else None."""
    if timex.type == "TIME":
        value = timex.value.split("T")[0]
    elif timex.type == "DATE":
        value = timex.value
    else:
        return None
    return value if _CALENDAR.match(value) else None


def _counted_from(timex: Timex, text: str, last: str) -> str | None:
    """ "One year later" after "in 1984": 1985 (years and months only)."""
    m = _COUNT.match(timex.value)
    if timex.type != "DURATION" or not m or not _LATER.match(text[timex.end:]) or not last[:4].isdigit():
        return None
    n = int(m.group(1))
    if m.group(2) == "Y":
        return str(int(last[:4]) + n)
    if len(last) >= 7:
        months = int(last[:4]) * 12 + int(last[5:7]) - 1 + n
        return f"{months // 12}-{months % 12 + 1:02d}"
    return None


def _is_stretch(timex: Timex) -> bool:
    """ "the past year", "the next month": durations in disguise ("last year" is a date)."""
    return bool(_STRETCH.match(timex.text)) and not _STRETCH_SAFE.match(timex.text)


def _is_dateline(sent: Sentence, timex: Timex, first: bool) -> bool:
    """A date in the dateline opening the article: "RABAT, Nov. 24 (AP) -"."""
    if not first:
        return False
    if len(sent.text.split()) <= 10 and not sent.text[timex.end:].strip(" .\n"):
        return True  # a heading sentence ending in the date: "News briefs for Friday, June 8, 2007."
    return bool(_DATELINE_BEFORE.match(sent.text[:timex.start])) and bool(_DATELINE_AFTER.match(sent.text[timex.end:]))


def _clause(text: str, timex: Timex) -> str:
    """The clause holding the timex, without the time words and attribution, at most ~18 words."""
    start = 0
    end = len(text)
    for m in _CLAUSE_CUT.finditer(text):
        if m.end() <= timex.start:
            start = m.end()
        elif m.start() >= timex.end:
            end = m.start()
            break
    before = _cut_tail(_PREP, text[start:timex.start], 2)  # "as of": two words
    clause = f"{before} {text[timex.end:end]}"
    clause = _cut_tail(_ATTRIBUTION, clause, 0)
    # str.split() splits at the whitespace of \s; the ends are stripped just below anyway
    clause = _SPACE_BEFORE_PUNCT.sub(r"\1", " ".join(clause.split())).strip(" ,.;:-\u2013\u2014\"'")
    words = clause.split()
    if len(words) > _MAX_WORDS:
        clause = " ".join(words[:_MAX_WORDS]).rstrip(",;:") + "…"
    return clause or text.strip()


def _cut_tail(pattern: re.Pattern, text: str, words: int) -> str:
    """``pattern.sub("", text)`` for a pattern that ends in ``$``, searched only where a match can start.

    ``_PREP`` matches at most the last ``words`` words; ``_ATTRIBUTION`` (``words=0``) holds no
    comma but its first character, so it starts at the last comma or later. Searching the whole
    sentence from each position was a third of the stage's own time.
    """
    if words:
        head = text.rsplit(None, words)
        lo = len(head[0]) if len(head) > words else 0
    else:
        lo = max(text.rfind(","), 0)
    m = pattern.search(text, lo)
    return text if m is None else text[:m.start()] + text[m.end():]


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 2)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _unique(events: list[Event]) -> list[Event]:
    seen: set[tuple[str, str]] = set()
    out = []
    for e in events:
        key = (e.date, e.text.lower())
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
