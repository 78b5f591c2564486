"""Lenient grading of typed answers: right, almost (accepted with a typo) or wrong.

Forgiven: case, accents, punctuation, the articles "a", "an", "the", small typos in
words (but never a different number, nor a name closer to another person of the
question), dates written another way ("24 Nov 2021" = "November 24, 2021"), a surname
alone when no other person of the question shares it, and the question's ``accept``
variants. Multiple choice is answered by letter or by typing the option, true/false by
t/f, matching as pairs ("1b 2a 3c") and timelines as a sequence ("3 1 2").
"""

from __future__ import annotations

import difflib
import random
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from rapidfuzz.distance import OSA

from .errors import FormatError
from .models import Question

RIGHT, ALMOST, WRONG = "right", "almost", "wrong"
LETTERS = "abcdefghijklmnopqrstuvwxyz"


class UnreadableAnswer(ValueError):
    """The answer does not have the form the question asks for ("1b 2a" for matching)."""


@dataclass(frozen=True)
class Grade:
    """The verdict on one answer, with the answer to show and, for "almost", the typo."""

    verdict: str
    expected: str
    diff: str = ""
    note: str = ""

    @property
    def correct(self) -> bool:
        """Right or almost: both count for the score."""
        return self.verdict != WRONG


@dataclass(frozen=True)
class Layout:
    """How a question is shown: the order of its options, matching columns or timeline items.

    Letters and numbers typed by the user refer to this order, so it is fixed before asking.
    """

    question: Question
    options: tuple[str, ...] = ()
    lefts: tuple[str, ...] = ()
    rights: tuple[str, ...] = ()
    items: tuple[str, ...] = field(default=())


def layout(question: Question, rng: random.Random | None = None) -> Layout:
    """The shown order of a question's parts: shuffled by ``rng``, else the JSON's order.

    Without ``rng`` the matching right column and the timeline items are sorted
    alphabetically, because their JSON order is the answer itself.
    """
    def order(values: Iterable[str]) -> tuple[str, ...]:
        values = list(values)
        if rng is None:
            return tuple(values)
        rng.shuffle(values)
        return tuple(values)

    q = question
    if q.type in ("mcq", "who_said"):
        choices = list(q.choices)
        if q.answer_text not in choices:  # hand-written JSON may list only the distractors
            choices.append(q.answer_text)
        return Layout(q, options=order(choices))
    if q.type == "true_false":
        return Layout(q, options=("True", "False"))
    if q.type == "matching":
        if not isinstance(q.answer, tuple) or not all(isinstance(p, tuple) and len(p) == 2 for p in q.answer):
            raise FormatError(f"question {q.id}: a matching answer must be a list of [left, right] pairs")
        pairs = list(q.answer)
        lefts = order(p[0] for p in pairs)
        rights = order(p[1] for p in pairs) if rng else tuple(sorted(p[1] for p in pairs))
        return Layout(q, lefts=lefts, rights=rights)
    if q.type == "timeline":
        if not isinstance(q.answer, tuple) or len(q.answer) < 2 or len(set(q.answer)) != len(q.answer):
            raise FormatError(f"question {q.id}: a timeline answer must be a list of different events")
        items = order(q.answer) if rng else tuple(sorted(q.answer))
        return Layout(q, items=items)
    return Layout(q)


# --------------------------------------------------------------------------- text


_ARTICLES = frozenset({"a", "an", "the"})


