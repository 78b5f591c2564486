"""TIMEX3 values for the matched expressions, resolved against the document creation time.

One function per expression kind of :mod:`.patterns`; each takes the matched text and a
:class:`Context` and returns ``(type, value, mod)`` or None to reject the match ("the
period" alone, "second half" of a game). Relative expressions use the DCT; weekdays, bare
months and seasons use the tense of the nearest verb (past: the latest one on or before
the DCT; future: the next one on or after it).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from .lexicon import (DECADE_WORDS, FUTURE_CUES, INTENT_VERBS, IRREGULAR_PAST, MONTHS, NUMBERS, ORDINALS,
                      PARTS_OF_DAY, SCHEDULE_VERBS, SEASONS, WEEKDAYS)

Result = tuple[str, str, str | None] | None

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_WORD = re.compile(r"[A-Za-z']+")
_MONTH_RE = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?", re.I)
_WEEKDAY_RE = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", re.I)
_YEAR4_RE = re.compile(r"(?<![\d$])((?:1\d|20)\d\d)(?!\d)")
_DAY_RE = re.compile(r"(?<![\d:])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])")
_PART_RE = re.compile(r"(morning|afternoon|evening|night|overnight)", re.I)
_UNIT_RE = re.compile(r"(second|minute|hour|day|night|weekend|week|fortnight|month|quarter|year|decade|centur|millenni)", re.I)
_NOT_PAST = frozenset("need speed feed seed bed red shed proceed exceed succeed indeed breed bleed "
                      "creed greed hundred kindred naked sacred wicked united limited based".split())
_MODS = [("more than", "MORE_THAN"), ("over", "MORE_THAN"), ("at least", "EQUAL_OR_MORE"),
         ("less than", "LESS_THAN"), ("fewer than", "LESS_THAN"), ("under", "LESS_THAN"),
         ("nearly", "LESS_THAN"), ("almost", "LESS_THAN"), ("up to", "EQUAL_OR_LESS"),
         ("no more than", "EQUAL_OR_LESS"), ("at most", "EQUAL_OR_LESS"), ("about", "APPROX"),
         ("around", "APPROX"), ("approximately", "APPROX"), ("roughly", "APPROX"), ("some", "APPROX"),
         ("early", "START"), ("the beginning of", "START"), ("the start of", "START"),
         ("late", "END"), ("the end of", "END"), ("mid", "MID"), ("the middle of", "MID")]


@dataclass
class Context:
    """The text being tagged, its DCT and the tense cache."""

    text: str
    dct: date | None
    anchor: date | None = None
    anchor_year: int | None = None
    day: tuple[int, date] | None = None  # the last date of day granularity: (its end offset, the date)
    month: tuple[int, int, int] | None = None  # the last month named alone: (its end offset, year, month)
    tenses: dict[int, str | None] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> str | None:
        """'past', 'future', 'present' or None: the nearest tense cue of the sentence around a span."""
        if start not in self.tenses:
            self.tenses[start] = _tense(self.text, start, end)
        return self.tenses[start]


def tense(text: str, start: int, end: int) -> str | None:
    """'past', 'future', 'present' or None from the verbs around ``text[start:end]`` (left clause first)."""
    return _tense(text, start, end)


# Sentence and clause ends. A full stop inside a number ("$1.12 a share"), after a title or
# "vs." ("Dr. Slepian", "Roe vs. Wade"), or before a comma or a lower-case word ("in Birmingham,
# Ala., killed", "U.S. officials") ends nothing.
_STOP = r"\.(?!\d|[ \t]*(?:,|[a-z]))(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bMrs\.)(?<!\bvs\.)(?<!\bGen\.)(?<!\bSen\.)(?<!\bGov\.)(?<!\bRep\.)"
# Written as one character set first, then the full stop's checks: a pattern that opens with a
# set lets the engine skip other characters in C (5x faster over a 250-character window).
_SENTENCE_END = re.compile(r"[!?\n.](?:(?<!\.)|" + _STOP[2:] + ")")
_CLAUSE_END = re.compile(r"[!?\n;.](?:(?<!\.)|" + _STOP[2:] + ")")


def _bounds(text: str, start: int, end: int, width: int, ends: re.Pattern) -> tuple[int, int]:
    """(index of the end mark before ``start`` or -1, index of the one after ``end``) within ``width`` characters."""
    left = -1
    for m in ends.finditer(text, max(0, start - width), start):
        left = m.start()
    m = ends.search(text, end, end + width)
    return left, (m.start() if m else min(len(text), end + width))


# The words just before a time that fix its direction: "since Oct. 23" (past), "effective Feb. 1",
# "as soon as Tuesday", "as early as March" (future).
_LEAD_CUE = re.compile(r"\b(since|effective|as\s+(?:soon|early)\s+as)\s+(?:(?:early|late|mid|the|last)[\s-]+)?$", re.I)
# A deadline moved or granted: "gave the family until 9 a.m. Tuesday", "postponed until Tuesday".
_DEADLINE = re.compile(r"\b(?:deadline|gave|given|extended|postponed|delayed|adjourned|deferred)\b[^.;!?]{0,40}\buntil\s+$", re.I)
_BE = frozenset("be been being".split())
_REPORTING = frozenset("said says say told added".split())
# Nouns whose infinitive is still to come: "announced an agreement to acquire the bank in January".
_INTENT_NOUNS = frozenset("agreement agreements deal deals bid bids offer proposal pledge promise".split())
_BE_PRESENT = frozenset("is are am".split())
# Words before an adjective or a noun, never before a finite verb: "a still unspecified date", "the start".
_DETERMINERS = frozenset("a an the this that these those its their his her our my your still very more most "
                         "less least so too".split())


# Every word the loop below looks at, besides "-ed" and "-'ll" words: it skips the others at once.
_CUES = (FUTURE_CUES | INTENT_VERBS | _INTENT_NOUNS | SCHEDULE_VERBS | IRREGULAR_PAST | _REPORTING
         | frozenset("would set is are am due planning preparing scheduled slated says say has have had planned".split()))


def _tense(text: str, start: int, end: int) -> str | None:
    cue = _LEAD_CUE.search(text, max(0, start - 20), start)
    if cue:
        return "past" if cue.group(1).lower() == "since" else "future"
    # most windows hold no "until" ("u", "n" and "t" fold only to "U", "N", "T"): the search is skipped
    if "unt" in text[max(0, start - 60):start].lower() and _DEADLINE.search(text, max(0, start - 60), start):
        return "future"
    left, right = _bounds(text, start, end, 250, _CLAUSE_END)
    # The governing verb usually comes before the time ("exploded ... Friday"): the nearest cue
    # before it, else the nearest after it. So the words are read outwards from the time, and
    # the first cue that counts decides.
    seg = text[left + 1:start]
    words = list(_WORD.finditer(seg))
    found = _first_cue(seg, words, range(len(words) - 1, -1, -1), 1.0)
    if found is None:
        seg = text[end:right]
        words = list(_WORD.finditer(seg))
        found = _first_cue(seg, words, range(len(words)), 1.6)
    return found


def _first_cue(seg: str, words: list[re.Match], order: range, weight: float) -> str | None:
    """The tense of the first word of ``words`` (taken in ``order``) that is a tense cue, or None."""
    low = seg.lower()
    for i in order:
        m = words[i]
        w = m.group().lower()
        if w not in _CUES and not w.endswith(("ed", "'ll")):
            continue
        before = words[i - 1].group().lower() if i else ""
        before2 = words[i - 2].group().lower() if i > 1 else ""
        m_end = m.end()
        nxt = low[m_end:m_end + 4]
        if weight != 1.0 and w in _REPORTING and nxt.startswith(","):
            continue  # a parenthetical frame: "On Friday, the minister said, troops will leave"
        if w == "planned" and re.match(r" (?:at|for|in|on|by) ", low[m_end:m_end + 5]) and before not in _BE \
                and before not in _BE_PRESENT and before not in _DETERMINERS and before not in ("was", "were"):
            continue  # a participle after its noun: "a service planned for Saturday was canceled" takes the finite verb's tense
        if (w in FUTURE_CUES and (w not in ("plan", "plans") or nxt == " to ")) or w.endswith("'ll") or w == "would" \
                or (w in ("set", "is", "are", "due", "planning", "preparing") and nxt == " to ") \
                or (w in ("set", "scheduled", "slated") and nxt == " for") or (w in INTENT_VERBS and nxt == " to ") \
                or (w in _INTENT_NOUNS and nxt == " to "):
            if before == "had" or (before == "been" and before2 == "had"):
                return "past"  # a plan of the past perfect: "the offer had been due to expire Friday"
            return "future"  # "will", "is due to", "plans to" (not "the plan"), "a summit set for April"
        if w in SCHEDULE_VERBS and before not in _DETERMINERS and before != "to":
            return "future"  # a scheduled event in the present tense: "the leaders meet Monday"
        if w in ("says", "say"):
            return "present"
        if w in ("has", "have", "had") and nxt == " bee":
            return "past"  # "investigators have been searching since the Oct. 23 attack"
        if w in IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST):
            if before == "be" and before2 == "to":
                return "future"  # "guidelines to be published in early November"
            if before in _BE:
                continue  # a participle: "will be named in December" takes the tense of "will"
            if before in _DETERMINERS:
                continue  # an adjective: "on a still unspecified date in January"
            return "present" if before in _BE_PRESENT else "past"  # "the case is heard in May"
        if w in ("is", "are", "am"):
            return "present"
    return None


# --------------------------------------------------------------------------- helpers


@functools.lru_cache(maxsize=4096)
def number(s: str) -> float | None:
    """"five" -> 5, "twenty-four" -> 24, "2 1/2" -> 2.5, "a" -> 1; None for vague words."""
    s = s.lower().strip().replace("\u00bd", " 1/2")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:[ -]+(\d)/(\d))?", s)
    if m:
        return float(m.group(1)) + (int(m.group(2)) / int(m.group(3)) if m.group(2) else 0)
    if s in ("a couple of", "couple of", "a couple"):
        return 2
    words = re.split(r"[\s-]+", s)
    if words[-2:] == ["a", "half"] and words[-3:-2] == ["and"]:
        base = number(" ".join(words[:-3]))
        return None if base is None else base + 0.5
    if words[:1] == ["half"]:
        return 0.5
    total, current = 0.0, 0.0
    for w in words:
        if w in ("hundred", "thousand"):
            current = max(current, 1) * (100 if w == "hundred" else 1000)
        elif w in NUMBERS:
            current += NUMBERS[w]
        elif w == "and":
            continue
        else:
            return None
    return total + current


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


_MOD_RE = re.compile("|".join(f"(?P<m{i}>{re.escape(w)})" for i, (w, _m) in enumerate(_MODS)), re.I)


@functools.lru_cache(maxsize=4096)
def _mod(text: str) -> str | None:
    """The TIMEX3 ``mod`` of a leading modifier: "about" -> APPROX, "early" -> START."""
    m = _MOD_RE.match(text)
    return _MODS[int(m.lastgroup[1:])][1] if m else None


def _part(text: str) -> str | None:
    m = _PART_RE.search(text)
    return PARTS_OF_DAY[m.group(1).lower()] if m else None


def _choose_year(ctx: Context, month: int, day: int | None, start: int, end: int, *, default: str = "near") -> int | None:
    """The year of a month (and day) without one: by tense, else the nearest to the DCT."""
    dct = ctx.dct
    if dct is None:
        return None
    if day is None and month == dct.month:
        return dct.year
    cands = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            cands.append(date(y, month, day or 15))
        except ValueError:
            cands.append(date(y, month, 28))
    if day is not None:  # "payable Dec. 7": the nearest such date, unless the tense says otherwise far away
        near = min(cands, key=lambda c: (abs((c - dct).days), c > dct))
        if abs((near - dct).days) <= 60:
            return near.year  # near the DCT the tense changes nothing: skip computing it
    tense = ctx.tense(start, end) or default
    if day is not None and (tense == "past") == (near <= dct):
        return near.year
    if tense == "past":
        ok = [c for c in cands if c <= dct or (day is None and (c.year, c.month) == (dct.year, dct.month))]
        return ok[-1].year
    if tense == "future":
        ok = [c for c in cands if c >= dct]
        return ok[0].year
    return min(cands, key=lambda c: (abs((c - dct).days), c > dct)).year


def _weekday_date(ctx: Context, wd: int, start: int, end: int, how: str | None = None) -> date | None:
    dct = ctx.dct
    if dct is None:
        return None
    diff = wd - dct.isoweekday()
    if how is None and diff == 0:
        return dct  # the DCT's own weekday: past and future both give the DCT, so skip the tense
    if how is None:
        tense = ctx.tense(start, end)
        how = "future" if tense == "future" else "past"
    if how == "past":  # latest such day on or before the DCT
        return dct + timedelta(days=diff if diff <= 0 else diff - 7)
    if how == "last":  # strictly before
        return dct + timedelta(days=diff if diff < 0 else diff - 7)
    if how == "next":  # strictly after
        return dct + timedelta(days=diff if diff > 0 else diff + 7)
    return dct + timedelta(days=diff if diff >= 0 else diff + 7)


def _year_of(text: str, ctx: Context) -> int | None:
    """An explicit year in ``text`` (4 digits, spelled, 'YY, or this/last/next year)."""
    m = _YEAR4_RE.search(text)
    if m:
        return int(m.group(1))
    low = text.lower()
    if ctx.dct is not None:
        for word, k in (("last year", -1), ("this year", 0), ("next year", 1), ("current year", 0),
                        ("previous year", -1)):
            if word in low:
                return ctx.dct.year + k
    m = re.search(r"(nineteen|twenty|two thousand)[\s-]*(.*)$", low)
    if m:
        rest = number(m.group(2).replace(" and ", " ")) if m.group(2).strip() else 0
        if rest is not None:
            base = {"nineteen": 1900, "twenty": 2000, "two thousand": 2000}[m.group(1)]
            return base + int(rest) if m.group(1) != "twenty" or rest >= 10 else None
    m = re.search(r"'(\d\d)\b", text)
    if m:
        yy = int(m.group(1))
        return 2000 + yy if yy <= ((ctx.dct.year % 100) if ctx.dct else 30) else 1900 + yy
    return None


# --------------------------------------------------------------------------- kinds


def r_date(text: str, ctx: Context, start: int, end: int) -> Result:
    mm = _MONTH_RE.search(text)
    if not mm:
        return None
    month = MONTHS[mm.group(1).lower()]
    rest = text[:mm.start()] + " " + text[mm.end():]
    year = _year_of(text[mm.end():], ctx)
    day = None
    for m in _DAY_RE.finditer(re.sub(r"(?:1\d|20)\d\d", " ", rest)):
        day = int(m.group(1))
        break
    if day is None:
        low = rest.lower()
        for w, n in sorted(ORDINALS.items(), key=lambda kv: -len(kv[0])):
            if re.search(rf"\b{w}\b", low):
                day = n + (20 if "twenty-" in low and w != "twenty-first" else 0) + (30 if "thirty-" in low else 0)
                break
    if day is None:
        return None
    if year is None:
        wm = _WEEKDAY_RE.search(text)
        year = _choose_year(ctx, month, day, start, end)
        if year is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", None
        if wm and ctx.dct is not None:  # "Friday, Aug. 7": the year that makes the weekday right
            for y in (year, year - 1, year + 1):
                try:
                    if date(y, month, day).isoweekday() == WEEKDAYS[wm.group(1).lower()]:
                        year = y
                        break
                except ValueError:
                    pass
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    if re.match(r"the\s+week\s+of\b", text, re.I):
        return "DATE", week(d), None
    part = _part(text[mm.end():])
    if part:
        return "TIME", f"{d.isoformat()}T{part}", _mod(text)
    return "DATE", d.isoformat(), _mod(text)


def r_numeric(text: str, ctx: Context, start: int, end: int) -> Result:
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T(\d\d:\d\d)(?::\d\d)?)?", text)
    if m:
        try:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        return ("TIME", f"{d.isoformat()}T{m.group(4)}", None) if m.group(4) else ("DATE", d.isoformat(), None)
    a, b, y = (int(x) for x in re.split(r"[/.]", text))
    if y < 100:
        pivot = (ctx.dct.year % 100 + 1) if ctx.dct else 30
        y += 2000 if y <= pivot else 1900
    options = []
    for mo, dy in ((a, b), (b, a)) if "/" in text else ((b, a), (a, b)):
        try:
            options.append(date(y, mo, dy))
        except ValueError:
            pass
    if not options:
        return None
    d = options[0]
    if len(options) == 2 and ctx.dct is not None and options[0] != options[1]:
        d = min(options, key=lambda o: abs((o - ctx.dct).days))  # the DCT decides 03/04 vs 04/03
    return "DATE", d.isoformat(), None


