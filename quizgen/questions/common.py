"""What every question type needs from one article's facts: names, sources, stable ids.

``Context`` is built once per article by ``bank.py`` and handed to each type's
``candidates(ctx)`` generator.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any, Iterator, Sequence, TypeVar

from ..models import Event, Facts, Person, Question, Role, Source, Timex, stable_id
from .distractors import MONTHS, Names, date_style
from .language import (
    date_mentions, has_words, names_in, occurrences, opening, past_forms, norm, role_text, strip_lead, unresolved, word_count,
)

T = TypeVar("T")

MAX_PROMPT_WORDS = 55  # the quality bar says under 60; leave room for "True or false:"

# Photo credits, bylines and boilerplate are not worth a question ("Image: Reuters.").
_BOILERPLATE = re.compile(
    r"^(?:image|photo|file photo|picture|credit|source|related news|sources?|see also)\b|"
    r"\b(?:wikinews|creative commons|all rights reserved|this article)\b",
    re.IGNORECASE,
)


# Photo captions: a position in the picture (", right,", "(L)") or an agency credit;
# "Trade Minister Ana Ruiz, right, shakes hands with …" only repeats the body.
_CAPTION = re.compile(
    r",\s*(?:left|right|center|centre|second (?:from )?(?:left|right)|top|bottom|foreground|background)\s*[,.]|"
    r"\((?:left|right|center|centre|L|R|C|pictured|file)\)|\b(?:AP|AFP|Reuters|Getty|EPA) (?:Photo|Images)\b|"
    r"\bphoto(?:graph)?(?:ed)? by\b|\(Photo\b|"
    # AP style: "… in Oslo, Norway, Wednesday, Nov. 24, 2021."
    r",\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\.?$",
    re.IGNORECASE,
)


# Words without which a sentence holds no date a question can use ("2005", "May",
# "Sunday", "yesterday"), as plain substrings (a regex alternation costs more than the
# tagger saves): the tagger's other finds ("last year", "recently") are not used.
_DATE_WORDS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "day", "tonight")
_FOUR_DIGITS = re.compile(r"\d{4}")


def _may_hold_date(sentence: str, near_days: bool = True) -> bool:
    """The sentence has a word without which the tagger finds no date a question can use;
    without ``near_days``, a calendar date only (a year or a month: what ``date_style``
    can vary), not "Sunday" or "yesterday"."""
    if not near_days:  # a calendar date as ``date_style`` knows it: "May" capitalised, not "may"
        return any(m in sentence for m in MONTHS) or bool(_FOUR_DIGITS.search(sentence))
    low = sentence.lower()
    return any(w in low for w in _DATE_WORDS) or bool(_FOUR_DIGITS.search(sentence))


# A date says when only after these (or opening the sentence): "in 2005", "on 24 November";
# not "Windows 2000", "the 2008 Olympics".
DATE_BEFORE = re.compile(r"(?:^|\b(?:in|on|since|by|during|until|from|of|between|and|before|after|early|late|"
                          r"mid|around|in early|in late)\s+)$", re.IGNORECASE)
# A capitalised single word then a lower-case word, maybe after an opening phrase: "Paris
# left", "Akerson will", "According to ABC News, Basya also believes", "Bianchi, the 2007 …".
_SURNAME_OPENING = re.compile(r"((?:According to|In|On|At|After|During) [^,]{2,50}, )?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
                              r"(?= [a-z]|, (?:the|a|an) )")
# "He said …", "She was …": a subject pronoun opening a sentence.
_PRONOUN_SUBJECT = re.compile(r"(He|She) (?=[a-z])")
# Someone the article does not name, whom a "he"/"she" could stand for: "A 45-year-old man was arrested."
_UNNAMED_PERSON = re.compile(r"\b(?:man|woman|boy|girl|father|mother|son|daughter|husband|wife|brother|sister|"
                             r"suspect|victim|driver|pilot|officer|spokesman|spokeswoman|spokesperson|gunman|"
                             r"teenager|student|child|patient|resident|witness|lawyer|someone|somebody)\b", re.IGNORECASE)
# An opening phrase before the subject: "In a televised speech from the White House, …"
_OPENING_PHRASE = re.compile(r"[^,]{3,120}?,[\"”]? (?=[A-Z])")
# What follows a subject's name: a verb ("Obama presented") or an apposition ("Thomas Sam, a …").
_THEN_PREDICATE = re.compile(r"\s+(?=[a-z])|,\s")


@dataclass
class Context:
    """One article's facts with the lookups the question types share."""

    facts: Facts
    seed: int = 0
    names: Names = field(init=False)
    # marks of the facts already asked, kept by ``bank.py`` while it picks questions, so a
    # type asked late (matching) leaves out what another type already asked
    asked: set[str] = field(default_factory=set)
    _dates: dict[str, list[Timex]] = field(default_factory=dict, repr=False)
    _standalone: dict[str, str | None] = field(default_factory=dict, repr=False)
    # what more than one type computes from the facts, by name ("sayings"), once per article
    shared: dict[str, Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.names = Names(tuple(self.facts.people))

    # ----------------------------------------------------------------- lookups

    @cached_property
    def name_forms(self) -> tuple[str, ...]:
        """Every name and alias, plus the people named in roles and claims."""
        forms = self.names.all_forms()
        forms += [r.person for r in self.facts.roles] + [c.speaker for c in self.facts.claims]
        return tuple(sorted({f for f in forms if f and f[:1].isupper()}, key=lambda f: (-len(f), f)))

    @cached_property
    def person_forms(self) -> frozenset[str]:
        """Every name and alias of the article's people (not organisations)."""
        return frozenset(self.names.all_forms())

    @cached_property
    def roles(self) -> list[tuple[Role, str]]:
        """Usable roles with their display text, one per (person, role), article order."""
        out, seen = [], set()
        for r in [*self.facts.roles, *self._apposed_roles()]:
            text = role_text(r.role, r.person)
            if not text or not r.person[:1].isupper() or len(r.person.split()) < 2:
                continue
            if has_words(r.sentence, "to " + r.role):
                continue  # a verb, not a role: "crowded … to witness city mayor Hau Lung-bin"
            if re.search(r"&\s+" + re.escape(r.role) + r",?\s+" + re.escape(r.person), r.sentence):
                continue  # a name cut in two: "Gamble spokeswoman" of "Procter & Gamble spokeswoman"
            k = (r.person, norm(text))
            if k not in seen and self.usable(r.sentence):
                seen.add(k)
                out.append((r, text))
        return out

    def _apposed_roles(self) -> Iterator[Role]:
        """Roles set off by commas next to a name that the facts missed: "Bertie Ahern, the
        Prime Minister of Ireland visited …", "… the Crown prosecutor, Mark Tedeschi, QC,
        …" (``role_text`` then keeps only what names a role)."""
        known = {(r.person, r.sentence) for r in self.facts.roles if role_text(r.role, r.person)}
        people = [p.name for p in self.facts.people if len(p.name.split()) >= 2]
        for sentence in self.facts.sentences:
            if ", " not in sentence:
                continue
            for name in people:
                if name not in sentence or (name, sentence) in known or not has_words(sentence, name):
                    continue
                for role in _apposed(sentence, name):
                    yield Role(name, role, sentence)
                    break

    def longest_forms(self, person: Person) -> list[str]:
        """The forms of a person's name, longest first (a text is searched for the full
        name before the surname), sorted once per article."""
        key = "longest|" + person.name
        if key not in self.shared:
            self.shared[key] = sorted(self.names.forms(person), key=len, reverse=True)
        return self.shared[key]

    def roles_of(self, person: str) -> list[str]:
        p = self.names.find(person)
        same = {person, *(self.names.forms(p) if p else ())}
        return [t for r, t in self.roles if r.person in same]

    @cached_property
    def dated_events(self) -> list[tuple[Event, str]]:
        """Events whose date is written in a style we can vary ("May 2000", not "Sunday")."""
        out = []
        for e in self.facts.events:
            style = date_style(e.date_text, e.date)
            i = e.sentence.find(e.date_text)
            if style and len(date_mentions(e.sentence)) == 1 and self.usable(e.sentence) and i >= 0 \
                    and DATE_BEFORE.search(e.sentence[:i]):  # not "as it happened with P/2013 R3"
                # one date only: "a facelift in 2002 and another in 2005" would have two answers
                out.append((e, style))
        return out

    @cached_property
    def event_values(self) -> list[str]:
        return sorted({e.date for e in self.facts.events})

    @cached_property
    def body(self) -> list[tuple[str, str, str | None]]:
        """The body sentences as (sentence, text to show, person the text names in place of
        an opening "He"/"She"): "Rathbun requested donations … . He said …" -> "Mark
        Rathbun said …". See ``_resolve`` for when a pronoun is resolved."""
        return [(s, text, who) for s, text, who, _ in self._resolved]

    @cached_property
    def _resolved(self) -> list[tuple[str, str, str | None, int]]:
        """``body`` plus, for each sentence, the index of the sentence that names the
        person its pronoun stands for (its own index when none)."""
        out: list[tuple[str, str, str | None, int]] = []
        subject: Person | None = None  # the previous sentence's subject
        sents = self.facts.sentences
        for i, s in enumerate(sents):
            text, who, since = s, None, i
            m = _PRONOUN_SUBJECT.match(s)
            named_at = out[-1][3] if out and out[-1][2] else i - 1  # where the subject was named
            p = self._resolve(m.group(1), s, i, subject) if m and named_at >= i - 2 else None
            if m and p:
                who, text, since = p.name, p.name + s[m.end() - 1:], named_at
            elif m:
                sole = self._sole_person(m.group(1), i)
                if sole:
                    p, since = sole
                    who, text = p.name, p.name + s[m.end() - 1:]
            else:
                p = self._surname_opening(s)
                if p:
                    who, text = p.name, self.full_name_opening(s)
            out.append((s, text, who, since))
            # the subject matters only to a pronoun opening the next sentence
            follows = i + 1 < len(sents) and _PRONOUN_SUBJECT.match(sents[i + 1])
            subject = p if who else self._subject(s) if follows else None
        return out

    def resolved(self, sentence: str) -> tuple[str, str | None, tuple[str, ...]]:
        """For a sentence of the article: the text to show, the person an opening
        "He"/"She" stands for (or None) and the sentences a question on it cites."""
        i = self.index(sentence)
        if i is None:
            return sentence, None, ()
        _, text, who = self.body[i]
        return text, who, self.antecedent(i)

    def resolve_opening(self, text: str, sentence: str) -> str:
        """A rewriting of a body sentence with its opening "He"/"She" resolved as ``body``
        resolves whole sentences (the subject of the sentence before): "In 2013, he joined
        Marussia F1" without its date -> "Jules Bianchi joined Marussia F1"; unchanged when
        unsure."""
        m = _PRONOUN_SUBJECT.match(text)
        i = self.index(sentence)
        if not m or not i:
            return text
        who = self.body[i - 1][2]
        subject = self.names.find(who) if who else self._subject(self.facts.sentences[i - 1])
        p = self._resolve(m.group(1), sentence, i, subject)
        return p.name + text[m.end() - 1:] if p else text

    def _surname_opening(self, text: str) -> Person | None:
        """The person whose bare surname opens the text before a verb, when the text does
        not name them in full: "Paris left the ship after a confrontation …" is Valeska
        Paris; "Akerson will also relinquish …" is Dan Akerson."""
        m = _SURNAME_OPENING.match(text)
        if not m:
            return None
        p = self.names.find(m.group(2))
        if p is None or len(p.name.split()) < 2 or p.name.split()[-1] != m.group(2) or p.name in text:
            return None
        return p

    def full_name_opening(self, text: str) -> str:
        """The text with an opening bare surname written as the full name (see
        ``_surname_opening``): "According to ABC News, Basya also believes …" -> "According
        to ABC News, Fuad Basya also believes …"; unchanged otherwise."""
        p = self._surname_opening(text)
        if not p:
            return text
        m = _SURNAME_OPENING.match(text)
        return text[:m.start(2)] + p.name + text[m.end(2):]

    def index(self, sentence: str) -> int | None:
        """The position of a sentence among the body sentences, or None."""
        return self._index.get(sentence)

    @cached_property
    def _index(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for i, s in enumerate(self.facts.sentences):
            out.setdefault(s, i)
        return out

    def _resolve(self, pronoun: str, sentence: str, index: int, subject: Person | None) -> Person | None:
        """The person an opening "He"/"She" stands for, or None. Only the subject of the
        sentence before (named there, or itself a resolved pronoun), when that sentence
        names nobody else, the gender fits (or is unknown), this sentence does not name
        the person again ("He praised Obama" is not Obama), and the chain back to the
        name is at most two sentences long: "Thomas Sam, 42, and his wife Manju Sam … .
        She died …" names two people, so "She" stays unresolved."""
        if subject is None or index == 0 or len(subject.name.split()) < 2:
            return None
        if subject.gender not in {None, "male" if pronoun == "He" else "female"}:
            return None
        prev = self.facts.sentences[index - 1]
        if any(q is not subject and names_in(prev, self.names.forms(q)) for q in self.facts.people):
            return None
        return None if names_in(sentence, self.names.forms(subject)) else subject

    def _sole_person(self, pronoun: str, index: int) -> tuple[Person, int] | None:
        """(person, the last sentence naming them) when the article has named one person
        only before sentence ``index``, of the pronoun's gender, and neither this sentence
        nor the one before speaks of someone unnamed ("a man", "the driver"): in a speech
        report on Barack Obama alone, "He stated that …" six sentences on is still Obama."""
        sents = self.facts.sentences
        if _UNNAMED_PERSON.search(sents[index - 1] + " " + sents[index]) if index else True:
            return None
        if names_in(sents[index], self.name_forms):
            return None  # "He praised Obama": not Obama
        before = [(p, [j for j in js if j < index]) for p, js in self._mentions]
        before = [(p, js) for p, js in before if js]
        if len(before) != 1:
            return None
        found, js = before[0]
        if len(found.name.split()) < 2 or found.gender not in {None, "male" if pronoun == "He" else "female"}:
            return None
        return found, js[-1]

    @cached_property
    def _mentions(self) -> list[tuple[Person, list[int]]]:
        """Each person with the body sentences that name them (a substring test first: most
        sentences name nobody)."""
        out = []
        for p in self.facts.people:
            forms = self.names.forms(p)
            out.append((p, [j for j, s in enumerate(self.facts.sentences)
                            if any(f in s for f in forms) and names_in(s, forms)]))
        return out

    def _subject(self, sentence: str) -> Person | None:
        """The person a sentence opens on, after an opening phrase set off by a comma and
        a title: "Mr. Ahern also commented …", "In a televised speech from the White
        House, President Barack Obama presented …", "Thomas Sam, a practising homeopath,
        instead decided …"; None when it opens otherwise."""
        text = strip_lead(sentence)
        m = _OPENING_PHRASE.match(text)
        starts = [text, text[m.end():]] if m and not names_in(m.group(), self.name_forms) else [text]
        for t in starts:
            for p in self.facts.people:
                if any(opening(t, f, _THEN_PREDICATE) is not None for f in self.names.forms(p)):
                    return p
        return None

    def dates(self, sentence: str, near_days: bool = True) -> list[Timex]:
        """The DATE timexes of a sentence, tagged once per article (cloze and timeline ask).
        Questions use only calendar dates and near days, so a sentence without a year,
        month or day name is not tagged at all (most are not); a caller that uses calendar
        dates only (``near_days`` False) has no sentence tagged for a day name alone."""
        if sentence not in self._dates:
            if not near_days and not _may_hold_date(sentence, near_days=False):
                return []
            self._dates[sentence] = list(_date_timexes(sentence, self.facts.article.date)) \
                if _may_hold_date(sentence) else []
        return self._dates[sentence]

    def antecedent(self, index: int) -> tuple[str, ...]:
        """The sentences a question on body sentence ``index`` cites: none beyond its own,
        or when its "He"/"She" was resolved, those from the one that names the person to
        its own."""
        s, _, who, since = self._resolved[index]
        return tuple(self.facts.sentences[since:index + 1]) if who and since < index else ()

    # ----------------------------------------------------------------- checks

    def usable(self, sentence: str) -> bool:
        """A sentence worth asking about: not a photo caption, credit, byline or boilerplate."""
        return _usable(sentence)

    def standalone(self, text: str) -> str | None:
        """The text without an opening "However,", if it reads without the article and is
        short enough for a prompt."""
        if text not in self._standalone:
            shown = _standalone(text, self.name_forms, self.person_forms)
            self._standalone[text] = None if shown and self._shared_surname(shown) else shown
        return self._standalone[text]

    def _shared_surname(self, text: str) -> bool:
        """The text names someone by a surname two people of the article share: "Bianchi
        collided with a tractor crane" in a report on Jules and his great-uncle Lucien Bianchi."""
        for surname, full in self._shared_surnames.items():
            if surname in text:
                rest = text
                for name in full:
                    rest = rest.replace(name, " ")
                if has_words(rest, surname):
                    return True
        return False

    @cached_property
    def _shared_surnames(self) -> dict[str, list[str]]:
        """Surnames two people share, with their full names, unless the article uses the
        bare surname for one of them only (an alias: "Castro" for Fidel, not Raul)."""
        by: dict[str, list[str]] = {}
        for p in self.facts.people:
            if len(p.name.split()) > 1:
                by.setdefault(p.name.split()[-1], []).append(p.name)
        return {s: names for s, names in by.items() if len(names) > 1
                and sum(s in self.names.find(n).aliases for n in names if self.names.find(n)) != 1}

    def rng(self, *parts: str) -> random.Random:
        """A generator seeded by the seed, the article and the parts: stable per question."""
        return random.Random(f"{self.seed}|{self.facts.article.key}|" + "|".join(parts))

    # ----------------------------------------------------------------- building

    def source(self, sentence: str, sentences: Sequence[str] = ()) -> Source:
        a = self.facts.article
        return Source(sentence=sentence, article=a.title, date=a.date, url=a.url, sentences=tuple(sentences))

    def question(self, type: str, key: str, prompt: str, answer: Any, sentence: str, *,
                 sentences: Sequence[str] = (), choices: Sequence[str] = (), accept: Sequence[str] = (),
                 explanation: str = "", tags: Sequence[str] = (), difficulty: int = 2) -> Question:
        """A question with an id from the article and the fact key (never the wording)."""
        return Question(
            id=stable_id(self.facts.article.key, type, key),
            type=type,
            prompt=prompt,
            answer=answer,
            source=self.source(sentence, sentences),
            choices=tuple(choices),
            accept=tuple(dict.fromkeys(accept)),
            explanation=explanation,
            tags=tuple(tags),
            difficulty=difficulty,
            key=key,
        )


def _apposed(sentence: str, name: str) -> Iterator[str]:
    """Phrases set off by a comma after or before the name, as possible roles: "NAME, the
    Prime Minister of Ireland(,| visited)" or "the Crown prosecutor, NAME"; "the" only, as a
    role asked "Who is the …?" must be one person's."""
    for i in occurrences(sentence, name):
        # "the" only: "a USI instructor in English" is one of several ("Who is the …?" would not fit)
        after = re.match(r",\s+the\s+([^,;:()\"“”]{3,80})", sentence[i + len(name):])
        if after:
            words_ = after.group(1).split()
            cut = next((k for k, w in enumerate(words_) if w in past_forms() or w in {"is", "was", "has", "said"}),
                       len(words_))
            if (cut < len(words_) or after.end() < len(sentence) - i - len(name)) and cut \
                    and "and" not in words_[:cut]:  # "an Australian woman and former Scientologist": a description
                yield " ".join(words_[:cut])
        before = re.search(r"\bthe\s+((?:(?!(?:the|a|an)\s)[\w'’.-]+\s+){0,4}[\w'’.-]+),\s+$", sentence[:i])
        if before:
            yield before.group(1)


@lru_cache(maxsize=4096)
def _standalone(text: str, names: tuple[str, ...], people: frozenset[str]) -> str | None:
    """``Context.standalone``, cached: cloze, true/false, timeline and who-said ask it of
    the same texts with the same names."""
    shown = strip_lead(text)
    if word_count(shown) > MAX_PROMPT_WORDS - 8 or unresolved(shown, names, people) or shown.count('"') % 2:
        return None
    return shown


@lru_cache(maxsize=4096)
def _date_timexes(sentence: str, dct: str | None) -> tuple[Timex, ...]:
    """``Context.dates``, cached by sentence and document date: the tagger is the dearest
    step of a bank, and a sentence tagged once (another bank of the same article, a batch
    with shared boilerplate) need not be tagged again. Timexes are frozen."""
    from ..extract.dates import tag  # the stable tagger entry point

    return tuple(t for t in tag(sentence, dct) if t.type == "DATE")


@lru_cache(maxsize=4096)
def _usable(sentence: str) -> bool:
    """``Context.usable``, cached: every type asks it of the same sentences."""
    if not sentence.strip():
        return False
    # the patterns are searched only when the words they need are there (cheaper than a search)
    low = sentence.lower()
    boilerplate = low.startswith(_BOILERPLATE_OPENERS) or any(w in low for w in _BOILERPLATE_WORDS)
    caption = "(" in low or "photo" in low or "images" in low or "day," in low or \
        ("," in low and any(w in low for w in _CAPTION_PLACES))
    return not (boilerplate and _BOILERPLATE.search(sentence)) and not (caption and _CAPTION.search(sentence)) \
        and not present_caption(sentence)


# What ``_BOILERPLATE`` and ``_CAPTION`` need to match, as plain words.
_BOILERPLATE_OPENERS = ("image", "photo", "file photo", "picture", "credit", "source", "related news", "see also")
_BOILERPLATE_WORDS = ("wikinews", "creative commons", "all rights reserved", "this article")
_CAPTION_PLACES = ("left", "right", "center", "centre", "top", "bottom", "ground")


_DIGITS = re.compile(r"\d\d")
_FULL_DATE = re.compile(r"\b[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\b|\b\d{1,2} [A-Z][a-z]{2,8} \d{4}\b")


@lru_cache(maxsize=1)
def _verb_bases() -> frozenset[str]:
    return frozenset(past_forms().values())


def present_caption(sentence: str) -> bool:
    """A photo caption told in the present with a full date: "A fire truck drives past
    burnt cars in Valencia … on November 24, 2020"; news prose tells the past."""
    m = _FULL_DATE.search(sentence) if _DIGITS.search(sentence) else None
    if not m:
        return False
    bases = _verb_bases()
    return any(re.sub(r"e?s$", "", w) in bases or w[:-1] in bases for w in sentence[:m.start()].split()[1:8]
               if w.islower() and w.endswith("s") and not w.endswith("ss"))


def person_key(ctx: "Context", person: str, sentence: str) -> str:
    """What a question naming a person of a sentence asks: their role when the sentence
    gives one (the role questions ask it too), else the person in that sentence."""
    p = ctx.names.find(person)
    roles = [r for r, _ in ctx.roles if r.sentence == sentence and ctx.names.find(r.person) is p]
    return role_key(roles[0]) if roles else f"name|{person}|{norm(sentence)[:60]}"


def event_key(e: Event) -> str:
    return f"event|{e.date}|{norm(e.text)}"


def role_key(r: Role) -> str:
    return f"role|{r.person}|{norm(r.role)}"


def person_mark(person: str) -> str:
    """What a role question asks about: the person, whichever of their roles it names
    ("Who is Bill Bodie?" and "Bill Bodie is the Director of …" ask the same)."""
    return f"person|{person}"


def interleave(*streams: Iterator[T]) -> Iterator[T]:
    """Items from several generators in turn, so a type mixes the facts it asks about."""
    live = list(streams)
    while live:
        for s in list(live):
            try:
                yield next(s)
            except StopIteration:
                live.remove(s)
