"""The ``quizgen`` command: parse options, call one library function, print.

No NLP, templating or file-format code lives here; library errors (QuizgenError) become a
one-line ``Error: …`` on stderr and exit status 1. Heavy modules are imported inside the
commands so that ``quizgen --help`` stays fast.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from typer.core import TyperGroup

from .errors import QuizgenError


class _Group(TyperGroup):
    """Turns library errors into one ``Error: …`` line on stderr and exit status 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except QuizgenError as e:
            typer.echo(f"Error: {' '.join(str(e).split())}", err=True)
            raise typer.Exit(1) from None


app = typer.Typer(
    cls=_Group,
    help="Turn news articles into facts, questions, Anki decks, printable worksheets and quizzes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

Inputs = typer.Argument(..., help="Article files (.txt .md .html), folders, '-' for stdin, or JSON from an earlier stage.")
DateOpt = typer.Option(None, "--date", help="The article's date (YYYY-MM-DD), overriding the one read or inferred.")
SeedOpt = typer.Option(0, "--seed", help="Seed for shuffling and sampling: the same seed gives the same output.")
ForceOpt = typer.Option(False, "--force", "-f", help="Overwrite an existing output file.")
TypesOpt = typer.Option(None, "--types", help="Question types to keep (comma-separated or repeated): cloze, mcq, true_false, who_said, matching, timeline, short_answer.")
CountOpt = typer.Option(None, "--n", min=1, help="At most this many questions per article.")


class FactsFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


class Paper(str, Enum):
    a4 = "a4"
    letter = "letter"


class ExportFormat(str, Enum):
    gift = "gift"
    moodle_xml = "moodle-xml"
    qti = "qti"
    csv = "csv"
    quizlet = "quizlet"


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"quizgen {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Turn news articles into facts, questions, Anki decks, printable worksheets and quizzes."""


def _types(values: Optional[List[str]]) -> Optional[list[str]]:
    if not values:
        return None
    from .models import QUESTION_TYPES

    out = [t.strip().replace("-", "_") for v in values for t in v.split(",") if t.strip()]
    bad = [t for t in out if t not in QUESTION_TYPES]
    if bad:
        raise QuizgenError(f"unknown question type {bad[0]!r} (choose from {', '.join(QUESTION_TYPES)})")
    return out


def _echo(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


@app.command()
def extract(
    inputs: List[str] = Inputs,
    format: FactsFormat = typer.Option(FactsFormat.json, "--format", help="json, jsonl (one article per line) or text."),
    date: Optional[str] = DateOpt,
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: the number of cores)."),
) -> None:
    """Extract facts (people, roles, dated events, claims) from articles."""
    from .batch import extract_command

    raise typer.Exit(extract_command(inputs, fmt=format.value, date=date, jobs=jobs, out=sys.stdout))


@app.command()
def dates(
    file: str = typer.Argument(..., help="A plain text file ('-' for stdin)."),
    dct: Optional[str] = typer.Option(None, "--dct", help="Document creation time (YYYY-MM-DD) relative dates resolve against."),
    format: FactsFormat = typer.Option(FactsFormat.json, "--format", help="json or text."),
) -> None:
    """Tag the temporal expressions (TIMEX3) of a plain text, with character offsets."""
    from .api import tag_file

    timexes = tag_file(file, dct=dct)
    if format is FactsFormat.text:
        for t in timexes:
            _echo(f"{t.start}-{t.end}\t{t.type}\t{t.value}\t{t.text}")
    else:
        _echo(json.dumps({"timexes": [t.to_dict() for t in timexes]}, ensure_ascii=False))


@app.command()
def questions(
    inputs: List[str] = Inputs,
    format: str = typer.Option("json", "--format", help="json (the editable question format) or text."),
    seed: int = SeedOpt,
    n: Optional[int] = CountOpt,
    types: Optional[List[str]] = TypesOpt,
    date: Optional[str] = DateOpt,
) -> None:
    """Make the question bank from articles or facts JSON."""
    from .pipeline import question_bank

    bank = question_bank(inputs, date=date, seed=seed, n=n, types=_types(types))
    if format == "text":
        for i, q in enumerate(bank, 1):
            _echo(f"{i}. [{q.type}] {q.prompt}\n   -> {q.answer_text}")
    else:
        _echo(json.dumps(bank.to_dict(), ensure_ascii=False, indent=2))


@app.command()
def anki(
    inputs: List[str] = Inputs,
    output: Path = typer.Option(..., "--output", "-o", help="The .apkg file to write."),
    deck_name: str = typer.Option("Current affairs", "--deck-name", help="Name of the top deck."),
    flat: bool = typer.Option(False, "--flat", help="One flat deck instead of a subdeck per article."),
    types: Optional[List[str]] = TypesOpt,
    seed: int = SeedOpt,
    date: Optional[str] = DateOpt,
    force: bool = ForceOpt,
) -> None:
    """Write an Anki deck (.apkg) whose notes update in place when rebuilt."""
    from .api import write_anki

    n = write_anki(inputs, output, deck_name=deck_name, flat=flat, types=_types(types), seed=seed, date=date, force=force)
    typer.echo(f"Wrote {output} ({n} notes)", err=True)


@app.command()
def html(
    inputs: List[str] = Inputs,
    output: Path = typer.Option(..., "--output", "-o", help="The .html file to write."),
    title: Optional[str] = typer.Option(None, "--title", help="Worksheet title (default: the article's)."),
    versions: int = typer.Option(1, "--versions", min=1, max=26, help="Shuffled versions A, B, C…, each with its key."),
    paper: Paper = typer.Option(Paper.a4, "--paper", help="Paper size for printing."),
    no_key: bool = typer.Option(False, "--no-key", help="Leave out the answer key."),
    key_only: bool = typer.Option(False, "--key-only", help="Only the answer key."),
    interactive: bool = typer.Option(False, "--interactive", help="A self-contained quiz to play in the browser."),
    shuffle: bool = typer.Option(False, "--shuffle", help="With --interactive: shuffle questions and options."),
    pdf: bool = typer.Option(False, "--pdf", help="Also write a PDF beside the HTML (needs quizgen[pdf])."),
    types: Optional[List[str]] = TypesOpt,
    seed: int = SeedOpt,
    date: Optional[str] = DateOpt,
    force: bool = ForceOpt,
) -> None:
    """Write a printable worksheet with an answer key, or an interactive web quiz."""
    from .api import write_html

    written = write_html(inputs, output, title=title, versions=versions, paper=paper.value, key=not no_key,
                         key_only=key_only, interactive=interactive, shuffle=shuffle, pdf=pdf,
                         types=_types(types), seed=seed, date=date, force=force)
    for path in written:
        typer.echo(f"Wrote {path}", err=True)


@app.command()
def quiz(
    inputs: List[str] = Inputs,
    n: Optional[int] = CountOpt,
    types: Optional[List[str]] = TypesOpt,
    seed: Optional[int] = typer.Option(None, "--seed", help="Seed for the shuffle (default: a new order each run)."),
    no_shuffle: bool = typer.Option(False, "--no-shuffle", help="Keep questions and options in the JSON's order."),
    db: Optional[Path] = typer.Option(None, "--db", help="Review database (default: in your data directory)."),
    date: Optional[str] = DateOpt,
) -> None:
    """Take a self-grading quiz in the terminal."""
    from .api import run_quiz

    raise typer.Exit(run_quiz(inputs, n=n, types=_types(types), seed=seed, shuffle=not no_shuffle, db=db, date=date))


@app.command()
def review(
    db: Optional[Path] = typer.Option(None, "--db", help="Review database (default: in your data directory)."),
    n: Optional[int] = CountOpt,
) -> None:
    """Ask the questions that are due again, from every quiz taken before."""
    from .api import run_review

    raise typer.Exit(run_review(db=db, n=n))


@app.command()
def stats(db: Optional[Path] = typer.Option(None, "--db", help="Review database (default: in your data directory).")) -> None:
    """Show totals, retention and what is due when."""
    from .api import show_stats

    show_stats(db=db)


@app.command()
def export(
    inputs: List[str] = Inputs,
    format: ExportFormat = typer.Option(..., "--format", help="gift, moodle-xml, qti (Canvas), csv or quizlet."),
    output: Path = typer.Option(..., "--output", "-o", help="The file to write."),
    types: Optional[List[str]] = TypesOpt,
    seed: int = SeedOpt,
    date: Optional[str] = DateOpt,
    force: bool = ForceOpt,
) -> None:
    """Export the questions for Moodle, Canvas, spreadsheets or flashcard sites."""
    from .api import write_export

    n = write_export(inputs, output, fmt=format.value, types=_types(types), seed=seed, date=date, force=force)
    typer.echo(f"Wrote {output} ({n} questions)", err=True)


@app.command()
def build(
    inputs: Optional[List[str]] = typer.Argument(None, help="Articles or folders (or --sample)."),
    output: Path = typer.Option(..., "--output", "-o", help="Folder for facts, questions, deck and worksheet."),
    sample: bool = typer.Option(False, "--sample", help="Use the bundled sample article."),
    combine: bool = typer.Option(False, "--combine", help="One worksheet for all articles instead of one each."),
    seed: int = SeedOpt,
    date: Optional[str] = DateOpt,
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: the number of cores)."),
    force: bool = ForceOpt,
) -> None:
    """Everything at once: facts JSON, questions JSON, an Anki deck and a worksheet."""
    from .batch import build_command

    raise typer.Exit(build_command(inputs or [], output, sample=sample, combine=combine, seed=seed, date=date,
                                   jobs=jobs, force=force))


def main() -> None:
    """Entry point: run the app; Ctrl-C and a closed pipe end it quietly."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("Interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()
