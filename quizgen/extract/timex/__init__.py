"""Temporal tagger: one pass of compiled patterns (:mod:`.patterns`), then per-kind values (:mod:`.resolve`)."""

from __future__ import annotations

import re
from datetime import date

from ...models import Timex
from .patterns import (BACKWARD, CASE_FREE, CHECKED_WORDS, FIRST_KINDS, KIND_RX, KINDS, WORD_TOKEN, number_kinds, triggers,
                       word_kinds)
from .resolve import RESOLVERS, Context

_ASCII_LOWER = {i: i + 32 for i in range(65, 91)}
_ORDER = [k for k, _p in KINDS]

# The word before a position, searched in the 40 characters before it (the reference form).
_PREV_WORD = re.compile(r"([A-Za-z][\w.&'-]*)[ \t]*$")
# _PREV_WORD read backwards from the end of its window: the run of word characters before the
# spaces, from its first ASCII letter on. A forward search tries every start of the 40
# characters (10 µs); this is one match on the reversed window.
_REV_RUN = re.compile(r"[ \t]*([\w.&'-]*)")
_LETTERS = re.compile(r"[A-Za-z]")


def _prev_word(text: str, start: int) -> tuple[str, int] | None:
    """The word before ``start`` and its offset: what ``_PREV_WORD.search(text, start - 40, start)`` finds."""
    lo = max(0, start - 40)
    if start > lo and text[start - 1] == "\n":
        start -= 1  # "$" matches before a final line break too
    m = _REV_RUN.match(text[lo:start][::-1])
    run = m.group(1)[::-1]
    first = _LETTERS.search(run)
    if first is None:
        return None
    word_start = start - m.end() + first.start()
    return run[first.start():], word_start


_NEXT_WORD = re.compile(r"[ \t]*([\w'-]+)")
# Words that may stand before a year or month in capitals mid-sentence ("Since 2000" after a colon).
_TIME_WORDS = frozenset(
    "in on since by until till from through during of last next this early late mid before after between and "
    "to or the fiscal year around about circa spring summer fall autumn winter christmas easter".split())
# Counted things after a number ("1709 schoolchildren", "2010 cars"): the number is no year.
# Searched as a word ending, so compounds count too ("schoolchildren", "townspeople").
_UNIT_NOUNS = re.compile(
    r"(?:people|persons|men|women|children|passengers|visitors|pupils|participants|respondents|customers|"
    r"users|fans|signatures|vehicles|barrels|tickets|troops|soldiers|votes|voters|workers|jobs|students|members|units|"
    r"homes|houses|cars|km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|points|shares|copies|"
    r"pounds|dollars|euros|acres|hectares|deaths|cases|patients|residents|families|officers|police|delegates|"
    r"candidates|seats|pages|words|employees|staff|calories|degrees|kg|mm|cm|ft|lbs?)$", re.I)
# The same nouns as suffixes, for plain ASCII words: str.endswith is 10x faster than the search.
_UNIT_NOUN_ENDS = tuple(re.fullmatch(r"\(\?:(.*)\)\$", _UNIT_NOUNS.pattern).group(1).replace("lbs?", "lb|lbs").split("|"))
_TRAILING_NUMBER = re.compile(r"\d+\s*$")
_IN_YEAR = re.compile(r"\b(?:in|since|until|by|during)\s+$", re.I)
# Words before a number that is no year: "flight 2000", "a population of 2000", "more than 2000".
_NO_YEAR_BEFORE = re.compile(r"(?:no\.|number|page|route|flight|room|section|article|model|population of|about|some|than)\s*$")
_MAY_BEFORE = frozenset("in on since by until till from through during of last next this early late mid "
                        "before after between and to or since".split())


def _unit_noun(word: str) -> bool:
    """``_UNIT_NOUNS.search(word)``: the word ends in a counted thing ("schoolchildren")."""
    if word.isascii():
        return word.lower().endswith(_UNIT_NOUN_ENDS)
    return bool(_UNIT_NOUNS.search(word))  # case-insensitive matching folds "ſ" and "İ": keep the regex


