"""Models: lossless JSON round trips and the extraction JSON contract."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.errors import FormatError
from quizgen.models import (Article, ArticleMeta, Claim, Event, Facts, Paragraph, Person, Question, QuestionBank,
                            Role, Source)

FIXTURE = Path(__file__).parent / "data" / "questions-fixture.json"

text = st.text(max_size=40)
facts_strategy = st.builds(
    Facts,
    article=st.builds(ArticleMeta, title=text, date=st.none() | st.just("2021-11-24"), source=st.none() | text,
                      url=st.none() | text),
    people=st.lists(st.builds(Person, name=text, aliases=st.lists(text, max_size=3).map(tuple),
                              gender=st.sampled_from([None, "male", "female"])), max_size=3).map(tuple),
    events=st.lists(st.builds(Event, date=text, date_text=text, text=text, sentence=text), max_size=3).map(tuple),
    roles=st.lists(st.builds(Role, person=text, role=text, sentence=text), max_size=3).map(tuple),
    claims=st.lists(st.builds(Claim, speaker=text, text=text, kind=st.sampled_from(["direct", "indirect"]),
                              sentence=text), max_size=3).map(tuple),
    sentences=st.lists(text, max_size=3).map(tuple),
)


@given(facts_strategy)
def test_facts_round_trip(facts):
    data = json.loads(json.dumps(facts.to_dict()))
    assert Facts.from_dict(data) == facts
    assert pickle.loads(pickle.dumps(facts)) == facts


def test_facts_contract_keys():
    facts = Facts(ArticleMeta("T", "2021-11-24"), (Person("Benny Gantz", ("Gantz",), "male"),),
                  (Event("2021-11-24", "Wednesday", "Gantz signed a deal", "Gantz signed a deal on Wednesday."),),
                  (Role("Benny Gantz", "Defense Minister", "Defense Minister Benny Gantz spoke."),),
                  (Claim("Benny Gantz", "the deal is good", "indirect", "Gantz said the deal is good."),))
    d = facts.to_dict()
    assert set(d["article"]) >= {"title", "date", "source", "url"}
    assert set(d["people"][0]) >= {"name", "aliases", "gender"}
    assert set(d["events"][0]) >= {"date", "date_text", "text", "sentence"}
    assert set(d["roles"][0]) >= {"person", "role", "sentence"}
    assert set(d["claims"][0]) >= {"speaker", "text", "kind", "sentence"}
    assert d["schema"] == 1
    assert d["roles"][0]["id"] == Facts.from_dict(d).roles[0].id  # ids are stable


def test_article_round_trip():
    a = Article("T", (Paragraph("Body."), Paragraph("Cap. (AP)", True)), "2021-11-24", "S", "u", "L", "p", "header")
    assert Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a
    assert [p.text for p in a.captions] == ["Cap. (AP)"]


def test_question_bank_round_trip():
    data = json.loads(FIXTURE.read_text())
    bank = QuestionBank.from_dict(data)
    assert {q.type for q in bank} == {"cloze", "mcq", "true_false", "who_said", "matching", "timeline", "short_answer"}
    assert bank.to_dict() == data
    assert QuestionBank.from_dict(data["questions"]) == bank  # a bare list works too
    matching = next(q for q in bank if q.type == "matching")
    assert matching.answer[0] == ("David Cameron", "Current UK Prime Minister")


@pytest.mark.parametrize("data, message", [
    ({"questions": [{"type": "essay", "prompt": "p", "answer": "a"}]}, "unknown question type"),
    ({"questions": [{"type": "mcq", "prompt": "p"}]}, "lacks answer"),
    ({"questions": "nope"}, "must be"),
    ({"questions": [{"type": "mcq", "prompt": "p", "answer": "a", "difficulty": "hard"}]}, "difficulty"),
])
def test_bad_question_json(data, message):
    with pytest.raises(FormatError, match=message):
        QuestionBank.from_dict(data)


def test_edited_question_keeps_minimal_fields():
    q = Question.from_dict({"type": "short_answer", "prompt": "Who?", "answer": "Salmond", "source": "He said so."})
    assert q.source == Source("He said so.", "")
    assert q.id  # derived when the user left it out
