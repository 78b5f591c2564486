"""Claims: who said or asserted what, quoted (direct) or reported (indirect).

Two passes over the body paragraphs (captions are skipped):

1. Quotations. ``quote_spans`` finds the top-level quotations of a paragraph in one linear
   scan (curly and straight, double and single, nested quotes inside). Quotations split by
   an attribution ("…,” said Palti, “…”) are joined, and a quotation left open at the end
   of a paragraph continues into the next one when that opens with a quotation mark. The
   speaker comes from the attribution after the quotation ("…,” Palti said / said Palti /
   the Defense Ministry said), before it ("Palti added: “…”", "according to X, “…”"), or,
   for a quotation that stands alone in its paragraph, from the quotation just before it.
2. Reported speech. In each sentence, the first verb of saying outside quotation marks
   with a subject ("X said [that] …", "…, X said", "according to X, …") gives an indirect
   claim. When quoted words make up most of the reported content ('Cameron said Megrahi
   "should never have been released"'), the claim is direct and its text the quoted words.

A quotation with no attribution around it may name its source in the next sentence ("“…”
The warning came from X.", "That was the view of X"). Requests ("told aides to …") and
questions about quoted words ("asked why files marked “secret” …") are no claims.

Speakers: a title before a name is dropped ("Mossad historian Ronen Bergman"), a surname
becomes the fullest name of the article, "the official" the earlier "a senior Israeli
defense official", and pronouns the nearest compatible person (gender from the people
list, honorifics, first names; an unnamed "a police officer" too; "they" and "it" the last
organisation or group that spoke, or the author of a document: "X sent a letter. It said …";
"he" after a bare surname opening a sentence: "Trump attacked the judge. He wrote …").
Skipped: quotations with no attribution (scare quotes, titles), passives ("is said to"),
questions ("asked whether"), unresolved pronouns.
Every step looks at a bounded window of text, so the work is linear in the article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator, Sequence

from rapidfuzz.distance import Levenshtein

from ..models import Article, Claim, Person, Sentence
from ..text import regex
from ..text.data import data_lines
from .people import resolve as _resolve

# --------------------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class _Lexicon:
    verbs: dict[str, str]  # form -> strong | weak | quote
    scare: tuple[str, ...]
    cue: re.Pattern
    scan: re.Pattern  # the cue after a space (group 1): a fast first pass
    cut: re.Pattern  # where reported content ends


def _data_lines(name: str) -> list[str]:
    return [ln.strip() for ln in data_lines(f"claims/{name}")]


def _trie_pattern(words: list[str]) -> str:
    """An alternation factored by prefix ("sa(?:id|ys)"), so a failing position fails fast."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        alts = [re.escape(ch) + walk(sub) if ch else "" for ch, sub in sorted(node.items())]
        if len(alts) == 1:
            return alts[0]
        opt = "" in alts
        alts = [a for a in alts if a]
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if opt else body

    return walk(tree)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    verbs = {}
    for line in _data_lines("verbs.txt"):
        form, _, kind = line.partition("\t")
        verbs[form.strip()] = kind.strip() or "strong"
    scare = tuple(_data_lines("scare.txt"))
    forms = _trie_pattern(sorted(verbs))
    # a lookahead on the possible first letters lets most positions fail at once
    first = "[" + "".join(sorted({f[0] for f in verbs} | {"A", "a"})) + "]"
    cue = regex.compile(rf"(?={first})\b(?:{forms}|[Aa]ccording to)\b")  # one \b pair: a third faster to scan
    scan = regex.compile(rf" (?={first})({forms}|[Aa]ccording to)\b")
    # "…, according to X", "…, though …", "…; …", "… and said …" end the content
    parts = "|".join(f for f, k in verbs.items() if k == "participle")
    # the lookahead and "\s\s*" (not "\s+") let the engine skip to the characters that can start a cut
    # ", and a Senate aide said …": another speaker's clause
    # (the character class first lets the engine skip to commas, semicolons and spaces at once;
    # each lookbehind then says which of them the alternative starts with)
    cut = regex.compile(rf"[,;\s](?:(?<=,)\s+(?:according to|though|although|even though|whereas|while|but|to which|"
                     rf"(?:later\s+|also\s+|then\s+)?(?:{parts}))\b|(?<=;)\s|(?<=\s)\s*and\s+(?:also\s+|then\s+|later\s+)?(?:{forms})\b"
                     rf"|(?<=,)\s+and\s+(?:[\w’'.-]+\s+){{1,5}}?(?:{forms})\b)")
    return _Lexicon(verbs, scare, cue, scan, cut)


@lru_cache(maxsize=1)
def _names():
    """First names with gender, honorifics, titles and non-person words of the people lexicon."""
    try:
        from .people import lexicon

        lex = lexicon()
        return lex.first_names, lex.honorifics, lex.titles | set(lex.title_abbrevs), lex.nonperson
    except Exception:  # the people stage is optional here: speakers still work without it
        return {}, {}, frozenset(), frozenset()


@lru_cache(maxsize=1)
def _no_name_start() -> frozenset[str]:
    """Words that never start a name: titles, honorifics, non-person words, stop words."""
    _, honorifics, titles, nonperson = _names()
    return frozenset(titles) | frozenset(honorifics) | frozenset(nonperson) | _NOT_NAME


# --------------------------------------------------------------------------- quotations

_SPACE = re.compile(r"\s*")
_QUOTE_CHARS = re.compile(r"[\"“”„‘’'«»]")
_DOUBLE_OPEN, _DOUBLE_CLOSE = "“„«", "”»"


def quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """Top-level quotations of one paragraph: (start, end, closed) inside the marks.

    One pass over the quotation marks. Curly marks say their direction; a straight double
    mark opens when no quotation is open and closes otherwise; a straight single mark opens
    only before a letter after a space. Marks of the other kind inside a quotation are
    nested quotes. An apostrophe between letters ("don’t") is no mark. A quotation still
    open at the end of the paragraph is returned with ``closed`` False.
    """
    out: list[tuple[int, int, bool]] = []
    kind = ""  # '"' or "'" while a quotation is open
    start = 0
    n = len(text)
    opened = False
    for m in _QUOTE_CHARS.finditer(text):
        i = m.start()
        c = m.group()
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if c in "’'" and prev.isalnum() and nxt.isalnum():
            continue  # apostrophe: don’t, Mosa’ab
        if c in _DOUBLE_OPEN or (c == '"' and kind != '"'):
            typ, opening = '"', True
        elif c in _DOUBLE_CLOSE or c == '"':
            typ, opening = '"', False
        elif c == "‘":
            typ, opening = "'", True
        elif c == "’":
            typ, opening = "'", False
        elif kind == "'" and not prev.isspace():
            typ, opening = "'", False
        elif not kind and (prev.isspace() or prev in "([—–-:") and nxt.isalnum():
            typ, opening = "'", True
        else:
            continue
        if not kind:
            if opening:
                kind, start, opened = typ, i + 1, True
            elif c == "”" and not opened and prev in ",.?!":
                # 'We will not back down,” Sen. X told reporters': the opening mark is missing;
                # the quotation is what comes before, from the start of the paragraph
                lead = n - len(text.lstrip())
                if i - lead > 12:
                    out.append((lead, i, True))
                opened = True
            continue
        if typ != kind:
            continue  # a nested quotation of the other kind
        if opening:
            start = i + 1  # the earlier quotation was never closed
        else:
            if i > start:
                out.append((start, i, True))
            kind = ""
    if kind and start < n:
        out.append((start, n, False))
    return out


# --------------------------------------------------------------------------- noun phrases

_TOKEN = re.compile(r"[^\W_][\w’'.&-]*|[^\w\s]")
_PRONOUNS = {"he": "male", "she": "female", "they": "plural", "it": "thing", "i": None, "we": None}
_TIME = frozenset("""monday tuesday wednesday thursday friday saturday sunday yesterday today
tonight earlier later also then previously further again already reportedly recently once
separately often repeatedly publicly privately has had have would will could can may might
did does do not never first last week month year morning afternoon evening night""".split())
_STOP = frozenset("""that which who whom whose where when while as because since if though
although but or nor so than after before until to in on by with into about over under
against between through during is was are were be been being said says say told tells
not this these those there here it he she they we i you also however meanwhile yet what""".split())
_NP_INNER = frozenset("of for from at".split())
_NP_INNER_AND = _NP_INNER | {"and"}
_FWD_STOP = _STOP | frozenset("""and at adding speaking noting according who whose on in during
after before while when as citing referring told""".split())
_LY_NOUNS = frozenset("family ally rally assembly supply monopoly anomaly bully italy july".split())  # "the family said"
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _tokens(text: str, start: int, end: int) -> list[re.Match]:
    """The tokens of text[start:end] as matches (``m[0]`` the token): no tuples to build."""
    return list(_TOKEN.finditer(text, start, end))


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def subject_before(text: str, pos: int, lo: int = 0, *, appositive: bool = True) -> tuple[int, int] | None:
    """The noun phrase ending right before ``pos`` (a verb): its (start, end), or None.

    Skips adverbs and times between subject and verb ("Obama on Tuesday said", "X has
    also said"); "X, the head of Y, said" and "X, who …, said" give X.
    """
    # "Sen. Lindsey Graham (R-S.C.) said": a party and state in brackets
    if ")" in text[max(lo, pos - 2):pos] and text[max(lo, pos - 2):pos].rstrip().endswith(")"):
        opening = text.rfind("(", max(lo, pos - 40), pos)
        if opening > lo:
            pos = opening
    # most subjects are a few words: tokenise the last 50 characters (from a space, so the
    # tokens are those of the whole window) and the whole window only when the walk needs it
    near = max(lo, pos - 120)
    space = text.find(" ", pos - 50, pos) if pos - 50 > near else -1
    got = _MORE
    if space >= 0:
        got = _walk_back(text, _tokens(text, space, pos), lo, appositive, partial=True)
    if got is _MORE:
        got = _walk_back(text, _tokens(text, near, pos), lo, appositive, partial=False)
    if got and text[got[0]:got[0] + 2] in _PARTY_STARTS and _PARTY_TAG.fullmatch(text, got[0], got[1]):
        # "Sen. Tim Scott, R-S.C., who led the talks, said": the name before the party and state
        comma = text.rfind(",", lo, got[0])
        if comma > lo and not text[comma + 1:got[0]].strip():
            return subject_before(text, comma, lo, appositive=False)
    return got


_AUX = frozenset("has have had is was are were will would".split())
_MORE = (-1, -1)  # the walk reached the start of a partial token list
_PARTY_STARTS = frozenset(("R-", "D-", "I-"))
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")  # "R-Ky.", "D-N.Y.", "R-Maine"


