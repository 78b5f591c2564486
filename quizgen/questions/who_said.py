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
from dataclasses import dataclass
from typing import Iterator

from ..models import Claim, Question
from .common import Context
from .language import (
    boundary, has_words, occurrences,
    COMMON_OPENERS, PERSONAL, _LOWER_MODIFIERS, _PLURAL, _plural_noun, back_reference, capitalise, content_words, leans_on_context, vague_the, lower_first, names_in, norm, drop_lead, word_count,
    words, points_back,
)

MIN_WORDS, MAX_WORDS = 4, 35

# Verbs of saying: "Lage said that …", "TEPCO announced …"; "denied reports that …" is no saying.
_SAY = (r"said|says|say|told|tells|stated|states|added|adds|claimed|claims|argued|argues|insisted|insists|"
        r"warned|warns|explained|explains|believes|believed|thinks|thought|announced|announces|confirmed|"
        r"confirms|estimated|predicted|suggested|suggests|reported|reports|wrote|writes|acknowledged|admitted|"
        r"maintained|maintains|stressed|emphasised|emphasized")
# Verbs that name a speaker but take no reported clause ("Bong Wie … noted: "…"", "he replied, "…"").
_NAMES_SPEAKER = rf"{_SAY}|noted|replied|responded|countered|continued"
# The verb just before reported words, with up to five words between ("Ricardo Alcaron told
# CNN's Spanish service that …").
_CUE = re.compile(rf"\b(?:{_SAY}|noted that)\b(?:\s+[\w.'’-]+){{0,5}}?\s*,?\s*(?:that\s+)?$")


def _quote(text: str) -> str:
    """Quoted words as they go in a prompt: no closing full stop, inner quotes single."""
    text = text.strip().rstrip(".,;:").replace('"', "'").replace("“", "‘").replace("”", "’")
    return f"\u201c{text}\u201d"


_OPENING_THAT = re.compile(r"^[\s,;:]*(?:that\b)?[\s,;:]*", re.IGNORECASE)


def claim_words(c: Claim) -> str:
    """The claim's words as a prompt shows them: no opening "that", no closing stop, and
    for reported words no opening "For example," ("who said that For example, …")."""
    text = _OPENING_THAT.sub("", c.text.strip())
    if c.kind != "direct":
        text = drop_lead(text)
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


# The name then the saying: "TEPCO said", "Todd Tiahrt, a Kansas representative, said".
_SAYS_AFTER = re.compile(rf"(?:,[^,\"“”]{{1,100}},)?(?:\s+(?:has|had|also|later|then|once))?\s+(?:{_NAMES_SPEAKER})\b|\s*:")
# A name set off by commas, then the saying: "The prime minister of Turkey, Recep Tayyip Erdogan, said that …"
_APPOSED_SAYS = re.compile(rf",\s+(?:{_NAMES_SPEAKER})\b(?!\s+[A-Z])")
# The saying then the name: "said Boeing spokesman William Barksdale", "according to Mossad historian Ronen Bergman".
_SAYS_BEFORE = re.compile(rf"\b(?:[Aa]ccording to|{_NAMES_SPEAKER})\s+(?:[\w.'’-]+\s+){{0,6}}$")
_NAME_ENDS = re.compile(r"\b(?!\s+[A-Z])")


def _named_as_speaker(name: str, sentence: str) -> bool:
    """The sentence names the speaker as the one saying: "TEPCO said", "Todd Tiahrt, a Kansas
    representative, said", "said Boeing spokesman William Barksdale", "according to Mossad
    historian Ronen Bergman", "Bill Bodie: …" (not "Auto Workers union said", "challenged by Bollinger").
    The patterns are tried around each place the name occurs (no pattern compiled per name)."""
    for i in occurrences(sentence, name):
        end = i + len(name)
        if boundary(sentence, i) and _SAYS_AFTER.match(sentence, end):
            return True
        if sentence[:i].endswith(", ") and _APPOSED_SAYS.match(sentence, end):
            return True
        if _NAME_ENDS.match(sentence, end) and _SAYS_BEFORE.search(sentence, 0, i):
            return True
    return False


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


