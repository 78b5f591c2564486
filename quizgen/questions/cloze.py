"""Cloze: a sentence of the article with one key term blanked (a date, a name, a number).

The sentence keeps the article's words (only an opening "However," goes) so the answer
is exactly what the source states. Skipped: sentences that lean on the previous one
("In 2002, an appeal against his conviction …"), terms written twice in the sentence,
relative dates ("on Sunday") whose answer is meaningless out of context.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..models import Question
from .common import Context, event_key, interleave, role_key
from .language import norm

BLANK = "_____"

# "270 people", "1,200 troops", "3.5 million": a number counting something, not a year.
_NUMBER = re.compile(r"(?<![\w.,$£€–-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?= (?:million |billion |thousand )?[a-z]{3,})")


def _blank(ctx: Context, sentence: str, term: str) -> str | None:
    text = ctx.standalone(sentence)
    if not text or text.count(term) != 1:
        return None
    return text.replace(term, BLANK)


def _dates(ctx: Context) -> Iterator[Question]:
    for e, _style in ctx.dated_events:
        prompt = _blank(ctx, e.sentence, e.date_text)
        if prompt:
            yield ctx.question("cloze", event_key(e), prompt, e.date_text, e.sentence,
                               accept=(e.date_text, e.date), tags=("date",), difficulty=2,
                               explanation=f"The article dates this to {e.date_text}.")


def _names(ctx: Context) -> Iterator[Question]:
    for r, text in ctx.roles:
        person = ctx.names.find(r.person)
        forms = ctx.names.forms(person) if person else [r.person]
        written = [f for f in sorted(forms, key=len, reverse=True) if f in r.sentence]
        if not written:
            continue
        prompt = _blank(ctx, r.sentence, written[0])
        # the name must not show elsewhere in another form ("Salmond" after "Alex Salmond")
        if prompt and not any(re.search(rf"\b{re.escape(f)}\b", prompt) for f in forms):
            yield ctx.question("cloze", role_key(r), prompt, written[0], r.sentence,
                               accept=(written[0], *forms), tags=("person",), difficulty=2,
                               explanation=f"{r.person} is {text}.")


def _numbers(ctx: Context) -> Iterator[Question]:
    sentences = dict.fromkeys([c.sentence for c in ctx.facts.claims] + [e.sentence for e in ctx.facts.events]
                              + [r.sentence for r, _ in ctx.roles])
    dates = {e.date_text for e in ctx.facts.events}
    for s in sentences:
        for m in _NUMBER.finditer(s):
            n = m.group(1)
            if re.fullmatch(r"1[89]\d\d|20\d\d", n) or any(n in d for d in dates):
                continue
            prompt = _blank(ctx, s, n)
            if prompt:
                yield ctx.question("cloze", f"number|{norm(s)[:80]}|{n}", prompt, n, s,
                                   accept=(n, n.replace(",", "")), tags=("number",), difficulty=3,
                                   explanation=f"The article gives the figure {n}.")
                break


def candidates(ctx: Context) -> Iterator[Question]:
    """Cloze questions: dates of events, names of people with roles, counted numbers."""
    yield from interleave(_dates(ctx), _names(ctx), _numbers(ctx))
