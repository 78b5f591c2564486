"""Who said it: a claim's words (quoted or reported) and four people to choose from.

Skipped: speakers the article does not name as a person ("he", "officials", an unnamed
source) or that the claim's sentence does not name, claims whose words name the speaker (a give-away) or open with "he/she/they"
(which would be ambiguous), scare quotes of a few words, claims two people share.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..models import Question
from .common import Context
from .language import PERSONAL, names_in, norm, word_count, words

MIN_WORDS, MAX_WORDS = 4, 35


def _quote(text: str) -> str:
    """Quoted words as they go in a prompt: no closing full stop, inner quotes single."""
    text = text.strip().rstrip(".,;:").replace('"', "'").replace("“", "‘").replace("”", "’")
    return f"\u201c{text}\u201d"


def candidates(ctx: Context) -> Iterator[Question]:
    """Who-said questions for claims by named people of the article."""
    speakers = [c.speaker for c in ctx.facts.claims]
    said: dict[str, set[str]] = {}
    for c in ctx.facts.claims:
        said.setdefault(norm(c.text), set()).add(c.speaker)
    for c in ctx.facts.claims:
        person = ctx.names.find(c.speaker)
        n = word_count(c.text)
        if person is None or len(person.name.split()) < 2 or not MIN_WORDS <= n <= MAX_WORDS:
            continue
        if len(said[norm(c.text)]) > 1 or not ctx.usable(c.sentence):
            continue
        toks = [w.lower() for w in words(c.text)]
        forms = ctx.names.forms(person)
        if not names_in(c.sentence, forms):
            continue  # "Prosecutors, he said, …": the sentence must name who said it
        if toks[0] in PERSONAL or any(re.search(rf"\b{re.escape(w)}\b", c.text) for f in forms for w in f.split() if len(w) > 2):
            continue
        if c.kind == "direct":
            prompt = f"Who is quoted in the article as saying {_quote(c.text)}?"
        else:
            if ctx.standalone(c.text) is None:
                continue
            body = c.text.strip().rstrip(".")
            prompt = f"According to the article, who said that {body[:1].lower() + body[1:] if not body[:2].isupper() else body}?"
        # nobody who said the same, nor anyone the quote names ("Steve was among the greatest")
        wrong = [w for w in ctx.names.options(person, speakers, k=6) if w not in said[norm(c.text)]
                 and not names_in(c.text, ctx.names.forms(ctx.names.find(w)))][:3]
        if len(wrong) < 2:
            continue
        key = f"claim|{person.name}|{norm(c.text)}"
        yield ctx.question("who_said", key, prompt, person.name, c.sentence,
                           choices=(person.name, *wrong), accept=tuple(forms), tags=("claim",),
                           difficulty=2, explanation=f"{person.name} said this.")
