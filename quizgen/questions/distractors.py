"""Wrong options of the answer's own type: dates in the answer's style, roles, people.

From the article first (other dates, roles and people it names), then from what we ship
(shifted dates, ``data/questions/roles.txt``). An option that could also be right (the
same date at another granularity, another form of the same name, the person's other
role) is never offered.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Iterable, Sequence

from ..models import Person
from ..text.data import data_lines
from .language import STOPWORDS, head, norm, word_count

MONTHS = tuple(calendar.month_name)[1:]
_MONTH = "|".join(MONTHS)

# The written shapes of dates we can reproduce exactly, so options look alike.
_STYLES = (
    ("year", re.compile(r"^(\d{4})$")),
    ("decade", re.compile(r"^the (\d{3})0s$", re.I)),
    ("month_year", re.compile(rf"^({_MONTH}) (\d{{4}})$")),
    ("mdy", re.compile(rf"^({_MONTH}) (\d{{1,2}}), (\d{{4}})$")),
    ("dmy", re.compile(rf"^(\d{{1,2}}) ({_MONTH}) (\d{{4}})$")),
    ("md", re.compile(rf"^({_MONTH}) (\d{{1,2}})$")),
    ("dm", re.compile(rf"^(\d{{1,2}}) ({_MONTH})$")),
)
_GRANULARITY = {"year": 4, "decade": 3, "month_year": 7, "mdy": 10, "dmy": 10, "md": 10, "dm": 10}


@lru_cache(maxsize=8192)
def date_style(text: str, value: str) -> str | None:
    """The style of a written date whose value we can vary, or None ("Sunday", "last year")."""
    for name, pattern in _STYLES:
        if pattern.match(text.strip()) and len(value) == _GRANULARITY[name] and value[:3].isdigit():
            return name
    return None


def format_date(value: str, style: str) -> str:
    """A TIMEX3 value written in a style: ("2000-05", "month_year") -> "May 2000"."""
    if style == "year":
        return value
    if style == "decade":
        return f"the {value}0s"
    y, m = value[:4], int(value[5:7])
    month = MONTHS[m - 1]
    if style == "month_year":
        return f"{month} {y}"
    d = int(value[8:10])
    return {"mdy": f"{month} {d}, {y}", "dmy": f"{d} {month} {y}", "md": f"{month} {d}", "dm": f"{d} {month}"}[style]


def _shifted(value: str, style: str) -> list[str]:
    """Nearby values of the same granularity, nearest first."""
    if style == "decade":
        d = int(value)
        return [str(d + k) for k in (-1, 1, -2, 2, -3)]
    y = int(value[:4])
    if style == "year":
        return [str(y + k) for k in (-2, 1, -1, 2, -3, 3, -4)]
    m = int(value[5:7])
    if style == "month_year":
        out = [f"{y + k:04d}-{m:02d}" for k in (2, -1)]
        out += [f"{y:04d}-{mm:02d}" for mm in ((m + 6) % 12 + 1, (m + 2) % 12 + 1, (m + 8) % 12 + 1)]
        return out
    d = int(value[8:10])
    out = []
    for dd, mm in ((d + 3, m), (d - 2, m), (d + 7, m), (d - 5, m), (d, m % 12 + 1), (d, (m - 2) % 12 + 1)):
        if 1 <= dd <= calendar.monthrange(y, mm)[1]:
            out.append(f"{y:04d}-{mm:02d}-{dd:02d}")
    return out


def date_options(value: str, style: str, *, article_values: Iterable[str] = (),
                 not_after: str | None = None, k: int = 3) -> list[str]:
    """``k`` wrong dates written like the answer: the article's other dates of the same
    granularity first, then shifted ones; never after ``not_after`` (the article date)
    when the answer is not."""
    size = _GRANULARITY[style]
    limit = not_after[:size] if not_after and len(not_after) >= size and value <= not_after[:size] else None
    pool = [v for v in article_values if len(v) == size and v[:3].isdigit()]
    pool += _shifted(value, style)
    if style in {"md", "dm"}:
        pool = [v for v in pool if v[:4] == value[:4]]  # no year shown: keep the answer's year
    seen = {format_date(value, style)}
    out: list[str] = []
    for v in pool:
        if limit and v > limit:
            continue
        text = format_date(v, style)
        if text not in seen:
            seen.add(text)
            out.append(text)
        if len(out) == k:
            break
    return out


# --------------------------------------------------------------------------- roles


@lru_cache(maxsize=1)
def generic_roles() -> tuple[str, ...]:
    return tuple(line.strip() for line in data_lines("questions/roles.txt"))


@lru_cache(maxsize=32)
def _generic_near(words: int) -> tuple[str, ...]:
    """The generic roles, those closest to ``words`` words long first."""
    return tuple(sorted(generic_roles(), key=lambda r: (abs(word_count(r) - words), r)))


@lru_cache(maxsize=8192)
def clash(a: str, b: str) -> bool:
    """Two roles that could both be right: equal or one inside the other ("Prime Minister"
    and "UK Prime Minister")."""
    na, nb = norm(a), norm(b)
    return not na or not nb or na == nb or f" {na} " in f" {nb} " or f" {nb} " in f" {na} "


@lru_cache(maxsize=8192)
def _overlaps(a: str, b: str) -> bool:
    """One role's head word is a modifier of the other, so both may fit: "Pan-democrat
    veteran" and "Veteran politician" ("Swedish captain" and "English captain" do not)."""
    wa, wb = set(norm(a).split()), set(norm(b).split())
    return head(a) in wb - {head(b)} or head(b) in wa - {head(a)}