def r_month_year(text: str, ctx: Context, start: int, end: int) -> Result:
    mm = _MONTH_RE.search(text)
    year = _year_of(text[mm.end():], ctx) if mm else None
    if not mm or year is None:
        return None
    ctx.month = (end, year, MONTHS[mm.group(1).lower()])
    return "DATE", f"{year}-{MONTHS[mm.group(1).lower()]:02d}", _mod(text)


def _last_quarter(d: date, shift: int = 0) -> tuple[int, int]:
    """The last completed quarter before ``d`` (what results stories mean by "the quarter")."""
    n = d.year * 4 + (d.month - 1) // 3 - 1 + shift
    return n // 4, n % 4 + 1


def r_quarter(text: str, ctx: Context, start: int, end: int) -> Result:
    low = text.lower()
    m = re.fullmatch(r"([qh])([1-4])(?:\s+(\d{4}))?|([1-4])q(?:\s+(\d{4}))?", low)
    if m:
        kind, n, year = (m.group(1) or "q"), int(m.group(2) or m.group(4)), m.group(3) or m.group(5)
        year = int(year) if year else (ctx.dct.year if ctx.dct else None)
        return "DATE", f"{year if year else 'XXXX'}-{kind.upper()}{n}", None
    ago = -1 if re.search(r"year[- ](?:ago|earlier)|a year (?:ago|earlier)|last year's|previous|prior", low) else 0
    if "next year's" in low:
        ago = 1
    year = _year_of(re.sub(r"last year's|this year's|next year's", "", low), ctx)
    ordm = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th|last|final|latter)\b", low)
    count = re.search(r"\b(two|three)[\s-]+(?:fiscal[\s-]+)?(?:quarters|halves)", low)
    if count and re.match(r"[\s-]+(?:of\s+(?:its|the|their|all)|of\s+\w+\s+(?!year))", ctx.text[end:end + 20]) :
        return None  # "three-quarters of its food": a fraction
    if count:
        n = 2 if count.group(1) == "two" else 3
        if ordm and ordm.group(1) == "first" and n == 2 and year:
            return "DATE", f"{year}-H1", None
        return "DURATION", f"P{n}Q", _mod(text)
    if "half" in low:
        if not ordm or (year is None and not ago and "fiscal" not in low):
            return None  # "the second half" of a match
        if year is None and ctx.dct is not None:
            year = ctx.dct.year + ago
        h = 1 if ordm.group(1) in ("first", "1st") else 2
        return "DATE", f"{year or 'XXXX'}-H{h}", _mod(text)
    qn = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
          "last": 4, "final": 4}.get(ordm.group(1)) if ordm else None
    if qn is None and "period" in low and year is None and not ago and not re.search(r"latest|recent|comparable|corresponding|same", low):
        return None  # "the period" alone
    if year is None and qn is None:
        if ctx.dct is None:
            return "DATE", "XXXX-QX", None
        if "current" in low:
            y, q = _last_quarter(ctx.dct, 1)
        else:
            y, q = _last_quarter(ctx.dct)
        return "DATE", f"{y + ago}-Q{q}", None
    if qn is None:  # "the 1988 period", "the third quarter a year ago" without number
        if ctx.dct is not None and year == ctx.dct.year + ago and "period" not in low:
            return "DATE", f"{year}-Q{_last_quarter(ctx.dct)[1]}", None
        return "DATE", str(year), None
    if year is None:
        if ctx.dct is None:
            return "DATE", f"XXXX-Q{qn}", None
        year = ctx.dct.year
        if date(year, 3 * qn - 2, 1) > ctx.dct and ctx.tense(start, end) == "past":
            year -= 1
        year += ago
    return "DATE", f"{year}-Q{qn}", _mod(text)


