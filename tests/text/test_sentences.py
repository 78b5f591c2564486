"""Sentence splitting: a table of news sentences, and agreement with NLTK's Punkt."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.reader import read_article
from quizgen.text.sentences import punkt, split

ARTICLES = sorted((Path(__file__).parent.parent / "data" / "articles").glob("*.txt"))


@pytest.mark.parametrize("text, expected", [
    ("Gen. Smith met Sen. Al Gore on Nov. 24, 2021. They talked.",
     ["Gen. Smith met Sen. Al Gore on Nov. 24, 2021.", "They talked."]),
    ("He left at 3 p.m. on Friday. Mr. Howard agreed.", ["He left at 3 p.m. on Friday.", "Mr. Howard agreed."]),
    ("“We will win,” said Palti. “It is done.” Mr. Howard agreed.",
     ["“We will win,” said Palti.", "“It is done.”", "Mr. Howard agreed."]),
    ("“Why?” he asked. Nobody answered!", ["“Why?” he asked.", "Nobody answered!"]),
    ("President John F. Kennedy visited Berlin.", ["President John F. Kennedy visited Berlin."]),
    ("The deal was signed in the U.S. The company said it was pleased.",
     ["The deal was signed in the U.S.", "The company said it was pleased."]),
    ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
    ("Shares fell 3.5 per cent. Analysts were surprised.", ["Shares fell 3.5 per cent.", "Analysts were surprised."]),
    ("It was approx. five miles.", ["It was approx. five miles."]),
    ("no punctuation at all", ["no punctuation at all"]),
    ("", []),
])
def test_split(text, expected):
    assert split(text) == expected


def test_agrees_with_punkt_on_news():
    """Same boundaries as NLTK's Punkt (with our parameters) on most paragraphs; the rest
    are the documented differences (quotes, "…", lower-case continuations)."""
    tokenizer = punkt()
    total = same = 0
    for path in ARTICLES:
        for para in read_article(path).paragraphs:
            total += 1
            same += split(para.text) == [s.strip() for s in tokenizer.tokenize(para.text)]
    assert same / total >= 0.95


def test_long_run_on_is_cut():
    spans = split("word " * 3000)
    assert all(len(s) <= 5000 for s in spans) and len(spans) == 3