def _walk_back(text: str, toks: list[re.Match], lo: int, appositive: bool,
               partial: bool) -> tuple[int, int] | None:
    """The walk of ``subject_before`` over the tokens before the verb (``_MORE``: more needed)."""
    words = [m[0] for m in toks]  # the token strings, read many times
    i = len(toks) - 1
    # adverbs, auxiliaries and times between the subject and the verb
    while i >= 0:
        tok = words[i]
        low = tok.lower()
        if not (low in _TIME or (tok.endswith("ly") and tok.islower() and low not in _LY_NOUNS)):
            break
        i -= 1
        if low in _WEEKDAYS and i >= 0 and words[i].lower() == "on":
            i -= 1
        elif low in ("week", "month", "year", "morning", "night") and i >= 0 and words[i].lower() in ("last", "this", "earlier"):
            i -= 1
    if i < 1 and partial:
        return _MORE
    if i < 0:
        return None
    low = words[i].lower()
    if low in _PRONOUNS:
        return toks[i].start(), toks[i].end()
    if low == "who" and i > 0 and words[i - 1] == "," and appositive:
        # "Terence Fan, an air industry expert at SMU, who said": the relative's antecedent
        comma = toks[i - 1].start()
        return _appositive_head(text, comma, lo) or subject_before(text, comma, lo, appositive=False)
    end_i = i
    if end_i > 0 and words[end_i].endswith("ed") and words[end_i - 1].lower() in _AUX:
        return None  # "The report has prompted calls for …": the verb's object, a noun, follows
    while i >= 0 and end_i - i < 12:
        tok = words[i]
        low = tok.lower()
        if not (tok[0].isalnum()) and tok not in "&":
            break
        if low in _STOP and not (tok.isupper() and len(tok) > 1):  # "WHO say …": an acronym, no stop word
            break
        if low == "and" and not (0 < i < len(toks) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()):
            break
        i -= 1
    if i < 1 and partial:
        return _MORE
    first = i + 1
    while first <= end_i:
        low = words[first].lower()
        if not (low in _NP_INNER_AND or low in _TIME):
            break
        first += 1
    if first > end_i:
        # "Palti, who served for years …, said": the antecedent before the inserted clause
        if appositive and i >= 0 and words[i] == "," and i == end_i:
            comma = text.rfind(",", max(lo, toks[i].start() - 200), toks[i].start())
            if comma < 0:
                return None
            inner_start = comma + 1 + len(text[comma + 1:toks[i].start()]) - len(text[comma + 1:toks[i].start()].lstrip())
            inner = text[inner_start:toks[i].start()]
            first_word = inner.split(" ", 1)[0].lower() if inner else ""
            head = subject_before(text, comma, lo, appositive=False)
            if head and (inner[:1].isdigit() or first_word in ("who", "whose", "which")):
                return head
            if inner and 2 <= len(inner.split()) <= 4 and all(_is_cap(w) for w in inner.split()):
                return inner_start, toks[i].start()  # "the state governor, Henry McMaster, said"
            if head and _is_cap(text[head[0]:head[1]]):
                return head
            if first_word in ("a", "an", "the"):
                return inner_start, toks[i].start()
        return None
    if (i >= 0 and words[i].lower() in ("which", "that", "whom") and words[first].lower() not in _PRONOUNS
            and not (i > 0 and words[i - 1].lower() == "to")):  # "…, to which Tom Briggs replied that …" speaks
        return None  # "the territory which Rabat claims as its own": an object relative clause
    if (appositive and i >= 0 and words[i] == "," and _is_cap(words[first])
            and not all(_is_cap(w) for w in words[first:end_i + 1])):
        named = _appositive_head(text, toks[i].start(), lo)
        if named:
            return named
    return toks[first].start(), toks[end_i].end()


def _appositive_head(text: str, comma: int, lo: int) -> tuple[int, int] | None:
    """The name that opens a chain of comma-separated descriptions ending at ``comma``.

    "Whitey MacDonald, chairperson of Local 1520, Canadian Auto Workers union said": the
    phrase before the verb is the end of an unclosed appositive, the speaker its name.
    """
    end, described = comma, False
    for _ in range(3):
        start = text.rfind(",", max(lo, end - 120), end)
        seg_start = start + 1 if start >= 0 else max(lo, end - 120)
        if start < 0 and seg_start > lo:
            return None  # the segment may be cut: no guess
        seg = text[seg_start:end].strip()
        words = seg.split()
        if not words:
            return None
        if words[0][:1].islower() or words[0] in ("A", "An", "The"):
            described = True  # "chairperson of Local 1520", "the head of Y"
        else:
            # the name ends the segment: "Whitey MacDonald", "AFP spoke to Terence Fan"
            run = _CAP_RUN.search(seg, max(0, len(seg) - 60))
            while run and run.end() < len(seg):
                run = _CAP_RUN.search(seg, run.end())
            if not (described and run and len(run.group().split()) <= 4 and run.group().split()[0].lower() not in _NOT_NAME):
                return None
            at = text.index(seg, seg_start) + run.start()
            return at, at + len(run.group())
        if start < 0:
            return None
        end = start
    return None


def phrase_after(text: str, pos: int) -> tuple[int, int] | None:
    """The noun phrase starting at ``pos`` ("said Zohar Palti, the head …" gives Zohar Palti)."""
    out: list[tuple[int, int]] = []
    toks = _TOKEN.finditer(text, pos, min(len(text), pos + 200))  # lazy: most phrases are short
    for m in toks:
        s, e, tok = m.start(), m.end(), m.group()
        low = tok.lower()
        if not tok[0].isalnum() and tok != "&":
            break
        if tok.endswith(".") and len(tok) > 4:  # "… said officials." ends the sentence
            out.append((s, e - 1))
            break
        if out and (low in _FWD_STOP or low in _lexicon().verbs) and not (low in _NP_INNER and not _is_cap(tok)):
            if low not in ("of", "for", "from") or len(out) > 8:
                break
        if len(out) >= 10:
            break
        out.append((s, e))
    if not out:
        return None
    return out[0][0], out[-1][1]


# --------------------------------------------------------------------------- article state


@dataclass(slots=True)
class _Found:
    speaker: str
    text: str
    kind: str
    sentence: str
    para: int
    order: tuple[int, int]


@dataclass(slots=True)
class _Doc:
    """One article's body: paragraphs, sentences, quotations and what is known of names."""

    paras: dict[int, str]
    sents: list[Sentence]
    people: Sequence[Person]
    quotes: dict[int, list[tuple[int, int, bool]]] = field(default_factory=dict)
    found: list[_Found] = field(default_factory=list)
    used: set[tuple[int, int]] = field(default_factory=set)  # (paragraph, cue offset) already attributed
    full_cache: dict[str, str] = field(default_factory=dict)
    body_text: str = ""
    sent_keys: list[tuple[int, int]] = field(default_factory=list)
    memo: dict[tuple, object] = field(default_factory=dict)  # speaker, person, gender and people look-ups
    resolved: dict[str, Person | None] = field(default_factory=dict)  # name form -> person
    names_blob: str | None = None  # the people's names and aliases, lower case
    pending: list[list[tuple[int, int, int]]] = field(default_factory=list)  # unattributed quotations opening a paragraph

    def sentence_at(self, para: int, pos: int) -> Sentence | None:
        k = bisect_right(self.sent_keys, (para, pos)) - 1
        if k >= 0 and self.sents[k].paragraph == para and pos < self.sents[k].end + 1:
            return self.sents[k]
        return None

    def sentence_index(self, para: int, pos: int) -> int | None:
        s = self.sentence_at(para, pos)
        return bisect_right(self.sent_keys, (para, s.start)) - 1 if s else None

    def resolve(self, form: str) -> Person | None:
        """The person of the people list a name form refers to (remembered per form)."""
        person = self.resolved.get(form, _MISSING)
        if person is not _MISSING:
            return person
        if self.names_blob is None:
            self.names_blob = "\n".join(n for p in self.people for n in (p.name, *p.aliases)).lower()
        # a form matches a name, an alias or a surname, so its words are inside some name: most
        # capitalised words ("Iran", "Senate") are in none and need no look-up
        blob = self.names_blob
        pieces = _PIECE.findall(form.lower())
        if pieces and not any(x in blob for x in pieces):
            person = None
        else:
            try:
                person = _resolve(form, self.people)
            except Exception:  # the people stage may be mid-change: fall back to the text
                person = None
        self.resolved[form] = person
        return person

    def in_quote(self, para: int, pos: int) -> bool:
        quotes = self.quotes.get(para)
        if not quotes:
            return False
        k = bisect_right(quotes, (pos, len(self.paras[para]) + 1, True)) - 1
        return k >= 0 and quotes[k][0] <= pos < quotes[k][1]


_PIECE = re.compile(r"[^\W_]{2,}")
_MISSING = object()


def _is_headline(text: str) -> bool:
    """A short capitalised line with no sentence punctuation at all ("Study shows that …")."""
    t = text.strip()
    return len(t) <= 150 and t[:1].isupper() and t[-1:].isalnum() and not _SENTENCE_MARK.search(t)


_SENTENCE_MARK = re.compile(r"[.!?:]")
_SINGLE_OPEN = re.compile(r"[\s(\[—–:-]'")  # where ``quote_spans`` lets a straight single mark open


def extract_claims(article: Article, sentences: Sequence[Sentence], people: Sequence[Person]) -> list[Claim]:
    """The claims of the article with their speakers resolved, in order of appearance.

    Skips captions, quotations with no identifiable source (scare quotes, titles) and
    reported speech whose speaker is an unresolved pronoun.
    """
    # captions and headline-like lines ("Study shows that …" with no full stop) are no claims
    paras = {i: p.text for i, p in enumerate(article.paragraphs) if not p.caption and not _is_headline(p.text)}
    sents = [s for s in sentences if not s.caption and s.paragraph in paras]
    doc = _Doc(paras, sents, people)
    doc.body_text = "\n\n".join(paras.values())
    doc.sent_keys = [(s.paragraph, s.start) for s in sents]
    for i, text in paras.items():
        # apostrophes alone ("the country's") open nothing: a straight single mark opens only after a space
        if '"' in text or "“" in text or "‘" in text or "«" in text or "”" in text or (
                "'" in text and (text[0] == "'" or _SINGLE_OPEN.search(text))):
            doc.quotes[i] = quote_spans(text)
    _direct(doc)
    _indirect(doc)
    _continued(doc)
    doc.found.sort(key=lambda f: f.order)
    _definite_speakers(doc)
    out, seen = [], set()
    for f in doc.found:
        key = (f.speaker, f.text)
        if f.speaker and f.text and key not in seen:
            seen.add(key)
            out.append(Claim(f.speaker, f.text, f.kind, f.sentence))
    return out


# --------------------------------------------------------------------------- direct claims

_LEAD = re.compile(r"[\s,.;:!?…—–-]*")


def _groups(doc: _Doc) -> Iterator[list[tuple[int, int, int]]]:
    """Quotations to attribute together: (paragraph, start, end) parts of one statement."""
    order = sorted(doc.quotes)
    pending: list[tuple[int, int, int]] = []
    for idx, p in enumerate(order):
        text = doc.paras[p]
        for k, (s, e, closed) in enumerate(doc.quotes[p]):
            if pending:
                lp, ls, le = pending[-1]
                if lp == p:
                    gap = text[le + 1:s - 1]
                    # "…,” said Palti, “…”: an attribution inside one sentence joins the parts
                    joined = (text[le - 1:le] == "," and len(gap) < 120 and gap.rstrip()[-1:] in (",", ":")
                              and _ENDS.isdisjoint(gap) and _lexicon().cue.search(gap))
                    if not joined:
                        yield pending
                        pending = []
                elif not (k == 0 and not text[:max(0, s - 1)].strip() and lp == order[idx - 1] and lp == p - 1
                          and not doc.quotes[lp][-1][2] and doc.quotes[lp][-1][1] == le):
                    yield pending
                    pending = []
            pending.append((p, s, e))
    if pending:
        yield pending


