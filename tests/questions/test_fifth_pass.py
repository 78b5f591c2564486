"""Fifth pass: timeline items rewritten from their sentences, typed who-said questions for
sayings with too few other speakers, roles set off by commas. Sentences are from Wikinews
articles (CC BY 2.5): Jules Bianchi dies aged 25 (2015), NASA celebrates 30th anniversary of
first shuttle launch (2011), Gun control campaigner Sarah Brady dies aged 73 (2015), George
Bush and Irish Prime Minister meet (2008), Parents prosecuted after homeopathic treatment
(2009), US subprime lender troubles (2007)."""

from __future__ import annotations

import pytest

from quizgen.models import ArticleMeta, Claim, Event, Facts, Person
from quizgen.questions.bank import make_questions
from quizgen.questions.checks import bank_problems
from quizgen.questions.common import Context, _apposed
from quizgen.questions.timeline import _rewritten

META = ArticleMeta(title="Wikinews test article", date="2015-07-18", source="Wikinews")

BIANCHI = Person("Jules Bianchi", ("Bianchi",), "male")
ACADEMY = ("Bianchi, the 2007 French Formula Renault and 2009 Formula 3 Euro Series champion, was the inaugural "
           "member of the Ferrari Driver Academy.")
FORCE_INDIA = "He joined F1 team Force India in 2012."
MARUSSIA = ("In 2013, he joined Marussia F1; the following year, at the 2014 Monaco Grand Prix, he scored his and "
            "Marussia's first points with a ninth-place finish.")
CRANE = ("On October 5, 2014, at the late portion of the Japanese Grand Prix at Suzuka Circuit, Bianchi collided "
         "with a tractor crane that had been attending to the crashed car of Adrian Sutil.")
DIED = ("French Formula One (F1) driver Jules Bianchi died on Friday night at age 25, nine months after his serious "
        "accident at the 2014 Japanese Grand Prix.")


@pytest.mark.parametrize("sentence, date_text, value, expected", [
    # the date and its preposition go; an opening adjunct goes when the item is too long with it
    (CRANE, "October 5, 2014", "2014-10-05", "Bianchi collided with a tractor crane"),
    # cut at a clause boundary after the date: the rest is another happening
    (DIED, "Friday night", "2015-07-17", "French Formula One (F1) driver Jules Bianchi died at age 25"),
    ("Bertie Ahern, the Prime Minister of Ireland visited the White House Monday to commemorate St. Patrick's Day.",
     "Monday", "2008-03-17", "Bertie Ahern, the Prime Minister of Ireland visited the White House"),
    ("On March 30, 1981, Sarah Brady's husband, James, was injured in a shooting attempted assassination of US "
     "President Ronald Reagan.", "March 30, 1981", "1981-03-30", "Sarah Brady's husband, James, was injured"),
    ("On April 12, 1981, Space Shuttle Columbia lifted off from the Kennedy Space Center on STS-1, the first space "
     "shuttle mission.", "April 12, 1981", "1981-04-12", "Space Shuttle Columbia lifted off from the Kennedy Space Center on STS-1"),
    # "73 seconds" needs its "after liftoff": cut before "when" instead
    ("Space Shuttle Challenger was lost when it exploded 73 seconds after liftoff back on January 28, 1986 killing "
     "all six aboard.", "January 28, 1986", "1986-01-28", None),
    # a bound, not the time of the happening
    ("He has been fighting pancreatic cancer since 2004.", "2004", "2004", None),
    # the date of an aside
    ("Jobs, born in San Francisco on February 24, 1955, has built the most valuable technology company in the world.",
     "February 24, 1955", "1955-02-24", None),
    # not yet happened
    ("Two more plants will close in 2008, another two in 2012.", "2008", "2008", None),
    # a date named as a thing, not as a time
    ("This is the first F1 race-related driver death since the 1994 San Marino Grand Prix, when Ayrton Senna was "
     "killed.", "1994", "1994", None),
])
def test_timeline_item_rewritten_from_its_sentence(sentence, date_text, value, expected):
    ctx = Context(Facts(article=META, people=(BIANCHI,), sentences=(sentence,)))
    assert _rewritten(ctx, sentence, date_text, value) == expected


def test_timeline_item_resolves_an_opening_pronoun_after_its_date():
    ctx = Context(Facts(article=META, people=(BIANCHI,), sentences=(ACADEMY, FORCE_INDIA, MARUSSIA)))
    assert _rewritten(ctx, FORCE_INDIA, "2012", "2012") == "Jules Bianchi joined F1 team Force India"
    assert _rewritten(ctx, MARUSSIA, "2013", "2013") == "Jules Bianchi joined Marussia F1"
    alone = Context(Facts(article=META, people=(BIANCHI,), sentences=(MARUSSIA,)))
    assert _rewritten(alone, MARUSSIA, "2013", "2013") is None  # "he": nobody named before