def _speaker(ctx: Context, c: Claim) -> tuple[str, str, list[str], list[str], tuple[str, ...]] | None:
    """(kind, name, forms, other speakers of that kind, sentences to cite) for a claim, or
    None when no sentence shows who said it (see ``_attribution``)."""
    person = ctx.names.find(c.speaker)
    if person is not None:
        forms = ctx.names.forms(person)
        if len(person.name.split()) < 2:
            return None
        cited = _attribution(ctx, c, forms, person.name)
        if cited is None:
            return None  # "Prosecutors, he said, …" or "When challenged by Bollinger … he stated"
        preferred = [s.speaker for s in ctx.facts.claims] + [r.person for r, _ in ctx.roles]
        return "person", person.name, forms, ctx.names.options(person, preferred, k=6), cited
    if is_org(c.speaker, ctx):
        cited = _attribution(ctx, c, [c.speaker])
        if cited is None:
            return None
        mine = {w.lower() for w in c.speaker.split() if len(w) > 2}
        others = _org_speakers(ctx)
        # an organisation named in one sentence with the speaker may speak for it: "North
        # Korea's main news agency Korean Central News Agency (KCNA)"
        others = [o for o in dict.fromkeys(others) if o != c.speaker and not mine & {w.lower() for w in o.split()}
                  and not any(has_words(s, o) and has_words(s, c.speaker) for s in ctx.facts.sentences)]
        return "org", c.speaker, [c.speaker], others, cited
    return None


def _org_speakers(ctx: Context) -> list[str]:
    """The speakers of the article's claims that are organisations, once per article."""
    if "org speakers" not in ctx.shared:
        ctx.shared["org speakers"] = [s.speaker for s in ctx.facts.claims if is_org(s.speaker, ctx)]
    return ctx.shared["org speakers"]


_QUOTES = '"“”'
# "In particular, he stated that …" mid-sentence: in a report that has named one man only
# so far (``Context._sole_person``), "he" is that man.
_PRONOUN_CUE = re.compile(rf"\b(he|she)\s+(?:also\s+|later\s+|then\s+)?(?:{_SAY})\b(?:\s+[\w.'’-]+){{0,3}}?\s*,?\s*"
                          r"(?:that\s+)?$", re.IGNORECASE)


def _marks(text: str) -> int:
    return sum(text.count(q) for q in _QUOTES)


def _attribution(ctx: Context, c: Claim, forms: list[str], person: str | None = None) -> tuple[str, ...] | None:
    """The sentences that show the speaker saying the claim (empty: its own sentence is
    enough), or None. In order: its own sentence names the speaker saying it ("TEPCO
    said …"), or opens on "He"/"She" resolved to the speaker ("Mr. Ahern also commented
    … . He said that …"); a quote over several sentences is closed and attributed in a
    later one ("War maniacs … . They perpetrated … . Six shells …", said KCNA."); a
    sentence that is all quote follows a quote by the same speaker ("… ," said Nicolas
    Retsinas, director … . "A lot of these lenders …")."""
    shown, who, cited = ctx.resolved(c.sentence)
    if who in {None, person} and any(_named_as_speaker(f, shown) for f in forms):
        return cited
    i = ctx.index(c.sentence)
    sents = ctx.facts.sentences
    if i is not None and person is not None:
        cue = _PRONOUN_CUE.search(c.sentence[:max(0, c.sentence.find(c.text[:40].strip()))])
        sole = ctx._sole_person(cue.group(1).capitalize(), i) if cue else None
        if sole and sole[0].name == person:
            return tuple(sents[sole[1]:i + 1])
    if i is None or c.kind != "direct" or c.sentence[:1] not in _QUOTES or _marks(c.sentence) != 1:
        return None
    for j in range(i + 1, min(i + 4, len(sents))):
        marks = _marks(sents[j])
        if marks == 1:  # the quote closes here: the speaker must be named after it
            tail = sents[j][max(sents[j].rfind(q) for q in _QUOTES):]
            return tuple(sents[i:j + 1]) if any(_named_as_speaker(f, tail) for f in forms) else None
        if marks:
            return None
    return None


def _continued(ctx: Context, c: Claim, forms: list[str]) -> tuple[str, ...] | None:
    """For a sentence that is all quote, the sentence before when it quotes the same
    speaker by name: the quote goes on in the next paragraph."""
    i = ctx.index(c.sentence)
    text = c.sentence.strip()
    if not i or c.kind != "direct" or text[:1] not in _QUOTES or text.rstrip(".")[-1:] not in _QUOTES \
            or _marks(text) != 2:
        return None
    prev = ctx.facts.sentences[i - 1]
    tail = prev[max(prev.rfind(q) for q in _QUOTES):] if _marks(prev) >= 2 else ""
    return (prev, c.sentence) if tail and any(_named_as_speaker(f, tail) for f in forms) else None


