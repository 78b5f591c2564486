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
