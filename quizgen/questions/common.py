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

from ..models import Event, Facts, Question, Role, Source, stable_id
from .distractors import Names, date_style
from .language import norm, role_text, strip_lead, unresolved, word_count

T = TypeVar("T")

MAX_PROMPT_WORDS = 55  # the quality bar says under 60; leave room for "True or false:"

# Photo credits, bylines and boilerplate are not worth a question ("Image: Reuters.").
_BOILERPLATE = re.compile(
    r"^(?:image|photo|file photo|picture|credit|source|related news|sources?|see also)\b|"
    r"\b(?:wikinews|creative commons|all rights reserved|this article)\b",
    re.IGNORECASE,
)


@dataclass
class Context:
    """One article's facts with the lookups the question types share."""

    facts: Facts
    seed: int = 0
    names: Names = field(init=False)

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
            if style and e.sentence.count(e.date_text) == 1 and self.usable(e.sentence):
                out.append((e, style))
        return out

    @cached_property
    def event_values(self) -> list[str]:
        return sorted({e.date for e in self.facts.events})

    # ----------------------------------------------------------------- checks

    def usable(self, sentence: str) -> bool:
        """A sentence worth asking about: not a photo credit, byline or boilerplate."""
        return bool(sentence.strip()) and not _BOILERPLATE.search(sentence)

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


def event_key(e: Event) -> str:
    return f"event|{e.date}|{norm(e.text)}"


def role_key(r: Role) -> str:
    return f"role|{r.person}|{norm(r.role)}"


def interleave(*streams: Iterator[T]) -> Iterator[T]:
    """Items from several generators in turn, so a type mixes the facts it asks about."""
    live = list(streams)
    while live:
        for s in list(live):
            try:
                yield next(s)
            except StopIteration:
                live.remove(s)
