"""Each rule that keeps noisy real-extractor facts out of the bank, on Wikinews sentences."""

from __future__ import annotations

import pytest
from facts import LOCKERBIE_FACTS

from quizgen.models import ArticleMeta, Claim, Event, Facts, Person, Role
from quizgen.questions.bank import make_questions
from quizgen.questions.checks import bank_problems
from quizgen.questions.common import Context, present_caption
from quizgen.questions.language import anchored, indefinite, lower_first, role_text, trim_clause, when_question

META = ArticleMeta(title="Castro recovering following surgery: Cuban officials", date="2006-08-06", source="Wikinews")
NAMES = ["Carlos Lage", "Lage", "Hugo Chavez", "Chavez", "Lee Bollinger", "Bollinger"]


@pytest.mark.parametrize("role, expected", [
    ("Moroccan counterpart", None),                     # whose counterpart?
    ("75 year-old brother", None),
    ("fellow former Prime Minister", None),
    ("brainchild of Ford's Chief Executive Officer", None),  # not a role head
    ("Prime Minister of Ireland visited the White House Monday to commemorate St", None),
    ("mother of one of those killed in the Lockerbie bombing", "mother of one of those killed in the Lockerbie bombing"),
    ("US President", "US President"),                   # "US" is no pronoun
    ("Senior researcher", "senior researcher"),
    ("Cuban vice-premier", "Cuban vice-premier"),
])
def test_role_text_filters_fragments_and_unanchored_relations(role, expected):
    assert role_text(role, "Someone Else") == expected


@pytest.mark.parametrize("role, expected", [
    ("Vice President", False), ("industry minister", False), ("Cuban vice-premier", True),
    ("First Minister of Scotland", True), ("Microsoft CEO", True), ("Paris's father", True),
])
def test_anchored(role, expected):
    assert anchored(role) is expected


@pytest.mark.parametrize("clause, expected", [
    ("The St. Louis plant is one of two plants that manufactures the Ford Explorer", None),   # a state
    ("Steve announced that Mac OS X Leopard would be released", None),                       # reported date
    ("Two more plants will close, another two", None),
    ("the ruling echoes a similar finding made", None),                                       # unknown verb in subject
    ("Two more plants will close", None),                                        # which plants?
    ("The first lawsuit was settled out of court", None),                        # which lawsuit?
    ("Apple Corps was founded by the Beatles", "When was Apple Corps founded by the Beatles?"),
])
def test_when_question_rejects_what_it_cannot_ask_well(clause, expected):
    assert when_question(clause, NAMES) == expected


@pytest.mark.parametrize("text, expected", [
    ("French Formula One (F1) driver Jules Bianchi died at age 25, nine months after his serious accident at…",
     "French Formula One (F1) driver Jules Bianchi died at age 25"),
    ("Apple Corps' latest suit, filed", None),
    ("The Ford Motor Company, the second-largest car manufacturer in America, will cut 30,000 jobs and 14 plants as…",
     "The Ford Motor Company, the second-largest car manufacturer in America, will cut 30,000 jobs and 14 plants"),
])
def test_trim_clause(text, expected):
    assert trim_clause(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("There never was exact proof", "there never was exact proof"),
    ("Israel, in turn, helped abduct a Moroccan opposition leader", "Israel, in turn, helped abduct a Moroccan opposition leader"),
])
def test_lower_first_keeps_names(text, expected):
    """Reported words keep a name's capital ("who said that Israel, in turn, …")."""
    assert lower_first(text) == expected


@pytest.mark.parametrize("phrase, article", [("USAF official", "a"), ("UN envoy", "a"), ("MP", "an"), ("hour", "an")])
def test_indefinite_acronyms(phrase, article):
    assert indefinite(phrase) == article


@pytest.mark.parametrize("sentence, expected", [
    ("A Moroccan army vehicle drives past car wreckages in Guerguerat on November 24, 2020, after the intervention.", True),
    ("Benny Gantz, center, is welcomed by Morocco's Foreign Minister Nasser Bourita, in Rabat, Morocco, Wednesday, Nov. 24, 2021.", False),
    ("Jobs, born in San Francisco on February 24, 1955, has built the most valuable technology company in the world.", False),
])
def test_present_caption(sentence, expected):
    assert present_caption(sentence) is expected


