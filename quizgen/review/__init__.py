"""Spaced-repetition store (FSRS scheduling in SQLite) for terminal quizzes."""
