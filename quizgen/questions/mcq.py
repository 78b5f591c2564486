"""Multiple choice: "When was X placed on trial?" (dates) and "Who is X?" (roles).

One right answer and three wrong options of its type (``distractors.py``). The choices
are listed answer first; ``bank.py`` places the answer so positions spread evenly.
Skipped: dates we cannot write in the answer's own style ("Sunday"), dates that are not
when the event happened ("until at least 2007"), clauses the wh-rules cannot turn into a
question, roles with fewer than two rivals from the article.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..models import Question
from .cloze import BLANK, blank, places
from .common import Context, event_key, interleave, role_key
from .distractors import countries, countries_in, country_options, date_options, format_date, role_options
from .language import display, full_stop, leans_on_context, trim_clause, when_question, with_article

WH = {"year": "In which year", "decade": "In which decade"}


# The date says when the event happened only after these: "signed in May 2000", "on
# 24 November", or opening the sentence; not "until at least 2007", "by 2008", "since 1960",
# "the 1991 agreement".
_AT = re.compile(r"(?:^|\b(?:in|on|during)\s+)$", re.IGNORECASE)


# A clause of its own between the event's clause and the date: the date is that clause's.
_OTHER_CLAUSE = re.compile(r"\b(?:when|after|before|while|until|as|since|because)\b", re.IGNORECASE)


def date_question(ctx: Context, e, style: str, wh: str | None = None) -> str | None:
    """The wh-question for a dated event, or None; shared with ``short_answer`` (which
    asks "In which year …?" of any date that shows its year)."""
    i = e.sentence.find(e.date_text)
    if i < 0 or not _AT.search(e.sentence[:i]):
        return None
    clause = trim_clause(e.text) or ""
    at = e.sentence.lower().find(clause[1:].lower()) if clause else -1
    if at < 0:
        return None  # the extractor cut the date out of the middle: "… after liftoff back killing all six"
    if _OTHER_CLAUSE.search(e.sentence[at + len(clause) - 1:i]):
        return None  # the date is another clause's: "The Airbus was 40 minutes from Surabaya when it vanished on December 28"
    clause = ctx.full_name_opening(clause)  # "Paris left the ship" -> "Valeska Paris left the ship"
    if leans_on_context(clause, ctx.index(e.sentence) == 0):
        return None  # "When did Valeska Paris leave the ship after …?": which ship?
    prompt = when_question(clause, ctx.name_forms, wh or WH.get(style, "When"))
    if prompt and e.date_text not in prompt and format_date(e.date, style) == e.date_text:
        return prompt
    return None


def _dates(ctx: Context) -> Iterator[Question]:
    for e, style in ctx.dated_events:
        prompt = date_question(ctx, e, style)
        if not prompt:
            continue
        wrong = date_options(e.date, style, article_values=ctx.event_values, not_after=ctx.facts.article.date)
        if len(wrong) == 3:
            yield ctx.question("mcq", event_key(e), prompt, e.date_text, e.sentence,
                               choices=(e.date_text, *wrong), tags=("date", "event"), difficulty=2,
                               explanation=f"The article dates this to {e.date_text}.")


def _roles(ctx: Context) -> Iterator[Question]:
    for r, text in ctx.roles:
        others = [t for (o, t) in ctx.roles if o.person != r.person]
        wrong = role_options(text, ctx.roles_of(r.person), others, k=3)
        # two rivals from the article at least: "Mexican striker" among three ministers is absurd
        if len(wrong) == 3 and sum(w in others for w in wrong) >= 2:
            yield ctx.question("mcq", role_key(r), f"Who is {r.person}, according to the article?",
                               display(text), r.sentence, choices=(display(text), *map(display, wrong)),
                               tags=("role",), difficulty=1,
                               explanation=full_stop(f"The article calls {r.person} {with_article(text)}"))


def _places(ctx: Context) -> Iterator[Question]:
    """"Which country fills the blank? “… was arrested in _____ in 2002 …”": the options
    are countries of the answer's region that the article never names (one it names might
    be right too), all written bare, as the answer is ("the Netherlands" would stand out)."""
    named = article_countries(ctx)
    for i, s, text, form, key in places(ctx):
        c = countries()[form]
        prompt = blank(ctx, text, form, subject_ok=True, lead=i == 0)
        if form != c.name or c.takes_the or not prompt or re.search(rf"\bthe\s+{BLANK}", prompt, re.IGNORECASE):
            continue  # "the UK": options would be written otherwise
        wrong = country_options(c, named)
        if len(wrong) == 3:
            yield ctx.question("mcq", key, f"Which country fills the blank? “{prompt}”", form, s,
                               sentences=ctx.antecedent(i), choices=(form, *wrong), tags=("place",), difficulty=2,
                               explanation=f"The article says: {s}")


def article_countries(ctx: Context) -> set[str]:
    """Every country form the article names, once per article."""
    if "countries" not in ctx.shared:
        ctx.shared["countries"] = {f for s in ctx.facts.sentences for _, f in countries_in(s)}
    return ctx.shared["countries"]


def candidates(ctx: Context) -> Iterator[Question]:
    """Multiple-choice questions about dated events and people's roles."""
    yield from interleave(_dates(ctx), _roles(ctx))


def more(ctx: Context) -> Iterator[Question]:
    """Second-tier questions for articles the first gives few: the country of a sentence."""
    yield from _places(ctx)
