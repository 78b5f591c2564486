"""The English helpers: wh-questions, pronouns, articles, roles, dates in the answer's style."""

from __future__ import annotations

import pytest

from quizgen.questions.distractors import date_options, date_style, role_options
from quizgen.questions.language import indefinite, role_text, unresolved, when_question, with_article

NAMES = ["Abdelbaset al-Megrahi", "al-Megrahi", "Steve Jobs", "Jobs", "Benny Gantz", "Gantz"]


@pytest.mark.parametrize("clause, wh, expected", [
    ("Abdelbaset al-Megrahi was placed on trial in the Netherlands", "When",
     "When was Abdelbaset al-Megrahi placed on trial in the Netherlands?"),
    ("Jobs resigned from his post as CEO", "When", "When did Jobs resign from his post as CEO?"),
    ("the first Macintosh personal computer was released to the public", "In which year",
     "In which year was the first Macintosh personal computer released to the public?"),
    ("Pixar was acquired by The Walt Disney Company", "When", "When was Pixar acquired by The Walt Disney Company?"),
    ("Gantz and Loudiyi signed a memorandum of understanding", "When",
     "When did Gantz and Loudiyi sign a memorandum of understanding?"),
    ("However, Jobs returned to Apple", "When", "When did Jobs return to Apple?"),
    ("Benny Gantz met King Mohammed VI", "When", "When did Benny Gantz meet King Mohammed VI?"),
    ("Germany will play France", "When", "When will Germany play France?"),
    ("Al-Megrahi has dropped the appeal", "When", "When did Al-Megrahi drop the appeal?"),
    # the rules give up rather than guess
    ("He started Apple", "When", None),                       # pronoun subject
    ("an appeal against his conviction was unsuccessful", "When", None),  # whose conviction?
    ("the deal was signed", "When", None),                    # which deal?
    ("Jobs, born in San Francisco", "When", None),            # fragment
    ("the iPod music player", "When", None),                  # no verb
    ("Smith said the plant was closed", "When", None),        # the date dates the reported clause
    ("Fhimah was not found guilty", "When", None),            # negation
    ("In Tripoli, Gantz met officials", "When", None),        # opens with a phrase
])
def test_when_question(clause, wh, expected):
    assert when_question(clause, NAMES, wh) == expected


@pytest.mark.parametrize("text, expected", [
    ("Having been initially placed in HM Prison Barlinnie, al-Megrahi was transferred to Greenock in 2005.", False),
    ("In 2002, an appeal against his conviction was unsuccessful.", True),
    ("He died at his residence Sunday, aged 60.", True),
    ("Jobs resigned from his post as CEO.", False),
    ("This leaves no-bid contracts open to accusations of conflicts of interest.", True),
    ("We will not stop, the minister said.", True),
])
def test_unresolved(text, expected):
    assert unresolved(text, NAMES) is expected


@pytest.mark.parametrize("phrase, article", [
    ("MP", "an"), ("university lecturer", "a"), ("honest broker", "an"), ("European envoy", "a"),
    ("activist", "an"), ("striker", "a"), ("FBI agent", "an"), ("one-time ally", "a"),
])
def test_indefinite(phrase, article):
    assert indefinite(phrase) == article


@pytest.mark.parametrize("role, person, shown, with_det", [
    ("First Minister of Scotland", "Alex Salmond", "First Minister of Scotland", "the First Minister of Scotland"),
    ("Current UK Prime Minister", "David Cameron", "current UK Prime Minister", "the current UK Prime Minister"),
    ("Mossad historian", "Yossi Melman", "Mossad historian", "a Mossad historian"),
    ("spokesman", "Ali Smith", "spokesman", "a spokesman"),
    ("father of another victim of the bombing", "Jim Swire", "father of another victim of the bombing",
     "the father of another victim of the bombing"),
    ("His brother", "Mohammed al-Megrahi", None, None),
    ("Salmond's deputy", "Alex Salmond", None, None),
])
def test_roles(role, person, shown, with_det):
    assert role_text(role, person) == shown
    if shown:
        assert with_article(shown) == with_det


@pytest.mark.parametrize("text, value, style", [
    ("May 2000", "2000-05", "month_year"), ("2005", "2005", "year"), ("February 24, 1955", "1955-02-24", "mdy"),
    ("24 February 1955", "1955-02-24", "dmy"), ("August 24", "2011-08-24", "md"), ("the 1990s", "199", "decade"),
    ("Sunday", "2012-05-20", None), ("last year", "2011", None), ("May", "2012-05", None),
])
def test_date_style(text, value, style):
    assert date_style(text, value) == style


def test_date_options_keep_style_and_granularity_and_never_repeat_the_answer():
    wrong = date_options("2000-05", "month_year", article_values=["1988", "2005", "2011-12"], not_after="2012-05-23")
    assert wrong[0] == "December 2011" and len(wrong) == 3
    assert all(w.split()[0] in {"January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"} and w != "May 2000" for w in wrong)
    years = date_options("2011", "year", not_after="2011-10-06")
    assert "2011" not in years and all(int(y) <= 2011 for y in years)


def test_role_options_never_offer_another_form_of_the_answer():
    wrong = role_options("Former Microsoft CEO", [], ["current Microsoft CEO", "United States President"])
    assert "current Microsoft CEO" not in wrong and wrong[0] == "United States President" and len(wrong) == 3


@pytest.mark.parametrize("role, expected", [
    ("member of the Center for Human Rights Defenders' Arbitrary Arrests Committee",
     "a member of the Center for Human Rights Defenders' Arbitrary Arrests Committee"),
    ("chairman of the National Transportation Safety Board", "the chairman of the National Transportation Safety Board"),
    ("CEO", "the CEO"),
    ("Malaysia's Prime Minister", "Malaysia's Prime Minister"),
])
def test_shared_heads_take_a(role, expected):
    assert with_article(role_text(role)) == expected


@pytest.mark.parametrize("role", ["pan-democratic veteran politicians", "Pro-Beijing councillors"])
def test_group_roles_are_skipped(role):
    assert role_text(role) is None
