"""The shared question context: roles set off by commas, pronouns and bare surnames
written in full, roles cut out of longer names, captions and boilerplate left out.
Sentences are from Wikinews articles (CC BY 2.5, see tests/data/articles/README.md)."""

from __future__ import annotations

import pytest
from facts import CUBA, LOCKERBIE_FACTS
from facts import WIKINEWS_META as META

from quizgen.models import ArticleMeta, Facts, Person, Role
from quizgen.questions.common import Context, _apposed, _usable, present_caption


@pytest.mark.parametrize("sentence, name, expected", [
    ("Bertie Ahern, the Prime Minister of Ireland visited the White House Monday to commemorate St. Patrick's Day.",
     "Bertie Ahern", ["Prime Minister of Ireland"]),
    ("By the end, in the words of the Crown prosecutor, Mark Tedeschi, QC, the baby spent her life crying.",
     "Mark Tedeschi", ["Crown prosecutor"]),
    ("Valeska Paris, an Australian woman and former Scientologist, has claimed that the Church imprisoned her.",
     "Valeska Paris", []),   # a description of two parts, not a role
    ("Thomas Sam, 42, and his wife Manju Sam, 36, from Sydney, Australia, are undergoing trial.", "Thomas Sam", []),
])
def test_roles_set_off_by_commas(sentence, name, expected):
    assert list(_apposed(sentence, name)) == expected


def test_apposed_role_becomes_a_role_question():
    s = "Bertie Ahern, the Prime Minister of Ireland visited the White House Monday to commemorate St. Patrick's Day."
    ctx = Context(Facts(article=META, people=(Person("Bertie Ahern", ("Ahern",), "male"),), sentences=(s,)))
    assert [(r.person, text) for r, text in ctx.roles] == [("Bertie Ahern", "Prime Minister of Ireland")]


OBAMA = Person("Barack Obama", ("Obama",), "male")
GM_SENTENCES = (
    "Describing the problem with the company as one that had been decades in the making, Obama explained the "
    "rationale behind his proposed reorganization plan for General Motors.",
    "The United States government would hold a 60% stake.",
    "The government will give GM a capital infusion of US$30 billion.",
    "He stated that the federal government would not exercise its rights as a shareholder to dictate the company's "
    "day-to-day operations.",
)


def test_he_is_the_only_person_named_so_far():
    ctx = Context(Facts(article=META, people=(OBAMA,), sentences=GM_SENTENCES))
    assert ctx.body[3][1].startswith("Barack Obama stated that the federal government")
    assert ctx.antecedent(3) == GM_SENTENCES  # cites from the sentence that names him
    other = Person("Charles Erwin Wilson", ("Wilson",), "male")
    two = Context(Facts(article=META, people=(OBAMA, other), sentences=(
        GM_SENTENCES[0], "Charles Erwin Wilson once ran General Motors.", *GM_SENTENCES[1:])))
    assert two.body[4][2] is None  # two men named before: "He" stays unresolved
    unnamed = Context(Facts(article=META, people=(OBAMA,), sentences=(
        GM_SENTENCES[0], "A man was arrested outside the White House.", GM_SENTENCES[3])))
    assert unnamed.body[2][2] is None  # "a man" could be "he"


def test_a_bare_surname_opening_a_sentence_is_written_in_full():
    facts = Facts(
        article=ArticleMeta(title="Valeska Paris", date="2011-05-01", source="Wikinews"),
        people=(Person("Valeska Paris", ("Paris",), "female"), Person("Fuad Basya", ("Basya",), "male")),
        sentences=("Valeska Paris, an Australian woman and former Scientologist, has spoken out.",
                   "Paris left the ship after a confrontation with the ship's management.",
                   "According to ABC News, Basya also believes the boat was sent away from Indonesia waters."),
    )
    ctx = Context(facts)
    assert ctx.body[1][1].startswith("Valeska Paris left the ship")
    assert ctx.body[2][1].startswith("According to ABC News, Fuad Basya also believes")
    assert ctx.antecedent(1) == ()  # the sentence itself names her: nothing more to cite


def test_a_surname_two_people_share_is_not_shown_bare():
    ctx = Context(CUBA)
    # "Castro" is Fidel's in this article (his alias); "Bianchi" could be Jules or Lucien
    assert ctx.standalone("On Saturday, Castro was said to be resting.") is not None
    assert ctx.standalone(CUBA.sentences[1]) is None


def test_a_role_cut_out_of_a_company_name_is_not_asked():
    sentence = "Procter & Gamble spokeswoman Jennifer Chelune spoke about the incident on Thursday in Cincinnati."
    facts = Facts(
        article=ArticleMeta(title="Flash crash", date="2010-05-07", source="Wikinews"),
        people=(Person("Jennifer Chelune", (), "female"),),
        roles=(Role("Jennifer Chelune", "Gamble spokeswoman", sentence),),
        sentences=(sentence,),
    )
    assert Context(facts).roles == []


@pytest.mark.parametrize("sentence", [
    "Image: Reuters.",
    "Trade Minister Ana Ruiz, right, shakes hands with her Danish counterpart.",
    "A Spanish fire truck drives past burnt cars in Valencia on November 24, 2020.",
    "This article features first-hand journalism by Wikinews members.",
])
def test_captions_and_boilerplate_are_still_found(sentence):
    assert not _usable(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("A Spanish fire truck drives past burnt cars in Valencia on November 24, 2020, after the blaze.", True),
    ("Ana Ruiz, center, is welcomed by Denmark's Foreign Minister Lars Holm, in Copenhagen, Denmark, Wednesday, Nov. 24, 2021.", False),
    ("Jobs, born in San Francisco on February 24, 1955, has built the most valuable technology company in the world.", False),
])
def test_present_caption(sentence, expected):
    assert present_caption(sentence) is expected


def test_captions_are_not_usable():
    ctx = Context(LOCKERBIE_FACTS)
    assert not ctx.usable("Ana Ruiz, center, is welcomed by Denmark's Foreign Minister Lars Holm, in Copenhagen, "
                          "Denmark, Wednesday, Nov. 24, 2021.")
    assert not ctx.usable("Trade Minister Ana Ruiz, right, shakes hands with Lars Holm.")
