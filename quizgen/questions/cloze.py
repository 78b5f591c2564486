"""Cloze: a sentence of the article with one key term blanked (a date, a name, a number, a place).

The sentence keeps the article's words (only an opening "However," goes) so the answer
is exactly what the source states. Terms come from the facts (event dates, people with
roles) and from any body sentence that holds a term worth learning: a person of the
article, a calendar date, a counted number ("270 people", "$52.5 million"), or a place or
organisation name ("HM Prison Barlinnie"). Skipped: sentences that lean on the previous
one ("In 2002, an appeal against his conviction …", "The plane crashed …", "the NTSB is
probing two over American soil", "the 31-year-old man"), a person blanked in a sentence
whose "the …" phrases do not say which ("_____ led the defending champions"), quotes,
sentences under 8 or over 40 words, terms written twice in the sentence (a give-away),
terms inside quotation marks or after "a/an", relative dates ("on Sunday").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..models import Question
from .common import DATE_BEFORE, Context, event_key, interleave, person_key, role_key
from .distractors import clash, countries, countries_in, date_style
from .language import (
    STOPWORDS, has_verb, has_words, leans_on_context, names_subject, norm, occurrences, past_forms, proper_names,
    vague_the, word_count, words,
)

BLANK = "_____"
MIN_WORDS, MAX_WORDS = 8, 40
MAX_SENTENCE_CLOZES = 6  # from plain sentences, per article: the lead and early paragraphs first

# "270 people", "1,200 troops", "3.5 million", "$52.5 million", "82%": a number counting something, not a year.
# "345 Muslim pilgrims", "12 Israeli soldiers": a capitalised word may come between.
_NUMBER = re.compile(r"(?<![\w.,$£€–-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
                     r"(?= (?:million |billion |thousand )?(?:[A-Z][a-z]+ )?[a-z]{3,})")
_MONEY = re.compile(r"(?<![\w.,])[$£€]\d+(?:,\d{3})*(?:\.\d+)?(?: (?:million|billion|trillion))?(?![\w,]*\d)")
_DIGIT = re.compile(r"\d")
_PERCENT = re.compile(r"(?<![\w.,$])\d+(?:\.\d+)?(?:%| per ?cent\b)")
# Words after a number that are no unit: "Flight 103 from", "18 of the 20".
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sir|Prof)\.?\s", re.IGNORECASE)
_UNITS = frozenset("thousand million billion trillion".split())
_NOT_UNIT = frozenset("from to of and or in on at by for with the than per a an as is was were are be".split())


_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ")")
_A_AN = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def _after_a_an(text: str, term: str) -> bool:
    """The term follows "a" or "an" somewhere in the text (in any case)."""
    low, t = text.lower(), term.lower()
    if len(low) != len(text) or len(t) != len(term):  # a letter whose lower case is longer: rare
        return bool(re.search(rf"\b(?:a|an)\s+{re.escape(term)}", text, re.IGNORECASE))
    return any(_A_AN.search(text, 0, i) for i in occurrences(low, t))


def _blank(ctx: Context, sentence: str, term: str, *, lead: bool = False) -> str | None:
    text = ctx.standalone(sentence)
    if not text or _leans(text, lead) or text.count(term) != 1 or _after_a_an(text, term) \
            or text.count("[") != text.count("]"):  # "not to "perpetuate] the bad business …": a cut edit
        return None  # "a _____ work" tells a consonant: a give-away
    if not text.rstrip().endswith(_SENTENCE_END):
        return None  # a headline, not a sentence: "Ex-PMs of Bangladesh: Hasina not returning, Zia going into exile"
    if re.match(r"\.\s+\S", text[text.find(term) + len(term):]):
        return None  # the term's own full stop would end the sentence: "… officer of _____. Steve Jobs has died"
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
            if prompt and names_subject(prompt.replace(BLANK, " ")):  # not "_____ said female ascendance should …"
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
    if not _DIGIT.search(sentence):
        return ()  # most sentences: no figure at all
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
        written = [f for f in ctx.longest_forms(p) if f in sentence and has_words(sentence, f)
                   and not _HONORIFIC.match(f)]
        if not written or not _free(sentence, written[0], forms) or p.name in speakers or \
                any(ctx.names.find(s) is p for s in speakers):
            continue  # a claim's speaker is asked by who_said
        at = sentence.find(written[0])
        if re.match(r"\s+[A-Z]", sentence[at + len(written[0]):]):
            continue  # part of a longer name: "the Andy Warhol Photographic Legacy Program"
        if sentence[:at].endswith(("the ", "The ")) and re.match(r" [a-z]", sentence[at + len(written[0]):]):
            continue  # the name as a modifier: "remove the Cruise video" is about a video, not about Cruise
        before = sentence[:at].split()[-1:]
        if before and f"{before[0]} {written[0]}" in ctx.person_forms:
            continue  # another person's surname: "Castro" of Fidel in "Acting Cuban leader Raul Castro"
        key = person_key(ctx, p.name, sentence)
        yield "person", written[0], key, tuple(dict.fromkeys([written[0], *forms]))


def _date_terms(ctx: Context, sentence: str, resolved: str | None) -> Iterator[Term]:
    for t in ctx.dates(sentence, near_days=False):  # a day name is not asked
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
    people_words = _people_words(ctx)
    for _, name in proper_names(sentence):
        if {w.lower() for w in name.split()} & people_words or not _free(sentence, name) or name.count("(") != name.count(")") \
                or re.search(r"\b[A-Z]\.\s+$", sentence[:sentence.find(name)]):  # "Steven F. | Udvar-Hazy Center": one name
            continue  # "Prime Minister David Cameron" is a person, asked as one; "Kennedy Space Center (KSC" is cut
        end = sentence.find(name) + len(name)
        if re.match(r"[\w-]|\s+[A-Z]", sentence[end:]):
            continue  # cut before a word with a hyphen or digits: "Orbiter Processing | Facility-1"
        # a role the article gives someone ("Alex Salmond, First Minister of Scotland") is
        # the same fact as the role questions of other types
        roles = [r for r, text in ctx.roles if r.sentence == sentence and clash(name, text)]
        key = role_key(roles[0]) if roles else f"name|{norm(name)}|{norm(sentence)[:60]}"
        yield "name", name, key, (name,)
    yield from _place_terms(ctx, sentence, people_words)


# A name next to another in a list ("including Kenya, Uganda", "Portugal and Iceland"), or
# after a city that tells it ("Diyarbakir, Turkey", "Baghdad, the capital of Iraq").
_LISTED_BEFORE = re.compile(r"[A-Z][\w.'’-]*,?\s+(?:and|or|&)\s+$|[A-Z][\w.'’-]*,\s+$|\bcapital (?:city )?of\s+$")
_LISTED_AFTER = re.compile(r",?\s+(?:and|or|&)\s+[A-Z]|,\s+[A-Z][\w.'’-]*(?:,|\s+(?:and|or)\s)")


def _people_words(ctx: Context) -> set[str]:
    """The words of every name of the article's people, lower case, once per article."""
    if "people_words" not in ctx.shared:
        ctx.shared["people_words"] = {w.lower() for f in ctx.name_forms for w in f.split()}
    return ctx.shared["people_words"]


