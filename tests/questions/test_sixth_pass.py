"""Sixth pass: countries as cloze terms and "Which country …?" options, long sentences
cut to their main clause, numbers and countries swapped for true/false, and the second
tier that tops up banks of articles with few facts. Sentences are from Wikinews articles
(CC BY 2.5): North Korea puts military in 'quasi-state of war' (2015), Lantern Festival in
Taipei (2007), UK loses appeal to conceal Binyam Mohamed torture (2010), Crisis at stricken
Japan nuclear plant escalates (2011), Barack Obama presents rescue plan (2009), Hundreds
dead in Hajj stampede (2006), Euro 2016 (2016), Amtrak crash (2018)."""

from __future__ import annotations

import json

import pytest
from facts import LOCKERBIE_FACTS

from quizgen.models import ArticleMeta, Facts, Person
from quizgen.questions.bank import MIN_QUESTIONS, make_questions
from quizgen.questions.checks import bank_problems
from quizgen.questions.cloze import _counts, main_clause
from quizgen.questions.distractors import countries, countries_in, country_options
from quizgen.questions.true_false import swapped_number


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


def test_a_country_a_city_gives_away_is_no_blank():
    from quizgen.questions.cloze import _place_terms
    from quizgen.questions.common import Context

    ctx = Context(Facts(article=ArticleMeta(title="t", date="2007-04-22", source="Wikinews")))
    assert [t[1] for t in _place_terms(ctx, "Two suicide car bombers attacked a police station in Baghdad, the "
                                            "capital of Iraq.", set())] == []
    assert [t[1] for t in _place_terms(ctx, "Canada extradited him last year.", set())] == ["Canada"]


def test_country_options_are_of_the_answers_region_never_named_nor_taking_the():
    table = countries()
    wrong = country_options(table["South Korea"], avoid={"North Korea", "China"})
    assert len(wrong) == 3 and not {"North Korea", "China", "South Korea"} & set(wrong)
    assert all(table[w].region.startswith("asia") for w in wrong)
    assert not any(table[w].takes_the for w in country_options(table["Canada"], k=6))
    # other forms of the answer are never options
    assert not {"UK", "Britain", "United Kingdom"} & set(country_options(table["Britain"], k=10))


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


@pytest.mark.parametrize("sentence, expected", [
    # a capitalised word between the number and its noun
    ("According to the Saudi Interior Ministry over 345 Muslim pilgrims have been killed in a stampede.", ("345",)),
    # money whole, without the comma that follows it
    ("A vase purchased at a car boot sale for £1 has sold for £32,450, following advice from experts.",
     ("£1", "£32,450")),
])
def test_counts(sentence, expected):
    assert _counts(sentence) == expected


# An article with few facts the extractors find: one person, no roles, events or claims.
KOREA = Facts(
    article=ArticleMeta(title="North Korea puts military in 'quasi-state of war'", date="2015-08-21",
                        source="Wikinews"),
    people=(Person("Kim Jong-un", (), "male"),),
    sentences=(
        "According to Yonhap news agency, quoting North Korea's main news agency Korean Central News Agency (KCNA), "
        "the country's military has been placed on high alert and has been told to prepare a \"quasi-state of war\".",
        "The South retaliated by firing dozens of rounds of artillery into the north.",
        "South Korea had recently started to broadcast propaganda from loudspeakers after an 11-year lull.",
        "After the exchange of fire, North Korea stated it would attack any loudspeakers broadcasting propaganda and "
        "would respond, militarily, within 48 hours if they were not switched off.",
        "No injuries or deaths were reported in the attacks from either side, but South Korea evacuated about 80 "
        "people in the town of Yeoncheon after at least one shell was fired.",
        "The United States government would hold a 60% stake.",
    ),
)


def test_second_tier_tops_up_a_bank_of_few_facts():
    bank = make_questions(KOREA)
    assert bank_problems(bank) == []
    place = [q for q in bank if q.type == "mcq" and "place" in q.tags]
    assert place and place[0].prompt.startswith("Which country fills the blank? “_____ had recently started")
    assert place[0].answer == "South Korea" and "North Korea" not in place[0].choices
    numbers = [q for q in bank if q.type == "true_false" and "number" in q.tags]
    # "about 80" is a bound: never swapped; "a 60% stake" may be
    assert all("80" not in q.prompt or q.answer == "True" for q in numbers)


def test_second_tier_leaves_full_banks_alone():
    bank = make_questions(LOCKERBIE_FACTS)
    assert len(bank) >= MIN_QUESTIONS
    assert not [q for q in bank if q.type in {"mcq", "true_false"} and {"place", "number"} & set(q.tags)]


def test_second_tier_is_deterministic_and_respects_n():
    dump = lambda b: json.dumps(b.to_dict(), ensure_ascii=False)  # noqa: E731
    assert dump(make_questions(KOREA, seed=4)) == dump(make_questions(KOREA, seed=4))
    assert len(make_questions(KOREA, n=2)) == 2


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
