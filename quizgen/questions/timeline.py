"""Timeline: three to five dated events of the article to put in order.

Each item is the event's clause, capitalised, without its date or any other date, whole
(not cut with "…"), with its subject. Only events whose dates cannot overlap take part ("May 2000" and "2000" could be in either order, so not both),
and only clauses that read without the article.
"""

from __future__ import annotations

import calendar
import re
from typing import Iterator

from ..models import Event, Question
from .common import Context
from .distractors import date_style
from .language import (
    capitalise, clean_clause, date_mentions, leans_on_context, norm, reported, trim_clause, word_count,
)

MIN_ITEMS, MAX_ITEMS = 3, 5
MAX_WORDS = 16  # an item is read at a glance among four others


def span(value: str) -> tuple[str, str] | None:
    """The first and last day a TIMEX3 value covers, as ISO strings; None if not a date."""
    v = value.strip()
    try:
        if len(v) == 10:
            return v, v
        if len(v) == 7:
            y, m = int(v[:4]), int(v[5:])
            return f"{v}-01", f"{v}-{calendar.monthrange(y, m)[1]:02d}"
        if len(v) == 4 and v.isdigit():
            return f"{v}-01-01", f"{v}-12-31"
        if len(v) == 3 and v.isdigit():
            return f"{v}0-01-01", f"{v}9-12-31"
    except ValueError:
        return None
    return None


# Dates that place a happening: written dates ("May 2000") and days near the article's
# date ("Monday", "yesterday"); "9 months ago" or "last year" are baselines, not times.
_NEAR_DAY = re.compile(r"^(?:(?:on |last |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                       r"(?: night| morning| afternoon| evening)?|yesterday|today|tonight)$", re.IGNORECASE)


def _inner(sentence: str, date_text: str) -> bool:
    """The date sits in a part set off by commas on both sides, after the first: an aside
    ("Jobs, born in San Francisco on February 24, 1955, has built …") whose date is not
    the main clause's. "In 1996, following …, Jobs returned" opens the sentence: fine."""
    i = sentence.find(date_text)
    if i < 0:
        return False
    before, after = sentence.rfind(", ", 0, i), sentence.find(",", i + len(date_text))
    return before >= 0 and after >= 0 and sentence[before + 2:i].strip() not in {"", "in", "on", "In", "On"}


def _item(ctx: Context, e: Event, max_words: int = MAX_WORDS) -> str | None:
    """The event's clause as a timeline item: a short statement with its subject and no date
    ("Apple introduced the iMac personal computer"), or None."""
    if not (date_style(e.date_text, e.date) or _NEAR_DAY.match(e.date_text.strip())):
        return None
    text = ctx.standalone(trim_clause(e.text) or "")
    if not text or not clean_clause(text) or not 3 <= word_count(text) <= max_words or reported(text):
        return None  # "Steve announced that Leopard would be released": whose date?
    if re.search(r"\b(?:will|shall|going to)\b", text) or text.split()[0].lower() in {"which", "who", "that", "whose"}:
        return None  # not yet happened ("Endeavour will launch"), or a relative clause
    if _inner(e.sentence, e.date_text):
        return None  # the date is an aside's: "Jobs, born … on February 24, 1955, has built …"
    if re.search(r"\b(?:is|are)\b", " ".join(text.split()[1:4])) and not re.search(r"\b(?:is|are) \w+(?:ed|en)\b", text):
        return None  # a state, not a happening: "The Mac market share is up 82%"
    return capitalise(text)


# The date phrase of a sentence when it opens or closes it: "In 2005, …", "… on 24 November."
_OPENING = r"^(?:(?:in|on|during|back on)\s+)?{date}\s*,?\s+"
_CLOSING = r",?\s+(?:(?:in|on|during|back on|since)\s+)?{date}\s*[.!]?$"
MAX_SENTENCE_WORDS = 22  # an item made from a whole sentence is longer than a clause


def _sentence_item(ctx: Context, sentence: str) -> Event | None:
    """A body sentence with one calendar date that opens or closes it, as an event whose
    text is the sentence without the date: "Apple introduced the iPhone in 2007." ->
    "Apple introduced the iPhone"; None when the rest leans on context or reports."""
    if not ctx.usable(sentence) or leans_on_context(sentence) or len(date_mentions(sentence)) > 1:
        return None
    dates = ctx.dates(sentence)
    if len(dates) != 1 or not (date_style(dates[0].text, dates[0].value) or _NEAR_DAY.match(dates[0].text)):
        return None
    t, esc = dates[0], re.escape(dates[0].text)
    rest = None
    for pattern in (_OPENING, _CLOSING):
        m = re.search(pattern.format(date=esc), sentence, re.IGNORECASE)
        if m:
            rest = (sentence[:m.start()] + " " + sentence[m.end():]).strip(" ,")
            break
    if not rest or not 3 <= word_count(rest) <= MAX_SENTENCE_WORDS:
        return None
    return Event(t.value, t.text, capitalise(rest.rstrip(" .")), sentence)


def _items(ctx: Context) -> Iterator[tuple[str, Event]]:
    """(item, event) pairs in article order: each extracted event's clause, or when that
    does not read well, its sentence without the date; then other sentences with a date."""
    done = set()
    for e in ctx.facts.events:
        item = _item(ctx, e)
        if not item:
            alt = _sentence_item(ctx, e.sentence)
            item = _item(ctx, alt, MAX_SENTENCE_WORDS) if alt and alt.date == e.date else None
        done.add(e.sentence)
        if item:
            yield item, e
    for sentence in ctx.facts.sentences:
        e = _sentence_item(ctx, sentence) if sentence not in done else None
        item = _item(ctx, e, MAX_SENTENCE_WORDS) if e else None
        if item:
            yield item, e


def _next_to(e: Event, item: str) -> bool:
    """The date is written right before or after the item's words, so in a sentence with
    other dates it is still this item's: "In 1998 Apple introduced the iMac personal
    computer, in 2001 the iPod …" dates the iMac to 1998."""
    sentence, date = e.sentence.lower(), re.escape(e.date_text.lower())
    words = re.escape(item.lower().rstrip(". "))
    return bool(re.search(rf"(?:^|, )(?:in |on )?{date},? {words}\b|\b{words} (?:in|on) {date}\b", sentence))


def candidates(ctx: Context) -> Iterator[Question]:
    """At most one timeline question, with events whose dates do not overlap."""
    chosen: list[tuple[tuple[str, str], str, Event]] = []
    for item, e in _items(ctx):
        s = span(e.date)
        if not s or not ctx.usable(e.sentence) or (len(date_mentions(e.sentence)) > 1 and not _next_to(e, item)):
            continue
        if any(not (s[1] < c[0] or c[1] < s[0]) or norm(item) == norm(i) for c, i, _ in chosen):
            continue
        chosen.append((s, item, e))
    if len(chosen) < MIN_ITEMS:
        return
    chosen = chosen[:MAX_ITEMS]
    ordered = sorted(chosen, key=lambda c: c[0])
    answer = tuple(i for _, i, _ in ordered)
    sentences = list(dict.fromkeys(e.sentence for _, _, e in ordered))
    key = "timeline|" + "|".join(f"{e.date}" for _, _, e in ordered)
    yield ctx.question("timeline", key, "Put these events from the article in the order they happened, earliest first.",
                       answer, sentences[0], sentences=sentences, tags=("date", "event"), difficulty=3,
                       explanation="; ".join(f"{e.date_text}: {i}" for _, i, e in ordered) + ".")