def _attribution_after(doc: _Doc, p: int, end: int) -> tuple[str, int] | None:
    """Speaker phrase and cue offset in the attribution after a quotation ending at ``end``."""
    text = doc.paras[p]
    quotes = doc.quotes.get(p, [])
    k = bisect_right(quotes, (end, len(text) + 1, True))
    stop = quotes[k][0] - 1 if k < len(quotes) else len(text)
    lead = _LEAD.match(text, min(end + 1, len(text)), stop)
    pos = lead.end() if lead else end + 1
    if not _ENDS.isdisjoint(text[end + 1:pos]):
        return None  # the sentence ends with the quotation
    inner_end = text[max(0, end - 1):end]
    if inner_end in ".!?" and text[pos:pos + 1].isupper() and not text[end + 1:pos].strip():
        # '… initiated." The activist organization … called': a new sentence, unless the
        # attribution follows at once ('“Why not?” Palti asked.')
        if inner_end == "." or not _NAME_SAID.match(text[pos:pos + 60]):
            return None
    window = text[pos:min(stop, pos + 160)]
    qa = _QUOTED_AFTER.match(window) if "quot" in window else None
    if qa:  # '“…,” Detik.com quoted Djamal as saying'
        return _QUOTE_MARK.sub("", qa.group(1)), pos + qa.start(1)
    dot = _SENTENCE_END.search(window)
    # an abbreviation ("Mr.", "U.S.") ends no sentence; it is at most five characters long
    if dot and not _ABBREV.search(window, max(0, dot.start() - 6), dot.start() + 1):
        window = window[:dot.start()]
    m = _lexicon().cue.search(window)
    if not m or m.start() > 100:
        return None
    cue = pos + m.start()
    if _lexicon().verbs.get(m.group()) == "participle":
        return None
    if m.start() == 0:  # "said Zohar Palti, the head of …", "according to the ministry"
        after = cue + len(m.group())
        np = phrase_after(text, _SPACE.match(text, after).end())
        if np is None:
            return None
        return text[np[0]:np[1]], cue
    np = subject_before(text, cue, pos)
    if np is None:
        return None
    gap = text[pos:np[0]]
    if "," in gap or len(gap.split()) > 4:
        return None  # '“complicit” in torture, although his responses … described': another clause
    return text[np[0]:np[1]], cue


_ENDS = frozenset(".!?;")
_OPENING = frozenset("\"“‘'")
_QUOTE_MARK = re.compile(r"[\"“”‘’]")
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Prof|Jr|U\.S|U\.N|[A-Z])\.$")
_NAME_SAID = re.compile(r"\s*(?:[A-Z][\w’'.-]*\s+){1,3}(?:said|says|asks|[a-z]+ed)\b")  # '“Why not?” Palti asked.'
_THAT_END = re.compile(r"\bthat$|\bsaying$")
# 'X said "…"', 'X said to AFP "…"', 'X told the BBC "…"': a verb right before the quotation
_SAID_END = re.compile(r"(?=[sawtde])\b(?:said|says|added|wrote|told|stated|declared|explained)(?:\s+(?:to\s+)?(?:the\s+)?"
                       r"(?:reporters|journalists|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}))?\s*$")
_QUOTED_AFTER = re.compile(r"[^;:!?]{0,60}?\bquot(?:es|ed)\s+(\S.{0,60}?)\s+as\s+(?:saying|telling)\b")
_QUOTED_AS = re.compile(r"(?:\bquot(?:es|ed|ing)\s+(\S.{0,60}?)|\s+(?:is|was|were|has been|had been)\s+quoted(?:\s+by\s+[^,;:“”\"]{1,40}?)?)\s+as\s+(?:saying|telling\b[^:,]{0,40})[:,]?\s*$")
_HEAD_TAIL = re.compile(r"\s*(?:(?:to|at|in|on|with)\s+)?(?:(?:the|a|an|his|her|their)\s+)?[\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}\s*$")


def _attribution_before(doc: _Doc, p: int, start: int) -> tuple[str, int] | None:
    """Speaker of an introduced quotation: "Palti added: “…”", "He told reporters, “…”"."""
    text = doc.paras[p]
    sent = doc.sentence_at(p, max(0, start - 1))  # 0: a quotation without its opening mark
    begin = max(sent.start if sent else 0, start - 300)
    head = text[begin:max(0, start - 1)].rstrip()
    if not head:
        # "Palti said:" closing the previous paragraph introduces this one
        prev = p - 1  # the paragraph right before, unless it was a caption (no look at every paragraph)
        if prev not in doc.paras or not doc.paras[prev].rstrip().endswith(":"):
            return None
        text, p, head = doc.paras[prev], prev, doc.paras[prev].rstrip()  # the colon kept: it introduces
        begin = 0
    if head.endswith(":") and not _lexicon().cue.search(head):
        # "Director of Air Force Communications Bill Bodie: “…”", "Ben Rozitis clarified: “…”"
        words = _ANSWER.sub("", head[:-1]).split()[-6:]
        if len(words) > 1 and words[-1].islower() and words[-1].endswith(("ed", "s")):
            words = words[:-1]
        name = _person_in(doc, " ".join(words))
        if not name and sent and _MEDIUM.search(head, max(0, len(head) - 60), len(head) - 1):
            # "Bill Gates responded to the news with a statement on his blog: “…”"
            name = _issuer(doc, sent, begin + len(head) - 1)
        if not name and sent and sent.paragraph == p:
            name = _colon_subject(doc, sent, begin + len(head) - 1)
        return (name, -1) if name else None
    # 'GovExec.com quotes a "Senate aide" as saying: “…”', 'X was quoted as saying “…”'
    qa = _QUOTED_AS.search(head) if "quot" in head else None
    if qa:
        if qa.group(1):
            return _QUOTE_MARK.sub("", qa.group(1)), begin + qa.start()
        np = subject_before(text, begin + qa.start(), begin)
        return (text[np[0]:np[1]], begin + qa.start()) if np else None
    if head.endswith((",", ":")):
        head = head[:-1]
    elif not head.endswith(("that", "saying")):
        if not _SAID_END.search(head, max(0, len(head) - 80)):
            return None
    last = _last_cue(text, begin, begin + len(head))
    if last is None:
        return None
    rest = text[last.end():begin + len(head)]
    if _lexicon().verbs.get(last.group()) == "participle" and sent and len(rest.split()) <= 4:
        # "…, adding to CNN: “…”", "X defended the plan, saying, “…”": the sentence's subject
        lead = text[begin:last.start()].rstrip()
        if lead.endswith(_CLAUSE_ENDS):  # "X defended the plan, saying “…”", "X declined to answer — saying “…”"
            who = _clause_subject(doc, sent, last.start())
        elif _MEDIUM.search(lead, max(0, len(lead) - 60)):
            who = _issuer(doc, sent, last.start())  # "The UAW issued a statement saying “…”"
        else:
            return None
        return (who, last.start()) if who else None
    if last.group().lower().startswith("according"):
        np = phrase_after(text, last.end() + 1)
        return (text[np[0]:np[1]], last.start()) if np else None
    if (len(rest.split()) > 6 or not _HEAD_TAIL.fullmatch(_THAT_END.sub("", rest))) and not _MEDIUM.search(rest):
        return None  # (but "X responded to the news with a statement on his blog: “…”")
    np = subject_before(text, last.start(), begin)
    if np is None:
        return None
    return text[np[0]:np[1]], last.start()


_CLAUSE_ENDS = (",", ";", " -", "—", "–")  # what ends the clause before a participle ("…, saying", "… — saying")
def _colon_subject(doc: _Doc, sent: Sentence, colon: int) -> str | None:
    """A person opening a sentence that introduces a quotation with a colon and no verb of
    saying: "He had a blunt message for the White House: “…”", "Grassley put it bluntly: “…”"."""
    text = doc.paras[sent.paragraph]
    first = text[sent.start:sent.start + 4].split(" ")[0]
    if first in ("He", "She"):
        return _resolve_pronoun(doc, first.lower(), sent.paragraph, sent.start)
    np = subject_before(text, _first_verb(text, sent.start, colon), sent.start) if colon > sent.start else None
    if np is None or np[0] != sent.start:
        return None
    return _person_in(doc, text[np[0]:np[1]], strict=True)


# "Mayor Tom Briggs's answer: “…”": the owner of the answer speaks
_ANSWER = re.compile(r"[’']s\s+(?:answer|response|reply|message|verdict|explanation|words|statement)$")


def _last_cue(text: str, start: int, end: int) -> re.Match | None:
    """The last verb of saying in text[start:end]: the last 100 characters first, where it
    usually is ("…, Palti said: “…”"), then the whole span.

    A match found near the end is the last of the whole span too: a verb is one word (or
    "according to"), so the two scans agree from the first word boundary on.
    """
    cue = _lexicon().cue
    last = None
    for m in cue.finditer(text, max(start, end - 100), end):
        last = m
    if last is None and end - start > 100:
        for m in cue.finditer(text, start, end):
            last = m
    return last


# "what X (has) called “…”", "X has called “…”": calling is saying, not naming
_CALLED_CLAIM = re.compile(r"(?:\bwhat\s+[^,;.“”\"]{1,60}|\b(?:has|have|had)(?:\s+(?:also|repeatedly|previously|publicly))?)\s+called$")


def _is_scare(text: str, start: int) -> bool:
    """A term or title in quotation marks: "the so-called ‘deal of the century’"."""
    lo, k = max(0, start - 80), start - 2
    while k >= lo and text[k].isspace():
        k -= 1
    if k < lo or not text[k].isalpha():
        return False  # '…, said: “…”': scare words, "called" and determiners all end in a letter
    before = text[lo:k + 1].lower()
    if before.endswith("called") and _CALLED_CLAIM.search(before):
        return False  # "in what the commissioner has called “a new dawn”": someone's words
    before = before[-30:]
    for det in (" the", " a", " an", " its", " their"):  # "called the “family assistance plan”"
        if before.endswith(det):
            before = before[:-len(det)]
            break
    return before.endswith(_lexicon().scare)