def place_key(form: str, sentence: str) -> str:
    """What a question blanking a country of a sentence asks (cloze and "Which country …?")."""
    return f"place|{norm(countries()[form].name)}|{norm(sentence)[:60]}"


def _place_terms(ctx: Context, sentence: str, people_words: set[str]) -> Iterator[Term]:
    """Countries the sentence names, which ``proper_names`` leaves out when one word or
    opening the sentence: "… was arrested in Pakistan in 2002", "South Korea evacuated …"."""
    found = {name for _, name in proper_names(sentence)}  # "Saudi Arabia" inside a sentence: a name already
    for _, form in countries_in(sentence):
        c = countries()[form]
        if form in found or form.lower() in people_words or not _free(sentence, form, c.forms):
            continue  # "Jordan" of "Michael Jordan"
        i = sentence.find(form)
        if _LISTED_BEFORE.search(sentence[:i]) or _LISTED_AFTER.match(sentence[i + len(form):]):
            continue  # one of a list: "the hardest-hit countries, including Kenya, Uganda, and Zimbabwe"
        # a country inside a role the sentence gives someone ("Bertie Ahern, the Prime Minister
        # of Ireland") is that role's fact, asked by the role questions too
        roles = [r for r, text in ctx.roles if r.sentence == sentence and has_words(text, form)]
        key = role_key(roles[0]) if roles else place_key(form, sentence)
        yield "place", form, key, tuple(dict.fromkeys((form, *c.forms)))


