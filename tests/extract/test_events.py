"""Dated events: which sentences give an event, with which date, and what is skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.extract.events import extract_events
from quizgen.models import Article, Paragraph, Sentence

DCT = "2021-11-24"


def _article(*paragraphs: str, captions: tuple[str, ...] = ()) -> tuple[Article, list[Sentence]]:
    """An article whose paragraphs are one sentence each (captions last)."""
    paras = [Paragraph(p) for p in paragraphs] + [Paragraph(c, caption=True) for c in captions]
    article = Article(title="Test", paragraphs=tuple(paras), date=DCT)
    sents = [Sentence(p.text, i, 0, len(p.text), p.caption) for i, p in enumerate(paras)]
    return article, sents


# (sentence, [(date, date_text), ...])
CASES = [
    ("The ministers signed a memorandum of understanding on Wednesday.", [("2021-11-24", "Wednesday")]),
    ("Germany will play Spain on June 30.", [("2022-06-30", "June 30")]),
    ("The two countries resumed diplomatic relations in 2020.", [("2020", "2020")]),
    ("Ties were first formalised in the early 1990s.", [("199", "the early 1990s")]),
    ("The company lost $1.6 billion last year.", [("2020", "last year")]),
    ("The mine closed two days ago.", [("2021-11-22", "two days ago")]),
    # Not events: durations, sets, weeks, seasons, vague times, stretches of time.
    ("The troops have served there for 20 years.", []),
    ("The market opens every Monday.", []),
    ("Talks continue this week.", []),
    ("The festival is held in the summer.", []),
    ("Prices have recently risen.", []),
    ("The past year has seen many joint exercises.", []),
    ("We are friends today.", []),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_table(sentence, expected):
    article, sents = _article("Intro paragraph without a date.", sentence)
    events = extract_events(article, sents)
    assert [(e.date, e.date_text) for e in events] == expected
    for e in events:
        assert e.sentence == sentence
        assert e.date_text not in e.text


def test_event_text_is_the_clause_without_time_words():
    article, sents = _article("Intro.", "Gantz and Loudiyi signed a memorandum of understanding on Wednesday, officials said.")
    (event,) = extract_events(article, sents)
    assert event.text == "Gantz and Loudiyi signed a memorandum of understanding"


def test_dateline_is_not_an_event():
    article, sents = _article("News briefs for Wednesday, November 24, 2021.", "Nothing else.")
    assert extract_events(article, sents) == []


def test_caption_restating_the_body_is_one_event():
    article, sents = _article(
        "Intro.", "Gantz met Loudiyi in Rabat on Wednesday to sign the defence pact.",
        captions=("Gantz meets Loudiyi in Rabat on Wednesday.",))
    assert len(extract_events(article, sents)) == 1


def test_counted_from_the_last_date():
    article, sents = _article("Intro.", "He founded the firm in 1984.", "One year later he was fired.")
    assert [(e.date, e.date_text) for e in extract_events(article, sents)] == [("1984", "1984"), ("1985", "One year")]


def test_wikinews_article_events():
    from quizgen.reader import read_article
    from quizgen.text.sentences import sentences

    path = Path(__file__).resolve().parent.parent / "data" / "articles" / "wikinews-004.txt"
    article = read_article(path)
    events = extract_events(article, sentences(article))
    got = {(e.date, e.date_text) for e in events}
    assert {("2005", "last year"), ("2008", "2008"), ("2012", "2012"), ("2005", "2005")} <= got
    assert not any("anger here today" in e.sentence for e in events)  # a state, not a happening


# The speed-ups below must not change a result: each is checked against the plain form it replaces.

@pytest.mark.parametrize("text", [
    "Officials said on Friday, Nov. 24, 2021, that the talks had failed; a vote is due next week.",
    "He served 5years in prison",  # a trigger word straight after a one-digit number
    "FY2000 sales rose 3% in Q3 2021 and the 1990s ended.",
    "2020years later; year'second; 12noon; today2",
    "Emails from the '90s, about 300 people and the year-ago quarter",
    "٣ days",  # a non-ASCII digit
])
def test_trigger_scan_finds_what_the_reference_regex_finds(text):
    from quizgen.extract.timex.patterns import TRIGGER, triggers

    low = text.lower()
    assert list(triggers(low)) == [m.start() for m in TRIGGER.finditer(low)]


def test_trigger_scan_on_the_test_articles():
    from quizgen.extract.timex.patterns import TRIGGER, triggers
    from quizgen.reader import read_article

    for path in sorted((Path(__file__).resolve().parent.parent / "data" / "articles").glob("*.txt")):
        low = read_article(path).text.lower()
        assert list(triggers(low)) == [m.start() for m in TRIGGER.finditer(low)], path.name


@pytest.mark.parametrize("text", [
    "The ministers signed the pact on ",
    "The talks ended as of ",
    "He has lived there since\n",
    "Sales rose 5in ",  # no word boundary before "in": nothing is cut
    "The deal, which was signed in   ",
    "Prices fell early",
    "in",
    "",
])
def test_cut_tail_is_sub_of_the_preposition(text):
    from quizgen.extract.events import _PREP, _cut_tail

    assert _cut_tail(_PREP, text, 2) == _PREP.sub("", text)


@pytest.mark.parametrize("text", [
    "Gantz signed the pact , officials said.",
    "The troops left , he said , and the talks ended, according to the ministry",
    "Prices rose, said Smith, and fell , the agency reported.\n",
    "The talks ended",
    "said the minister, who spoke",
])
def test_cut_tail_is_sub_of_the_attribution(text):
    from quizgen.extract.events import _ATTRIBUTION, _cut_tail

    assert _cut_tail(_ATTRIBUTION, text, 0) == _ATTRIBUTION.sub("", text)
