"""Short answer: a typed name or year, with the forms that count as right.

"Who is the First Minister of Scotland, according to the article?" accepts "Alex Salmond"
and "Salmond"; "In which year was al-Megrahi transferred to Greenock?" accepts "2005".
Skipped: roles that are not unique offices (a "spokesman" could be anyone) or that two
people of the article share.
"""

from __future__ import annotations

from typing import Iterator

from ..models import Question
from .common import Context, event_key, interleave, role_key
from .distractors import clash
from .language import anchored, full_stop, head, with_article

# Roles many people hold at once: "the Republican Senator" is not one person.
_MANY = frozenset("senator representative mp lawmaker official officer spokesman spokeswoman spokesperson analyst "
                  "councillor member judge justice general soldier player striker defender".split())
from .mcq import date_question


def _people(ctx: Context) -> Iterator[Question]:
    for r, text in ctx.roles:
        role = with_article(text)
        # "Who is the CEO?" does not say of what: a unique office needs two words at least
        if not role.startswith("the ") or not anchored(text) or head(text) in _MANY or \
                any(o.person != r.person and clash(text, t) for o, t in ctx.roles):
            continue
        person = ctx.names.find(r.person)
        forms = ctx.names.forms(person) if person else [r.person]
        yield ctx.question("short_answer", role_key(r), f"Who is {role}, according to the article?",
                           r.person, r.sentence, accept=(r.person, *forms), tags=("person",), difficulty=3,
                           explanation=full_stop(f"{r.person} is {role}"))


def _years(ctx: Context) -> Iterator[Question]:
    for e, style in ctx.dated_events:
        prompt = date_question(ctx, e, style) if style == "year" else None
        if prompt:
            yield ctx.question("short_answer", event_key(e), prompt, e.date_text, e.sentence,
                               accept=(e.date_text,), tags=("date",), difficulty=3,
                               explanation=f"The article dates this to {e.date_text}.")


def candidates(ctx: Context) -> Iterator[Question]:
    """Short-answer questions: people by their role, years of events."""
    yield from interleave(_people(ctx), _years(ctx))
