"""Role distractors never offer another wording of the right role."""

from __future__ import annotations

import pytest

from quizgen.questions.distractors import near_synonym, role_options


@pytest.mark.parametrize("a, b, same", [
    ("Environment Canada spokesperson", "Environment Canada spokeswoman", True),
    ("Pan-democrat veteran", "Pan-democracy camp councillor", True),
    ("committee chairman", "committee chairwoman", True),
    ("Defense Minister", "Foreign Minister", False),
    ("UK Prime Minister", "First Minister of Scotland", False),
    ("Moroccan Foreign Minister", "Moroccan Defense Minister", False),
    ("Northrop Grumman CEO", "UBS analyst", False),
])
def test_near_synonym(a, b, same):
    assert near_synonym(a, b) is same and near_synonym(b, a) is same


def test_role_options_skip_other_wordings_of_the_answer():
    options = role_options("Environment Canada spokesperson", [],
                           ["Environment Canada spokeswoman", "Environment Minister", "Ottawa New Democrat MP"], k=2)
    # "Environment Minister" shares a modifier under another head: of one department, it goes too
    assert options == ["Ottawa New Democrat MP", "human rights lawyer"]
