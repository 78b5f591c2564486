"""People: every named person with the fullest name, short forms and gender.

A person is a run of capitalised words that a cue marks as a person: a title or
honorific before it ("Defense Minister Avi Dror", "Mr. Howard"), a first name from the
shipped US Census list ("Avi Dror"), or a person context (", who", "said Dana Weiss",
"Tom Reed, a Boston lawyer"). Runs holding organisation, place or
calendar words ("Defense Ministry", "Western Sahara") and photo credits are skipped, and
so are things by their context: a label noun ("her novel Angel Catbird"), an article
("the Brady Bill"), "which"/"its" after them ("Mozilla Firefox, its rival"), acronyms
("Marussia F1"), function words ("Climb Up Kilimanjaro") and firm suffixes elsewhere
("Merrill Lynch & Co.").
After a person's title or honorific a place, title or month word is a surname ("Rep. Jim
Jordan", "Gov. Jim Justice", "Theresa May"), but ships ("USS Gerald Ford") are no people.
Later single words and "Mr. X" forms that match a person's surname become aliases; among
namesakes the honorific's gender picks one ("Mrs. Bush" is Laura, not George W. Bush), and a
form two of them fit is left out rather than given to the wrong one; an honorific whose gender
the only namesake's contradicts (by honorific, title or a pronoun right after the full name,
never by the first-name list alone) names another person.
Gender comes from honorifics, then from the pronouns that follow the person's mentions,
then from the first-name list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from ..models import Article, Person, Sentence
from ..text.data import data_lines

# --------------------------------------------------------------------------- lexicons


def _lines(path: str) -> list[list[str]]:
    return [line.split("\t") for line in data_lines(path)]


@dataclass(frozen=True)
class Lexicon:
    """The shipped word lists as sets (lower case), loaded once."""

    first_names: dict[str, str | None]  # name -> "male" | "female" | None
    honorifics: dict[str, str | None]
    titles: frozenset[str]  # role head words
    title_gender: dict[str, str]
    title_abbrevs: dict[str, str]  # "sen" -> "senator"
    nonperson: frozenset[str]
    labels: frozenset[str]  # thing nouns before a name: "her novel Angel Catbird"


_GENDER = {"m": "male", "f": "female"}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load the name and role lexicons from ``quizgen/data`` (cached)."""
    first = {row[0].lower(): _GENDER.get(row[1].strip()) for row in _lines("names/first_names.tsv")}
    hon = {row[0].lower(): _GENDER.get(row[1].strip()) for row in _lines("names/honorifics.txt")}
    titles, tgender = set(), {}
    for row in _lines("roles/titles.txt"):
        titles.add(row[0].strip())
        if len(row) > 1 and row[1].strip() in _GENDER:
            tgender[row[0].strip()] = _GENDER[row[1].strip()]
    abbrevs = {row[0].lower(): row[1].strip() for row in _lines("roles/abbreviations.txt")}
    nonperson = {w for row in _lines("names/nonperson.txt") for w in row[0].split()}
    nonperson |= {w + "s" for w in nonperson if w.endswith("an")}  # "Ethnic Albanians", "Americans"
    labels = {w for row in _lines("names/labels.txt") for w in row[0].split()}
    return Lexicon(first, hon, frozenset(titles), tgender, abbrevs, frozenset(nonperson), frozenset(labels))


# Capitalised words that start sentences or clauses but are never part of a name.
STOPWORDS = frozenset("""a an the this that these those his her its their our my your some any
all both each every no not in on at to for from by with of off into onto over under after
before during since until while when where whether why how what which who whom whose as
if but and or nor so yet also however meanwhile then thus still although though because
instead according despite among between against about above below near there here it he she
they we i you one two three four five six seven eight nine ten first last next former
late acting current besides meanwhile furthermore moreover today yesterday tomorrow tonight earlier later
now once like unlike under upon via per please thanks yes oh well just only even more most
many much several other another such same said says do does did is are was were be been
has have had will would can could may might must shall should let""".split())

# Months and weekdays trail names in news ("Prime Minister John Howard Tuesday").
_MONTHS = frozenset("""january february march april may june july august september october
november december""".split())
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday".split()) | _MONTHS