def test_captions_are_not_usable():
    ctx = Context(LOCKERBIE_FACTS)
    assert not ctx.usable("Benny Gantz, center, is welcomed by Morocco's Foreign Minister Nasser Bourita, in Rabat, "
                          "Morocco, Wednesday, Nov. 24, 2021.")
    assert not ctx.usable("Defense Minister Benny Gantz, right, shakes hands with Abdellatif Loudiyi.")


# Castro article sentences (Wikinews, CC BY 2.5).
C_LAGE = ("Lage denied reports that Castro has stomach cancer and said that the ailing leader had \"been made well "
          "by the operation and is recuperating favourably.\"")
C_ALCARON = ("On Saturday, Cuban parliamentary speaker Ricardo Alcaron told CNN's Spanish service that Castro "
             "\"remains in stable condition\" and is \"resting in order to recover as quickly as possible\".")
C_CHAVEZ = "\"We have reliable information of your quick and notable recuperation\" said Chavez on Castro's condition."
C_RICE = ("US Secretary of State Condoleezza Rice told NBC News \"The notion that somehow the United States is going "
          "to invade Cuba, because there are troubles in Cuba, is simply far-fetched\"")
C_BOLLINGER = ("When challenged by Bollinger for Iran's treatment of gays he stated that \"In Iran we don't have "
               "homosexuals like in your country,\" drawing laughter from the audience.")

CASTRO = Facts(
    article=META,
    people=(Person("Carlos Lage", ("Lage",)), Person("Ricardo Alcaron", ("Alcaron",)), Person("Hugo Chavez", ("Chavez",)),
            Person("Condoleezza Rice", ("Rice",)), Person("Lee Bollinger", ("Bollinger",))),
    claims=(
        Claim("Carlos Lage", "reports that Castro has stomach cancer", "indirect", C_LAGE),                 # "denied"
        Claim("Ricardo Alcaron", "remains in stable condition ... resting in order to recover as quickly as possible",
              "direct", C_ALCARON),                                                                        # cut quote
        Claim("Hugo Chavez", "We have reliable information of your quick and notable recuperation", "direct", C_CHAVEZ),
        Claim("Condoleezza Rice", "The notion that somehow the United States is going to invade Cuba, because there "
              "are troubles in Cuba, is simply far-fetched", "direct", C_RICE),
        Claim("Lee Bollinger", "In Iran we don't have homosexuals like in your country", "direct", C_BOLLINGER),  # wrong speaker
        Claim("he", "the ailing leader had been made well by the operation", "indirect", C_LAGE),
    ),
)


def test_who_said_keeps_only_safe_claims():
    qs = [q for q in make_questions(CASTRO) if q.type == "who_said"]
    assert {q.answer for q in qs} == {"Hugo Chavez", "Condoleezza Rice"}
    for q in qs:
        assert q.answer in q.choices and len(q.choices) >= 3
        assert not any(c != q.answer and c.split()[-1] == q.answer.split()[-1] for c in q.choices)


S_PALTI = ("Palti noted the unique relationship that Israel has with Morocco, as hundreds of thousands of Jewish "
           "Israelis have Moroccan roots.")
S_WYNNE = "Pentagon Acquisition Director Michael Wynne said that the contract would be revived as an open bid."
S_AF = "Days after Sen. McCain's remarks, the Air Force said the tanker replacement contract would be revived as an open bid."
S_AMNESTY = "Amnesty International said dozens of journalists have been arrested in Iran since the election."
S_REUTERS = "Human Rights Watch reported that the newspaper Kalameh Sabz was closed by the authorities."
S_AP = "The Associated Press reported that twenty employees of the newspaper were taken into custody."


def test_organisations_answer_with_organisations():
    facts = Facts(
        article=META,
        people=(Person("Michael Wynne", ("Wynne",)),),
        claims=(
            Claim("Amnesty International", "dozens of journalists have been arrested in Iran since the election",
                  "indirect", S_AMNESTY),
            Claim("Human Rights Watch", "the newspaper Kalameh Sabz was closed by the authorities", "indirect", S_REUTERS),
            Claim("Associated Press", "twenty employees of the newspaper were taken into custody", "indirect", S_AP),
            Claim("officials", "the tanker replacement contract would be revived as an open bid", "indirect", S_AF),
        ),
    )
    qs = [q for q in make_questions(facts) if q.type == "who_said"]
    assert qs and all("org" in q.tags and "Michael Wynne" not in q.choices for q in qs)
    assert all(q.prompt.startswith("According to the article, who said that") for q in qs)


