"""Assemble the question bank from facts: pick, de-duplicate, place answers.

Each type module yields candidates; the bank takes them in turn from each type so a
bank mixes types, asks about each fact once (by ``Question.key``) and never repeats a
prompt. Then the answer's position among the choices is rotated over the bank so it is
spread evenly over a, b, c, d. The same facts and seed give the same bank.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterator, Mapping, Sequence

from ..errors import QuizgenError
from ..models import QUESTION_TYPES, Facts, Question, QuestionBank, stable_id
from . import cloze, matching, mcq, short_answer, timeline, true_false, who_said
from .common import Context, person_mark
from .language import norm

# The order types take turns in: the most reliable first, so a small ``n`` gets them.
# Matching comes early: it asks about three to five people at once, and the role
# questions of other types then keep to the people it left out.
GENERATORS = {
    "mcq": mcq.candidates,
    "who_said": who_said.candidates,
    "matching": matching.candidates,
    "true_false": true_false.candidates,
    "cloze": cloze.candidates,
    "timeline": timeline.candidates,
    "short_answer": short_answer.candidates,
}
assert set(GENERATORS) == set(QUESTION_TYPES)

# Second-tier sources, for an article the first tier gives fewer than ``MIN_QUESTIONS``
# (a speech report quoting one man, a short report with few names): the country or the
# number of a sentence, blanked among options or swapped for a true/false. Other banks
# stay as they are.
MORE = {
    "mcq": mcq.more,
    "true_false": true_false.more,
}
MIN_QUESTIONS = 5


def _take_turns(ctx: Context, types: Sequence[str],
                generators: Mapping[str, Callable[[Context], Iterator[Question]]] = GENERATORS) -> Iterator[Question]:
    """Candidates of every type in turn, skipping facts and prompts already asked."""
    streams = {t: generators[t](ctx) for t in types if t in generators}
    seen = ctx.asked  # the generators read it: matching leaves out people already asked
    while streams:
        for t in list(streams):
            for q in streams[t]:
                marks = _marks(q)
                if marks & seen:
                    continue
                seen |= marks
                yield q
                break
            else:
                del streams[t]


def _marks(q: Question) -> set[str]:
    """What a question asks about: its fact key, its prompt, the people whose role it
    asks (one role question per person, over every type), and for questions that show
    their source sentence, the sentence (or it would come back with another blank)."""
    marks = {q.key, q.prompt.lower()}
    parts = q.key.split("|")
    if parts[0] == "role":
        marks.add(person_mark(parts[1]))
    elif parts[:2] == ["matching", "roles"]:
        marks |= {person_mark(p) for p in parts[2:]}
    if q.type == "cloze" or (q.type == "true_false" and "event" in q.tags) or \
            (q.type in {"mcq", "true_false"} and {"place", "number"} & set(q.tags)) or \
            (q.type == "short_answer" and q.key.startswith("name|")):  # "Who joined F1 team Force India in 2012?"
        marks.add("sentence|" + q.source.sentence)
    if q.type == "cloze":  # not "Thomas Sam" in three blanks, nor "Tom Cruise" then "Cruise"
        marks |= {"cloze-answer|" + norm(a) for a in (q.answer, *(q.accept if "person" in q.tags else ()))}
    return marks


def place_answers(questions: Sequence[Question], ctx: Context) -> list[Question]:
    """Shuffle each question's wrong options and put the answer at a rotating position.

    Choices arrive answer first; over the bank the k-th multiple-choice question gets the
    answer at position (start + k) mod its number of choices. The start comes from the
    article (and the seed), not 0, so over a set of articles each one's first answer is
    not always "a" and every letter holds about a quarter of the answers. True/false
    keep their order.
    """
    start = (int(stable_id(ctx.facts.article.key), 16) + ctx.seed) % 4
    out, k = [], 0
    for q in questions:
        if q.type in {"mcq", "who_said"} and q.choices:
            wrong = list(q.choices[1:])
            ctx.rng("choices", q.key).shuffle(wrong)
            pos = (start + k) % len(q.choices)
            wrong.insert(pos, q.choices[0])
            q = replace(q, choices=tuple(wrong))
            k += 1
        out.append(q)
    return out


def make_questions(facts: Facts, *, seed: int = 0, n: int | None = None,
                   types: Sequence[str] | None = None) -> QuestionBank:
    """The questions for one article's facts; the same facts and seed give the same bank.

    Args:
        facts: one article's facts (people, roles, events, claims).
        seed: varies the true/false split and the order of choices, nothing else.
        n: at most this many questions (types still take turns).
        types: only these question types, in the default order.

    Raises:
        QuizgenError: an unknown type in ``types``.
    """
    wanted = list(GENERATORS)
    if types:
        unknown = [t for t in types if t not in GENERATORS]
        if unknown:
            raise QuizgenError(f"unknown question type {unknown[0]!r} (expected one of {', '.join(QUESTION_TYPES)})")
        wanted = [t for t in wanted if t in types]
    ctx, chosen = _pick(facts, seed, n, wanted)
    if len(chosen) < MIN_QUESTIONS and any(q.type == "matching" for q in chosen):
        # a matching question asks three roles at once: in a short bank, each asked on
        # its own counts more ("Who is the Foreign Office Minister?", a true/false, …)
        alt = _pick(facts, seed, n, [t for t in wanted if t != "matching"])
        if len(alt[1]) > len(chosen):
            ctx, chosen = alt
    return QuestionBank(tuple(place_answers(chosen, ctx)))


def _pick(facts: Facts, seed: int, n: int | None, wanted: Sequence[str]) -> tuple[Context, list[Question]]:
    """The questions of the wanted types, types taking turns, topped up from the second
    tier (``MORE``) when fewer than ``MIN_QUESTIONS``."""
    ctx = Context(facts, seed=seed)
    chosen: list[Question] = []
    for q in _take_turns(ctx, wanted):
        if n is not None and len(chosen) >= n:
            break
        chosen.append(q)
    if len(chosen) < MIN_QUESTIONS:
        for q in _take_turns(ctx, wanted, MORE):
            if n is not None and len(chosen) >= n:
                break
            chosen.append(q)
    return ctx, chosen
