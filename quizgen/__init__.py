"""quizgen: news articles to facts, questions, Anki decks, printable and terminal quizzes.

The public API is small and pure: ``extract_facts(text, date=None)`` and
``make_questions(facts, seed=0)`` return picklable, JSON-serialisable models.
"""

from __future__ import annotations

import logging

from .errors import QuizgenError
from .models import Article, Claim, Event, Facts, Person, Question, QuestionBank, Role, Timex
from .pipeline import extract_facts, make_questions
from .reader import read_article

__version__ = "0.1.0"
__all__ = [
    "Article", "Claim", "Event", "Facts", "Person", "Question", "QuestionBank", "QuizgenError",
    "Role", "Timex", "extract_facts", "make_questions", "read_article",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
