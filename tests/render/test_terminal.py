"""The terminal quiz driven through stdin: scores, feedback, Ctrl-C/Ctrl-D, review and stats."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
from pathlib import Path

import pytest

from quizgen.cli import app
from quizgen.grading import LETTERS, expected
from quizgen.models import QuestionBank
from quizgen.render.terminal import arrange, percent, quiz, review, stats
from quizgen.review import ReviewStore

DATA = Path(__file__).parent.parent / "data"
FIXTURE = DATA / "questions-fixture.json"
GOLDEN = Path(__file__).parent.parent / "golden" / "terminal"
BANK = QuestionBank.from_dict(json.loads(FIXTURE.read_text()))
M = len(BANK)
DAY1 = dt.datetime(2024, 3, 1, 10, 0, tzinfo=dt.timezone.utc)
ANSI = re.compile(r"\x1b\[")


def right_answer(lay) -> str:
    q = lay.question
    if q.type in ("mcq", "who_said"):
        return LETTERS[lay.options.index(q.answer_text)]
    if q.type == "true_false":
        return q.answer_text[0].lower()
    return expected(lay).split(" (")[0]


def wrong_answer(lay) -> str:
    q = lay.question
    if q.type in ("mcq", "who_said"):
        return LETTERS[(lay.options.index(q.answer_text) + 1) % len(lay.options)]
    if q.type == "true_false":
        return "f" if q.answer_text == "True" else "t"
    if q.type == "matching":  # every left paired with the next one's right
        key = [p[1] for p in expected(lay).split(" (")[0].split()]
        return " ".join(f"{i}{key[i % len(key)]}" for i in range(1, len(key) + 1))
    if q.type == "timeline":
        return " ".join(reversed(expected(lay).split(" (")[0].split()))
    return "nobody at all"


def script(layouts, answer) -> str:
    return "".join(answer(lay) + "\n" for lay in layouts)


def clock_at(start: dt.datetime):
    """A clock that stands still: every answer takes no time."""
    return lambda: start


def run(bank=BANK, answers="", **kw):
    out = io.StringIO()
    kw.setdefault("db", False)
    status = quiz(bank, stdin=io.StringIO(answers), stdout=out, **kw)
    return status, out.getvalue()


# ----------------------------------------------------------------- through the CLI


@pytest.mark.parametrize("seed", [None, 1, 42])
def test_all_right_scores_100(runner, tmp_path, seed):
    shuffle = seed is not None
    answers = script(arrange(BANK, seed=seed, shuffle=shuffle), right_answer)
    args = ["quiz", str(FIXTURE), "--db", str(tmp_path / "r.db")]
    args += ["--seed", str(seed)] if shuffle else ["--no-shuffle"]
    result = runner.invoke(app, args, input=answers)
    assert result.exit_code == 0, result.output
    assert f"\nScore: {M}/{M} (100%)\n" in result.output
    assert "No questions missed." in result.output
    assert not ANSI.search(result.output)


def test_all_wrong_scores_0_with_review(runner, tmp_path):
    answers = script(arrange(BANK, shuffle=False), wrong_answer)
    result = runner.invoke(app, ["quiz", str(FIXTURE), "--no-shuffle", "--db", str(tmp_path / "r.db")], input=answers)
    assert result.exit_code == 0
    out = result.output
    assert f"\nScore: 0/{M} (0%)\n" in out
    missed = out.split("Review of missed questions:")[1]
    for q in BANK:
        assert q.prompt in missed
    assert "Your answer: nobody at all" in missed
    assert "Answer: Alex Salmond" in missed
    assert not ANSI.search(out)


def test_bare_list_json(runner, tmp_path):
    path = tmp_path / "q.json"
    path.write_text(json.dumps([q.to_dict() for q in BANK.questions[:2]]))
    result = runner.invoke(app, ["quiz", str(path), "--no-shuffle", "--db", str(tmp_path / "r.db")], input="May 2000\na\n")
    assert result.exit_code == 0
    assert "Score: 2/2 (100%)" in result.output


def test_n_limits_the_questions(runner, tmp_path):
    result = runner.invoke(app, ["quiz", str(FIXTURE), "--n", "3", "--seed", "5", "--db", str(tmp_path / "r.db")],
                           input="x\nx\nx\n")
    assert "Question 3/3" in result.output and "Score: " in result.output


# ----------------------------------------------------------------- the session


def test_golden_transcript():
    """A mixed session, no shuffle: right, typo, wrong, unreadable, Ctrl-D."""
    answers = "2000-05\nb\nFirst Minster of Scotland\nmaybe\nf\nSusan Cohen\nbadc\n2431\n"
    status, out = run(answers=answers, shuffle=False)
    assert status == 0
    path = GOLDEN / "fixture-session.txt"
    if os.environ.get("QUIZGEN_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8"), "rerun with QUIZGEN_UPDATE_GOLDEN=1 if intended"


def test_layout_of_a_question():
    _, out = run(answers="b\n", shuffle=False, n=2)
    block = out.split("Question 2/2\n")[1]
    assert block.startswith("Choose one: type its letter (or the answer).\n"
                            "When was Abdelbaset al-Megrahi placed on trial in the Netherlands?\n"
                            "  a) May 2000\n  b) May 2002\n  c) December 2000\n  d) June 1999\n> ")


def test_feedback_has_answer_source_and_typo():
    _, out = run(answers="Alex Salmnod\n", bank=QuestionBank((BANK.questions[8],)))
    assert "Almost: counted as right. Spelling: Alex Salm[no→on]d" in out
    assert "Answer: Alex Salmond" in out
    assert "Source: “According to Alex Salmond, First Minister of Scotland" in out
    assert "Score: 1/1 (100%)" in out


def test_eof_prints_the_score_so_far():
    status, out = run(answers="May 2000\na\n", shuffle=False)
    assert status == 0
    assert "End of input" in out
    assert out.rstrip().endswith("No questions missed.")
    assert "\nScore: 2/2 (100%)\n" in out


class _CtrlC(io.StringIO):
    """Standard input that delivers a few lines, then Ctrl-C."""

    def readline(self, *args):
        line = super().readline(*args)
        if not line:
            raise KeyboardInterrupt
        return line


def test_ctrl_c_exits_130_keeping_earlier_answers(tmp_path):
    out = io.StringIO()
    status = quiz(BANK, shuffle=False, db=tmp_path / "r.db", stdin=_CtrlC("zzz\n"), stdout=out,
                  clock=clock_at(DAY1))
    assert status == 130
    assert "Interrupted." in out.getvalue()
    assert "Score: 0/1 (0%)" in out.getvalue()
    with ReviewStore(tmp_path / "r.db") as store:
        assert [v for _, v in store.history(BANK.questions[0].id)] == ["wrong"]


def test_unreadable_answer_is_wrong_when_piped():
    tl = QuestionBank((BANK.questions[7],))
    status, out = run(bank=tl, answers="first, then second\n")
    assert "Wrong (give each number 1-4 once" in out
    assert "Score: 0/1 (0%)" in out


def test_control_characters_are_not_printed():
    q = BANK.questions[8].to_dict()
    q["prompt"] = "Who is \x1b[2J\x1b[31mthe First Minister?\x07"
    _, out = run(bank=QuestionBank.from_dict([q]), answers="Salmond\n")
    assert "\x1b" not in out and "\x07" not in out
    assert "Who is [2J[31mthe First Minister?" in out


def test_shuffle_is_reproducible():
    a = run(answers="x\n" * M, seed=9)[1]
    assert a == run(answers="x\n" * M, seed=9)[1]
    assert a != run(answers="x\n" * M, seed=10)[1]


@pytest.mark.parametrize("right, total, pct", [(2, 3, 67), (1, 8, 13), (0, 0, 0), (10, 10, 100)])
def test_percent(right, total, pct):
    assert percent(right, total) == pct


# ----------------------------------------------------------------- review and stats


def test_review_brings_back_yesterdays_misses(tmp_path):
    db = tmp_path / "r.db"
    layouts = arrange(BANK, shuffle=False)
    # Day 1: right on the even questions, wrong on the odd ones.
    answers = "".join((right_answer(l) if i % 2 == 0 else wrong_answer(l)) + "\n" for i, l in enumerate(layouts))
    quiz(BANK, shuffle=False, db=db, stdin=io.StringIO(answers), stdout=io.StringIO(), clock=clock_at(DAY1))
    missed = [q.prompt for i, q in enumerate(BANK) if i % 2]

    # Same day: nothing is due yet.
    out = io.StringIO()
    assert review(db=db, stdout=out, clock=clock_at(DAY1)) == 0
    assert out.getvalue().startswith("Nothing to review. The next question is due ")

    # Day 2: exactly the misses come back; answer them all right.
    day2 = DAY1 + dt.timedelta(days=1)
    with ReviewStore(db) as store:
        due = store.due(day2)
    assert sorted(q.prompt for q in due) == sorted(missed)
    from quizgen.grading import layout
    import random

    rng = random.Random(0)
    lays = [layout(q, rng) for q in due]
    out = io.StringIO()
    status = review(db=db, seed=0, stdin=io.StringIO(script(lays, right_answer)), stdout=out, clock=clock_at(day2))
    assert status == 0
    text = out.getvalue()
    assert f"Score: {len(missed)}/{len(missed)} (100%)" in text
    for prompt in missed:
        assert prompt in text
    assert BANK.questions[0].prompt not in text  # answered right on day 1: not due

    out = io.StringIO()
    review(db=db, n=1, stdout=out, clock=clock_at(day2))
    assert out.getvalue().startswith("Nothing to review.")


def test_review_n_limits(tmp_path):
    db = tmp_path / "r.db"
    quiz(BANK, shuffle=False, db=db, stdin=io.StringIO("x\n" * M), stdout=io.StringIO(), clock=clock_at(DAY1))
    out = io.StringIO()
    review(db=db, n=2, stdin=io.StringIO("x\nx\n"), stdout=out, clock=clock_at(DAY1 + dt.timedelta(days=1)))
    assert "Question 2/2" in out.getvalue() and "Score: 0/2 (0%)" in out.getvalue()


def test_stats_table(tmp_path):
    db = tmp_path / "r.db"
    quiz(BANK, shuffle=False, db=db, stdin=io.StringIO("May 2000\nb\n"), stdout=io.StringIO(), clock=clock_at(DAY1))
    out = io.StringIO()
    stats(db=db, stdout=out, clock=clock_at(DAY1 + dt.timedelta(days=1)))
    text = out.getvalue()
    assert not ANSI.search(text)
    assert re.search(r"Questions\s*│\s*2", text)
    assert re.search(r"wrong\s*│\s*1", text)
    assert re.search(r"Due today\s*│\s*1", text)


def test_stats_and_review_cli(runner, tmp_path):
    db = str(tmp_path / "r.db")
    result = runner.invoke(app, ["stats", "--db", db])
    assert result.exit_code == 0 and "Questions" in result.output
    result = runner.invoke(app, ["review", "--db", db])
    assert result.exit_code == 0 and result.output.startswith("Nothing to review.")


@pytest.mark.parametrize("kind, answer", [("matching", "Cameron"), ("matching", [["a", "b", "c"]]), ("timeline", ["one"])])
def test_malformed_answer_is_an_error_line(runner, tmp_path, kind, answer):
    path = tmp_path / "q.json"
    path.write_text(json.dumps([{"id": "x1", "type": kind, "prompt": "?", "answer": answer}]))
    result = runner.invoke(app, ["quiz", str(path), "--db", str(tmp_path / "r.db")], input="1a\n")
    assert result.exit_code == 1
    assert "Error: question x1: a " + kind in result.output
