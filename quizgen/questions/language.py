"""Small English helpers the question types share: pronouns, articles, roles, wh-questions.

Questions must read well without the article, so every helper errs on the side of
returning ``None`` (the fact is then asked another way, or not at all) rather than
producing a doubtful sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from ..text.data import data_lines

WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*|\d[\d,.]*")

# Personal pronouns need a named antecedent inside the same text to be understood.
PERSONAL = frozenset("he she him his her hers himself herself they them their theirs themselves".split())
# First and second person outside quotes mean the text is someone's reported words.
SPEAKER = frozenset("i me my mine we us our ours you your".split())
# Words that only make sense with the previous sentence when they open a text.
ANAPHORIC_OPENERS = frozenset("it its this these those that such there here then yesterday today tomorrow tonight".split())

# "However, the court ruled …": discourse markers that tie a sentence to the previous one.
_LEAD = re.compile(
    r"^(?:however|meanwhile|also|additionally|in addition|furthermore|moreover|instead|"
    r"nevertheless|still|later|afterwards|as a result|in response|but|and|so|most notably|notably|"
    r"similarly|likewise|in turn|by contrast|on the contrary|in fact|indeed|thus|therefore|for example|for instance|"
    r"consequently|yet|finally|first|firstly|secondly|lastly|after all|in the meantime|"
    # "Despite this, Japanese nuclear safety officials have insisted …": "this" is the sentence before
    r"(?:despite|in spite of|because of) (?:this|that)(?=,))(?!\s+(?:to|of|with)\b)\s*,?\s+",
    re.IGNORECASE,
)
DETERMINERS = ("the ", "a ", "an ")
DETERMINERS_SET = frozenset(("the", "a", "an"))
# Modifiers written lower case inside a sentence, even when a role opens one ("Current UK
# Prime Minister David Cameron" -> "the current UK Prime Minister").
_LOWER_MODIFIERS = frozenset(
    "current former then late new acting outgoing incoming interim retired veteran fellow the a an "
    "senior junior chief deputy assistant associate emeritus executive special principal lead top local".split()
)
# Vowel letters that sound like a consonant ("a university", "a one-day", "a European").
_A_BEFORE = re.compile(r"^(?:uni|use|usu|eu|one|once|u\.s|ur[aeiou])", re.IGNORECASE)
# Consonant letters that sound like a vowel ("an hour", "an honest", "an MP", "an FBI agent").
_AN_BEFORE = re.compile(r"^(?:hour|honou?r|honest|heir|[FHLMNRSX](?:[A-Z]|\b))")


def words(text: str) -> list[str]:
    return list(_words(text))


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    """``words``, cached: a sentence's words are counted, checked for pronouns and
    normalised by different steps."""
    return tuple(WORD.findall(text))


@lru_cache(maxsize=8192)
def word_count(text: str) -> int:
    return len(_words(text))


# Function words, for counting what a text says ("a sad time" says two things).
STOPWORDS = frozenset(
    "a an the and or but of to in on at by for with from as is are was were be been being it its this that these "
    "those there here he she they we i you me him her them us my your his our their not no so than then too very "
    "can could will would should may might must do does did has have had what which who whom whose when where why "
    "how all any some about into over after before up down out off again further just also".split()
)


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w.lower() not in STOPWORDS]


@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """Lower case, no determiners, punctuation or "current/former": for comparing options
    (cached: options are compared pairwise, so the same texts come back many times)."""
    toks = []
    for w in _words(text):
        w = w.lower()
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        w = w.strip(".,'’")
        if w not in _NOT_NORMAL:
            toks.append(w)
    return " ".join(toks)


_NOT_NORMAL = frozenset(("the", "a", "an", "current"))


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def full_stop(text: str) -> str:
    """The text ending in one full stop ("… of Apple Inc." stays as it is)."""
    return text if text.endswith((".", "!", "?")) else text + "."


def drop_lead(text: str) -> str:
    """The text without an opening discourse marker, its case kept ("For example, the
    museum …" -> "the museum …")."""
    return _LEAD.sub("", text.strip(), count=1)


@lru_cache(maxsize=8192)
def strip_lead(text: str) -> str:
    """The sentence without an opening discourse marker, capitalised."""
    return capitalise(_LEAD.sub("", text.strip(), count=1))


def indefinite(phrase: str) -> str:
    """ "a" or "an" for a phrase, by sound: "an MP", "a university", "an hour"."""
    if _AN_BEFORE.match(phrase):
        return "an"
    if re.match(r"U[A-Z]", phrase):
        return "a"  # "a USAF official", "a UN envoy"
    if _A_BEFORE.match(phrase):
        return "a"
    return "an" if phrase[:1].lower() in "aeiou" else "a"


def occurrences(text: str, term: str) -> Iterator[int]:
    """The offsets where ``term`` starts in ``text``, overlapping ones included."""
    i = text.find(term) if term else -1
    while i >= 0:
        yield i
        i = text.find(term, i + 1)


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what ``\w`` matches in a str pattern


def boundary(text: str, i: int) -> bool:
    """A ``\b`` at offset ``i``: a word character on one side only."""
    return (i > 0 and _word_char(text[i - 1])) != (i < len(text) and _word_char(text[i]))


def has_words(text: str, term: str) -> bool:
    """``term`` occurs in ``text`` as whole words, as ``\bterm\b`` would find it; without
    compiling a pattern per name (each article brings new names, and compiling one costs
    more than the search)."""
    i = text.find(term) if term else -1  # (a loop, not ``occurrences``: most texts do not hold the term)
    while i >= 0:
        if boundary(text, i) and boundary(text, i + len(term)):
            return True
        i = text.find(term, i + 1)
    return False


# Up to five words of a title before a name: "Defense Minister Benny Gantz signed", "President of the United States Barack Obama".
_TITLE = re.compile(r"(?:(?:[A-Z][\w.-]*(?:['’]s)?|of|the)\s+){0,5}")


def opening(text: str, form: str, then: re.Pattern[str]) -> int | None:
    """Where ``then`` ends when ``text`` opens on the name ``form`` (after a title of up
    to five words) and ``then`` follows it, else None: "Defense Minister Benny
    Gantz signed …" opens on "Benny Gantz"."""
    for i in occurrences(text, form):
        if _TITLE.fullmatch(text, 0, i):
            m = then.match(text, i + len(form))
            if m:
                return m.end()
    return None


def names_in(text: str, names: Iterable[str]) -> list[str]:
    return [n for n in names if n and has_words(text, n)]


_PLURAL = frozenset("they them their theirs themselves".split())
_SPEAKER_OR_PERSONAL = SPEAKER | PERSONAL
# "This is not the first time deadly stampedes have taken place during the Hajj": the
# "This" is the clause that follows, not something before.
_NOT_THE_FIRST = re.compile(r"(?:This|It) (?:is|was) not the first time (?!that\b)[a-z]+ [a-z]+", re.IGNORECASE)


def unresolved(text: str, names: Iterable[str] = (), people: Iterable[str] = ()) -> bool:
    """True when the text leans on context: a pronoun with no name before it, "I/we/you",
    or an opening "It/This/These" ("In 2002, an appeal against his conviction failed").
    A "they/them/their" needs a name of a group (a name not among ``people``) or two
    people before it: "Senator John McCain entered them into the Congressional Record"
    does not say what "them" is."""
    toks = [w.lower() for w in _words(text)]
    if not toks:
        return True
    if (toks[0] in ANAPHORIC_OPENERS and not _NOT_THE_FIRST.match(text)) or toks[0] in PERSONAL:
        return True
    if _SPEAKER_OR_PERSONAL.isdisjoint(toks):
        return False  # most sentences: no pronoun at all
    names = [n for n in names if n]
    persons = set(people)
    for i, tok in enumerate(toks):
        if tok in SPEAKER:
            return True
        if tok in PERSONAL:
            found = names_in(text[: _offset(text, i)], names)
            if not found:
                return True
            if tok in _PLURAL and persons and all(f in persons for f in found) and len(
                    [f for f in found if not any(f != g and f in g for g in found)]) < 2 \
                    and not any(_plural_noun(t) for t in toks[max(0, i - 10):i]):
                return True  # "the 270 people who lost their lives" names what "their" is
    return False


_PLURAL_NOUNS = frozenset("people children men women police staff crew public".split())


def _plural_noun(tok: str) -> bool:
    """A word that may be a plural noun: "people", "workers" (not "his", "was", "boss")."""
    return tok in _PLURAL_NOUNS or (len(tok) > 3 and tok.endswith("s") and not tok.endswith(("ss", "us", "is", "'s"))
                                    and tok not in STOPWORDS)


def _offset(text: str, index: int) -> int:
    for i, m in enumerate(WORD.finditer(text)):
        if i == index:
            return m.start()
    return len(text)


# --------------------------------------------------------------------------- roles


@lru_cache(maxsize=4096)
def role_text(role: str, person: str = "") -> str | None:
    """A role as an answer option ("First Minister of Scotland"), or None when it cannot
    stand alone: pronouns ("His brother"), the person's own name, too long or too short."""
    role = " ".join(role.strip(" ,;:").split())
    toks = [re.sub(r"['’]s$", "", w.lower()) for w in words(role)]
    if not toks or len(toks) > 12 or len(role) < 3:
        return None
    if any((t in PERSONAL or t in SPEAKER) and not w.isupper() for t, w in zip(toks, words(role))):
        return None  # "His brother", but "US President" is no "us"
    if toks[0] == "fellow":
        return None  # "fellow former Prime Minister": fellow of whom?
    if _COMMON_POSSESSIVE.match(role):
        return None  # "nation's former vice-minister for security": which nation?
    if person and any(p.lower() in toks for p in words(person) if len(p) > 2):
        return None
    if head(role).endswith("s") and not head(role).endswith(("ss", "us", "is", "ics")):
        return None  # a group ("pan-democratic councillors"), not one person's role
    # a past tense with an object is a clause: "Prime Minister of Ireland visited the White House"
    if not is_role_head(head(role)) or any(t in _past_to_base() and n in DETERMINERS_SET for t, n in zip(toks, toks[1:])):
        return None  # a fragment ("brainchild of Ford's Chief Executive Officer", "… visited the White House")
    if head(role) in RELATIONAL and not re.search(r"\s(?:of|to)\s|['’]s\s", role):
        return None  # "his Moroccan counterpart", "75 year-old brother": whose?
    first, _, rest = role.partition(" ")
    # "Father of another victim" opened its sentence; "Mossad historian" keeps its capital.
    titlecase = first[1:] == first[1:].lower()  # not an acronym ("CEO")
    # "New Zealand's Prime Minister": a modifier that starts a place name keeps its capital
    in_name = rest[:1].isupper() and first.lower() in {"new"}
    if titlecase and not in_name and (first.lower() in _LOWER_MODIFIERS or
                                      (first.lower() in _title_words() and rest == rest.lower())):
        role = first.lower() + (" " + rest if rest else "")
    return role


_COMMON_POSSESSIVE = re.compile(r"(?:the\s+)?(?:nation|country|company|state|city|party|team|club|government|firm|"
                                r"group|organi[sz]ation|province|region|league|side)['’]s\s", re.IGNORECASE)
_HEAD_END = re.compile(r"\s(?:of|for|at|in|to|with|from|on)\s.*$", re.IGNORECASE)
# Heads that many people share: "a member of …", "a supporter of …", never "the member".
_SHARED_HEADS = frozenset(
    "member one supporter fan resident citizen friend relative student employee colleague ally "
    "victim survivor witness critic volunteer "
    # many hold these at once: "a Republican Senator", "an Ottawa New Democrat MP"
    "senator representative mp lawmaker official officer spokesman spokeswoman spokesperson analyst councillor "
    "soldier player striker defender".split()
)


# Roles that are relations to someone else: they mean nothing without their anchor
# ("Moroccan counterpart" of whom?), unlike "mother of one of those killed".
RELATIONAL = frozenset(
    "counterpart brother sister mother father son daughter wife husband widow widower ex-husband ex-wife "
    "spouse partner fiancé fiancée girlfriend boyfriend parent child cousin uncle aunt nephew niece grandson "
    "granddaughter grandfather grandmother relative friend colleague successor predecessor rival opponent "
    "deputy aide assistant lawyer attorney founder co-founder".split()
)
# Agent nouns not in the role lexicon still name a role ("curator", "campaigner", "historian").
_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|man|woman|person|officer|official|chief|head|boss|leader|"
                    r"captain|coach|member|expert|maker|general|judge|dean|prince|princess|emperor|king|queen)$")


