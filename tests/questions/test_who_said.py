"""Who-said questions: which sayings are safe to ask, whole quotes, vague reported words,
pronouns in speech reports, organisations among organisations, options that could not
also be right. Sentences are from Wikinews articles (CC BY 2.5, see tests/data/articles/README.md)."""

from __future__ import annotations

import pytest
from facts import CASTRO_META
from facts import WIKINEWS_META as META

from quizgen.models import ArticleMeta, Claim, Facts, Person
from quizgen.questions.bank import make_questions
from quizgen.questions.checks import bank_problems
from quizgen.questions.common import Context
from quizgen.questions.who_said import _vague_words, _whole_quotes, sayings


def test_possessive_name_resolves_a_pronoun_in_quoted_words():
    s = ('Mr. Tedeschi also told the court that, over the last five months of her life, "Gloria\'s eczema played a '
         'devastating role in her overall health and it is asserted by the Crown that both her parents knew this."')
    words = ("Gloria's eczema played a devastating role in her overall health and it is asserted by the Crown that "
             "both her parents knew this.")
    people = (Person("Mark Tedeschi", ("Tedeschi", "Mr. Tedeschi"), "male"), Person("Thomas Sam", (), "male"),
              Person("Manju Sam", (), "female"), Person("Tom Molomby", (), "male"))
    facts = Facts(article=META, people=people, claims=(Claim("Mark Tedeschi", words, "direct", s),), sentences=(s,))
    (q,) = [q for q in make_questions(facts) if "claim" in q.tags]
    assert q.answer == "Mark Tedeschi" and "Gloria's eczema" in q.prompt


KIBAKI = ("Annan said that he had noted some progress on the reform agenda but warned that time was running out.")


def test_reported_words_with_the_speakers_own_he_keep_men_as_options():
    people = (Person("Kofi Annan", ("Annan",), "male"), Person("Mwai Kibaki", ("Kibaki",), "male"),
              Person("William Ruto", ("Ruto",), "male"), Person("Martha Karua", ("Karua",), "female"))
    claims = (Claim("Kofi Annan", "he had noted some progress on the reform agenda but warned that time was running out",
                    "indirect", KIBAKI),
              Claim("Mwai Kibaki", "the reforms would be completed by the end of the year", "indirect",
                    "Mwai Kibaki said that the reforms would be completed by the end of the year."),
              Claim("William Ruto", "the government had done its best", "indirect",
                    "William Ruto said that the government had done its best."),
              Claim("Martha Karua", "the reform process had stalled completely", "indirect",
                    "Martha Karua said that the reform process had stalled completely."))
    facts = Facts(article=META, people=people, claims=claims, sentences=tuple(c.sentence for c in claims))
    (q,) = [q for q in make_questions(facts) if q.answer == "Kofi Annan" and "progress" in q.prompt]
    assert q.prompt.startswith("According to the article, who said that he had noted some progress")
    assert "Martha Karua" not in q.choices  # "he" would rule her out


OBAMA = [
    "In a televised speech from the White House today, President of the United States Barack Obama presented a "
    "reorganization plan for General Motors.",
    "The United States government would hold a 60% stake.",
    "In particular, he stated that General Motors would not be told by Washington \"what new type of car to make.\"",
]


def test_a_mid_sentence_he_is_the_one_man_named_so_far():
    facts = Facts(
        article=ArticleMeta(title="Barack Obama presents rescue plan", date="2009-06-01", source="Wikinews"),
        people=(Person("Barack Obama", ("Obama",), "male"),),
        claims=(Claim("Barack Obama", "General Motors would not be told by Washington \"what new type of car to "
                      "make.\"", "indirect", OBAMA[2]),),
        sentences=tuple(OBAMA),
    )
    (s,) = sayings(Context(facts))
    assert s.name == "Barack Obama" and s.cited == tuple(OBAMA)
    assert bank_problems(make_questions(facts)) == []


@pytest.mark.parametrize("words, whole", [
    ("the federal government would not exercise its rights to dictate \"what new type of car to make\"", True),
    ("his intent was not to \"perpetuate] the bad business decisions of the past", False),
    ("a \"more general reflection\" ((it)) is needed", False),
    ("he had \"no interest\" in running GM", True),
])
def test_whole_quotes(words, whole):
    assert _whole_quotes(words) is whole


@pytest.mark.parametrize("words, vague", [
    ("the issue is complicated and will take time to get right", True),
    ("the investigation into the Lockerbie bombing is ongoing", False),
    ("the company would not comment", True),
    ("Kenya risks returning to ethnic clashes", False),
    ("a winner could not be announced on the basis of the poll conducted", True),  # which poll?
    ("500 institutions received the initial invitation and 190 universities have accepted", True),
])
def test_vague_reported_words(words, vague):
    assert _vague_words(words) is vague


def test_no_distractor_is_named_in_the_words_as_someone_else():
    quote = "If Lai was executed three times over, it would not be too much"
    sentence = f"The following year, Premier Zhu Rongji said \"{quote}\"."
    facts = Facts(
        article=ArticleMeta(title="Bandit King sentenced", date="2012-05-18", source="Wikinews"),
        people=(Person("Lai Changxing", (), "male"), Person("Zhu Rongji", ("Zhu",), "male"),
                Person("Jiang Zemin", (), "male"), Person("Liu Liying", (), "female"), Person("Li Jizhou", (), "male")),
        claims=(Claim("Zhu Rongji", quote, "direct", sentence),),
        sentences=("Lai Changxing has been given a life sentence for smuggling in Xiamen.", sentence),
    )
    (s,) = sayings(Context(facts))
    assert s.name == "Zhu Rongji" and "Lai Changxing" not in s.wrong and len(s.wrong) == 3


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
    article=CASTRO_META,
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


S_AF = "Days after Sen. McCain's remarks, the Air Force said the tanker replacement contract would be revived as an open bid."
S_AMNESTY = "Amnesty International said dozens of journalists have been arrested in Iran since the election."
S_REUTERS = "Human Rights Watch reported that the newspaper Kalameh Sabz was closed by the authorities."
S_AP = "The Associated Press reported that twenty employees of the newspaper were taken into custody."


def test_organisations_answer_with_organisations():
    facts = Facts(
        article=CASTRO_META,
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


def test_reported_words_lose_a_leading_comma_and_that():
    s = ("Portland State University professor Kenneth Ruoff told the BBC that, while Akihito and his wife have been "
         "active in social causes, Naruhito and Masako have done little in this regard.")
    from quizgen.questions.who_said import claim_words
    c = Claim("Kenneth Ruoff", ", while Akihito and his wife have been active in social causes, Naruhito and Masako "
              "have done little in this regard", "indirect", s)
    assert claim_words(c).startswith("while Akihito")
