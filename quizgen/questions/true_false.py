"""True or false: a fact the article states, or the same fact with one element swapped.

The false version must be false by the article, not merely unstated: a role swap takes
another anchored role of the article ("Cuban vice-premier", never a bare "Vice President"
or a lexicon role), or for a unique office ("the First Minister of Scotland") another person
of the article; a date swap shifts the date at the same granularity to a value no event of
the article has. Whether a question is the true or the false version is drawn from the
seed; a fact with no safe false version is not asked (an always-true type teaches to guess).
Skipped: roles that another person of the article shares, sentences with two dates or
that lean on the previous one.
"""

from __future__ import annotations

from typing import Iterator

from ..models import Question
from .common import Context, event_key, interleave, role_key
from .distractors import clash, date_options, format_date
from .who_said import sayings
from .language import anchored, full_stop, leans_on_context, names_subject, with_article

CHOICES = ("True", "False")


def _roles(ctx: Context) -> Iterator[Question]:
    for r, text in ctx.roles:
        mine = ctx.roles_of(r.person)
        if any(o.person != r.person and clash(text, t) for o, t in ctx.roles) or not anchored(text):
            continue  # "John Burrows is the emeritus Professor": of what?
        fact = full_stop(f"{r.person} is {with_article(text)}")
        truth = ctx.rng("true_false", role_key(r)).random() < 0.5
        if truth:
            shown = fact
        else:
            swaps = [t for o, t in ctx.roles if o.person != r.person and anchored(t) and not any(clash(t, m) for m in mine)]
            unique = with_article(text).startswith("the ") and anchored(text)
            others = [o.person for o, _ in ctx.roles if o.person != r.person and not any(clash(text, m) for m in ctx.roles_of(o.person))]
            if swaps:
                shown = full_stop(f"{r.person} is {with_article(swaps[0])}")
            elif unique and others:
                shown = full_stop(f"{others[0]} is {with_article(text)}")
            else:
                continue
        yield ctx.question("true_false", role_key(r), f"True or false: according to the article, {shown}",
                           CHOICES[0] if truth else CHOICES[1], r.sentence, choices=CHOICES,
                           tags=("role",), difficulty=1,
                           explanation=fact if truth else f"False: {fact}")


def _events(ctx: Context) -> Iterator[Question]:
    taken = set(ctx.event_values)
    for e, style in ctx.dated_events:
        text = ctx.standalone(e.sentence)
        if not text or text.count(e.date_text) != 1 or leans_on_context(text) or \
                not names_subject(text.replace(e.date_text, " ")):
            continue  # "A sudden rain storm on Sunday night caused …": where?
        truth = ctx.rng("true_false", event_key(e)).random() < 0.5
        used = {format_date(v, style) for v in taken if len(v) == len(e.date) and v[:3].isdigit()}
        wrong = [d for d in date_options(e.date, style, not_after=ctx.facts.article.date, k=6) if d not in used]
        if not truth and not wrong:
            continue
        statement = text if truth else text.replace(e.date_text, wrong[0])
        yield ctx.question("true_false", event_key(e), f"True or false: {statement}",
                           CHOICES[0] if truth else CHOICES[1], e.sentence, choices=CHOICES,
                           tags=("date", "event"), difficulty=2,
                           explanation=f"The article dates this to {e.date_text}" + ("." if truth else f", not {wrong[0]}."))


def _claims(ctx: Context) -> Iterator[Question]:
    """Who said it, for claims with one other possible speaker only (too few for a
    who-said question): the false version names that other person or organisation,
    who said no such thing in the article."""
    for s in sayings(ctx):
        if len(s.wrong) != 1 or s.kind != "person":
            continue  # organisation names are often cut ("Government Oversight"): people only
        truth = ctx.rng("true_false", s.key).random() < 0.5
        shown = s.name if truth else s.wrong[0]
        statement = (f"{shown} is quoted in the article as saying {s.quoted}." if s.claim.kind == "direct"
                     else f"according to the article, {shown} said that {s.quoted}.")
        yield ctx.question("true_false", s.key, f"True or false: {statement}", CHOICES[0] if truth else CHOICES[1],
                           s.claim.sentence, sentences=s.cited, choices=CHOICES, tags=("claim", s.kind), difficulty=2,
                           explanation=f"{s.name} said this." if truth else f"False: {s.name} said this, not {shown}.")


def candidates(ctx: Context) -> Iterator[Question]:
    """True/false statements about roles, dated events and who said what."""
    yield from interleave(_events(ctx), _roles(ctx), _claims(ctx))