def _free(sentence: str, term: str, forms: tuple[str, ...] | list[str] = ()) -> bool:
    """The term may be blanked: once in the sentence, no other form of it or word of it
    elsewhere (a give-away), not inside quotation marks, not after "a/an"."""
    i = sentence.find(term)
    if i < 0 or sentence.count(term) != 1:
        return False
    rest = sentence[:i] + " " + sentence[i + len(term):]
    if any(has_words(rest, f) for f in forms if f != term):
        return False
    if any(len(w) > 3 and has_words(rest, w) for w in words(term) if not w[:1].isdigit() and w not in _UNITS):
        return False  # "Alex _____" tells "Salmond"; "£1 billion" elsewhere does not tell "£2 billion"
    before = sentence[:i]
    if (before.count('"') + before.count("“") + before.count("”")) % 2 or _A_AN.search(before):
        return False
    return True


# A dateline before the lead: "Taipei, Taiwan — The Taipei City Lantern Festival was …"
_DATELINE = re.compile(r"^[A-Z][\w.,'’ -]{0,60}?\s[—–]\s+(?=[A-Z])")
# Where a long sentence may end after its main clause: before a clause that adds to it
# ("…, which …", "… as hundreds of thousands of people crowded …", "…; from 2004 …").
_CLAUSE_END = re.compile(r";\s|\s[—–]\s|,\s(?=(?:which|who|where|while|whereas|after|following|as|prompting|leading|"
                         r"saying|but|when|despite|amid|according|although|because|with)\s)|"
                         r"(?<=[A-Za-z0-9])\s(?=(?:as|while|after|when|because|following|prompting)\s)")


def main_clause(text: str) -> str | None:
    """A long sentence as its main clause, for a blank: the dateline dropped, then cut
    before a clause that only adds to it, at most ``MAX_WORDS`` words and still a
    statement (a verb after its subject, not ending on a function word): "Taipei, Taiwan —
    The Taipei City Lantern Festival was off to a bright start on Saturday Night as
    hundreds of thousands of people crowded …" -> "The Taipei City Lantern Festival was
    off to a bright start on Saturday Night."; None when no such cut exists."""
    text = _DATELINE.sub("", text)
    if word_count(text) <= MAX_WORDS:
        return text
    first = text.split()[0].lower()
    if first.endswith(("ing", "ed")) or first in past_forms():
        return None  # "Invited to participate in a debate …, Ahmadinejad …": no subject yet
    for m in reversed(list(_CLAUSE_END.finditer(text))):
        head, rest = text[:m.start()].rstrip(" ,;"), text[m.end():]
        toks = head.lower().split()
        if not MIN_WORDS <= word_count(head) <= MAX_WORDS or not has_verb(head) or toks[-1] in STOPWORDS \
                or head.count("(") != head.count(")") or head.count('"') % 2 or head.count("“") != head.count("”"):
            continue
        if toks[-1] in _TIME_UNITS or toks[-2] in _MODALS or (toks[-1] in past_forms() and toks[-2] in _BE):
            continue  # "… the next day, four hours | after …", "… would undergo | as …", "… were taken | after …"
        if _EMBEDDED.match(rest):
            continue  # "… operated by CSX and the signals, | which CSX operates, were not working …"
        if _SUBORDINATE.match(_ADJUNCTS.sub("", head)):
            continue  # no main clause: "At a polling station in Taikoo, after the polls closed at 22:30."
        return head + "."
    return None


_TIME_UNITS = frozenset("seconds minutes hours days weeks months years second minute hour day week month year".split())
_MODALS = frozenset("would will could can should may might must to".split())
_BE = frozenset("is are was were be been being".split())
# Opening adjuncts set off by commas ("At a polling station in Taikoo, ") and what may not
# follow them for a main clause to be there ("after the polls closed").
_ADJUNCTS = re.compile(r"^(?:(?:At|In|On|During|After|Before|Following|Amid|Despite|With|From|Under|For|By)\b"
                       r"[^,]*,\s+)+")
_SUBORDINATE = re.compile(r"(?:after|before|when|while|as|because|if|although|though|since|until|once|with|in|on|at)\s",
                          re.IGNORECASE)
