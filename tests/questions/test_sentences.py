"""Questions from any body sentence (``Facts.sentences``): clozes of key terms, "Who …?"
short answers, timeline items without their date; on Wikinews sentences (CC BY 2.5)."""

from __future__ import annotations

import pytest

from quizgen.models import ArticleMeta, Facts, Person, Role
from quizgen.questions.bank import make_questions
from quizgen.questions.checks import bank_problems
from quizgen.questions.common import Context
from quizgen.questions.distractors import role_options
from quizgen.questions.language import leans_on_context, names_subject, proper_names
from quizgen.questions.short_answer import who_question
from quizgen.questions.timeline import _sentence_item

META = ArticleMeta(title="Wikinews test article", date="2011-10-06", source="Wikinews")


@pytest.mark.parametrize("sentence, expected", [
    ("The plane crashed shortly after take-off from Surabaya.", True),            # which plane?
    ("Five minutes later Javier Saviola was through on goal.", True),            # later than what?
    ("In a statement to the Australian Broadcasting Corporation, the Church denied these allegations:", True),
    ("\"AFCA has received tremendous support,\" Tanya Weaver said.", True),       # opens on a quote
    ("The bombing of Pan Am Flight 103 from London to New York resulted in 270 fatalities.", False),
    ("Shares in the auto companies Toyota, Nissan and Honda all dropped, such as those in Tokyo.", False),
    ("IE's various versions accounted for 70 percent of the market in 2009; this has dropped to 56 percent.", False),
])
def test_leans_on_context(sentence, expected):
    assert leans_on_context(sentence) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("Having been initially placed in HM Prison Barlinnie, al-Megrahi was transferred to Greenock in 2005.",
     ["HM Prison Barlinnie"]),
    ("In 1986 he bought Pixar which was acquired by The Walt Disney Company in 2005.", ["Walt Disney Company"]),
    ("Space Shuttle Discovery will take the place of Enterprise at the Udvar-Hazy Center.", ["Udvar-Hazy Center"]),
    ("Hamill's schedule included a panel with Kevin Conroy, the voice of Batman in Batman: The Animated Series.",
     ["Kevin Conroy"]),
    ("A statement by the Brady Campaign and Center to Prevent Gun Violence was posted on Facebook.", []),
    ("Current UK Prime Minister David Cameron commented on his belief.", []),   # may start with the sentence
])
def test_proper_names(sentence, expected):
    assert [n for _, n in proper_names(sentence)] == expected


def test_names_subject_ignores_weekdays_and_months():
    assert not names_subject("A sudden rain storm on Sunday night (March 4) caused a mass exodus")
    assert names_subject("Montalvo was charged with taking hard drives from the Scientology organization")


# One sentence per row with the people it names: the blank it gets, or None.
@pytest.mark.parametrize("sentence, people, answer", [
    ("Abdelbaset al-Megrahi was placed on trial in May 2000 in the Netherlands alongside Al Amin Khalifah Fhimah.",
     (Person("Abdelbaset al-Megrahi", ("al-Megrahi",)),), "Abdelbaset al-Megrahi"),
    ("Jenny Leong, co-ordinator of Amnesty International in Australia, expressed concern to ABC Online.",
     (), "Amnesty International"),
    ("A bomb aboard a bus parked at a public market in Cotabato on Minandao exploded today, injuring 10 people.",
     (), "10"),
    ("Jobs said that Apple has 109 retail stores, creating over $500 million yearly in revenue in Cupertino.",
     (), "$500 million"),                                                              # money whole
    ("At least 24 people have been reported injured.", (), None),                      # which accident?
    ("The United States government would hold a 60% stake.", (), None),               # "a _____ stake"
    ("The Polaroids were all donated by the Andy Warhol Photographic Legacy Program, according to the gallery.",
     (Person("Andy Warhol", ("Warhol",)),), None),                                      # inside a longer name
    ("Somehow his defender let it go past him to Mexican striker Jose Fonseca in the Mexican box.",
     (Person("Jose Fonseca", ("Fonseca",)),), None),                                    # "his": whose?
])
def test_cloze_from_any_sentence(sentence, people, answer):
    bank = make_questions(Facts(article=META, people=people, sentences=(sentence,)), types=["cloze"])
    assert [q.answer for q in bank] == ([answer] if answer else [])
    for q in bank:
        assert q.source.sentence == sentence and "_____" in q.prompt and answer not in q.prompt