def normalise(text: str) -> str:
    """Lower case without accents, punctuation or articles, single spaces: "The Élysée!" -> "elysee"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    # Apostrophes join ("al-Megrahi's" -> "al megrahis"); other punctuation separates words.
    text = re.sub(r"['’‘`]", "", text)
    text = re.sub(r"\b(\w)\.", r"\1", text)  # initialisms: "U.N." -> "un"
    words = re.sub(r"[^\w]+", " ", text).replace("_", " ").split()
    return " ".join(w for w in words if w not in _ARTICLES)


def _allowed_edits(word: str) -> int:
    """Typos forgiven in one word: none in numbers or words of up to 4 letters ("John" / "Jon"
    are two names), one up to 8 letters, else two."""
    if any(c.isdigit() for c in word) or len(word) <= 4:
        return 0
    return 1 if len(word) <= 8 else 2


def typo_distance(given: str, expected: str) -> int | None:
    """Edits between two normalised answers if each word is within its typo allowance, else None.

    Words are compared one to one and must start with the same letter, since a typo rarely
    hits the first letter while different names often differ there ("Jim" / "Tim").
    """
    g, e = given.split(), expected.split()
    if len(g) != len(e):
        # A missing or extra space ("newyork") is one typo when the letters agree.
        if given.replace(" ", "") == expected.replace(" ", ""):
            return 1
        return None
    total = 0
    for gw, ew in zip(g, e):
        if gw == ew:
            continue
        d = OSA.distance(gw, ew)
        if gw[0] != ew[0] or d > _allowed_edits(ew):
            return None
        total += d
    return total


def show_diff(given: str, expected: str) -> str:
    """The expected text with the typed differences marked: "Alex Salm[no→on]d", "Camer[-r]on"."""
    out: list[str] = []
    typed, meant = "", ""

    def flush() -> None:
        if typed and meant:
            out.append(f"[{typed}→{meant}]")
        elif typed:
            out.append(f"[-{typed}]")
        elif meant:
            out.append(f"[+{meant}]")

    ops = difflib.SequenceMatcher(None, given, expected, autojunk=False).get_opcodes()
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        # One letter kept between two edits belongs to the change: "Salmnod" -> "Salm[no→on]d".
        inside = 0 < k < len(ops) - 1 and i2 - i1 == 1
        if op == "equal" and not inside:
            flush()
            typed, meant = "", ""
            out.append(expected[j1:j2])
        else:  # adjacent edits merge, so a swap shows as one change
            typed += given[i1:i2]
            meant += expected[j1:j2]
    flush()
    return "".join(out)


# --------------------------------------------------------------------------- dates


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")


def _month(word: str) -> int | None:
    # A month written out or abbreviated, forgiving typos after its third letter ("Novmber").
    if len(word) >= 3 and word[:3] in _MONTHS and word.isalpha():
        return _MONTHS.index(word[:3]) + 1
    return None


def parse_date(text: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of a written date, None when it is not one; month and day may be missing.

    Reads "2021", "2021-11", "2021-11-24", "November 2021", "24 Nov 2021", "November 24, 2021"
    and "24/11/2021" (day first, the news-English default outside the US).
    """
    text = text.strip().casefold()
    m = _ISO.match(text)
    if m:
        y, mo, d = (int(g) if g else None for g in m.groups())
        return _valid(y, mo, d)
    m = re.match(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$", text)
    if m:
        return _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    words = re.sub(r"[,.]", " ", text).replace(" of ", " ").split()
    year = month = day = None
    for w in words:
        if (mo := _month(w)) is not None and month is None:
            month = mo
        elif re.fullmatch(r"\d{4}", w) and year is None:
            year = int(w)
        elif (o := _ORDINAL.match(w)) and day is None:
            day = int(o.group(1))
        else:
            return None
    if year is None or (day is not None and month is None):
        return None
    return _valid(year, month, day)


def _valid(y: int, mo: int | None, d: int | None) -> tuple[int, int | None, int | None] | None:
    import datetime as dt

    try:
        dt.date(y, mo or 1, d or 1)
    except ValueError:
        return None
    return (y, mo, d)


def _same_date(given: tuple, expected: tuple) -> bool:
    # Every part the expected date states must be given and equal; a more precise answer
    # ("12 May 2000" for "May 2000") is not contradicted by the article, so it counts.
    return all(e is None or g == e for g, e in zip(given, expected))


# --------------------------------------------------------------------------- names


_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:(?:al|el|de|van|von|bin|da)[- ])?[A-Z][\w'’-]+)+")


def question_names(question: Question) -> list[str]:
    """The people a question mentions: its choices, matching lefts and capitalised runs of its sources."""
    names: list[str] = list(question.choices)
    if question.type == "matching":
        names += [p[0] for p in question.answer]
    for s in (question.source.sentence, *question.source.sentences):
        names += _NAME.findall(s)
    return names


def _surname(name: str) -> str:
    words = normalise(name).split()
    return words[-1] if words else ""


# --------------------------------------------------------------------------- grading


def grade_text(answer: str, expected: str, *, accept: Sequence[str] = (), others: Sequence[str] = (),
               names: Sequence[str] = ()) -> Grade:
    """Grade a typed answer against the expected text and its accepted variants.

    Args:
        answer: What the user typed.
        expected: The answer to show.
        accept: Other forms that count as right.
        others: Wrong answers the question offers (distractors): an answer nearer to one of
            these than to the expected one is wrong, however small the typo.
        names: People the question mentions, to tell whether a surname alone is unambiguous.
    """
    given = normalise(answer)
    if not given:
        return Grade(WRONG, expected, note="no answer")
    targets = [expected, *accept]
    norm = [normalise(t) for t in targets]
    if given in norm:
        return Grade(RIGHT, expected)
    gd = parse_date(answer)
    for t in targets:
        td = parse_date(t)
        if gd and td:
            if _same_date(gd, td):
                return Grade(RIGHT, expected)
    if any(parse_date(t) for t in targets) and gd:
        return Grade(WRONG, expected)
    # A surname alone ("Salmond" for "Alex Salmond") when no other person shares it.
    if len(given.split()) == 1 and len(normalise(expected).split()) > 1:
        sur = _surname(expected)
        if given == sur or typo_distance(given, sur) is not None:
            full = normalise(expected)
            # "Current UK Prime Minister David Cameron" is the same person as "David Cameron".
            namesakes = {m for n in names if _surname(n) == sur
                         if not ((m := normalise(n)).endswith(full) or full.endswith(m))}
            if namesakes:
                return Grade(WRONG, expected, note=f"more than one person here is called {answer.strip()}")
            if given == sur:
                return Grade(RIGHT, expected)
            return Grade(ALMOST, expected, diff=show_diff(answer.strip(), expected.split()[-1]))
    best: tuple[int, str] | None = None
    for t, n in zip(targets, norm):
        d = typo_distance(given, n)
        if d is not None and (best is None or d < best[0]):
            best = (d, t)
    if best is None:
        return Grade(WRONG, expected)
    for o in others:
        d = typo_distance(given, normalise(o))
        if d is not None and d <= best[0] and normalise(o) not in norm:
            return Grade(WRONG, expected)
    return Grade(ALMOST, expected, diff=show_diff(answer.strip(), best[1]))


def _choice(lay: Layout, answer: str) -> Grade:
    q = lay.question
    expected = q.answer_text
    a = answer.strip().casefold().rstrip(")")
    if len(a) == 1 and a in LETTERS[: len(lay.options)]:
        picked = lay.options[LETTERS.index(a)]
        return Grade(RIGHT if picked == expected else WRONG, expected)
    names = question_names(q)
    return grade_text(answer, expected, accept=q.accept, others=[*lay.options, *names], names=names)


def _true_false(lay: Layout, answer: str) -> Grade:
    a = normalise(answer)
    truth = {"t": True, "true": True, "f": False, "false": False, "y": True, "yes": True, "n": False, "no": False}
    if a not in truth:
        raise UnreadableAnswer("answer t (true) or f (false)")
    expected = lay.question.answer_text
    return Grade(RIGHT if truth[a] == (normalise(expected) in ("true", "t")) else WRONG, expected)


def _matching(lay: Layout, answer: str) -> Grade:
    n = len(lay.lefts)
    text = answer.strip().casefold()
    pairs = re.findall(r"(\d+)\s*[-=:.)]?\s*([a-z])\b", text)
    if not pairs and re.fullmatch(r"[a-z](?:[\s,]*[a-z])*", text):
        pairs = [(str(i), c) for i, c in enumerate(re.findall(r"[a-z]", text), 1)]  # "bac" = 1b 2a 3c
    given = {}
    for num, letter in pairs:
        i, j = int(num) - 1, LETTERS.index(letter)
        if not (0 <= i < n and j < len(lay.rights)):
            raise UnreadableAnswer(f"pair numbers 1-{n} with letters a-{LETTERS[len(lay.rights) - 1]}, like \"1b 2a\"")
        given[i] = j
    if not given:
        raise UnreadableAnswer(f"pair numbers with letters, like \"1b 2a\" ({n} pairs)")
    truth = dict(tuple(p) for p in lay.question.answer)
    right = sum(1 for i, left in enumerate(lay.lefts) if i in given and lay.rights[given[i]] == truth[left])
    return Grade(RIGHT if right == n else WRONG, expected(lay), note="" if right == n else f"{right} of {n} pairs right")


def _timeline(lay: Layout, answer: str) -> Grade:
    n = len(lay.items)
    text = answer.strip()
    nums = re.findall(r"\d+", text)
    if len(nums) == 1 and n < 10 and len(nums[0]) == n:
        nums = list(nums[0])  # "312" = "3 1 2"
    order = [int(x) - 1 for x in nums]
    if sorted(order) != list(range(n)):
        raise UnreadableAnswer(f"give each number 1-{n} once, earliest first, like \"{' '.join(map(str, range(n, 0, -1)))}\"")
    right = [lay.items[i] for i in order] == list(lay.question.answer)
    return Grade(RIGHT if right else WRONG, expected(lay))


def expected(lay: Layout) -> str:
    """The right answer as the user would type it, with the answer text for matching and
    timeline: "1b 2a (Cameron → Prime Minister; …)"."""
    q = lay.question
    if q.type == "matching":
        truth = dict(tuple(p) for p in q.answer)
        key = " ".join(f"{i}{LETTERS[lay.rights.index(truth[left])]}" for i, left in enumerate(lay.lefts, 1))
        return f"{key} ({q.answer_text})"
    if q.type == "timeline":
        key = " ".join(str(lay.items.index(item) + 1) for item in q.answer)
        return f"{key} ({q.answer_text})"
    return q.answer_text


def grade(lay: Layout, answer: str) -> Grade:
    """Grade an answer to a question shown as ``lay``.

    Raises:
        UnreadableAnswer: the answer cannot be read in the form the question type needs
            (true/false, matching pairs, a timeline sequence).
    """
    q = lay.question
    if q.type in ("mcq", "who_said"):
        return _choice(lay, answer)
    if q.type == "true_false":
        return _true_false(lay, answer)
    if q.type == "matching":
        return _matching(lay, answer)
    if q.type == "timeline":
        return _timeline(lay, answer)
    names = question_names(q)
    return grade_text(answer, q.answer_text, accept=q.accept, others=[*q.choices, *names], names=names)
