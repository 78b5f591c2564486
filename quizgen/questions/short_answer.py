"""Short answer: a typed name or year, with the forms that count as right.

"Who is the First Minister of Scotland, according to the article?" accepts "Alex Salmond"
and "Salmond"; "Who was placed on trial in May 2000 in the Netherlands alongside Al Amin
Khalifah Fhimah?" asks the person a sentence opens on; "In which year was al-Megrahi
transferred to Greenock?" accepts "2005" (a month or day date asks its year).
Skipped: roles that are not unique offices (a "spokesman" could be anyone) or that two
people of the article share; sayings other types can ask (who_said, true_false);
sentences that lean on the one before, quote, or name the person again.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..models import Person, Question
from .common import Context, event_key, interleave, person_key, role_key
from .distractors import clash
from .language import (
    PERSONAL, _TITLE, has_words, vague_the, _past_to_base, names_subject, opening, anchored, full_stop, head, leans_on_context, names_in, strip_lead, unresolved,
    with_article, word_count,
)
from .mcq import date_question
from .who_said import sayings

# Roles many people hold at once: "the Republican Senator" is not one person.
_MANY = frozenset("senator representative mp lawmaker official officer spokesman spokeswoman spokesperson analyst "
                  "councillor member judge justice general soldier player striker defender".split())
# Verbs of saying: "Who said …?" is the who_said type's question.
_SAYING = frozenset("said told stated added claimed argued insisted warned explained announced confirmed noted "
                    "reported wrote acknowledged admitted commented described called says tells".split())
MIN_WORDS, MAX_WORDS = 5, 30


def accepted(ctx: Context, person: Person) -> tuple[str, ...]:
    """The forms of a name that count as right: every form the article uses, and the
    surname alone when no one else of the article has it."""
    forms = ctx.names.forms(person)
    surname = person.name.split()[-1]
    if len(person.name.split()) > 1 and ctx.names.find(surname) is person:
        forms = [*forms, surname]
    return tuple(dict.fromkeys(forms))


def _people(ctx: Context) -> Iterator[Question]:
    for r, text in ctx.roles:
        role = with_article(text)
        # "Who is the CEO?" does not say of what: a unique office needs two words at least
        if not role.startswith("the ") or not anchored(text) or head(text) in _MANY or \
                any(o.person != r.person and clash(text, t) for o, t in ctx.roles):
            continue
        person = ctx.names.find(r.person)
        forms = accepted(ctx, person) if person else (r.person,)
        yield ctx.question("short_answer", role_key(r), f"Who is {role}, according to the article?",
                           r.person, r.sentence, accept=(r.person, *forms), tags=("person",), difficulty=3,
                           explanation=full_stop(f"{r.person} is {role}"))


_THEN_VERB = re.compile(r"\s+(?=[a-z])")
# Another clause joined on: "Who started Apple in 1976, and in 1984 the first Macintosh … was released?"
_NEW_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?:in|on|the|this|it|that|there)\b")


def who_question(ctx: Context, sentence: str, text: str | None = None) -> tuple[Person, str] | None:
    """(person, "Who …?") for a sentence that opens on a person of the article and a verb:
    "Abdelbaset al-Megrahi was placed on trial in May 2000 …" -> "Who was placed on trial
    in May 2000 …?"; a title before the name goes ("Defense Minister Benny Gantz signed …")."""
    text = strip_lead(text or sentence).rstrip()
    if not text.endswith(".") or leans_on_context(text) or '"' in text or "“" in text or "”" in text:
        return None
    # a name the text opens on starts within its title words: look no further for it
    window = _TITLE.match(text).end()
    for p in ctx.facts.people:
        for form in ctx.longest_forms(p):
            end = opening(text, form, _THEN_VERB) if text.find(form, 0, window + len(form)) >= 0 else None
            if end is not None:
                break
        else:
            continue
        rest = text[end:].rstrip(". ")
        verb = rest.split()[0]
        table = _past_to_base()
        if verb in {"has", "had", "was", "were"}:
            ok = len(rest.split()) > 1 and (rest.split()[1] in table or rest.split()[1].endswith("ed"))
        else:
            ok = verb in table
        if not ok or verb in _SAYING or (len(rest.split()) > 1 and rest.split()[1] in _SAYING):
            return None
        if not MIN_WORDS <= word_count(rest) <= MAX_WORDS or names_in(rest, ctx.names.forms(p)):
            return None
        # "his"/"her" in the rest refer to whoever the answer is; any other pronoun needs context
        check = re.sub(r"\b(?:his|her|himself|herself)\b", "it", rest)
        if unresolved("Someone " + check, ctx.name_forms) or any(w in PERSONAL for w in check.lower().split()):
            return None
        if not names_subject(f"Who {rest}") or vague_the(rest) or _NEW_CLAUSE.search(rest):
            return None  # "Who was elected for the first time?": to what?
        return p, f"Who {rest}?"
    return None


def _who(ctx: Context) -> Iterator[Question]:
    for i, (sentence, text, _) in enumerate(ctx.body):
        if not ctx.usable(sentence):
            continue
        found = who_question(ctx, sentence, text)
        if found:
            p, prompt = found
            yield ctx.question("short_answer", person_key(ctx, p.name, sentence), prompt, p.name, sentence,
                               sentences=ctx.antecedent(i), accept=accepted(ctx, p), tags=("person",), difficulty=3,
                               explanation=f"The article says: {sentence}")


def _years(ctx: Context) -> Iterator[Question]:
    for e, style in ctx.dated_events:
        if style not in {"year", "month_year", "mdy", "dmy"}:
            continue
        prompt = date_question(ctx, e, style, wh="In which year")
        year = e.date[:4]
        if prompt and year not in prompt:
            yield ctx.question("short_answer", event_key(e), prompt, year, e.sentence,
                               accept=(year,), tags=("date",), difficulty=3,
                               explanation=f"The article dates this to {e.date_text}.")


def _speakers(ctx: Context) -> Iterator[Question]:
    """Who said it, typed, for the sayings no other type can ask: the article names too few
    other speakers of the kind for a multiple choice ("Who is quoted in the article as
    saying “The delinquencies and defaults have started to soar”?" -> "Nicolas Retsinas"),
    and true/false asks people with one other speaker."""
    asked = set()
    for s in sayings(ctx):
        if len(s.wrong) >= 2 or (s.wrong and s.kind == "person") or s.name in asked:
            continue  # one per speaker: five "who said …?" all answered "Valeska Paris" are filler
        person = ctx.names.find(s.name) if s.kind == "person" else None
        forms = accepted(ctx, person) if person else (s.name, *s.forms)
        prompt = (f"Who is quoted in the article as saying {s.quoted}?" if s.claim.kind == "direct"
                  else f"According to the article, who said that {s.quoted}?")
        if has_words(prompt.lower(), s.name.lower()):
            continue  # "WHO" in "who said": the prompt would hold the answer
        asked.add(s.name)
        yield ctx.question("short_answer", s.key, prompt, s.name, s.claim.sentence, sentences=s.cited,
                           accept=(s.name, *forms), tags=("claim", s.kind), difficulty=3,
                           explanation=f"{s.name} said this.")


def candidates(ctx: Context) -> Iterator[Question]:
    """Short-answer questions: people by their role or by what they did, years of events,
    speakers of sayings too few others could have said."""
    yield from interleave(_people(ctx), _who(ctx), _years(ctx), _speakers(ctx))
