"""Roles: positions, titles and jobs the article states for a person.

Each mention of a known person (full name or short form) is checked against the patterns
news English uses to say who someone is, in this order:

1. title before the name: "Defense Minister Avi Dror", "Norway's Foreign Minister Kari
   Lund", "then-US president Donald Trump", "U.S. Sen. Al Gore"; else a relation after a
   possessive pronoun: "his then-girlfriend Julie Couillard";
2. a verb that gives a role: "X resigned as Foreign Affairs minister", "X was named coach";
   else an appositive after the name: "Dana Weiss, the head of the ministry's planning
   bureau,", "X, 45, a Boston lawyer", with a second one after ", and";
3. appositive before the name: "a Danish opposition leader, Lars Holm,";
4. copula: "Judah Gross is The Daily Post's religion correspondent";
5. relative clause: "Dror, who also serves as party chairman", "X, who heads Y".

A phrase is a role only when its head word is a shipped title word (``data/roles``), so
nationality or party alone ("X, an Israeli,"), directions in captions ("Dror, right,"),
plural groups ("the ministers") and photo credits are skipped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Sequence

from ..models import Article, Person, Role, Sentence
from .people import STOPWORDS, _key, _pick, _Scan, _surname, lexicon, scan

# Lower-case words that may stand inside a title before a name ("former president").
_MODIFIERS = frozenset("""former then current acting interim outgoing incoming late deputy vice
senior chief assistant associate top retired longtime fellow new first second executive general
managing principal lead co""".split())
# Words joining the parts of a long title: "Secretary of the Air Force James Roche".
_JOINERS = frozenset("of for the and on in to".split())
_FIRST_OK = frozenset("a an the his her its their former then acting first current late".split())
_INNER_OK = frozenset("""a an the of for and in at to from on former then first late acting current one those
another his her their its""".split())
_NOT_INNER = STOPWORDS - _INNER_OK  # clause words: "if", "by", "with", "all"
# Family words name a relation to someone else: "his father Emperor Hirohito" is no role.
_FAMILY = frozenset("""mother father son daughter brother sister wife husband widow widower
grandmother grandfather""".split())
# Title words that are also common adjectives when written lower case: "a major Warhol show".
_AMBIGUOUS = frozenset("major general private chief head principal lead marine member".split())
_PREPOSITIONS = frozenset("of for at in from with to on under about".split())
_DETERMINERS = ("a ", "an ", "the ", "A ", "An ", "The ")
_OPENERS = frozenset("a an the his her its their".split())
_CONTENT = re.compile(r"[A-Za-z][\w\-]*")
_TRIM = "\"“”‘’'()[],;:"

# A US party-state tag after a name is neither name nor role, and the appositive or
# relative clause after it is the person's: "Sen. Chuck Schumer, D-N.Y., the majority
# leader,", "Rep. Adam Schiff, D-Calif., who chairs the committee".
_PARTY_STARTS = ("D-", "R-", "I-")
_PARTY_TAG = re.compile(r",\s+[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?(?=,)")
# X, 45, a Boston lawyer, … / X, the head of the bureau, …
_AFTER = re.compile(r",\s+(?:(?:aged\s+)?\d{1,3},\s+)?([^,;:()“”\"—–]{2,160}?)(?=,|;|:|\.(?:\s|$)|\)|—|–|\s+(?:who|whose|which|said|says|told)\b|$)")
# X is the company's chief executive / X was a Boston lawyer
_COPULA = re.compile(r"\s+(?:is|was|has been|had been|became|becomes|remains|will be)\s+((?:the|a|an|now|also|currently|still)\s+[^,;:()“”\"—–]{2,160}?|[A-Z][^,;:()“”\"—–]{2,160}?)(?=,|;|:|\.(?:\s|$)|\)|—|–|\s+(?:who|which|since|until|when|from|in\s+\d)\b|$)")
_COPULAS = ("is", "was", "has", "had", "became", "becomes", "remains", "will")  # what _COPULA opens with
# X, who heads Y / X, who is the mayor / X, who also serves as …
_WHO = re.compile(r",\s+who\s+(?:also\s+|now\s+|currently\s+)?(is|was|serves as|served as|heads|headed|leads|led|chairs|chaired|founded|co-founded)\s+([^,;:()“”\"—–]{2,160}?)(?=,|;|:|\.(?:\s|$)|\)|—|–|\s+(?:who|which|and|since|until|when)\b|$)")
_VERB_ROLE = {"heads": "head of", "headed": "head of", "leads": "leader of", "led": "leader of",
              "chairs": "chair of", "chaired": "chair of", "founded": "founder of",
              "co-founded": "co-founder of"}
# A second appositive role joined by "and": "Jane Roe, Director of the Centre for Law, and
# Chairman of the Science Council, said …"; one after "the"/"his" is more often another
# person's ("X, the mayor, and the police chief, …").
_AND_AFTER = re.compile(r",\s+and\s+(?!(?:the|his|her|their|its)\s)([^,;:()“”\"—–]{2,160}?)(?=,|;|:|\.(?:\s|$)|\)|—|–|\s+(?:who|whose|which|said|says|told)\b|$)")
# A role a verb gives: "Maxime Bernier resigned as Foreign Affairs minister", "X stepped
# down as coach", "X took over as chief executive", "X, who served as mayor", and in the
# passive "X was appointed (as) ambassador", "X was named coach", "X has been elected
# president of the union" (the active "Obama named Smith ambassador" gives Smith's role,
# so named/appointed/elected need the auxiliary). A former role is kept as written.
_AUX = r"(?:was|is|were|will\s+be|(?:has|had|have)\s+been|been)\s+"
_VERB_AS = re.compile(
    r"(?:,\s+who)?\s+(?:(?:has|had|have)\s+)?(?:also\s+)?"
    r"(?:(?:resign(?:ed|s)?|stepped\s+down|steps\s+down|took\s+over|takes\s+over|serve[ds])\s+as\s+"
    rf"|{_AUX}(?:appointed|named|elected|re-elected|sworn\s+in)\s+(?:as\s+)?)"
    r"((?!(?:to|by|in|on|for|at|after)\b)[^,;:()“”\"—–]{2,160}?)"
    r"(?=,|;|:|\.(?:\s|$)|\)|—|–|\s+(?:who|which|and|since|until|when|after|before|following|amid"
    r"|because|effective|last|this|earlier|on|at|by|in(?=\s+\d))\b|$)")
# What may follow a name before _VERB_AS can match: most mentions are skipped by one test.
_VERB_AS_FIRST = (", who ", " resign", " step", " took", " take", " serve", " was ", " is ", " were ",
                  " will be ", " has ", " had ", " have ", " also ", " been ")
# A relation after a possessive pronoun: "his then-girlfriend Julie Couillard" ->
# "then-girlfriend", "her brother Tom Reed" -> "brother" (the gold counts relations stated
# in the article, as minor items).
_RELATIONS = frozenset("""mother father son daughter brother sister wife husband widow widower
grandmother grandfather grandson granddaughter girlfriend boyfriend fiancée fiancee fiancé fiance
partner spouse uncle aunt cousin nephew niece stepfather stepmother stepson stepdaughter
son-in-law daughter-in-law father-in-law mother-in-law brother-in-law sister-in-law""".split())
_RELATION_BEFORE = re.compile(r"(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir)\s+((?:then-|ex-|(?:former|late|estranged)\s+)?[\w\-]+)\s+$")
# a Danish opposition leader, Lars Holm / the club's captain, John Smith
_BEFORE = re.compile(r"(?:(?:^|\s)(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+|(?:^|\s)(?=[A-Z][\w\-]*['’]s\s))([^,;:()“”\"—–]{2,80}?),\s*$")
# Deputy director for the Middle East, Hassiba Hadj Sahraoui, said …
_BEFORE_AT_START = re.compile(r"([^,;:()“”\"—–]{2,130}?),\s*$")


def _head_ok(phrase: str) -> bool:
    """A role phrase: its last word, or the last word before its first preposition, is a title.

    For two roles joined by "and", the first one decides.
    """
    left, sep, _ = phrase.partition(" and ")
    return _one_head_ok(phrase) or bool(sep and _one_head_ok(left))


def _one_head_ok(phrase: str) -> bool:
    """The head is the last word before the first preposition ("head of the bureau"), or
    the last word after a possessive ("The Daily Post's … correspondent")."""
    words = [w.lower() for w in _CONTENT.findall(phrase)]  # no quote or bracket is in a word
    if not words or len(words) > 16:
        return False
    head = words
    for i, w in enumerate(words):
        if w in _PREPOSITIONS and i:
            head = words[:i]
            break
    if _is_title(head[-1]):
        return True
    return "s" in words[:-1] and _is_title(words[-1])


@lru_cache(maxsize=8192)
def _is_title(word: str) -> bool:
    """A title word, an abbreviated title ("Sen.") or a hyphenated one ("co-founder");
    a bounded cache of the lexicon test, as the same words recur in every article."""
    word = word.lower().rstrip(".")
    words, titles = _title_words()
    return word in words or ("-" in word and word.rsplit("-", 1)[1] in titles)


@lru_cache(maxsize=8192)
def _is_titles(low: str) -> bool:
    """``low`` (lower case) is a title word or its plural ("ministers")."""
    return _is_title(low) or _is_title(low.rstrip("s"))


@lru_cache(maxsize=1)
def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    """Title words with their abbreviations, and title words alone (for "co-founder")."""
    lex = lexicon()
    return lex.titles | frozenset(lex.title_abbrevs), lex.titles


def _clean(phrase: str) -> str:
    phrase = phrase.strip().strip(_TRIM).strip()
    for det in _DETERMINERS:
        if phrase.startswith(det):
            phrase = phrase[len(det):]
            break
    return phrase


def _title_before(text: str, start: int, nearest: str) -> str | None:
    """The title written just before the name: "Defense Minister", "then-US president".

    Walks left from the name over capitalised words, title words, possessives, modifiers
    ("former", "then-US", "pro-Beijing") and one lower-case noun before a title word
    ("opposition leader"); "of"/"for"/"and" join the parts of a long title ("Secretary of
    the Air Force"). The phrase must hold a title word. ``nearest`` is the word just
    before the name.
    """
    if not nearest or not (nearest[0].isupper() or _is_title(nearest) or _is_title(nearest.rstrip("s"))):
        return None  # most names: "said Dror", "and Weiss"
    lo = max(0, start - 200)
    words = text[lo:start].split()
    if lo and words:
        words = words[1:]  # a cut word
    honorifics = lexicon().honorifics
    while words and _key(words[-1]) in honorifics and words[-1][:1].isupper():
        words.pop()  # "Undersecretary for Education Mr. Toccafondi"
    kept: list[str] = []
    titles: list[str] = []
    after_possessive = False
    for i in range(len(words) - 1, -1, -1):
        if len(kept) >= 12:
            break  # titles are short; a longer run is a list or junk
        w = words[i]
        bare = w.strip("\"“‘(")
        low = bare.lower()
        title = _is_titles(low)
        if w[-1] in ",;:)”\"" or (kept and w[-1] in ".!?" and not title and len(low) > 4):
            break
        if after_possessive:
            # "New Zealand's Prime Minister"
            if bare[:1].isupper() and low not in STOPWORDS:
                kept.append(bare)
                continue
            break
        if low.rstrip("s") in _FAMILY or (not kept and not (title or bare[:1].isupper())):
            break
        if low in _JOINERS:
            # "Secretary of the Air Force", "co-founder and former chief executive"
            prev = words[i - 1].strip("\"“‘(") if i else ""
            plow = prev.lower()
            last = next((k for k in reversed(kept) if k.lower() not in _JOINERS), "")
            if kept and (_is_title(plow) if low == "and" else last[:1].isupper() and (
                    prev[:1].isupper() or _is_title(plow) or plow in _JOINERS)):
                kept.append(bare)
                continue
            break
        if (low in STOPWORDS and low not in _MODIFIERS) or low[:1].isdigit():
            break  # "said historian …", "54-year-old engineer …"
        if title or bare[:1].isupper() or low.endswith(("'s", "’s")) or low in _MODIFIERS or "-" in low:
            kept.append(bare)
            if title:
                titles.append(bare)
            after_possessive = low.endswith(("'s", "’s"))
            if low.startswith(("then-", "ex-")):
                break
            continue
        # one lower-case noun before a lower-case title: "opposition leader", "industry minister"
        if kept and kept[-1].islower() and _is_title(kept[-1].rstrip("s")) and low.isalpha() \
                and not low.endswith(("ed", "ly", "ing")):
            kept.append(bare)
            continue
        break
    while kept and (kept[-1].lower() in _JOINERS or _key(kept[-1]) in honorifics):
        kept.pop()  # "of …", "Mr. Justice" -> "Justice"
    # "a major Warhol exhibit": lower-case "major" is an adjective there
    if not kept or all(t.islower() and t.rstrip("s") in _AMBIGUOUS for t in titles):
        return None
    return " ".join(reversed(kept))


def roles_in(found: _Scan, i: int, start: int, end: int) -> tuple[str, ...]:
    """The roles stated for the name at ``start:end`` of sentence ``i`` of a scanned article,
    kept in the scan: people asks for some of them too."""
    key = (i, start, end)
    roles = found.roles.get(key)
    if roles is None:
        roles = found.roles[key] = tuple(roles_at(found.texts[i], start, end))
    return roles


def roles_at(text: str, start: int, end: int) -> list[str]:
    """Every role stated for the name at ``text[start:end]``."""
    out = []
    nearest = text[text.rfind(" ", 0, max(0, start - 1)) + 1:start].strip()  # the word before
    title = _title_before(text, start, nearest)
    if title:
        out.append(title)
    else:
        relation = _relation_before(text, start, nearest.lower())
        if relation:
            out.append(relation)
    after = text[end:end + 1]  # _WHO and _AFTER open with a comma, _COPULA with a space
    if after == "," and text[end + 2:end + 4] in _PARTY_STARTS and (m := _PARTY_TAG.match(text, end)):
        end = m.end()  # "Sen. Chuck Schumer, D-N.Y., the majority leader,"
    m = _VERB_AS.match(text, end) if text.startswith(_VERB_AS_FIRST, end) else None
    if m:
        if _appositive_ok(m.group(1)):
            out.append(_clean(m.group(1)))
    elif after == "," and (m := _WHO.match(text, end)):
        verb, phrase = m.group(1), m.group(2)
        if verb in _VERB_ROLE:
            out.append(f"{_VERB_ROLE[verb]} {phrase.strip().strip(_TRIM)}")
        elif _appositive_ok(phrase):
            out.append(_clean(phrase))
    else:
        if after == ",":
            m = _AFTER.match(text, end)
        elif after.isspace() and (text[end + 1:end + 2].isspace() or text.startswith(_COPULAS, end + 1)):
            m = _COPULA.match(text, end)  # only a copula verb after the space can match
        if m and _appositive_ok(m.group(1)):
            out.append(_clean(m.group(1)))
            if after == ",":
                m = _AND_AFTER.match(text, m.end())
                if m and _appositive_ok(m.group(1)):
                    out.append(_clean(m.group(1)))
    if title and text[start - len(title) - 1:start - 1] == title and _opens_appositive(text, start - len(title) - 1):
        # an appositive before the title: "One of the study's authors, Professor Elio Riboli"
        start -= len(title) + 1
    if not _comma_before(text, start):
        return [part for role in out for part in _split(role)] if out else out
    m = _BEFORE.search(text, max(0, start - 90), start)
    if m and _appositive_ok(m.group(1)):
        out.append(_clean(m.group(1)))
    elif start <= 140:
        m = _BEFORE_AT_START.match(text, 0, start)
        if m and (_is_title(m.group(1).split(None, 1)[0]) or m.group(1).startswith("One of ")) \
                and _appositive_ok(m.group(1)):
            out.append(_clean(m.group(1)))
    return [part for role in out for part in _split(role)]


def _opens_appositive(text: str, start: int) -> bool:
    """The clause before a comma just before ``start`` opens like an appositive ("One of the
    study's authors,", "The agency's chief,"): a cheap test before the slower searches."""
    end = text.rfind(",", max(0, start - 4), start)
    if end < 0:
        return False
    lo = max(text.rfind(c, 0, end) for c in ",;:(")
    words = text[lo + 1:end].split(None, 2)
    return bool(words) and (words[0].lower() in _OPENERS or words[0].endswith(("'s", "’s"))
                            or [w.lower() for w in words[:2]] == ["one", "of"])


def _relation_before(text: str, start: int, nearest: str) -> str | None:
    """A relation written after a possessive pronoun just before the name ("his
    then-girlfriend Julie Couillard" -> "then-girlfriend"), else None. ``nearest`` is the
    word before the name, lower case."""
    if nearest.split("-", 1)[-1] not in _RELATIONS and nearest not in _RELATIONS:
        return None  # most names: one set test
    m = _RELATION_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1) if m else None


def _comma_before(text: str, start: int) -> bool:
    """A comma is the last non-space character before ``start`` (without copying the text)."""
    return text[start - 1:start] == "," or text[:start].rstrip()[-1:] == ","


def _split(role: str) -> list[str]:
    """Two roles joined by "and": "a planetary scientist and a co-author of the study"."""
    left, sep, right = role.partition(" and ")
    if sep and _one_head_ok(left):
        if _one_head_ok(right):
            return [_clean(left), _clean(right)]
        if not _one_head_ok(role):
            return [_clean(left)]
    return [role]


def _appositive_ok(phrase: str) -> bool:
    """An appositive role: a noun phrase (no clause words such as "if", "by", "with",
    "all") whose head is a title, or "one of" a group with a title head ("one of the
    study's authors", "one of the founders of the party")."""
    words = phrase.lower().split()
    if words[:2] == ["one", "of"] and len(words) > 2:
        rest = words[2:]
        head = next((rest[:i] for i, w in enumerate(rest) if w in _PREPOSITIONS and i), rest)
        return _NOT_INNER.isdisjoint(rest) and _is_titles(head[-1].strip(_TRIM))
    if not words or (words[0].endswith(("ing", "ed")) and not _is_title(words[0])):
        return False
    if words[0] in STOPWORDS and words[0] not in _FIRST_OK:
        return False
    if not _NOT_INNER.isdisjoint(words[1:]):
        return False
    return _head_ok(phrase)


def extract_roles(article: Article, sentences: Sequence[Sentence], people: Sequence[Person]) -> list[Role]:
    """One Role per person and distinct role the article states.

    Skips roles of unnamed people, groups, bare nationality or party, and photo credits;
    a role restated in other words with the same head ("Defense Minister", "Israeli
    Defense Minister") is kept once, as first written.
    """
    if not people:
        return []
    out: list[Role] = []
    seen: dict[str, list[set[str]]] = {}
    found = scan(sentences)
    for i, start, end, person in _mentions(found, people):
        for role in roles_in(found, i, start, end):
            words = {w.lower() for w in _CONTENT.findall(role)} - _JOINERS
            if not words:
                continue
            known = seen.setdefault(person.name, [])
            if any(words <= k or k <= words for k in known):
                continue
            known.append(words)
            out.append(Role(person.name, role, found.sentences[i].text))
    return out


def _mentions(found: _Scan, people: Sequence[Person]) -> Iterator[tuple[int, int, int, Person]]:
    """(sentence, start, end, person) of every mention of ``people`` in a scanned article:
    the matches people made when it found these same people, else matched again."""
    names = tuple(p.name for p in people)
    if found.people == names:
        by_name = dict(zip(names, people))
        for i, here in found.mentions.items():
            for start, end, name in here:
                yield i, start, end, by_name[name]
        return
    by_surname: dict[str, list[Person]] = {}
    for p in people:
        by_surname.setdefault(_surname(p.name), []).append(p)
    for i, text in enumerate(found.texts):
        for (start, end, _, _), sur in zip(found.spans[i], found.surnames[i]):
            cands = by_surname.get(sur)
            if cands:
                person = _pick(cands, text[start:end])  # type: ignore[arg-type]
                if person is not None:
                    yield i, start, end, person