# A sentence inside a quote: "We're a cultured nation. We don't need to resort to terrorism."
_QUOTE_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\[])")


def _pieces(c: Claim, text: str) -> list[str]:
    """The words a question may quote: the whole claim, or when a direct quote runs over
    several sentences or is long, each of its sentences (a verbatim part of the quote)."""
    parts = _QUOTE_SENTENCE.split(text)
    if c.kind != "direct" or (len(parts) == 1 and word_count(text) <= MAX_WORDS):
        return [text]
    return [p.rstrip(" .") for p in parts if p.strip()]


@dataclass(frozen=True)
class Saying:
    """A claim fit to ask about: the words to show, who said them and who else could have."""

    claim: Claim
    words: str  # the whole claim, or one sentence of a long quote
    kind: str  # "person" | "org"
    name: str
    forms: tuple[str, ...]
    wrong: tuple[str, ...]  # others of the same kind, none of whom said these words
    cited: tuple[str, ...]
    key: str

    @property
    def quoted(self) -> str:
        """The words as a prompt shows them: “…” for a quote, a clause for reported words."""
        return _quote(self.words) if self.claim.kind == "direct" else lower_first(self.words)


def sayings(ctx: Context) -> list[Saying]:
    """The claims by named people and organisations of the article that a question may
    quote (see the module docstring for what is skipped); shared with ``true_false``."""
    if "sayings" not in ctx.shared:
        ctx.shared["sayings"] = list(_sayings(ctx))
    return ctx.shared["sayings"]


def _sayings(ctx: Context) -> Iterator[Saying]:
    said: dict[str, set[str]] = {}
    for c in ctx.facts.claims:
        said.setdefault(norm(claim_words(c)), set()).add(c.speaker)
    for c in ctx.facts.claims:
        whole = claim_words(c)
        if len(said[norm(whole)]) > 1 or not ctx.usable(c.sentence):
            continue
        found = _speaker(ctx, c)
        if found is None:
            cited = _continued(ctx, c, _forms(ctx, c.speaker))
            p = ctx.names.find(c.speaker)
            if cited is None or p is None or len(p.name.split()) < 2:
                continue
            found = "person", p.name, ctx.names.forms(p), ctx.names.options(p, [s.speaker for s in ctx.facts.claims], k=6), cited
        for text in _pieces(c, whole):
            saying = _saying(ctx, c, text, whole, found, said)
            if saying:
                yield saying
                break


def candidates(ctx: Context) -> Iterator[Question]:
    """Who-said questions for claims by named people and organisations of the article,
    with two wrong options at least (``true_false`` asks the others)."""
    for s in sayings(ctx):
        if len(s.wrong) < 2:
            continue
        prompt = (f"Who is quoted in the article as saying {s.quoted}?" if s.claim.kind == "direct"
                  else f"According to the article, who said that {s.quoted}?")
        yield ctx.question("who_said", s.key, prompt, s.name, s.claim.sentence, sentences=s.cited,
                           choices=(s.name, *s.wrong), accept=s.forms, tags=("claim", s.kind),
                           difficulty=2, explanation=f"{s.name} said this.")


def _saying(ctx: Context, c: Claim, text: str, whole: str, found, said) -> Saying | None:
    kind, name, forms, others, cited = found
    if len(content_words(text)) < MIN_WORDS or word_count(text) > MAX_WORDS:
        return None
    if f" {norm(text)} " not in f" {norm(' '.join(cited or (c.sentence,)))} ":
        return None  # a part of a quote that goes on beyond the sentences cited
    if any(has_words(text, w) for f in forms for w in f.split() if len(w) > 2):
        return None  # the words name the speaker
    check, gender = _own_pronouns(ctx, c, text, kind, name)
    toks = [w.lower() for w in words(check)]
    if not toks or toks[0] in PERSONAL or _third_person_unresolved(check, ctx):
        return None
    if c.kind == "direct":
        if not re.match(r"\[?[A-Z0-9]", text) or text.count("[") != text.count("]"):
            return None  # "remains in stable condition": a quote cut from a sentence
        if points_back(text, plural=True):
            return None  # "… did have these allegations": which ones?
    elif not _reported(c, text) or ctx.standalone(check) is None or "according to" in text or not _whole_quotes(text) \
            or _vague_words(check):
        return None  # "… who said that the issue is complicated …?": which issue?
    # nobody who said the same, nor anyone the words name ("Steve was among the greatest"),
    # and when the words say "he" for the speaker, men only (the pronoun would rule out women)
    wrong = [w for w in others if w not in said[norm(whole)] and not names_in(text, _forms(ctx, w))
             and not any(has_words(text, t) for t in _own_tokens(ctx, w))
             and (gender is None or _gender(ctx, w) == gender)][:3]  # not Lai Changxing for "If Lai was executed …"
    return Saying(c, text, kind, name, tuple(forms), tuple(wrong), tuple(cited), f"claim|{name}|{norm(whole)}")


