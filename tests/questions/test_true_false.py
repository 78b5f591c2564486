"""True/false questions: numbers swapped for ones the article does not use, and swaps that
are definitely false."""

from __future__ import annotations

import pytest
from facts import LOCKERBIE_FACTS

from quizgen.questions.bank import make_questions
from quizgen.questions.true_false import swapped_number


@pytest.mark.parametrize("n, expected", [
    ("60%", "30%"), ("270", "540"), ("$30 billion", "$60 billion"), ("1,426", "2,852"),
    ("9.0", None),  # a decimal: not swapped
    ("80%", "40%"),  # never over 100%
])
def test_swapped_number(n, expected):
    assert swapped_number(n, taken=set()) == expected


def test_swapped_number_avoids_the_articles_own_numbers():
    assert swapped_number("270", taken={540}) == "135"
    assert swapped_number("4", taken={8, 2}) is None


def test_true_false_swaps_are_definitely_false():
    for seed in range(8):
        for q in make_questions(LOCKERBIE_FACTS, seed=seed, types=["true_false"]):
            if q.answer == "False" and "role" in q.tags:
                assert any(t in q.prompt for t in ("First Minister of Scotland", "UK Prime Minister", "mother of", "father of"))
            if q.answer == "False" and "date" in q.tags:
                shown = q.explanation.rsplit(", not ", 1)[1].rstrip(".")
                assert shown not in {"1988", "May 2000", "2005", "2002", "December 2011"}  # another event's date
