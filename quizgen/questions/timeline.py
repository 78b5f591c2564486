"""Timeline: three to five dated events of the article to put in order.

Each item is the event's clause, capitalised, without its date. Only events whose dates
cannot overlap take part ("May 2000" and "2000" could be in either order, so not both),
and only clauses that read without the article.
"""

from __future__ import annotations

import calendar
from typing import Iterator

from ..models import Event, Question
from .common import Context
from .language import has_verb, norm, word_count

MIN_ITEMS, MAX_ITEMS = 3, 5


def span(value: str) -> tuple[str, str] | None:
    """The first and last day a TIMEX3 value covers, as ISO strings; None if not a date."""
    v = value.strip()
    try:
        if len(v) == 10:
            return v, v
        if len(v) == 7:
            y, m = int(v[:4]), int(v[5:])
            return f"{v}-01", f"{v}-{calendar.monthrange(y, m)[1]:02d}"
        if len(v) == 4 and v.isdigit():
            return f"{v}-01-01", f"{v}-12-31"
        if len(v) == 3 and v.isdigit():
            return f"{v}0-01-01", f"{v}9-12-31"
    except ValueError:
        return None
    return None


def _item(ctx: Context, e: Event) -> str | None:
    text = ctx.standalone(e.text.strip().rstrip(".,;:"))
    if not text or e.date_text in text or not 3 <= word_count(text) <= 20 or '"' in text or not has_verb(text):
        return None
    return text


def candidates(ctx: Context) -> Iterator[Question]:
    """At most one timeline question, with events whose dates do not overlap."""
    chosen: list[tuple[tuple[str, str], str, Event]] = []
    for e in ctx.facts.events:
        s, item = span(e.date), _item(ctx, e)
        if not s or not item or not ctx.usable(e.sentence):
            continue
        if any(not (s[1] < c[0] or c[1] < s[0]) or norm(item) == norm(i) for c, i, _ in chosen):
            continue
        chosen.append((s, item, e))
    if len(chosen) < MIN_ITEMS:
        return
    chosen = chosen[:MAX_ITEMS]
    ordered = sorted(chosen, key=lambda c: c[0])
    answer = tuple(i for _, i, _ in ordered)
    sentences = list(dict.fromkeys(e.sentence for _, _, e in ordered))
    key = "timeline|" + "|".join(f"{e.date}" for _, _, e in ordered)
    yield ctx.question("timeline", key, "Put these events from the article in the order they happened, earliest first.",
                       answer, sentences[0], sentences=sentences, tags=("date", "event"), difficulty=3,
                       explanation="; ".join(f"{e.date_text}: {i}" for _, i, e in ordered) + ".")