def _duration_value(n: float | None, unit: str) -> str:
    unit = unit.lower()
    n_x = "X" if n is None else n
    letters = {"second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
               "night": ("", "D"), "week": ("", "W"), "weekend": ("", "WE"), "fortnight": ("", "W"),
               "month": ("", "M"), "quarter": ("", "Q"), "year": ("", "Y"), "decade": ("", "DE"),
               "centur": ("", "CE"), "millenni": ("", "ML")}
    t, letter = letters[unit]
    if n is not None:
        if unit == "fortnight":
            n *= 2
        if letter in ("DE", "CE", "ML"):
            n, letter = n * {"DE": 10, "CE": 100, "ML": 1000}[letter], "Y"
        if n != int(n):  # "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M
            whole, frac = int(n), n - int(n)
            sub = {"Y": (12, "M"), "H": (60, "M"), "M": (60, "S") if t else (30, "D"), "D": (24, "H"), "W": (7, "D")}.get(letter)
            if sub:
                small = round(frac * sub[0])
                if letter == "D":
                    return f"P{whole}DT{small}H" if whole else f"PT{small}H"
                if letter == "M" and not t:
                    return f"P{whole}M{small}D" if whole else f"P{small}D"
                return f"P{t}{whole}{letter}{small}{sub[1]}" if whole else f"P{t}{small}{sub[1]}"
            return f"P{t}{n}{letter}"
        n_x = int(n)
    return f"P{t}{n_x}{letter}"


