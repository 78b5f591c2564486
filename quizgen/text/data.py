"""The shipped lexicons in ``quizgen/data``: one reader for every stage."""

from __future__ import annotations

from importlib import resources


def data_lines(path: str) -> list[str]:
    """The lines of ``quizgen/data/<path>`` that are neither blank nor ``#`` comments, as written."""
    text = resources.files("quizgen").joinpath(f"data/{path}").read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
