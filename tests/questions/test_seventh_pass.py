"""Seventh pass: sentences that lean on the one before (a bare number, "the 31-year-old
man", "such an accident"), "the …" phrases that do not say which, role distractors that
may also be right, single-speaker speech reports, bare surnames written in full, and
matching given up when it leaves a short bank shorter. Sentences are from Wikinews
articles (CC BY 2.5): Air France Flight 447 search (2009), Scientology defector arrested
(2010), UK loses appeal to conceal Binyam Mohamed torture (2010), Nigerian elections
(2007), Adam Air crash report (2008), Euro 2016 (2016), Hajj stampede (2006), Barack
Obama presents rescue plan (2009), Valeska Paris (2011), Bandit King sentenced (2012),
Environment Canada documents (2008)."""

from __future__ import annotations

import pytest

from quizgen.models import ArticleMeta, Claim, Facts, Person, Role
from quizgen.questions.bank import make_questions
from quizgen.questions.checks import bank_problems
from quizgen.questions.cloze import _free
from quizgen.questions.common import Context
from quizgen.questions.distractors import may_also_fit, role_options
from quizgen.questions.language import leans_on_context, vague_the
from quizgen.questions.matching import candidates as matching
from quizgen.questions.who_said import _vague_words, _whole_quotes, sayings


@pytest.mark.parametrize("sentence, leans", [
    # a bare number standing for things counted before
    ("The United States National Transportation Safety Board is probing two over American soil while earlier "
     "this month another Air France A330 crashed.", True),
    ("Taking a less-sensational line, the Evening News stated five were referred to the Procurator Fiscal.", True),
    ("On December 18, the inaugural train derailed in Washington state, killing three.", False),
    ("Two of the 228 passengers died in Jakarta.", False),
    # a definite description of someone or something met before
    ("Montalvo had known Devocht personally, and came to the conclusion that the claims made about him in the "
     "Freedom article were lies.", True),
    ("Police said the 31-year-old Ethiopian-born man was arrested in Pakistan in 2002.", True),
    ("After the accident, the FIA, which sanctions Formula One racing, formed a panel to investigate the crash.", True),
    ("In the 62nd minute Kim Min-Woo conceded a penalty which the match referee Joel Aguilar awarded Sweden after "
     "confirming with the video assistant referee.", False),
    ("Indonesia saw such an accident on New Years' Day 2007 when Adam Air Flight 574 crashed.", True),
    ("Most were Indonesians, but for three South Koreans, one Malaysian, one Brit, and French national Plesel.", True),
    ("Of 307 on board, three Chinese teens died and over 200 people were injured.", True),
    # "This" is the clause that follows
    ("This is not the first time deadly stampedes have taken place during the Hajj, with the deadliest stampede "
     "during the 1991 Hajj, in which 1,426 pilgrims were trampled to death.", False),
    ("This is the right thing to do.", True),
])
def test_leans_on_context(sentence, leans):
    assert leans_on_context(sentence) is leans


@pytest.mark.parametrize("text, vague", [
    ("led the defending champions as David de Gea guarded the net", True),
    ("earned a surprise victory as second place in the constituency with 50,818 votes", True),
    ("Republican Senator _____ was also unhappy about the rejection.", True),
    # named, told which by "of …", or by a preposition and a name
    ("was placed on trial in May 2000 in the Netherlands alongside Al Amin Khalifah Fhimah", False),
    ("joined the Sea Org aged 14", False),
    ("released a statement regarding the death of her \"dear friend\" _____.", False),
    ("dubbed the ongoing conflict involving the Church of Scientology", False),
    ("praised the commitments made by Abbas and _____.", False),
    ("for the first time", False),
])
def test_vague_the(text, vague):
    assert vague_the(text) is vague


@pytest.mark.parametrize("role, true_roles, fits", [
    ("President", ["Vice-President"], True),  # one inside the other
    ("Vice-President", ["President"], True),
    ("UK Prime Minister", ["Prime Minister"], True),
    ("Opposition leader", ["Vice-President"], True),  # a side role any politician may hold
    ("Professor", ["Senior researcher"], True),
    ("Foreign Office Minister", ["UK Foreign Secretary"], True),  # a modifier shared under another head
    ("Defense Minister", ["Prime Minister"], False),
    ("Ambassador", ["Vice-President"], False),
    ("Swedish captain", ["English captain"], False),
])
def test_may_also_fit(role, true_roles, fits):
    assert may_also_fit(role, true_roles) is fits


def test_role_options_never_a_sub_or_side_role():
    wrong = role_options("Vice-President", [], ["President", "Opposition leader", "Ambassador", "Defense Minister"])
    assert "President" not in wrong and "Opposition leader" not in wrong
    assert wrong[:2] == ["Ambassador", "Defense Minister"]