# Heads that name the same job for another gender or in other words.
_SAME_JOB = {"spokesman": "spokes", "spokeswoman": "spokes", "spokesperson": "spokes",
             "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "chair": "chair",
             "congressman": "congress", "congresswoman": "congress", "businessman": "business",
             "businesswoman": "business", "councilman": "council", "councilwoman": "council",
             "councillor": "council", "councilor": "council", "head": "chief", "chief": "chief"}


def _stem(word: str) -> str:
    return _SAME_JOB.get(word, word)[:6]


@lru_cache(maxsize=8192)
def near_synonym(a: str, b: str) -> bool:
    """Two roles that say the same job in other words, so both may be right:
    "Environment Canada spokesperson" / "Environment Canada spokeswoman" (same modifiers,
    heads of one job), "Pan-democrat veteran" / "Pan-democracy camp councillor" (a shared
    hyphenated modifier: the same camp or party)."""
    wa, wb = norm(a).split(), norm(b).split()
    if not wa or not wb:
        return False
    if _stem(wa[-1]) == _stem(wb[-1]) and {_stem(w) for w in wa[:-1]} == {_stem(w) for w in wb[:-1]}:
        return True
    hyphenated = {_stem(w) for w in wa[:-1] if "-" in w.strip("-")} & {_stem(w) for w in wb[:-1] if "-" in w.strip("-")}
    return bool(hyphenated)


# Heads of roles a person holds beside an office, so as a wrong option they may be right
# too: a Vice-President who runs for President is also a "candidate", maybe an
# "opposition leader"; a minister is a "politician" and a "party member"; a senior
# researcher may well be a "professor".
_SIDE_ROLES = frozenset("leader candidate politician activist campaigner critic member veteran figure lawmaker "
                        "supporter opponent professor researcher scientist academic expert".split())


@lru_cache(maxsize=8192)
def _pieces(role: str) -> tuple[str, ...]:
    """A role's words, hyphenated ones split: "Vice-President" -> ("vice", "president")."""
    return tuple(norm(role).replace("-", " ").split())


def may_also_fit(role: str, true_roles: Sequence[str]) -> bool:
    """A wrong role that may be right too, or reads as a form of a true one: the same
    words one inside the other ("President" and "Vice-President", "Prime Minister" and
    "UK Prime Minister"), a modifier shared under another head ("Opposition leader" for
    the "opposition candidate"), or a side role any politician may hold ("party leader")."""
    mine = _pieces(role)
    if not mine or mine[-1] in _SIDE_ROLES:
        return True
    for t in true_roles:
        theirs = _pieces(t)
        if not theirs:
            continue
        if set(mine) <= set(theirs) or set(theirs) <= set(mine):
            return True
        if mine[-1] != theirs[-1] and set(mine[:-1]) & set(theirs[:-1]) - STOPWORDS:
            return True
    return False


def role_options(answer: str, true_roles: Sequence[str], article_roles: Sequence[str], k: int = 3) -> list[str]:
    """``k`` wrong roles: other people's roles in the article, then generic ones closest in
    length to the answer (so the answer is not always the longest); none that may also fit
    the person (``may_also_fit``)."""
    out: list[str] = []
    taken = [answer, *true_roles]
    for role in [*article_roles, *_generic_near(word_count(answer))]:
        if any(clash(role, t) or near_synonym(role, t) for t in taken) or _overlaps(role, answer) or \
                may_also_fit(role, taken):
            continue
        out.append(role)
        taken.append(role)
        if len(out) == k:
            break
    return out


# --------------------------------------------------------------------------- people


