"""Timeline questions: items rewritten from their dated sentences (the date, an opening
adjunct and a later clause cut, an opening pronoun named), whole clauses, in date order.
Sentences are from Wikinews articles (CC BY 2.5, see tests/data/articles/README.md)."""

from __future__ import annotations

import pytest
from facts import CASTRO_META
from facts import WIKINEWS_META as META

from quizgen.models import Event, Facts, Person
from quizgen.questions.bank import make_questions
from quizgen.questions.checks import bank_problems
from quizgen.questions.common import Context
from quizgen.questions.timeline import _rewritten

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


def test_timeline_items_are_whole_clauses_without_dates():
    s = "In 1998 Apple introduced the iMac personal computer."
    events = (
        Event("1976", "1976", "Steve Jobs started Apple", "Steve Jobs started Apple in 1976."),
        Event("1998", "1998", "Apple introduced the iMac personal computer", s),
        Event("2001", "2001", "The iPod music player was released, and in 2002 the …", "In 2001 the iPod music player was released, and in 2002 the OS."),
        Event("2005", "2005", "Pixar was acquired by The Walt Disney Company", "Pixar was acquired by The Walt Disney Company in 2005."),
        Event("2008", "2008", "Two more plants will close, another two in 2012", "Two more plants will close in 2008, another two in 2012."),
    )
    facts = Facts(article=CASTRO_META, people=(Person("Steve Jobs", ("Jobs",)),), events=events)
    (q,) = [q for q in make_questions(facts) if q.type == "timeline"]
    # the iPod and plant sentences have two dates each: either could be the item's
    assert q.answer == ("Steve Jobs started Apple", "Apple introduced the iMac personal computer",
                        "Pixar was acquired by The Walt Disney Company")
