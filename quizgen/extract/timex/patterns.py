"""The compiled patterns of the temporal tagger: an ordered list of named expression kinds and a trigger prefilter.

At each position the first kind that matches wins, so longer kinds come first ("the past five
months" before "the past", "Nov. 24, 2021" before "2021"); :func:`master` joins them into the
one alternation the fast scan must equal. Spans follow TimeML: modifiers ("early", "about",
"more than") are inside, prepositions outside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text import regex
from .lexicon import DECADE_WORDS, ORDINALS


def trie(words, *, case: bool = False) -> str:
    """A regex matching any of ``words``, factored by prefix ("t(?:en|hree|wo)").

    Python's regex engine tries the branches of an alternation one by one; a trie makes it
    look at each character once, which is what keeps the tagger at thousands of articles/s.
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in (w if case else w.lower()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(root)


def _alt(words) -> str:
    """An alternation of literal words, as a trie (the longest match wins by backtracking)."""
    return trie(words)


_ = r"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)"  # a space, at most one line break
H = r"(?:[ \t\u00a0]*-[ \t\u00a0]*|[ \t\u00a0]+)"  # hyphen or space: "third-quarter", "third quarter"
B = r"(?![\w-])(?!'(?!s\b|'))"  # word end that refuses "2000s" -> "2000" and "now-defunct", allows "Friday's", "days''"

_MONTHS_CAP = "January February March April May June July August September October November December".split()
MONTH_FULL = "(?-i:" + trie(_MONTHS_CAP + [m.upper() for m in _MONTHS_CAP], case=True) + ")"
MONTH_ABBR = "(?-i:" + trie("Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split(), case=True) + ")"
# "Nov. 24" / "Nov 24" / "November": abbreviations need a dot or a following number.
MONTH = rf"(?:{MONTH_FULL}(?![\w-])|{MONTH_ABBR}(?:\.|(?=[ \t]+\d)(?!\w)))"
_DAYS_CAP = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
WEEKDAY = "(?-i:" + trie(_DAYS_CAP + [d.upper() for d in _DAYS_CAP], case=True) + ")"
WEEKDAYS = "(?-i:" + trie([d + "s" for d in _DAYS_CAP] + [d.upper() + "S" for d in _DAYS_CAP], case=True) + ")"

_DAY_ORD_W = [w for w, n in ORDINALS.items() if w not in ("last", "final")] + [
    "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
    "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirty-first"]
_DAY_ORD = trie(_DAY_ORD_W)
DAYNUM = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:,.]?\d)|(?:{_DAY_ORD})\b)"

_ONES_W = "one two three four five six seven eight nine".split()
_TEENS_W = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS_W = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ONES, _TEENS, _TENS = trie(_ONES_W), trie(_TEENS_W), trie(_TENS_W)
# "nineteen ninety-six", "two thousand and one", 4-digit years 1000-2099, "'98" after a month
YEAR_WORDS = (rf"(?:nineteen|twenty){H}(?:(?:{_TENS})(?:{H}(?:{_ONES}))?|{_TEENS}|hundred)(?![\w-])"
              rf"|two{H}thousand(?:(?:{_}and)?{_}(?:{_TEENS}|{_ONES}|(?:{_TENS})(?:{H}(?:{_ONES}))?))?(?![\w-])")
YEAR4 = r"(?<![\d$#.,])(?:1\d|20)\d\d(?![\d%]|,\d|\.\d|-(?:year|month|day|week|old))"
YEAR = rf"(?:{YEAR4}|{YEAR_WORDS})"

_NUMWORD = "(?:" + trie(_TENS_W + _TEENS_W + _ONES_W + ["hundred", "thousand", "dozen"]) + ")"
NUM = (rf"(?:\d+(?:\.\d+)?(?:{H}?\d/\d|½)?|{_NUMWORD}(?:{H}{_NUMWORD})*(?:{_}and{_}(?:a|one){H}half)?"
       rf"|an?(?:{_}(?:hundred|dozen|half|single))?|half{_}an?|a{_}couple{_}of|couple{_}of|a{_}few|few|several|many|some|numerous)")
QUANT = rf"(?:{NUM}(?:{_}(?:or|to|and|-){_}{NUM}|\s*-\s*\d+)?)"
UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millennium|millennia)"
UNIT_PL = r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
UNIT_ONE = r"(?:second|minute|hour|day|week|month|quarter|year|decade|century)"
DURMOD = (r"(?:about|around|approximately|roughly|nearly|almost|some|more{_}than|less{_}than|fewer{_}than|"
          r"at{_}least|at{_}most|up{_}to|over(?={_}an?\b)|under(?={_}an?\b)|no{_}more{_}than|no{_}less{_}than|(?:just|well){_}(?:over|under)|"
          r"a{_}little{_}(?:more|less){_}than|upwards{_}of|in{_}excess{_}of)").replace("{_}", _)
DATEMOD = (rf"(?:(?:early|late|mid|middle|earlier|later|around|about|circa|sometime)(?:{H}|(?=\d))|"
           rf"the{_}(?:beginning|start|end|middle|close|turn|rest|remainder|first{_}half|second{_}half|last{_}half|"
           rf"latter{_}half|early{_}part|latter{_}part|later{_}part|first{_}part|dawn){_}of{_}(?:the{_})?)")
