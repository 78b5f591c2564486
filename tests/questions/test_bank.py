"""The bank as a whole: determinism, the quality bar's automatic checks, edited JSON, the
second tier that tops up banks of articles with few facts, one question per fact over every
type. Sentences are from Wikinews articles (CC BY 2.5, see tests/data/articles/README.md)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace

import pytest
from facts import CASTRO_META as META
from facts import JOBS_FACTS, LOCKERBIE_FACTS

from quizgen.errors import QuizgenError
from quizgen.models import ArticleMeta, Facts, Person, QuestionBank, Role
from quizgen.questions.bank import MIN_QUESTIONS, make_questions
from quizgen.questions.checks import bank_problems, problems

ALL = [LOCKERBIE_FACTS, JOBS_FACTS]


def dump(bank: QuestionBank) -> str:
    return json.dumps(bank.to_dict(), ensure_ascii=False, indent=2)


@pytest.mark.parametrize("facts", ALL, ids=["lockerbie", "jobs"])
def test_quality_bar_checks_pass(facts):
    for seed in (0, 1, 7):
        assert bank_problems(make_questions(facts, seed=seed)) == []


@pytest.mark.parametrize("facts", ALL, ids=["lockerbie", "jobs"])
def test_same_input_and_seed_give_byte_identical_json(facts):
    assert dump(make_questions(facts, seed=3)) == dump(make_questions(facts, seed=3))
    # a round trip through the facts JSON changes nothing either
    again = Facts.from_dict(json.loads(json.dumps(facts.to_dict())))
    assert dump(make_questions(again, seed=3)) == dump(make_questions(facts, seed=3))


def test_ids_come_from_article_and_fact_not_wording_or_seed():
    a, b = make_questions(LOCKERBIE_FACTS, seed=0), make_questions(LOCKERBIE_FACTS, seed=5)
    assert {q.id for q in a} == {q.id for q in b}
    assert len({q.id for q in a}) == len(a)


def test_every_article_gets_five_questions_and_the_set_four_types():
    banks = [make_questions(f) for f in ALL]
    assert all(len(b) >= 5 for b in banks)
    # four at least (the quality bar); the Jobs timeline sentences name two dates each, so no timeline
    assert len({q.type for b in banks for q in b}) >= 5


def test_answer_positions_spread_over_a_to_d():
    positions = Counter()
    for f in ALL:
        for q in make_questions(f):
            if q.type in {"mcq", "who_said"}:
                positions[q.choices.index(q.answer)] += 1
    assert len(positions) >= 3
    assert max(positions.values()) - min(positions.values()) <= 2


def test_true_false_is_not_always_true():
    answers = Counter(q.answer for f in ALL for s in range(4) for q in make_questions(f, seed=s) if q.type == "true_false")
    assert answers["True"] and answers["False"]


def test_n_and_types_limit_the_bank():
    bank = make_questions(LOCKERBIE_FACTS, n=3)
    assert len(bank) == 3 and len({q.type for q in bank}) == 3
    only = make_questions(LOCKERBIE_FACTS, types=["who_said"])
    assert {q.type for q in only} == {"who_said"}
    with pytest.raises(QuizgenError, match="essay"):
        make_questions(LOCKERBIE_FACTS, types=["essay"])


def test_no_facts_no_questions():
    assert len(make_questions(Facts(article=LOCKERBIE_FACTS.article))) == 0


def test_edited_json_round_trips():
    bank = make_questions(JOBS_FACTS)
    data = json.loads(dump(bank))
    assert QuestionBank.from_dict(data) == bank
    # a user deletes a question and fixes a prompt: the file still loads, edits kept
    del data["questions"][0]
    data["questions"][0]["prompt"] = "Edited prompt?"
    edited = QuestionBank.from_dict(data)
    assert len(edited) == len(bank) - 1 and edited.questions[0].prompt == "Edited prompt?"


def test_checks_catch_bad_questions():
    q = next(q for q in make_questions(LOCKERBIE_FACTS) if q.type == "mcq")
    wrong = replace(q, prompt=f"{q.prompt} ({q.answer})")
    assert any(p.startswith("6:") for p in problems(wrong))
    twice = replace(q, choices=(q.answer, q.answer, *q.choices[2:]))
    assert any(p.startswith("2:") for p in problems(twice))
    absent = replace(q, answer="June 1999", choices=("June 1999", *q.choices[1:]))
    assert any(p.startswith("1:") for p in problems(absent))
    assert any("repeated" in p for p in bank_problems([q, q]))


def test_noisy_facts_are_skipped():
    prompts = " ".join(q.prompt for q in make_questions(LOCKERBIE_FACTS, seed=0))
    assert "His brother" not in prompts  # a pronoun role
    assert "Sunday" not in prompts  # a relative date
    assert "Prosecutors" not in prompts  # a pronoun speaker
    assert "his conviction" not in prompts  # "an appeal against his conviction": whose?


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


def test_a_short_bank_asks_roles_one_by_one_rather_than_matched():
    sentences = ("UK Foreign Secretary David Miliband today lost an appeal to conceal details of the treatment of "
                 "UK resident Binyam Mohamed.",
                 "The release implies that Foreign Office Minister Ivan Lewis misled the BBC's Today programme.")
    facts = Facts(
        article=ArticleMeta(title="UK loses appeal", date="2010-02-10", source="Wikinews"),
        people=(Person("David Miliband", ("Miliband",)), Person("Binyam Mohamed"), Person("Ivan Lewis", ("Lewis",))),
        roles=(Role("David Miliband", "UK Foreign Secretary", sentences[0]),
               Role("Binyam Mohamed", "UK resident", sentences[0]),
               Role("Ivan Lewis", "Foreign Office Minister", sentences[1])),
        sentences=sentences,
    )
    bank = make_questions(facts)
    assert len(make_questions(facts, types=["matching"])) == 1  # matching on its own still asks them together
    # one matching question would be the whole bank: three questions ask the same roles one by one
    assert [q.type for q in bank] == ["true_false", "cloze", "short_answer"]
    assert bank_problems(bank) == []


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


def test_relational_role_and_repeats_across_types():
    s1 = "Defense Minister Benny Gantz signed a memorandum with his Moroccan counterpart Abdellatif Loudiyi."
    s2 = "Zohar Palti, the head of the Trade Ministry's Policy Bureau, spoke to reporters."
    s3 = "Madrid and Oslo resumed trade talks under then-US president Donald Trump's tariff truce."
    s4 = "Morocco's Foreign Minister Nasser Bourita welcomed the delegation."
    facts = Facts(
        article=META,
        people=(Person("Benny Gantz", ("Gantz",)), Person("Abdellatif Loudiyi", ()), Person("Zohar Palti", ("Palti",)),
                Person("Donald Trump", ()), Person("Nasser Bourita", ())),
        roles=(Role("Benny Gantz", "Defense Minister", s1), Role("Abdellatif Loudiyi", "Moroccan counterpart", s1),
               Role("Zohar Palti", "head of the Trade Ministry's Policy Bureau", s2),
               Role("Donald Trump", "then-US president", s3), Role("Nasser Bourita", "Morocco's Foreign Minister", s4)),
    )
    bank = make_questions(facts)
    text = " ".join(q.prompt + " " + q.answer_text + " " + " ".join(q.choices) for q in bank)
    assert "counterpart" not in text
    asked = [p for q in bank for p in ("Benny Gantz", "Zohar Palti", "Donald Trump", "Nasser Bourita") if p in q.prompt + q.answer_text]
    assert len(asked) == len(set(asked))  # one question per person's role, over every type
    assert bank_problems(bank) == []
