"""The terminal quiz: ask, grade leniently, explain, score, and schedule reviews.

On a terminal the output is rich (colour, "Question 3/10"; ``NO_COLOR`` respected); when
standard input is a pipe or a file, one answer is read per line and the output is plain
text with no colour or cursor codes, so scripts and tests can drive it. Every session ends
with a ``Score: N/M (P%)`` line, even after Ctrl-D (exit 0) or Ctrl-C (exit 130).
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import QuizgenError
from ..grading import ALMOST, LETTERS, RIGHT, WRONG, Grade, Layout, UnreadableAnswer, expected, grade, layout
from ..models import Question, QuestionBank

Clock = Callable[[], dt.datetime]

INSTRUCTIONS = {
    "cloze": "Fill in the blank.",
    "mcq": "Choose one: type its letter (or the answer).",
    "true_false": "True or false? Type t or f.",
    "who_said": "Who said it? Type the letter (or the name).",
    "matching": "Match each number with a letter, like \"1b 2a 3c\".",
    "timeline": "Put these in order, earliest first, like \"3 1 2\".",
    "short_answer": "Type your answer.",
}

EXIT_INTERRUPTED = 130  # the shell's status for a program stopped by Ctrl-C (128 + SIGINT)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass(frozen=True)
class Answered:
    """One asked question, the typed answer and its grade."""

    number: int
    layout: Layout
    answer: str
    grade: Grade


def percent(right: int, total: int) -> int:
    """Whole percent, halves rounded up (2/3 -> 67, 1/8 -> 13)."""
    return math.floor(100 * right / total + 0.5) if total else 0


class _Session:
    """One run through a list of questions on one console."""

    def __init__(self, layouts: Sequence[Layout], *, store, stdin: TextIO, stdout: TextIO, clock: Clock) -> None:
        self.layouts = list(layouts)
        self.store = store
        self.stdin = stdin
        self.clock = clock
        self.tty = _isatty(stdin)
        if self.tty:
            self.out = Console(file=stdout, highlight=False, markup=False, emoji=False)
        else:
            # Piped input: plain text, long lines kept whole so scripts can match them.
            self.out = Console(file=stdout, color_system=None, force_terminal=False, force_interactive=False,
                               highlight=False, markup=False, emoji=False, soft_wrap=True)
        self.answered: list[Answered] = []

    # ----------------------------------------------------------------- output

    def say(self, text: str | Text = "", style: str | None = None) -> None:
        text = text if isinstance(text, Text) else Text(text, style=style or "")
        indent = len(text.plain) - len(text.plain.lstrip(" "))
        if self.tty and indent:
            # Wrapped lines keep the indent on a terminal (piped output is never wrapped).
            for line in text[indent:].wrap(self.out, max(20, self.out.width - indent)):
                line.rstrip()
                self.out.print(Text(" " * indent) + line, soft_wrap=True)
        else:
            self.out.print(text)

    def show(self, number: int, lay: Layout) -> None:
        q = lay.question
        total = len(self.layouts)
        self.say(f"Question {number}/{total}", "bold cyan")
        self.say(INSTRUCTIONS[q.type], "dim")
        self.say(q.prompt, "bold")
        for i, option in enumerate(lay.options):
            self.say(f"  {'tf'[i] if q.type == 'true_false' else LETTERS[i]}) {option}")
        for i, left in enumerate(lay.lefts, 1):
            self.say(f"  {i}. {left}")
        for i, right in enumerate(lay.rights):
            self.say(f"  {LETTERS[i]}) {right}")
        for i, item in enumerate(lay.items, 1):
            self.say(f"  {i}. {item}")

    def source_lines(self, q: Question) -> list[Text]:
        lines = []
        for s in q.source.sentences or (q.source.sentence,):
            if s:
                lines.append(Text.assemble(("  Source: ", "dim"), (f"\u201c{s}\u201d", "italic")))
        where = ", ".join(x for x in (q.source.article, q.source.date) if x)
        if where:
            lines.append(Text(f"  ({where})", style="dim"))
        return lines

    def feedback(self, lay: Layout, g: Grade) -> None:
        q = lay.question
        if g.verdict == RIGHT:
            self.say(Text.assemble(("Right! ", "bold green"), ("Answer: ", "dim"), g.expected))
        elif g.verdict == ALMOST:
            self.say(Text.assemble(("Almost: counted as right. ", "bold yellow"), ("Spelling: ", "dim"), g.diff))
            self.say(Text.assemble(("  Answer: ", "dim"), g.expected))
        else:
            note = f" ({g.note})" if g.note else ""
            self.say(Text.assemble((f"Wrong{note}. ", "bold red"), ("Answer: ", "dim"), (g.expected, "bold")))
        for line in self.source_lines(q):
            self.say(line)
        if q.explanation and g.verdict != RIGHT:
            self.say(Text.assemble(("  Why: ", "dim"), q.explanation))
        self.say()

    def summary(self) -> None:
        right = sum(a.grade.correct for a in self.answered)
        total = len(self.answered)
        self.say(f"Score: {right}/{total} ({percent(right, total)}%)", "bold")
        missed = [a for a in self.answered if not a.grade.correct]
        if not missed:
            if total:
                self.say("No questions missed.", "green")
            return
        self.say()
        self.say("Review of missed questions:", "bold")
        for a in missed:
            self.say(f"{a.number}. {a.layout.question.prompt}")
            self.say(Text.assemble(("  Your answer: ", "dim"), a.answer or "(none)"))
            self.say(Text.assemble(("  Answer: ", "dim"), (a.grade.expected, "bold")))
            for line in self.source_lines(a.layout.question):
                self.say(line)
        if self.store is not None:
            self.say()
            self.say("Missed questions come back tomorrow in `quizgen review`.", "dim")

    # ----------------------------------------------------------------- input

    def read(self) -> str | None:
        """One answer line, or None at end of input (Ctrl-D)."""
        if self.tty and self.stdin is sys.stdin:
            self.out.file.flush()
            try:
                return input("> ")  # readline editing for typos
            except EOFError:
                return None
        self.out.file.write("> ")
        self.out.file.flush()
        line = self.stdin.readline()
        if not line:
            return None
        line = line.rstrip("\r\n")
        if not self.tty:
            self.out.file.write(line + "\n")  # echo, as a terminal would, so transcripts read well
        return line

    def ask(self, number: int, lay: Layout) -> bool:
        """Ask one question, grade and record it; False at end of input."""
        self.show(number, lay)
        start = self.clock()
        while True:
            answer = self.read()
            if answer is None:
                return False
            try:
                g = grade(lay, answer)
                break
            except UnreadableAnswer as e:
                if self.tty and answer.strip():
                    self.say(f"  Please {e}.", "yellow")
                    continue
                # A script cannot be asked again without desynchronising its answer lines.
                g = Grade(WRONG, expected(lay), note=str(e) if answer.strip() else "no answer")
                break
        end = self.clock()
        self.answered.append(Answered(number, lay, answer, g))
        if self.store is not None:
            self.store.record(lay.question, g.verdict, answer=answer, when=end,
                              seconds=max(0.0, (end - start).total_seconds()))
        self.feedback(lay, g)
        return True

    def run(self) -> int:
        """Ask every question; the exit status (0, or 130 after Ctrl-C)."""
        try:
            for number, lay in enumerate(self.layouts, 1):
                if not self.ask(number, lay):
                    self.say()
                    self.say("End of input: stopping here.", "dim")
                    break
        except KeyboardInterrupt:
            self.say()
            self.say("Interrupted.", "dim")
            self.summary()
            return EXIT_INTERRUPTED
        self.summary()
        return 0


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _printable(question: Question) -> Question:
    """The question without control characters, so article text cannot move the cursor or recolour."""
    def clean(value):
        if isinstance(value, str):
            return _CONTROL.sub("", value)
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        return value

    return Question.from_dict(clean(question.to_dict()))


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _run(layouts: Sequence[Layout], *, db, stdin, stdout, clock) -> int:
    """Run a session recording into ``db`` (a path, None for the default, a ReviewStore, or False)."""
    from ..review.store import ReviewStore

    owned = not isinstance(db, ReviewStore) and db is not False
    store = ReviewStore(db) if owned else (db or None)
    try:
        return _Session(layouts, store=store, stdin=stdin or sys.stdin,
                        stdout=stdout or sys.stdout, clock=clock or _now).run()
    finally:
        if owned:
            store.close()


def quiz(bank: QuestionBank, *, n: int | None = None, seed: int | None = None, shuffle: bool = True,
         db: Path | str | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None,
         clock: Clock | None = None) -> int:
    """Run a self-grading quiz; returns the exit status (0, or 130 after Ctrl-C).

    Args:
        bank: The questions.
        n: Ask at most this many.
        seed: Seed of the shuffle of questions and options (None: a new order each run).
        shuffle: False keeps the questions and options in the bank's order.
        db: The review database (default in the user's data directory); False records nothing.
        stdin, stdout: Streams to use instead of the process's.
        clock: Gives the current time (timezone-aware), for reviews and answer times.
    """
    if not len(bank):
        raise QuizgenError("no questions to ask")
    return _run(arrange(bank, n=n, seed=seed, shuffle=shuffle), db=db, stdin=stdin, stdout=stdout, clock=clock)


def arrange(questions, *, n: int | None = None, seed: int | None = None, shuffle: bool = True) -> list[Layout]:
    """The questions of a quiz as shown: shuffled with their options by ``seed``, or in order."""
    questions = list(questions)
    rng = random.Random(seed) if shuffle else None
    if rng is not None:
        rng.shuffle(questions)
    return [layout(_printable(q), rng) for q in questions[:n]]


def review(*, db: Path | str | None = None, n: int | None = None, seed: int | None = None,
           stdin: TextIO | None = None, stdout: TextIO | None = None, clock: Clock | None = None) -> int:
    """Ask the questions due today from every earlier quiz; returns the exit status."""
    from ..review.store import ReviewStore

    clock = clock or _now
    store = db if isinstance(db, ReviewStore) else ReviewStore(db)
    try:
        questions = store.due(clock(), limit=n)
        if not questions:
            out = stdout or sys.stdout
            nxt = store.next_due()
            when = f" The next question is due {_when(nxt)}." if nxt else ""
            out.write(f"Nothing to review.{when}\n")
            return 0
        # Due order is kept (most overdue first); options are shuffled so letters are not remembered.
        rng = random.Random(seed)
        layouts = [layout(_printable(q), rng) for q in questions]
        return _run(layouts, db=store, stdin=stdin, stdout=stdout, clock=clock)
    finally:
        if store is not db:
            store.close()


def _when(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "-"


def stats(*, db: Path | str | None = None, stdout: TextIO | None = None, clock: Clock | None = None) -> None:
    """Print a table of totals, retention and what is due when."""
    from ..review.store import ReviewStore

    with ReviewStore(db) as store:
        s = store.stats((clock or _now)())
    table = Table(title=f"Review statistics ({store.path})", show_header=False)
    table.add_column("", style="bold")
    table.add_column("", justify="right")
    rows = [
        ("Questions", str(s.cards)),
        ("Answers", str(s.answers)),
        ("  right", str(s.right)),
        ("  almost (typo)", str(s.almost)),
        ("  wrong", str(s.wrong)),
        ("Retention (answers to questions seen before)", f"{s.retention:.0%}" if s.retention is not None else "-"),
        ("Due now", str(s.due_now)),
        ("Due today", str(s.due_today)),
        ("Due tomorrow", str(s.due_tomorrow)),
        ("Due within 7 days", str(s.due_week)),
        ("Due later", str(s.due_later)),
        ("Next due", _when(s.next_due)),
    ]
    for row in rows:
        table.add_row(*row)
    out = stdout or sys.stdout
    console = Console(file=out, highlight=False, markup=False, emoji=False,
                      **({} if _isatty(out) else {"color_system": None, "width": 100}))
    console.print(table)