def _direct(doc: _Doc) -> None:
    last: _Found | None = None
    for group in _groups(doc):
        p0, s0, _ = group[0]
        text0 = doc.paras[p0]
        if _is_scare(text0, s0):
            continue
        sent = doc.sentence_at(p0, max(0, s0 - 1))
        head = text0[max(sent.start if sent else 0, s0 - 300):max(0, s0 - 1)].strip()  # bounded: linear time
        head = head[head.rfind(";") + 1:].strip()  # "… there was no panic; “I think …”, he said."
        speaker = key = None
        for p, _, e in group:
            got = _attribution_after(doc, p, e)
            if got:
                speaker, key = got, (p, got[1])
                break
        if speaker is None:
            got = _attribution_before(doc, p0, s0)
            if got:
                speaker, key = got, (p0, got[1])
        if key:
            doc.used.add(key)
        if speaker is None:
            got = _attribution_next(doc, group[-1])
            if got:
                speaker = got, -1
        if speaker is None:
            # a quotation alone in its paragraph, right after a speaker's quotation
            alone = not head and last is not None and p0 - last.para <= 1 and last.kind == "direct"
            if sum(len(doc.paras[p][s:e].split()) for p, s, e in group) < 3:
                continue
            if not alone:
                if not text0[:max(0, s0 - 1)].strip():
                    doc.pending.append(group)  # perhaps the reported speaker of the paragraph before
                continue
            name = last.speaker
        else:
            if head and speaker[1] >= 0 and not _cue_near_end(head):
                # quoted words inside a sentence: reported speech decides (pass 2); a few quoted
                # words leave it the verb ("The files were kept in ‘approved security cabinets’, he said.")
                if len(text0[s0:group[-1][2]].split()) <= 4:
                    doc.used.discard(key)
                continue
            name = _speaker(doc, speaker[0], p0, s0)
            if not name:
                continue
        last = _quoted(doc, group, name, sent.text if sent else text0) or last


# '“…” The warning came from Interior Minister X.', '“…” That was the view of X, who …', '“…” So said X.'
_NEXT_SOURCE = re.compile(r"\s*(?:(?:The|That|This|Those|These|Such)\s+(?:[a-z-]+\s+){0,2}(?:came|comes|was|were|is|are)\s+"
                          r"(?:from|(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:view|views|words|message|verdict|assessment|warning|"
                          r"reaction|response|position|opinion|argument|claim|plea|take)\s+(?:of|from)))|So\s+(?:said|says)"
                          r"|(?:That|This)(?:[’']s|\s+is|\s+was)\s+what)\s+")  # "That’s what Sen. X told reporters."


def _attribution_next(doc: _Doc, part: tuple[int, int, int]) -> str | None:
    """A source named in the sentence after a closed quotation: '“…” The warning came from X.'"""
    p, _, e = part
    text = doc.paras[p]
    if text[e - 1:e] not in (".", "!", "?"):
        return None  # the quotation ends no sentence
    if e + 1 >= len(text.rstrip()):
        p += 1
        if p not in doc.paras:
            return None
        text, e = doc.paras[p], -1
    m = _NEXT_SOURCE.match(text, e + 1)
    if not m:
        return None
    np = phrase_after(text, m.end())
    if np and m.group().rstrip().endswith("what") and not _lexicon().cue.match(text, _SPACE.match(text, np[1]).end()):
        return None  # "That is what the markets fear most": no verb of saying
    return text[np[0]:np[1]] if np else None


def _quoted(doc: _Doc, group: list[tuple[int, int, int]], name: str, sentence: str) -> _Found | None:
    """Record the direct claim of a group of quotation parts."""
    parts = [doc.paras[p][s:e].strip() for p, s, e in group]
    quote = " ".join(x for x in parts if x)
    if not quote:
        return None
    p0, s0, _ = group[0]
    found = _Found(name, _clean(quote), "direct", sentence, p0, (p0, s0))
    doc.found.append(found)
    return found


def _continued(doc: _Doc) -> None:
    """A quotation opening its paragraph with no attribution, after a paragraph that ends with
    reported speech: the same speaker goes on ("Smith said the plan would fail." / "“It is a disaster.”")."""
    if not doc.pending:
        return
    last: dict[int, _Found] = {}  # each paragraph's last claim
    for f in doc.found:
        if f.para not in last or f.order > last[f.para].order:
            last[f.para] = f
    for group in doc.pending:
        p0, s0, _ = group[0]
        f = last.get(p0 - 1)
        if f is not None:
            if f.kind == "indirect":
                sent = doc.sentence_at(p0, s0)
                _quoted(doc, group, f.speaker, sent.text if sent else doc.paras[p0])


def _cue_near_end(head: str) -> bool:
    """An attribution introduces the quotation: "Palti added:", "according to X,"."""
    m = None
    for m in _lexicon().cue.finditer(head):
        pass
    if m is None:
        return False
    tail = head[m.end():]
    # "X responded with a statement on his blog: “…”"
    return len(tail.split()) <= 6 or _MEDIUM.search(tail.rstrip(" :,")) is not None


def _clean(text: str) -> str:
    return text.strip().rstrip(",;:").strip()


# --------------------------------------------------------------------------- reported speech

_AUDIENCE = """reporters journalists lawmakers press media conference news briefing him her them us me
network newspaper radio television station channel agency magazine website programme program
show paper outlet crowd audience committee panel court parliament congress senate house
supporters members delegates students"""
_THAT_ZONE = frozenset(_AUDIENCE.split()) | frozenset("""on in at with to the a an statement interview speech letter report
yesterday today tonight earlier later also last this week month year out , monday tuesday
wednesday thursday friday saturday sunday""".split())
_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())
_PARTICIPLE = re.compile(r"(?<=\w)\s+[a-z]{3,}ing\b")
_MEDIUM_NOUN = re.compile(r"\b(?:statement|interview|address|speech|letter|briefing|conference|post|tweet|video|email|message|"
                          r"remarks|report|article|column|op-ed|broadcast|hearing|debate|appearance)s?\b")
_PREPOSITIONS = frozenset("in on with by during after before into about over under against between through".split())
_PASSIVE = frozenset("is was were are be been being to".split())


def _indirect(doc: _Doc) -> None:
    # one scan per paragraph; each verb then goes to its sentence (most sentences have none)
    for p in dict.fromkeys(s.paragraph for s in doc.sents):
        text = doc.paras[p]
        k_prev, covered, name = -1, -1, None
        for cue, after, verb in _cue_list(text, doc.quotes.get(p, ())):
            k = bisect_right(doc.sent_keys, (p, cue)) - 1
            if k < 0:
                continue
            sent = doc.sents[k]
            if sent.paragraph != p or cue >= sent.end:
                continue  # between sentences
            if k != k_prev:
                k_prev, covered, name, done = k, -1, None, False
            if done and not (done == "quoted" and _lexicon().verbs.get(verb) == "participle"):
                continue
            if (p, cue) in doc.used:
                # the verb of a direct claim: only a participle after it reports more
                # ('“…,” Joe Biden told reporters, adding that a vote could come Friday')
                done = "quoted"
                continue
            if cue < covered or (name and _AND.search(text, max(sent.start, cue - 12), cue)):
                # "Cameron commented on … and said his …": a second verb with the same subject
                if name and _AND.search(text, max(sent.start, cue - 12), cue):
                    c0 = _content_start(text, after, sent.end, verb, "strong")
                    if c0 is not None:
                        covered = _add_reported(doc, sent, name, c0, sent.end, cue, verb)
                continue
            got = _reported(doc, sent, cue, after, verb)
            if got is None:
                continue
            speaker_np, c0, c1 = got
            name = _speaker(doc, speaker_np, p, cue)
            if not name:
                done = True
                continue
            covered = _add_reported(doc, sent, name, c0, c1, cue, verb)


_AND = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?$")


def _cue_list(text: str, quotes: Sequence[tuple[int, int, bool]]) -> list[tuple[int, int, str]]:
    """The verbs of saying of a paragraph outside its quotations: (start, end, verb) of each.

    A verb follows a space except at the start ("According to …"): scanning for the
    space-led form lets the regex engine skip to spaces, twice as fast as ``cue.finditer``.
    Quoted words (a quarter of news text) are not scanned: their verbs report nothing.
    """
    lex = _lexicon()
    scan = lex.scan.finditer
    first = lex.cue.match(text)
    out = [(0, first.end(), first.group())] if first else []
    pos = 0
    for start, end, _ in quotes:  # a mark before ``start`` and at ``end``: no verb crosses them
        out += [(m.start(1), m.end(1), m.group(1)) for m in scan(text, pos, start)]
        pos = end
    out += [(m.start(1), m.end(1), m.group(1)) for m in scan(text, pos)]
    return out


def _add_reported(doc: _Doc, sent: Sentence, name: str, c0: int, c1: int, cue: int, verb: str) -> int:
    """Record one reported claim; returns where its content ends (-1 when none was recorded)."""
    p = sent.paragraph
    verb_class = _lexicon().verbs.get(verb, "")
    # "called it “…”" attributes only quoted words; so does '…, writing “…”'
    quoting = verb_class == "quote" or (verb_class == "participle" and c0 >= 0 and doc.paras[p][c0:c0 + 1] in _OPENING)
    if quoting and verb.startswith("ask") and _QUESTION.search(doc.paras[p], after := max(c0, cue), min(c1, after + 120)):
        return -1  # 'asked officials how files kept in “approved cabinets” were lost': a question, no claim
    kind, body, end = _content(doc, p, c0, c1, quoting=quoting)
    if quoting and kind != "direct" and not (c0 > cue and _ends_that(doc.paras[p], c0)):
        return -1  # "described it as …" reports only quoted words; "who asked not to be named"
    # one quoted word is enough after "called": 'Clinton called the proposal "shameful"'
    if body and len(body.split(None, 2)) >= (1 if quoting and c0 > cue else 2):
        doc.found.append(_Found(name, body, kind, sent.text, p, (p, cue)))
        return end
    return -1


# a question word before the first quotation mark: "asked the agency why files marked “secret” …"
# (", who was flying," is a relative clause: 'asked Plesel, who was flying, to “pull down”')
_QUESTION = re.compile(r"(?<!, )\b(?:how|why|whether|what|when|where|who|which|if)\b[^“\"‘]*[“\"‘]")


def _ends_that(text: str, pos: int) -> bool:
    """Content opened by "that": "he replied that …" reports speech even after a quoting verb."""
    return text[max(0, pos - 5):pos].rstrip().endswith("that")


def _clause_subject(doc: _Doc, sent: Sentence, cue: int) -> str | None:
    """Who speaks in a participle clause: the sentence's subject ("He described …, telling the
    BBC …" → what "he" refers to; "Marvin Sambur defended …, saying, “…”" → Marvin Sambur)."""
    text = doc.paras[sent.paragraph]
    first = text[sent.start:sent.start + 4].split(" ")[0]
    if first.lower() in ("he", "she"):
        return _resolve_pronoun(doc, first.lower(), sent.paragraph, sent.start)
    person = next(_people_in(doc, sent, cue, nearest_first=False), None)
    if person is not None:
        return person
    np = subject_before(text, _first_verb(text, sent.start, cue), sent.start) if cue > sent.start else None
    if np is None:
        return None
    # "The minister denied the allegations, saying …": a description or an organisation speaks too
    phrase = text[np[0]:np[1]]
    return _person_in(doc, phrase) or (phrase if np[0] == sent.start and phrase[:1].isupper() else None)


