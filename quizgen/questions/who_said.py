"""Who said it: a claim's words (quoted or reported) and its speaker among others of the same kind.

Speakers are named people ("Zohar Palti") or named organisations ("Amnesty International",
"TEPCO"); the wrong options are of the same kind, from the article, and never another form
of the right speaker. Skipped: unnamed speakers ("he", "officials", "the report"), speakers
the claim's sentence does not name next to the saying, claims whose words name the
speaker (a give-away) or lean on a pronoun ("he would call his supporters"), quotes that
open mid-sentence ("remains in stable condition"), reported words that do not follow a
verb of saying ("denied reports that …"), fewer than four content words, claims two
speakers share.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..models import Claim, Question
from .common import Context
from .language import (
    word_pattern,
    COMMON_OPENERS, PERSONAL, _LOWER_MODIFIERS, content_words, lower_first, names_in, norm, word_count, words,
)

MIN_WORDS, MAX_WORDS = 4, 35

# Verbs of saying: "Lage said that …", "TEPCO announced …"; "denied reports that …" is no saying.
_SAY = (r"said|says|say|told|tells|stated|states|added|adds|claimed|claims|argued|argues|insisted|insists|"
        r"warned|warns|explained|explains|believes|believed|thinks|thought|announced|announces|confirmed|"
        r"confirms|estimated|predicted|suggested|suggests|reported|reports|wrote|writes|acknowledged|admitted|"
        r"maintained|maintains|stressed|emphasised|emphasized")
# The verb just before reported words, with up to five words between ("Ricardo Alcaron told
# CNN's Spanish service that …").
_CUE = re.compile(rf"\b(?:{_SAY}|noted that)\b(?:\s+[\w.'’-]+){{0,5}}?\s*,?\s*(?:that\s+)?$")


def _quote(text: str) -> str:
    """Quoted words as they go in a prompt: no closing full stop, inner quotes single."""
    text = text.strip().rstrip(".,;:").replace('"', "'").replace("“", "‘").replace("”", "’")
    return f"\u201c{text}\u201d"


def claim_words(c: Claim) -> str:
    """The claim's words as a prompt shows them: no opening "that", no closing stop."""
    text = re.sub(r"^[\s,;:]*(?:that\b)?[\s,;:]*", "", c.text.strip(), flags=re.IGNORECASE)
    return text.rstrip(" .,;:")


def is_org(name: str, ctx: Context) -> bool:
    """A named organisation or country as speaker: capitalised words ("Amnesty
    International", "South Korea") or an acronym ("TEPCO"); not a person of the article,
    not a description ("the report", "Current PowerPC")."""
    toks = name.split()
    if not toks or ctx.names.find(name) is not None or names_in(name, ctx.names.all_forms()):
        return False
    if toks[0].lower() in COMMON_OPENERS or toks[0].lower() in _LOWER_MODIFIERS or len(toks) > 6:
        return False
    if len(toks) == 1 and not (toks[0].isupper() and len(toks[0]) >= 2):
        return False  # "Clements", "Recent": maybe a surname or a fragment
    return all(t[:1].isupper() or t in {"of", "for", "the", "and", "&", "on"} for t in toks) and not any(
        t.endswith(("'s", "’s")) for t in toks)


def _named_as_speaker(name: str, sentence: str) -> bool:
    """The sentence names the speaker as the one saying: "TEPCO said", "Todd Tiahrt, a Kansas
    representative, said", "said Boeing spokesman William Barksdale", "according to Mossad
    historian Ronen Bergman", "Bill Bodie: …" (not "Auto Workers union said", "challenged by Bollinger")."""
    n = re.escape(name)
    return bool(re.search(rf"\b{n}(?:,[^,\"“”]{{1,100}},)?(?:\s+(?:has|had|also|later|then|once))?\s+(?:{_SAY})\b", sentence)
                or re.search(rf"\b(?:[Aa]ccording to|{_SAY})\s+(?:[\w.'’-]+\s+){{0,6}}?{n}\b(?!\s+[A-Z])", sentence)
                or re.search(rf"\b{n}\s*:", sentence))


