"""Distractors: role options that are never another wording of the right role nor a role
that may also fit, and country options of the answer's region."""

from __future__ import annotations

import pytest

from quizgen.questions.distractors import (
    countries,
    countries_in,
    country_options,
    may_also_fit,
    near_synonym,
    role_options,
)


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


@pytest.mark.parametrize("sentence, expected", [
    ("The 31-year-old Ethiopian-born man was arrested in Pakistan in 2002 due to issues with his visa.", ["Pakistan"]),
    ("South Korea had recently started to broadcast propaganda from loudspeakers after an 11-year lull.",
     ["South Korea"]),
    # inside a longer name: not the country
    ("The conflicts that had been troubling Northern Ireland for many years.", []),
    ("The Israel Defense Forces said Japan Airlines flights resumed.", []),
    # a list after a capitalised word and a comma is still a country
    ("Nigerian and Iraqi officials met in London, Kenya and Uganda.", ["Kenya", "Uganda"]),
    ("The UK and the U.S. signed it.", ["UK", "U.S."]),
    # "America" alone is not listed: "Latin America", "South America" and speeches
    ("America is richer for every Murphy, Kelly, and O'Sullivan.", []),
])
def test_countries_in(sentence, expected):
    assert [f for _, f in countries_in(sentence)] == expected


def test_country_options_are_of_the_answers_region_never_named_nor_taking_the():
    table = countries()
    wrong = country_options(table["South Korea"], avoid={"North Korea", "China"})
    assert len(wrong) == 3 and not {"North Korea", "China", "South Korea"} & set(wrong)
    assert all(table[w].region.startswith("asia") for w in wrong)
    assert not any(table[w].takes_the for w in country_options(table["Canada"], k=6))
    # other forms of the answer are never options
    assert not {"UK", "Britain", "United Kingdom"} & set(country_options(table["Britain"], k=10))


@pytest.mark.parametrize("role, true_roles, fits", [
    ("President", ["Vice-President"], True),  # one inside the other
    ("Vice-President", ["President"], True),
    ("UK Prime Minister", ["Prime Minister"], True),
    ("Opposition leader", ["Vice-President"], True),  # a side role any politician may hold
    ("Professor", ["Senior researcher"], True),
    ("Foreign Office Minister", ["UK Foreign Secretary"], True),  # a modifier shared under another head
    ("Defense Minister", ["Prime Minister"], False),
    ("Ambassador", ["Vice-President"], False),
    ("Swedish captain", ["English captain"], False),
])
def test_may_also_fit(role, true_roles, fits):
    assert may_also_fit(role, true_roles) is fits


def test_role_options_never_a_sub_or_side_role():
    wrong = role_options("Vice-President", [], ["President", "Opposition leader", "Ambassador", "Defense Minister"])
    assert "President" not in wrong and "Opposition leader" not in wrong
    assert wrong[:2] == ["Ambassador", "Defense Minister"]