# A relative clause set off by commas, the main clause going on after it: "which CSX operates, were …"
_EMBEDDED = re.compile(r"(?:which|who|where)\s[^,;]{1,80},\s+(?:was|were|is|are|has|have|had|will|would)\b")


def _leans(text: str, lead: bool) -> bool:
    """``leans_on_context``, except that the article's first sentence has no sentence
    before it to lean on: "The crisis at a stricken nuclear plant on the northeast coast of
    Japan is now as severe as the disaster at Chernobyl in 1986" opens a report."""
    return leans_on_context(text, lead)


def shown_sentences(ctx: Context) -> list[tuple[int, str, str, str | None]]:
    """(index, sentence, text to show, person an opening "He"/"She" stands for) for the
    body sentences a question may show with one term blanked or swapped: usable, of
    ``MIN_WORDS`` words or more, read without the article; a long one as its main clause.
    Computed once per article (cloze, mcq and true/false ask)."""
    if "shown" not in ctx.shared:
        ctx.shared["shown"] = list(_shown_sentences(ctx))
    return ctx.shared["shown"]


def _shown_sentences(ctx: Context) -> Iterator[tuple[int, str, str, str | None]]:
    for i, (s, text, who) in enumerate(ctx.body):
        if word_count(s) < MIN_WORDS or not ctx.usable(s) or _leans(text, i == 0):
            continue
        if word_count(s) > MAX_WORDS:
            text = main_clause(text) or ""
            if not text:
                continue
        shown = ctx.standalone(text)
        if shown and not _leans(shown, i == 0) and shown.rstrip().endswith(_SENTENCE_END):
            yield i, s, text, who  # else no blank or swap of it reads alone; nor of a headline


def blank(ctx: Context, text: str, term: str, *, subject_ok: bool = False, lead: bool = False) -> str | None:
    """The text to show with the term blanked, when it reads alone and still says what it
    is about, or None. With ``subject_ok`` a blank opening the sentence is what it is
    about ("_____ had recently started to broadcast propaganda from loudspeakers", asked
    among countries); ``lead``: the text is the article's first sentence."""
    prompt = _blank(ctx, text, term, lead=lead)
    if not prompt:
        return None
    return prompt if names_subject(prompt.replace(BLANK, " ")) or (subject_ok and prompt.startswith(BLANK)) else None


def _sentences(ctx: Context) -> Iterator[Question]:
    """Clozes from any body sentence holding a key term, at most ``MAX_SENTENCE_CLOZES``."""
    taken = 0
    for i, s, text, who in shown_sentences(ctx):
        if taken >= MAX_SENTENCE_CLOZES:
            return
        for kind, term, key, accept in _terms(ctx, s, i, who):
            prompt = blank(ctx, text, term, lead=i == 0)
            if not prompt or (kind == "person" and vague_the(prompt)):
                continue  # "_____ led the defending champions as …": asks "who?" of an unnamed match
            q = ctx.question("cloze", key, prompt, term, s, accept=accept, tags=(kind,),
                             difficulty=3 if kind in {"number", "name"} else 2,
                             sentences=ctx.antecedent(i), explanation=f"The article says: {s}")
            yield q
            if q.key in ctx.asked:
                taken += 1
                break


def places(ctx: Context) -> Iterator[tuple[int, str, str, str, str]]:
    """(index, sentence, text to show, country as written, key) for each country a shown
    sentence names that could be blanked (``_place_terms``)."""
    people_words = _people_words(ctx)
    for i, s, text, _ in shown_sentences(ctx):
        for _, form, key, _ in _place_terms(ctx, s, people_words):
            yield i, s, text, form, key


def numbers(ctx: Context) -> Iterator[tuple[int, str, str, str, str]]:
    """(index, sentence, text to show, number as written, key) for each counted number a
    shown sentence gives (``_counts``)."""
    for i, s, text, _ in shown_sentences(ctx):
        for _, n, key, _ in _number_terms(ctx, s, None):
            yield i, s, text, n, key


def candidates(ctx: Context) -> Iterator[Question]:
    """Cloze questions: dates of events, names of people with roles, counted numbers, then
    key terms of any other body sentence."""
    yield from interleave(_dates(ctx), _names(ctx), _numbers(ctx), _sentences(ctx))