def _issuer(doc: _Doc, sent: Sentence, cue: int) -> str | None:
    """Who issued a statement, speech or post: the subject before the sentence's first verb."""
    text = doc.paras[sent.paragraph]
    np = subject_before(text, _first_verb(text, sent.start, cue), sent.start) if cue > sent.start else None
    return text[np[0]:np[1]] if np else _clause_subject(doc, sent, cue)


# a statement, speech or post before "saying" or a colon, or "by saying": "The UAW issued a
# statement saying …", "Mr. Ahern started his speech by saying …", "… with a statement on his blog:"
_MEDIUM = re.compile(r"(?:\b(?:issued|issues|issuing|released|releases|releasing|posted|posts|posting|published|sent|put\s+out|"
                     r"gave|delivered|read|with)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}"
                     r"(?:statement|message|letter|note|release|tweet|post|video|email|e-mail|memo|speech|remarks)\b"
                     r"[^.;:!?“”\"]{0,40}|\b(?:speech|remarks|statement|address)\s+by)\s*$")
_VERBISH = re.compile(r"\s(?:[a-z]+ed|has|had|is|was|published|wrote|spoke|made|gave|took|met|went|said|sent|put|came)\b")


def _first_verb(text: str, start: int, end: int) -> int:
    """The offset of the first past-tense or auxiliary verb in text[start:end] (or ``end``)."""
    m = _VERBISH.search(text, start, end)
    return m.start() if m else end


def _reported(doc: _Doc, sent: Sentence, cue: int, after: int, verb: str) -> tuple[str, int, int] | None:
    """Speaker phrase and content span of one verb of saying (text[cue:after]) in a sentence, or None."""
    text = doc.paras[sent.paragraph]
    lex = _lexicon()
    if verb.lower().startswith("according"):
        np = phrase_after(text, after + 1)
        if np is None:
            return None
        lead = text[sent.start:cue]
        if lead.strip() == "" or lead.rstrip().endswith(";"):
            # "According to X, CONTENT." and "…; according to X, CONTENT."
            # "According to X, CONTENT."
            comma = text.find(",", np[1], sent.end)
            if comma - np[1] > 3 and _SOURCE_NOTE.match(text, np[1], comma):
                pass  # "According to a senior official who spoke on condition of anonymity, CONTENT"
            elif comma < 0 or comma - np[1] > 3:
                return None
            # "According to Daniel Scheeres, an aerospace engineer at …, Boulder, CONTENT"
            for _ in range(3):
                nxt = text.find(",", comma + 1, sent.end)
                seg = text[comma + 1:nxt].split() if nxt > 0 else []
                if not seg or len(seg) > 12 or not (seg[0].lower() in ("a", "an", "the") or all(
                        _is_cap(w) or w in ("of", "for", "the", "and", "at", "in") for w in seg)
                        or not _FINITE.search(text, comma + 1, nxt)):  # "public information officer for …"
                    break
                comma = nxt
            return text[np[0]:np[1]], comma + 1, sent.end
        # "CONTENT, according to X." and "The bus, according to police, was …"
        before = text[sent.start:cue].rstrip().rstrip(",")
        rest = text[np[1]:sent.end].strip(" ,.")
        if len(rest.split()) > 3 and not _SOURCE_NOTE.match(text, np[1], sent.end):
            if text[sent.start:cue].rstrip().endswith(",") and text[np[1]:np[1] + 1] == " ":
                # "…, according to Amnesty International there may be up to 30 journalists …"
                return text[np[0]:np[1]], np[1] + 1, sent.end
            return text[np[0]:np[1]], -1, -1  # content on both sides: keep it simple
        return text[np[0]:np[1]], sent.start, sent.start + len(before)
    kind = lex.verbs.get(verb, "strong")
    if kind == "participle":
        lead = text[sent.start:cue].rstrip()
        if lead.endswith((" later", " also", " then")):
            lead = lead.rsplit(None, 1)[0]
        # "…, with one poster writing that …": the noun phrase after "with" speaks
        with_np = None if lead.endswith(_CLAUSE_ENDS) else _WITH_NP.search(text, max(sent.start, cue - 60), cue)
        # (not '“…,” X quoted Y as saying, although …': that frame ends with the quotation before it)
        quoted = None if with_np or not lead.endswith(" as") or text.startswith(",", after) else _QUOTED_AS.search(
            text, max(sent.start, cue - 100), after)
        if with_np:
            who = with_np.group(1)
        elif quoted:
            # "Sen. Ted Cruz was quoted as saying that …", "Detik.com quoted Djamal as saying …"
            if quoted.group(1):
                who = _QUOTE_MARK.sub("", quoted.group(1))
            else:
                np = subject_before(text, quoted.start(), sent.start)
                who = text[np[0]:np[1]] if np else None
        elif lead.endswith(_CLAUSE_ENDS):
            # "…, adding to CNN: “…”", "…, later adding that …", "… — saying …": the sentence's subject speaks
            who = _clause_subject(doc, sent, cue)
        elif _MEDIUM.search(lead, max(0, len(lead) - 60)):
            who = _issuer(doc, sent, cue)  # "The White House issued a statement saying that …"
        else:
            return None
        c0 = _content_start(text, after, sent.end, "told" if verb == "telling" else verb, "strong")
        if who is None or c0 is None:
            return None
        # "…, saying the move was unprecedented" reports a clause; "…, noting the touches of …" an object
        if not (text[c0] in _OPENING or _ends_that(text, c0)
                or _is_clause(text[c0:min(sent.end, c0 + 80)].split()[:7], strict=False)):
            return None
        return who, c0, sent.end
    if text.startswith(" by ", after) and _PASSIVE_BY.search(text, max(sent.start, cue - 30), cue):
        # "It was announced by Gov. Gavin Newsom that …", "Concern was expressed by officials that …": the agent speaks
        np = phrase_after(text, after + 4)
        that = np and _THAT_NEXT.match(text, np[1], sent.end)
        return (text[np[0]:np[1]], that.end(), sent.end) if that else None
    np = subject_before(text, cue, sent.start)
    went = _WENT_ON.search(text, max(sent.start, cue - 24), cue) if np is None else None
    if went:
        # "he went on to say that …", "Kerry was quick to say that …": the subject before the frame
        np = subject_before(text, went.start(), sent.start)
        c0 = _content_start(text, after, sent.end, verb, "strong")
        return (text[np[0]:np[1]], c0, sent.end) if np and c0 is not None and len(text[c0:sent.end].split(None, 3)) >= 3 else None
    if np is None and _AND.search(text, max(sent.start, cue - 12), cue):
        # "Karen Lowe welcomed everyone … and announced that …": the subject of the first verb
        first = _first_verb(text, sent.start, cue)
        np = subject_before(text, first, sent.start) if first < cue else None
        c0 = _content_start(text, after, sent.end, verb, kind)
        if np is None or c0 is None:
            return None
        # a clause, not an object: "scored twice and announced his retirement" is no claim
        if not (_ends_that(text, c0) or _is_clause(text[c0:min(sent.end, c0 + 80)].split()[:7], strict=False)):
            return None
        return text[np[0]:np[1]], c0, sent.end
    if np is not None and np[1] - np[0] > 3 and text[np[0]:np[1]].endswith("ing") and " " not in text[np[0]:np[1]]:
        return None  # "Countering claims by the union, …": a gerund and a noun, no speaker
    if np is not None and text[np[0]:np[1]].split()[-1].lower() in _DETERMINERS:
        return None  # "The reports say", "an added cost": the word is a noun or an adjective
    if np is not None:
        prev = text[max(sent.start, np[0] - 12):np[0]].split()
        if prev and prev[-1].lower() in _PASSIVE:
            return None
        if prev and prev[-1] in _PREPOSITIONS and "," not in text[np[1]:cue]:
            # the phrase ends a longer subject: "Fire officials in the city said" speak as a whole,
            # "Akihito in a televised address said" is Akihito
            at = text.rfind(prev[-1], max(sent.start, np[0] - 12), np[0])
            head = subject_before(text, at, sent.start, appositive=False) if at > sent.start else None
            if head is None or not text[head[0]].isalpha():
                return None  # "… promising 44,000 new positions in 40 states": no subject at all
            ing = _PARTICIPLE.search(text, head[0], head[1])
            if ing:  # "A new study documenting iodine levels in children has revealed": the study
                np = head[0], ing.start()
            else:
                np = head if _MEDIUM_NOUN.search(text, np[0], np[1]) else (head[0], np[1])
        between = text[np[1]:cue].split()
        if between and between[-1].lower() in _PASSIVE:
            return None  # "X is said to …", "was told"
        lead = text[sent.start:np[0]].rstrip()
        if lead.endswith(",") and text[after:after + 1] == "," and len(lead.split()) <= 6:
            # "Prosecutors, he said, had always thought …": the verb inside its content
            return text[np[0]:np[1]], -2, after + 1
        c0 = _content_start(text, after, sent.end, verb, kind)
        if c0 is not None and len(text[c0:sent.end].split(None, 3)) >= 3:
            return text[np[0]:np[1]], c0, sent.end
        # "CONTENT, the official said."
        lead = text[sent.start:np[0]].rstrip()
        if lead.endswith(",") and len(lead.split()) >= 3 and len(text[after:sent.end].split(None, 6)) <= 5:
            return text[np[0]:np[1]], sent.start, sent.start + len(lead) - 1
        return None
    lead = text[sent.start:cue].rstrip()
    if lead.endswith(",") and kind == "strong" and _STRAY_COMMA.fullmatch(lead):
        # "Smith, said the plan would cost billions": a stray comma between the subject and the verb
        first = lead[:-1].split(None, 1)[0].lower()
        c0 = _content_start(text, after, sent.end, verb, kind)
        if (first not in _NOT_NAME and first not in _TIME and first not in _CONNECTIVES and not first.endswith("ly") and c0 is not None
                and (_ends_that(text, c0) or _is_clause(text[c0:min(sent.end, c0 + 80)].split()[:7], strict=False))):
            return lead[:-1], c0, sent.end
    # "CONTENT, said Palti."
    if lead.endswith(",") and len(lead.split()) >= 3 and kind == "strong":
        fwd = phrase_after(text, after + 1)
        if fwd:
            return text[fwd[0]:fwd[1]], sent.start, sent.start + len(lead) - 1
    return None


_CONNECTIVES = frozenset("meanwhile however moreover furthermore nevertheless nonetheless instead still thus hence therefore indeed".split())
_STRAY_COMMA = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4},")  # "Sen. John Smith,"
# what follows an unnamed source and says nothing itself: "a senior official who spoke on
# condition of anonymity", "…, speaking on condition of anonymity", "people familiar with the talks"
_SOURCE_NOTE = re.compile(r",?\s*(?:who\s+(?:spoke|was|were|is|are|asked|requested|declined|did\s+not|was\s+not|were\s+not)\b"
                          r"|(?:speaking|talking)\s+(?:on|under)\b|familiar\s+with\b|briefed\s+on\b|with\s+knowledge\s+of\b)[^,;:]*[,.]?\s*$")


# a finite verb: what makes words a clause ("the killing was for Allah") and not a noun phrase
_FINITE = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|should|shall|did|does|do|[a-z]{2,}ed)\b")

