"""Small English helpers the question types share: pronouns, articles, roles, wh-questions.

Questions must read well without the article, so every helper errs on the side of
returning ``None`` (the fact is then asked another way, or not at all) rather than
producing a doubtful sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Iterable

WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*|\d[\d,.]*")

# Personal pronouns need a named antecedent inside the same text to be understood.
PERSONAL = frozenset("he she him his her hers himself herself they them their theirs themselves".split())
# First and second person outside quotes mean the text is someone's reported words.
SPEAKER = frozenset("i me my mine we us our ours you your".split())
# Words that only make sense with the previous sentence when they open a text.
ANAPHORIC_OPENERS = frozenset("it its this these those that such there here then".split())

# "However, the court ruled …": discourse markers that tie a sentence to the previous one.
_LEAD = re.compile(
    r"^(?:however|meanwhile|also|additionally|in addition|furthermore|moreover|instead|"
    r"nevertheless|still|later|afterwards|as a result|in response|but|and|so)\s*,?\s+",
    re.IGNORECASE,
)
DETERMINERS = ("the ", "a ", "an ")
# Modifiers written lower case inside a sentence, even when a role opens one ("Current UK
# Prime Minister David Cameron" -> "the current UK Prime Minister").
_LOWER_MODIFIERS = frozenset(
    "current former then late new acting outgoing incoming interim retired veteran fellow the a an".split()
)
# Vowel letters that sound like a consonant ("a university", "a one-day", "a European").
_A_BEFORE = re.compile(r"^(?:uni|use|usu|eu|one|once|u\.s|ur[aeiou])", re.IGNORECASE)
# Consonant letters that sound like a vowel ("an hour", "an honest", "an MP", "an FBI agent").
_AN_BEFORE = re.compile(r"^(?:hour|honou?r|honest|heir|[FHLMNRSX](?:[A-Z]|\b))")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def word_count(text: str) -> int:
    return len(words(text))


def norm(text: str) -> str:
    """Lower case, no determiners, punctuation or "current/former": for comparing options."""
    toks = [re.sub(r"['’]s$", "", w.lower()).strip(".,'’") for w in words(text)]
    return " ".join(t for t in toks if t not in {"the", "a", "an", "current"})


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def full_stop(text: str) -> str:
    """The text ending in one full stop ("… of Apple Inc." stays as it is)."""
    return text if text.endswith((".", "!", "?")) else text + "."


def strip_lead(text: str) -> str:
    """The sentence without an opening discourse marker, capitalised."""
    return capitalise(_LEAD.sub("", text.strip(), count=1))


def indefinite(phrase: str) -> str:
    """ "a" or "an" for a phrase, by sound: "an MP", "a university", "an hour"."""
    if _AN_BEFORE.match(phrase):
        return "an"
    if _A_BEFORE.match(phrase):
        return "a"
    return "an" if phrase[:1].lower() in "aeiou" else "a"


def names_in(text: str, names: Iterable[str]) -> list[str]:
    return [n for n in names if n and re.search(rf"\b{re.escape(n)}\b", text)]


def unresolved(text: str, names: Iterable[str] = ()) -> bool:
    """True when the text leans on context: a pronoun with no name before it, "I/we/you",
    or an opening "It/This/These" ("In 2002, an appeal against his conviction failed")."""
    toks = [w.lower() for w in words(text)]
    if not toks:
        return True
    if toks[0] in ANAPHORIC_OPENERS or toks[0] in PERSONAL:
        return True
    names = [n for n in names if n]
    for i, tok in enumerate(toks):
        if tok in SPEAKER:
            return True
        if tok in PERSONAL:
            before = text[: _offset(text, i)]
            if not names_in(before, names):
                return True
    return False


def _offset(text: str, index: int) -> int:
    for i, m in enumerate(WORD.finditer(text)):
        if i == index:
            return m.start()
    return len(text)


# --------------------------------------------------------------------------- roles


def role_text(role: str, person: str = "") -> str | None:
    """A role as an answer option ("First Minister of Scotland"), or None when it cannot
    stand alone: pronouns ("His brother"), the person's own name, too long or too short."""
    role = " ".join(role.strip(" ,;:").split())
    toks = [re.sub(r"['’]s$", "", w.lower()) for w in words(role)]
    if not toks or len(toks) > 12 or len(role) < 3:
        return None
    if any(t in PERSONAL or t in SPEAKER for t in toks):
        return None
    if person and any(p.lower() in toks for p in words(person) if len(p) > 2):
        return None
    if head(role).endswith("s") and not head(role).endswith(("ss", "us", "is", "ics")):
        return None  # a group ("pan-democratic councillors"), not one person's role
    first, _, rest = role.partition(" ")
    # "Father of another victim" opened its sentence; "Mossad historian" keeps its capital.
    titlecase = first[1:] == first[1:].lower()  # not an acronym ("CEO")
    if titlecase and (first.lower() in _LOWER_MODIFIERS or (first.lower() in _title_words() and rest == rest.lower())):
        role = first.lower() + (" " + rest if rest else "")
    return role


_HEAD_END = re.compile(r"\s(?:of|for|at|in|to|with|from|on)\s.*$", re.IGNORECASE)
# Heads that many people share: "a member of …", "a supporter of …", never "the member".
_SHARED_HEADS = frozenset(
    "member one supporter fan resident citizen friend relative student employee colleague ally "
    "victim survivor witness critic volunteer".split()
)