def _alternation(words: Sequence[str]) -> str:
    """A regex matching any of ``words``, grouped by first letter ("d(?:e|a|el)|v(?:an|on)")
    so the engine tries one branch per letter, not one per word."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "(?:" + "|".join(c + (f"(?:{'|'.join(rest)})" if len(rest) > 1 else rest[0])
                            for c, rest in groups.items()) + ")"


_UP = "A-ZÀ-ÖØ-Þ"
_DOTTED = frozenset("Mr Mrs Ms Dr Prof Rev Fr Sen Rep Gov Gen Lt Col Maj Capt Cpl Sgt Adm Cmdr Supt Insp Det Pres Amb Atty Asst Jr Sr St".split())
_PREFIXES = ("al-", "el-", "ad-", "as-", "ash-", "bin-", "ibn-", "abu-", "ben-")
_PARTICLE_WORDS = "de da del della der den di du dos das van von la le bin ibn al el y ter ten bint".split()
_INITIALS = rf"{_alternation(sorted(_DOTTED))}\."
# One capitalised word: an abbreviation or initial with its period, or a word (with an
# Arabic article prefix as in "al-Megrahi"), never a possessive "’s".
_WORD = rf"(?:{_INITIALS}|[{_UP}]\.|(?:{_alternation([p[:-1] for p in _PREFIXES])}-)?[{_UP}][\w\-]*(?:['’](?!s\b)[\w\-]+)*)"
_PARTICLES = _alternation(_PARTICLE_WORDS)
_PARTICLE_SET = frozenset(_PARTICLE_WORDS)
# What may follow a space inside a run: a capital, a particle or a prefix ("van", "al-");
# one character class test drops most lower-case words before the alternations are tried.
_NEXT = "".join(sorted({w[0] for w in _PARTICLE_WORDS + list(_PREFIXES)}))
# A plain character class first lets the regex engine jump from capital to capital (3x
# faster than a look-behind); whether the capital starts a word is checked afterwards
# ("then-US", "iPhone", "al-Megrahi"). The first word keeps a period ("Mr.", "Gen.").
_RUN = re.compile(rf"[{_UP}][\w\-]*(?:['’](?!s\b)[\w\-]+)*\.?(?:\s+(?=[{_UP}{_NEXT}])(?:{_PARTICLES}\s+)*{_WORD})*")
_TOKEN = re.compile(_WORD)

# Person contexts after a name: "X said", "X, who", "X, 45,", "X told".
_SPEECH = r"(?:said|says|told|added|noted|explained|stated|announced|wrote|argued|asked|replied|warned|insisted|claimed|testified|recalled|tweeted|commented|confirmed|denied|urged)"
_AFTER_CUE = re.compile(rf"(?:,\s*(?:who|whose|{_SPEECH})\b|,\s*\d{{1,3}},|\s+{_SPEECH}\b|\s+(?:has|had)\s+(?:said|told)\b|\s+\((?:\d{{1,3}}|[A-Z]-[A-Za-z. ]+)\))")
_SPEECH_BEFORE = frozenset(("said", "says", "asked"))  # also "according to": "said Dana Weiss"
_LOWER_WORDS = re.compile(r"[a-z][\w\-]*")
_FAMILY_NAME_FIRST = re.compile(r"^\S+ [A-Z][a-z]+-[a-z]+$")
_DETERMINERS = frozenset("the a an this that these its their".split())
_AFFILIATION = ("-based", "-owned", "-backed", "-run", "-led")
# Adherents before a name: "Scientologist Tom Cruise", "Islamist Ali Belhadj".
_ADHERENT = ("ist", "ists", "ite", "ites")
_OF_BEFORE = re.compile(r"\b(?:of|for)(?: the)?\s+$")
# Pronouns: group 1 male ("he", "him", "his", "himself"), else female. The pattern opens
# with a character class so the engine jumps from h/s to h/s (3x faster than a leading \b).
# Capitalised function words never stand inside a person's name: "Climb Up Kilimanjaro".
# ("To", "Or", "An" and "Do" are left out: they are Chinese, Korean and Vietnamese surnames.)
_INNER_STOP = frozenset("up down out of the and for with from by into upon over under against about without".split())
# Surnames that are also organisation or place words: a first name and one of them is a
# person, "activist Nathan Law won a seat", "Grace Park starred" (not "Victoria Station").
_SURNAME_TOO = frozenset("law park hall".split())
# Honorifics that make the next capitalised word a surname whatever it is: "Mr. Jordan".
_SURNAME_HONORIFICS = frozenset("mr mrs ms dr mister prof".split())
# ... but not after a royal or saint's title, nor when the word heads a place's or
# building's name: "Prince Edward Island", "Governor Phillip Square", "Queen Mary Hospital".
_ROYAL = frozenset("king queen prince princess emperor empress pope sultan emir sheikh saint".split())
_PLACE_HEADS = frozenset("""island islands river street road avenue square bridge lake sea ocean
bay gulf strait mountain mountains mount valley desert coast peninsula province state states
county district region republic kingdom territory capital village town fort port airport
hospital university college school academy station park hall centre center""".split())
# Ship prefixes: a ship named after a person is no person.
_VESSELS = frozenset("uss hms hmas hmcs hmnzs rms mv ss ins".split())
_ALONE_AFTER = re.compile(rf"\w|['’]s\b|-|\s+[{_UP}]")  # what may not follow a word standing alone
_QUOTE_OPEN = re.compile("[\"“”]")
_CAPS = re.compile(r"[A-Z][A-Z0-9]")  # cheap test before looking for an acronym
_ROMAN = frozenset("ii iii iv vi vii viii".split())
# People are "who" and "his"/"her"; things are "which" and "its": "Mozilla Firefox, its main rival".
_THING_AFTER = re.compile(r",?\s+(?:which|its)\b")
# A speech cue after the object of a preposition belongs to the sentence's subject:
# "Peter Boockvar, an equity strategist for Miller Tabak, commented".
_PREPOSITIONS = frozenset("of for at from with in on".split())
# A firm's name before "& Co." or a company suffix: "Merrill Lynch & Co.", "Polly Peck
# International Inc.", "Donaldson, Lufkin & Jenrette"; its mentions are no person.
_FIRM = re.compile(rf"((?:[{_UP}][\w\-]*,?\s+){{1,4}})(?:&\s*[{_UP}]|\+\s*Co\b|(?:Inc|Corp|Cos?|Ltd|LLC|PLC|AG|GmbH)\b)")
# What ends every _FIRM match; sentences without it skip that slow search. It opens with
# the suffixes' first characters so the engine jumps between them.
_FIRM_END = re.compile(rf"[&+ICLPAG](?:(?<=&)\s*[{_UP}]|(?<=\+)\s*Co\b|(?<=\sI)nc\b|(?<=\sC)(?:orp|os?)\b"
                       r"|(?<=\sL)(?:td|LC)\b|(?<=\sP)LC\b|(?<=\sA)G\b|(?<=\sG)mbH\b)")
_FIRM_WORD = re.compile(r"\s(?:Inc|Corp|Cos?|Ltd|LLC|PLC|AG|GmbH)\b")  # _FIRM_END but "&", "+"
_PRONOUNS = re.compile(r"[HhSs](?<!\w.)(?:(?<=[Hh])(?:(e|im|is|imself)|(ers?|erself))|(?<=[Ss])(he))\b")


def _key(word: str) -> str:
    return word.rstrip(".").lower()


@dataclass
class _Draft:
    name: str
    first: int  # order of first mention
    surname: str
    honorific_gender: str | None = None
    he: int = 0
    she: int = 0
    title_gender: str | None = None
    pronoun_gender: str | None = None  # from pronouns after the full name, asked of few ("": none)


def _caption_text(s: Sentence) -> str:
    """A caption without its trailing photo credit "(AP/Mosa’ab Elshamy)"."""
    if s.caption:
        m = re.search(r"\s*\([^()]*\)\s*$", s.text)
        if m:
            return s.text[:m.start()]
    return s.text


Span = tuple[int, int, int, "str | None"]  # (start, end, strength, honorific gender)


def person_spans(text: str) -> tuple[Span, ...]:
    """Candidate person names in one sentence: (start, end, strength, honorific gender).

    strength 2: a title or honorific or role word stands before it; 1: a first name or a
    person context marks it; 0: a capitalised word or two with no cue (alias candidates).
    """
    return tuple(_spans([text])[0][0])


@dataclass
class _Scan:
    """One article's sentence texts (captions without credits), their candidate names and
    the roles found at them, shared by people and roles so neither reads the text twice."""

    sentences: tuple[Sentence, ...]
    texts: list[str]
    spans: list[list[Span]]
    surnames: list[list[str]]  # the surname key of each span
    # where each one-word name stands, (sentence, start): whether one of them stands alone,
    # not as a thing ("the Falcon's bodyshell", "The Polaroid format"), is asked of few
    singles: dict[str, list[tuple[int, int]]]
    firmish: bool  # a company suffix may stand in the article ("& Co.", "Inc")
    # (sentence, index) of the spans that may name a person by themselves (a cue or more
    # than one word), and of the spans by surname key: people reads these, not every span
    named: list[tuple[int, int]]
    at_surname: dict[str, list[tuple[int, int]]]
    roles: dict[tuple[int, int, int], tuple[str, ...]]  # (sentence, start, end) -> roles
    # the people found and, per sentence, the (start, end, name) of their mentions, so
    # roles need not match mentions to people again
    people: tuple[str, ...] = ()
    mentions: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)

    def alone(self, word: str) -> bool:
        """The one-word name ``word`` stands somewhere with no determiner before it."""
        return any(not _determiner_near(self.texts[i], lo) for i, lo in self.singles.get(word, ()))


_last_scan: list[_Scan] = []  # the article scanned last: roles runs right after people on it


def scan(sentences: Sequence[Sentence]) -> _Scan:
    """The candidate names of an article's sentences; the last article's scan is reused."""
    key = tuple(sentences)
    if _last_scan and _last_scan[0].sentences == key:
        return _last_scan[0]
    texts = [_caption_text(s) if s.caption else s.text for s in key]
    done = _Scan(key, texts, *_spans(texts), {})
    _last_scan[:] = [done]
    return done


@lru_cache(maxsize=1)
def _never_alone() -> frozenset[str]:
    """Single capitalised words that are never a name: "The", "Israel", "Minister"."""
    lex = lexicon()
    return STOPWORDS | lex.nonperson | lex.titles | frozenset(lex.honorifics) | frozenset(lex.title_abbrevs)


@lru_cache(maxsize=1)
def _run_words() -> dict[str, int]:
    """Words that end the title part of a run, by kind: 1 honorific, 2 title ("president",
    "presidents", "sen"), 3 stop word; one dict look-up instead of four set tests."""
    lex = lexicon()
    kinds = dict.fromkeys(STOPWORDS, 3)
    kinds.update(dict.fromkeys((t + "s" for t in lex.titles), 2))
    kinds.update(dict.fromkeys(lex.titles, 2))
    kinds.update(dict.fromkeys(lex.title_abbrevs, 2))
    kinds.update(dict.fromkeys(lex.honorifics, 1))
    return kinds


@lru_cache(maxsize=1)
def _plain_breakers() -> frozenset[str]:
    """Words that make _cut_name cut a run or drop it (titles, honorifics, stop, calendar
    and organisation words): a two-word run with none of them is a name as it stands."""
    return frozenset(_run_words()) | _CALENDAR | lexicon().nonperson | _INNER_STOP


@lru_cache(maxsize=1)
def _never_alone_written() -> frozenset[str]:
    """The never-alone words as written in text ("The", "US", "Sen."), so most single-word
    runs are dropped by one set look-up, before any other work."""
    forms = set()
    for word in _never_alone():
        for form in (word.capitalize(), word.upper(), word.title()):
            for written in (form, form + "."):
                if written.rstrip(".").lower() == word and not any(c.isspace() for c in written):
                    forms.add(written)
    return frozenset(forms)


def _spans(texts: Sequence[str]) -> tuple:
    """The candidate names of each text, their surname keys, where each one-word name
    stands, whether a company suffix may stand in them, and the indexes of the spans that
    may name a person and by surname (the fields of _Scan), in one regex pass over the
    texts (joined with NUL, which no run can cross)."""
    out: list[list[Span]] = [[] for _ in texts]
    surs: list[list[str]] = [[] for _ in texts]
    singles: dict[str, list[tuple[int, int]]] = {}
    named: list[tuple[int, int]] = []
    at_surname: dict[str, list[tuple[int, int]]] = {}
    if not texts:
        return out, surs, singles, False, named, at_surname
    lex = lexicon()
    never_alone = _never_alone()
    titles, abbrevs = lex.titles, lex.title_abbrevs
    first_names, nonperson = lex.first_names, lex.nonperson
    title_words = titles  # lower-case title right before the name
    written_alone = _never_alone_written()
    plain_breakers = _plain_breakers()
    # a NUL first too, so every run has a character before it
    joined = "\0" + "\0".join(texts)
    sentence, base, limit = 0, 1, 1 + len(texts[0])
    text, found, sur = texts[0], out[0], surs[0]
    segs: list[str] = []  # every run: a company suffix after a space is one of their words
    for run in _RUN.finditer(joined):
        seg = run.group()
        segs.append(seg)
        lo = run.start()
        if seg in written_alone:  # never holds a space
            if joined[lo - 1] != "-":
                continue  # "The", "Israel" (a "-" before it may glue on "al-")
        elif " " in seg:
            tail = seg.rsplit(None, 1)[1].rstrip(".").lower()
            if tail in nonperson and tail not in _CALENDAR and not (
                    tail in _SURNAME_TOO and seg.count(" ") == 1 and seg.split(None, 1)[0].lower() in first_names) \
                    and not ((seg.count(" ") > 1 or "." in seg or seg[:seg.find(" ")].lower() in _SURNAME_HONORIFICS)
                             and _titled_surname(seg.split())):
                continue  # "Defense Ministry", "Western Sahara": the checks below would cut it all
        hi = lo + len(seg)
        if lo > limit:  # the run is in a later text
            while lo > limit:
                sentence += 1
                base, limit = limit + 1, limit + 1 + len(texts[sentence])
            text, found, sur = texts[sentence], out[sentence], surs[sentence]
        lo -= base
        hi -= base
        glued = False
        if lo and text[lo - 1] != " " and (text[lo - 1].isalnum() or text[lo - 1] in "-’'._"):
            prefix = _prefix_length(text, lo)
            lo -= prefix
            glued = not prefix
            seg = text[lo:hi]
        if " " not in seg:
            # one word: a name only after a title ("Mr. Howard" is a two-word run; this is
            # "counterpart Holm"), else an alias candidate
            if glued:
                continue
            word = seg[:-1] if seg[-1] == "." else seg  # its period ends a sentence or an initial
            key = word.lower()
            if key in never_alone or len(key) < 2:
                continue
            end = lo + len(word)
            strength = 0
            if lo > 1 and text[lo - 1] == " ":  # "counterpart Holm"
                prev = text[text.rfind(" ", 0, lo - 1) + 1:lo - 1].lower()
                if prev in titles or prev.rstrip(".") in abbrevs:
                    strength = 2
            spot = (sentence, len(found))
            found.append((lo, end, strength, None))
            if not (word.isalpha() and word.isascii()) or key in ("jr", "sr"):
                key = _surname(word)  # else the word is the surname key
            sur.append(key)
            if strength:
                named.append(spot)
            at_surname.setdefault(key, []).append(spot)
            singles.setdefault(word, []).append((sentence, lo))
            continue
        toks, keys = _tokens(seg, lo)
        if glued:
            toks, keys = toks[1:], keys[1:]  # "then-US President Bush": "US" belongs to "then-US"
        if not toks:
            continue
        titled, hon_gender = False, None
        if len(keys) == 2 and plain_breakers.isdisjoint(keys) and "-" not in seg \
                and not keys[0].endswith(("ly", "ing")):
            name = toks  # most runs: two plain words ("Benny Gantz"), none of the cuts below apply
        else:
            name, keys, titled, hon_gender = _cut_name(text, lo, seg, toks, keys)
            if not name:
                continue
        if _CAPS.search(seg) and any(_is_acronym(text[a:b]) for a, b, _ in name):
            continue  # "Canadian Auto Workers CAW", "Marussia F1"
        start, end = name[0][0], name[-1][1]
        if text[end - 1] == "." and keys[-1] not in ("jr", "sr") and len(keys[-1]) > 1:
            end -= 1
        # the words before the name, read once for every cue below (cheaper than a regex each)
        before = text[max(0, start - 40):start].rsplit(None, 3)[-3:] if start and text[start - 1] == " " else []
        last = before[-1].lower() if before else ""
        if titled or last in title_words or last.rstrip(".") in abbrevs:
            strength = 2  # "counterpart Lars Holm"
        elif _thing_context(before, uncut=name[0] is toks[0]) or _THING_AFTER.match(text, end):
            continue
        elif len(name) >= 2 and (
                keys[0] in first_names or last in _SPEECH_BEFORE or before[-2:] == ["according", "to"]
                or (_AFTER_CUE.match(text, end) and last not in _PREPOSITIONS)):
            strength = 1  # "John Smith", "said Dana Weiss", "Kalle Virtanen told"
        else:
            strength = 0
        spot = (sentence, len(found))
        found.append((start, end, strength, hon_gender if strength == 2 else None))
        # a plain last word after a space is the surname as its key ("Benny Gantz" -> "gantz")
        at = name[-1][0]
        word = text[at:end]
        key = keys[-1] if (at == start or text[at - 1] == " ") and word.isalpha() and word.isascii() \
            and keys[-1] not in ("jr", "sr") else _surname(text[start:end])
        sur.append(key)
        at_surname.setdefault(key, []).append(spot)
        form = word if at == start else text[start:end]
        if strength or " " in form:
            named.append(spot)
        if " " not in form:
            where = singles.get(form)
            if where is None:
                singles[form] = [(sentence, start)]
            else:
                where.append((sentence, start))
    # one search of the runs instead of the whole text: most articles name no firm
    firmish = "&" in joined or "+" in joined or bool(_FIRM_WORD.search(" " + " ".join(segs)))
    return out, surs, singles, firmish, named, at_surname


def _month_surname(text: str, lo: int, seg: str, keys: list[str], cut: int, n: int,
                   first_names: dict) -> bool:
    """A month ending a run is a surname, not a date, after a first name or an honorific
    and with no day number after it: "Prime Minister Theresa May", "Mrs. May" (but
    "John Howard May 5", "John Howard Tuesday")."""
    if n != len(keys) or keys[-1] not in _MONTHS or text[lo + len(seg):lo + len(seg) + 3].strip()[:1].isdigit():
        return False
    return (n - cut == 2 and keys[cut] in first_names) or (n - cut == 1 and cut and keys[cut - 1] in _SURNAME_HONORIFICS)


def _titled_surname(words: list[str]) -> bool:
    """A run ending in a place, organisation or title word that is a surname all the same,
    because a person's honorific or title (with a first name) stands before it: "Mr. Jordan",
    "Sen. Jordan", "Rep. Jim Jordan", "Gov. Jim Justice", "Sen. Angus King" (but "the Jordan
    River", "General Motors", "Prince Edward Island")."""
    if len(words) < 2:
        return False
    lex = lexicon()
    prev = words[-2].rstrip(".").lower()
    if prev in _SURNAME_HONORIFICS or (words[-2][-1] == "." and prev in lex.title_abbrevs):
        return True
    if len(words) < 3:
        return False
    title = words[-3].rstrip(".").lower()
    return prev in lex.first_names and words[-1].rstrip(".").lower() not in _PLACE_HEADS and (
        title in _SURNAME_HONORIFICS or (words[-3][-1] == "." and title in lex.title_abbrevs)
        or (title in lex.titles and title not in _ROYAL))


def _cut_name(text: str, lo: int, seg: str, toks: list[tuple[int, int, str]],
              keys: list[str]) -> tuple[list[tuple[int, int, str]], list[str], bool, str | None]:
    """The name in a run of capitalised words at ``lo``: (tokens, keys, titled, honorific
    gender), or no tokens when the run names no person.

    The name is what follows the last title, honorific or stop word of the run, without
    calendar words after it or an organisation before it.
    """
    lex = lexicon()
    run_words, first_names, nonperson = _run_words(), lex.first_names, lex.nonperson
    cut = 0
    titled = False
    hon_gender = None
    if not _VESSELS.isdisjoint(keys):
        return [], keys, titled, hon_gender  # "the USS Gerald Ford", "HMS Queen Elizabeth"
    # most runs hold no title, honorific or stop word, nor a hyphen, nor an adverb first
    # ("Certainly …")
    if not run_words.keys().isdisjoint(keys) or "-" in seg or keys[0].endswith(("ly", "ing")):
        for i, k in enumerate(keys):
            kind = run_words.get(k)
            if kind == 1:
                cut, titled, hon_gender = i + 1, True, lex.honorifics[k]
            elif kind == 2:
                # A title word that is also a first name, before one surname, is the
                # first name: "inventor Dean Kamen said"; before a full name it is the
                # title: "Dean Ann Reed" ("Dean of …" never joins a run).
                if i == len(keys) - 2 and k in first_names and keys[-1] not in first_names \
                        and keys[-1] not in run_words:
                    continue
                # A title word ending a name that opens with a first name is the surname:
                # "Gov. Jim Justice", "Steve King", "Dr. Martin Luther King Jr."
                if i > cut and keys[cut] in first_names and k not in lex.title_abbrevs and (
                        i == len(keys) - 1 or (i == len(keys) - 2 and keys[-1] in ("jr", "sr"))):
                    continue
                cut, titled = i + 1, True  # "Presidents Leonid Kuchma and …"
            elif "-" in k and k.endswith(_AFFILIATION):
                cut = i + 1  # "Atlanta-based BellSouth"
            elif i == cut and (kind == 3 or (k.endswith(("ly", "ing")) and k not in first_names)):
                cut = i + 1  # "Certainly Saddam Hussein …", "Chanting Helmut Kohl …"
    # "Secretary of State John Kerry", "… for Acquisition Darleen Druyun": a title's
    # "of"-phrase runs into the name; the name starts at the first first name after it
    for j in range(cut, len(keys) - 2):
        if keys[j + 1] in first_names:
            if keys[j] in nonperson or (keys[j].endswith(_ADHERENT) and keys[j] not in first_names):
                cut = j + 1
            elif _OF_BEFORE.search(text, max(0, lo - 8), lo) and any(
                    w in lex.titles for w in _LOWER_WORDS.findall(text[max(0, lo - 60):lo].lower())):
                cut, titled = j + 1, True
    n = len(keys)
    while n > cut and keys[n - 1] in _CALENDAR and not _month_surname(text, lo, seg, keys, cut, n, first_names):
        n -= 1
    if n == cut or n - cut > 5:
        return [], keys, titled, hon_gender
    if cut or n < len(keys):
        name, keys = toks[cut:n], keys[cut:n]
    else:
        name = toks
    if not nonperson.isdisjoint(keys) and not (
            len(keys) == 2 and keys[1] in _SURNAME_TOO and keys[0] in first_names) and not (
            titled and len(keys) <= 2 and n == len(toks) and nonperson.isdisjoint(keys[:-1])
            and _titled_surname(seg.split())):
        # "Amnesty International Iason Athanasiadis-Fowden": a name after an organisation
        cut = max(i + 1 for i, k in enumerate(keys) if k in nonperson)
        if cut > len(name) - 2:
            return [], keys, titled, hon_gender  # "Defense Ministry"
        name, keys = name[cut:], keys[cut:]
        if not nonperson.isdisjoint(keys):
            return [], keys, titled, hon_gender
    if keys[0] in STOPWORDS or (len(name) == 1 and len(keys[0]) < 2):
        return [], keys, titled, hon_gender
    if not _INNER_STOP.isdisjoint(keys[1:]):
        return [], keys, titled, hon_gender  # "Climb Up Kilimanjaro"
    return name, keys, titled, hon_gender


def _tokens(seg: str, lo: int) -> tuple[list[tuple[int, int, str]], list[str]]:
    """The words of a capitalised run at text offset ``lo``, (start, end, key), and their
    keys, without the lower-case particles ("bin" in "Osama bin Laden"). A run's words are
    whitespace separated, so ``str.split`` replaces a second regex pass (4x cheaper)."""
    words = seg.split()
    spaced = " ".join(words) == seg  # single spaces: offsets add up, no need to find words
    if spaced and "." not in seg and _PARTICLE_SET.isdisjoint(words):
        # most runs: capitalised words one space apart, lower-cased at once
        keys = seg.lower().split(" ")
        out = []
        at = lo
        for w, k in zip(words, keys):
            end = at + len(w)
            out.append((at, end, k))
            at = end + 1
        return out, keys
    out, keys = [], []
    at = lo
    for w in words:
        if not spaced:
            at = lo + seg.find(w, at - lo)
        end = at + len(w)
        if w[0].isupper() or "-" in w:
            if w[-1] == "." and w[:-1] not in _DOTTED and len(w) > 2:
                key = w[:-1].lower()
                out.append((at, end - 1, key))  # "Howard." ends a sentence
            else:
                key = w.rstrip(".").lower()
                out.append((at, end, key))
            keys.append(key)
        at = end + 1 if spaced else end
    return out, keys


def _determiner_near(text: str, start: int) -> bool:
    """A determiner and at most one word (no possessive) before ``start`` make the word there
    a thing: "the \"iconic\" Ford Falcon", "The Polaroid format", "the Kilimanjaro team"."""
    if not start or not text[start - 1].isspace():
        return False
    words = text[max(0, start - 30):start].rsplit(None, 2)[-2:]
    if not words:
        return False
    if words[-1].lower() in _DETERMINERS:
        return True
    return len(words) == 2 and words[0].lower() in _DETERMINERS and "'" not in words[1] and "’" not in words[1]


def _is_acronym(token: str) -> bool:
    """An all-capitals token of two or more characters ("CAW", "UNC", "F1"), not a numeral ("III")."""
    return len(token) > 1 and token.isupper() and token.isalnum() and token.lower() not in _ROMAN


def _thing_context(before: list[str], *, uncut: bool) -> bool:
    """Words before an untitled name that make it a thing or part of one: a label noun
    ("her graphic novel Angel Catbird"), an article ("the Brady Bill"), or a capitalised
    name it continues through "of"/"for" ("the Centre for Control of Iodine Deficiency
    Disorders", "University of Texas Arlington")."""
    if not before:
        return False
    last = before[-1].lstrip("\"“‘'`(")
    if last in lexicon().labels or last.lower() in ("the", "a", "an"):
        return True
    if not uncut:
        return False
    if last == "the":
        before = before[:-1]
    return len(before) > 1 and before[-1] in ("of", "for") and before[-2][0].isupper() and before[-2][-1].isalnum()


def _prefix_length(text: str, lo: int) -> int:
    """Length of an Arabic article glued before a capital ("al-" in "al-Megrahi"), else 0."""
    for p in _PREFIXES:
        at = lo - len(p)
        if at >= 0 and text.startswith(p, at) and (at == 0 or not text[at - 1].isalnum()):
            return len(p)
    return 0


def _surname(name: str) -> str:
    """The last name word, lower case, without "Jr."/"Sr." ("Benny Gantz" -> "gantz")."""
    last = name[name.rfind(" ") + 1:]
    # a plain capitalised last word ("Gantz", "Athanasiadis-Fowden") is the last token
    # the regex would find: skip it for most names
    if last[:1].isascii() and last[:1].isupper() and (len(last) == 1 or last[1:].replace("-", "").isalnum()):
        key = last.lower()
        if key not in ("jr", "sr"):
            return key
    toks = [_key(t) for t in _TOKEN.findall(name)]
    toks = [t for t in toks if t not in ("jr", "sr")]
    return toks[-1] if toks else name.lower()


def extract_people(article: Article, sentences: Sequence[Sentence]) -> list[Person]:
    """The named people of the article, in order of first mention.

    Skips organisations, places, events, nationalities and photo credits; a single word is a
    person only with a title or honorific ("Mr. Howard", "President Obama") or as the
    short form of a fuller name.
    """
    lex = lexicon()

    found_in = scan(sentences)
    texts, raw = found_in.texts, found_in.spans
    firms = _firm_names(texts) if found_in.firmish else set()
    # people: fullest names with a cue; merge forms that share first and last words
    drafts: dict[str, _Draft] = {}
    surnames: set[str] = set()
    order = 0
    for i, j in found_in.named:  # the spans with a cue or of more than one word
        text = texts[i]
        start, end, strength, hon = raw[i][j]
        sur = found_in.surnames[i][j]
        name = text[start:end]
        if strength == 0:
            # "Tom Reed, a Boston lawyer": a stated role marks a person; so does the
            # surname standing alone elsewhere ("Abdelbaset al-Megrahi" … "al-Megrahi")
            if not ((found_in.alone(name.rsplit(None, 1)[1]) and not _determiner_near(text, start))
                    or _roles.roles_in(found_in, i, start, end)):
                continue
        elif " " not in name and _key(name) in surnames:
            # "Mr. Bush … Mrs. Bush": an honorific of the other gender than every
            # namesake's names another person, named with the honorific
            genders = {_said_gender(d) or _gender_near(found_in, d) for d in drafts.values()
                       if d.surname == sur} if hon else ()
            if not hon or hon in genders or not any(genders):
                continue
            name = f"{text[text.rfind(' ', 0, start - 1) + 1:start].strip()} {name}"
        if firms and any(f == name or f.startswith(name + " ") for f in firms):
            continue
        d = drafts.get(name)
        if d is None:
            d = drafts[name] = _Draft(name, order, sur)
            surnames.add(d.surname)
            order += 1
        if hon and not d.honorific_gender:
            d.honorific_gender = hon
        if not d.title_gender:  # "Spokeswoman Noa Tal"
            before = text[max(0, start - 30):start].rsplit(None, 1)
            if before and before[-1].lower() in lex.title_gender:
                d.title_gender = lex.title_gender[before[-1].lower()]
    people = _merge(drafts)

    # aliases: later short forms ("Dror", "Mr. Howard")
    by_surname: dict[str, list[_Draft]] = {}
    for d in people:
        by_surname.setdefault(d.surname, []).append(d)
    aliases: dict[str, list[str]] = {d.name: [] for d in people}
    mentions: dict[int, list[tuple[int, _Draft]]] = {}  # by sentence, of those with any
    named: dict[int, list[tuple[int, int, str]]] = {}
    # the spans of the people's surnames, in text order
    spots = sorted(spot for sur in by_surname for spot in found_in.at_surname.get(sur, ()))
    for i, j in spots:
        text = texts[i]
        start, end, _, _ = raw[i][j]
        cands = by_surname[found_in.surnames[i][j]]
        form = text[start:end]
        honword = text[text.rfind(" ", 0, max(0, start - 1)) + 1:start].strip()
        honkey = _key(honword) if honword[:1].isupper() else ""
        hon = lex.honorifics.get(honkey)
        target = _pick(cands, form, hon)
        if target is None:
            continue
        mentions.setdefault(i, []).append((end, target))
        named.setdefault(i, []).append((start, end, target.name))
        # a short form told apart from a namesake only by its honorific ("Mrs. Bush") is
        # no alias by itself: "Bush" alone could be either
        if form != target.name and form not in aliases[target.name] and (
                len(form.split()) == 1 or form in target.name) and not (hon and len(cands) > 1):
            aliases[target.name].append(form)
        if honkey in lex.honorifics and f"{honword} {form}" not in aliases[target.name] \
                and f"{honword} {form}" != target.name:
            aliases[target.name].append(f"{honword} {form}")
            target.honorific_gender = target.honorific_gender or hon
    found_in.people, found_in.mentions = tuple(d.name for d in people), named
    # "Rep. Jim Jordan … Jordan said", "Dr. King", "Mrs. May": a surname that is also a
    # place, organisation, title or calendar word is no candidate by itself
    # (not stop words: "James To" … "To" opens too many sentences to be his)
    for d in people:
        if (d.surname in lex.nonperson or d.surname in lex.titles or d.surname in _MONTHS) \
                and (d.surname not in STOPWORDS or d.surname in _MONTHS) and " " in d.name:
            for form in _word_surname_forms(d.name, d.surname, texts):
                if form not in aliases[d.name]:
                    aliases[d.name].append(form)

    # gender votes: a pronoun goes to the nearest person before it in its sentence, else to
    # the first person (the subject) of the previous sentence: "Weiss said … . “…,” he said."
    # Only people without an honorific, gendered title or known first name need votes:
    # sentences whose pronouns could only go to others are not scanned.
    stated = [_stated_gender(d) for d in people]
    unknown = {id(d) for d, gender in zip(people, stated) if not gender}
    # only sentences with a mention, or after one, can give a vote
    for i in sorted(mentions.keys() | {i + 1 for i in mentions}) if unknown else ():
        here, last = mentions.get(i, ()), mentions.get(i - 1)
        if i == len(texts) or (not here or unknown.isdisjoint([id(d) for _, d in here])) and not (
                last and id(last[0][1]) in unknown):
            continue
        # with no one in the sentence before, a pronoun before its first mention has no one
        for m in _PRONOUNS.finditer(texts[i], 0 if last else here[0][0]):
            before = [d for end, d in here if end <= m.start()]
            if before:
                target = before[-1]
            elif last:
                target = last[0][1]
            else:
                continue
            if m.group(1):
                target.he += 1
            else:
                target.she += 1

    return [Person(d.name, tuple(aliases[d.name]), gender or _pronoun_gender(d))
            for d, gender in zip(people, stated)]


def _word_surname_forms(name: str, surname: str, texts: Sequence[str]) -> list[str]:
    """The short forms of a person whose surname is also a common capitalised word: after an
    honorific ("Dr. King", "Mrs. May"), or standing alone with no determiner, capital or
    capitalised word next to it ("Jordan said", not "the Jordan River", "In Jordan", "King
    Salman"; a month or title word alone is too often itself)."""
    word = next(w for w in reversed(name.split()) if _key(w) == surname)
    lex = lexicon()
    bare_ok = surname not in _MONTHS and surname not in lex.titles
    forms: list[str] = []
    t = "\0".join(texts)  # one search for the article: a NUL ends a word like a space
    at = t.find(word)
    while at >= 0:
        lo, hi = at, at + len(word)
        at = t.find(word, hi)
        # a whole word, not possessive, hyphenated or before a capitalised word
        if lo and (t[lo - 1].isalnum() or t[lo - 1] in "-.’'_") or _ALONE_AFTER.match(t, hi):
            continue
        prev = t[max(0, lo - 30):lo].rsplit(None, 1)[-1:] or [""]
        prev = prev[0].rsplit("\0", 1)[-1]
        if prev[:1].isupper() and _key(prev) in lex.honorifics:
            form = f"{prev} {word}"
        elif not bare_ok or prev.lower() in _DETERMINERS or (prev[:1].isupper() and prev[-1].isalpha()):
            continue
        else:
            form = word
        if form not in forms:
            forms.append(form)
    return forms


def _firm_names(texts: Sequence[str]) -> set[str]:
    """Names the article writes with a company suffix ("Merrill Lynch & Co." -> "Merrill Lynch")."""
    if not _FIRM_END.search("\0".join(texts)):  # one search for the whole article: most have no firm
        return set()
    return {" ".join(m.group(1).replace(",", " ").split())
            for text in texts if _FIRM_END.search(text) for m in _FIRM.finditer(text)}


def _pick(cands: list, form: str, honorific: str | None = None):
    """The person (draft or Person) a name form refers to among those sharing its surname.

    After a gendered honorific, among namesakes, the one whose gender fits it: "Mrs. Bush"
    is Laura Bush, not George W. Bush; none when two fit ("Mr. Bush" with George and Jeb
    Bush) or none does, rather than the wrong one.
    """
    if not cands:
        return None
    words = form.split()
    if len(words) == 1:  # a short form: the person of that name, else the first namesake
        if honorific and len(cands) > 1:
            fits = [d for d in cands if _gender(d) in (honorific, None)]
            return fits[0] if len(fits) == 1 else None
        for d in cands:
            if form == d.name:
                return d
        return cands[0]
    first = _key(words[0])
    for d in cands:
        if form == d.name or _key(d.name.split(None, 1)[0]) == first:
            return d
    return None


def _gender(d: _Draft | Person) -> str | None:
    """The gender known for a draft (stated) or a person."""
    return _stated_gender(d) if isinstance(d, _Draft) else d.gender


def _merge(drafts: dict[str, _Draft]) -> list[_Draft]:
    """One draft per person: "George Bush" folds into "George W. Bush", "Obama" into "Barack Obama"."""
    items = sorted(drafts.values(), key=lambda d: (-len(d.name.split()), d.first))
    kept: list[_Draft] = []
    honorifics = lexicon().honorifics
    for d in items:
        words = d.name.split()
        if len(words) > 1 and _key(words[0]) in honorifics:
            words = words[1:]  # "Mrs. Bush", named so for a gender conflict
        sur, first, gender = d.surname, _key(words[0]), _said_gender(d)
        for k in kept:
            if gender and _said_gender(k) not in (None, gender):
                continue  # "Mrs. Bush" is not "George Bush"
            if k.surname == sur and (len(words) == 1 or _key(k.name.split()[0]) == first):
                k.first = min(k.first, d.first)
                k.honorific_gender = k.honorific_gender or d.honorific_gender
                k.title_gender = k.title_gender or d.title_gender
                break
        else:
            kept.append(d)
    return sorted(kept, key=lambda d: d.first)


def _said_gender(d: _Draft) -> str | None:
    """The gender an honorific, a gendered title or the pronouns after the full name give
    ("Mrs. Bush", "Spokeswoman Noa Tal", "Laura Bush … She"): surer than the first-name
    list ("Bertie" is mostly a woman's name in the Census), so only it splits namesakes."""
    return d.honorific_gender or d.title_gender or d.pronoun_gender or None


def _gender_near(found: _Scan, d: _Draft) -> str | None:
    """The gender the subject pronouns right after the draft's full name give, before the
    next name in its sentence ("Laura Bush said she …"): what the article states, where
    pronouns further on are often another's. Asked only when an honorific's gender may
    contradict a namesake's ("Mr. Bush"); kept on the draft."""
    if d.pronoun_gender is not None:
        return d.pronoun_gender or None  # "": asked before, no pronoun says
    he = she = 0
    texts, spans = found.texts, found.spans
    for i, j in found.at_surname.get(d.surname, ()):
        start, end, strength, _ = spans[i][j]
        if not strength or texts[i][start:end] != d.name:
            continue
        later = [s for s, _, _, _ in spans[i] if s > end]
        # subject pronouns outside quotes only: "her" and quoted words are often another's
        # ("Mark Tedeschi, QC, "Gloria spent … her life"); those of later sentences too
        # ("The widow of James Brady … . James Brady also died … . She is survived by …")
        part = _QUOTE_OPEN.split(texts[i][end:later[0] if later else len(texts[i])], 1)[0]
        for m in _PRONOUNS.finditer(part):
            word = m.group().lower()
            he += word == "he"
            she += word == "she"
    d.pronoun_gender = "male" if he > 2 * she else "female" if she > 2 * he else ""
    return d.pronoun_gender or None


def _stated_gender(d: _Draft) -> str | None:
    """Honorific, then gendered title, then first name: the gender the article's words
    give, before any pronoun is counted.

    The first-name list is not used for names like "Kim Jong-un" or "Lee Cheuk-yan",
    where the family name comes first and the list would read a surname.
    """
    if d.honorific_gender or d.title_gender:
        return d.honorific_gender or d.title_gender
    if "-" in d.name and _FAMILY_NAME_FIRST.search(d.name):
        return None
    return lexicon().first_names.get(_key(d.name.split()[0])) or None


def _pronoun_gender(d: _Draft) -> str | None:
    """The gender most of the pronouns that follow the person's mentions give."""
    if d.he > 2 * d.she:
        return "male"
    if d.she > 2 * d.he:
        return "female"
    return None


def resolve(name: str, people: Sequence[Person]) -> Person | None:
    """The person a name form refers to: full name, alias or surname ("Weiss", "Mr. Howard").

    Returns None when no person matches or the form is ambiguous between two people.
    """
    form = name.strip()
    if not form:
        return None
    for p in people:
        if form == p.name or form in p.aliases:
            return p
    sur = _surname(form)
    first = _key(form.split()[0])
    cands = [p for p in people if _surname(p.name) == sur]
    if len(form.split()) > 1:
        honorifics = lexicon().honorifics
        cands = [p for p in cands if _key(p.name.split()[0]) == first or first in honorifics]
        if len(cands) > 1 and honorifics.get(first):  # "Mrs. Bush": the namesake of her gender
            cands = [p for p in cands if p.gender in (honorifics[first], None)]
    return cands[0] if len(cands) == 1 else None


# roles builds on people, and a stated role also marks a person ("Tom Reed, a Boston
# lawyer"): imported last, so either module may be imported first
from . import roles as _roles  # noqa: E402
