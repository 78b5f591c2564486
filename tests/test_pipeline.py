"""The pipeline end to end on every test article: facts, questions, JSON round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizgen import extract_facts, make_questions
from quizgen.models import Facts, QuestionBank
from quizgen.reader import read_article

ARTICLES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_article_to_questions(path):
    article = read_article(path)
    facts = extract_facts(article)
    assert Facts.from_dict(json.loads(json.dumps(facts.to_dict()))) == facts
    body = {p.text for p in article.body}
    for item in (*facts.events, *facts.roles, *facts.claims):
        assert any(item.sentence in text for text in body | {p.text for p in article.captions})
    bank = make_questions(facts, seed=1)
    assert QuestionBank.from_dict(json.loads(json.dumps(bank.to_dict()))) == bank
    assert json.dumps(bank.to_dict()) == json.dumps(make_questions(facts, seed=1).to_dict())


def test_extract_facts_from_plain_text():
    facts = extract_facts("Storm hits coast\n\nMayor Jane Smith said on Monday that the storm was over.",
                          date="2021-11-24")
    assert facts.article.title == "Storm hits coast" and facts.article.date == "2021-11-24"
    assert facts.sentences == ("Mayor Jane Smith said on Monday that the storm was over.",)