SPOKES = "Environment Canada spokeswoman Sujata Raisinghani told CBC News the department will look into it."


def test_matching_never_pairs_two_names_of_one_job():
    facts = Facts(
        article=ArticleMeta(title="Environment Canada documents found", date="2008-06-13", source="Wikinews"),
        people=tuple(Person(n) for n in ("Julie Hahn", "Sujata Raisinghani", "John Baird", "Paul Dewar")),
        roles=(Role("Julie Hahn", "Environment Canada spokesperson", "Environment Canada spokesperson Julie Hahn said so."),
               Role("Sujata Raisinghani", "Environment Canada spokeswoman", SPOKES),
               Role("John Baird", "Environment Minister", "Environment Minister John Baird said so."),
               Role("Paul Dewar", "Ottawa New Democrat MP", "Paul Dewar, an Ottawa New Democrat MP, said so.")),
        sentences=("Environment Canada spokesperson Julie Hahn said so.", SPOKES,
                   "Environment Minister John Baird said so.", "Paul Dewar, an Ottawa New Democrat MP, said so."),
    )
    (q,) = matching(Context(facts))
    roles = [r for _, r in q.answer]
    assert not ({"Environment Canada spokesperson", "Environment Canada spokeswoman"} <= set(roles))
    # nor does a true/false call the spokeswoman a "spokesperson" and mark it false
    for q in make_questions(facts, seed=3):
        assert not (q.type == "true_false" and "Raisinghani is an Environment Canada spokesperson" in q.prompt
                    and q.answer == "False")


def test_who_question_names_which_event():
    facts = Facts(
        article=ArticleMeta(title="Euro 2016", date="2016-06-14", source="Wikinews"),
        people=(Person("Sergio Ramos", ("Ramos",), "male"), Person("David de Gea", ("de Gea",), "male")),
        sentences=("Spain beat the Czech Republic 1–0 in Toulouse on Monday.",
                   "Sergio Ramos led the defending champions as David de Gea guarded the net."),
    )
    bank = make_questions(facts)
    assert not [q for q in bank if "defending champions" in q.prompt and q.answer in {"Sergio Ramos", "David de Gea"}]


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


def test_number_units_are_no_give_away():
    sentence = "Lai smuggled goods worth more than £2 billion into Xiamen, bypassing more than £1 billion in duty."
    assert _free(sentence, "£2 billion")
    assert not _free("Alex Salmond met Salmond's aides.", "Alex Salmond")


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


@pytest.mark.parametrize("role, expected", [
    ("Republican Senator", "a Republican Senator"),  # many hold it: never "the"
    ("Ottawa New Democrat MP", "an Ottawa New Democrat MP"),
    ("First Minister of Scotland", "the First Minister of Scotland"),
])
def test_with_article(role, expected):
    from quizgen.questions.language import with_article

    assert with_article(role) == expected


CUBA = Facts(
    article=ArticleMeta(title="Castro in stable condition", date="2006-08-05", source="Wikinews"),
    people=(Person("Fidel Castro", ("Castro",), "male"), Person("Raul Castro", (), "male"),
            Person("Jules Bianchi", (), "male"), Person("Lucien Bianchi", (), "male")),
    sentences=("Acting Cuban leader Raul Castro has also not been seen in public in the past week.",
               "On October 5, 2014, at the Japanese Grand Prix, Bianchi collided with a tractor crane."),
)


def test_a_surname_two_people_share_is_not_shown_bare():
    ctx = Context(CUBA)
    # "Castro" is Fidel's in this article (his alias); "Bianchi" could be Jules or Lucien
    assert ctx.standalone("On Saturday, Castro was said to be resting.") is not None
    assert ctx.standalone(CUBA.sentences[1]) is None


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


def test_a_role_cut_out_of_a_company_name_is_not_asked():
    sentence = "Procter & Gamble spokeswoman Jennifer Chelune spoke about the incident on Thursday in Cincinnati."
    facts = Facts(
        article=ArticleMeta(title="Flash crash", date="2010-05-07", source="Wikinews"),
        people=(Person("Jennifer Chelune", (), "female"),),
        roles=(Role("Jennifer Chelune", "Gamble spokeswoman", sentence),),
        sentences=(sentence,),
    )
    assert Context(facts).roles == []


def test_a_blank_never_takes_the_full_stop_of_an_abbreviation():
    from quizgen.questions.cloze import _blank

    facts = Facts(article=ArticleMeta(title="Steve Jobs dies", date="2011-10-06", source="Wikinews"))
    text = ("The co-founder and former chief executive officer of Apple Inc. Steve Jobs has died yesterday at the "
            "age of 56, according to the company website.")
    assert _blank(Context(facts), text, "Apple Inc", lead=True) is None


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
