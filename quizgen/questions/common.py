"""What every question type needs from one article's facts: names, sources, stable ids.

``Context`` is built once per article by ``bank.py`` and handed to each type's
``candidates(ctx)`` generator.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterator, Sequence, TypeVar

from ..models import Event, Facts, Question, Role, Source, Timex, stable_id
from .distractors import Names, date_style
from .language import date_mentions, names_in, past_forms, norm, role_text, strip_lead, unresolved, word_count

T = TypeVar("T")

MAX_PROMPT_WORDS = 55  # the quality bar says under 60; leave room for "True or false:"

# Photo credits, bylines and boilerplate are not worth a question ("Image: Reuters.").
_BOILERPLATE = re.compile(
    r"^(?:image|photo|file photo|picture|credit|source|related news|sources?|see also)\b|"
    r"\b(?:wikinews|creative commons|all rights reserved|this article)\b",
    re.IGNORECASE,
)


# Photo captions: a position in the picture (", right,", "(L)") or an agency credit;
# "Defense Minister Benny Gantz, right, shakes hands with …" only repeats the body.
_CAPTION = re.compile(
    r",\s*(?:left|right|center|centre|second (?:from )?(?:left|right)|top|bottom|foreground|background)\s*[,.]|"
    r"\((?:left|right|center|centre|L|R|C|pictured|file)\)|\b(?:AP|AFP|Reuters|Getty|EPA) (?:Photo|Images)\b|"
    r"\bphoto(?:graph)?(?:ed)? by\b|\(Photo\b|"
    # AP style: "… in Rabat, Morocco, Wednesday, Nov. 24, 2021."
    r",\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\.?$",
    re.IGNORECASE,
)


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

    def __post_init__(self) -> None:
        self.names = Names(tuple(self.facts.people))

    # ----------------------------------------------------------------- lookups

    @cached_property
    def name_forms(self) -> list[str]:
        """Every name and alias, plus the people named in roles and claims."""
        forms = self.names.all_forms()
        forms += [r.person for r in self.facts.roles] + [c.speaker for c in self.facts.claims]
        return sorted({f for f in forms if f and f[:1].isupper()}, key=lambda f: (-len(f), f))

    @cached_property
    def roles(self) -> list[tuple[Role, str]]:
        """Usable roles with their display text, one per (person, role), article order."""
        out, seen = [], set()
        for r in self.facts.roles:
            text = role_text(r.role, r.person)
            if not text or not r.person[:1].isupper() or len(r.person.split()) < 2:
                continue
            if re.search(rf"\bto {re.escape(r.role)}\b", r.sentence):
                continue  # a verb, not a role: "crowded … to witness city mayor Hau Lung-bin"
            k = (r.person, norm(text))
            if k not in seen and self.usable(r.sentence):
                seen.add(k)
                out.append((r, text))
        return out

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
            if style and len(date_mentions(e.sentence)) == 1 and self.usable(e.sentence):
                # one date only: "a facelift in 2002 and another in 2005" would have two answers
                out.append((e, style))
        return out

    @cached_property
    def event_values(self) -> list[str]:
        return sorted({e.date for e in self.facts.events})

    @cached_property
    def body(self) -> list[tuple[str, str, str | None]]:
        """The body sentences as (sentence, text to show, person the text names in place of
        an opening "He"/"She"). The pronoun is resolved only when the sentence before opens
        on one person of the article and names no other, of the pronoun's gender when
        known: "Rathbun requested donations … . He said …" -> "Mark Rathbun said …"."""
        out: list[tuple[str, str, str | None]] = []
        prev = ""
        for s in self.facts.sentences:
            text, who = s, None
            m = re.match(r"(He|She) (?=[a-z])", s)
            if m and prev:
                named = [p for p in self.facts.people if names_in(prev, self.names.forms(p))]
                gender = "male" if m.group(1) == "He" else "female"
                if len(named) == 1 and named[0].gender in {None, gender} and \
                        re.match(r"(?:[A-Z][\w.-]*\s+){0,3}?" + "|".join(re.escape(f) for f in self.names.forms(named[0])),
                                 strip_lead(prev)) and len(named[0].name.split()) > 1:
                    who = named[0].name
                    text = who + s[m.end() - 1:]
            out.append((s, text, who))
            prev = s
        return out

    def dates(self, sentence: str) -> list[Timex]:
        """The DATE timexes of a sentence, tagged once per article (cloze and timeline ask)."""
        if sentence not in self._dates:
            from ..extract.dates import tag  # the stable tagger entry point

            self._dates[sentence] = [t for t in tag(sentence, self.facts.article.date) if t.type == "DATE"]
        return self._dates[sentence]

    def antecedent(self, index: int) -> tuple[str, ...]:
        """The sentences a question on body sentence ``index`` cites: none beyond its own,
        or when its "He"/"She" was resolved, the sentence before (which names the person)
        and its own."""
        s, _, who = self.body[index]
        return (self.body[index - 1][0], s) if who else ()

    # ----------------------------------------------------------------- checks

    def usable(self, sentence: str) -> bool:
        """A sentence worth asking about: not a photo caption, credit, byline or boilerplate."""
        return bool(sentence.strip()) and not _BOILERPLATE.search(sentence) and not _CAPTION.search(sentence) \
            and not present_caption(sentence)

    def standalone(self, text: str) -> str | None:
        """The text without an opening "However,", if it reads without the article and is
        short enough for a prompt."""
        text = strip_lead(text)
        if word_count(text) > MAX_PROMPT_WORDS - 8 or unresolved(text, self.name_forms) or text.count('"') % 2:
            return None
        return text

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


_FULL_DATE = re.compile(r"\b[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\b|\b\d{1,2} [A-Z][a-z]{2,8} \d{4}\b")


def present_caption(sentence: str) -> bool:
    """A photo caption told in the present with a full date: "A Moroccan army vehicle drives
    past car wreckages in Guerguerat … on November 24, 2020"; news prose tells the past."""
    m = _FULL_DATE.search(sentence)
    if not m:
        return False
    bases = set(past_forms().values())
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
