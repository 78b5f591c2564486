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
from .distractors import MONTHS, date_style
from .language import (
    STOPWORDS, capitalise, clean_clause, date_mentions, has_verb, leans_on_context, norm, past_forms, reported,
    strip_lead, trim_clause, word_count,
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
    return _fit(ctx, ctx.standalone(trim_clause(e.text) or ""), e, max_words)


def _fit(ctx: Context, text: str | None, e: Event, max_words: int) -> str | None:
    """The item if it reads as a past happening of at most ``max_words`` words with no
    date of its own, capitalised; else None."""
    if text and ", " not in text and (text.split()[0].lower().endswith("ing") or _PREPOSITION_FIRST.match(text)):
        return None  # no subject: "Having been initially placed in …", "In an official release … put out"
    if not text or not (clean_clause(text) or _NAMED_SUBJECT_VERB.match(text) and clean_clause(text + " was")) or not 3 <= word_count(text) <= max_words or reported(text) \
            or leans_on_context(text):  # "One such accident was …": which?
        return None  # "Steve announced that Leopard would be released": whose date?
    if re.search(r"\b(?:will|shall|going to|(?:is|are) to)\b", text) or _DAY_WORD.search(text) or text.split()[0].lower() in {"which", "who", "that", "whose"}:
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
# How the dates an item may use (``date_style``, ``_NEAR_DAY``) start and end.
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = tuple(m.lower() for m in MONTHS)
_DATE_FIRST = ("in", "on", "during", "back", "the", "last", "this", "yesterday", "today", "tonight", *_DAYS, *_MONTHS)
_DATE_LAST = ("0s", "night", "morning", "afternoon", "evening", "yesterday", "today", "tonight", *_DAYS, *_MONTHS)


def _date_at_edge(sentence: str) -> bool:
    """The sentence may open or close on a date (``_OPENING``, ``_CLOSING``), by its first
    and last words: checked before the tagger, which costs far more."""
    low = sentence.lower()
    last = low.rstrip().rstrip(".!").rstrip()
    return low[:1].isdigit() or low.startswith(_DATE_FIRST) or last[-1:].isdigit() or last.endswith(_DATE_LAST)


def _sentence_item(ctx: Context, sentence: str) -> Event | None:
    """A body sentence with one calendar date that opens or closes it, as an event whose
    text is the sentence without the date: "Apple introduced the iPhone in 2007." ->
    "Apple introduced the iPhone"; None when the rest leans on context or reports."""
    if not ctx.usable(sentence) or leans_on_context(sentence) or len(date_mentions(sentence)) > 1 \
            or not _date_at_edge(sentence):
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


# The date phrase and the preposition that ties it to the clause ("on Monday", "in 2005",
# "yesterday"), with a bracketed gloss ("on Sunday night (March 4)") and the comma of an
# opening phrase ("In 2005, …"). "since 2004", "until 2009", "by 2012" bound a span and are
# not the happening's time; "the 2008 conflict" names a thing.
_DATE_BEFORE = re.compile(r"(?:\b(?:in|on|during|at|back on)\s+)?(?:(?:late|early)\s+)?$", re.IGNORECASE)
_DATE_AFTER = re.compile(r"(?!['’]s)(?:\s*\([^)]*\))?(?:\s*,)?")
_NOT_WHEN = re.compile(r"\b(?:since|until|till|by|from|before|after|between|through|to|of|the|a|an|than|and|or|"
                       r"every|each|last|next)\s+$|['’]s\s+$", re.IGNORECASE)
# Where an item may be cut so it stays a whole statement: before a comma, a semicolon or a
# dash, a conjunction that opens another clause ("…, prompting …", "… but …", "… and
# launched …" when a verb follows "and", "… and a teacher …"), or an adjunct ("… was found wet on an Ottawa
# street by someone who …" -> "… was found wet on an Ottawa street").
_CUT = re.compile(r",\s|;\s|\s[–—-]\s|\s(?=(?:but|while|whereas|because|although|after|before|when|which|"
                  r"where|who|following|leading|prompting|saying|amid|to|with|in|at|for|on|from|by|into|during|"
                  r"under|against|than|that|according)\s)|\s(?=and\s+(?:\w+ed|a|an|the)\s)")
MAX_REWRITTEN_WORDS = 14  # read at a glance among four others
# A day named in an item would date it twice: "… died on Friday night at age 25" for 2014.
_RELATIVE_TIME = re.compile(r"\b(?:(?:last|next|this|that|the following|the previous) (?:year|month|week|day|"
                            r"morning|night|weekend)|ago|earlier|later|tonight|tomorrow)\b", re.IGNORECASE)
_DAY_WORD = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|yester|to)day\b", re.IGNORECASE)