def _sentence_start(text: str, pos: int) -> bool:
    """True when ``pos`` opens a sentence, line or quotation (so a capital there proves nothing)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in ".!?\n\"'`\u201c\u2018(:;-\u2014"


def _is_name_context(text: str, start: int, end: int) -> bool:
    """A year or month inside a name: "Windows 2000", "Brian May", "June Carter"."""
    prev = _prev_word(text, start)
    if prev and prev[0][0].isupper() and prev[0].lower() not in _TIME_WORDS \
            and not _sentence_start(text, prev[1]):
        return True
    return False


def _plausible(kind: str, text: str, start: int, end: int) -> bool:
    """Context checks that one regex cannot express: names, counts, verbs that look like dates."""
    span = text[start:end]
    year = _TRAILING_NUMBER.search(span) if kind == "year" else None
    if year:
        # "about 2000 people": the modifier is in the span; "In 2004 women won the vote".
        nxt = _NEXT_WORD.match(text, end)
        if nxt and ((_unit_noun(nxt.group(1))
                     and not _IN_YEAR.search(text, max(0, start + year.start() - 8), start + year.start()))
                    or nxt.group(1).lower() in ("year", "years", "-year")):
            return False  # "2000 people", "a 2000 year old tradition"
        if _is_name_context(text, start, end):
            return False  # "Windows 2000", "Euro 2016"
        if _NO_YEAR_BEFORE.search(text[max(0, start - 12):start].lower()):
            return False
    if kind == "month":
        prev = _prev_word(text, start)
        nxt = _NEXT_WORD.match(text, end)
        if nxt and nxt.group(1)[:1].isupper() and span[:1].isupper():
            return False  # "June Carter", "April Fools"
        if _is_name_context(text, start, end):
            return False
        if span.lower() in ("may", "march") and span[0].isupper():
            if not prev or prev[0].lower() not in _MAY_BEFORE:
                return False  # "May" the verb, "March" at the head of a sentence
    if kind in ("set", "relday", "relative") and span[:1].isupper() and not _sentence_start(text, start):
        return False  # "the Daily Telegraph", the BBC's "Today" programme, ABC's "This Week"
    if kind == "relative" and span.istitle() and re.match(r"\s*(?:[,.]?(?:[\"\u201d]|'(?!s\b))|[A-Z])", text[end:end + 3]):
        # a title in quotes: 'said on ABC's "This Week," that', '"This Week With David Brinkley"'
        # (a possessive is no quote: "Last Friday's announcement")
        return False
    if kind == "time" and span.lower().startswith("noon") and text[max(0, start - 5):start].lower() == "high ":
        return False  # "High Noon", the film; "high noon comes today", an idiom
    if kind == "weekday":
        prev = _prev_word(text, start)
        if prev and prev[0] in ("Good", "Black", "Cyber", "Super", "Bloody", "Ash", "Palm", "Easter"):
            return False  # "Good Friday" names a holiday, "Bloody Sunday" an event
    if kind == "ref" and span.lower() == "now":
        nxt = text[end:end + 2]
        if nxt.startswith("-"):
            return False
    return True


def tag(text: str, dct: str | date | None = None) -> list[Timex]:
    """Every temporal expression of ``text`` (offsets into ``text``, end exclusive), values resolved against ``dct``.

    Args:
        text: plain text.
        dct: document creation time, ``YYYY-MM-DD`` (or a date); None leaves relative
            expressions unresolved (``XXXX`` values, ``PRESENT_REF``).
    """
    if isinstance(dct, str):
        dct = date.fromisoformat(dct[:10])
    ctx = Context(text, dct)
    out: list[Timex] = []
    pos, rtext = 0, text[::-1]
    low = text.lower()
    if len(low) != len(text):  # "İ" lowercases to two characters: keep the offsets
        low = text.translate(_ASCII_LOWER)
    # Every expression holds a trigger (a digit, a month, "year", "today"...): the first
    # expression at or after ``pos`` holds the first trigger at or after ``pos``, or starts later.
    for t0 in triggers(low):
        while t0 >= pos:
            hit = _first_in(text, low, rtext, pos, t0)
            if hit is None:
                pos = t0 + 1
                break
            kind, start, end = hit
            found = _resolve(kind, text, start, end, ctx)
            if found is None:  # rejected: a later kind may still match here ("half an hour")
                for other in _ORDER[_ORDER.index(kind) + 1:]:
                    m2 = KIND_RX[other].match(low if other in CASE_FREE else text, start)
                    if m2 and m2.end() > start:
                        found = _resolve(other, text, start, m2.end(), ctx)
                        if found:
                            break
            if found is None:
                pos = start + 1
                continue
            out.append(found)
            pos = found.end
            pair = _coordinated_day(text, found)
            if pair is not None:
                out[-1:] = pair
                pos = pair[1].end
    return out


# "on April 24 and 25", "from June 5 to 7": a bare day after a full date is a second date of the same month.
_NEXT_DAY = re.compile(r"(?:,?[ \t]+(?:and|or|to|through|until)[ \t]+|[ \t]*-[ \t]*)((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)"
                       r"(?![\d:.,]?\d|[ \t]*(?:%|percent|[ap]\.?m\b|[A-Za-z]))(?:,?[ \t]+((?:1\d|20)\d\d)(?![\w,.]\w))?")


def _coordinated_day(text: str, first: Timex) -> tuple[Timex, Timex] | None:
    """(first, second) dates of "April 24 and 25" (TimeML tags two), in the month of the first.

    A year after the second day ("June 5 to 7, 2020") is the year of both.
    """
    if first.type != "DATE" or len(first.value) != 10 or not first.text[-1:].isdigit() or len(first.text.split()[-1]) > 4:
        return None
    m = _NEXT_DAY.match(text, first.end)
    if m is None:
        return None
    day = int(re.match(r"\d+", m.group(1)).group())
    if day <= int(first.value[8:]):
        return None  # "April 24 to 3" is no range of one month
    year = m.group(2)
    if year:
        nxt = _NEXT_WORD.match(text, m.end(2))
        if nxt and _unit_noun(nxt.group(1)):
            year = None  # "on May 5 and 6, 2000 people marched"
    if year:
        first = Timex(first.start, first.end, first.text, "DATE", year + first.value[4:], first.mod)
    end = m.end(2) if year else m.end(1)
    return first, Timex(m.start(1), end, text[m.start(1):end], "DATE", f"{first.value[:8]}{day:02d}", None)


def _first_in(text: str, low: str, rtext: str, pos: int, t0: int) -> tuple[str, int, int] | None:
    """The first expression starting in ``[pos, t0]`` among the prefix words before the trigger at ``t0``, as (kind, start, end).

    At each word start only the kinds its first word may open are tried, in KINDS order, so
    the result is what one alternation of all kinds would find there.
    """
    start = max(pos, len(text) - BACKWARD.match(rtext, len(text) - t0).end())
    at_trigger = WORD_TOKEN.match(text, t0)
    if start < t0:  # prefix words: no word runs into the trigger, so the search may stop there
        words = [*WORD_TOKEN.finditer(text, start, t0), at_trigger]
    else:
        words = (at_trigger,)
    for w in words:
        if w is None:
            continue  # the trigger is inside a word ("FY2000", "5years")
        c = w.start()
        group = w.lastindex
        if group == 1:
            token = w.group()
            word = token.lower()
            kinds = word_kinds(text, w.end(), word, token) if word in CHECKED_WORDS else FIRST_KINDS.get(word, ())
        elif group == 2:
            e = w.end()
            n = e - c
            kinds = number_kinds(text, e, 1 if n <= 2 else n if n == 4 else 0)
        elif group == 3:
            kinds = FIRST_KINDS["'"]
        else:
            continue  # a word of other letters ("é")
        for kind in kinds:
            m = KIND_RX[kind].match(low if kind in CASE_FREE else text, c)
            if m:
                return kind, c, m.end()
    return None


def _resolve(kind: str, text: str, start: int, end: int, ctx: Context) -> Timex | None:
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    if kind == "quarter" and re.match(r"the\s+\w+-quarter\b", text[start:end], re.I):
        start = text.index(" ", start) + 1  # "the third-quarter loss": "the" belongs to the noun
    if not _plausible(kind, text, start, end):
        return None
    span = text[start:end]
    result = RESOLVERS[kind](span, ctx, start, end)
    if result is None:
        return None
    type_, value, mod = result
    if type_ == "DATE" and kind in ("date", "numeric", "month_year", "year", "holiday") and value[:4].isdigit():
        ctx.anchor_year = int(value[:4])  # "in 2001 the iPod and the following year Mac OS X"
        if len(value) == 10:
            ctx.anchor = date.fromisoformat(value)
    if type_ == "DATE" and len(value) == 10 and value[:4].isdigit():
        ctx.day = (end, date.fromisoformat(value))  # what a later bare time in the paragraph falls on
    return Timex(start, end, span, type_, value, mod)
