"""The review store: FSRS ratings, due cards by day, transactions and two writers at once."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from pathlib import Path

import pytest
from fsrs import Rating

from quizgen.errors import QuizgenError
from quizgen.models import QuestionBank
from quizgen.review import ReviewStore, default_path, rating_for

BANK = QuestionBank.from_dict(json.loads((Path(__file__).parent.parent / "data" / "questions-fixture.json").read_text()))
DAY1 = dt.datetime(2024, 3, 1, 10, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("verdict, seconds, rating", [
    ("right", 3.0, Rating.Good),
    ("right", None, Rating.Good),
    ("right", 300.0, Rating.Hard),   # a long hesitation
    ("almost", 2.0, Rating.Hard),    # right after a typo
    ("wrong", 1.0, Rating.Again),
])
def test_rating_for(verdict, seconds, rating):
    assert rating_for(verdict, seconds) == rating


def test_default_path_is_in_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_path() == tmp_path / "quizgen" / "review.sqlite3"
    with ReviewStore() as store:
        assert store.path.exists()


def test_yesterdays_misses_come_back_today(tmp_path):
    right, wrong, almost = BANK.questions[:3]
    with ReviewStore(tmp_path / "r.db") as store:
        store.record(right, "right", answer="May 2000", when=DAY1, seconds=2)
        store.record(wrong, "wrong", answer="b", when=DAY1, seconds=2)
        store.record(almost, "almost", answer="Frist", when=DAY1, seconds=2)
        assert store.due(DAY1 - dt.timedelta(days=1)) == []
        tomorrow = [q.id for q in store.due(DAY1 + dt.timedelta(days=1))]
        assert sorted(tomorrow) == sorted([wrong.id, almost.id])
        # Good on a new card: due in two days, so it is back the day after.
        assert right.id in [q.id for q in store.due(DAY1 + dt.timedelta(days=2))]
        assert store.due(DAY1 + dt.timedelta(days=1), limit=1)[0].id in tomorrow


def test_the_stored_question_is_asked_again_unchanged(tmp_path):
    q = BANK.questions[6]  # matching, with tuples of pairs
    with ReviewStore(tmp_path / "r.db") as store:
        store.record(q, "wrong", answer="1b", when=DAY1)
        (back,) = store.due(DAY1 + dt.timedelta(days=1))
    assert back == q


def test_a_second_answer_reschedules(tmp_path):
    q = BANK.questions[0]
    with ReviewStore(tmp_path / "r.db") as store:
        first = store.record(q, "wrong", answer="x", when=DAY1)
        second = store.record(q, "right", answer="May 2000", when=first)
        assert second - first > dt.timedelta(days=1)
        assert [v for _, v in store.history(q.id)] == ["wrong", "right"]
        s = store.stats(first)
    assert (s.cards, s.answers, s.right, s.wrong) == (1, 2, 1, 1)
    assert s.retention == 1.0  # the one repeat answer was right


def test_stats_due_buckets(tmp_path):
    with ReviewStore(tmp_path / "r.db") as store:
        for q in BANK.questions[:4]:
            store.record(q, "wrong", answer="", when=DAY1)
        for q in BANK.questions[4:6]:
            store.record(q, "right", answer="", when=DAY1)
        s = store.stats(DAY1)
    assert s.cards == 6 and s.retention is None
    assert (s.due_now, s.due_today) == (0, 0)
    assert s.due_week == 6 and s.due_later == 0
    assert s.next_due == DAY1 + dt.timedelta(days=1)


def test_an_interrupted_write_keeps_earlier_answers(tmp_path):
    store = ReviewStore(tmp_path / "r.db")
    store.record(BANK.questions[0], "right", answer="a", when=DAY1)

    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        with store._transaction() as db:
            db.execute("DELETE FROM answers")
            raise Boom  # e.g. Ctrl-C in the middle of a write
    store.close()
    with ReviewStore(tmp_path / "r.db") as again:
        assert again.stats(DAY1).answers == 1


def test_two_quizzes_write_at_once(tmp_path):
    path = tmp_path / "r.db"
    ReviewStore(path).close()
    errors = []

    def quiz(offset: int) -> None:
        try:
            with ReviewStore(path) as store:
                for i in range(20):
                    q = BANK.questions[(i + offset) % len(BANK)]
                    store.record(q, "wrong" if i % 2 else "right", answer=str(i), when=DAY1)
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=quiz, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with ReviewStore(path) as store:
        assert store.stats(DAY1).answers == 40
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_not_a_database(tmp_path):
    bad = tmp_path / "r.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(QuizgenError, match="not a usable review database"):
        ReviewStore(bad)


def test_naive_clock_is_refused(tmp_path):
    with ReviewStore(tmp_path / "r.db") as store:
        with pytest.raises(ValueError):
            store.record(BANK.questions[0], "right", answer="", when=dt.datetime(2024, 1, 1))
    assert sqlite3.connect(tmp_path / "r.db").execute("SELECT count(*) FROM answers").fetchone()[0] == 0
