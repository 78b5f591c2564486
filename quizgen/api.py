"""The commands as library functions: load inputs through the pipeline, hand the result
to one renderer, write the output safely. ``cli.py`` calls these and prints."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence

from .errors import ReadError
from .io import check_writable, write_atomic
from .models import QuestionBank, Timex
from .pipeline import question_bank
from .reader import decode


def tag_file(path: str, *, dct: str | None = None) -> list[Timex]:
    """TIMEX3 tags of a plain text file; offsets index the decoded text exactly."""
    from .extract.dates import tag
    from .reader import parse_date

    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            raise ReadError(f"{path}: no such file or directory") from None
        except OSError as e:
            raise ReadError(f"{path}: {e.strerror or e}") from None
    if dct is not None and parse_date(dct) is None:
        raise ReadError(f"--dct {dct!r} is not a date (use YYYY-MM-DD)")
    text = decode(data, path) if data else ""
    return tag(text, parse_date(dct) if dct else None)


def _bank(inputs: Sequence[str], *, types, seed: int, date: str | None) -> QuestionBank:
    return question_bank(inputs, date=date, seed=seed, types=types)


def write_anki(inputs: Sequence[str], output: Path, *, deck_name: str = "Current affairs", flat: bool = False,
               types=None, seed: int = 0, date: str | None = None, force: bool = False) -> int:
    """Write an .apkg for the inputs; returns the number of notes."""
    from .reader import expand_paths
    from .render.anki import deck_bytes, default_timestamp, note_count

    check_writable(output, force=force)
    bank = _bank(inputs, types=types, seed=seed, date=date)
    stamp = default_timestamp(list(expand_paths(list(inputs))))
    write_atomic(output, deck_bytes(bank, deck_name=deck_name, flat=flat, timestamp=stamp), force=force)
    return note_count(bank)


def write_html(inputs: Sequence[str], output: Path, *, title: str | None = None, versions: int = 1,
               paper: str = "a4", key: bool = True, key_only: bool = False, interactive: bool = False,
               shuffle: bool = False, pdf: bool = False, types=None, seed: int = 0,
               date: str | None = None, force: bool = False) -> list[Path]:
    """Write a worksheet (or with ``interactive`` a playable quiz); returns the paths written."""
    check_writable(output, force=force)
    pdf_path = Path(output).with_suffix(".pdf")
    if pdf:
        from .render.html import require_pdf

        require_pdf()
        check_writable(pdf_path, force=force)
    bank = _bank(inputs, types=types, seed=seed, date=date)
    if interactive:
        from .render.web import render_interactive

        page = render_interactive(bank, title=title, shuffle=shuffle, seed=seed)
    else:
        from .render.html import render_worksheet

        page = render_worksheet(bank, title=title, versions=versions, paper=paper, key=key,
                                key_only=key_only, seed=seed)
    written = [write_atomic(output, page, force=force)]
    if pdf:
        from .render.html import pdf_bytes

        written.append(write_atomic(pdf_path, pdf_bytes(page), force=force))
    return written


def write_export(inputs: Sequence[str], output: Path, *, fmt: str, types=None, seed: int = 0,
                 date: str | None = None, force: bool = False) -> int:
    """Export the questions in an LMS format; returns the number of questions."""
    from .render.lms import export

    check_writable(output, force=force)
    bank = _bank(inputs, types=types, seed=seed, date=date)
    write_atomic(output, export(bank, fmt), force=force)
    return len(bank)


def run_quiz(inputs: Sequence[str], *, n: int | None = None, types=None, seed: int | None = None,
             shuffle: bool = True, db: Path | None = None, date: str | None = None) -> int:
    """Run a terminal quiz on stdin/stdout; returns the exit status."""
    from .render.terminal import quiz

    bank = question_bank(inputs, date=date, seed=seed or 0, types=types)
    return quiz(bank, n=n, seed=seed, shuffle=shuffle, db=db)


def run_review(*, db: Path | None = None, n: int | None = None) -> int:
    """Ask the due questions again; returns the exit status."""
    from .render.terminal import review

    return review(db=db, n=n)


def show_stats(*, db: Path | None = None) -> None:
    """Print review statistics."""
    from .render.terminal import stats

    stats(db=db)
