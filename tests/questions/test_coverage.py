"""More questions from quote- and pronoun-heavy articles, answer letters spread over a set
of articles, timelines from dated events. Sentences are from Wikinews articles (CC BY 2.5,
see tests/data/articles/README.md); each table names its article."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from quizgen.models import ArticleMeta, Claim, Event, Facts, Person, Question
from quizgen.questions.bank import make_questions, place_answers
from quizgen.questions.checks import bank_problems
from quizgen.questions.common import Context
from quizgen.questions.timeline import _next_to

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


def facts(title: str, sentences: list[str], people: list[Person], claims: tuple[Claim, ...] = ()) -> Facts:
    meta = ArticleMeta(title=title, date="2015-01-01", source="Wikinews", url=f"https://en.wikinews.org/wiki/{title}")
    return Facts(article=meta, people=tuple(people), claims=claims, sentences=tuple(sentences))


# --------------------------------------------------------------------------- answer letters


def test_answer_letters_even_over_many_articles():
    """One multiple-choice question per article: the start letter comes from the article,
    so over 400 articles each letter holds about a quarter of the answers."""
    q = Question(id="x", type="mcq", prompt="Who?", answer="A", choices=("A", "B", "C", "D"), key="k",
                 source=Context(facts("T", [], [])).source("s"))
    letters = Counter()
    for i in range(400):
        (placed,) = place_answers([q], Context(facts(f"Article_{i}", [], [])))
        letters[placed.choices.index("A")] += 1
    assert all(0.20 <= letters[i] / 400 <= 0.30 for i in range(4)), letters


def test_answer_letters_over_the_test_articles():
    """On the shipped articles (real extractors, about 40 answers) every letter is used and
    none holds more than a third: with so few answers a 20-30% band is left to chance."""
    from quizgen.pipeline import facts_from_article
    from quizgen.reader import read_article

    letters = Counter()
    for path in sorted(ARTICLES.glob("*.txt")):
        for q in make_questions(facts_from_article(read_article(path))):
            if q.type in {"mcq", "who_said"} and len(q.choices) == 4:
                letters[q.choices.index(q.answer)] += 1
    total = sum(letters.values())
    assert total >= 30 and all(0.15 <= letters[i] / total <= 0.35 for i in range(4)), letters


# --------------------------------------------------------------------------- pronouns

# Mary Barra appointed as General Motors chief (2013-12-10)
BARRA = [
    "The United States's largest car manufacturer General Motors today named Mary Barra as its new chief executive.",
    "Barra, 51, will be the first woman to lead a firm in the American auto industry.",
    "She has been with General Motors for 33 years, and is currently the global head of product development.",
    "She said in a statement: \"With an amazing portfolio of cars and trucks and the strongest financial performance "
    "in our recent history, this is an exciting time at today's GM.",
]
# Parents prosecuted after homeopathic treatment leads to daughter's death (2009-05-08)
SAM = [
    "Thomas Sam, 42, and his wife Manju Sam, 36, from Sydney, Australia, are undergoing trial for manslaughter by "
    "gross negligence for the death of their nine-month-old child, Gloria.",
    "She died from infection caused by severe eczema after they shunned effective conventional medical treatments "
    "for homeopathy, a form of alternative medicine that has been described as pseudoscience.",
]
# Gun control campaigner Sarah Brady dies aged 73 (2015-04-05)
BRADY = ["James Brady also died at the age of 73 last August.", "She is survived by son James and stepdaughter Melissa."]
# Barack Obama presents rescue plan after GM declaration of bankruptcy (2009-06-01)
OBAMA = [
    "In a televised speech from the White House at 16:00 UTC today, President of the United States Barack Obama "
    "presented a reorganization plan following the 12:00 UTC announcement by General Motors.",
    "He said to the general public that \"I will not pretend that the hard times are over.\"",
]


@pytest.mark.parametrize("sentences, people, index, expected, cited", [
    # a chain: "Barra, 51, …" -> "She has been …" -> "She said …", citing all three
    (BARRA, [Person("Mary Barra", ("Barra",), "female")], 3,
     "Mary Barra said in a statement:", 3),
    (BARRA, [Person("Mary Barra", ("Barra",), "female")], 2, "Mary Barra has been with General Motors", 2),
    # the sentence before names two people: "She" is their daughter, not Manju Sam
    (SAM, [Person("Thomas Sam", (), "male"), Person("Manju Sam", (), "female")], 1, None, 0),
    # the pronoun's gender does not fit the one person named before
    (BRADY, [Person("James Brady", (), "male"), Person("Sarah Brady", (), "female")], 1, None, 0),
    # the subject after an opening phrase and a title
    (OBAMA, [Person("Barack Obama", ("Obama",), "male")], 1, "Barack Obama said to the general public", 2),
])
def test_opening_pronouns_resolve_to_the_previous_subject(sentences, people, index, expected, cited):
    ctx = Context(facts("Pronouns", sentences, people))
    _, text, who = ctx.body[index]
    if expected is None:
        assert who is None and text == sentences[index]
    else:
        assert text.startswith(expected)
        assert len(ctx.antecedent(index)) == cited and ctx.antecedent(index)[-1] == sentences[index]


# --------------------------------------------------------------------------- who said it

# GM and Chrysler receive Canadian loans amid US restructuring ultimata (2009-04-03)
HARPER = [
    "\"This is a regrettable but necessary step to protect the Canadian economy.",
    "We are doing this on the assumption that we obviously can not afford either in the United States or Canada a "
    "catastrophic short-term collapse.\" said Stephen Harper, Prime Minister of Canada.",
]
# At least 107 killed in Mecca crane collapse (2015-09-12)
MAEENA = [
    "\"Had it happened an hour later it would have been much worse,\" Khaled Al-Maeena, editor at large at the Saudi "
    "Gazette, said.",
    "\"Had it happened five hours earlier or four hours earlier, I think the death toll would have been more than a "
    "thousand.\"",
]
OTHERS = [Person("Rick Wagoner", (), "male"), Person("Fritz Henderson", ("Henderson",), "male"),
          Person("Tony Clement", (), "male")]


@pytest.mark.parametrize("sentences, claim, quoted", [
    # a quote over two sentences, attributed at its close
    (HARPER, Claim("Stephen Harper", "This is a regrettable but necessary step to protect the Canadian economy. We are "
                   "doing this on the assumption that we obviously can not afford either in the United States or "
                   "Canada a catastrophic short-term collapse.", "direct", HARPER[0]),
     "This is a regrettable but necessary step to protect the Canadian economy"),
    # a sentence all in quotes after a quote by the same speaker
    (MAEENA, Claim("Khaled Al-Maeena", "Had it happened five hours earlier or four hours earlier, I think the death "
                   "toll would have been more than a thousand.", "direct", MAEENA[1]),
     "Had it happened five hours earlier or four hours earlier, I think the death toll would have been more than a "
     "thousand"),
    # a resolved "She said": the chain of sentences back to the name is cited
    (BARRA, Claim("Mary Barra", "With an amazing portfolio of cars and trucks and the strongest financial performance "
                  "in our recent history, this is an exciting time at today's GM.", "direct", BARRA[3]),
     "With an amazing portfolio of cars and trucks"),
])
def test_who_said_finds_the_speaker_beyond_the_claims_sentence(sentences, claim, quoted):
    speaker = Person(claim.speaker, (claim.speaker.split()[-1],))
    bank = make_questions(facts("Quotes", sentences, [speaker, *OTHERS], (claim,)), types=["who_said"])
    (q,) = bank
    assert q.answer == claim.speaker and quoted in q.prompt
    assert claim.speaker.split()[-1] in " ".join(q.source.sentences)  # the cited sentences name the speaker
    assert bank_problems(bank) == []


def test_a_quote_that_names_nobody_is_not_asked():
    """The quote before says who spoke only for a quote by the same speaker, by name."""
    claim = Claim("Khaled Al-Maeena", MAEENA[1].strip('"'), "direct", MAEENA[1])
    sentences = ["The accident occurred at a time when the mosque was relatively uncrowded.", MAEENA[1]]
    bank = make_questions(facts("Quotes", sentences, [Person("Khaled Al-Maeena"), *OTHERS], (claim,)), types=["who_said"])
    assert len(bank) == 0


# Airbus offers funding to search for black boxes from Air France disaster (2009-07-30)
ENDERS = ("Chief executive Thomas Enders said in a statement, \"We want to know what happened, as improving air "
          "safety is our top priority.")
SCHAFFRATH = "\"This is an exceptional accident and an exceptional situation,\" Schaffrath explained."


def test_two_speakers_give_true_false_with_the_other_speaker():
    people = [Person("Thomas Enders", ("Enders",), "male"), Person("Stefan Schaffrath", ("Schaffrath",), "male")]
    claims = (Claim("Thomas Enders", "We want to know what happened, as improving air safety is our top priority.",
                    "direct", ENDERS),
              Claim("Stefan Schaffrath", "This is an exceptional accident and an exceptional situation", "direct",
                    SCHAFFRATH))
    answers = Counter()
    for seed in range(6):
        bank = make_questions(facts("Airbus", [ENDERS, SCHAFFRATH], people, claims), seed=seed)
        assert {q.type for q in bank} == {"true_false"} and bank_problems(bank) == []
        for q in bank:
            said = "Thomas Enders" if "air safety" in q.prompt else "Stefan Schaffrath"
            assert (said in q.prompt) == (q.answer == "True")
            answers[q.answer] += 1
    assert answers["True"] and answers["False"]


# --------------------------------------------------------------------------- timeline

# Apple Inc. co-founder Steve Jobs dies aged 56 (2011-10-06)
IMAC = ("In 1998 Apple introduced the iMac personal computer, in 2001 the iPod music player and the following year "
        "the Mac OS X operating system was released.")


@pytest.mark.parametrize("date, item, expected", [
    ("1998", "Apple introduced the iMac personal computer", True),
    ("2001", "Apple introduced the iMac personal computer", False),   # the iPod's date
])
def test_timeline_item_takes_the_date_written_next_to_it(date, item, expected):
    assert _next_to(Event(date, date, item, IMAC), item) is expected


# --------------------------------------------------------------------------- found in blind reviews


@pytest.mark.parametrize("role, shown", [
    ("New Zealand's Prime Minister", "New Zealand's Prime Minister"),   # "New" starts the place name
    ("Malaysia's Prime Minister", "Malaysia's Prime Minister"),
    ("First Minister of Scotland", "the First Minister of Scotland"),
])
def test_possessive_roles_keep_their_capitals_and_take_no_article(role, shown):
    from quizgen.questions.language import role_text, with_article

    assert with_article(role_text(role, "John Burrows")) == shown


def test_a_subject_holds_no_verb_of_saying():
    # Scientology critic arrested for allegedly stealing hard drives (Wikinews)
    from quizgen.questions.language import when_question

    assert when_question("Whitmore stated Montalvo left Scientology-related employment in Los Angeles",
                         ["Whitmore", "Montalvo"]) is None


def test_a_camel_case_brand_is_part_of_the_name():
    # Apple Computer and Apple Corps, Wikinews
    from quizgen.questions.language import proper_names

    s = "Apple Computer was started by Steve Jobs and Steve Wozniak in 1976, and launched the iTunes Music Store in 2003."
    assert "Music Store" not in [n for _, n in proper_names(s)]


def test_a_number_in_a_designation_is_no_date():
    # Asteroid 1950 DA held together by van der Waals forces, Wikinews
    s = ("But as the spin rate increases due to YORP effect, the centrifugal force may cause the rubble pile to "
         "eventually separate as it happened with P/2013 R3.")
    f = facts("Asteroid", [s], [])
    f = Facts(article=f.article, events=(Event("2013", "2013", s, s),), sentences=(s,))
    assert not [q for q in make_questions(f) if "2013" in q.answer_text or "2013" not in q.prompt]


def test_reported_words_lose_an_opening_for_example():
    from quizgen.questions.who_said import claim_words

    s = ("For example, the Weatherspoon Art Museum at the University of North Carolina at Greensboro saw attendance "
         "levels reach 11,000 visitors when it exhibited its Warhol collection in 2010, according to curator Elaine "
         "Gustafon.")
    c = Claim("Elaine Gustafon", s.split(", according")[0], "indirect", s)
    assert claim_words(c).startswith("the Weatherspoon Art Museum")