_QUANT_UNIT = re.compile(
    r"(?P<q>\d+(?:\.\d+)?(?:[ -]*\d/\d|\u00bd)?|[a-z]+(?:[\s-]+[a-z]+)*?)[\s-]+(?:(?:more|additional|full|straight|consecutive|trading|business|working|calendar|long|short|extra|whole|intervening)\s+)?"
    r"(?P<u>seconds?|minutes?|hours?|days?|nights?|weekends?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millennium|millennia)\b(?P<half>\s+and\s+a\s+half)?",
    re.I)
_LEAD = re.compile(
    r"^(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|over|under|"
    r"no\s+more\s+than|no\s+less\s+than|(?:just|well)\s+(?:over|under)|only|barely|just|a\s+little\s+(?:more|less)\s+than|upwards\s+of|in\s+excess\s+of|"
    r"the|each|all|every|of|past|last|next|first|coming|previous|following|final|latest|initial|remaining|same|other|better\s+part\s+of\s+(?:the|a|an))\s+",
    re.I)


@functools.lru_cache(maxsize=4096)
def _quant_unit(text: str) -> tuple[float | None, str] | None:
    """(number or None when vague, unit stem) of "the past five months", "two-year", "a few days"."""
    body = text
    while True:
        stripped = _LEAD.sub("", body)
        if stripped == body:
            break
        body = stripped
    m = _QUANT_UNIT.search(body)
    if not m:
        return None
    q = m.group("q").lower()
    q = re.split(r"\s+(?:or|to|and)\s+|\s*-\s*(?=\d)", q)[0]
    n = number(q)
    if n is None and q not in ("few", "a few", "several", "many", "some", "numerous", "multi"):
        return None
    if m.group("half") and n is not None:
        n += 0.5
    unit = _UNIT_RE.match(m.group("u")).group(1).lower()
    return n, unit


