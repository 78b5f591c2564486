"""Frozen dataclasses passed between the stages, each with a lossless JSON form.

article -> facts (people, roles, events, claims) -> questions. ``to_dict``/``from_dict``
round-trip exactly; the extraction JSON keys are a contract read by outside scorers.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from typing import Any, Iterable

from .errors import FormatError

SCHEMA_VERSION = 1


def stable_id(*parts: str, length: int = 12) -> str:
    """A short hex id from text parts: the same parts give the same id on every machine."""
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:length]


def _tuple(value: Any) -> tuple:
    """Lists from JSON become (nested) tuples, so frozen models stay hashable."""
    if isinstance(value, (list, tuple)):
        return tuple(_tuple(v) for v in value)
    return value


def _listify(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_listify(v) for v in value]
    return value


class _Record:
    """JSON form shared by the simple records: every field, tuples as lists."""

    def to_dict(self) -> dict[str, Any]:
        # A frozen dataclass keeps its fields, in order, in __dict__ (no slots, no cached
        # properties here): copying it is twice as fast as getattr per field.
        d = dict(self.__dict__)
        for name, value in d.items():
            if type(value) is tuple:
                d[name] = _listify(value)
        return d

    @classmethod
    def from_dict(cls, data: Any):
        if not isinstance(data, dict):
            raise FormatError(f"expected an object for {cls.__name__}, got {type(data).__name__}")
        names = {f.name: f for f in fields(cls)}  # type: ignore[arg-type]
        kwargs = {k: _tuple(v) for k, v in data.items() if k in names}
        try:
            return cls(**kwargs)
        except TypeError as e:
            raise FormatError(f"bad {cls.__name__}: {e}") from None


# --------------------------------------------------------------------------- article


@dataclass(frozen=True)
class Paragraph(_Record):
    """One paragraph of the article; ``caption`` marks photo captions and credit lines."""

    text: str
    caption: bool = False


@dataclass(frozen=True)
class Sentence(_Record):
    """A sentence exactly as in the article, with its paragraph index and offsets in it."""

    text: str
    paragraph: int
    start: int
    end: int
    caption: bool = False


@dataclass(frozen=True)
class Article(_Record):
    """A read article: metadata, the date relative dates resolve against, and paragraphs.

    ``date_origin`` says where the date came from: header, meta, dateline, inferred,
    option, or None when unknown.
    """

    title: str
    paragraphs: tuple[Paragraph, ...]
    date: str | None = None
    source: str | None = None
    url: str | None = None
    license: str | None = None
    path: str | None = None
    date_origin: str | None = None

    @property
    def body(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if not p.caption)

    @property
    def captions(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.caption)

    @property
    def text(self) -> str:
        """Body and captions in order, paragraphs separated by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def key(self) -> str:
        """The article's identity for stable ids: its URL, else title and date."""
        return self.url or f"{self.title}|{self.date or ''}"

    def meta(self) -> "ArticleMeta":
        return ArticleMeta(self.title, self.date, self.source, self.url, self.license, self.date_origin)

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        d["paragraphs"] = [p.to_dict() for p in self.paragraphs]
        return d

    @classmethod
    def from_dict(cls, data: Any) -> "Article":
        if not isinstance(data, dict):
            raise FormatError("expected an article object")
        data = dict(data)
        data["paragraphs"] = tuple(Paragraph.from_dict(p) for p in data.get("paragraphs") or ())
        return super().from_dict(data)


@dataclass(frozen=True)
class ArticleMeta(_Record):
    """What facts and questions keep of their article (the ``article`` key of the JSON)."""

    title: str
    date: str | None = None
    source: str | None = None
    url: str | None = None
    license: str | None = None
    date_origin: str | None = None

    @property
    def key(self) -> str:
        return self.url or f"{self.title}|{self.date or ''}"


# --------------------------------------------------------------------------- facts


