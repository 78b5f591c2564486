"""The interactive web quiz: one self-contained HTML file, playable in any browser.

The page inlines its CSS and JavaScript and makes no network requests, so a teacher can
send the file or put it on any web space and it works from ``file://``. Questions travel
as JSON inside ``<script type="application/json">`` with ``<``, ``>`` and ``&`` escaped,
and the script puts every piece of article text into the page with ``textContent``, so
article text never becomes markup or script. Typed answers are graded in the browser with
the terminal quiz's lenient rules (``quizgen.grading``, ported to ``templates/web.js``);
the names a question mentions are worked out here, in Python, and shipped with it.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import random
from typing import Any
from urllib.parse import urlsplit

from ..grading import layout, normalise, question_names
from ..models import Question, QuestionBank
from .templates import environment, read_asset

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")

# Characters that could end the <script> element or start markup inside it; JSON reads
# the escapes back as the same characters.
_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                   0x2028: "\\u2028", 0x2029: "\\u2029"}


def script_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` appear literally."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).translate(_SCRIPT_ESCAPES)


def _safe_url(url: str | None) -> str | None:
    # Only web links become links: a "javascript:" URL in a hand-edited JSON would be a script.
    if url and urlsplit(url).scheme in ("http", "https"):
        return url
    return None


def shown_date(date: str | None) -> str:
    """An ISO date as people write it ("2012-05-23" -> "23 May 2012"); other text as it is."""
    try:
        day = dt.date.fromisoformat(date or "")
    except ValueError:
        return date or ""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _answer_text(question: Question) -> str:
    # True/false answers are shown as the options "True" and "False", whatever the JSON's case.
    if question.type == "true_false":
        return "True" if normalise(question.answer_text) in ("true", "t") else "False"
    return question.answer_text


def _payload(question: Question, rng: random.Random | None) -> dict[str, Any]:
    """What the page needs to show and grade one question; options are in their shown order."""
    lay = layout(question, rng)
    q = question
    names = question_names(q)
    source = q.source
    return {
        "id": q.id,
        "type": q.type,
        "prompt": q.prompt,
        "answer": q.answer_text if q.type not in ("matching", "timeline") else [
            list(a) if isinstance(a, tuple) else a for a in q.answer],
        "answerText": _answer_text(q),
        "accept": list(q.accept),
        "options": list(lay.options),
        "lefts": list(lay.lefts),
        "rights": list(lay.rights),
        "items": list(lay.items),
        # Typed answers nearer to a distractor or another person than to the answer are wrong.
        "others": [*q.choices, *names],
        "names": names,
        "explanation": q.explanation,
        "source": {
            "sentences": list(source.sentences) or [source.sentence],
            "article": source.article,
            "date": shown_date(source.date),
            "url": _safe_url(source.url),
        },
    }


def quiz_key(bank: QuestionBank) -> str:
    """The ``localStorage`` key of a quiz: a hash of its question ids, so two quizzes never
    share progress and a regenerated file with the same questions keeps it."""
    digest = hashlib.sha1("\n".join(sorted(q.id for q in bank)).encode("utf-8")).hexdigest()
    return f"quizgen:{digest[:16]}"


def default_title(bank: QuestionBank) -> str:
    """The article's title for a quiz on one article, else a generic one."""
    articles = list(dict.fromkeys(q.source.article for q in bank if q.source.article))
    if len(articles) == 1:
        return f"Quiz: {articles[0]}"
    return "News quiz"


def render_interactive(bank: QuestionBank, *, title: str | None = None, shuffle: bool = False,
                       seed: int = 0) -> str:
    """The playable quiz page for ``bank``.

    Args:
        bank: The questions, shown in the bank's order unless ``shuffle``.
        title: The page heading; by default the article's title.
        shuffle: Shuffle the questions and their options (seeded, so reproducible).
        seed: The seed of the shuffle.

    Returns:
        The page as one string; the same input gives the same bytes.

    Raises:
        QuizgenError: a matching or timeline question has a malformed answer.
    """
    rng = random.Random(seed) if shuffle else None
    questions = list(bank)
    if rng is not None:
        rng.shuffle(questions)
    title = title or default_title(bank)
    data = {"title": title, "key": quiz_key(bank), "questions": [_payload(q, rng) for q in questions]}
    js = read_asset("web.js")
    # The Content-Security-Policy allows this one script by its hash, so even markup that
    # slipped into the page could not run a script of its own, nor load anything.
    script_hash = "sha256-" + base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")
    return environment().get_template("web.html.j2").render(
        title=title,
        count=len(questions),
        data=script_json(data),
        css=read_asset("web.css"),
        js=js,
        script_hash=script_hash,
    )