def r_duration(text: str, ctx: Context, start: int, end: int) -> Result:
    qu = _quant_unit(text)
    if qu is None:
        return None
    n, unit = qu
    low = text.lower()
    before = ctx.text[max(0, start - 12):start].lower()
    if low in ("a year", "a day", "a week", "a month", "an hour", "a night", "a quarter") and re.search(
            r"(?:[\d%$\u20ac\u00a3]|\b(?:percent|cents?|dollars?|euros?|pounds?|hours|days|nights|miles|tonnes|tons|seats|flights|\w+s))\s*$", before):
        return None  # a rate, not a time: "$5 a year", "four flights a week"
    if low in ("a second", "a minute") or re.match(r"\s+of\b(?!\s+(?:the\s+)?(?:year|\d))", ctx.text[end:end + 12]) and unit == "quarter":
        return None  # "a second group", "a quarter of the market"
    if low.startswith(("each", "every")) and "of the" not in low:
        return "SET", _duration_value(n, unit), None
    return "DURATION", _duration_value(n, unit), _mod(text)


def r_ago(text: str, ctx: Context, start: int, end: int) -> Result:
    qu = _quant_unit(text)
    if qu is None:
        return None
    n, unit = qu
    low = text.lower()
    sign = 1 if re.search(r"\b(?:later|hence|from now)\b", low) else -1
    mod = _mod(text)
    if n is None or ctx.dct is None:
        return "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", mod
    dct, k = ctx.dct, int(round(n)) * sign
    if unit in ("second", "minute", "hour"):
        return "DATE", dct.isoformat(), mod
    if unit in ("day", "night"):
        return "DATE", (dct + timedelta(days=k)).isoformat(), mod
    if unit in ("week", "fortnight"):
        return "DATE", week(dct + timedelta(weeks=k * (2 if unit == "fortnight" else 1))), mod
    if unit == "month":
        y, m = _shift_month(dct.year, dct.month, k)
        return "DATE", f"{y}-{m:02d}", mod
    if unit == "quarter":
        y, q = _last_quarter(dct, k + 1)
        return "DATE", f"{y}-Q{q}", mod
    if unit == "year":
        if abs(k) == 1 and _results_comparison(ctx, start, end):
            y, q = _last_quarter(dct)
            return "DATE", f"{y + k}-Q{q}", mod
        return "DATE", str(dct.year + k), mod
    if unit == "decade":
        return "DATE", str(dct.year + 10 * k), mod
    if unit == "centur":
        return "DATE", str(dct.year + 100 * k), mod
    return None


def _results_comparison(ctx: Context, start: int, end: int) -> bool:
    """A figure compared with "a year earlier" in a quarterly results story means the year-ago quarter."""
    return bool(re.search(r"\bquarter", ctx.text, re.I)) and bool(
        re.search(r"[$%\u20ac\u00a3]|\b(?:cents?|million|billion|percent)\b", _sentence(ctx.text, start, end)))


def r_yearago(text: str, ctx: Context, start: int, end: int) -> Result:
    if ctx.dct is None:
        return "DATE", "PAST_REF", None
    if _results_comparison(ctx, start, end):
        y, q = _last_quarter(ctx.dct)
        return "DATE", f"{y - 1}-Q{q}", None
    return "DATE", str(ctx.dct.year - 1), None


def _sentence(text: str, start: int, end: int) -> str:
    left, right = _bounds(text, start, end, 300, _SENTENCE_END)
    return text[left + 1:right]


def r_anchored(text: str, ctx: Context, start: int, end: int) -> Result:
    base = ctx.anchor or ctx.dct
    if base is None:
        return None
    low = text.lower()
    if re.fullmatch(r"the\s+(?:fiscal\s+|full\s+|calendar\s+)?year", low) and re.match(r"\s+(?:ended|ending|to\s+date)\b", ctx.text[end:end + 12], re.I):
        return "DURATION", "P1Y", None  # "for the year ended Sept. 30": a fiscal year's length
    k = 1 if re.search(r"next|following|after", low) else -1 if re.search(r"previous|preceding|before", low) else 0
    if low == "the day" and not (ctx.day and ctx.day[0] >= start - 3):
        # "the day after his death": a day from the last date named; "Oct. 12, the day before the crash" is Oct. 12
        k = 1 if re.match(r"\s+after", ctx.text[end:end + 7], re.I) else -1
    unit = _UNIT_RE.search(low)
    u = unit.group(1) if unit else "day"
    part = _part(low.replace("night", "") if u == "night" else low)
    if u in ("day", "night") or part:
        d = (base + timedelta(days=k)).isoformat()
        return ("TIME", f"{d}T{part}", None) if part else ("DATE", d, None)
    if u == "week":
        return "DATE", week(base + timedelta(weeks=k)), None
    if u == "month":
        if ctx.month is not None and (ctx.day is None or ctx.month[0] > ctx.day[0]):
            base = date(ctx.month[1], ctx.month[2], 1)  # "In March, ... The following month": April
        y, m = _shift_month(base.year, base.month, k)
        return "DATE", f"{y}-{m:02d}", None
    if re.search(r"fiscal|full|calendar", low) and ctx.dct is not None:
        return "DATE", str(ctx.dct.year), None  # "the full year" of a results story: the DCT's
    return "DATE", str((ctx.anchor_year or base.year) + k), None


_HOLIDAYS = {"new year's day": (1, 1), "new years day": (1, 1), "new years' day": (1, 1), "new year's eve": (12, 31),
             "new years eve": (12, 31), "new years' eve": (12, 31), "christmas day": (12, 25), "christmas": (12, 25),
             "christmas eve": (12, 24), "boxing day": (12, 26), "halloween": (10, 31), "valentine's day": (2, 14),
             "independence day": (7, 4), "bastille day": (7, 14), "may day": (5, 1)}


def _nth_weekday(year: int, month: int, wd: int, n: int) -> date:
    """The ``n``-th ISO weekday ``wd`` of a month: Thanksgiving is the 4th Thursday of November."""
    first = date(year, month, 1)
    return first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))


# Holidays that move: a function of the year.
_MOVING = {
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 4, 4),
    "election day": lambda y: _nth_weekday(y, 11, 1, 1) + timedelta(days=1),  # US: the Tuesday after the first Monday
}


