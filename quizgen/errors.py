"""The one exception family of quizgen: the CLI prints any of these as ``Error: …``."""

from __future__ import annotations


class QuizgenError(Exception):
    """Base of every error quizgen raises on purpose; its message is shown to the user."""


class ReadError(QuizgenError):
    """An input could not be read as an article (missing, binary, empty, undecodable)."""


class FormatError(QuizgenError):
    """A JSON input (facts or questions) does not have the expected shape."""


class OutputError(QuizgenError):
    """An output could not be written (exists without ``--force``, or the disk refused)."""


class OptionalDependencyError(QuizgenError):
    """A feature needs an extra that is not installed (``pip install 'quizgen[pdf]'``)."""
