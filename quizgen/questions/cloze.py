"""Cloze: a sentence of the article with one key term blanked (a date, a name, a number, a place).

The sentence keeps the article's words (only an opening "However," goes) so the answer
is exactly what the source states. Terms come from the facts (event dates, people with
roles) and from any body sentence that holds a term worth learning: a person of the
article, a calendar date, a counted number ("270 people", "$52.5 million"), or a place or
organisation name ("HM Prison Barlinnie"). Skipped: sentences that lean on the previous
one ("In 2002, an appeal against his conviction …", "The plane crashed …"), quotes,
sentences under 8 or over 40 words, terms written twice in the sentence (a give-away),
terms inside quotation marks or after "a/an", relative dates ("on Sunday").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..models import Question
from .common import DATE_BEFORE, Context, event_key, interleave, person_key, role_key
from .distractors import clash, date_style
from .language import has_words, leans_on_context, names_subject, norm, occurrences, proper_names, word_count, words

BLANK = "_____"
MIN_WORDS, MAX_WORDS = 8, 40
MAX_SENTENCE_CLOZES = 6  # from plain sentences, per article: the lead and early paragraphs first

# "270 people", "1,200 troops", "3.5 million", "$52.5 million", "82%": a number counting something, not a year.
_NUMBER = re.compile(r"(?<![\w.,$£€–-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?= (?:million |billion |thousand )?[a-z]{3,})")
_MONEY = re.compile(r"(?<![\w.,])[$£€]\d[\d,]*(?:\.\d+)?(?: (?:million|billion|trillion))?(?![\w,]*\d)")
_PERCENT = re.compile(r"(?<![\w.,$])\d+(?:\.\d+)?(?:%| per ?cent\b)")
# Words after a number that are no unit: "Flight 103 from", "18 of the 20".
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sir|Prof)\.?\s", re.IGNORECASE)
_NOT_UNIT = frozenset("from to of and or in on at by for with the than per a an as is was were are be".split())


_A_AN = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def _after_a_an(text: str, term: str) -> bool:
    """The term follows "a" or "an" somewhere in the text (in any case)."""
    low, t = text.lower(), term.lower()
    if len(low) != len(text) or len(t) != len(term):  # a letter whose lower case is longer: rare
        return bool(re.search(rf"\b(?:a|an)\s+{re.escape(term)}", text, re.IGNORECASE))
    return any(_A_AN.search(text, 0, i) for i in occurrences(low, t))


def _blank(ctx: Context, sentence: str, term: str) -> str | None:
    text = ctx.standalone(sentence)
    if not text or leans_on_context(text) or text.count(term) != 1 or _after_a_an(text, term):
        return None  # "a _____ work" tells a consonant: a give-away
    if not text.rstrip().endswith((".", "!", "?", '"', "”", "’", "'", ")")):
        return None  # a headline, not a sentence: "Ex-PMs of Bangladesh: Hasina not returning, Zia going into exile"
    return text.replace(term, BLANK)


def _dates(ctx: Context) -> Iterator[Question]:
    for e, _style in ctx.dated_events:
        prompt = _blank(ctx, e.sentence, e.date_text)
        if prompt and names_subject(prompt.replace(BLANK, " ")):  # not "A sudden rain storm on Sunday night (_____)"
            yield ctx.question("cloze", event_key(e), prompt, e.date_text, e.sentence,
                               accept=(e.date_text, e.date), tags=("date",), difficulty=2,
                               explanation=f"The article dates this to {e.date_text}.")


def _names(ctx: Context) -> Iterator[Question]:
    for r, text in ctx.roles:
        person = ctx.names.find(r.person)
        forms = ctx.names.forms(person) if person else [r.person]
        written = [f for f in sorted(forms, key=len, reverse=True) if f in r.sentence]
        if not written:
            continue
        prompt = _blank(ctx, r.sentence, written[0])
        # the name must not show elsewhere in another form ("Salmond" after "Alex Salmond")
        if prompt and not any(has_words(prompt, f) for f in forms):
            yield ctx.question("cloze", role_key(r), prompt, written[0], r.sentence,
                               accept=(written[0], *forms), tags=("person",), difficulty=2,
                               explanation=f"{r.person} is {text}.")


def _numbers(ctx: Context) -> Iterator[Question]:
    sentences = dict.fromkeys([c.sentence for c in ctx.facts.claims] + [e.sentence for e in ctx.facts.events]
                              + [r.sentence for r, _ in ctx.roles])
    for s in sentences:
        if not ctx.usable(s):
            continue  # "Wikinews has learned that … just over 24 hours ago": boilerplate
        for n in _counts(s):
            prompt = _blank(ctx, s, n)
            if prompt:
                yield _number_question(ctx, s, n, prompt)
                break


def _number_question(ctx: Context, sentence: str, n: str, prompt: str) -> Question:
    plain = n.replace(",", "")
    return ctx.question("cloze", f"number|{norm(sentence)[:80]}|{n}", prompt, n, sentence,
                        accept=(n, plain, plain.lstrip("$£€")), tags=("number",), difficulty=3,
                        explanation=f"The article gives the figure {n}.")


@lru_cache(maxsize=4096)
def _counts(sentence: str) -> tuple[str, ...]:
    """Numbers with their unit in a sentence: money and percentages whole ("$52.5 million",
    "82%"), counts without their noun ("270" of "270 people"); never a year or a label
    ("Flight 103")."""
    out = [m.group() for m in _MONEY.finditer(sentence)] + [m.group() for m in _PERCENT.finditer(sentence)]
    for m in _NUMBER.finditer(sentence):
        n, after = m.group(1), sentence[m.end(1):].split()
        before = sentence[:m.start()].split()
        if re.fullmatch(r"1[89]\d\d|20\d\d", n) or any(n in o for o in out):
            continue
        if after and after[0].lower().strip(".,;:") in _NOT_UNIT:
            continue
        if before and ((before[-1][:1].isupper() and len(before) > 1) or before[-1] in {"$", "£", "€"}):
            continue  # a label: "Flight 103", "Route 66"; "NZ $ 26 million" is money written apart
        out.append(n)
    return tuple(out)


# --------------------------------------------------------------------------- any body sentence


Term = tuple[str, str, str, tuple[str, ...]]  # (kind, term, key, accepted forms)


def _terms(ctx: Context, sentence: str, index: int, resolved: str | None = None) -> Iterator[Term]:
    """The key terms of a sentence as (kind, term, key, accepted forms), kinds in an order
    that turns with the sentence's index so a bank mixes names, dates, numbers and places.
    ``resolved`` is the person an opening "He"/"She" stands for: not a term of the sentence.
    Each kind is looked for only when the ones before it gave no question."""
    kinds = (_person_terms, _date_terms, _number_terms, _name_terms)
    k = index % len(kinds)
    for find in kinds[k:] + kinds[:k]:
        yield from find(ctx, sentence, resolved)


def _person_terms(ctx: Context, sentence: str, resolved: str | None) -> Iterator[Term]:
    speakers = {c.speaker for c in ctx.facts.claims if c.sentence == sentence}
    for p in ctx.facts.people:
        if p.name == resolved:
            continue
        forms = ctx.names.forms(p)
        # "Mr. Ahern": the name is blanked, the honorific stays ("Mr. _____")
        written = [f for f in sorted(forms, key=len, reverse=True) if has_words(sentence, f)
                   and not _HONORIFIC.match(f)]
        if not written or not _free(sentence, written[0], forms) or p.name in speakers or \
                any(ctx.names.find(s) is p for s in speakers):
            continue  # a claim's speaker is asked by who_said
        if re.match(r"\s+[A-Z]", sentence[sentence.find(written[0]) + len(written[0]):]):
            continue  # part of a longer name: "the Andy Warhol Photographic Legacy Program"
        key = person_key(ctx, p.name, sentence)
        yield "person", written[0], key, tuple(dict.fromkeys([written[0], *forms]))


def _date_terms(ctx: Context, sentence: str, resolved: str | None) -> Iterator[Term]:
    for t in ctx.dates(sentence):
        if not date_style(t.text, t.value) or not DATE_BEFORE.search(sentence[:t.start]):
            continue
        events = [e for e in ctx.facts.events if e.sentence == sentence and e.date_text == t.text]
        key = event_key(events[0]) if events else f"date|{t.value}|{norm(sentence)[:60]}"
        if _free(sentence, t.text):
            yield "date", t.text, key, (t.text, t.value)


def _number_terms(ctx: Context, sentence: str, resolved: str | None) -> Iterator[Term]:
    for n in _counts(sentence):
        if _free(sentence, n):
            plain = n.replace(",", "")
            yield "number", n, f"number|{norm(sentence)[:80]}|{n}", tuple(dict.fromkeys((n, plain, plain.lstrip("$£€"))))


def _name_terms(ctx: Context, sentence: str, resolved: str | None) -> Iterator[Term]:
    people_words = {w.lower() for f in ctx.name_forms for w in f.split()}
    for _, name in proper_names(sentence):
        if {w.lower() for w in name.split()} & people_words or not _free(sentence, name) or name.count("(") != name.count(")") \
                or re.search(r"\b[A-Z]\.\s+$", sentence[:sentence.find(name)]):  # "Steven F. | Udvar-Hazy Center": one name
            continue  # "Prime Minister David Cameron" is a person, asked as one; "Kennedy Space Center (KSC" is cut
        # a role the article gives someone ("Alex Salmond, First Minister of Scotland") is
        # the same fact as the role questions of other types
        roles = [r for r, text in ctx.roles if r.sentence == sentence and clash(name, text)]
        key = role_key(roles[0]) if roles else f"name|{norm(name)}|{norm(sentence)[:60]}"
        yield "name", name, key, (name,)


def _free(sentence: str, term: str, forms: tuple[str, ...] | list[str] = ()) -> bool:
    """The term may be blanked: once in the sentence, no other form of it or word of it
    elsewhere (a give-away), not inside quotation marks, not after "a/an"."""
    i = sentence.find(term)
    if i < 0 or sentence.count(term) != 1:
        return False
    rest = sentence[:i] + " " + sentence[i + len(term):]
    if any(has_words(rest, f) for f in forms if f != term):
        return False
    if any(len(w) > 3 and has_words(rest, w) for w in words(term) if not w[:1].isdigit()):
        return False
    before = sentence[:i]
    if (before.count('"') + before.count("“") + before.count("”")) % 2 or _A_AN.search(before):
        return False
    return True


def _sentences(ctx: Context) -> Iterator[Question]:
    """Clozes from any body sentence holding a key term, at most ``MAX_SENTENCE_CLOZES``."""
    taken = 0
    for i, (s, text, who) in enumerate(ctx.body):
        if taken >= MAX_SENTENCE_CLOZES:
            return
        if not MIN_WORDS <= word_count(s) <= MAX_WORDS or not ctx.usable(s) or leans_on_context(text):
            continue
        shown = ctx.standalone(text)
        if not shown or leans_on_context(shown):
            continue  # no blank of it could read alone (``_blank`` would refuse each term)
        for kind, term, key, accept in _terms(ctx, s, i, who):
            prompt = _blank(ctx, text, term)
            if not prompt or not names_subject(prompt.replace(BLANK, " ")):
                continue
            q = ctx.question("cloze", key, prompt, term, s, accept=accept, tags=(kind,),
                             difficulty=3 if kind in {"number", "name"} else 2,
                             sentences=ctx.antecedent(i), explanation=f"The article says: {s}")
            yield q
            if q.key in ctx.asked:
                taken += 1
                break


def candidates(ctx: Context) -> Iterator[Question]:
    """Cloze questions: dates of events, names of people with roles, counted numbers, then
    key terms of any other body sentence."""
    yield from interleave(_dates(ctx), _names(ctx), _numbers(ctx), _sentences(ctx))