def r_holiday(text: str, ctx: Context, start: int, end: int) -> Result:
    low = re.sub(r"\s+", " ", text.lower())
    rel = re.match(r"(last|next|this) ", low)
    name = re.sub(r",? \d{4}$", "", low[rel.end():] if rel else low)
    if name in ("labor day", "labour day"):
        return None  # differs by country
    year = _year_of(text, ctx)
    on = _MOVING.get(name) or (lambda y, md=_HOLIDAYS[name]: date(y, *md))
    if year is None and ctx.dct is not None:
        # "last Thanksgiving", "on Christmas Eve" in a past-tense sentence: the latest one on or before the DCT
        how = {"last": "past", "next": "future"}.get(rel.group(1)) if rel else None
        how = how or ctx.tense(start, end) or "near"
        days = [on(y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
        if how == "past":
            d = [x for x in days if x <= ctx.dct][-1]
        elif how == "future":
            d = [x for x in days if x >= ctx.dct][0]
        else:
            d = min(days, key=lambda x: (abs((x - ctx.dct).days), x > ctx.dct))
        return "DATE", d.isoformat(), None
    if year is None:
        d = on(2001)
        return "DATE", ("XXXX-11" if name in _MOVING else f"XXXX-{d.month:02d}-{d.day:02d}"), None
    return "DATE", on(year).isoformat(), None


def r_relday(text: str, ctx: Context, start: int, end: int) -> Result:
    low = text.lower()
    k = 0
    if "day before yesterday" in low:
        k = -2
    elif "day after tomorrow" in low:
        k = 2
    elif "yesterday" in low:
        k = -1
    elif "tomorrow" in low:
        k = 1
    part = "NI" if "tonight" in low else _part(low)
    if ctx.dct is None:
        return "DATE", "PRESENT_REF" if k == 0 else ("PAST_REF" if k < 0 else "FUTURE_REF"), None
    d = (ctx.dct + timedelta(days=k)).isoformat()
    if part:
        return "TIME", f"{d}T{part}", _mod(text)
    return "DATE", d, _mod(text)


def _weekend(ctx: Context, start: int, end: int, how: str | None) -> str:
    dct = ctx.dct
    if how is None:
        how = "future" if ctx.tense(start, end) == "future" else "past"
    wd = dct.isoweekday()
    if how == "past":
        ref = dct if wd >= 6 else dct - timedelta(days=7)
    elif how == "next":
        ref = dct + timedelta(days=7)
    else:
        ref = dct
    return f"{week(ref)}-WE"


def r_dayparts(text: str, ctx: Context, start: int, end: int) -> Result:
    low = text.lower()
    if ctx.dct is None:
        return "TIME", "PRESENT_REF", None
    if "weekend" in low:
        how = "past" if "past" in low else None
        return "DATE", _weekend(ctx, start, end, how), None
    if "last night" in low:
        return "TIME", f"{(ctx.dct - timedelta(days=1)).isoformat()}TNI", _mod(text)
    return "TIME", f"{ctx.dct.isoformat()}T{_part(low)}", _mod(text)


def r_relative(text: str, ctx: Context, start: int, end: int) -> Result:
    low = text.lower()
    dct = ctx.dct
    mod = _mod(text)
    rel = re.search(r"\b(last|next|this coming|this past|this|coming|past|current|previous|following|same|latest|present|upcoming|prior)\b", low)
    r = rel.group(1) if rel else "this"
    k = {"last": -1, "past": -1, "previous": -1, "prior": -1, "latest": -1, "this past": -1,
         "next": 1, "coming": 1, "upcoming": 1, "following": 1, "this coming": 1}.get(r, 0)
    if dct is None:
        return "DATE", {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[k], mod
    wm = _WEEKDAY_RE.search(text)
    if wm:
        how = {-1: "last", 1: "next"}.get(k)
        wd = WEEKDAYS[wm.group(1).lower()]
        if _MONTH_RE.search(text, wm.end()):  # the date in apposition says which one
            return r_date(text[wm.end():].lstrip(", "), ctx, start, end)
        if r in ("previous", "prior", "following") and ctx.day is not None:
            # "down 4.5% from the previous Friday": the one before the day the story is about, not before the DCT
            base = ctx.day[1]
            ahead, back = (wd - base.isoweekday()) % 7 or 7, (base.isoweekday() - wd) % 7 or 7
            d = base + timedelta(days=ahead) if k > 0 else base - timedelta(days=back)
        else:
            d = _weekday_date(ctx, wd, start, end, how)
        part = _part(text[wm.end():])
        return ("TIME", f"{d.isoformat()}T{part}", mod) if part else ("DATE", d.isoformat(), mod)
    mm = _MONTH_RE.search(text)
    if mm and not re.search(r"\bmonth\b", low):
        month = MONTHS[mm.group(1).lower()]
        if k < 0:
            year = dct.year if month < dct.month else dct.year - 1
        elif k > 0:
            year = dct.year if month > dct.month else dct.year + 1
        else:
            year = dct.year
        return "DATE", f"{year}-{month:02d}", mod
    sm = re.search(r"\b(spring|summer|fall|autumn|winter)\b", low)
    if sm:
        code = SEASONS[sm.group(1)]
        s_month = SEASON_START[code]
        if k < 0:
            year = dct.year if dct.month >= s_month + 3 else dct.year - 1
        elif k > 0:
            year = dct.year if dct.month < s_month else dct.year + 1
        else:
            year = dct.year
        return "DATE", f"{year}-{code}", mod
    if "weekend" in low:
        return "DATE", _weekend(ctx, start, end, {-1: "past", 1: "next"}.get(k, "this")), mod
    if re.search(r"year[- ]end|year's end", low):  # "since year-end": the last one; "by year-end": this one
        past = ctx.tense(start, end) == "past" or low.startswith("since")
        return "DATE", str(dct.year - 1 if past else dct.year), "END"
    um = re.search(r"\b(week|month|year|quarter|decade|century|semester)\b", low)
    if not um:
        return None
    u = um.group(1)
    base = dct
    if r in ("same", "following") and ctx.anchor is not None:
        base = ctx.anchor
    if r in ("same", "following") and u == "year" and ctx.anchor_year is not None:
        return "DATE", str(ctx.anchor_year + k), mod
    if u == "week":
        return "DATE", week(base + timedelta(weeks=k)), mod
    if u == "month":
        y, m = _shift_month(base.year, base.month, k)
        return "DATE", f"{y}-{m:02d}", mod
    if u == "quarter":
        y, q = _last_quarter(base, k + 1)
        return "DATE", f"{y}-Q{q}", mod
    if u == "decade":
        return "DATE", str(base.year // 10 + k), mod
    if u == "century":
        return "DATE", f"{base.year // 100 + k:02d}", mod
    return "DATE", str(base.year + k), mod


def r_decade(text: str, ctx: Context, start: int, end: int) -> Result:
    low = text.lower()
    m = re.search(r"((?:1\d|20)\d)0'?s", low)
    if m:
        return "DATE", m.group(1), _mod(text)
    m = re.search(r"'(\d)0'?s", low)
    if m:
        century = "20" if ctx.dct and int(m.group(1)) * 10 <= ctx.dct.year % 100 and ctx.dct.year >= 2000 and int(m.group(1)) < 3 else "19"
        return "DATE", f"{century}{m.group(1)}", _mod(text)
    for w, n in DECADE_WORDS.items():
        if w in low:
            if not low.startswith(("the", "early", "mid", "late")) or low.startswith(("the first", "the second")):
                return None  # "in his sixties": an age
            return "DATE", f"19{n}", _mod(text)
    return None


def r_century(text: str, ctx: Context, start: int, end: int) -> Result:
    low = text.lower()
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)", low)
    n = int(m.group(1)) if m else None
    if n is None:
        for w, v in sorted(ORDINALS.items(), key=lambda kv: -len(kv[0])):
            if w in low and w not in ("last", "final"):
                n = v
                break
    if not n:
        return None
    return "DATE", f"{n - 1:02d}", _mod(text)


def r_season(text: str, ctx: Context, start: int, end: int) -> Result:
    low = text.lower()
    sm = re.search(r"(spring|summer|fall|autumn|winter)", low)
    code = SEASONS[sm.group(1)]
    year = _year_of(text[sm.end():], ctx)
    if year is None and re.search(r"\b(?:last|next|this|past|coming)\b", low):
        return r_relative(text, ctx, start, end)
    if year is None:
        if not low.startswith(("the", "early", "late", "mid")) or sm.group(1) in ("fall", "spring") and low.startswith("the"):
            return None  # "spring" and "the fall" are nouns more often than seasons
        year = _choose_year(ctx, SEASON_START[code], None, start, end)
        if year is None:
            return "DATE", f"XXXX-{code}", None
    return "DATE", f"{year}-{code}", _mod(text)


# Before a possessive weekday, words that make it a coming one: "ahead of Sunday's election".
_AHEAD = re.compile(r"\b(?:ahead\s+of|until|next|this|upcoming|coming)\s+$", re.I)


def r_weekday(text: str, ctx: Context, start: int, end: int) -> Result:
    wm = _WEEKDAY_RE.search(text)
    wd = WEEKDAYS[wm.group(1).lower()]
    part = _part(text[wm.end():])
    how = None
    if ctx.text.startswith("'s", end) and not re.search(r"'s\s+(?:scheduled|planned|expected)\b", ctx.text[end:end + 14]):
        # "Wednesday's ruling" names a done thing whatever the verb of the clause: the latest one,
        # unless the words before look ahead to it
        how = "future" if _AHEAD.search(ctx.text, max(0, start - 12), start) else "past"
    d = _weekday_date(ctx, wd, start, end, how)
    if d is None:
        return ("TIME" if part else "DATE"), f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""), None
    if part:
        return "TIME", f"{d.isoformat()}T{part}", _mod(text)
    return "DATE", d.isoformat(), _mod(text)


def r_weekdays(text: str, ctx: Context, start: int, end: int) -> Result:
    wm = _WEEKDAY_RE.search(text)
    part = _part(text[wm.end():])
    return "SET", f"XXXX-WXX-{WEEKDAYS[wm.group(1).lower()]}" + (f"T{part}" if part else ""), None


def r_year(text: str, ctx: Context, start: int, end: int) -> Result:
    year = _year_of(text, ctx)
    if year is None:
        return None
    return "DATE", str(year), _mod(text)


def r_month(text: str, ctx: Context, start: int, end: int) -> Result:
    mm = _MONTH_RE.search(text)
    month = MONTHS[mm.group(1).lower()]
    year = _choose_year(ctx, month, None, start, end)
    if year is None:
        return "DATE", f"XXXX-{month:02d}", _mod(text)
    ctx.month = (end, year, month)
    return "DATE", f"{year}-{month:02d}", _mod(text)


_SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
              "bimonthly": "P2M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
              "semiannually": "P6M", "biannually": "P6M"}


def r_set(text: str, ctx: Context, start: int, end: int) -> Result:
    low = text.lower()
    if re.match(r"per\s+(?:second|minute|hour)", low):
        return None  # a speed, not a schedule: "instructions per second"
    if low in _SET_WORDS:
        if re.search(r"(?:%|\bpercent|\baverage)\s*$", ctx.text[max(0, start - 12):start], re.I):
            return None  # a rate, not a recurrence: "sales will rise 8% annually", "average daily volume"
        return "SET", _SET_WORDS[low], None
    wm = _WEEKDAY_RE.search(text)
    if wm:
        return "SET", f"XXXX-WXX-{WEEKDAYS[wm.group(1).lower()]}", None
    mm = _MONTH_RE.search(text)
    if mm and not _UNIT_RE.search(low):
        return "SET", f"XXXX-{MONTHS[mm.group(1).lower()]:02d}", None
    sm = re.search(r"(spring|summer|fall|autumn|winter)", low)
    if sm:
        return "SET", f"XXXX-{SEASONS[sm.group(1)]}", None
    pm = _PART_RE.search(low)
    if pm and not _UNIT_RE.search(low.replace("night", "")):
        return "SET", f"TXX{PARTS_OF_DAY[pm.group(1)]}" if False else f"XXXX-XX-XXT{PARTS_OF_DAY[pm.group(1)]}", None
    um = _UNIT_RE.search(low)
    if not um:
        return None
    every = re.search(r"(?:every|each|per)\s+(?:other\s+)?(.+?)\s+" + um.group(0), low)
    n = number(every.group(1)) if every else None
    if "other" in low:
        n = 2
    return "SET", _duration_value(n or 1, um.group(1)), None


_REF = [(r"^(?:right\s+)?now$|currently|nowadays|present|these days", "PRESENT_REF"),
        (r"recent|lately|previously|formerly|past|last|earlier", "PAST_REF"),
        (r"future|soon|later|coming|next|following", "FUTURE_REF")]


_VAGUE = {"hours": "PTXH", "days": "PXD", "weeks": "PXW", "months": "PXM", "quarters": "PXM", "years": "PXY",
          "decades": "PXDE", "centuries": "PXCE"}


def r_ref(text: str, ctx: Context, start: int, end: int) -> Result:
    low = text.lower()
    if low.endswith(("term", "ahead")):
        return ("DATE", "FUTURE_REF", None) if low.endswith("term") else ("DURATION", _VAGUE[low.split()[-2]], None)
    if low.endswith("ago"):
        return "DATE", "PAST_REF", None
    if low.endswith("-long"):
        unit = low[:-5]
        return "DURATION", _VAGUE[unit] if unit in _VAGUE else _duration_value(1, unit), None
    if low in ("days", "weeks") and ctx.anchor is not None and re.match(r"\s+before\b", ctx.text[end:end + 8]) \
            and ctx.text[max(0, start - 4):start].lower() == "the ":
        # "in the weeks before the shooting": a stretch of the month of the last date the story named
        return "DATE", f"{ctx.anchor.year}-{ctx.anchor.month:02d}", None
    if low == "these days":
        return "DATE", "PRESENT_REF", None  # "nowadays", not a number of days
    plural = re.search(r"(hours|days|weeks|months|quarters|years|decades|centuries)(?:\s+(?:or|and)\s+[a-z]+)?$", low)
    if plural:  # "weeks or months": the first unit
        if re.match(r"(?:the\s+)?(?:coming|future|next)\s+quarters", low):
            return "DATE", "FUTURE_REF", None
        return "DURATION", _VAGUE[plural.group(1)], None
    if low == "soon" and (ctx.text[max(0, start - 3):start].lower() == "as " or ctx.text[end:end + 6].lower() == " after"):
        return None  # "as soon as", "soon after": a conjunction, not a time
    if low.endswith(("while", "some time")):
        return "DURATION", "PXX", None
    if low == "the time":  # "at the time": then, in the past unless the clause looks ahead
        return "DATE", "FUTURE_REF" if ctx.tense(start, end) == "future" else "PAST_REF", None
    if low.endswith("current"):
        return "DATE", "PAST_REF" if low.startswith("then") else "PRESENT_REF", None
    for pat, value in _REF:
        if re.search(pat, low):
            return "DATE", value, None
    return None


def r_time(text: str, ctx: Context, start: int, end: int) -> Result:
    low = text.lower()
    m = re.search(r"(\d{1,2})(?::(\d\d))?\s*(a\.?m\.?|p\.?m\.?|o'clock|in the (morning|afternoon|evening))?", low)
    if "noon" in low or "midday" in low:
        hh, mi = 12, 0
    elif "midnight" in low:
        hh, mi = 24, 0
    elif m:
        hh, mi = int(m.group(1)), int(m.group(2) or 0)
        ampm = m.group(3) or ""
        if (ampm.startswith("p") or m.group(4) in ("afternoon", "evening")) and hh < 12:
            hh += 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
        if hh > 24 or mi > 59:
            return None
    else:
        return None
    rest = text[m.end():] if m and "noon" not in low and "midnight" not in low and "midday" not in low else text
    day: str | None = None
    if _MONTH_RE.search(rest):
        r = r_date(_MONTH_RE.search(rest).group(0) + rest[_MONTH_RE.search(rest).end():], ctx, start, end)
        day = r[1][:10] if r else None
    elif _WEEKDAY_RE.search(rest):
        d = _weekday_date(ctx, WEEKDAYS[_WEEKDAY_RE.search(rest).group(1).lower()], start, end)
        day = d.isoformat() if d else None
    elif _DAY_AFTER_TIME.match(ctx.text, end):
        m2 = _DAY_AFTER_TIME.match(ctx.text, end)
        d = _weekday_date(ctx, WEEKDAYS[(m2.group(1) or m2.group(2)).lower()], start, end)
        day = d.isoformat() if d else None
    elif ctx.day is not None and ctx.dct is not None and ctx.tense(start, end) == "past" \
            and not _PARAGRAPH_BREAK.search(ctx.text, ctx.day[0], start):
        day = ctx.day[1].isoformat()  # "Police said the blast came Monday ... It went off at 10 p.m."
    elif ctx.dct is not None:
        k = -1 if "yesterday" in rest.lower() else 1 if "tomorrow" in rest.lower() else 0
        day = (ctx.dct + timedelta(days=k)).isoformat()
    return "TIME", f"{day or 'XXXX-XX-XX'}T{hh:02d}:{mi:02d}", _mod(text)


# A weekday just after a time, past a parenthesis: "at 10:35 a.m. (0735 GMT) Friday",
# "at 4 in the morning (4 a.m. EDT Thursday)".
_DAY_AFTER_TIME = re.compile(
    r"[ \t]*\((?:[^()\n]{0,30}?\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^()\n]{0,10}\)"
    r"|[^()\n]{0,30}\)[ \t]*,?[ \t]*(?:on[ \t]+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


RESOLVERS = {
    "time": r_time, "date": r_date, "numeric": r_numeric, "month_year": r_month_year,
    "quarter": r_quarter, "ago": r_ago, "duration": r_duration, "anchored": r_anchored,
    "yearago": r_yearago, "holiday": r_holiday, "relday": r_relday, "dayparts": r_dayparts, "relative": r_relative, "decade": r_decade,
    "century": r_century, "season": r_season, "weekday": r_weekday, "weekdays": r_weekdays,
    "year": r_year, "month": r_month, "set": r_set, "ref": r_ref,
}