SEASON = r"(?:spring|summer|fall|autumn|winter)"
PART = r"(?:morning|afternoon|evening|night|overnight)"
REL = r"(?:last|next|this|coming|past|current|previous|following|same|latest|present|upcoming|prior|this{_}coming|this{_}past)".replace("{_}", _)
ORDQ = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final)"
ZONE = r"(?:local{_}time|(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|CEST)\b|Greenwich{_}Mean{_}Time)".replace("{_}", _)
CLOCK = (r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|a\.m|p\.m|(?-i:am|pm|AM|PM)\b)|(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"
         rf"|\d{{1,2}}(?::\d\d)?{_}o'clock|noon|midnight|midday|\d{{1,2}}{_}in{_}the{_}(?:morning|afternoon|evening))")
# "within weeks or months", "in recent weeks and months": two vague plurals are one expression
PLURAL_OR = rf"(?:{_}(?:or|and){_}(?:hours|days|weeks|months|years|decades)(?![\w-]))?"
YEARISH = rf"(?:{YEAR}|(?:this|last|next){_}year|the{_}(?:current|previous|same){_}year)"

QUAL = (r"(?:{YEAR4}|last{_}year's|this{_}year's|next{_}year's|year[- ](?:ago|earlier)|comparable|same|fiscal|latest|current|recent|previous|past|prior|corresponding|most{_}recent)"
        .replace("{_}", _).replace("{YEAR4}", YEAR4))
QTAIL = (rf"(?:{_}(?:of{_})?(?:{YEAR4}|fiscal{_}{YEAR4}|the{_}(?:year|'\d0s)|this{_}year|last{_}year|next{_}year))?"
         rf"(?:{_}a{_}year{_}(?:ago|earlier))?")
_MDY = rf"(?:{WEEKDAY},?{_})?{MONTH}{_}?{DAYNUM}(?:(?:,{_}?|{_}|,){YEARISH})?"
_DMY = rf"(?:{WEEKDAY},?{_})?(?:the{_})?{DAYNUM}(?:{_}of)?{_}{MONTH}(?:,?{_}{YEARISH})?"
_NUMERIC = r"(?<![\d/.-])(?:\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d)?)?|\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)|\d{1,2}\.\d{1,2}\.\d{4})(?![\d/])"

