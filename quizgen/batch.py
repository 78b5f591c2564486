"""Batch runs: many articles through a process pool, results streamed in input order.

One bad file does not stop a run: it is reported as ``Error: path: reason`` on stderr, the
others are processed, and the exit status is 1 when anything failed (trafilatura's
``_define_exit_code`` idea).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator, Sequence

from .errors import QuizgenError
from .io import write_atomic
from .models import Facts, QuestionBank
from .reader import expand_paths, sample_path


@dataclass(frozen=True)
class Outcome:
    """The result of one input: facts, or the error message that replaced them."""

    path: str
    facts: Facts | None = None
    error: str | None = None


def _extract_one(args: tuple[str, str | None]) -> Outcome:
    path, date = args
    from .pipeline import load

    try:
        items = list(load([path], date=date))
        facts = [i.facts for i in items if i.facts is not None]
        if not facts:
            return Outcome(path, error=f"{path}: holds questions, not an article or facts")
        return Outcome(path, facts=facts[0])
    except QuizgenError as e:
        return Outcome(path, error=str(e) if str(e).startswith(path) else f"{path}: {e}")
    except RecursionError:
        return Outcome(path, error=f"{path}: input too deeply nested")


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def extract_many(paths: Sequence[str], *, date: str | None = None, jobs: int | None = None,
                 progress: bool = False) -> Iterator[Outcome]:
    """Facts of each path, in input order, as soon as each is ready.

    With ``jobs`` > 1 articles run in a process pool; the pool's ``map`` keeps input order
    while workers run ahead, so memory stays flat in the number of articles.
    """
    jobs = jobs or default_jobs()
    work = [(p, date) for p in paths]
    if jobs == 1 or len(work) < 4:
        results: Iterable[Outcome] = map(_extract_one, work)
        yield from _with_progress(results, len(work), progress)
        return
    yield from _with_progress(_pooled(work, jobs), len(work), progress)


def _extract_chunk(chunk: list[tuple[str, str | None]]) -> list[Outcome]:
    return [_extract_one(item) for item in chunk]


def _pooled(work: list[tuple[str, str | None]], jobs: int) -> Iterator[Outcome]:
    """Run chunks in a process pool with a bounded window of chunks in flight.

    ``Executor.map`` would submit everything at once and keep every finished result until
    it is consumed; a window keeps memory flat however many articles there are.
    """
    from concurrent.futures import ProcessPoolExecutor  # 11 ms of import that --jobs 1 never needs

    size = max(1, min(16, len(work) // (jobs * 8) or 1))
    chunks = (work[i:i + size] for i in range(0, len(work), size))
    window: deque = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for chunk in chunks:
            window.append(pool.submit(_extract_chunk, chunk))
            if len(window) >= jobs * 4:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


def _with_progress(results: Iterable[Outcome], total: int, show: bool) -> Iterator[Outcome]:
    if not show or total < 2:
        yield from results
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]}"), TimeRemainingColumn())
    start = time.perf_counter()
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("articles", total=total, rate="")
        for done, outcome in enumerate(results, 1):
            rate = done / max(time.perf_counter() - start, 1e-6)
            bar.update(task, advance=1, rate=f"{rate:,.0f} articles/s")
            yield outcome


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def facts_text(facts: Facts) -> str:
    """A readable summary of one article's facts."""
    a = facts.article
    lines = [f"{a.title} ({a.date or 'date unknown'})"]
    if facts.people:
        lines.append("People:")
        lines += [f"  {p.name}" + (f" (also {', '.join(p.aliases)})" if p.aliases else "") for p in facts.people]
    if facts.roles:
        lines.append("Roles:")
        lines += [f"  {r.person}: {r.role}" for r in facts.roles]
    if facts.events:
        lines.append("Events:")
        lines += [f"  {e.date}  {e.text}" for e in facts.events]
    if facts.claims:
        lines.append("Claims:")
        lines += [f"  {c.speaker} ({c.kind}): {c.text}" for c in facts.claims]
    return "\n".join(lines) + "\n"