def _rewritten(ctx: Context, sentence: str, date_text: str, value: str) -> str | None:
    """The sentence as a timeline item: its date phrase and preposition removed, an opening
    "He"/"She" resolved to the person the sentence before names, cut at a clause boundary
    after the date to at most ``MAX_REWRITTEN_WORDS`` words; None when it would still be
    unclear. "Bertie Ahern, the Prime Minister of Ireland visited the White House Monday to
    commemorate St. Patrick's Day." -> "Bertie Ahern, the Prime Minister of Ireland visited
    the White House to commemorate St. Patrick's Day"."""
    if not (date_style(date_text, value) or _NEAR_DAY.match(date_text.strip())) or not ctx.usable(sentence):
        return None
    i = sentence.find(date_text)
    if i < 0 or len(re.findall(r"[\"“”]", sentence[:i])) % 2 or "[" in sentence or sentence.count(date_text) != 1 \
            or _inner(sentence, date_text):
        return None  # a date in quoted words, or of an aside
    if not _date_phrase(sentence, date_text):
        return None
    text, _, _ = ctx.resolved(sentence)
    found = _date_phrase(text, date_text)
    if not found:
        return None
    before = text[:found[0]].rstrip(" ,")
    joined = re.sub(r"\s+([,.;:])", r"\1", (before + " " + text[found[1]:].lstrip(" ,")).strip(" ,.;:"))
    rest = strip_lead(joined)
    date_at = len(before) - (len(joined) - len(rest))
    item = _cut(ctx.resolve_opening(rest, sentence), date_at) if rest else None
    opener = _OPENING_ADJUNCT.match(rest)
    if not item and opener:  # "At the late portion of the Japanese Grand Prix, Bianchi collided …"
        item = _cut(capitalise(ctx.resolve_opening(rest[opener.end():], sentence)), date_at - opener.end())
    if not item or date_mentions(item) or _DAY_WORD.search(item) or _RELATIVE_TIME.search(item):
        return None  # another date in the item: whose is it?
    if reported(item) or leans_on_context(item) or ctx.standalone(item) is None:
        return None
    return _fit(ctx, item, Event(value, date_text, item, sentence), MAX_REWRITTEN_WORDS)


def _date_phrase(text: str, date_text: str) -> tuple[int, int] | None:
    """Where the date phrase (date, preposition, gloss) starts and ends in the text, or
    None when the date is not once in it or is not the time of a happening."""
    at = text.find(date_text)
    after = _DATE_AFTER.match(text, at + len(date_text)) if at >= 0 and text.count(date_text) == 1 else None
    if not after:
        return None
    lo = max(0, at - 24)  # "back on late " at most
    start = lo + _DATE_BEFORE.search(text[lo:at]).start()
    return None if _NOT_WHEN.search(text[max(0, start - 30):start]) else (start, after.end())