KINDS: list[tuple[str, str]] = [
    # "10 p.m. Wednesday", "3 p.m. local time", "5 p.m. EST, Nov. 6", "noon Thursday"
    ("time", rf"(?:(?:about|around|approximately|shortly{_}(?:before|after)|just{_}(?:before|after)|roughly|at{_}least){_})?"
             rf"{CLOCK}(?:{_}{ZONE})?(?:,?{_}(?:on{_})?(?:{_MDY}|{_DMY}|{WEEKDAY}|today|yesterday|tomorrow|tonight)(?!\w))?"),
    # "Nov. 24, 2021", "Wednesday, November 24", "24 November 2021", "the 24th of November"
    # "a hearing the week of March 6": the week holding the date
    ("date", rf"(?:{DATEMOD}|the{_}week{_}of{_})?(?:{_MDY}|{_DMY})(?:{_}(?:{PART}))?"),
    ("numeric", _NUMERIC),
    # "New Year's Day 2007", "Christmas Eve", "Thanksgiving"
    ("holiday", rf"(?:(?:last|next|this){_})?(?-i:New{_}Year's{_}(?:Day|Eve)|New{_}Years'?{_}(?:Day|Eve)|Christmas{_}(?:Day|Eve)|Christmas|Boxing{_}Day|Halloween|"
                rf"Valentine's{_}Day|Independence{_}Day|Thanksgiving(?:{_}Day)?|Bastille{_}Day|May{_}Day|Labor{_}Day|Labour{_}Day|Election{_}Day)(?:,?{_}{YEAR4})?{B}"),
    # "November 2021", "June last year", "January nineteen ninety-seven"
    ("month_year", rf"(?:{DATEMOD})?{MONTH},?{_}(?:of{_})?{YEARISH}"),
    # "the third quarter of 1990", "third-quarter", "last year's third quarter", "the year-ago period", "Q3 2021"
    ("quarter", rf"(?:(?:{DURMOD}){_})?(?:the{_})?(?:{QUAL}{H})*(?:{ORDQ}|two|three){H}(?:fiscal{H})?(?:quarters?|half|halves){B}{QTAIL}"
                rf"|(?:the{_}(?:{QUAL}{H})*|(?:{QUAL}{H})+)(?:quarter|period){B}{QTAIL}"
                rf"|(?<!\w)(?-i:Q[1-4]|H[12]|[1-4]Q)(?:{_}{YEAR4})?{B}"),
    # "compared with year-earlier profit", "the year-ago results"
    ("yearago", rf"year[- ](?:earlier|ago){B}"),
    # "two days ago", "about a year earlier", "a decade ago", "six weeks from now"
    ("ago", rf"(?:(?:{DURMOD}){_})?{QUANT}{_}(?:more{_})?{UNIT}(?:{_}or{_}so)?{_}(?:ago|earlier|hence|from{_}now|back){B}(?!{_}(?:than|the|a|an|his|her|its|their)\b)"),
    # "the past five months", "more than four hours", "two-year", "2 1/2 years", "the next 12 to 18 months"
    ("duration", rf"(?:(?:{DURMOD}){_})?(?:(?:the|each|all|every){_}(?:of{_}the{_})?)?(?:(?:past|last|next|first|coming|previous|following|final|latest|initial|remaining|same|other|better{_}part{_}of{_}(?:the|a|an)){_})?"
                 rf"{QUANT}{_}(?:(?:more|additional|full|straight|consecutive|trading|business|working|calendar|long|short|extra|whole|intervening){_})?{UNIT}(?:{_}(?:or{_}so|and{_}a{_}half|or{_}(?:more|less|two|longer)))?{B}(?!{_}old\b|-old)"
                 rf"|(?:{DURMOD}{_})?(?:\d+(?:\.\d+)?|{_NUMWORD}(?:-{_NUMWORD})?|several|multi|half|one){H}(?:{UNIT_ONE}|hour|minute|day|week)(?!-?old|{_}old|s)\b"),
    # "the year-ago quarter" handled above; "the following day", "that day", "the day before";
    # "Oct. 12, the day before the crash": "the day" alone, "before" heads a phrase of its own
    ("anchored", rf"(?:the{_}(?:next|following|previous|same|preceding){_}(?:day|morning|evening|night|week|month|year)(?:{_}or{_}so)?"
                 rf"|the{_}day(?={_}(?:before|after){_}(?!yesterday|tomorrow)[\w$])|the{_}day{_}(?:before|after)(?!{_}(?:yesterday|tomorrow))|(?:that|the{_}same){_}(?:day|year|month|week)|later{_}that{_}(?:day|year|month|week)|earlier{_}that{_}(?:day|year|month|week)){B}"
                 # "For the year, volume was flat", "the week's most active session": the year or week of the story
                 rf"|the{_}(?-i:(?:fiscal{_}|full{_}|calendar{_})?year|week|month)(?![\w-]|{_}(?:of|before|after|earlier|ago|ahead|\d|two|nineteen|twenty)\b)"),
    # "the day before yesterday", "yesterday morning", "late yesterday", "tonight"
    ("relday", rf"(?:(?:early|late|earlier|later|mid-afternoon|mid{_}afternoon){_})?(?:the{_}day{_}(?:before{_}yesterday|after{_}tomorrow)|today|yesterday|tomorrow|tonight)(?:{_}{PART})?{B}"),
    # "last night", "this morning", "later this afternoon"
    ("dayparts", rf"(?:(?:early|late|earlier|later){_})?(?:last{_}night|this{_}(?:morning|afternoon|evening)|overnight|(?:the|this|this{_}past){_}weekend|the{_}(?:morning|afternoon|evening)|mid(?:{H})?(?:morning|afternoon))(?!\w)"),
    # "last week", "this year", "next month", "the current fiscal year", "early next year", "last Friday", "this spring",
    # "this coming Sunday, March 8"
    ("relative", rf"(?:{DATEMOD})?(?:the{_})?(?:{REL}){_}(?:fiscal{_})?(?:{WEEKDAY}(?:,{_}{MONTH}{_}?{DAYNUM}|{_}{PART})?|{MONTH}(?!{_}?\d)|{SEASON}|week|weekend|month|year|quarter|decade|century|semester)(?:{_}or{_}so)?{B}"
                 rf"|the{_}(?:end|beginning|start|middle|close){_}of{_}the{_}(?:week|month|year|quarter|decade|century){B}"
                 rf"|(?:(?:around|about){_})?(?:year[- ]end|year's{_}end){B}"),
    # "the 1990s", "the early '80s", "the nineties", "mid-1990s"
    ("decade", rf"(?:{DATEMOD})?(?:the{_})?(?:(?:early|mid|late){H}?)?(?:(?:1\d|20)\d0'?s|'\d0'?s|{_alt(DECADE_WORDS)}){B}"),
    # "the 20th century", "the nineteenth century"
    ("century", rf"(?:{DATEMOD})?(?:the{_})?(?:(?:early|mid|late){H})?(?:\d{{1,2}}(?:st|nd|rd|th)|{_DAY_ORD}){H}century{B}"),
    # "the summer of 2020", "last fall", "winter 2019"
    ("season", rf"(?:{DATEMOD})?(?:(?:the|this|last|next|past|coming|this{_}past){_})?(?:(?:early|late|mid){H})?{SEASON}(?:{_}(?:of{_})?{YEAR})?{B}"),
    # "Friday", "Wednesday night", "early Tuesday", "Friday's"
    ("weekday", rf"(?:(?:early|late|earlier|later){_}(?={WEEKDAY}))?{WEEKDAY}(?:{_}{PART})?{B}"),
    ("weekdays", rf"{WEEKDAYS}(?:{_}(?:mornings|afternoons|evenings|nights))?{B}"),
    # "fiscal 1989", "the year 2000", "1990", "mid-1996", "nineteen ninety-six"
    ("year", rf"(?:{DATEMOD})?(?:(?:fiscal|calendar){_}(?:year{_})?|FY{_}?|the{_}(?:(?:fiscal|calendar){_})?year{_}|post-|pre-)?{YEAR}{B}"
             # an open range: "cash flow for 1990 and beyond", "not profitable until 1994 or later"
             rf"(?:{_}(?:and{_}beyond|or{_}(?:later|earlier|beyond))(?![\w-]))?"),
    # "October", "early December", "mid-November"
    ("month", rf"(?:{DATEMOD})?{MONTH}{B}"),
    # "every Monday", "each year", "daily", "twice a year"
    ("set", rf"(?:every|each|per){_}(?:other{_})?(?:{QUANT}{_})?(?:{UNIT}|{WEEKDAY}|{MONTH}|{SEASON}|{PART}){B}"
            rf"|(?:once|twice|thrice|{NUM}{_}times){_}(?:a|an|per|each|every){_}(?:{UNIT}|{WEEKDAY}){B}"
            rf"|(?:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly|semiannually|biannually){B}"),
    # "now", "recently", "the future", "in the coming weeks", "recent years"
    ("ref", rf"(?:right{_})?(?<![\w-])now(?![\w-])|currently|nowadays|at{_}present|the{_}present(?!{_}\w)|presently|these{_}days"
            rf"|(?:more{_})?recently|lately|(?:the{_})?(?:near|distant|foreseeable|immediate){_}future|the{_}future|the{_}past(?!{_}(?:few|several|\d))"
            rf"|(?:the{_})?(?:recent|coming|past|last|next|following|future){_}(?:few{_}|several{_})?(?:days|weeks|months|quarters|years|decades){PLURAL_OR}"
            rf"|recent{_}(?:times|history)|soon|a{_}later{_}date"
            # "troops will stay for some time", "he was mayor at the time." (not "at the time of", "at the time he left")
            rf"|(?<=\bfor )(?:a{_}while|some{_}time)(?![\w-])|(?<=\bat )the{_}time(?=[ \t]*[,.;:)'\"\u201d])"
            # "its current financial difficulties", "the then current price": the adjective before a noun
            rf"|(?:then{_})?current(?={_}[a-z])(?!{_}(?:account|accounts|affairs|events|of|and|or|is|was|are|were|to|in)\b)"
            # "the near term", "in the weeks ahead", "just months ago", "over the years"
            rf"|the{_}(?:near|short|medium|long){_}term(?![\w-])|(?:the{_})?(?:days|weeks|months|years){_}ahead\b"
            rf"|(?:days|weeks|months|years|decades){_}ago\b|(?:(?<=\bover )|(?<=\bthrough ))the{_}(?:years|decades|centuries)\b"
            # "a decades-long battle", "a day-long meeting"
            rf"|(?:(?:hours|days|weeks|months|years|decades|centuries)|(?:hour|day|week|month|year))-long\b"
            # "in the weeks before the shooting", "in the years that followed": the plural alone
            rf"|(?<=\bthe )(?:days|weeks|months|years)(?={_}(?:before|after|following|that{_}followed)\b)"
            # "for years", "within weeks": a bare plural unit is a vague duration
            rf"|(?:(?<=\bfor )|(?<=\bin )|(?<=\bwithin )|(?<=\bover ))(?:hours|days|weeks|months|years|decades|centuries){PLURAL_OR}(?![\w-]|{_}(?:ago|earlier|later|old)\b)"),
]



