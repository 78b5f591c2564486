"""Eighth pass: cheaper checks with the same answers (a search only when the words it
needs are there), and rules of the seventh pass made narrower: a number after "level" is
a label, not a bare number; "Despite this," goes like "However,"; a quote's "they" may be
the plural noun just before it; a quote's "these …" points back; a name used as a
modifier ("the Cruise video") is no blank; a country inside a role is that role's fact.
Sentences are from Wikinews articles (CC BY 2.5): Japan nuclear crisis (2011), Hackers
attack Church of Scientology website (2008), Ahmadinejad at Columbia University (2007),
Kenya post-election talks (2008), Bush and Ahern St. Patrick's Day reception (2007)."""

from __future__ import annotations

import pytest

from quizgen.models import ArticleMeta, Claim, Facts, Person, Role
from quizgen.questions.bank import make_questions
from quizgen.questions.checks import bank_problems, problems
from quizgen.questions.common import Context, _usable
from quizgen.questions.language import leans_on_context, points_back, proper_names, strip_lead
from quizgen.questions.who_said import sayings


@pytest.mark.parametrize("sentence, leans", [
    # a number after "level" names a level; "the other three" still counts people met before
    ("A spokesperson for NISA said officials had upgraded the nuclear crisis in Fukushima to a level seven on the "
     "International Nuclear Event Scale.", False),
    ("The other three were released without charge.", True),
    ("The United States National Transportation Safety Board is probing two over American soil.", True),
    # a search skipped for want of its words must not change the answer
    ("Police said the 31-year-old Ethiopian-born man was arrested in Pakistan in 2002.", True),
    ("Five minutes later Javier Saviola was through on goal.", True),
    ("Indonesia saw such an accident on New Years' Day 2007.", True),
    ("The Taipei City Lantern Festival was off to a bright start on Saturday night.", False),
])
def test_leans_on_context(sentence, leans):
    assert leans_on_context(sentence) is leans


@pytest.mark.parametrize("sentence, shown", [
    ("Despite this, Japanese nuclear safety officials have insisted the leakage of radiation was small.",
     "Japanese nuclear safety officials have insisted the leakage of radiation was small."),
    # "this" is no pronoun here: the sentence stays as it is (and leans on the one before)
    ("Despite this decision, the Church kept its website online.", "Despite this decision, the Church kept its website "
                                                                   "online."),
])
def test_despite_this_is_a_lead(sentence, shown):
    assert strip_lead(sentence) == shown


@pytest.mark.parametrize("text, plural, back", [
    ("The Kenya National Commission did have these allegations", True, True),
    ("I don't think rumor mongering is going to take this country anywhere", True, False),
    ("The centerpiece of this rock concert-like performance is a 15 meter high rotating pig", False, True),
    ("IE's various versions accounted for 70 percent of the market; this has dropped to 56 percent", False, False),
])
def test_points_back(text, plural, back):
    assert points_back(text, plural=plural) is back


@pytest.mark.parametrize("sentence", [
    "Image: Reuters.",
    "Defense Minister Benny Gantz, right, shakes hands with his Moroccan counterpart.",
    "A Moroccan army vehicle drives past car wreckages in Guerguerat on November 24, 2020.",
    "This article features first-hand journalism by Wikinews members.",
])
def test_captions_and_boilerplate_are_still_found(sentence):
    assert not _usable(sentence)


def test_proper_names_keep_their_offsets():
    s = ("Posts on the message board for the Scientology-critic site Operation Clambake from Friday theorized that "
         "an attack had occurred.")
    assert proper_names(s) == ((59, "Operation Clambake"),)
    # "and" may join two names or be part of one: left out
    assert proper_names("Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the conflict.") == ()
    assert proper_names("He said it was fine.") == ()


AHMADINEJAD = Facts(
    article=ArticleMeta(title="Iranian President Ahmadinejad speaks at Columbia University", date="2007-09-25",
                        source="Wikinews"),
    people=(Person("Mahmoud Ahmadinejad", ("Ahmadinejad",), "male"), Person("Lee Bollinger", ("Bollinger",), "male"),
            Person("George W. Bush", (), "male")),
    claims=(Claim("Mahmoud Ahmadinejad", "It is wrong for some governments, when they disagree with another "
                  "government, to ... spread lies", "direct",
                  "In a rebuttal, Ahmadinejad responded by claiming \"It is wrong for some governments, when they "
                  "disagree with another government, to ... spread lies\"."),
            Claim("Mahmoud Ahmadinejad", "They do not respect the privacy of their own people", "direct",
                  "Ahmadinejad said \"They do not respect the privacy of their own people\"."),),
)


def test_a_quotes_they_may_be_the_plural_noun_before_it():
    found = [s.words for s in sayings(Context(AHMADINEJAD))]
    assert found == ["It is wrong for some governments, when they disagree with another government, to ... spread lies"]


SCIENTOLOGY = Facts(
    article=ArticleMeta(title="Hackers attack Church of Scientology website", date="2008-01-25", source="Wikinews"),
    people=(Person("Tom Cruise", ("Cruise",), "male"), Person("Matthew Ingram", ("Ingram",), "male")),
    sentences=("Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the ongoing conflict involving the "
               "Church of Scientology's attempts to remove the Cruise video from the Internet a war.",),
)


def test_a_name_used_as_a_modifier_is_no_blank():
    clozes = [q for q in make_questions(SCIENTOLOGY) if q.type == "cloze"]
    assert [q.answer for q in clozes] == ["Matthew Ingram"]


IRELAND = Facts(
    article=ArticleMeta(title="George Bush and Irish Prime Minister attend reception at White House", date="2007-03-19",
                        source="Wikinews"),
    people=(Person("Bertie Ahern", ("Ahern",), "male"), Person("George W. Bush", ("Bush",), "male")),
    roles=(Role("Bertie Ahern", "Prime Minister of Ireland",
                "Bertie Ahern, the Prime Minister of Ireland visited the White House Monday to commemorate St. "
                "Patrick's Day."),),
    sentences=("Bertie Ahern, the Prime Minister of Ireland visited the White House Monday to commemorate St. "
               "Patrick's Day.",),
)


def test_a_country_inside_a_role_is_asked_once():
    # "Which country fills the blank? … the Prime Minister of _____ …" asks the role again
    bank = make_questions(IRELAND)
    assert [q.key for q in bank] == ["role|Bertie Ahern|prime minister of ireland"]
    assert bank_problems(bank) == [] and not any(problems(q) for q in bank)