@dataclass(frozen=True)
class Names:
    """The article's people, for telling apart forms of one name from other people."""

    people: tuple[Person, ...]

    def find(self, name: str) -> Person | None:
        """The person a name refers to: full name, alias, or a unique surname match
        (remembered: every question type asks about the same few names)."""
        found = self._found
        if name not in found:
            low = name.lower().strip()
            hit = self._by_form.get(low)
            if hit is None and low:
                hits = self._by_surname.get(low.split()[-1], [])
                hit = hits[0] if len(hits) == 1 else None
            found[name] = hit
        return found[name]

    @cached_property
    def _found(self) -> dict[str, Person | None]:
        return {}

    @cached_property
    def _by_form(self) -> dict[str, Person]:
        """Lower-case name or alias -> the first person who has it."""
        out: dict[str, Person] = {}
        for p in self.people:
            out.setdefault(p.name.lower(), p)
            for a in p.aliases:
                out.setdefault(a.lower(), p)
        return out

    @cached_property
    def _by_surname(self) -> dict[str, list[Person]]:
        out: dict[str, list[Person]] = {}
        for p in self.people:
            out.setdefault(p.name.lower().split()[-1], []).append(p)
        return out

    def forms(self, person: Person) -> list[str]:
        return [person.name, *person.aliases]

    def all_forms(self) -> list[str]:
        return [f for p in self.people for f in self.forms(p)]

    def options(self, answer: Person, preferred: Iterable[str] = (), k: int = 3) -> list[str]:
        """``k`` other people named in the article, speakers (``preferred``) first; none who
        shares a word of the answer's name (a relative or another form of the same name)."""
        mine = {w.lower() for f in self.forms(answer) for w in f.split() if len(w) > 2}
        out: list[str] = []
        order = [self.find(n) for n in preferred] + list(self.people)
        for p in order:
            if p is None or p.name == answer.name or p.name in out or _single(p.name):
                continue
            if mine & {w.lower() for w in p.name.split()}:
                continue
            out.append(p.name)
            if len(out) == k:
                break
        return out


def _single(name: str) -> bool:
    """A one-word name ("Salmond") is a weak option next to full names."""
    return len(name.split()) < 2


# --------------------------------------------------------------------------- countries

# Countries whose name takes "the" ("in the Netherlands"): never an option, as "in _____"
# with "Philippines" among bare names would tell it apart.
_THE_COUNTRIES = frozenset({"Philippines", "Netherlands", "United States", "United Kingdom", "United Arab Emirates",
                            "Czech Republic", "Dominican Republic", "Ivory Coast", "Congo"})


@dataclass(frozen=True)
class Country:
    name: str  # the form options are written in: "United Kingdom"
    forms: tuple[str, ...]  # every form that names it: "United Kingdom", "UK", "Britain", …
    region: str  # "europe-west"; options come from the answer's region first

    @property
    def takes_the(self) -> bool:
        return self.name in _THE_COUNTRIES


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """``data/questions/countries.tsv`` as form -> country."""
    out: dict[str, Country] = {}
    for line in data_lines("questions/countries.tsv"):
        names, region = line.split("\t")
        forms = tuple(names.split("|"))
        c = Country(forms[0], forms, region.strip())
        for f in forms:
            out[f] = c
    return out


@lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern[str]:
    forms = sorted(countries(), key=len, reverse=True)
    # a form's first letter first: the look-behind, run at every position, costs more than the search
    first = "".join(sorted({re.escape(f[0]) for f in forms}))
    return re.compile(rf"(?=[{first}])(?<![\w.-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-]|\.\w)")


@lru_cache(maxsize=4096)
def countries_in(sentence: str) -> tuple[tuple[int, str], ...]:
    """The countries a sentence names, as (offset, form as written): "arrested in Pakistan
    in 2002" -> ((…, "Pakistan"),). Not a country inside a longer name: "Northern Ireland",
    "New Mexico", "Japan Airlines", "the Israel Defense Forces"."""
    out = []
    for m in _country_pattern().finditer(sentence):
        before, after = sentence[:m.start()].split()[-1:], sentence[m.end():].split()[:1]
        if before and before[0][:1].isupper() and before[0].lower() not in _FUNCTION_WORDS \
                and not before[0].endswith((",", ";", ":")):
            continue  # "Northern Ireland", "New Mexico"
        if after and after[0][:1].isupper():
            continue  # "Japan Airlines", "Kenya Airways"
        out.append((m.start(), m.group()))
    return tuple(out)


_FUNCTION_WORDS = frozenset("in on at from to for by and the of with into across throughout between "
                            "after before during but while as since both".split())


def country_options(answer: Country, avoid: Iterable[str] = (), k: int = 3) -> list[str]:
    """``k`` wrong countries for a "Which country …?" question: from the answer's region,
    then its continent, in a fixed order that depends on the answer (so the same options
    do not come back for every question); never one named in ``avoid`` (the article's own
    countries could be right) nor one that takes "the"."""
    table = countries()
    banned = {table[f].name for f in avoid if f in table} | {answer.name}
    return [n for n in _neighbours(answer) if n not in banned][:k]


@lru_cache(maxsize=256)
def _neighbours(answer: Country) -> tuple[str, ...]:
    """The countries of the answer's region, then of its continent, none taking "the", in
    an order that differs from answer to answer (a hash), so the same three do not come
    back for every question of a region."""
    pool = sorted({c.name: c for c in countries().values()}.values(),
                  key=lambda c: hashlib.md5(f"{answer.name}|{c.name}".encode()).hexdigest())
    continent = answer.region.split("-")[0]
    same = [c.name for c in pool if c.region == answer.region]
    near = [c.name for c in pool if c.region.split("-")[0] == continent and c.region != answer.region]
    return tuple(n for n in [*same, *near] if n not in _THE_COUNTRIES)