_W = lambda text: text.split()  # noqa: E731 - word lists below read better as strings
_MONTH_WORDS = _W("january february march april may june july august september october november december "
                  "jan feb mar apr jun jul aug sep sept oct nov dec")
_WEEKDAY_WORDS = _W("monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays "
                    "thursdays fridays saturdays sundays")
_NUM_WORDS = _ONES_W + _TEENS_W + _TENS_W + _W("hundred thousand dozen a an half couple few several many some numerous multi")
_DURMOD_WORDS = _W("about around approximately roughly nearly almost some more less fewer at up over under no just well a upwards in")
_DATEMOD_WORDS = _W("early late mid middle earlier later around about circa sometime the")
_ORD_WORDS = _DAY_ORD_W + _W("1st 2nd 3rd 4th")
_REL_WORDS = _W("last next this coming past current previous following same latest present upcoming prior")
_SEASON_WORDS = _W("spring summer fall autumn winter")
# The words an expression of each kind can start with (digits and "'90s" are always allowed).
FIRST_WORDS: dict[str, list[str]] = {
    "time": _W("about around approximately shortly just roughly at noon midnight midday"),
    "date": _DATEMOD_WORDS + _WEEKDAY_WORDS + _MONTH_WORDS + _ORD_WORDS,
    "numeric": [],
    "holiday": _W("last next this new christmas boxing halloween valentine's independence thanksgiving bastille may labor "
                  "labour election"),
    "month_year": _DATEMOD_WORDS + _MONTH_WORDS,
    "quarter": _DURMOD_WORDS + _REL_WORDS + _W("the year comparable fiscal recent corresponding most first second third "
                                                "fourth final two three q1 q2 q3 q4 h1 h2"),
    "yearago": ["year"],
    "ago": _DURMOD_WORDS + _NUM_WORDS,
    "duration": _DURMOD_WORDS + _NUM_WORDS + _REL_WORDS + _W("the each all every first final initial remaining other better one"),
    "anchored": _W("the that later earlier"),
    "relday": _W("early late earlier later mid mid-afternoon the today yesterday tomorrow tonight"),
    "dayparts": _W("early late earlier later last this overnight the mid"),
    "relative": _DATEMOD_WORDS + _REL_WORDS + _W("year around about"),
    "decade": _DATEMOD_WORDS + list(DECADE_WORDS),
    "century": _DATEMOD_WORDS + _ORD_WORDS,
    "season": _DATEMOD_WORDS + _REL_WORDS + _SEASON_WORDS,
    "weekday": _W("early late earlier later") + _WEEKDAY_WORDS,
    "weekdays": _WEEKDAY_WORDS,
    "year": _DATEMOD_WORDS + _W("fiscal calendar fy post pre nineteen twenty two"),
    "month": _DATEMOD_WORDS + _MONTH_WORDS,
    "set": _W("every each per once twice thrice daily weekly monthly annually yearly hourly nightly biweekly "
              "bimonthly semiannually biannually") + _ONES_W + _TEENS_W + _TENS_W,
    "ref": _W("right now current then some currently nowadays at the presently these more recently lately near distant foreseeable "
              "immediate recent coming past last next following future soon a hours days weeks months years decades "
              "centuries hour day week month year"),
}


