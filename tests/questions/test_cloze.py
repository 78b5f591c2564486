"""Cloze questions: which terms may be blanked (names, numbers, countries), long sentences
cut to their main clause, and sentences never shown (headlines, boilerplate, ones that lean
on the sentence before). Sentences are from Wikinews articles (CC BY 2.5, see
tests/data/articles/README.md)."""

from __future__ import annotations

import pytest
from facts import CUBA
from facts import WIKINEWS_META as META

from quizgen.models import ArticleMeta, Event, Facts, Person
from quizgen.questions.bank import make_questions
from quizgen.questions.cloze import _counts, _free, main_clause
from quizgen.questions.common import Context


def test_cloze_never_blanks_half_a_bracket():
    s = ("NASA celebrated the launch of the first space shuttle Tuesday at an event at the Kennedy Space Center (KSC) "
         "in Cape Canaveral, Florida.")
    bank = make_questions(Facts(article=META, sentences=(s,)), types=["cloze"])
    assert all(q.answer.count("(") == q.answer.count(")") for q in bank)


def test_cloze_never_blanks_the_end_of_a_name_after_an_initial():
    s = ("The prototype orbiter, Space Shuttle Enterprise would be relocated from the Smithsonian's National Air and "
         "Space Museum Steven F. Udvar-Hazy Center at Washington Dulles International Airport.")
    bank = make_questions(Facts(article=META, sentences=(s,)), types=["cloze"])
    assert "Udvar-Hazy Center" not in [q.answer for q in bank]


def test_boilerplate_sentence_gives_no_number_cloze():
    s = ("Wikinews has learned that according to an Internet posting made just over 24 hours ago, the Church of "
         "Scientology's website is being attacked by hackers.")
    facts = Facts(article=META, events=(Event("2015-07-17", "just over 24 hours ago", "the website is attacked", s),),
                  sentences=(s,))
    assert not [q for q in make_questions(facts) if q.type == "cloze"]


def test_headline_gives_no_cloze():
    s = "Ex-PMs of Bangladesh: Hasina not returning, Zia going into exile"
    facts = Facts(article=META, people=(Person("Sheikh Hasina", ("Hasina",), "female"),), sentences=(s,))
    assert not [q for q in make_questions(facts) if q.type == "cloze"]


def test_a_country_a_city_gives_away_is_no_blank():
    from quizgen.questions.cloze import _place_terms
    from quizgen.questions.common import Context

    ctx = Context(Facts(article=ArticleMeta(title="t", date="2007-04-22", source="Wikinews")))
    assert [t[1] for t in _place_terms(ctx, "Two suicide car bombers attacked a police station in Baghdad, the "
                                            "capital of Iraq.", set())] == []
    assert [t[1] for t in _place_terms(ctx, "Canada extradited him last year.", set())] == ["Canada"]


@pytest.mark.parametrize("text, expected", [
    # the dateline goes, then the sentence is cut before the clause that only adds to it
    ("Taipei, Taiwan — The Taipei City Lantern Festival was off to a bright start on Saturday Night as hundreds of "
     "thousands of people crowded onto the Chiang Kai Shek Memorial near downtown Taipei to witness city mayor Hau "
     "Lung-bin and other dignitaries ceremoniously flip the switch to light hundreds of colorful lantern scenes in "
     "and around the 240,000 square meter memorial park.",
     "The Taipei City Lantern Festival was off to a bright start on Saturday Night."),
    ("Irish midfielder Wes Hoolahan scored minutes after the second half began, against the Swedish team led by "
     "Zlatan Ibrahimović; but later, in the 71st minute, Sweden equalised when Ciaran Clark scored an own goal, "
     "resulting in a 1–1 draw.",
     "Irish midfielder Wes Hoolahan scored minutes after the second half began, against the Swedish team led by "
     "Zlatan Ibrahimović; but later, in the 71st minute, Sweden equalised."),
    # an opening participle: no subject before the first cut
    ("Invited to participate in a debate at Columbia University during his visit to New York City this week to "
     "address the United Nations General Assembly, Iranian President Mahmoud Ahmadinejad faced a hostile "
     "introduction from the university's president, Lee Bollinger, who called him a petty and cruel dictator.", None),
    # a relative clause set off by commas inside the main clause is not a place to cut ("the signals, | which
    # CSX operates, were not working"): the sentence ends before the semicolon
    ("Amtrak's CEO, Richard Anderson, speaking to reporters on Sunday, held CSX responsible; he stated the track in "
     "that area is operated by CSX and the signals, which CSX operates, were not working at the time of the "
     "collision and a CSX dispatcher was therefore directing the Amtrak train's movements.",
     "Amtrak's CEO, Richard Anderson, speaking to reporters on Sunday, held CSX responsible."),
    # a time span needs what it is after: "four hours | after …" is no end
    ("At a polling station in Taikoo of the Hong Kong Island constituency, after the polls closed at 22:30, with the "
     "long queues outside the station the last ballot there was cast at 2:30 the next day, four hours after the "
     "last person was allowed to join the queue.", None),
    ("The United States government would hold a 60% stake.", "The United States government would hold a 60% stake."),
])
def test_main_clause(text, expected):
    assert main_clause(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a capitalised word between the number and its noun
    ("According to the Saudi Interior Ministry over 345 Muslim pilgrims have been killed in a stampede.", ("345",)),
    # money whole, without the comma that follows it
    ("A vase purchased at a car boot sale for £1 has sold for £32,450, following advice from experts.",
     ("£1", "£32,450")),
])
def test_counts(sentence, expected):
    assert _counts(sentence) == expected


