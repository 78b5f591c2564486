"""The temporal tagger on tables of news sentences: span, type and value against a DCT."""

from __future__ import annotations

import pytest

from quizgen.errors import QuizgenError
from quizgen.extract.dates import tag

DCT = "2021-11-24"  # a Wednesday

# (sentence, [(span text, type, value), ...]) — every timex of the sentence, in order.
CASES = [
    ("Gantz and Loudiyi signed the memorandum on Wednesday.", [("Wednesday", "DATE", "2021-11-24")]),
    ("The ministers met last Friday in Rabat.", [("last Friday", "DATE", "2021-11-19")]),
    ("The team will play Germany on June 30.", [("June 30", "DATE", "2022-06-30")]),
    ("The talks resume next Tuesday, officials said.", [("next Tuesday", "DATE", "2021-11-30")]),
    ("The deal was signed Nov. 24, 2021, in Rabat.", [("Nov. 24, 2021", "DATE", "2021-11-24")]),
    ("It opened on 24 November 2019.", [("24 November 2019", "DATE", "2019-11-24")]),
    ("The vote took place on 11/03/2021.", [("11/03/2021", "DATE", "2021-11-03")]),
    ("Ties were halted in 2000 at the outbreak of the intifada.", [("2000", "DATE", "2000")]),
    ("The countries first developed ties in the early 1990s.", [("the early 1990s", "DATE", "199")]),
    ("The church was built in the 12th century.", [("the 12th century", "DATE", "11")]),
    ("Sales fell in the third quarter of 2020.", [("the third quarter of 2020", "DATE", "2020-Q3")]),
    ("Profit rose 5% in fiscal 2019.", [("fiscal 2019", "DATE", "2019")]),
    ("Prices rose last year and will rise this year.", [("last year", "DATE", "2020"), ("this year", "DATE", "2021")]),
    ("The company said yesterday it will report results tomorrow.",
     [("yesterday", "DATE", "2021-11-23"), ("tomorrow", "DATE", "2021-11-25")]),
    ("The plant closed two days ago.", [("two days ago", "DATE", "2021-11-22")]),
    ("He moved to Paris earlier this month.", [("earlier this month", "DATE", "2021-11")]),
    ("Troops have been there for 20 years.", [("20 years", "DURATION", "P20Y")]),
    ("Prices climbed over the past five months.", [("the past five months", "DURATION", "P5M")]),
    ("The flight lasted more than four hours.", [("more than four hours", "DURATION", "PT4H")]),
    ("He signed a two-year contract.", [("two-year", "DURATION", "P2Y")]),
    ("The rebuilding will take 2 1/2 years.", [("2 1/2 years", "DURATION", "P2Y6M")]),
    ("The market opens every Monday.", [("every Monday", "SET", "XXXX-WXX-1")]),
    ("The report is published annually.", [("annually", "SET", "P1Y")]),
    ("The bomb exploded at 3 p.m. local time.", [("3 p.m. local time", "TIME", "2021-11-24T15:00")]),
    ("Protesters gathered on Tuesday night.", [("Tuesday night", "TIME", "2021-11-23TNI")]),
    ("The law is now in force.", [("now", "DATE", "PRESENT_REF")]),
    ("The minister recently visited Rabat.", [("recently", "DATE", "PAST_REF")]),
    ("The festival was held in the summer of 2019.", [("the summer of 2019", "DATE", "2019-SU")]),
    ("The shop opens on Christmas Eve.", [("Christmas Eve", "DATE", "2021-12-24")]),
    ("In 2001 the iPod appeared and the following year a new system.",
     [("2001", "DATE", "2001"), ("the following year", "DATE", "2002")]),
    # Tense of the governing verb: a participle takes its auxiliary's tense, "the plan" is no plan to.
    ("Collins will be named commander of a mission in March.", [("March", "DATE", "2022-03")]),
    ("The thrift announced the plan Aug. 21.", [("Aug. 21", "DATE", "2021-08-21")]),
    ("The appeal is heard in May.", [("May", "DATE", "2022-05")]),
    # Words before the time that fix its direction.
    ("The board approved a pay rise effective Feb. 1.", [("Feb. 1", "DATE", "2022-02-01")]),
    ("Prices will keep rising, as they have since March 3.", [("March 3", "DATE", "2021-03-03")]),
    ("The group could arrive as soon as Tuesday, officials said.", [("Tuesday", "DATE", "2021-11-30")]),
    # "the year" of a results story; a fiscal year's length; bare plural units are vague durations.
    ("For the year, volume was flat.", [("the year", "DATE", "2021")]),
    ("Sales for the year ended Sept. 30 rose 5%.", [("the year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "2021-09-30")]),
    ("The army has ruled the country for years.", [("years", "DURATION", "PXY")]),
    ("Troops could be deployed within weeks.", [("weeks", "DURATION", "PXW")]),
    # A full stop inside a number ends no sentence: the comparison is with the year-ago quarter.
    ("Third-quarter profit was $1.12 a share, compared with 98 cents a share a year earlier.",
     [("Third-quarter", "DATE", "2021-Q3"), ("a year earlier", "DATE", "2020-Q3")]),
    # More tense cues: adjectives in -ed, intentions, schedules, the present perfect, deadlines.
    ("The dividend will be paid on a still unspecified date in January.", [("January", "DATE", "2022-01")]),
    ("Protesters were planning to march on Monday.", [("Monday", "DATE", "2021-11-29")]),
    ("Leaders discussed a summit set for April.", [("April", "DATE", "2022-04")]),
    ("The company agreed to sell the unit in February.", [("February", "DATE", "2022-02")]),
    ("The two leaders meet separately on Monday.", [("Monday", "DATE", "2021-11-29")]),
    ("Police have been looking for the April 2 gunman ever since.", [("April 2", "DATE", "2021-04-02")]),
    ("Officials gave the family until 9 a.m. Tuesday to sign the paper.",
     [("9 a.m. Tuesday", "TIME", "2021-11-30T09:00")]),
    # A possessive weekday names a done thing, unless the words before look ahead to it.
    ("Relatives said they would fight Monday's ruling.", [("Monday", "DATE", "2021-11-22")]),
    ("Turnout is high ahead of Sunday's election.", [("Sunday", "DATE", "2021-11-28")]),
    # Vague and anchored expressions of results stories and features.
    ("Earnings will fall for the fiscal year.", [("the fiscal year", "DATE", "2021")]),
    ("Sales for the full year rose 13%.", [("the full year", "DATE", "2021")]),
    ("We don't minimize the challenges of the near term.", [("the near term", "DATE", "FUTURE_REF")]),
    ("Funds may have to sell bonds in the weeks ahead.", [("the weeks ahead", "DURATION", "PXW")]),
    ("The firm, which just months ago was losing money, is now profitable.",
     [("months ago", "DATE", "PAST_REF"), ("now", "DATE", "PRESENT_REF")]),
    ("Many patients have died over the years.", [("the years", "DURATION", "PXY")]),
    ("The city was ruled from Moscow for centuries.", [("centuries", "DURATION", "PXCE")]),
    ("His car was seen in the weeks before the shooting.", [("weeks", "DURATION", "PXW")]),
    ("It is a decades-long battle.", [("decades-long", "DURATION", "PXDE")]),
    ("Lawyers left their third day-long meeting.", [("day-long", "DURATION", "P1D")]),
    ("By mid afternoon, the operation was over.", [("mid afternoon", "TIME", "2021-11-24TAF")]),
    # AP quotes: `` opens a sentence, '' closes a word.
    ("``Today, we have a suspect,'' the agent said.", [("Today", "DATE", "2021-11-24")]),
    ("``I am talking about three days'' more or less, he said.", [("about three days", "DURATION", "P3D")]),
    # Tense from the governing clause: a plan of the past perfect is past; "to be" + participle and an
    # "agreement to" look ahead; a parenthetical "officials said," does not govern the time.
    ("The offer had been due to expire Friday evening.", [("Friday evening", "TIME", "2021-11-19TEV")]),
    ("The vote had been scheduled for Monday.", [("Monday", "DATE", "2021-11-22")]),
    ("He added that new rules to be published in early January will apply.", [("early January", "DATE", "2022-01")]),
    ("The bank announced an agreement to buy the insurer in February.", [("February", "DATE", "2022-02")]),
    ("On Friday, officials said, the troops will leave.", [("Friday", "DATE", "2021-11-26")]),
    ("On Friday the company said it would cut jobs.", [("Friday", "DATE", "2021-11-19")]),
    # An abbreviation before a comma ends no clause: the verb after it still governs.
    ("In January, a bomb in Mobile, Ala., killed a guard.", [("January", "DATE", "2021-01")]),
    # Coordinated days are two dates of one month; a year after the second is the year of both.
    ("The summit is on April 24 and 25.", [("April 24", "DATE", "2022-04-24"), ("25", "DATE", "2022-04-25")]),
    ("Talks ran from June 5 to 7, 2019.", [("June 5", "DATE", "2019-06-05"), ("7, 2019", "DATE", "2019-06-07")]),
    ("Turnout rose on May 5 and 6 percent more voted.", [("May 5", "DATE", "2021-05-05")]),
    # A bare time falls on the weekday after it, past a parenthesis, or in a past-tense
    # paragraph on the last date named before it.
    ("The blast came at about 10:35 a.m. (0735 GMT) Tuesday.", [("about 10:35 a.m.", "TIME", "2021-11-23T10:35"),
                                                                 ("Tuesday", "DATE", "2021-11-23")]),
    ("The rally began on Nov. 2, 2020. Police arrived at 10 p.m.",
     [("Nov. 2, 2020", "DATE", "2020-11-02"), ("10 p.m.", "TIME", "2020-11-02T22:00")]),
    ("The rally began on Nov. 2, 2020.\n\nPolice arrived at 10 p.m.",
     [("Nov. 2, 2020", "DATE", "2020-11-02"), ("10 p.m.", "TIME", "2021-11-24T22:00")]),
    ("The rally was held on Nov. 2, 2020. The next one starts at 10 p.m.",
     [("Nov. 2, 2020", "DATE", "2020-11-02"), ("10 p.m.", "TIME", "2021-11-24T22:00")]),
    # A possessive is no title in quotes.
    ("Last Friday's announcement surprised traders.", [("Last Friday", "DATE", "2021-11-19")]),
    # Rates are no recurrences.
    ("Sales will rise 8% annually.", []),
    ("Average daily volume was 150 million shares.", []),
    # A participle after its noun takes the tense of the finite verb; a finite "planned" still looks ahead.
    ("A memorial concert planned for Saturday was called off.", [("Saturday", "DATE", "2021-11-20")]),
    ("Students planned a march on Saturday.", [("Saturday", "DATE", "2021-11-27")]),
    # Open ranges and coordinated vague plurals are one expression.
    ("Analysts expect strong demand in 2023 and beyond.", [("2023 and beyond", "DATE", "2023")]),
    ("The mine will not reopen until 2024 or later.", [("2024 or later", "DATE", "2024")]),
    ("The rebels could run out of fuel within weeks or months.", [("weeks or months", "DURATION", "PXW")]),
    ("Shops are quieter these days.", [("these days", "DATE", "PRESENT_REF")]),
    ("Fuel prices will be cut over the next year or so.", [("the next year or so", "DATE", "2022")]),
    # Anchored to the last date named: "the weeks before" it, "the day after" it, "the previous Friday".
    ("The fire broke out on Oct. 3. Witnesses saw the van in the weeks before the fire.",
     [("Oct. 3", "DATE", "2021-10-03"), ("weeks", "DATE", "2021-10")]),
    ("The fire broke out on Oct. 3. Two men visited the site the day after the fire.",
     [("Oct. 3", "DATE", "2021-10-03"), ("the day", "DATE", "2021-10-04")]),
    ("He arrived on Nov. 3, the day before the vote was held.",
     [("Nov. 3", "DATE", "2021-11-03"), ("the day", "DATE", "2021-11-03")]),
    ("Shares closed lower Friday, down 2% from the previous Friday.",
     [("Friday", "DATE", "2021-11-19"), ("the previous Friday", "DATE", "2021-11-12")]),
    ("The board met in March. The following month, it sold the unit.",
     [("March", "DATE", "2021-03"), ("The following month", "DATE", "2021-04")]),
    ("A hearing is set for the week of Dec. 6.", [("the week of Dec. 6", "DATE", "2021-W49")]),
    ("The summit is this coming Sunday, Nov. 28.", [("this coming Sunday, Nov. 28", "DATE", "2021-11-28")]),
    # Vague spans: "for some time", "at the time" closing a clause (not "at the time he left").
    ("Troops could stay in the region for some time.", [("some time", "DURATION", "PXX")]),
    ("He was the city's mayor at the time.", [("the time", "DATE", "PAST_REF")]),
    ("At the time the mine collapsed, forty men were inside.", []),
    # "current" before a noun is the present; "then current" a past present.
    ("Voters are angry about current fuel prices.", [("current", "DATE", "PRESENT_REF")]),
    ("Holders may buy shares at the then current market price.", [("then current", "DATE", "PAST_REF")]),
    ("The current account deficit widened.", []),
    # Traps: numbers, names and verbs that look like dates.
    ('The minister said on ABC\'s "This Week," that talks would go on.', []),
    ("For the people of Poland, high noon comes today.", [("today", "DATE", "2021-11-24")]),
    ("She was named Player of the Year.", []),
    ("The years of war left the town in ruins.", []),
    ("The company sold 2000 copies of the book.", []),
    ("A survey of 1709 schoolchildren found a deficiency.", []),
    ("About 2000 people marched through the city.", []),
    ("In 2004 women won the vote.", [("2004", "DATE", "2004")]),
    ("The plant closed in about 2005.", [("about 2005", "DATE", "2005")]),
    ("Many users still run Windows 2000 on old machines.", []),
    ("The 9/11 Commission published its report.", []),
    ("May I ask a question?", []),
    ("Guitarist Brian May played the anthem.", []),
    ("He was 52 years old when he retired.", []),
    ("Iraq imports about three-quarters of its food.", []),
    ("Tickets cost $5 a year.", []),
    ("A second group of directors resigned.", []),
    ("The chip runs 15 million instructions per second.", []),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_table(sentence, expected):
    got = [(t.text, t.type, t.value) for t in tag(sentence, DCT)]
    assert got == expected


# (DCT, sentence, expected): holidays that move, resolved by tense like weekdays.
HOLIDAY_CASES = [
    ("2022-02-10", "He was found clinging to an inner tube last Thanksgiving.", [("last Thanksgiving", "DATE", "2021-11-25")]),
    ("2022-01-06", "The boy was plucked from the sea on Thanksgiving Day.", [("Thanksgiving Day", "DATE", "2021-11-25")]),
    ("2021-11-26", "Families will gather on Thanksgiving next year.",
     [("Thanksgiving", "DATE", "2022-11-24"), ("next year", "DATE", "2022")]),
    ("2022-10-20", "The campaign runs from now to Election Day.",
     [("now", "DATE", "PRESENT_REF"), ("Election Day", "DATE", "2022-11-08")]),
]


@pytest.mark.parametrize("dct,sentence,expected", HOLIDAY_CASES, ids=[c[1][:40] for c in HOLIDAY_CASES])
def test_holidays_by_tense(dct, sentence, expected):
    assert [(t.text, t.type, t.value) for t in tag(sentence, dct)] == expected


def test_offsets_index_the_text():
    text = "Héllo — the deal was signed on Nov. 24, 2021.\n\nTalks resume next week."
    for t in tag(text, DCT):
        assert text[t.start:t.end] == t.text


def test_past_tense_weekday_is_the_latest_on_or_before_the_dct():
    assert tag("The minister arrived on Thursday.", DCT)[0].value == "2021-11-18"
    assert tag("The minister will arrive on Thursday.", DCT)[0].value == "2021-11-25"


def test_month_day_ambiguity_is_decided_by_the_dct():
    # 04/03/2021: March 4 (day first) is next to this DCT, April 3 (month first) a month away.
    assert tag("It happened on 04/03/2021.", "2021-03-05")[0].value == "2021-03-04"
    assert tag("It happened on 04/03/2021.", "2021-04-02")[0].value == "2021-04-03"
    assert tag("It happened on 25/12/2020.", DCT)[0].value == "2020-12-25"


def test_without_dct_relative_values_stay_open():
    values = [t.value for t in tag("He left on Friday and returns in October.", None)]
    assert values == ["XXXX-WXX-5", "XXXX-10"]


def test_bad_dct_is_a_quizgen_error():
    with pytest.raises(QuizgenError):
        tag("On Friday.", "24/11/2021")


def test_empty_and_dateless_text():
    assert tag("", DCT) == []
    assert tag("No times here at all, only words.", DCT) == []


def test_trigger_scan_finds_what_one_alternation_of_all_kinds_finds():
    """The fast scan (triggers, prefix words, first-word dispatch) loses no expression of the test articles.

    A new kind needs its trigger words and prefix words in ``patterns``: this test says when one is missing.
    """
    from pathlib import Path

    from quizgen.extract.timex import _first_in
    from quizgen.extract.timex.patterns import TRIGGER, WORD_START, master
    from quizgen.reader import read_article

    reference = master()
    for path in sorted((Path(__file__).resolve().parent.parent / "data" / "articles").glob("*.txt")):
        text = read_article(path).text
        low, rtext, triggers = text.lower(), text[::-1], [t.start() for t in TRIGGER.finditer(text.lower())]
        for w in WORD_START.finditer(text):
            m = reference.match(text, w.start())
            if m:
                t0 = next(t for t in triggers if t >= m.start())
                assert _first_in(text, low, rtext, m.start(), t0) == (m.lastgroup, m.start(), m.end()), (path.name, m.group())


def test_next_token_narrowing_drops_only_kinds_that_cannot_match():
    """At every word start of the test articles, a kind that the next token rules out (``word_kinds``,
    ``number_kinds``) does not match there: the narrowing saves tries ("24 people", "the government")
    and changes no result. A pattern edit that lets a kind go on with a new word needs that word in
    ``AFTER_WORD`` or ``AFTER_NUMBER``: this test says when one is missing."""
    from pathlib import Path

    from quizgen.extract.timex.patterns import (CASE_FREE, CHECKED_WORDS, DIGIT_KINDS, FIRST_KINDS, KIND_RX, WORD_TOKEN,
                                                number_kinds, word_kinds)
    from quizgen.reader import read_article

    dropped = 0
    for path in sorted((Path(__file__).resolve().parent.parent / "data" / "articles").glob("*.txt")):
        text = read_article(path).text
        low = text.lower()
        for w in WORD_TOKEN.finditer(text):
            word = w.group().lower()
            if w.lastindex == 1 and word in CHECKED_WORDS:
                every, kept = FIRST_KINDS.get(word, ()), word_kinds(text, w.end(), word, w.group())
            elif w.lastindex == 2:
                n = w.end() - w.start()
                size = 1 if n <= 2 else n if n == 4 else 0
                every, kept = DIGIT_KINDS[size], number_kinds(text, w.end(), size)
            else:
                continue
            assert [k for k in every if k in kept] == list(kept)  # the order of KINDS is kept
            for kind in every:
                if kind not in kept:
                    dropped += 1
                    match = KIND_RX[kind].match(low if kind in CASE_FREE else text, w.start())
                    assert match is None, (path.name, kind, match and match.group())
    assert dropped > 1000  # the narrowing is at work


@pytest.mark.parametrize("text", ["Microsoft released Windows 2000", "on Good Friday", "Brian\nMay", "3Com 2000",
                                  "the U.S.  2000", "said: 2000", "", "  ", "é 2000", "x-ray's 1990\n"])
def test_previous_word_is_what_the_reference_search_finds(text):
    """``_prev_word`` (read backwards) equals ``_PREV_WORD.search`` at every position of the text."""
    from quizgen.extract.timex import _PREV_WORD, _prev_word

    for pos in range(len(text) + 1):
        m = _PREV_WORD.search(text, max(0, pos - 40), pos)
        assert _prev_word(text, pos) == ((m.group(1), m.start(1)) if m else None), (text, pos)