def _guard(words: list[str]) -> str:
    """A cheap lookahead on the first word, so most words fail a kind after a character or two."""
    alts = [r"\d", "'"] + ([f"{trie(words)}(?![a-z])"] if words else [])
    return "(?=" + "|".join(alts) + ")"


KIND_NAMES = [k for k, _p in KINDS]
_ALL_FIRST = sorted({w for ws in FIRST_WORDS.values() for w in ws})
# One compiled regex per kind: the tagger tries, in KINDS order, only the kinds that the first
# word of a position admits (see FIRST_KINDS), so the regex needs no first-word guard of its own
# (the guard cost a tenth of the compile time and a lookahead at every try).
class _LazyKinds(dict):
    """Kind -> compiled regex, compiled on first use: compiling all kinds takes ~80 ms, and a
    short text needs only a few of them."""

    def __missing__(self, kind: str) -> re.Pattern:
        rx = self[kind] = regex.compile(f"(?:{_SOURCES[kind]})", 0 if kind in CASE_FREE else re.IGNORECASE)
        return rx


_SOURCES = dict(KINDS)
KIND_RX: dict[str, re.Pattern] = _LazyKinds()
# Kinds written without capitals or case-sensitive parts ("duration", "ago", "ref") are matched
# on the lowercased text without IGNORECASE: the same spans, found 1.3-2x faster. The others
# ("May" only capitalised, "FY2000") match the text as written.
CASE_FREE = frozenset(k for k, src in KINDS if "(?-i" not in src and not re.search(r"[A-Z]", re.sub(r"\\.", "", src)))
# Kinds whose pattern can begin with a number of 1-2 digits ("24 November", "3 p.m.", "20th
# century"), of 4 digits ("1990", "1990s", "2021-11-24") or of any other length ("300 years");
# the other kinds start with a word ("the", "last", "Friday").
DIGIT_KINDS = {
    1: ("time", "date", "numeric", "quarter", "ago", "duration", "century", "set"),
    4: ("numeric", "quarter", "ago", "duration", "decade", "year", "set"),
    0: ("ago", "duration", "set"),
}
# What may follow the digits of a number that opens each kind (its year and "1990s" aside): the
# characters right after the digits, and, after a space, the words ("24 people" opens none of
# them, "24 hours" a duration). Most numbers of news text open no expression, and a failed try
# of a kind costs 1-3 µs; this look at the next word rules most of them out at once.
_UNIT_WORDS = _W("second seconds minute minutes hour hours day days night nights week weeks weekend weekends "
                 "fortnight fortnights month months quarter quarters year years decade decades century centuries "
                 "millennium millennia")
_ORDINAL_ENDS = "sSnNrRtT"  # "1st", "2nd", "3rd", "4th"
_NUMBER_TAIL = ".-/\u00bd"  # "2.5", "2-1/2", "12/3", "2½", and the hyphen of "24-36 months"
AFTER_NUMBER: dict[str, tuple[str, frozenset[str] | None]] = {
    # "10:30", "10pm", "10 a.m.", "10 o'clock", "4 in the morning"
    "time": (":aApP", frozenset(_W("a p am pm o in"))),
    # "24th of November", "24 November"
    "date": (_ORDINAL_ENDS, frozenset(_MONTH_WORDS + ["of"])),
    "numeric": ("-/.", None),  # "2021-11-24", "11/24/2021", "24.11.2021"
    # "3rd quarter", "1Q", "1990 third quarter", "1990-quarter"
    "quarter": (_ORDINAL_ENDS + "Q-", frozenset(_W("last this next year comparable same fiscal latest current recent previous "
                                                   "past prior corresponding most first second third fourth final two three "
                                                   "quarter period"))),
    # "two days ago": a number, maybe a range ("5 to 6"), then maybe "more", then a unit
    "ago": (_NUMBER_TAIL, frozenset(_UNIT_WORDS + _W("or to and more"))),
    "duration": (_NUMBER_TAIL, frozenset(_UNIT_WORDS + _W("or to and more additional full straight consecutive trading "
                                                          "business working calendar long short extra whole intervening"))),
    "century": (_ORDINAL_ENDS, None),  # "20th century"
    "set": (_NUMBER_TAIL, frozenset(["times"])),  # "3 times a week"
    "decade": ("'sS", None),  # "1990s", "1990's"
}
_NEXT_WORD = re.compile(r"\s+([^\W\d_]*)")
_NUMBER_KINDS: dict[tuple[int, str, str | None], tuple[str, ...]] = {}


