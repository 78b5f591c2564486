"""Lenient grading: tables of typed answers and their verdicts, per question type."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from quizgen.grading import (ALMOST, RIGHT, WRONG, UnreadableAnswer, expected, grade, grade_text, layout,
                             normalise, parse_date, show_diff)
from quizgen.models import Question, QuestionBank, Source

BANK = QuestionBank.from_dict(json.loads((Path(__file__).parent / "data" / "questions-fixture.json").read_text()))
Q = {q.id: q for q in BANK}
CLOZE, MCQ_DATE, MCQ_ROLE, TF_TRUE, TF_FALSE, WHO, MATCH, TIMELINE, SHORT, HOSTILE = BANK.questions


@pytest.mark.parametrize("text, norm", [
    ("The Élysée Palace!", "elysee palace"),
    ("  al-Megrahi's  trial ", "al megrahis trial"),
    ("A First Minister of Scotland", "first minister of scotland"),
    ("São Paulo", "sao paulo"),
])
def test_normalise(text, norm):
    assert normalise(text) == norm


@pytest.mark.parametrize("text, date", [
    ("24 Nov 2021", (2021, 11, 24)),
    ("November 24, 2021", (2021, 11, 24)),
    ("24th of November 2021", (2021, 11, 24)),
    ("2021-11-24", (2021, 11, 24)),
    ("24/11/2021", (2021, 11, 24)),
    ("May 2000", (2000, 5, None)),
    ("2000-05", (2000, 5, None)),
    ("2005", (2005, None, None)),
    ("Novmber 24 2021", (2021, 11, 24)),  # a typo after the month's third letter
    ("30 February 2021", None),
    ("David Cameron", None),
    ("24 2021", None),
])
def test_parse_date(text, date):
    assert parse_date(text) == date


# (typed, expected, accept, verdict)
TEXT_CASES = [
    ("Alex Salmond", "Alex Salmond", (), RIGHT),
    ("alex salmond.", "Alex Salmond", (), RIGHT),
    ("Alex Salmnod", "Alex Salmond", (), ALMOST),            # swapped letters
    ("Alex Salmon", "Alex Salmond", (), ALMOST),             # a dropped letter
    ("Barak Obama", "Barack Obama", (), ALMOST),
    ("Jim Swire", "Tim Swire", (), WRONG),                   # a different first letter is a different name
    ("Jon Smith", "John Smith", (), WRONG),                  # short first names must be exact
    ("Hilary Clinton", "Hillary Clinton", (), ALMOST),
    ("270", "280", (), WRONG),                               # numbers are never typos
    ("the European Union", "European Union", (), RIGHT),     # articles
    ("Francois Hollande", "François Hollande", (), RIGHT),   # accents
    ("24 Nov 2021", "November 24, 2021", (), RIGHT),         # dates as dates
    ("2021-11-24", "24 November 2021", (), RIGHT),
    ("25 Nov 2021", "November 24, 2021", (), WRONG),
    ("2000", "May 2000", (), WRONG),                         # less precise than the article
    ("12 May 2000", "May 2000", (), RIGHT),                  # more precise is not contradicted
    ("UN", "United Nations", ("UN", "U.N."), RIGHT),         # accepted variants
    ("U.N.", "United Nations", ("UN",), RIGHT),
    ("", "United Nations", (), WRONG),
    ("Paris", "Brussels", (), WRONG),
]


@pytest.mark.parametrize("typed, want, accept, verdict", TEXT_CASES)
def test_grade_text(typed, want, accept, verdict):
    g = grade_text(typed, want, accept=accept)
    assert g.verdict == verdict
    assert g.expected == want
    assert g.correct == (verdict != WRONG)


def test_almost_shows_the_difference():
    g = grade_text("Alex Salmnod", "Alex Salmond")
    assert g.diff == "Alex Salm[no→on]d"
    assert show_diff("Camerron", "Cameron") == "Camer[-r]on"
    assert show_diff("Barak", "Barack") == "Bara[+c]k"


def test_typo_nearer_to_a_distractor_is_wrong():
    # "Susan Cowen" is one letter from both; the option offered wins over the typo.
    assert grade_text("Susan Cowen", "Susan Cohen").verdict == ALMOST
    assert grade_text("Susan Cowen", "Susan Cohen", others=["Susan Cowen"]).verdict == WRONG


SENTENCE = "Current UK Prime Minister David Cameron said so, and Samantha Cameron agreed with Alex Salmond."


@pytest.mark.parametrize("typed, sentence, verdict", [
    ("Cameron", "Current UK Prime Minister David Cameron said so.", RIGHT),    # title + name is one person
    ("Camron", "Current UK Prime Minister David Cameron said so.", ALMOST),
    ("Cameron", SENTENCE, WRONG),                                            # two Camerons: ambiguous
    ("Samantha Cameron", SENTENCE, WRONG),
    ("Salmond", SENTENCE, WRONG),                                            # another person's surname
])
def test_surname_alone(typed, sentence, verdict):
    q = Question(id="q1", type="short_answer", prompt="Who said it?", answer="David Cameron",
                 source=Source(sentence=sentence, article="A"))
    assert grade(layout(q), typed).verdict == verdict


def test_fixture_short_answer_and_cloze():
    assert grade(layout(SHORT), "Salmond").verdict == RIGHT
    assert grade(layout(SHORT), "David Cameron").verdict == WRONG
    assert grade(layout(CLOZE), "2000-05").verdict == RIGHT
    assert grade(layout(CLOZE), "june 2000").verdict == WRONG


@pytest.mark.parametrize("typed, verdict", [
    ("a", RIGHT), ("A", RIGHT), ("a)", RIGHT), ("b", WRONG), ("d", WRONG),
    ("may 2000", RIGHT), ("2000-05", RIGHT), ("May 2002", WRONG), ("e", WRONG),
])
def test_mcq_by_letter_or_text(typed, verdict):
    assert grade(layout(MCQ_DATE), typed).verdict == verdict


def test_mcq_letters_follow_the_shuffled_order():
    lay = layout(MCQ_ROLE, random.Random(3))
    letter = "abcd"[lay.options.index("First Minister of Scotland")]
    assert grade(lay, letter).verdict == RIGHT
    assert all(grade(lay, x).verdict == WRONG for x in "abcd" if x != letter)
    assert grade(lay, "First Minster of Scotland").verdict == ALMOST


@pytest.mark.parametrize("question, typed, verdict", [
    (TF_TRUE, "t", RIGHT), (TF_TRUE, "True", RIGHT), (TF_TRUE, "f", WRONG),
    (TF_FALSE, "F", RIGHT), (TF_FALSE, "false", RIGHT), (TF_FALSE, "true", WRONG),
])
def test_true_false(question, typed, verdict):
    assert grade(layout(question), typed).verdict == verdict


def test_true_false_unreadable():
    with pytest.raises(UnreadableAnswer):
        grade(layout(TF_TRUE), "maybe")


def test_matching_pairs():
    lay = layout(MATCH)  # no shuffle: lefts in JSON order, rights sorted
    assert lay.lefts[0] == "David Cameron"
    key = expected(lay).split(" (")[0]
    assert key == "1a 2b 3c 4d"
    assert grade(lay, "1a 2b 3c 4d").verdict == RIGHT
    assert grade(lay, "1-a, 2-b, 3-c, 4-d").verdict == RIGHT
    assert grade(lay, "abcd").verdict == RIGHT
    g = grade(lay, "1b 2a 3c 4d")
    assert g.verdict == WRONG and g.note == "2 of 4 pairs right"
    with pytest.raises(UnreadableAnswer):
        grade(lay, "9z")


def test_matching_shuffled():
    lay = layout(MATCH, random.Random(7))
    key = expected(lay).split(" (")[0]
    assert grade(lay, key).verdict == RIGHT


def test_timeline_sequence():
    lay = layout(TIMELINE)  # alphabetical: the JSON order is the answer
    assert lay.items != tuple(TIMELINE.answer)
    key = expected(lay).split(" (")[0]
    assert key == "2 4 3 1"
    assert grade(lay, "2 4 3 1").verdict == RIGHT
    assert grade(lay, "2431").verdict == RIGHT
    assert grade(lay, "1 2 3 4").verdict == WRONG
    with pytest.raises(UnreadableAnswer):
        grade(lay, "1 1 2 3")
