"""The review store: one SQLite file of cards (a question and its FSRS state) and answers.

Cards are keyed by the question's stable id and keep the question's JSON, so ``quizgen
review`` can ask it again without the article. Each answer is written in its own
transaction, so an interrupted quiz keeps every earlier answer; WAL and a busy timeout let
two quizzes write at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from fsrs import Card, Rating, Scheduler

from ..errors import QuizgenError
from ..models import Question

# A right answer that took longer than this was a hard recall (FSRS "Hard"), not "Good".
SLOW_SECONDS = 60.0
SCHEMA = 1

_DDL = """
CREATE TABLE IF NOT EXISTS cards (
    id TEXT PRIMARY KEY,          -- the question's stable id
    question TEXT NOT NULL,       -- the question's JSON, to ask it again
    card TEXT NOT NULL,           -- FSRS card state (fsrs.Card JSON)
    due TEXT NOT NULL,            -- ISO UTC, copied out of card for the index
    added TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cards_due ON cards(due);
CREATE TABLE IF NOT EXISTS answers (
    n INTEGER PRIMARY KEY AUTOINCREMENT,
    card_id TEXT NOT NULL REFERENCES cards(id),
    at TEXT NOT NULL,             -- ISO UTC
    verdict TEXT NOT NULL,        -- right, almost, wrong
    rating INTEGER NOT NULL,      -- FSRS rating 1-4
    answer TEXT NOT NULL,
    seconds REAL
);
CREATE INDEX IF NOT EXISTS answers_card ON answers(card_id);
"""


def default_path() -> Path:
    """The review database in the user's data directory (``$XDG_DATA_HOME/quizgen`` on Linux)."""
    from platformdirs import user_data_path

    return user_data_path("quizgen", appauthor=False) / "review.sqlite3"


def rating_for(verdict: str, seconds: float | None = None) -> Rating:
    """FSRS rating of an answer: wrong -> Again, right after a typo -> Hard, right -> Good.

    A right answer slower than ``SLOW_SECONDS`` is rated Hard: a long hesitation means
    the fact was barely recalled.
    """
    if verdict == "wrong":
        return Rating.Again
    if verdict == "almost" or (seconds is not None and seconds > SLOW_SECONDS):
        return Rating.Hard
    return Rating.Good


def end_of_day(now: dt.datetime) -> dt.datetime:
    """The start of the next local day: cards due before it are due "today"."""
    local = now.astimezone()
    return (local.replace(hour=0, minute=0, second=0, microsecond=0) + dt.timedelta(days=1)).astimezone(dt.timezone.utc)


@dataclass(frozen=True)
class Stats:
    """Totals of a review store at a moment."""

    cards: int
    answers: int
    right: int
    almost: int
    wrong: int
    retention: float | None  # share of answers to cards seen before that were right or almost
    due_now: int
    due_today: int
    due_tomorrow: int
    due_week: int
    due_later: int
    next_due: dt.datetime | None


def _utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise ValueError("the clock must give timezone-aware datetimes")
    return value.astimezone(dt.timezone.utc)


def _card_number(qid: str) -> int:
    # fsrs wants an integer card id; derive it from the stable id so it never changes.
    return int(hashlib.sha1(qid.encode("utf-8")).hexdigest()[:12], 16)


class ReviewStore:
    """The cards and answers of every quiz taken, with FSRS scheduling.

    Args:
        path: The SQLite file; default ``default_path()``. Its folder is created.
        timeout: Seconds to wait for another quiz's write to finish.
    """

    def __init__(self, path: Path | str | None = None, *, timeout: float = 10.0) -> None:
        self.path = Path(path) if path is not None else default_path()
        # No fuzzing and no same-day learning steps: a quiz is taken once a day at most, so a
        # miss comes back the next day and the schedule is reproducible.
        self.scheduler = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            self.db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA:
                raise QuizgenError(f"{self.path}: review database from a newer quizgen (schema {version})")
            with self._transaction():
                for stmt in filter(str.strip, _DDL.split(";")):
                    self.db.execute(stmt)
                self.db.execute(f"PRAGMA user_version = {SCHEMA}")
        except sqlite3.DatabaseError as e:
            raise QuizgenError(f"{self.path}: not a usable review database ({e})") from None
        except OSError as e:
            raise QuizgenError(f"{self.path}: cannot open the review database ({e.strerror or e})") from None

    def __enter__(self) -> "ReviewStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Close the database; every recorded answer is already committed."""
        self.db.close()

    class _Tx:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def __enter__(self) -> sqlite3.Connection:
            # IMMEDIATE takes the write lock before reading the card, so two quizzes answering
            # the same question cannot both update it from the same old state.
            self.db.execute("BEGIN IMMEDIATE")
            return self.db

        def __exit__(self, kind, value, tb) -> None:
            self.db.execute("COMMIT" if kind is None else "ROLLBACK")

    def _transaction(self) -> "ReviewStore._Tx":
        return ReviewStore._Tx(self.db)

    def record(self, question: Question, verdict: str, *, answer: str, when: dt.datetime,
               seconds: float | None = None) -> dt.datetime:
        """Record one answer and reschedule the question's card; returns when it is due next."""
        when = _utc(when)
        rating = rating_for(verdict, seconds)
        try:
            with self._transaction() as db:
                row = db.execute("SELECT card FROM cards WHERE id = ?", (question.id,)).fetchone()
                card = Card.from_json(row[0]) if row else Card(card_id=_card_number(question.id), due=when)
                card, _ = self.scheduler.review_card(card, rating, review_datetime=when)
                qjson = json.dumps(question.to_dict(), ensure_ascii=False)
                db.execute(
                    "INSERT INTO cards (id, question, card, due, added) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET question = excluded.question, card = excluded.card, due = excluded.due",
                    (question.id, qjson, card.to_json(), _utc(card.due).isoformat(), when.isoformat()),
                )
                db.execute(
                    "INSERT INTO answers (card_id, at, verdict, rating, answer, seconds) VALUES (?, ?, ?, ?, ?, ?)",
                    (question.id, when.isoformat(), verdict, int(rating), answer, seconds),
                )
        except sqlite3.DatabaseError as e:
            raise QuizgenError(f"{self.path}: cannot record the answer ({e})") from None
        return _utc(card.due)

    def due(self, now: dt.datetime, *, limit: int | None = None) -> list[Question]:
        """The questions due before the end of ``now``'s day, most overdue first."""
        cutoff = end_of_day(_utc(now)).isoformat()
        sql = "SELECT question FROM cards WHERE due < ? ORDER BY due, id"
        rows = self.db.execute(sql + (" LIMIT ?" if limit else ""), (cutoff, limit) if limit else (cutoff,))
        return [Question.from_dict(json.loads(r[0])) for r in rows]

    def next_due(self) -> dt.datetime | None:
        """When the earliest card is due, or None for an empty store."""
        row = self.db.execute("SELECT min(due) FROM cards").fetchone()
        return dt.datetime.fromisoformat(row[0]) if row and row[0] else None

    def history(self, qid: str) -> Iterator[tuple[str, str]]:
        """(time, verdict) of every answer to one question, oldest first."""
        yield from self.db.execute("SELECT at, verdict FROM answers WHERE card_id = ? ORDER BY n", (qid,))

    def stats(self, now: dt.datetime) -> Stats:
        """Totals, retention on cards seen before, and how many cards fall due when."""
        now = _utc(now)
        today = end_of_day(now)
        q = self.db.execute
        cards = q("SELECT count(*) FROM cards").fetchone()[0]
        counts = dict(q("SELECT verdict, count(*) FROM answers GROUP BY verdict").fetchall())
        kept, repeats = q(
            "SELECT sum(verdict != 'wrong'), count(*) FROM answers a WHERE n > "
            "(SELECT min(n) FROM answers b WHERE b.card_id = a.card_id)").fetchone()

        def between(lo: dt.datetime | None, hi: dt.datetime | None) -> int:
            sql, args = "SELECT count(*) FROM cards WHERE 1", []
            if lo is not None:
                sql, args = sql + " AND due >= ?", [*args, lo.isoformat()]
            if hi is not None:
                sql, args = sql + " AND due < ?", [*args, hi.isoformat()]
            return q(sql, args).fetchone()[0]

        return Stats(
            cards=cards,
            answers=sum(counts.values()),
            right=counts.get("right", 0),
            almost=counts.get("almost", 0),
            wrong=counts.get("wrong", 0),
            retention=(kept / repeats) if repeats else None,
            due_now=between(None, now + dt.timedelta(seconds=1)),
            due_today=between(None, today),
            due_tomorrow=between(today, today + dt.timedelta(days=1)),
            due_week=between(today, today + dt.timedelta(days=7)),
            due_later=between(today + dt.timedelta(days=7), None),
            next_due=self.next_due(),
        )