def test_lead_sentence_may_open_on_a_definite_description():
    facts = Facts(
        article=ArticleMeta(title="Crisis at stricken Japan nuclear plant escalates", date="2011-04-12",
                            source="Wikinews"),
        sentences=("The crisis at a stricken nuclear plant on the northeast coast of Japan is now as severe as the "
                   "disaster at Chernobyl in 1986, officials have said.",
                   "The crisis at the plant is now as severe as the disaster at Chernobyl in 1986, officials have said."),
    )
    clozes = [q for q in make_questions(facts) if q.type == "cloze"]
    # the first sentence opens the report; the same words later lean on what came before
    assert [q.source.sentence for q in clozes] == [facts.sentences[0]]


def test_number_units_are_no_give_away():
    sentence = "Lai smuggled goods worth more than £2 billion into Xiamen, bypassing more than £1 billion in duty."
    assert _free(sentence, "£2 billion")
    assert not _free("Alex Salmond met Salmond's aides.", "Alex Salmond")


def test_another_persons_surname_is_no_blank():
    clozes = [q for q in make_questions(CUBA) if q.type == "cloze"]
    assert not [q for q in clozes if q.answer == "Castro" and "Raul _____" in q.prompt]


def test_a_headline_is_never_shown_for_a_blank_or_a_swap():
    from quizgen.questions.cloze import shown_sentences

    facts = Facts(
        article=ArticleMeta(title="Nigerian elections", date="2007-04-22", source="Wikinews"),
        sentences=("Ex-PMs of Bangladesh: Hasina not returning to Bangladesh, Zia going into exile from Dhaka",
                   "Former Prime Minister of Bangladesh Sheikh Hasina has been prevented from boarding a flight to "
                   "Dhaka by British Airways."),
    )
    assert [i for i, *_ in shown_sentences(Context(facts))] == [1]


def test_a_blank_never_takes_the_full_stop_of_an_abbreviation():
    from quizgen.questions.cloze import _blank

    facts = Facts(article=ArticleMeta(title="Steve Jobs dies", date="2011-10-06", source="Wikinews"))
    text = ("The co-founder and former chief executive officer of Apple Inc. Steve Jobs has died yesterday at the "
            "age of 56, according to the company website.")
    assert _blank(Context(facts), text, "Apple Inc", lead=True) is None


SCIENTOLOGY = Facts(
    article=ArticleMeta(title="Hackers attack Church of Scientology website", date="2008-01-25", source="Wikinews"),
    people=(Person("Tom Cruise", ("Cruise",), "male"), Person("Matthew Ingram", ("Ingram",), "male")),
    sentences=("Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the ongoing conflict involving the "
               "Church of Scientology's attempts to remove the Cruise video from the Internet a war.",),
)


def test_a_name_used_as_a_modifier_is_no_blank():
    clozes = [q for q in make_questions(SCIENTOLOGY) if q.type == "cloze"]
    assert [q.answer for q in clozes] == ["Matthew Ingram"]
