"""True or false: a fact the article states, or the same fact with one element swapped.

Swaps are typed: another role of the article for a role ("Alex Salmond is the UK Prime
Minister"), a date of the same granularity for a date. Whether a question is the true
or the false version is drawn from the seed, so about half of each are false.
Skipped: roles that another person of the article shares (a swap could be true), and
event sentences that lean on the previous one.
"""

from __future__ import annotations

from typing import Iterator

from ..models import Question
from .common import Context, event_key, interleave, role_key
from .distractors import date_options, role_options
from .language import full_stop, with_article

CHOICES = ("True", "False")


def _roles(ctx: Context) -> Iterator[Question]:
    for r, text in ctx.roles:
        # a one-word swap ("Ballmer is a co-founder") might be true of him elsewhere
        others = [t for (o, t) in ctx.roles if o.person != r.person and len(t.split()) > 1]
        wrong = role_options(text, ctx.roles_of(r.person), others, k=1)
        truth = not wrong or ctx.rng("true_false", role_key(r)).random() < 0.5
        shown = text if truth else wrong[0]
        fact = full_stop(f"{r.person} is {with_article(text)}")
        yield ctx.question("true_false", role_key(r),
                           full_stop(f"True or false: according to the article, {r.person} is {with_article(shown)}"),
                           CHOICES[0] if truth else CHOICES[1], r.sentence, choices=CHOICES,
                           tags=("role",), difficulty=1,
                           explanation=fact if truth else f"False: {fact}")


def _events(ctx: Context) -> Iterator[Question]:
    for e, style in ctx.dated_events:
        text = ctx.standalone(e.sentence)
        if not text or e.date_text not in text:
            continue
        wrong = date_options(e.date, style, article_values=ctx.event_values, not_after=ctx.facts.article.date, k=1)
        truth = not wrong or ctx.rng("true_false", event_key(e)).random() < 0.5
        statement = text if truth else text.replace(e.date_text, wrong[0])
        yield ctx.question("true_false", event_key(e), f"True or false: {statement}",
                           CHOICES[0] if truth else CHOICES[1], e.sentence, choices=CHOICES,
                           tags=("date", "event"), difficulty=2,
                           explanation=f"The article dates this to {e.date_text}" + ("." if truth else f", not {wrong[0]}."))


def candidates(ctx: Context) -> Iterator[Question]:
    """True/false statements about roles and dated events."""
    yield from interleave(_events(ctx), _roles(ctx))
