"""Word lists of the temporal tagger: month, weekday, number and unit words with their values.

Written for this project (no third-party data). Each list becomes one alternation of the
tagger's regex, so lookups are dictionary reads after a match, never loops over words.
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
}

UNITS_WORDS = {
    "millisecond": 0.001, "second": 1, "sec": 1,
    "minute": 60, "min": 60, "hour": 3600, "hr": 3600,
}

NUMBERS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12, "single": 1,
}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "thirtieth": 30,
    "last": 4, "final": 4,
}

# Vague quantities: "several years" -> PXY
VAGUE = ("a few", "few", "several", "many", "some", "a couple of", "a couple", "couple of", "numerous")

DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "mid-afternoon": "AF", "mid afternoon": "AF",
}

# Unit word -> (ISO 8601 duration letter, is a time unit)
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "fortnight": ("W2", False), "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False), "centurie": ("CE", False),
    "millennium": ("ML", False), "millennia": ("ML", False),
}

# Verbs of the simple past that do not end in -ed, for the tense of weekdays and months.
IRREGULAR_PAST = frozenset(
    "was were had did said told met won lost took made came went left saw gave got held began fell "
    "rose ran sent brought found thought paid sold bought led spent struck became wrote spoke broke "
    "chose drew flew fought caught taught built kept felt heard meant stood understood shot hit put "
    "set cut quit hung sank swore sought threw tore woke wore beat bit fled froze knew lay laid slid "
    "spun stole stuck sang rang drove rode arose forbade forgave grew overtook shook withdrew "
    "overthrew overcame undertook ate".split()
)

FUTURE_CUES = frozenset("will 'll shall wo going scheduled planned plans plan due expected expects upcoming".split())

# Verbs of intention whose infinitive is still to come: "agreed to buy the line in February".
INTENT_VERBS = frozenset(
    "decided decides agreed agrees promised promises vowed vows pledged pledges threatened threatens "
    "intends intended aims aimed hopes hoped wants wanted".split())

# Present-tense verbs of scheduled events, which news uses for the future: "the leaders meet Monday",
# "the talks resume in March". Only verbs that are seldom nouns ("a bright start", "the visit" are).
SCHEDULE_VERBS = frozenset("meet meets begin begins resume resumes arrive arrives convene convenes".split())