def test_sentence_clozes_vary_the_answer_and_pass_the_checks():
    s = ("Thomas Sam, 42, and his wife Manju Sam, 36, from Sydney, Australia, are undergoing trial for manslaughter.",
         "Thomas Sam, a practising homeopath from Sydney, instead decided to treat his daughter himself.",
         "Articles in peer-reviewed academic journals including Social Science and Medicine have criticised homeopathy.")
    facts = Facts(article=META, people=(Person("Thomas Sam"), Person("Manju Sam")), sentences=s)
    bank = make_questions(facts, types=["cloze"])
    answers = [q.answer for q in bank]
    assert len(answers) == len(set(answers)) and "Thomas Sam" in answers
    assert bank_problems(bank) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Abdelbaset al-Megrahi was placed on trial in May 2000 in the Netherlands alongside Al Amin Khalifah Fhimah.",
     "Who was placed on trial in May 2000 in the Netherlands alongside Al Amin Khalifah Fhimah?"),
    ("Rathbun requested donations via a statement made on his blog, in order to help Montalvo with his legal defense.",
     "Who requested donations via a statement made on his blog, in order to help Montalvo with his legal defense?"),
    ("Paul Dewar said the combined security lapses raise serious questions about the government.", None),  # who_said's
    ("Rathbun won.", None),                                                   # too short to say which event
    ("Montalvo was charged after he left the Sea Org group in Los Angeles.", None),  # "he": whose?
])
def test_who_questions(sentence, expected):
    people = (Person("Abdelbaset al-Megrahi", ("al-Megrahi",)), Person("Mark Rathbun", ("Rathbun",)),
              Person("Paul Dewar", ("Dewar",)), Person("Daniel Montalvo", ("Montalvo",)))
    found = who_question(Context(Facts(article=META, people=people)), sentence)
    assert (found[1] if found else None) == expected


def test_who_answers_accept_the_unambiguous_surname():
    s = "Abdelbaset al-Megrahi was placed on trial in May 2000 in the Netherlands alongside Al Amin Khalifah Fhimah."
    facts = Facts(article=META, people=(Person("Abdelbaset al-Megrahi"), Person("Mohammed al-Megrahi")), sentences=(s,))
    (q,) = make_questions(facts, types=["short_answer"])
    assert q.answer == "Abdelbaset al-Megrahi" and "al-Megrahi" not in q.accept  # two al-Megrahis


def test_opening_pronoun_resolved_from_the_sentence_before():
    s1 = "Daniel Montalvo was charged with taking hard drives from the Scientology organization in Los Angeles."
    s2 = "He was released on US$ 20,000 bail on Thursday by a court in Los Angeles."
    ctx = Context(Facts(article=META, people=(Person("Daniel Montalvo", ("Montalvo",), "male"),), sentences=(s1, s2)))
    assert ctx.body[1][1].startswith("Daniel Montalvo was released")
    she = Context(Facts(article=META, people=(Person("Daniel Montalvo", (), "male"),), sentences=(s1, "She" + s2[2:])))
    assert she.body[1][2] is None  # gender does not fit: left alone


@pytest.mark.parametrize("sentence, expected", [
    ("Apple Corps was founded by the Beatles in 1968.", ("1968", "Apple Corps was founded by the Beatles")),
    ("In 2001 Handgun Control, Inc. became known as the Brady Campaign in tribute of both Sarah and James.",
     ("2001", "Handgun Control, Inc. became known as the Brady Campaign in tribute of both Sarah and James")),
    ("In 2002, an appeal against his conviction was unsuccessful.", None),   # only opening dates and closing ones
    ("In 1998 Apple introduced the iMac, in 2001 the iPod music player.", None),  # two dates
])
def test_timeline_items_from_sentences(sentence, expected):
    e = _sentence_item(Context(Facts(article=META)), sentence)
    assert ((e.date, e.text) if e else None) == expected or (expected is None and e is not None and "his" in e.text)


def test_role_distractors_never_also_fit():
    wrong = role_options("Pan-democrat veteran", [], ["Veteran politician", "Pro-Beijing district councillor",
                                                      "Swedish captain", "Panama coach"], k=3)
    assert "Veteran politician" not in wrong
    assert "Swedish captain" in role_options("English captain", [], ["Swedish captain", "Panama coach"], k=3)