def _vague_words(text: str) -> bool:
    """Reported words that need the article: opening on a "the" phrase that does not say
    which ("the issue is complicated", not "the investigation into the Lockerbie bombing
    is ongoing"), or leaning on it otherwise ("this decision", "the company said")."""
    if text[:4].lower() == "the " and vague_the(" ".join(text.split()[:6])):
        return True
    if text[:4].lower() != "the " and leans_on_context(capitalise(text)):
        return True
    return back_reference(text)  # "a winner could not be announced on the basis of the poll conducted": which poll?


def _whole_quotes(text: str) -> bool:
    """Reported words hold no quotation marks, or only whole quoted phrases: "the federal
    government would not exercise its rights as a shareholder to dictate "what new type of
    car to make"" (not a quote that opens here and closes in another sentence, nor an
    editor's cut: "not to "perpetuate] the bad business decisions"")."""
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”") and not (
        text.count("“") and text.count('"')) and text.count("[") == text.count("]") and "((" not in text


_OWN = {"male": re.compile(r"\b(?:he|his|him|himself)\b", re.IGNORECASE),
        "female": re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)}


def _own_pronouns(ctx: Context, c: Claim, text: str, kind: str, name: str) -> tuple[str, str | None]:
    """Reported words with the speaker's own pronouns read as the speaker, for the checks,
    and the gender they show (None when none): in "Obama stated that he expected the
    restructured GM to …", "he" is Obama. Only after "that", and only when the speaker's
    gender is known."""
    p = ctx.names.find(name) if kind == "person" and c.kind != "direct" else None
    i = c.sentence.find(text[:40])
    if p is None or p.gender not in _OWN or i < 0 or not re.search(r"\bthat\s*,?\s*$", c.sentence[:i]):
        return text, None
    check = _OWN[p.gender].sub(name, text)
    return (check, p.gender) if check != text else (text, None)


def _own_tokens(ctx: Context, name: str) -> list[str]:
    """The words of a name no other person of the article has: "Lai" of Lai Changxing
    stands for him in "If Lai was executed …"; "Steve" of Steve Ballmer may be Steve Jobs."""
    if "tokens" not in ctx.shared:
        count: dict[str, int] = {}
        for p in ctx.facts.people:
            for t in set(p.name.split()):
                count[t] = count.get(t, 0) + 1
        ctx.shared["tokens"] = count
    return [t for t in name.split() if len(t) > 2 and t[:1].isupper() and ctx.shared["tokens"].get(t, 0) == 1]


def _gender(ctx: Context, name: str) -> str | None:
    p = ctx.names.find(name)
    return p.gender if p else None


def _forms(ctx: Context, name: str) -> list[str]:
    p = ctx.names.find(name)
    return ctx.names.forms(p) if p else [name]


def _third_person_unresolved(text: str, ctx: Context) -> bool:
    """A he/she/they in the words with no name before it ("He got to die with his family"):
    quoted "I" and "we" are the speaker, but a third person needs the article."""
    # someone the words name in the possessive is a person they may go on about: "Gloria's
    # eczema played a devastating role in her overall health"
    people = ctx.names.all_forms() + re.findall(r"\b([A-Z][a-z]+)['’]s\b", text)
    for m in re.finditer(r"[A-Za-z]+", text):
        word = m.group().lower()
        # "he"/"her" need a person before them ("the Church … imprisoned her": whom?); "they" an organisation will do
        names = people if word in _GENDERED else ctx.name_forms
        if word in PERSONAL and not names_in(text[:m.start()], names):
            if word in _PLURAL and any(_plural_noun(w.lower()) for w in words(text[:m.start()])[-5:]):
                continue  # "It is wrong for some governments, when they disagree …": "they" are the governments
            return True
    return False


_GENDERED = frozenset("he she him his her hers himself herself".split())
