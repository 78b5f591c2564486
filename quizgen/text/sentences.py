"""Sentence splitting: Punkt's decision rules with parameters we ship, in one regex pass.

NLTK's Punkt learns abbreviations from training data that NLTK's data package would
provide; we ship the list instead (``data/abbreviations.txt``, loaded into
``PunktParameters`` for NLTK's own tokenizer, see ``punkt()``). Running Punkt token by
token costs ~1.7 ms per article, most of the batch budget, so ``spans`` applies the same
rules at each candidate boundary found by one compiled regex:

- "!" or "?" ends a sentence; a period does unless the word before it is a shipped
  abbreviation ("Gen. Smith", "Nov. 24"), an initial ("John F. Kennedy") or has inner
  periods ("U.N."), where, as in Punkt without orthographic data, it does not;
- unlike Punkt, an abbreviation that can close a sentence ("the U.S. The …") does end
  one before a common sentence starter, and no boundary is put before a lower-case word
  ("“Why?” he asked." is one sentence).

``tests/text/test_sentences.py`` checks agreement with NLTK's Punkt on news text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..models import Article, Sentence
from .data import data_lines


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """The shipped abbreviations, lower case and without the final period."""
    return frozenset(w for line in data_lines("abbreviations.txt") for w in line.split())


def punkt():
    """NLTK's Punkt tokenizer with our shipped parameters (no NLTK data needed)."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types.update(abbreviations())
    return PunktSentenceTokenizer(params)


# Abbreviations that also close sentences: "… moved to the U.S. The company said …".
_CAN_END = frozenset("u.s u.k u.n u.s.a e.u d.c inc co corp ltd jr sr etc a.m p.m al bros".split())
_STARTERS = frozenset("""the a an he she it they we i you his her its their this that these those there
but and in on at for after before when while as if however meanwhile yet so then mr mrs ms dr""".split())

# A candidate boundary: end punctuation, closing quotes or brackets, white space, and
# the first character of what follows (captured, not consumed).
_CANDIDATE = re.compile(r"[.!?\u2026]+[\"”’')\]]*(?=\s+(\S))")
_NEXT_WORD = re.compile(r"\s+[\"“‘(]?([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"[^\s\"“‘'(\[]*$")
_MAX_SENTENCE = 5000  # a run-on without punctuation is cut, so later stages stay linear


def _breaks_after(text: str, m: re.Match) -> bool:
    nxt = m.group(1)
    if nxt.islower() or nxt in ",;:)]}-–—%":
        return False
    punct = m.group(0)
    if "!" in punct or "?" in punct or "\u2026" in punct or ".." in punct:
        return True
    start = max(0, m.start() - 40)
    word = _WORD_BEFORE.search(text, start, m.start()).group(0).lower()  # type: ignore[union-attr]
    if not word:
        return True
    abbrevs = abbreviations()
    if word in abbrevs or word.rsplit("-", 1)[-1] in abbrevs or "." in word or (len(word) == 1 and word.isalpha()):
        if word in _CAN_END and nxt.isupper():
            following = _NEXT_WORD.match(text, m.end(), m.end() + 40)
            return bool(following and following.group(1).lower() in _STARTERS)
        return False
    return True


def spans(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the sentences of one paragraph, spaces trimmed."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _CANDIDATE.finditer(text):
        if m.end() > start and _breaks_after(text, m):
            out.append((start, m.end()))
            start = m.end()
    out.append((start, len(text)))
    final: list[tuple[int, int]] = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while e - s > _MAX_SENTENCE:
            final.append((s, s + _MAX_SENTENCE))
            s += _MAX_SENTENCE
        if e > s:
            final.append((s, e))
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
