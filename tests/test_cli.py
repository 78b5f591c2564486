"""The CLI through typer's test runner: every command, its errors, and the README."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.cli import app

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "articles" / "wikinews-040.txt"
QUESTIONS = DATA / "questions-fixture.json"
COMMANDS = ["extract", "dates", "questions", "anki", "html", "quiz", "review", "stats", "export", "build"]


def one_error_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    return lines[0]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_in_readme(runner, command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.stdout
    readme = (ROOT / "README.md").read_text()
    assert re.search(rf"`quizgen {command}[ `]", readme) and f"quizgen {command} " in readme


def test_extract_json_contract(runner):
    result = runner.invoke(app, ["extract", str(ARTICLE)])
    assert result.exit_code == 0, result.stderr
    facts = json.loads(result.stdout)
    assert facts["article"]["title"].startswith("Lockerbie convict")
    assert facts["article"]["date"] == "2012-05-23"
    assert set(facts) >= {"article", "people", "events", "roles", "claims"}


def test_extract_text_and_jsonl(runner):
    result = runner.invoke(app, ["extract", str(ARTICLE), str(DATA / "articles" / "wikinews-001.txt"), "--format", "jsonl", "--jobs", "1"])
    assert result.exit_code == 0
    assert [json.loads(line)["article"]["date"] for line in result.stdout.splitlines()] == ["2012-05-23", "2004-11-24"]
    result = runner.invoke(app, ["extract", str(ARTICLE), "--format", "text"])
    assert result.stdout.startswith("Lockerbie convict Abdelbaset Ali al-Megrahi buried after dying at Libyan home (2012-05-23)")


def test_extract_stdin_and_date_option(runner):
    result = runner.invoke(app, ["extract", "-", "--date", "2021-11-24"], input="Storm hits\n\nA storm hit on Monday.\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"] == {"title": "Storm hits", "date": "2021-11-24", "source": None,
                                                    "url": None, "license": None, "date_origin": "option"}


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.txt", "no such file or directory"),
    (lambda d: d, "no article files"),
    (lambda d: (d / "e.txt", (d / "e.txt").write_text(""))[0], "empty file"),
    (lambda d: (d / "w.txt", (d / "w.txt").write_text("  \n\n \t"))[0], "empty file"),
    (lambda d: (d / "b.txt", (d / "b.txt").write_bytes(bytes(range(256)) * 20))[0], "binary file"),
    (lambda d: (d / "u.txt", (d / "u.txt").write_bytes(b"\xff\xfe" + b"\x00\xd8" * 3))[0], "cannot decode"),
    (lambda d: (d / "f.json", (d / "f.json").write_text("{oops"))[0], "not valid JSON"),
    (lambda d: (d / "g.json", (d / "g.json").write_text('{"x": 1}'))[0], "neither facts JSON nor questions JSON"),
])
def test_bad_input_is_one_error_line(runner, tmp_path, make, message):
    result = runner.invoke(app, ["extract", str(make(tmp_path))])
    assert result.exit_code == 1
    assert message in one_error_line(result)


def test_bad_date_option(runner):
    result = runner.invoke(app, ["extract", str(ARTICLE), "--date", "soon"])
    assert result.exit_code == 1 and "not a date" in one_error_line(result)


def test_cp1252_file(runner, tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Café owner\n\nThe Café de Flore reopened on Monday, its owner said.".encode("cp1252"))
    result = runner.invoke(app, ["extract", str(path), "--format", "text"])
    assert result.exit_code == 0 and result.stdout.startswith("Café owner")


def test_dates_command(runner, tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("The deal was signed on November 24, 2021.")
    result = runner.invoke(app, ["dates", str(path), "--dct", "2021-11-25", "--format", "json"])
    assert result.exit_code == 0
    assert isinstance(json.loads(result.stdout)["timexes"], list)


def test_usage_errors_stay_exit_2(runner):
    result = runner.invoke(app, ["extract", str(ARTICLE), "--format", "yaml"])
    assert result.exit_code == 2


def test_python_dash_m(tmp_path):
    result = subprocess.run([sys.executable, "-m", "quizgen", "extract", str(tmp_path / "nope.txt")],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr == f"Error: {tmp_path / 'nope.txt'}: no such file or directory\n"


def test_build_sample_writes_four_files_and_never_clobbers(runner, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", "--sample", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["deck.apkg", "facts.json", "questions.json", "quiz.html"]
    assert json.loads((out / "facts.json").read_text())["article"]["date"] == "2012-05-23"
    assert len(json.loads((out / "questions.json").read_text())["questions"]) >= 5
    before = (out / "quiz.html").read_bytes()
    again = runner.invoke(app, ["build", "--sample", "-o", str(out)])
    assert again.exit_code == 1 and "already exists" in one_error_line(again)
    assert (out / "quiz.html").read_bytes() == before
    assert runner.invoke(app, ["build", "--sample", "-o", str(out), "--force"]).exit_code == 0


def test_build_folder_one_worksheet_each_or_combined(runner, tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    for name in ("wikinews-040.txt", "wikinews-037.txt"):
        (news / name).write_bytes((DATA / "articles" / name).read_bytes())
    result = runner.invoke(app, ["build", str(news), "-o", str(tmp_path / "each"), "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "each").iterdir()) == [
        "deck.apkg", "facts.json", "questions.json", "quiz-wikinews-037.html", "quiz-wikinews-040.html"]
    result = runner.invoke(app, ["build", str(news), "-o", str(tmp_path / "one"), "--combine", "--jobs", "1"])
    assert result.exit_code == 0
    assert "quiz.html" in {p.name for p in (tmp_path / "one").iterdir()}
    assert len(json.loads((tmp_path / "one" / "facts.json").read_text())["articles"]) == 2


@pytest.mark.parametrize("fmt, suffix", [("gift", "gift"), ("moodle-xml", "xml"), ("qti", "zip"), ("csv", "csv"),
                                         ("quizlet", "txt")])
def test_export_every_format_for_a_folder(runner, tmp_path, fmt, suffix):
    news = tmp_path / "news"
    news.mkdir()
    for name in ("wikinews-040.txt", "wikinews-028.txt"):
        (news / name).write_bytes((DATA / "articles" / name).read_bytes())
    target = tmp_path / f"quiz.{suffix}"
    result = runner.invoke(app, ["export", str(news), "--format", fmt, "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert target.stat().st_size > 0
    if fmt == "gift":
        assert target.read_text().count("$CATEGORY:") == 2


def test_stage_by_stage_equals_one_go(runner, tmp_path):
    facts = runner.invoke(app, ["extract", str(ARTICLE)]).stdout
    (tmp_path / "facts.json").write_text(facts)
    from_facts = runner.invoke(app, ["questions", str(tmp_path / "facts.json"), "--seed", "3"]).stdout
    direct = runner.invoke(app, ["questions", str(ARTICLE), "--seed", "3"]).stdout
    assert from_facts == direct and json.loads(direct)["questions"]


def test_version(runner):
    from quizgen import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout == f"quizgen {__version__}\n"


def test_build_names_each_worksheet_after_its_own_article_when_one_fails(runner, tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a-empty.txt").write_text("")
    for name in ("wikinews-037.txt", "wikinews-040.txt"):
        (news / name).write_bytes((DATA / "articles" / name).read_bytes())
    result = runner.invoke(app, ["build", str(news), "-o", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 1 and "a-empty.txt: empty file" in result.stderr
    page = (tmp_path / "out" / "quiz-wikinews-040.html").read_text()
    assert "Lockerbie" in page


def test_deeply_nested_json_is_one_error_line(runner, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    result = runner.invoke(app, ["questions", str(path)])
    assert result.exit_code == 1 and "nested too deeply" in one_error_line(result)
