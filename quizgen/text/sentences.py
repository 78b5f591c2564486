"""Sentence splitting with NLTK's Punkt and parameters we ship (no ``nltk.download``).

Punkt learns abbreviations from training data that NLTK's data package would provide; we
ship the list instead (``data/abbreviations.txt``), so "Gen. Smith" and "Nov. 24" stay
in one sentence on a machine without NLTK data.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Iterator

from ..models import Article, Sentence


@lru_cache(maxsize=1)
def _tokenizer():
    # Imported here: nltk costs start-up time that `quizgen --help` must not pay.
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    text = resources.files("quizgen").joinpath("data/abbreviations.txt").read_text("utf-8")
    for line in text.splitlines():
        if not line.startswith("#"):
            params.abbrev_types.update(line.split())
    return PunktSentenceTokenizer(params)


# "said Palti. “We …": Punkt does not split before an opening quote mark; these are the
# boundaries it misses: end punctuation (+ closing quote), spaces, then an opening quote.
_MISSED = re.compile(r"(?<=[.!?][\"”’])\s+(?=[\"“‘]?[A-Z])|(?<=[.!?])\s+(?=[\"“‘][A-Z])")
# "Gen. Smith" stays whole thanks to the abbreviations; single capital initials ("John F.
# Kennedy") are handled by Punkt's own orthographic heuristics.
_MAX_SENTENCE = 5000  # a run-on without punctuation is cut, so later stages stay linear


def spans(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the sentences of one paragraph."""
    if not text.strip():
        return []
    out: list[tuple[int, int]] = []
    for start, end in _tokenizer().span_tokenize(text):
        cut = start
        for m in _MISSED.finditer(text, start, end):
            if m.start() > cut:
                out.append((cut, m.start()))
            cut = m.end()
        if end > cut:
            out.append((cut, end))
    final: list[tuple[int, int]] = []
    for start, end in out:
        while end - start > _MAX_SENTENCE:
            final.append((start, start + _MAX_SENTENCE))
            start += _MAX_SENTENCE
        if text[start:end].strip():
            final.append((start, end))
    return final


def split(text: str) -> list[str]:
    """The sentences of a paragraph of text."""
    return [text[s:e] for s, e in spans(text)]


def sentences(article: Article) -> list[Sentence]:
    """Every sentence of the article, body and captions, in order."""
    return list(iter_sentences(article))


def iter_sentences(article: Article) -> Iterator[Sentence]:
    for i, para in enumerate(article.paragraphs):
        for start, end in spans(para.text):
            yield Sentence(para.text[start:end], i, start, end, para.caption)