def _cut(text: str, date_at: int) -> str | None:
    """The longest opening of the text up to a clause boundary that is a statement (a verb
    after its subject, not ending on its verb or a function word) of at most
    ``MAX_REWRITTEN_WORDS`` words, and reaches past where the date was (else the date may
    be the next clause's)."""
    ends = [m.start() for m in _CUT.finditer(text)] + [len(text)]
    for end in reversed(ends):
        head = text[:end].rstrip(" ,;")
        if end < date_at or head.count(" ") > 2 * MAX_REWRITTEN_WORDS or word_count(head) > MAX_REWRITTEN_WORDS or head.count("(") != head.count(")") \
                or re.search(r";|\s[–—-]\s", head):
            continue
        toks = [t.lower() for t in head.split()]
        if len(toks) < 3 or toks[0].endswith("ing") or not (has_verb(head) or _NAMED_SUBJECT_VERB.match(head)):
            continue  # no subject: "Having been initially placed in HM Prison Barlinnie"
        if toks[-1] in _TIME_UNITS and re.match(r"\s(?:after|before)\b", text[end:]):
            continue  # "… exploded 73 seconds | after liftoff": the amount needs its anchor
        if toks[-1] in STOPWORDS or toks[-1] in _NOT_LAST or toks[-1].endswith(("ing", "ly")) or \
                toks[-1] in past_forms() and toks[-2] not in _AUX or toks[-2] in _NOT_LAST or toks[-1] in _INCOMPLETE:
            continue  # cut mid-phrase: "… returned to Apple and soon", "… were taken"
        return head
    return None


# An opening adjunct, dropped when the item is too long with it: "At the late portion of
# the Japanese Grand Prix at Suzuka Circuit, Bianchi collided with a tractor crane".
_OPENING_ADJUNCT = re.compile(r"(?:At|In|During|After|Following|Amid|On|Since|As part of|Having)\s[^,]{3,80},\s"
                             r"(?=[A-Z]|[a-z]{1,3}-[A-Z])")  # "…, al-Megrahi was transferred to Greenock"
# A capitalised subject then a past tense the verb list may not hold: "Space Shuttle Columbia lifted off …"
_NAMED_SUBJECT_VERB = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}[a-z]{3,}ed\b")
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years second minute hour day week month year".split())
_PREPOSITION_FIRST = re.compile(r"(?:In|On|At|During|After|Before|From|With|By|For)\s")
_NOT_LAST = frozenset("soon then also again still now later since already just even yet further".split())
_AUX = frozenset("is are was were be been being".split())
# Participles that need an object or place after them: "… were taken", "… was given".
_INCOMPLETE = frozenset("taken given made put held kept sent brought set led left put placed".split())


def _items(ctx: Context) -> Iterator[tuple[str, Event, bool]]:
    """(item, event, rewritten) in article order: each extracted event's sentence rewritten
    without its date (``_rewritten``: the date is the item's by construction), or its
    clause, or its sentence without an opening or closing date; then other sentences with
    one date."""
    done = set()
    for e in ctx.facts.events:
        item = _rewritten(ctx, e.sentence, e.date_text, e.date)
        if item:
            done.add(e.sentence)
            yield item, e, True
            continue
        item = _item(ctx, e)
        if not item:
            alt = _sentence_item(ctx, e.sentence)
            item = _item(ctx, alt) if alt and alt.date == e.date else None
        done.add(e.sentence)
        if item:
            yield item, e, False
    for sentence in ctx.facts.sentences:
        if sentence in done or not ctx.usable(sentence) or len(date_mentions(sentence)) != 1:
            continue  # the tagger is slow: only sentences with one calendar date are tried
        dates = ctx.dates(sentence)
        if len(dates) == 1:  # one date: the sentence's own
            item = _rewritten(ctx, sentence, dates[0].text, dates[0].value)
            if item:
                yield item, Event(dates[0].value, dates[0].text, item, sentence), True
                continue
        e = _sentence_item(ctx, sentence)
        item = _item(ctx, e) if e else None
        if item:
            yield item, e, False


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
    for item, e, rewritten in _items(ctx):
        s = span(e.date)
        if not s or not ctx.usable(e.sentence) or (
                not rewritten and len(date_mentions(e.sentence)) > 1 and not _next_to(e, item)):
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
