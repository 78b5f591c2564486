"""The on-disk cache of compiled patterns gives exactly what ``re.compile`` gives."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.text import regex

PATTERNS = [
    (r"(?P<n>\d+)\s+(?:years?|months?)\s+ago\b", re.IGNORECASE),
    (r"(?<![\w'])(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:s|'s)?\b", 0),
    (r"[\"“‘](.+?)[\"”’]", re.DOTALL),
    (r"^\s{0,3}#{1,6}\s*", re.MULTILINE),
    (r"(?i:the)\s+(\w+)-quarter\b", 0),
]
TEXT = ("2 years ago, on Friday's vote, “the third-quarter loss” was reported.\n"
        "## Heading\nFIVE MONTHS AGO the Senate met on Tuesdays.")

CASES = [(p, f, TEXT) for p, f in PATTERNS]


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """A cache folder of its own, and the module's per-process state reset."""
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex, "_cache", None)
    monkeypatch.setattr(regex, "_file", None)
    monkeypatch.setattr(regex, "_added", False)
    return tmp_path


def _same(a: re.Pattern, b: re.Pattern, text: str) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [(m.span(), m.groups()) for m in a.finditer(text)] == [(m.span(), m.groups()) for m in b.finditer(text)]
    assert a.findall(text)  # each pattern of the table matches the text


@pytest.mark.parametrize("pattern,flags,text", CASES)
def test_fresh_and_cached_patterns_match_like_re(fresh_cache, pattern, flags, text):
    _same(regex.compile(pattern, flags), re.compile(pattern, flags), text)
    regex._save()
    regex._cache = None  # a later process: the opcodes now come from the file
    _same(regex.compile(pattern, flags), re.compile(pattern, flags), text)


def test_cache_written_once_and_read_by_the_next_process(tmp_path):
    env = {**os.environ, "QUIZGEN_CACHE_DIR": str(tmp_path)}
    code = ("import re; from quizgen.text import regex; "
            "rx = regex.compile(r'\\d+ (?:days|weeks)', re.I); print(bool(rx.search('3 Weeks')), regex._added)")
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.split() == ["True", "True"]
    files = list(tmp_path.glob("regex-*.marshal"))
    assert len(files) == 1
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert second.stdout.split() == ["True", "False"]  # served from the file, nothing new to write


@pytest.mark.parametrize("damage", [b"", b"garbage", b"\0" * 20 + b"\xff" * 100])
def test_damaged_cache_is_ignored(fresh_cache, damage):
    pattern, flags = PATTERNS[0]
    regex.compile(pattern, flags)
    regex._save()
    (path,) = fresh_cache.glob("regex-*.marshal")
    path.write_bytes(damage)
    regex._cache = None
    _same(regex.compile(pattern, flags), re.compile(pattern, flags), TEXT)
    assert regex._added  # recompiled, and the file will be rewritten


def test_truncated_cache_is_ignored(fresh_cache):
    pattern, flags = PATTERNS[1]
    regex.compile(pattern, flags)
    regex._save()
    (path,) = fresh_cache.glob("regex-*.marshal")
    path.write_bytes(path.read_bytes()[:-7])
    regex._cache = None
    _same(regex.compile(pattern, flags), re.compile(pattern, flags), TEXT)


def test_empty_setting_turns_the_cache_off(fresh_cache, monkeypatch):
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", "")
    rx = regex.compile(*PATTERNS[0])
    assert rx.search(TEXT)
    regex._save()
    assert not list(Path(fresh_cache).iterdir())


def test_unwritable_cache_folder_is_no_error(fresh_cache, monkeypatch):
    blocker = fresh_cache / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(blocker))
    assert regex.compile(*PATTERNS[2]).search(TEXT)
    regex._save()  # cannot create a folder under a file: silently skipped


def test_bad_pattern_raises_like_re(fresh_cache):
    with pytest.raises(re.error):
        regex.compile("(unclosed")