def head(role: str) -> str:
    """The head word of a role, lower case: "member" in "member of the committee"."""
    toks = _HEAD_END.sub("", role).split()
    return toks[-1].lower() if toks else ""


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Head words of roles from the shared role lexicon ("minister", "father", "striker")."""
    text = resources.files("quizgen").joinpath("data/roles/titles.txt").read_text("utf-8")
    return frozenset(line.split("\t")[0].strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def with_article(role: str) -> str:
    """The role with the determiner it takes after "is": offices (a capitalised head) and
    "head of …" take "the" ("the First Minister of Scotland"), job words take "a/an" ("a
    Mossad historian", "a spokesman")."""
    low = role.lower()
    if low.startswith(DETERMINERS) or re.match(r"^\S+['’]s\s", role):
        return role  # "Malaysia's Prime Minister" takes no determiner
    if head(role) in _SHARED_HEADS:
        return f"{indefinite(role)} {role}"
    if " of " in low or role.split()[-1][:1].isupper() or low.startswith(("current ", "then")):
        return "the " + role
    return f"{indefinite(role)} {role}"


def display(option: str) -> str:
    """An option as shown in a list of choices: capitalised, no leading "the"."""
    for d in DETERMINERS:
        if option.lower().startswith(d):
            option = option[len(d):]
            break
    return capitalise(option)


# --------------------------------------------------------------------------- verbs


@lru_cache(maxsize=1)
def _past_to_base() -> dict[str, str]:
    text = resources.files("quizgen").joinpath("data/questions/verbs.txt").read_text("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if "\t" in line:
            past, base = line.split("\t")
            table[past.strip()] = base.strip()
            continue
        base = line.strip()
        if base.endswith("e"):
            past = base + "d"
        elif re.search(r"[^aeiou]y$", base):
            past = base[:-1] + "ied"
        else:
            past = base + "ed"
        table.setdefault(past, base)
    return table


_BE = {"was", "were", "is", "are", "will"}
_HAVE = {"has", "have", "had"}


def has_verb(clause: str) -> bool:
    """True when a clause has a finite verb we know ("Jobs resigned", "X was released"),
    so it is a statement and not a fragment ("Jobs, born in San Francisco")."""
    table = _past_to_base()
    return any(t.lower() in _BE or t.lower() in _HAVE or t.lower() in table for t in clause.split()[1:])
_STOP_SUBJECT = re.compile(r",|\b(?:that|who|which|whom|whose|said|says|when|after|before|while|if)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no longer)\b|n't\b", re.I)
_PREPOSITIONS = frozenset("in on at after before during by for from since until with as to".split())


def when_question(clause: str, names: Iterable[str] = (), wh: str = "When") -> str | None:
    """A wh-question about a dated clause, or None when the clause does not fit the rules.

    "Abdelbaset al-Megrahi was placed on trial in the Netherlands" -> "When was Abdelbaset
    al-Megrahi placed on trial in the Netherlands?"; "Gantz and Loudiyi signed a memorandum"
    -> "When did Gantz and Loudiyi sign a memorandum?". The subject must be named or a
    specific noun phrase, the verb a form we know, and nothing may need the context.
    """
    clause = strip_lead(clause).rstrip(" .;:,")
    if not clause or _NEGATION.search(clause) or '"' in clause or "“" in clause:
        return None
    names = [n for n in names if n]
    tokens = clause.split()
    table = _past_to_base()
    for i, tok in enumerate(tokens[1:9], start=1):
        low = tok.lower()
        if low in _BE or low in _HAVE or low in table:
            break
        if tok.endswith(","):
            return None
    else:
        return None
    subject, rest = " ".join(tokens[:i]), tokens[i + 1:]
    if _STOP_SUBJECT.search(subject) or tokens[0].lower() in _PREPOSITIONS:
        return None
    if unresolved(subject, names) or _vague(subject, names):
        return None
    if low in _HAVE:
        # "X has signed a deal": only with a participle we know ("has met", "had visited").
        if not rest or rest[0].lower() not in table or rest[0].lower() in {"been", "had"}:
            return None
        low, rest = rest[0].lower(), rest[1:]
    predicate = " ".join(rest).strip()
    if not predicate and low not in table:
        return None
    if unresolved(subject + " " + predicate, names) or word_count(predicate) > 20:
        return None
    subject = subject if _proper_start(subject, names) else subject[:1].lower() + subject[1:]
    if low in _BE:
        question = f"{wh} {low} {subject} {predicate}"
    else:
        question = f"{wh} did {subject} {table[low]} {predicate}"
    return question.strip() + "?"


def _proper_start(subject: str, names: Iterable[str]) -> bool:
    first = subject.split()[0]
    return first.lower() not in {"the", "a", "an"} and (first[:1].isupper() and first.lower() not in _LOWER_MODIFIERS)


def _vague(subject: str, names: Iterable[str]) -> bool:
    """A bare "the deal" or "an appeal" does not say which one without the article."""
    toks = subject.split()
    if names_in(subject, names) or any(t[:1].isupper() for t in toks[1:]) or _proper_start(subject, names):
        return False
    return len(toks) < 4
