"""The one place that chains the stages: article -> facts -> questions -> renderers.

Every stage can be entered with the previous stage's JSON: an input path ending in
``.json`` holds facts (``{"article": …}``, ``{"articles": […]}``) or questions
(``{"questions": […]}`` or a bare list), anything else is an article.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from .errors import FormatError, QuizgenError, ReadError
from .models import Article, Facts, Question, QuestionBank
from .reader import expand_paths, parse_article, read_article


def facts_from_article(article: Article) -> Facts:
    """Run every extractor over one read article."""
    from .extract.claims import extract_claims
    from .extract.events import extract_events
    from .extract.people import extract_people
    from .extract.roles import extract_roles
    from .text.sentences import sentences as split_sentences

    sents = split_sentences(article)
    people = extract_people(article, sents)
    return Facts(
        article=article.meta(),
        people=tuple(people),
        events=tuple(extract_events(article, sents)),
        roles=tuple(extract_roles(article, sents, people)),
        claims=tuple(extract_claims(article, sents, people)),
        sentences=tuple(s.text for s in sents if not s.caption),
    )


def extract_facts(text: str | Article, date: str | None = None, *, title: str | None = None) -> Facts:
    """Facts of an article given as text (header block optional) or as a read Article.

    A pure function with a picklable, JSON-serialisable result, for batch and Dask runs.
    """
    if isinstance(text, Article):
        article = text
    else:
        article = parse_article(text, date=date)
        if title:
            article = replace(article, title=title)
    return facts_from_article(article)


def make_questions(facts: Facts, *, seed: int = 0, n: int | None = None,
                   types: Sequence[str] | None = None) -> QuestionBank:
    """The question bank for one article's facts (deterministic for a seed)."""
    from .questions.bank import make_questions as _make

    return _make(facts, seed=seed, n=n, types=types)


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class Loaded:
    """One unit of input: facts of one article, or a ready question bank from JSON."""

    name: str
    facts: Facts | None = None
    questions: QuestionBank | None = None


def _load_json(path: str) -> Iterator[Loaded]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ReadError(f"{path}: no such file or directory") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ReadError(f"{path}: cannot read: {e}") from None
    except json.JSONDecodeError as e:
        raise FormatError(f"{path}: not valid JSON ({e.msg} at line {e.lineno})") from None
    except RecursionError:
        raise FormatError(f"{path}: JSON nested too deeply") from None
    if isinstance(data, list) or (isinstance(data, dict) and "questions" in data):
        yield Loaded(path, questions=QuestionBank.from_dict(data))
    elif isinstance(data, dict) and isinstance(data.get("articles"), list):
        for item in data["articles"]:
            yield Loaded(path, facts=Facts.from_dict(item))
    elif isinstance(data, dict) and "article" in data:
        yield Loaded(path, facts=Facts.from_dict(data))
    else:
        raise FormatError(f"{path}: neither facts JSON nor questions JSON")


def load(inputs: Sequence[str], *, date: str | None = None) -> Iterator[Loaded]:
    """Each input (files, folders, ``-``, JSON from an earlier stage) as facts or questions."""
    for path in expand_paths(list(inputs)):
        if path.lower().endswith((".json", ".jsonl")):
            if path.lower().endswith(".jsonl"):
                yield from _load_jsonl(path)
            else:
                yield from _load_json(path)
        else:
            yield Loaded(path, facts=facts_from_article(read_article(path, date=date)))


def _load_jsonl(path: str) -> Iterator[Loaded]:
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except OSError as e:
        raise ReadError(f"{path}: {e.strerror or e}") from None
    for i, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield Loaded(path, facts=Facts.from_dict(json.loads(line)))
            except json.JSONDecodeError as e:
                raise FormatError(f"{path}:{i}: not valid JSON ({e.msg})") from None


def question_bank(inputs: Sequence[str], *, date: str | None = None, seed: int = 0,
                  n: int | None = None, types: Sequence[str] | None = None) -> QuestionBank:
    """All questions for the inputs: JSON questions as they are, the rest generated."""
    questions: list[Question] = []
    for item in load(inputs, date=date):
        if item.questions is not None:
            qs = [q for q in item.questions if not types or q.type in types]
            questions.extend(qs[:n] if n else qs)
        elif item.facts is not None:
            questions.extend(make_questions(item.facts, seed=seed, n=n, types=types).questions)
    if not questions:
        raise QuizgenError("no questions: the input has too few facts to ask about")
    return QuestionBank(tuple(questions))


def all_facts(inputs: Sequence[str], *, date: str | None = None) -> list[Facts]:
    """Facts of every article input (question JSON is refused here)."""
    out = []
    for item in load(inputs, date=date):
        if item.facts is None:
            raise FormatError(f"{item.name}: holds questions, not an article or facts")
        out.append(item.facts)
    return out