def test_relational_role_and_repeats_across_types():
    s1 = "Defense Minister Benny Gantz signed a memorandum with his Moroccan counterpart Abdellatif Loudiyi."
    s2 = "Zohar Palti, the head of the Defense Ministry's Political-Military Bureau, spoke to reporters."
    s3 = "Jerusalem and Rabat resumed diplomatic relations as part of then-US president Donald Trump's Abraham Accords."
    s4 = "Morocco's Foreign Minister Nasser Bourita welcomed the delegation."
    facts = Facts(
        article=META,
        people=(Person("Benny Gantz", ("Gantz",)), Person("Abdellatif Loudiyi", ()), Person("Zohar Palti", ("Palti",)),
                Person("Donald Trump", ()), Person("Nasser Bourita", ())),
        roles=(Role("Benny Gantz", "Defense Minister", s1), Role("Abdellatif Loudiyi", "Moroccan counterpart", s1),
               Role("Zohar Palti", "head of the Defense Ministry's Political-Military Bureau", s2),
               Role("Donald Trump", "then-US president", s3), Role("Nasser Bourita", "Morocco's Foreign Minister", s4)),
    )
    bank = make_questions(facts)
    text = " ".join(q.prompt + " " + q.answer_text + " " + " ".join(q.choices) for q in bank)
    assert "counterpart" not in text
    asked = [p for q in bank for p in ("Benny Gantz", "Zohar Palti", "Donald Trump", "Nasser Bourita") if p in q.prompt + q.answer_text]
    assert len(asked) == len(set(asked))  # one question per person's role, over every type
    assert bank_problems(bank) == []


def test_true_false_swaps_are_definitely_false():
    for seed in range(8):
        for q in make_questions(LOCKERBIE_FACTS, seed=seed, types=["true_false"]):
            if q.answer == "False" and "role" in q.tags:
                assert any(t in q.prompt for t in ("First Minister of Scotland", "UK Prime Minister", "mother of", "father of"))
            if q.answer == "False" and "date" in q.tags:
                shown = q.explanation.rsplit(", not ", 1)[1].rstrip(".")
                assert shown not in {"1988", "May 2000", "2005", "2002", "December 2011"}  # another event's date


def test_timeline_items_are_whole_clauses_without_dates():
    s = "In 1998 Apple introduced the iMac personal computer."
    events = (
        Event("1976", "1976", "Steve Jobs started Apple", "Steve Jobs started Apple in 1976."),
        Event("1998", "1998", "Apple introduced the iMac personal computer", s),
        Event("2001", "2001", "The iPod music player was released, and in 2002 the …", "In 2001 the iPod music player was released, and in 2002 the OS."),
        Event("2005", "2005", "Pixar was acquired by The Walt Disney Company", "Pixar was acquired by The Walt Disney Company in 2005."),
        Event("2008", "2008", "Two more plants will close, another two in 2012", "Two more plants will close in 2008, another two in 2012."),
    )
    facts = Facts(article=META, people=(Person("Steve Jobs", ("Jobs",)),), events=events)
    (q,) = [q for q in make_questions(facts) if q.type == "timeline"]
    # the iPod and plant sentences have two dates each: either could be the item's
    assert q.answer == ("Steve Jobs started Apple", "Apple introduced the iMac personal computer",
                        "Pixar was acquired by The Walt Disney Company")


def test_reported_words_lose_a_leading_comma_and_that():
    s = ("Portland State University professor Kenneth Ruoff told the BBC that, while Akihito and his wife have been "
         "active in social causes, Naruhito and Masako have done little in this regard.")
    from quizgen.questions.who_said import claim_words
    c = Claim("Kenneth Ruoff", ", while Akihito and his wife have been active in social causes, Naruhito and Masako "
              "have done little in this regard", "indirect", s)
    assert claim_words(c).startswith("while Akihito")