def _is_clause(words: list[str], *, strict: bool) -> bool:
    """Words that open a clause: a subject, then a finite verb ("maintenance failings contributed").

    ``strict`` wants an auxiliary ("police found the car was stolen"), since "found two
    people killed" is a finding of things, not a claim.
    """
    if not words or words[0].lower() in _STOP_NOT_SUBJ:
        return False
    for k in range(1, len(words)):
        w = words[k].lower().strip(",.")
        if _FINITE.fullmatch(w):
            if strict and w.endswith("ed") and w not in ("need", "shed"):
                return False
            # "recalled the day he was arrested": a pronoun after a noun opens a relative clause
            return not (k > 1 and words[k - 1].lower() in _PRONOUN_SUBJ)
        if w in ("and", "or", "but") or (not words[k][:1].isalnum() and words[k][:1] not in "'’"):
            return False  # "admitted the charges and has been banned": the verb is the subject's
    return False


_FIND_VERBS = frozenset("found finds showed shows shown".split())
_TELL_VERBS = frozenset("told tells notified informed assured warned reminded convinced".split())
_PRONOUN_SUBJ = frozenset("he she they we it i there".split())
_STOP_NOT_SUBJ = _STOP - _PRONOUN_SUBJ

_ADVERBIAL = re.compile(
    r"(?:\s*,?\s*(?:out|also|further|yesterday|today|tonight|earlier|later|previously|on (?:[A-Z]\w+day|\w+ \d+)|[A-Z]\w+day"
    r"|last (?:week|month|year|night)|in (?:an?|his|her|their|its) (?:[\w-]+ ){0,2}(?:statement|interview|speech|letter|report|release|conference|briefing|email|filing|post|tweet|video|memo|op-ed|column|hearing|appearance|address|remarks)"
    r"(?: (?:to|with|on) (?:the )?[A-Z][\w.&-]*)?))?\s*,?\s*")


_PASSIVE_BY = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:also\s+|later\s+)?$")
_THAT_NEXT = re.compile(r"\s*,?\s*that\s+")
_WENT_ON = re.compile(r"\s(?:went on|goes on|go on|continued|was quick|were quick|is quick|are quick)\s+to\s+$")
_WITH_NP = re.compile(r",\s+with\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)\s+$")
_ASIDE = re.compile(r",[^,;:.“”\"]{1,60},\s+that\s")
_TOLD_WHOM = re.compile(r"(?:(?:the|a|an)\s+)?(?:(?:press|news)\s+conference|briefing|reporters|journalists|lawmakers|him|her|them|us|me"
                        r"|(?:(?:local|national|state|foreign|international|news)\s+)?(?:media|press|television|radio|newspapers?|outlets)"
                        r"|police|investigators|officials|supporters|the\s+court|the\s+jury"
                        r"|[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})\b\s*,?\s*")
_PLACE_THAT = re.compile(r"\s+(?:on|in|at|during|before|after|from)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,4}?"
                         r"(?:floor|hearing|conference|briefing|interview|statement|speech|rally|meeting|event|appearance|"
                         r"programme|program|show|podcast|broadcast|session|summit|address|letter|filing|post|tweet|video|"
                         r"call|debate|forum|ceremony|visit|trip|court|courtroom|chamber|parliament|stage|studio|platform|media)s?"
                         r"\s+that\s+")
_TO_AUDIENCE = re.compile(r"to\s+(?:the\s+)?(?:reporters|journalists|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)\s*[:,]\s*")


_BY_MEANS = re.compile(r"by\s+(?:(?:tele)?phone|e-?mail|text(?:\s+message)?|letter|video(?:\s+link)?|video\s?conference|radio)\s*,?\s*(?:that\s+)?")
_REQUEST_VERBS = frozenset("told tells asked asks urged urges ordered orders instructed begged pressed implored".split())
_REQUEST = re.compile(r"(?:[\w’'.-]+\s+){1,4}?to\s+[a-z]")  # "aides to prepare …", "residents to stay indoors"


def _content_start(text: str, after: int, end: int, verb: str, kind: str) -> int | None:
    """Where the reported content begins after the verb: after "that", times and audiences."""
    told = verb in _TELL_VERBS
    # "explains, in a satirical fashion, that …": an aside between the verb and "that"
    aside = text.startswith(",", after) and _ASIDE.match(text, after, end)
    if aside:
        return aside.end()
    prev = ""
    for k, m in enumerate(_TOKEN.finditer(text, after, min(end, after + 120))):
        if k >= 12:
            break
        tok = m.group()
        low = tok.lower()
        if low == "that" and prev != ",":
            return m.end()
        prev = tok
        # "notified Afghan president Hamid Karzai that …": whoever was told comes first
        if not (low in _THAT_ZONE or _is_cap(tok) or tok.isdigit() or (told and k < 8 and tok[0].isalnum())):
            break
    # "said on the Senate floor that …", "warned during a hearing that …": a place or an occasion first
    where = _PLACE_THAT.match(text, after, end) if text.find("that", after, end) > 0 else None
    if where:
        return where.end()
    if kind == "weak":
        # "the two converts indicated the killing was for Allah": a clause, without "that"
        pos = _SPACE.match(text, after, end).end()
        return pos if _is_clause(text[pos:min(end, pos + 80)].split()[:7], strict=verb in _FIND_VERBS) else None
    if kind == "quote":
        return after  # only quoted words will count: "called it “…”", "thought of X as “…”"
    m = _ADVERBIAL.match(text, after, end)
    pos = m.end() if m else after
    if text.startswith("that ", pos):  # "said in a court filing that …"
        pos += 5
    # "adding to CNN: …", "said to reporters, …"
    aud = _TO_AUDIENCE.match(text, pos, end)
    if aud:
        pos = aud.end()
    if verb in ("told", "tells", "assured", "urged", "warned", "reminded"):
        # "told reporters …", "told the BBC …": skip who was told
        obj = _TOLD_WHOM.match(text[pos:end])
        if obj and verb in ("told", "tells", "assured"):
            pos += obj.end()
    if text.startswith("by ", pos):
        # "confirmed by phone that …" goes on; "a disease characterized by …" is a passive, no claim
        means = _BY_MEANS.match(text, pos, end)
        if means is None:
            return None
        pos = means.end()
    if pos >= end or text[pos] in ",.;:" or text[pos:pos + 3] in ("to ", "for"):
        return None
    if text[pos:pos + 3] == "of " and verb not in ("warned", "warns"):
        return None
    if verb in _REQUEST_VERBS and _REQUEST.match(text, pos, end) and not _is_clause(text[pos:min(end, pos + 80)].split()[:7], strict=False):
        return None  # "Biden told aides to prepare for a shutdown": a request, no claim
    return pos


def _content(doc: _Doc, p: int, c0: int, c1: int, *, quoting: bool = False) -> tuple[str, str, int]:
    """Kind, text and end of a claim: the quoted words when they make up most of the content.

    After a verb that only attributes quoted words (``quoting``: "called it “…”",
    "thought of X as “…”") the quoted words are the claim however long the rest is.
    """
    text = doc.paras[p]
    if c0 == -2:  # "The deal, he said, was dead": the content around the attribution
        sent = doc.sentence_at(p, c1)
        lead = text[sent.start:c1].rsplit(",", 2)[0] if sent else ""
        rest = text[c1:sent.end if sent else c1].strip()
        return "indirect", _clean(lead + " " + rest).rstrip("."), sent.end if sent else c1
    if c0 < 0:
        return "indirect", "", c1
    # every cut has a comma, a semicolon or "and": most contents have none of them
    if text.find(",", c0, c1) >= 0 or text.find(";", c0, c1) >= 0 or text.find("and", c0, c1) >= 0:
        cut = _lexicon().cut.search(text, c0, c1)
        if cut:
            c1 = cut.start()
    body = text[c0:c1].strip().rstrip(".,;:!?").strip()
    allq = doc.quotes.get(p, [])
    quotes = []
    for s, e, _ in allq[bisect_right(allq, (c0, -1, False)):]:
        if e > c1 + 1:
            break
        if not _is_scare(text, s):
            quotes.append((s, e))
    if quotes:
        inside = sum(len(text[s:e].split()) for s, e in quotes)
        if quoting or inside * 2 >= len(body.split()):
            return "direct", _clean(" ... ".join(text[s:e].strip() for s, e in quotes)), c1
    return "indirect", body, c1


# --------------------------------------------------------------------------- speakers

# a capitalised run; the lookahead on its possible first letters lets most positions fail
# at once (half the time of the lookbehind alone)
_CAP_FIRST = r"(?=[A-ZÀ-Þaeib])(?<![\w’'])"
_CAP_BODY = (r"(?:(?:al|el|ad|bin|ibn|abu)-)?[A-ZÀ-Þ][\w’'.-]*(?:\s+(?:(?:de|van|von|al|bin|ibn|da|del|der|di|du|la|le)\s+)?"
             r"(?:(?:al|el|ad|bin|ibn|abu)-)?[A-ZÀ-Þ][\w’'.-]*)*")
_CAP_RUN = re.compile(_CAP_FIRST + _CAP_BODY)
_NOT_NAME = _STOP | frozenset("""the a an his her its their our my your some any all both each every no former late
two three four five six seven eight nine ten several many""".split())


def _speaker(doc: _Doc, phrase: str, p: int, pos: int) -> str | None:
    """The speaker a phrase names: a full name, a resolved pronoun, an organisation or a description."""
    phrase = phrase.strip().strip(",")
    low = phrase.lower()
    if low in _PRONOUNS:
        return _resolve_pronoun(doc, low, p, pos)
    key = ("speaker", phrase)
    if key not in doc.memo:
        doc.memo[key] = _named_speaker(doc, phrase)
    return doc.memo[key]


def _named_speaker(doc: _Doc, phrase: str) -> str | None:
    words = phrase.split()
    if not words:
        return None
    if len(words) > 10:
        return None
    # "Lydia Buchtmann for Food Standards Australia New Zealand says": the person, not the body
    named = (" for " in phrase or " of " in phrase or " from " in phrase or " at " in phrase
             or " with " in phrase) and _NAME_FOR.match(phrase)
    name = named and _person_in(doc, named.group(1), strict=True)
    if name:
        return name
    name = _person_in(doc, phrase)
    if name:
        return name
    document = _OWN_DOCUMENT.fullmatch(phrase) if (" from " in phrase or " by " in phrase) else None
    if document and document.group(1):
        return _named_speaker(doc, document.group(1))  # "a statement from the Pentagon": the Pentagon
    owner = _OWNED.fullmatch(phrase) if "s " in phrase else None
    if owner:
        # "Sen. Elizabeth Warren’s spokesman": the owner's name without the title
        name = _person_in(doc, owner.group(1)) or _trim_name(owner.group(1))
        if name:
            return name + owner.group(2)
    if words[0] in ("the", "The") and len(words) > 1 and _is_cap(words[1]):
        phrase = " ".join(words[1:])
    elif words[0] == "The":
        phrase = "the " + " ".join(words[1:])
    return phrase