def extract_command(inputs: Sequence[str], *, fmt: str = "json", date: str | None = None,
                    jobs: int | None = None, out: IO[str] = sys.stdout) -> int:
    """``quizgen extract``: print facts as JSON, JSON Lines or text; returns the exit status."""
    paths = list(expand_paths(list(inputs)))
    failed = 0
    done: list[Facts] = []
    for outcome in extract_many(paths, date=date, jobs=jobs, progress=_stderr_is_tty()):
        if outcome.error:
            failed += 1
            print(f"Error: {outcome.error}", file=sys.stderr)
            if len(paths) == 1:
                return 1
            continue
        facts = outcome.facts
        assert facts is not None
        if fmt == "jsonl":
            out.write(json.dumps(facts.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
        elif fmt == "text":
            out.write(facts_text(facts) + ("\n" if len(paths) > 1 else ""))
        else:
            done.append(facts)
    if fmt == "json":
        if len(paths) == 1 and done:
            out.write(json.dumps(done[0].to_dict(), ensure_ascii=False, indent=2) + "\n")
        elif done or len(paths) > 1:
            out.write(json.dumps({"articles": [f.to_dict() for f in done]}, ensure_ascii=False, indent=2) + "\n")
    return 1 if failed else 0


def build_command(inputs: Sequence[str], output: Path, *, sample: bool = False, combine: bool = False,
                  seed: int = 0, date: str | None = None, jobs: int | None = None, force: bool = False) -> int:
    """``quizgen build``: facts, questions, a deck and worksheets for the inputs in ``output``.

    One article gives ``facts.json``, ``questions.json``, ``deck.apkg``, ``quiz.html``.
    Several give one deck with a subdeck each and a worksheet per article (or one with
    ``combine``).
    """
    from .pipeline import make_questions
    from .render.anki import deck_bytes, default_timestamp
    from .render.html import render_worksheet

    if sample:
        inputs = [str(sample_path()), *inputs]
    if not inputs:
        raise QuizgenError("nothing to build: name articles or folders, or use --sample")
    paths = list(expand_paths(list(inputs)))
    out = Path(output)
    if out.exists() and not out.is_dir():
        raise QuizgenError(f"{out}: exists and is not a directory")
    failed = 0
    all_facts: list[Facts] = []
    banks: list[tuple[str, QuestionBank]] = []
    for outcome in extract_many(paths, date=date, jobs=jobs, progress=_stderr_is_tty()):
        if outcome.error:
            failed += 1
            print(f"Error: {outcome.error}", file=sys.stderr)
            continue
        assert outcome.facts is not None
        all_facts.append(outcome.facts)
        banks.append((outcome.path, make_questions(outcome.facts, seed=seed)))
    if not all_facts:
        raise QuizgenError("no article could be read")
    questions = QuestionBank(tuple(q for _, b in banks for q in b))
    written: list[Path] = []
    if len(all_facts) == 1:
        facts_json = all_facts[0].to_dict()
    else:
        facts_json = {"articles": [f.to_dict() for f in all_facts]}
    written.append(write_atomic(out / "facts.json", json.dumps(facts_json, ensure_ascii=False, indent=2) + "\n", force=force))
    written.append(write_atomic(out / "questions.json", json.dumps(questions.to_dict(), ensure_ascii=False, indent=2) + "\n", force=force))
    if len(questions):
        deck = deck_bytes(questions, timestamp=default_timestamp(paths))
        written.append(write_atomic(out / "deck.apkg", deck, force=force))
        if combine or len(banks) == 1:
            written.append(write_atomic(out / "quiz.html", render_worksheet(questions, seed=seed), force=force))
        else:
            for path, bank in banks:
                if len(bank):
                    name = f"quiz-{Path(path).stem}.html"
                    written.append(write_atomic(out / name, render_worksheet(bank, seed=seed), force=force))
    else:
        print("Error: no questions could be made, so no deck or worksheet was written", file=sys.stderr)
        failed += 1
    for path in written:
        print(f"Wrote {path}", file=sys.stderr)
    return 1 if failed else 0