def is_role_head(word: str) -> bool:
    """A head word that names a role: in the role lexicon or an agent noun ("curator")."""
    return word in _title_words() or bool(_AGENT.search(word))


@lru_cache(maxsize=8192)
def anchored(role: str) -> bool:
    """The role says of what or where: "First Minister of Scotland", "Microsoft CEO",
    "Cuban vice-premier", "Paris's father" — not a bare "Vice President" or "industry minister"."""
    if re.search(r"\s(?:of|at|for|to|in)\s|['’]s\s", role):
        return True
    mods = _HEAD_END.sub("", role).split()[:-1]
    return any(m[:1].isupper() and m.lower() not in _name_titles() and m.lower() not in _LOWER_MODIFIERS
               for m in mods)


# Capitalised words that are part of a title, not its anchor ("Vice President", "Defense Minister").
_TITLE_PARTS = frozenset(
    "vice chief general first deputy executive financial operating managing attorney high supreme foreign home "
    "interior defense defence finance justice health education environment industry transport state prime "
    "majority minority shadow acting".split()
)


def head(role: str) -> str:
    """The head word of a role, lower case: "member" in "member of the committee"."""
    toks = _HEAD_END.sub("", role).split()
    return toks[-1].lower() if toks else ""


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Head words of roles from the shared role lexicon ("minister", "father", "striker")."""
    return frozenset(line.split("\t")[0].strip() for line in data_lines("roles/titles.txt"))


@lru_cache(maxsize=8192)
def with_article(role: str) -> str:
    """The role with the determiner it takes after "is": offices (a capitalised head) and
    "head of …" take "the" ("the First Minister of Scotland"), job words take "a/an" ("a
    Mossad historian", "a spokesman")."""
    low = role.lower()
    if low.startswith(DETERMINERS) or re.match(r"^(?:[A-Z]\S*\s+){0,2}\S+['’]s\s", role):
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


def past_forms() -> dict[str, str]:
    """Past tenses of news verbs with their base forms ("signed" -> "sign")."""
    return _past_to_base()


@lru_cache(maxsize=1)
def _past_to_base() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in data_lines("questions/verbs.txt"):
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


@lru_cache(maxsize=8192)
def has_verb(clause: str) -> bool:
    """True when a clause has a finite verb we know ("Jobs resigned", "X was released"),
    so it is a statement and not a fragment ("Jobs, born in San Francisco")."""
    table = _past_to_base()
    return any(t.lower() in _BE or t.lower() in _HAVE or t.lower() in table for t in clause.split()[1:])
# A subject holds no clause: "Whitmore stated Montalvo left …" is not about "Whitmore stated Montalvo".
_STOP_SUBJECT = re.compile(r",|\b(?:that|who|which|whom|whose|said|says|stated|states|told|tells|claimed|claims|"
                           r"reported|reports|announced|noted|added|argued|insisted|warned|explained|believes|"
                           r"believed|thinks|thought|when|after|before|while|if)\b", re.I)
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
    if not clause or _NEGATION.search(clause) or not clean_clause(clause):
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
    # "Having been initially placed in HM Prison Barlinnie, …": a participle, no subject
    if _STOP_SUBJECT.search(subject) or tokens[0].lower() in _PREPOSITIONS or re.match(r"\w+ing$", tokens[0]):
        return None
    # a verb we do not know inside the subject: "the ruling echoes a similar finding made …"
    if not names_in(subject, names) and (len(tokens[:i]) > 5 or any(
            re.sub(r"e?s$", "", t) in _past_to_base().values() for t in tokens[1:i] if t.islower() and t.endswith("s"))):
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
    # "The plant is one of two plants …" states, not happens; "Steve announced that Leopard
    # would be released": the date belongs to the reported clause, not to the announcing.
    if low in {"is", "are"} or _REPORTED.search(f"{low} {predicate}") or "," in predicate:
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
    return first[:1].isupper() and first.lower() not in _LOWER_MODIFIERS and first.lower() not in COMMON_OPENERS


# Words that open a sentence with a capital they lose inside a question ("Two more plants
# will close" -> "When will two more plants close?", "There never was" -> "that there never was").
COMMON_OPENERS = frozenset(
    "the a an this that these those there it its some many most more several all both each every few no "
    "one two three four five six seven eight nine ten dozens hundreds thousands millions our "
    "officials police authorities people experts researchers scientists analysts critics".split()
)
_REPORTED = re.compile(
    r"\b(?:that|would|could|should|might|said|says|announced|reported|claimed|stated|told|expected|planned|"
    r"hoped|predicted|warned|confirmed|revealed|noted|argued|insisted|believed|thought|estimated)\b", re.I)
_DATE_MENTION = re.compile(  # (the look-ahead skips words that cannot start a date)
    r"\b(?=[JFMASOND]|\d)(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|"
    r"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{4})?|(?:1[5-9]|20)\d\d(?:['’]?s)?)\b")


@lru_cache(maxsize=8192)
def reported(text: str) -> bool:
    """The clause reports or plans ("announced that …", "would be released"): a date in it
    need not be the date of its main verb."""
    return bool(_REPORTED.search(text))


@lru_cache(maxsize=4096)
def date_mentions(text: str) -> tuple[str, ...]:
    """The calendar dates written in a text ("May 2000", "24 November", "1988")."""
    return tuple(_DATE_MENTION.findall(text))


def lower_first(text: str) -> str:
    """The text with its first word in lower case when it is a common word ("There never
    was" -> "there never was"), unchanged when it may be a name ("Israel helped")."""
    first = text.split()[0] if text.split() else ""
    if first.lower().strip("[]") in COMMON_OPENERS or first.lower() in PERSONAL:
        return text[:1].lower() + text[1:] if text[:1] != "[" else text[:2].lower() + text[2:]
    return text


@lru_cache(maxsize=8192)
def trim_clause(text: str) -> str | None:
    """An event's clause up to the first comma after its verb, so a clause cut by the
    extractor still reads whole: "Jules Bianchi died at age 25, nine months after his
    serious accident at…" -> "Jules Bianchi died at age 25"; None when no verb comes first."""
    t = strip_lead(text.strip()).rstrip(" .;:,")
    if t.endswith(("…", "...")):
        # the last word may be cut too ("… 14 plants as…"): drop it and any dangling function words
        toks = t.rstrip("….").split()[:-1]
        while toks and toks[-1].lower().strip(",") in STOPWORDS:
            toks.pop()
        t = " ".join(toks)
    parts = t.rstrip(" ,").split(", ")
    for k in range(1, len(parts) + 1):
        head = ", ".join(parts[:k])
        if has_verb(head):
            # the verb must not end the clause: "Apple Corps' latest suit, filed" is a fragment
            return head if head.split()[-1].lower() not in _past_to_base() else None
    return None


@lru_cache(maxsize=8192)
def clean_clause(text: str) -> bool:
    """A clause as extractors give it, fit to show: not cut ("… as…"), no bracketed
    editing ("[t]here"), no quotes, a finite verb after the first word, no other date."""
    t = text.strip()
    first = t.split()[0].lower() if t.split() else ""
    if first in _BE or first in _HAVE or first in _past_to_base():
        return False  # no subject: "was carried out in New South Wales"
    return not t.endswith(("…", "...")) and not re.search(r"[\[\]\"“”]", t) and has_verb(t) and not date_mentions(t)


def _vague(subject: str, names: Iterable[str]) -> bool:
    """A bare "the deal" or "an appeal" does not say which one without the article."""
    toks = subject.split()
    if names_in(subject, names) or any(t[:1].isupper() for t in toks[1:]) or _proper_start(subject, names):
        return False
    return len(toks) < 4


# --------------------------------------------------------------------------- whole sentences

# A sentence that opens on a definite description with no name leans on the one before:
# "The plane crashed shortly after take-off", "The company said …"; so does one placed
# relative to another happening: "Five minutes later Javier Saviola was through on goal".
_DEFINITE_OPENER = re.compile(r"^(?:the|this|that|these|those|such|another|both|each|either|neither|its|their)\s+"
                              r"(?:[a-z0-9][\w'’-]*\s+){0,3}?[a-z][\w'’-]*\b(?!\s+(?:of|in|at|for|from)\s+[A-Z])")
_RELATIVE_OPENER = re.compile(r"^(?:(?:most|many|some|others|several|all|none|both|few)\s+(?:were|was|are|had|have|of (?:them|whom))\b|"
                              r"of (?:the )?\d[\d,]* (?:on board|aboard|people|passengers)\b|"  # "Of 307 on board, three …"
                              r"in (?:the|a) (?:first|second|third|latter|former|other) (?:case|instance|one)\b|"
                              r"(?:\S+\s+){0,4}?(?:later|earlier|afterwards|the next day|the following \w+|"
                              r"the same (?:day|time|week)|at that time|by then|since then)\b)", re.IGNORECASE)

# Words one of which ``_RELATIVE_OPENER`` needs: at the start, or anywhere (checked before it).
_RELATIVE_STARTS = ("most", "many", "some", "others", "several", "all", "none", "both", "few", "of", "in")
_RELATIVE_WORDS = ("later", "earlier", "afterwards", "the next day", "the following", "the same", "at that time",
                   "by then", "since then")


# "this history", "these allegations" point back; "this year" does not.
_DEMONSTRATIVE = re.compile(r"\b(?:this|these|those|such)\s+(?!year|week|month|morning|afternoon|evening|weekend|"
                            r"season|summer|winter|spring|autumn|fall|time\b|as\b)([a-z][\w'’-]*)", re.IGNORECASE)


# "such an accident", "A similar fast-track system": like one told before
_SUCH_A = re.compile(r"\bsuch an?\s+[a-z]|\b(?:a|the|another)\s+similar\b", re.IGNORECASE)
# A number standing for things the sentence before counted: "the NTSB is probing two over
# American soil", "The other three were released"; not "two of the victims", "aged two",
# "a level seven".
# (The look-ahead for a number word's first letter comes first: the look-behinds, run at
# every position, made this the dearest pattern of a bank.)
_BARE_NUMBER = re.compile(r"\b(?=[efnst])(?<!\baged )(?<!\bage )(?<!\bat )(?<!\bby )(?<!\bkilling )(?<!\bkilled )"
                          r"(?<!\binjuring )(?<!\binjured )(?<!\bwounding )(?<!\bwounded )"
                          # a label, not a count: "upgraded the crisis to a level seven", "Game Seven"
                          r"(?<!\blevel )(?<!\bcategory )(?<!\bstage )(?<!\bphase )(?<!\bgrade )(?<!\bgame )"
                          r"(?<!\bround )(?:two|three|four|five|six|seven|eight|nine|ten|"
                          r"eleven|twelve)\b(?=\s+(?:over|in|on|at|from|were|was|are|is|have|had|while|and|but|"
                          r"remain|remained|died|survived)\b|\s*[,.;:])", re.IGNORECASE)
# A definite description of someone or something met before, with nothing after it saying
# which: "the 31-year-old man", "claims made about him in the Freedom article", "the
# company said"; not "the man who shot …", "the report of the UN panel".
_REFERRED = (
    "man woman boy girl men women couple pair suspects suspect victims victim gunman gunmen driver pilot teenager "
    "article statement letter video interview incident accident crash company firm plane aircraft vehicle vessel "
    "patient event competition match game tournament region ship study survey conference meeting summit festival "
    "ruling deal project programme program plant site losses poll invitation issue proposal scheme").split()
_BACK_REFERENCE = re.compile(  # ("th" first, then the word boundary: the search skips to each "th")
    r"th(?<=\bth)(?:e|is|at)\s+(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(_REFERRED) + r")(?=\s*[,.;:]|\s+(?:was|were|is|are|had|has|have|said|says|"
    r"would|will|could|can|may|might|should|must|did|to|and|on|for|with|as|after|before|being|crashed|died|"
    r"cause|causes|led|left|came|began|continued|reached|took|made|happened|occurred|"
    r"(?!(?:who|whom|whose|that|which|of|in|at|from|named|called|known|by)\b)[a-z]+ed)\b)")


_NUMBER_WORDS = tuple("two three four five six seven eight nine ten eleven twelve".split())


# A "the" phrase with no name in it nor after it says which only in the article: "Who led
# the defending champions as David de Gea guarded the net?" (which champions?), "… second
# place in the constituency …"; "the Netherlands", "the Sea Org group", "the world" are fine.
_THE = re.compile(r"\bthe\s+", re.IGNORECASE)
_NAMING_PREPOSITIONS = frozenset("in into at for from on over against between about involving with by the".split())
_NOT_VAGUE = frozenset("world first last time same past end lead year day week month article".split())


def back_reference(text: str) -> bool:
    """The text names something met before with nothing saying which ("the poll
    conducted", "the initial invitation and …"; see ``_BACK_REFERENCE``)."""
    return bool(_BACK_REFERENCE.search(text))


# Quoted words before a noun are one modifier: the "cruel, inhumane and degrading" treatment of …
_QUOTED_MODIFIER = re.compile(r"^[\"“][^\"“”]{1,60}[\"”]\s+(?=[a-z])")


def vague_the(text: str) -> bool:
    """The text has a "the" phrase that says which only in the article: no capitalised
    word or number in it, no "of …" after it, nor "in/at/for/from" and a name."""
    for m in _THE.finditer(text):
        rest = _QUOTED_MODIFIER.sub("quoted ", text[m.end():], count=1)
        toks = rest.split()[:6]
        if not toks or toks[0].lower().strip(",.;:") in _NOT_VAGUE:
            continue
        for k, t in enumerate(toks[:5]):
            w = t.strip(",.;:?!\"“”")
            if not w or w[:1].isupper() or w[:1].isdigit() or w == "of":
                break  # named ("the Sea Org group") or told which ("the death of their daughter")
            if k and w in STOPWORDS:
                nxt = [x for x in rest.split()[k + 1:k + 3] if x != "the"][:1]
                if w in _NAMING_PREPOSITIONS and nxt and nxt[0][:1].isupper():
                    break  # "the constituency in Kowloon", "the conflict involving the Church of Scientology"
                return True
            if t[-1:] in ",.;:?!" or k == len(toks) - 1 or k == 4:
                return True
        # the phrase ran into a name or "of": it says which
    return False


def points_back(text: str, plural: bool = False) -> bool:
    """The text has a demonstrative that points to something before it: "these
    allegations", "this history" ("this has dropped" points inside the text; "this year"
    to the time of writing). With ``plural``, "these/those" only: in a quote, "this
    country" or "this investigation" is the speaker's own."""
    for m in _DEMONSTRATIVE.finditer(text):
        word = m.group(1).lower()
        if plural and m.group().split()[0].lower() not in ("these", "those"):
            continue
        if word not in _BE | _HAVE and word not in _past_to_base() and word not in STOPWORDS:
            return True
    return False


def leans_on_context(sentence: str, lead: bool = False) -> bool:
    """True when a sentence needs the one before it: "The plane crashed …", "Five minutes
    later …", "this history", a quote's continuation (opening in lower case or on a
    quotation mark) or an introduction to one ("the Church denied these allegations:").
    The ``lead`` of an article has none before it: a definite opener there introduces
    ("The crisis at a stricken nuclear plant on the northeast coast of Japan is …")."""
    s = strip_lead(sentence)
    if not s or s[0] in "\"“”'‘’([" or sentence.strip()[:1].islower() or sentence.rstrip().endswith(":"):
        return True
    # (the checks are cached by the text without its lead, so a sentence and the text shown
    # for it, the article's first sentence as lead or not, are checked once)
    return _points_outside(s) or (not lead and _refers_back(s))


@lru_cache(maxsize=4096)
def _points_outside(s: str) -> bool:
    """``leans_on_context`` in any sentence, the lead too: "such an accident", "these
    allegations", "Five minutes later …"."""
    # the patterns are searched only when the sentence has a word they need (a search over
    # the whole sentence costs more than a look for a few words)
    low = s.lower()
    if ("such" in low or "similar" in low) and _SUCH_A.search(s):
        return True  # "Indonesia saw such an accident on New Years' Day 2007"
    if any(w in low for w in ("this", "these", "those", "such")) and points_back(s):
        return True
    return (low.startswith(_RELATIVE_STARTS) or any(w in low for w in _RELATIVE_WORDS)) \
        and bool(_RELATIVE_OPENER.match(s))


@lru_cache(maxsize=4096)
def _refers_back(s: str) -> bool:
    """``leans_on_context`` after the lead: a bare number, a definite description met
    before ("the 31-year-old man"), a definite opener with no name ("The plane crashed")."""
    if any(w in s.lower() for w in _NUMBER_WORDS) and _BARE_NUMBER.search(s):
        return True
    if _BACK_REFERENCE.search(s):
        return True
    m = _DEFINITE_OPENER.match(s[:1].lower() + s[1:]) if not _NOT_THE_FIRST.match(s) else None
    # "The bombing of Pan Am Flight 103 …" names its subject; "The plane crashed" does not
    return bool(m) and not any(t[:1].isupper() for t in s.split()[1:4])


_CONNECTORS = frozenset("of the for de du al la le von van der del".split())
_NOT_NAMES = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday mr mrs ms dr sir".split())


@lru_cache(maxsize=4096)
def proper_names(sentence: str) -> tuple[tuple[int, str], ...]:
    """Capitalised names of two words or more that do not open the sentence, with their
    offsets: "HM Prison Barlinnie", "The Walt Disney Company" -> "Walt Disney Company",
    "the Bank of England". Titles alone ("Prime Minister") and dates are left out."""
    out: list[tuple[int, str]] = []
    if sum(w[:1].isupper() for w in sentence.split()[1:]) < 2:
        return ()  # a name here has two capitalised words
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence)]
    # a name starts on a capital (after a quotation mark or bracket): other words are skipped
    starts = [t[2].lstrip("\"“”‘’()")[:1].isupper() for t in toks]
    i = 1  # never the sentence's first word: its capital says nothing
    while i < len(toks):
        if not starts[i]:
            i += 1
            continue
        run: list[int] = []  # indexes into toks
        j = i
        while j < len(toks):
            tok = toks[j][2]
            w = tok.strip("\"“”‘’()") if not tok[:1].islower() else tok  # (most words: no strip)
            word = w.rstrip(".,;:!?")
            if word[:1].isupper() and word.replace("-", "").replace("'", "").replace("’", "").isalpha() \
                    and word.lower() not in _NOT_NAMES and not word.endswith(("'s", "’s")):
                run.append(j)
                if word != w or tok != w:
                    break  # punctuation or a quote ends the name
                j += 1
            elif run and tok in _CONNECTORS and j + 1 < len(toks) and toks[j + 1][2][:1].isupper():
                run.append(j)
                j += 1
            else:
                break
        if run and run[0] > 0 and _CAMEL.match(toks[run[0] - 1][2]):
            run = []  # the name starts with a brand in camel case: "the iTunes Music Store", not "Music Store"
        if run and toks[run[0]][2] in {"The", "A", "An"} and run[0] > 0 and toks[run[0] - 1][2].endswith(":"):
            run = []  # a title goes on after a colon: "Batman: The Animated Series"
        while run and toks[run[0]][2] in {"The", "A", "An"}:
            run.pop(0)  # "The Walt Disney Company" -> "Walt Disney Company": "the" stays in the prompt
        caps = [k for k in run if toks[k][2][:1].isupper()]
        if run and run[0] == 1 and toks[0][2][:1].isupper() and toks[0][2].isalpha():
            caps = []  # the name may start with the sentence: "Space Shuttle Discovery will …"
        if len(caps) >= 2:
            start, end = toks[run[0]][0], toks[run[-1]][1]
            text = sentence[start:end].rstrip(".,;:!?\"”’)")
            nxt = sentence[end:].lstrip()[:1]
            # "the Brady Campaign and Center to Prevent Gun Violence", "Nissan and Honda": a
            # name joined to another by "and"/"to" may be one name or two; leave it
            before = sentence[:start]
            joined = (before.rstrip() != before and before.rstrip().endswith(("and", "to", "&"))
                      and _JOINED_BEFORE.search(before)) or _JOINED_AFTER.match(sentence, end)
            if not joined and not nxt.isdigit() and not all(w.lower().strip(".,") in _name_titles()
                                                             for w in text.split() if w not in _CONNECTORS):
                out.append((start, text))
        i = max(j, i + 1)
    return tuple(out)


_TOKEN = re.compile(r"[^\s]+")
_CAMEL = re.compile(r"[a-z]+[A-Z]")
_JOINED_BEFORE = re.compile(r"[A-Z][\w.]*,?\s+(?:and|to|&)\s+$")
_JOINED_AFTER = re.compile(r"\s*,?\s+(?:and|to|&)\s+[A-Z]")


@lru_cache(maxsize=1)
def _name_titles() -> frozenset[str]:
    """Words that make a capitalised run a title, not a name ("Prime Minister")."""
    return _title_words() | _TITLE_PARTS


def names_subject(text: str) -> bool:
    """The text says what it is about: a name or a year after its first word, not only a
    weekday or month ("A sudden rain storm on Sunday night (March 4) caused …" could be
    anywhere; "At least _____ people have been reported injured." any accident)."""
    rest = text.split()[1:]
    return any((w[:1].isupper() and w.strip("().,;:").lower() not in _NOT_NAMES) or _YEAR_WORD.match(w)
               for w in rest)


_YEAR_WORD = re.compile(r"\(?(?:1[89]|20)\d\d\b")
