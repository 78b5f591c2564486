"""Claims stage: articles per second on one core (sentences and people already extracted),
and the time taken on hostile input (linear time: a result, no hang)."""

from __future__ import annotations

import time

from corpus import paths


def _articles():
    from quizgen.extract.people import extract_people
    from quizgen.reader import read_article
    from quizgen.text.sentences import sentences

    out = []
    for p in paths():
        a = read_article(p)
        s = sentences(a)
        out.append((a, s, extract_people(a, s)))
    return out


# hostile paragraphs: what each is, and its text
HOSTILE = [
    ("10,000 quotation marks in a row", '"' * 10000),
    ("unbalanced quotes, 420 kB", 'He said "it is over. ' * 20000),
    ("1 MB paragraph of short quotes with said X", '"We will win," said John Smith. ' * 33000),
    ("540 kB sentence of pronouns after a fronted phrase", "Asked about it, " + "he said the plan was good, " * 20000),
    ("5,000 misspelt surnames (fuzzy look-ups)", "Lydia Buchtmann spoke. " + "Ms Bauchtmann said it was safe. " * 5000),
    ("600 kB sentence of \", and X said\" clauses", "Officials said it was over" + ", and a Senate aide said it was over" * 16000),
]


def run() -> list[tuple[str, str, str]]:
    from quizgen.extract.claims import extract_claims
    from quizgen.models import Article, Paragraph
    from quizgen.text.sentences import sentences

    items = _articles()
    for a, s, people in items:  # warm the lexicons and compiled patterns
        extract_claims(a, s, people)
    best = 0.0
    for _ in range(3):
        start = time.process_time()  # CPU time: the machine is shared
        n = 0
        while n < 300:
            for a, s, people in items:
                extract_claims(a, s, people)
                n += 1
        best = max(best, n / (time.process_time() - start))
    rows = [("claims (articles/s, one core)", f"{best:,.0f}", ">= 2,000")]
    for what, text in HOSTILE:
        article = Article("hostile", (Paragraph(text),))
        sents = sentences(article)
        start = time.process_time()
        extract_claims(article, sents, [])
        rows.append((f"claims: {what} (s)", f"{time.process_time() - start:.2f}", "< 2"))
    return rows