def number_kinds(text: str, end: int, size: int) -> tuple[str, ...]:
    """The kinds of ``DIGIT_KINDS[size]`` that a number ending at ``end`` may open, by what follows it.

    Anything but ASCII after the number keeps every kind (case-insensitive matching folds
    letters such as "ı" and "ſ").
    """
    ch = text[end:end + 1]
    word = None
    if ch.isspace():
        ch = " "
        word = _NEXT_WORD.match(text, end).group(1)
        word = word.lower() if word.isascii() else ""  # "": no word, or not ASCII (kept open)
    key = (size, ch, word)
    kinds = _NUMBER_KINDS.get(key)
    if kinds is None:
        kinds = tuple(k for k in DIGIT_KINDS[size] if k not in AFTER_NUMBER or _may_follow(k, ch, word))
        if len(_NUMBER_KINDS) < 20000:
            _NUMBER_KINDS[key] = kinds
    return kinds


def _may_follow(kind: str, ch: str, word: str | None) -> bool:
    chars, words = AFTER_NUMBER[kind]
    if word is None:
        return ch != "" and (ch in chars or (not ch.isascii() and ch.isalpha()))  # "": the number ends the text
    return words is not None and (word == "" or word in words)


# The words that may come next after a common first word, for each kind it opens: "the
# government", "in Paris" and "at home" open none, and most "the"s of a text stand before a
# trigger word only by chance ("the first day", "the past"). Checked as starts of the next
# token, a letter run or else one character ("the mid-nineties", "the 1990s", "the '90s");
# kinds not listed are always tried.
_DIGITS = list("0123456789")
_DATEMOD_THE = _W("beginning start end middle close turn rest remainder first second last latter early later dawn")
_ORD_LEADS = sorted({re.match(r"[a-z]*", w).group() for w in _DAY_ORD_W})  # "twenty" of "twenty-first"
_QUARTER_NEXT = _W("last this next year comparable same fiscal latest current recent previous past prior corresponding "
                   "most first second third fourth final two three quarter period")
_HOLIDAY_WORDS = _W("new christmas boxing halloween valentine's independence thanksgiving bastille may labor labour election")
_REL_UNITS = (_WEEKDAY_WORDS + _MONTH_WORDS + _SEASON_WORDS
              + _W("fiscal week weekend month year quarter decade century semester"))  # "last Friday", "this fiscal year"
_NUMBER_NEXT = (_UNIT_WORDS + _ONES_W + _TEENS_W + _TENS_W  # "a year ago", "a hundred days", "two thousand years"
                + _W("hundred thousand dozen half single couple few little or to and more additional full straight consecutive "
                     "trading business working calendar long short extra whole intervening") + ["-"])
_QUANT_START = _DIGITS + _ONES_W + _TEENS_W + _TENS_W + _W("hundred thousand dozen a an half couple few several many some "
                                                         "numerous")  # the first words of QUANT