_OWNED = re.compile(r"((?:[A-Z][\w.-]*\s+){1,5}[A-Z][\w-]*)([’']s?\s+[a-z][\w\s-]*)")  # "Gov. Ron DeSantis’s office"
_NAME_FOR = re.compile(r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s+(?:for|of|from|at|with)\s+(?:the\s+)?[A-Z]")


def _definite_speakers(doc: _Doc) -> None:
    """"the official", "the ministry": the earlier speaker with that head word."""
    # head word -> the latest speaker with it and the latest one before that which differs
    # from it (lower case): one pass, however many claims
    latest: dict[str, tuple[str, str | None]] = {}
    for k, f in enumerate(doc.found):
        words = f.speaker.split()
        if len(words) <= 5 and words[-1].lower() in _EPITHETS and (
                words[0] in ("the", "The") or words[-1] in ("Republican", "Democrat", "Independent")):
            # "McConnell said … The Kentucky Republican added …", "the senator said": the person before
            person = _person_before(doc, k, _EPITHET_GENDER.get(words[-1].lower()))
            if person:
                f.speaker = person
                words = person.split()
        elif not (words[0].lower() not in ("the", "this") or len(words) > 3 or _is_cap(words[-1])):
            got = latest.get(words[-1].lower())
            if got:
                last, other = got
                pick = last if last.lower() != f.speaker.lower() else other
                if pick is not None:
                    f.speaker = pick
        head = f.speaker.split()[-1].lower()
        got = latest.get(head)
        if got is None:
            latest[head] = (f.speaker, None)
        elif got[0].lower() == f.speaker.lower():
            latest[head] = (f.speaker, got[1])
        else:
            latest[head] = (f.speaker, got[0])


def _person_before(doc: _Doc, k: int, gender: str | None) -> str | None:
    """The latest named person among the (at most 20) claims before the k-th, of that gender if given."""
    for g in reversed(doc.found[max(0, k - 20):k]):
        words = g.speaker.split()
        if len(words) >= 2 and words[0][:1].isupper():
            known = any(p.name == g.speaker for p in doc.people)
            g_gender = _gender_of(doc, g.speaker)
            if known or g_gender:
                return g.speaker if gender is None or g_gender in (None, gender) else None
    return None


def _person_in(doc: _Doc, phrase: str, *, strict: bool = False) -> str | None:
    """A person's fullest name inside a phrase: "Mossad historian Ronen Bergman" → Ronen Bergman."""
    if phrase.islower():
        return None  # no capital letter, no name: "the official", "a spokeswoman"
    key = ("person", phrase, strict)
    if key not in doc.memo:
        doc.memo[key] = _find_person(doc, phrase, strict)
    return doc.memo[key]


_HEAD_PREPS = frozenset("for of at from with to by".split())
_POSSESSIVE = re.compile(r"[’']s?$")


def _find_person(doc: _Doc, phrase: str, strict: bool) -> str | None:
    first_names, honorifics, titles, nonperson = _names()
    last = _CAP_RUN.match(phrase)  # most phrases are one capitalised run
    if last is None or last.end() < len(phrase):
        for last in _CAP_RUN.finditer(phrase):
            pass
        if last is None:
            return None
    # the name must be the head: "a spokeswoman for Donald Trump" and "Jeb Bush's campaign"
    # are descriptions, "Secretary of State Hillary Clinton" is a name
    after = phrase[last.end():].strip(" ,")
    if after[:1].islower():
        return None
    before = phrase[:last.start()].split()
    if len(before) >= 2 and before[-1] in _HEAD_PREPS and before[-2][:1].islower():
        return None
    run = last.group().rstrip(".")
    if run.endswith(("’", "'", "’s", "'s")):
        run = _POSSESSIVE.sub("", run)
    toks = run.split()
    # "Iran" is no person, but "Rep. Jim Jordan" (a first name before the word) is, and so is
    # "Jordan" when the people list made it his short form
    known = bool(toks) and any(toks[-1] in p.aliases for p in doc.people)
    if toks and not known and toks[-1].lower().strip("’'s") in nonperson \
            and not (len(toks) > 1 and toks[-2].lower() in first_names):
        return None
    skip = _no_name_start()
    # the longest tail of the run that is a known person or starts with a first name
    for k in range(len(toks)):
        key = toks[k].lower().rstrip(".")
        if key in skip and not (known and k == len(toks) - 1):
            continue
        tail = toks[k:]
        form = " ".join(tail)
        if doc.people:
            person = doc.resolve(form)
            if person is None and k == 0:
                person = _titled_person(doc, toks, first_names, titles)
            if person is not None:
                return person.name
        # a run on its own is a name unless a first name inside it starts the name
        # ("Minority Leader Mitch McConnell" → Mitch McConnell)
        whole = k == 0 and run == phrase.strip() and not strict and not any(t.lower() in first_names for t in tail[1:-1])
        if len(tail) >= 2 and (key in first_names or (whole and len(tail) <= 4)):
            return _fullest(doc, form)
        if len(tail) == 1:
            # a surname alone: a longer form in the article, or a name on its own or after titles
            full = _fullest(doc, form)
            if strict and full.split()[0].lower() not in first_names:
                return None  # "Amtrak" after "Two Amtrak employees" is no person
            titled = k > 0 and all(t.lower().rstrip(".") in titles or t.lower().rstrip(".") in honorifics for t in toks[:k])
            if titled and full == form and run == phrase.strip():
                full = _close_surname(doc, form) or full
            if full != form or whole or (titled and run == phrase.strip()):
                return full
    return None


def _titled_person(doc: _Doc, toks: list[str], first_names: dict, titles: frozenset[str]) -> Person | None:
    """A known person after a title and capitalised words that are no first names: "Vice
    President Kamala Harris", "Home Secretary Suella Braverman" (whatever the first names lexicon knows)."""
    titled = False
    for j in range(1, len(toks)):
        word = toks[j - 1].lower()
        if word in first_names:
            return None  # "John Smith" is not Jane Smith
        titled = titled or word.rstrip(".") in titles
        if titled:
            person = doc.resolve(" ".join(toks[j:]))
            if person is not None:
                return person
    return None


def _close_surname(doc: _Doc, surname: str) -> str | None:
    """A person of the article whose surname is a misspelling of this one: "Ms Bauchtman" for
    Lydia Buchtmann (edit distance at most 2, same first letter, a full name in the text)."""
    if len(surname) < 5 or not surname[0].isupper():
        return None
    tries = doc.memo.get(("fuzzy",), 0)
    if tries >= 10:
        return None  # a bound on the scans of the article: linear time on hostile input
    doc.memo[("fuzzy",)] = tries + 1
    best, best_d = None, 3
    for word in set(re.findall(rf"\b{re.escape(surname[0])}[a-zà-ÿ’'-]{{3,}}\b", doc.body_text)):
        if word == surname or abs(len(word) - len(surname)) > 2:
            continue
        d = Levenshtein.distance(word, surname, score_cutoff=2)
        if d < best_d:
            full = _fullest(doc, word)
            if full != word:
                best, best_d = full, d
    return best


def _fullest(doc: _Doc, name: str) -> str:
    """The fullest form of a name in the article: "Palti" → "Zohar Palti"."""
    if name in doc.full_cache:
        return doc.full_cache[name]
    best = name
    cand = _longest_name(doc.body_text, name.split()[-1])
    if cand and len(cand.split()) > len(name.split()) and cand.endswith(name):
        best = cand
    doc.full_cache[name] = best
    return best


def _longest_name(text: str, surname: str) -> str | None:
    """The longest name (2–4 words, titles dropped) ending in ``surname`` in the text.

    Looks only at the capitalised words right before each occurrence of the surname
    (a string search, not a scan of every capitalised run: the speed of the claims stage).
    """
    best = None
    n = len(surname)
    i = text.find(surname)
    while i >= 0:
        j = i + n
        # (a run of names before it ends with a space: "Zohar Palti", not "(Palti")
        if i > 0 and text[i - 1].isspace() and (j >= len(text) or not (text[j].isalnum() or text[j] in "’'-")):
            m = _RUN_BEFORE.search(text, max(0, i - 80), i)
            if m:
                name = _trim_name(m.group() + surname)
                if name and name.split()[-1] == surname and len(name.split()) > len((best or "").split()):
                    best = name
        i = text.find(surname, j)
    return best


_RUN_BEFORE = re.compile(r"(?=[A-ZÀ-Þaeib])(?<![\w’'.-])(?:(?:(?:al|el|ad|bin|ibn|abu)-)?[A-ZÀ-Þ][\w’'.-]*\s+(?:(?:de|van|von|al|bin|ibn|da|del|der|di|du|la|le)\s+)?){1,5}\Z")


def _trim_name(run: str) -> str | None:
    """A capitalised run without sentence ends, titles and honorifics: 2–4 words, or None."""
    _, honorifics, titles, nonperson = _names()
    toks = run.rstrip(".").split()
    # a run may cross a sentence end ("Nature. The"): keep what follows it
    for k in range(len(toks) - 1, 0, -1):
        if toks[k - 1].endswith(".") and len(toks[k - 1]) > 3:
            toks = toks[k:]
            break
    while toks and (toks[0].lower().rstrip(".") in titles or toks[0].lower().rstrip(".") in honorifics
                    or toks[0].lower().rstrip("’'s") in nonperson or toks[0].lower() in _NOT_NAME
                    or toks[0].endswith(("’s", "'s"))):
        toks = toks[1:]
    # "Majority Leader Mitch McConnell": the name starts at its first name
    first_names = _names()[0]
    for k in range(1, len(toks) - 1):
        if toks[k].lower() in first_names and toks[k - 1].lower() not in first_names:
            toks = toks[k:]
            break
    return " ".join(toks) if 2 <= len(toks) <= 4 else None


def _gender_of(doc: _Doc, name: str) -> str | None:
    """A person's gender: the people list, an honorific before the surname, the first name."""
    key = ("gender", name)
    if key not in doc.memo:
        doc.memo[key] = _find_gender(doc, name)
    return doc.memo[key]


_HONORIFIC = re.compile(r"(?=[MSDL])\b(?:Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s")


def _find_gender(doc: _Doc, name: str) -> str | None:
    first_names, honorifics, _, _ = _names()
    if name[:1].islower() or name.startswith(("A ", "An ", "The ")):
        return _PERSON_NOUNS.get(name.split()[-1].lower())
    for person in doc.people:
        if person.name == name:
            if person.gender:
                return person.gender
            break
    if ("honorific",) not in doc.memo:  # most articles have none: no search for each name
        doc.memo[("honorific",)] = _HONORIFIC.search(doc.body_text) is not None
    m = doc.memo[("honorific",)] and re.search(
        r"(?=[MSDL])\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+(?:[A-Z][\w.-]*\s+)*" + re.escape(name.split()[-1]) + r"\b", doc.body_text)
    if m:
        g = honorifics.get(m.group(1).lower())
        if g:
            return g
    return first_names.get(name.split()[0].lower()) if len(name.split()) > 1 else None


def _resolve_pronoun(doc: _Doc, pronoun: str, p: int, pos: int) -> str | None:
    """The nearest compatible speaker or person before a pronoun, gender-aware."""
    want = _PRONOUNS[pronoun]
    if want is None:
        return None
    if want == "thing":
        author = _document_author(doc, p, pos)
        if author:
            return author
    if want in ("plural", "thing"):
        # "A team of researchers … has confirmed … They have shown that …": the nearest
        # earlier speaker that is not a person ("it" also not a plural like "officials")
        for f in reversed(doc.found):
            if f.order < (p, pos) and p - f.para <= 2:
                last = f.speaker.split()[-1].lower()
                plural = last.endswith("s") and not _is_cap(last)
                person = any(x.name == f.speaker for x in doc.people) or (
                    _is_cap(f.speaker) and len(f.speaker.split()) >= 2 and _gender_of(doc, f.speaker))
                if not person and (want == "plural" or not plural):
                    return f.speaker
        return _group_subject(doc, p, pos, want)
    # people mentioned before the pronoun: the current sentence, then earlier sentences' subjects
    idx = doc.sentence_index(p, pos)
    if idx is None:
        return None
    for k in range(idx, max(-1, idx - 5), -1):
        s = doc.sents[k]
        if p - s.paragraph > 2:
            break
        limit = pos if k == idx else s.end
        # "When a police officer stopped …, after Walker was …, he found": in a sentence that
        # opens with a subordinate clause, its subject comes first
        nearest = k == idx and not _SUBORDINATE.match(doc.paras[p], s.start)
        if k == idx and _FRONTED.match(doc.paras[p], s.start) and _AFTER_FRONTED.search(doc.paras[p], s.start, pos):
            # "When challenged by John Doe about …, he stated …": a participle phrase has no
            # subject of its own; "he" is someone named before the sentence
            continue
        for name in _people_in(doc, s, limit, nearest_first=nearest):
            g = _gender_of(doc, name)
            if g is None or g == want:
                return name
        # '“…,” Obama said. “…” / “…,” he added': the speaker of a claim in that sentence
        for f in reversed(doc.found):
            if f.para == s.paragraph and s.start <= f.order[1] < s.end + 1 and f.order < (p, pos) \
                    and _is_cap(f.speaker) and _gender_of(doc, f.speaker) in (None, want):
                return f.speaker
    return None


def _previous_subject(doc: _Doc, p: int, pos: int) -> tuple[str, str, int, int] | None:
    """The subject opening the sentence before ``pos`` (same or previous paragraph), as
    (paragraph text, subject, subject end, end of the window read), or None."""
    idx = doc.sentence_index(p, pos)
    if not idx:
        return None
    s = doc.sents[idx - 1]
    if p - s.paragraph > 1:
        return None
    text = doc.paras[s.paragraph]
    end = min(s.end, s.start + 200)  # bounded
    np = subject_before(text, _first_verb(text, s.start, end), s.start)
    if np is None or np[0] != s.start:
        return None
    return text, text[np[0]:np[1]], np[1], end


def _document_author(doc: _Doc, p: int, pos: int) -> str | None:
    """"It said" after a sentence on a document: its author speaks. "The Justice Department sent
    a letter to the court. It said …", "A statement from the ministry followed. It said …"."""
    found = _previous_subject(doc, p, pos)
    if found is None:
        return None
    text, phrase, np_end, end = found
    owned = _OWN_DOCUMENT.fullmatch(phrase)
    if owned:  # "A statement from the Defense Ministry", "The ministry’s report"
        phrase = owned.group(1) or owned.group(2)
    elif not _ISSUED.search(text, np_end, end):
        return None
    if phrase.split()[-1].lower() in _PRONOUNS:
        return None
    return _named_speaker(doc, phrase)


_DOCUMENTS = r"(?:statement|letter|report|email|e-mail|memo|release|note|filing|message|post|tweet|document|study|review|analysis|assessment)s?"
# "issued a statement", "sent a letter to the court", "released its annual report"
_ISSUED = re.compile(r"\s(?:issued|released|sent|published|posted|put\s+out|wrote|filed|delivered|circulated|made\s+public)\s+"
                     r"(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}" + _DOCUMENTS + r"\b")
_OWN_DOCUMENT = re.compile(r"(?:an?|the|The|An?)\s+(?:[\w-]+\s+){0,2}" + _DOCUMENTS + r"\s+(?:from|by)\s+(.{2,60})"
                           r"|((?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}|[Tt]he\s+[a-z]+)[’']s?\s+(?:[\w-]+\s+){0,2}" + _DOCUMENTS)


def _group_subject(doc: _Doc, p: int, pos: int, want: str) -> str | None:
    """"Republicans blocked the bill. They said …", "The Justice Department announced charges. It
    said …": the subject of the sentence before, a group for "they", an organisation for "it"."""
    found = _previous_subject(doc, p, pos)
    if found is None:
        return None
    phrase = found[1]
    words = phrase.split()
    if words[-1].lower() in _PRONOUNS or _person_in(doc, phrase):
        return None
    plural = words[-1].endswith("s") and not words[-1].endswith("ss")
    named = all(_is_cap(w) or w in _NP_INNER_AND for w in words[1 if words[0] in ("The", "A", "An") else 0:])
    # "The company posted record profits. It said …": a named body or "the" and a body's noun
    body = len(words) == 2 and words[0] in ("The", "the") and words[1] in _ORG_NOUNS
    if (want == "plural" and plural) or (want == "thing" and not plural and (body or named and len(words) > 1)):
        return _named_speaker(doc, phrase)
    return None


_ORG_NOUNS = frozenset("""company ministry department agency government committee commission council court party
campaign group firm bank union office administration embassy military army navy university board network newspaper
airline organization organisation league club federation authority regulator agency institute foundation charity
coalition alliance parliament legislature senate house cabinet opposition prosecution""".split())


def _people_in(doc: _Doc, s: Sentence, limit: int, *, nearest_first: bool) -> Iterator[str]:
    """Person names mentioned in a sentence outside quotations, before ``limit``.

    Names are looked up as they are read: the first compatible one usually ends the search.
    """
    # a bounded window: the words just before the pronoun, or the start (subject) of a sentence
    lo, hi = (max(s.start, limit - 300), limit) if nearest_first else (s.start, min(limit, s.start + 300))
    key = ("mentions", s.paragraph, lo, hi, nearest_first)  # earlier sentences are read again for each pronoun
    if key not in doc.memo:
        doc.memo[key] = _mentions(doc, s.paragraph, lo, hi, nearest_first)
    text = doc.paras[s.paragraph]
    for at, phrase in doc.memo[key]:
        if at < 0:  # an unnamed person
            yield phrase
            continue
        name = _person_in(doc, phrase, strict=True)
        if name and (len(name.split()) >= 2 or any(p.name == name for p in doc.people)):
            yield name
        elif " " not in phrase and _bare_subject(text, at, at + len(phrase)):
            # "Trump attacked the judge. … he wrote": the people list may not hold a bare surname
            yield _fullest(doc, phrase)


def _mentions(doc: _Doc, para: int, lo: int, hi: int, nearest_first: bool) -> list[tuple[int, str]]:
    """Capitalised runs and unnamed persons ("a police officer") in text[lo:hi] outside
    quotations: (offset of a name or -1 for an unnamed person, phrase)."""
    text = doc.paras[para]
    found = []
    for m in _MENTION.finditer(text, lo, hi):
        if doc.in_quote(para, m.start()):
            continue
        if m.group(1):  # "a police officer … he found": an unnamed person, not an appositive ("X, a lawyer,")
            if not text[max(0, m.start() - 2):m.start()].strip().endswith(","):
                found.append((-1, m.group(1)[0].lower() + m.group(1)[1:]))
            continue
        g = m.group()
        if " " not in g and g.lower() in _NOT_NAME:
            continue  # "The", "He", "In" opening a sentence
        found.append((m.start(), g))
    return found[::-1] if nearest_first else found


def _bare_subject(text: str, start: int, end: int) -> bool:
    """A lone capitalised word opening a sentence (or its clause after "On Monday,") before a
    verb, and no word of the lexicons: "Trump attacked the judge", "Earlier, Pelosi said"."""
    head = text[max(0, start - 40):start].rstrip()
    if head and not head.endswith((".", "!", "?", "”", '"')) and not (head.endswith(",") and _FRONT_ADVERB.search(head)):
        return False
    nxt = _NEXT_WORD.match(text, end)
    word = text[start + 1:end]
    if nxt is None or nxt.group(1) in _STOP_AFTER_NAME or not (word.isalpha() and word.islower()) or word.endswith(("ing", "ed")):
        return False  # (not "Countering claims", "Retired judge", "Detik.com")
    low = text[start:end].lower()
    if low in _no_name_start() or low in _names()[0] or low in _THAT_ZONE:
        return False
    # "Reporters asked …", "Critics said …": a plural of a person's or a body's noun
    return not (low.endswith("s") and (low[:-1] in _names()[2] or low[:-1] in _PERSON_NOUNS or low[:-1] in _EPITHETS
                                       or low[:-1] in _ORG_NOUNS or low[:-1] in _GROUP_NOUNS or low[:-2] in _PERSON_NOUNS))


_GROUP_NOUNS = frozenset("""critic protester demonstrator voter resident expert researcher scientist prosecutor
investigator student worker leader member supporter opponent rival neighbour neighbor parent teacher""".split())


_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_STOP_AFTER_NAME = frozenset("of and or in on at for to from with by the a an".split())
# "Earlier,", "On Monday,", "In a statement,": a fronted adverbial before the subject
_FRONT_ADVERB = re.compile(r"(?:^|[.!?”\"]\s+)(?:[A-Z][a-z]+|(?:On|In|At|After|Before|During|Last)\s+[^,.;]{1,30}),$")


_EPITHETS = frozenset("""republican democrat independent senator congressman congresswoman lawmaker legislator
representative governor mayor minister""".split())
_EPITHET_GENDER = {"congressman": "male", "congresswoman": "female"}
_PERSON_NOUNS = {"officer": None, "official": None, "spokesman": "male", "spokeswoman": "female", "spokesperson": None,
                 "man": "male", "woman": "female", "driver": None, "passenger": None, "witness": None, "doctor": None,
                 "lawyer": None, "resident": None, "soldier": None, "pilot": None, "aide": None, "boy": "male",
                 "girl": "female", "father": "male", "mother": "female", "son": "male", "daughter": "female",
                 "husband": "male", "wife": "female", "brother": "male", "sister": "female"}
# a name, or an unnamed person: "a police officer", "the woman", "a senior official"
_MENTION = re.compile(_CAP_FIRST + r"(?:([Aa]n?\s+(?:[a-z][\w-]*\s+){0,2}(?:" + "|".join(_PERSON_NOUNS) + r"))\b|" + _CAP_BODY + ")")
# the subject after a fronted phrase: "…, he said", "When challenged by X he stated that “…”"
_AFTER_FRONTED = re.compile(r",|\s(?:he|she|they)\s")
_FRONTED = re.compile(r"(?:(?:When|While|After|Before|If|Once|Though|Although|Since|Upon|On)\s+[a-z]+|[A-Z][a-z]{2,})(?:ed|ing)\s")
_SUBORDINATE = re.compile(r"(?:When|After|As|While|Before|Although|Though|Because|Since|If|Once|Until)\s")