def _reported(c: Claim, text: str) -> bool:
    """Reported words follow a verb of saying, or come before "according to X"."""
    i = c.sentence.find(text[:40])
    if i < 0:
        return False
    before = c.sentence[:i]
    if re.search(r"\b[Aa]ccording to [^,]{3,60}(?:, [^,]{3,80})?,\s*$", before):
        return True  # "According to Alex Salmond, First Minister of Scotland, the investigation …"
    return bool(_CUE.search(before)) or bool(
        re.match(r"\s*,?\s*according to\b", c.sentence[i + len(text):]))


def _speaker(ctx: Context, c: Claim) -> tuple[str, str, list[str], list[str]] | None:
    """(kind, name, forms, other speakers of that kind) for a claim, or None."""
    person = ctx.names.find(c.speaker)
    if person is not None:
        forms = ctx.names.forms(person)
        if len(person.name.split()) < 2 or not names_in(c.sentence, forms):
            return None  # "Prosecutors, he said, …": the sentence must name who said it
        preferred = [s.speaker for s in ctx.facts.claims] + [r.person for r, _ in ctx.roles]
        if not any(_named_as_speaker(f, c.sentence) for f in forms):
            return None  # "When challenged by Bollinger … he stated": Bollinger is not the speaker
        return "person", person.name, forms, ctx.names.options(person, preferred, k=6)
    if is_org(c.speaker, ctx) and _named_as_speaker(c.speaker, c.sentence):
        mine = {w.lower() for w in c.speaker.split() if len(w) > 2}
        others = [s.speaker for s in ctx.facts.claims if is_org(s.speaker, ctx)]
        others = [o for o in dict.fromkeys(others) if o != c.speaker and not mine & {w.lower() for w in o.split()}]
        return "org", c.speaker, [c.speaker], others
    return None


def candidates(ctx: Context) -> Iterator[Question]:
    """Who-said questions for claims by named people and organisations of the article."""
    said: dict[str, set[str]] = {}
    for c in ctx.facts.claims:
        said.setdefault(norm(claim_words(c)), set()).add(c.speaker)
    for c in ctx.facts.claims:
        text = claim_words(c)
        if len(content_words(text)) < MIN_WORDS or word_count(text) > MAX_WORDS:
            continue
        if len(said[norm(text)]) > 1 or not ctx.usable(c.sentence):
            continue
        found = _speaker(ctx, c)
        if found is None:
            continue
        kind, name, forms, others = found
        if any(word_pattern(w).search(text) for f in forms for w in f.split() if len(w) > 2):
            continue  # the words name the speaker
        toks = [w.lower() for w in words(text)]
        if not toks or toks[0] in PERSONAL or _third_person_unresolved(text, ctx):
            continue
        if c.kind == "direct":
            if not re.match(r"\[?[A-Z0-9]", text):
                continue  # "remains in stable condition": a quote cut from a sentence
            prompt = f"Who is quoted in the article as saying {_quote(text)}?"
        else:
            if not _reported(c, text) or ctx.standalone(text) is None or re.search(r"according to|[\"“”]", text):
                continue
            prompt = f"According to the article, who said that {lower_first(text)}?"
        # nobody who said the same, nor anyone the words name ("Steve was among the greatest")
        wrong = [w for w in others if w not in said[norm(text)] and not names_in(text, _forms(ctx, w))][:3]
        if len(wrong) < 2:
            continue
        key = f"claim|{name}|{norm(text)}"
        yield ctx.question("who_said", key, prompt, name, c.sentence,
                           choices=(name, *wrong), accept=tuple(forms), tags=("claim", kind),
                           difficulty=2, explanation=f"{name} said this.")


def _forms(ctx: Context, name: str) -> list[str]:
    p = ctx.names.find(name)
    return ctx.names.forms(p) if p else [name]


def _third_person_unresolved(text: str, ctx: Context) -> bool:
    """A he/she/they in the words with no name before it ("He got to die with his family"):
    quoted "I" and "we" are the speaker, but a third person needs the article."""
    for m in re.finditer(r"[A-Za-z]+", text):
        if m.group().lower() in PERSONAL and not names_in(text[:m.start()], ctx.name_forms):
            return True
    return False