_REF_PLURALS = _W("few several days weeks months quarters years decades")  # "the next few days", "past years"
# "first of May", "second quarter", "first half", "first - quarter", "first century"
_ORDINAL_NEXT = {"date": ["of"] + _MONTH_WORDS, "quarter": _W("fiscal quarter half halves -"), "century": _W("century -")}
AFTER_WORD: dict[str, dict[str, tuple[str, ...]]] = {
    "the": {
        "date": _DATEMOD_THE + ["week"] + _ORD_LEADS + _DIGITS,  # "the week of March 6", "the 24th of November"
        "month_year": _DATEMOD_THE,
        "quarter": _QUARTER_NEXT + _DIGITS,  # "the third quarter", "the year-ago period", "the 1990 first half"
        "duration": _W("of past last next first coming previous following final latest initial remaining same "
                       "other better a an half couple few several many some numerous hundred thousand dozen")
                    + _ONES_W + _TEENS_W + _TENS_W + _DIGITS,  # "the past five months", "the 24 hours"
        "anchored": _W("next following previous same preceding day fiscal full calendar year week month"),
        "relday": ["day"],  # "the day before yesterday"
        "dayparts": _W("weekend morning afternoon evening"),
        "relative": _DATEMOD_THE + _REL_WORDS,  # "the end of the year", "the current fiscal year"
        "decade": _DATEMOD_THE + _W("early mid late") + list(DECADE_WORDS) + _DIGITS + ["'"],  # "the nineties", "the '90s"
        "century": _DATEMOD_THE + _W("early mid late") + _ORD_LEADS + _DIGITS,  # "the nineteenth century", "the 20th"
        "season": _DATEMOD_THE + _W("this last next past coming early late mid") + _SEASON_WORDS,
        "year": _DATEMOD_THE + _W("fiscal calendar year"),  # "the year 2000"
        "month": _DATEMOD_THE,
        "ref": _W("present near distant foreseeable immediate future past recent coming last next following time short "
                  "medium long days weeks months years decades centuries"),  # "the near future", "the years ahead"
    },
    "in": {k: ["excess"] for k in ("quarter", "ago", "duration")},  # "in excess of"
    "at": {"time": ["least"], "quarter": ["least", "most"], "ago": ["least", "most"], "duration": ["least", "most"],
           "ref": ["present"]},  # "at least", "at present"
    "over": {k: ["a"] for k in ("quarter", "ago", "duration")},  # "over a year"
    # "a little more than", "a year ago", "a few days", "a later date", "for a while"
    "a": {"quarter": ["little"], "ago": _NUMBER_NEXT, "duration": _NUMBER_NEXT, "ref": ["later", "while"]},
    "first": _ORDINAL_NEXT, "second": _ORDINAL_NEXT,
    # "year ago", "year earlier", "year end" ("year-ago" has no space: every kind is tried)
    "year": {"quarter": ["ago", "earlier"], "yearago": ["earlier", "ago"], "relative": ["end"], "ref": []},
    "last": {"holiday": _HOLIDAY_WORDS, "quarter": _W("year fiscal quarter half halves -"), "dayparts": ["night"],
             "duration": _QUANT_START, "relative": _REL_UNITS, "season": _W("early late mid") + _SEASON_WORDS,
             "ref": _REF_PLURALS},  # "last night", "last five years", "the last few days"
    # "around 2 million voters", "about the same": only "about" + a time ("about 10 a.m.", "about two
    # years", "around the end of May", "about the 1990s", "around late 2004")
    **dict.fromkeys(("about", "around"), {
        "time": _DIGITS + _W("noon midnight midday"),
        "date": _WEEKDAY_WORDS + _MONTH_WORDS + _ORD_LEADS + _DIGITS + _W("the -"),
        "month_year": _MONTH_WORDS + ["-"],
        "quarter": _QUARTER_NEXT + _DIGITS + ["the"],
        "ago": _ONES_W + _TEENS_W + _TENS_W + _DIGITS + _W("hundred thousand dozen a an half couple few several many some "
                                                          "numerous"),
        "duration": _ONES_W + _TEENS_W + _TENS_W + _DIGITS + _W("hundred thousand dozen a an half couple few several many "
                                                                "some numerous multi the each all every past last next "
                                                                "first coming previous following final latest initial "
                                                                "remaining same other better"),
        "relative": _REL_WORDS + _W("the year -"),
        "decade": list(DECADE_WORDS) + _DIGITS + _W("the early mid late ' -"),
        "century": _ORD_LEADS + _DIGITS + _W("the early mid late -"),
        "season": _SEASON_WORDS + _W("the this last next past coming early late mid -"),
        "year": _DIGITS + _W("fiscal calendar fy the post pre nineteen twenty two -"),
        "month": _MONTH_WORDS + ["-"],
    }),
    # "next year" opens no duration ("the next five years" does); "next year's third quarter", "past third quarter"
    **{w: {"holiday": _HOLIDAY_WORDS, "quarter": ["year"] if w == "next" else _QUARTER_NEXT + _DIGITS + ["-"],
           "duration": _QUANT_START, "relative": _REL_UNITS, "season": _W("early late mid") + _SEASON_WORDS,
           "ref": _REF_PLURALS} for w in ("next", "past")},
    # a number word: more of the number, a range, then the unit ("two people" opens nothing)
    **{w: {"ago": _NUMBER_NEXT, "duration": _NUMBER_NEXT, "set": _NUMBER_NEXT + ["times"],
           "quarter": _W("fiscal quarter half halves -"), "year": _TENS_W + _TEENS_W + _W("hundred thousand -")}
       for w in _ONES_W + _TEENS_W + _TENS_W + _W("hundred thousand dozen")},
    "this": {"holiday": _HOLIDAY_WORDS, "quarter": ["year"], "dayparts": _W("morning afternoon evening weekend past"),
             "relative": _REL_UNITS + _W("coming past"), "season": _W("past early late mid") + _SEASON_WORDS},
}
AFTER_WORD = {w: {k: tuple(nexts) for k, nexts in kinds.items()} for w, kinds in AFTER_WORD.items()}  # for str.startswith
_NEXT_TOKEN = re.compile(r"\s+([^\W\d_]+|.?)", re.S)
_WORD_KINDS: dict[tuple[str, str], tuple[str, ...]] = {}
_MONTH_SET = frozenset(_MONTH_WORDS)
# First words whose kinds word_kinds narrows: by the next token, or by case ("may", "march").
CHECKED_WORDS = frozenset(AFTER_WORD) | _MONTH_SET


def word_kinds(text: str, end: int, word: str, token: str) -> tuple[str, ...]:
    """The kinds that the word ``token`` ending at ``end`` (lowercased: ``word``) may open, by the token after it."""
    if word in _MONTH_SET and token[0].islower():
        return ()  # "may", "march": the kinds a month word opens need the capital ("May 5", "May Day")
    kinds = FIRST_KINDS.get(word, ())
    nexts = AFTER_WORD.get(word)
    if nexts is None or not text[end:end + 1].isspace():
        return kinds
    nxt = _NEXT_TOKEN.match(text, end).group(1)
    if not nxt.isascii():
        return kinds  # letters that case-insensitive matching may fold ("ı"), or digits of other scripts
    nxt = nxt.lower()
    found = _WORD_KINDS.get((word, nxt))
    if found is None:
        found = tuple(k for k in kinds if k not in nexts or (nxt and nxt.startswith(nexts[k])))
        if len(_WORD_KINDS) < 20000:
            _WORD_KINDS[word, nxt] = found
    return found


