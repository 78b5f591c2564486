"""quizgen: news articles to facts, questions, Anki decks, printable and terminal quizzes.

The public API is small and pure: ``extract_facts(text, date=None)`` and
``make_questions(facts, seed=0)`` return picklable, JSON-serialisable models. Names are
imported on first use (PEP 562), so ``quizgen --help`` does not pay for the pipeline.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

__version__ = "0.1.0"

_PUBLIC = {
    "QuizgenError": "errors",
    "Article": "models", "Claim": "models", "Event": "models", "Facts": "models", "Person": "models",
    "Question": "models", "QuestionBank": "models", "Role": "models", "Timex": "models",
    "extract_facts": "pipeline", "make_questions": "pipeline",
    "read_article": "reader",
}
__all__ = sorted(_PUBLIC)

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        return getattr(importlib.import_module(f".{_PUBLIC[name]}", __name__), name)
    raise AttributeError(f"module 'quizgen' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_PUBLIC])