def test_timeline_question_orders_rewritten_items_by_date():
    sentences = (DIED, CRANE, ACADEMY, FORCE_INDIA, MARUSSIA)
    events = (Event("2015-07-17", "Friday night", "Jules Bianchi died", DIED),
              Event("2014-10-05", "October 5, 2014", "Bianchi collided", CRANE),
              Event("2012", "2012", "He joined F1 team Force India", FORCE_INDIA),
              Event("2013", "2013", "he joined Marussia F1", MARUSSIA))
    facts = Facts(article=META, people=(BIANCHI,), events=events, sentences=sentences)
    bank = make_questions(facts)
    (q,) = [q for q in bank if q.type == "timeline"]
    assert q.answer == ("Jules Bianchi joined F1 team Force India", "Jules Bianchi joined Marussia F1",
                        "Bianchi collided with a tractor crane",
                        "French Formula One (F1) driver Jules Bianchi died at age 25")
    assert all(len(item.split()) <= 14 for item in q.answer)
    assert not bank_problems(bank)
    assert make_questions(facts).to_dict() == bank.to_dict()  # deterministic


RETSINAS = ('"The delinquencies and defaults have started to soar," said Nicolas Retsinas, director of Housing '
            'Studies at Harvard University.')


def test_saying_with_no_other_speaker_is_asked_as_a_typed_answer():
    claim = Claim("Nicolas Retsinas", "The delinquencies and defaults have started to soar", "direct", RETSINAS)
    facts = Facts(article=META, people=(Person("Nicolas Retsinas", (), "male"),), claims=(claim,), sentences=(RETSINAS,))
    (q,) = [q for q in make_questions(facts) if "claim" in q.tags]
    assert q.type == "short_answer" and q.answer == "Nicolas Retsinas"
    assert q.prompt == "Who is quoted in the article as saying “The delinquencies and defaults have started to soar”?"
    assert "Retsinas" in q.accept


def test_typed_saying_never_holds_its_answer():
    s = "The WHO said that iodine deficiency is the world's most prevalent cause of brain damage."
    claim = Claim("WHO", "iodine deficiency is the world's most prevalent cause of brain damage", "indirect", s)
    facts = Facts(article=META, claims=(claim,), sentences=(s,))
    assert not [q for q in make_questions(facts) if q.type == "short_answer" and "claim" in q.tags]


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


# --------------------------------------------------------------------------- found in the fifth blind review

MCCAIN = ("Senator John McCain (R-AZ) entered them into the Congressional Record during a speech last week against "
          "the now-cancelled deal to lease 100 mid-air tanker aircraft from Boeing.")


@pytest.mark.parametrize("text, expected", [
    (MCCAIN, True),   # "them": not John McCain, and nothing else is named before it
    ("Israel and Morocco signed a deal; they agreed to share intelligence.", False),   # a group's name
    ("Thomas Sam and Manju Sam shunned conventional treatments for their daughter.", False),   # two people
    ("Prime Minister David Cameron said it was a day to remember the 270 people who lost their lives.", False),
])
def test_plural_pronoun_needs_a_group_before_it(text, expected):
    from quizgen.questions.language import unresolved
    people = ["John McCain", "Thomas Sam", "Manju Sam", "David Cameron"]
    assert unresolved(text, people + ["Israel", "Morocco"], people) is expected


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


# --------------------------------------------------------------------------- pronouns in speech reports

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


def test_one_typed_who_said_per_speaker():
    s1 = "Valeska Paris said that the Church of Scientology imprisoned her for twelve years aboard a cruise ship."
    s2 = "Paris also said that her passport was taken away from her and she was forced to work in the engine room."
    paris = Person("Valeska Paris", ("Paris",), "female")
    claims = (Claim("Valeska Paris", "the Church of Scientology imprisoned her for twelve years aboard a cruise ship",
                    "indirect", s1),
              Claim("Valeska Paris", "her passport was taken away from her and she was forced to work in the engine "
                    "room", "indirect", s2))
    bank = make_questions(Facts(article=META, people=(paris,), claims=claims, sentences=(s1, s2)))
    assert len([q for q in bank if q.type == "short_answer" and "claim" in q.tags]) == 1


def test_role_of_an_unnamed_nation_is_no_role():
    from quizgen.questions.language import role_text
    assert role_text("nation's former vice-minister for security", "Li Jizhou") is None
    assert role_text("Prime Minister of Ireland", "Bertie Ahern") == "Prime Minister of Ireland"


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
