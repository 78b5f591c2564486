"""Spaced-repetition store (FSRS scheduling in SQLite) for terminal quizzes."""

from .store import ReviewStore, Stats, default_path, rating_for

__all__ = ["ReviewStore", "Stats", "default_path", "rating_for"]