@dataclass(frozen=True)
class Timex(_Record):
    """A TIMEX3 temporal expression: character offsets (end exclusive), type and value."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None


@dataclass(frozen=True)
class Person(_Record):
    """A named person: fullest name, the short forms used, gender if the article shows it."""

    name: str
    aliases: tuple[str, ...] = ()
    gender: str | None = None  # "male" | "female" | None

    @property
    def id(self) -> str:
        return stable_id("person", self.name)


@dataclass(frozen=True)
class Role(_Record):
    """A role the article states for a person, as written without the name."""

    person: str
    role: str
    sentence: str

    @property
    def id(self) -> str:
        return stable_id("role", self.person, self.role.lower())


@dataclass(frozen=True)
class Event(_Record):
    """A happening the article places at a calendar date (TIMEX3 DATE value)."""

    date: str
    date_text: str
    text: str
    sentence: str

    @property
    def id(self) -> str:
        return stable_id("event", self.date, self.text.lower())


@dataclass(frozen=True)
class Claim(_Record):
    """A statement attributed to a speaker: quoted (direct) or reported (indirect)."""

    speaker: str
    text: str
    kind: str  # "direct" | "indirect"
    sentence: str

    @property
    def id(self) -> str:
        return stable_id("claim", self.speaker, self.text.lower())


def _with_ids(items: Iterable[_Record]) -> list[dict[str, Any]]:
    out = []
    for item in items:
        d = item.to_dict()
        d["id"] = item.id  # type: ignore[attr-defined]
        out.append(d)
    return out


@dataclass(frozen=True)
class Facts:
    """Everything extracted from one article: the ``quizgen extract`` JSON.

    ``sentences`` are the body sentences (captions left out), exactly as in the article,
    so the question stage can be entered from this JSON alone.
    """

    article: ArticleMeta
    people: tuple[Person, ...] = ()
    events: tuple[Event, ...] = ()
    roles: tuple[Role, ...] = ()
    claims: tuple[Claim, ...] = ()
    sentences: tuple[str, ...] = ()
    schema: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "article": self.article.to_dict(),
            "people": _with_ids(self.people),
            "events": _with_ids(self.events),
            "roles": _with_ids(self.roles),
            "claims": _with_ids(self.claims),
            "sentences": list(self.sentences),
        }

    @classmethod
    def from_dict(cls, data: Any) -> "Facts":
        if not isinstance(data, dict) or "article" not in data:
            raise FormatError("facts JSON needs an 'article' object")
        def items(key: str, model: type) -> tuple:
            value = data.get(key) or []
            if not isinstance(value, list):
                raise FormatError(f"facts JSON: '{key}' must be a list")
            return tuple(model.from_dict(v) for v in value)
        return cls(
            article=ArticleMeta.from_dict(data["article"]),
            people=items("people", Person),
            events=items("events", Event),
            roles=items("roles", Role),
            claims=items("claims", Claim),
            sentences=tuple(str(s) for s in data.get("sentences") or ()),
            schema=int(data.get("schema", SCHEMA_VERSION)),
        )


# --------------------------------------------------------------------------- questions

QUESTION_TYPES = ("cloze", "mcq", "true_false", "who_said", "matching", "timeline", "short_answer")


@dataclass(frozen=True)
class Source(_Record):
    """Where a question's answer is stated: the sentence(s) and the article."""

    sentence: str
    article: str
    date: str | None = None
    url: str | None = None
    sentences: tuple[str, ...] = ()  # matching and timeline cite several sentences


@dataclass(frozen=True)
class Question:
    """One question of the bank; see README "Question JSON" for the editable format.

    ``answer`` is a string, or for ``timeline`` the ordered list of items and for
    ``matching`` the list of ``[left, right]`` pairs. ``key`` is the normalised key of the
    fact behind the question (used for Anki GUIDs), independent of the wording.
    """

    id: str
    type: str
    prompt: str
    answer: Any
    source: Source
    choices: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    explanation: str = ""
    tags: tuple[str, ...] = ()
    difficulty: int = 2
    key: str = ""

    def __post_init__(self) -> None:
        if self.type not in QUESTION_TYPES:
            raise FormatError(f"unknown question type {self.type!r} (expected one of {', '.join(QUESTION_TYPES)})")

    @property
    def answer_text(self) -> str:
        """The answer as one line of text, for any type."""
        if isinstance(self.answer, tuple):
            return "; ".join(" → ".join(a) if isinstance(a, tuple) else str(a) for a in self.answer)
        return str(self.answer)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "prompt": self.prompt,
            "answer": _listify(self.answer),
            "choices": list(self.choices),
            "accept": list(self.accept),
            "source": self.source.to_dict(),
            "explanation": self.explanation,
            "tags": list(self.tags),
            "difficulty": self.difficulty,
            "key": self.key,
        }

    @classmethod
    def from_dict(cls, data: Any) -> "Question":
        if not isinstance(data, dict):
            raise FormatError("each question must be an object")
        missing = [k for k in ("type", "prompt", "answer") if k not in data]
        if missing:
            raise FormatError(f"question {data.get('id', '?')} lacks {', '.join(missing)}")
        src = data.get("source") or {}
        if isinstance(src, str):
            src = {"sentence": src}
        source = Source.from_dict({"sentence": "", "article": "", **src})
        answer = _tuple(data["answer"])
        qid = data.get("id") or stable_id("question", str(data["type"]), str(data["prompt"]))
        try:
            difficulty = int(data.get("difficulty", 2))
        except (TypeError, ValueError):
            raise FormatError(f"question {qid}: difficulty must be a whole number") from None
        return cls(
            id=str(qid),
            type=str(data["type"]),
            prompt=str(data["prompt"]),
            answer=answer,
            source=source,
            choices=tuple(str(c) for c in data.get("choices") or ()),
            accept=tuple(str(c) for c in data.get("accept") or ()),
            explanation=str(data.get("explanation") or ""),
            tags=tuple(str(t) for t in data.get("tags") or ()),
            difficulty=difficulty,
            key=str(data.get("key") or ""),
        )


@dataclass(frozen=True)
class QuestionBank:
    """The questions of one or more articles: the ``quizgen questions`` JSON."""

    questions: tuple[Question, ...] = ()
    schema: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {"schema": self.schema, "questions": [q.to_dict() for q in self.questions]}

    @classmethod
    def from_dict(cls, data: Any) -> "QuestionBank":
        """Accepts ``{"questions": [...]}`` or a bare list of questions."""
        if isinstance(data, dict) and isinstance(data.get("questions"), list):
            items, schema = data["questions"], int(data.get("schema", SCHEMA_VERSION))
        elif isinstance(data, list):
            items, schema = data, SCHEMA_VERSION
        else:
            raise FormatError("questions JSON must be {\"questions\": [...]} or a list of questions")
        return cls(tuple(Question.from_dict(q) for q in items), schema)

    def __len__(self) -> int:
        return len(self.questions)

    def __iter__(self):
        return iter(self.questions)