def _first_kinds() -> dict[str, tuple[str, ...]]:
    """Leading letters of a first word ("twenty" of "twenty-first") -> the kinds it may open, in order."""
    out: dict[str, list[str]] = {}
    for k in KIND_NAMES:
        for w in FIRST_WORDS[k]:
            lead = re.match(r"[a-z]*", w).group()
            if lead and k not in out.setdefault(lead, []):
                out[lead].append(k)
    return {w: tuple(ks) for w, ks in out.items()}


FIRST_KINDS = _first_kinds()
FIRST_KINDS["'"] = tuple(KIND_NAMES)  # "'90s"


def master() -> re.Pattern:
    """All kinds as one alternation (``lastgroup`` names the kind): the reference the fast scan must equal."""
    return re.compile(
        r"(?<![\w'])" + _guard(_ALL_FIRST) + "(?:" + "|".join(f"(?P<{k}>{_guard(FIRST_WORDS[k])}(?:{p}))" for k, p in KINDS) + ")",
        re.IGNORECASE)


# --------------------------------------------------------------------------- prefilter
# Most words of a text can start no expression, yet the master regex tries every kind at each
# of them ("the", "a", "in" open many kinds). Every expression holds a trigger (a digit or one
# of the words below), and the words before its first trigger all come from PREFIX_WORDS; so
# the tagger looks for triggers with one cheap regex, walks back over prefix words, and runs
# the master regex only at the few word starts of that window ("more than four hours").
TRIGGER_WORDS = (
    _MONTH_WORDS + _WEEKDAY_WORDS + _SEASON_WORDS + list(DECADE_WORDS)
    + _W("second minute hour day night week weekend fortnight month quarter year decade century centuries "
         "millennium millennia semester half halves period morning afternoon evening overnight midday noon "
         "midnight today yesterday tomorrow tonight christmas halloween thanksgiving daily weekly monthly "
         "annually yearly hourly nightly biweekly bimonthly semiannually biannually now currently nowadays "
         "present presently current time while recently lately future past soon times history date nineteen twenty thousand term"))
PREFIX_WORDS = sorted(
    set(_ALL_FIRST) | set(_DAY_ORD_W) | set(_NUM_WORDS)
    | set(_W("than least most to and or of just well little upwards excess part better beginning start end "
             "middle close turn rest remainder latter dawn additional full straight consecutive trading "
             "business working calendar long short extra whole intervening new boxing valentine's "
             "independence bastille labor labour shortly before after right these near distant foreseeable "
             "immediate medium recent later comparable corresponding preceding that fiscal other all each every "
             "per once twice thrice single more less fewer over under no almost nearly")))
# A trigger: the first digit of a number, or a trigger word with an optional plural or
# possessive ending. Run on the lowercased text: a case-sensitive regex scans about twice as
# fast as an IGNORECASE one; the letter guard before the word makes word-internal positions
# fail at once (1.5x faster than a guard after the word's first letter). The tagger uses the
# faster equivalent scan below; this plain form is its reference.
_TRIGGER_WORD = "(?:" + trie(sorted(set(TRIGGER_WORDS))) + r")(?:s|es|'s)?(?![a-z])"
TRIGGER = regex.compile(r"\d(?<!\d\d)|(?<![a-z])" + _TRIGGER_WORD)
# The same positions, found 1.5x faster: a regex that opens with a character set lets the engine
# skip letters in C, so this one matches the character BEFORE a trigger word (any non-letter) or
# the first digit of a number, marked by group 1; group 2 marks a trigger word straight after
# that digit ("5years"), whose separator it is.
_TRIGGER_SCAN = regex.compile(r"[^a-z](?:(?<=\d)(?<!\d\d)()(?:(?=" + _TRIGGER_WORD + r")())?"
                           r"|(?=" + _TRIGGER_WORD + "))")


def triggers(low: str) -> Iterator[int]:
    """The start of every trigger of the lowercased text, in order: what ``TRIGGER.finditer`` finds."""
    for m in _TRIGGER_SCAN.finditer(" " + low):  # the space: a word at the start has a character before it
        k = m.lastindex
        if k is None:
            yield m.start()  # a trigger word, just after the separator (minus one for the space)
        else:
            yield m.start() - 1  # a number
            if k == 2:
                yield m.start()


# On the reversed text, from just before a trigger: the rest of its token ("FY" of "FY2000"),
# then any run of prefix words ("the past five" before "months").
BACKWARD = regex.compile(r"[\w'.]*(?:[\s,\u00a0-]+(?:" + trie([w[::-1] for w in PREFIX_WORDS]) + r")(?![\w']))*",
                      re.IGNORECASE)
WORD_START = re.compile(r"(?<![\w'])[\w']")
# A word start with its first token, which picks the kinds to try there: (1) leading letters
# ("twenty" of "twenty-first"), (2) a number, (3) an apostrophe ("'90s"), or another word
# character ("é"), which opens no kind.
WORD_TOKEN = re.compile(r"(?<![\w'])(?:([A-Za-z]+)|(\d+)|(')|[\w'])")
