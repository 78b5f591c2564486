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

import re
from typing import Iterator

from ..models import Question
from .cloze import numbers, places
from .common import Context, event_key, interleave, role_key
from .distractors import clash, countries, may_also_fit, near_synonym, country_options, date_options, format_date
from .mcq import article_countries
from .who_said import sayings
from .language import anchored, full_stop, leans_on_context, names_subject, with_article

CHOICES = ("True", "False")
# A speech report quoting one man gives many sayings: four "Barack Obama said that …" are filler.
MAX_PER_SPEAKER = 2


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
            # never a role that may fit too: "an Environment Canada spokesperson" for the spokeswoman
            swaps = [t for o, t in ctx.roles if o.person != r.person and anchored(t) and not may_also_fit(t, mine)
                     and not any(clash(t, m) or near_synonym(t, m) for m in mine)]
            unique = with_article(text).startswith("the ") and anchored(text)
            others = [o.person for o, _ in ctx.roles if o.person != r.person and not any(clash(text, m) or near_synonym(text, m) for m in ctx.roles_of(o.person))]
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
    asked: dict[str, int] = {}
    for s in sayings(ctx):
        if len(s.wrong) != 1 or s.kind != "person" or asked.get(s.name, 0) >= MAX_PER_SPEAKER:
            continue  # organisation names are often cut ("Government Oversight"): people only
        asked[s.name] = asked.get(s.name, 0) + 1
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


# A number that is a bound, not a count: "at least 76 people", "over 345 pilgrims", "about
# 6 million visitors"; twice or half of it could still be true.
_BOUND = re.compile(r"\b(?:at least|more than|over|up to|about|nearly|approximately|around|almost|some|upwards of|"
                    r"in[ -]excess of|under|fewer than|less than|roughly|as many as|just over|just under|"
                    r"an estimated|estimated|up from|down from|from|to)\s+$", re.IGNORECASE)
_AMOUNT = re.compile(r"([$£€]?)(\d{1,3}(?:,\d{3})+|\d+)((?: million| billion| trillion)?(?:%| percent| per cent)?)")


def swapped_number(n: str, taken: set[int]) -> str | None:
    """Another amount written like ``n`` that the article does not give: twice or half it
    ("60%" -> "30%", "270" -> "540", "$30 billion" -> "$60 billion"); None for decimals,
    or when both are taken."""
    m = _AMOUNT.fullmatch(n)
    if not m:
        return None
    v = int(m.group(2).replace(",", ""))
    percent = "%" in n or "cent" in n
    for w in (v * 2, v // 2):
        if w < 2 or w == v or w in taken or (percent and w > 100):
            continue
        digits = f"{w:,}" if "," in m.group(2) else str(w)
        return f"{m.group(1)}{digits}{m.group(3)}"
    return None


def _article_numbers(ctx: Context) -> set[int]:
    return {int(x.replace(",", "")) for s in ctx.facts.sentences for x in re.findall(r"\d{1,3}(?:,\d{3})+|\d+", s)}


def _swaps(ctx: Context) -> Iterator[Question]:
    """A sentence as the article states it, or with its number or country swapped: "The
    United States government would hold a 30% stake." (the article: 60%). Bounds ("at
    least 76") are not swapped, nor a country whose name takes "the"."""
    taken = _article_numbers(ctx)
    for kind, (i, s, text, term, key) in interleave(((("number", x) for x in numbers(ctx))),
                                                    ((("place", x) for x in places(ctx)))):
        shown = ctx.standalone(text)
        if not shown or shown.count(term) != 1 or \
                not (names_subject(shown.replace(term, " ")) or shown.startswith(term)):
            continue  # "As with all celebrations in Taiwan, the lantern festival is crowded": which festival?
        if kind == "number":
            if _BOUND.search(shown[:shown.find(term)]):
                continue
            other = swapped_number(term, taken)
        else:
            c = countries()[term]
            wrong = country_options(c, article_countries(ctx), k=1)
            other = None if c.takes_the or not wrong else wrong[0]
        truth = ctx.rng("true_false", key).random() < 0.5
        if not truth and not other:
            continue
        statement = shown if truth else shown.replace(term, other)
        yield ctx.question("true_false", key, f"True or false: {statement}", CHOICES[0] if truth else CHOICES[1], s,
                           sentences=ctx.antecedent(i), choices=CHOICES, tags=(kind,), difficulty=2,
                           explanation=f"The article says: {s}" if truth
                           else f"False: the article gives {term}, not {other}.")


def more(ctx: Context) -> Iterator[Question]:
    """Second-tier questions for articles the first gives few: sentences with a number or
    a country swapped."""
    yield from _swaps(ctx)
