"""The recogniser: compiled patterns for English temporal expressions, each paired with the
function that normalises a match.

A rule's handler receives the match and the :class:`DateContext` and returns a
:class:`Resolved` (or ``None`` to reject the match, e.g. "may" as a verb). Matches of all
rules are collected, overlaps are settled in favour of the longest, and the survivors are
normalised in document order so that anaphoric expressions ("the following day") see the
dates before them.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.dates import _calendar as cal
from timeline.dates._calendar import Resolved
from timeline.dates._context import DateContext, past_until, told_of_happening
from timeline.dates._first_chars import first_char_lookahead

# --------------------------------------------------------------------------- lexicon

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASONS_RE = "spring|summer|fall|autumn|winter"
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
               "overnight": "NI", "tonight": "NI", "nite": "NI"}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4}
UNITS = {"day": "D", "week": "W", "fortnight": "W", "month": "M", "year": "Y", "decade": "DE",
         "quarter": "Q", "hour": "H", "minute": "MIN", "second": "S", "century": "CE"}
SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                "seventies": 70, "eighties": 80, "nineties": 90}
#: The decade after the nineties, named in words: "the noughties", "the aughts" (2000-2009).
NEXT_CENTURY_DECADE_WORDS = {"noughties": 100, "aughts": 100, "naughties": 100}
VAGUE_AMOUNTS = {"few", "a few", "several", "some", "many", "a couple of", "couple of",
                 "a number of", "the", "recent", "the past few", "the last few"}

_M_FULL = r"January|February|March|April|May|June|July|August|September|October|November|December"
_M_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
MONTH = rf"(?:{_M_FULL}|(?:{_M_ABBR})\.?)"
#: A month name in any case ("march", "MARCH"); handlers decide whether a lower-case one is
#: the month (``_month_word_ok``): "may", "march" and "august" are words of their own.
MONTH_CI = rf"(?i:{_M_FULL}|(?:{_M_ABBR})\.?)"
MONTH_DOT = rf"(?:{_M_FULL}|(?:{_M_ABBR})\.)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: A weekday in any case: lower-case weekday names are no other word ("see you monday").
WEEKDAY_CI = r"(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: Abbreviated weekdays, capitalised ("Fri, Jul 18"); alone they are other words ("Sun", "Wed").
WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
WEEKDAY_ANY = rf"(?:{WEEKDAY_CI}|{WEEKDAY_ABBR})"
#: A weekday in any case and spelling, for the start of a date that a day number follows
#: ("mon 21 jul", "tues 22nd"): there the number makes "sat", "sun", "wed" the day.
WEEKDAY_ANY_CI = rf"(?:{WEEKDAY_CI}|(?i:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\.?)"
WEEKDAY_ABBRS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
                 "sat": 5, "sun": 6}
_WEEKDAY_NUMBERS = WEEKDAYS | WEEKDAY_ABBRS


def weekday_number(word: str) -> int | None:
    """Monday 0 ... Sunday 6 for a weekday's name or abbreviation ("Thurs.", "fri"); else None."""
    return _WEEKDAY_NUMBERS.get(word.lower().rstrip("."))
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
#: A day number with an ordinal suffix ("3rd", "21st"): a day of the month even without a month.
DAYORD = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
#: The ordinal numbers written as one word, in order: the table the word lists of days of a
#: month and of centuries here, and extraction's ordinals and anniversary counts, are views of.
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}
#: The days of a month in words: the one-word ordinals up to the twentieth and the thirtieth,
#: and "twenty-first" ... "thirty first" (hyphened or spaced).
DAY_WORDS = {word: n for word, n in ORDINAL_WORDS.items() if n <= 20 or n == 30}
for _ones, _n in ((word, n) for word, n in ORDINAL_WORDS.items() if n <= 9):
    DAY_WORDS[f"twenty-{_ones}"] = 20 + _n
    DAY_WORDS[f"twenty {_ones}"] = 20 + _n
DAY_WORDS["thirty-first"] = DAY_WORDS["thirty first"] = 31
#: A day of the month in words ("the second of December", "July first").
DAYWORD = "(?:" + "|".join(sorted((w.replace(" ", r"\s+") for w in DAY_WORDS), key=len, reverse=True)) + ")"
YEAR = r"(?:1\d\d\d|2[01]\d\d)"
NUMBER = (r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
          r"(?:one|two|three|four|five|six|seven|eight|nine)|" + "|".join(
              sorted((k for k in SMALL_NUMBERS if k not in ("a", "an")), key=len, reverse=True)) + ")")
AMOUNT = rf"(?:{NUMBER}|an?|a\s+few|a\s+couple\s+of|couple\s+of|several|few|some|many)"
UNIT = r"(?:days?|weeks?|fortnights?|months?|years?|decades?|quarters?|hours?|minutes?|centur(?:y|ies))"
PREMOD = (r"(?:(?:the\s+)?(?:(?:very\s+)?(?:early|late)|mid-?|middle\s+of|beginning\s+of|"
          r"start\s+of|end\s+of|close\s+of)\s*)")
POD = r"(?:morning|afternoon|evening|night)"
CLOCK = (r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b|o'clock|in\s+the\s+(?:morning|afternoon|evening))(?:\s+(?:[ECMP][SD]T|GMT|UTC))?"
         r"|\d{1,2}\.[0-5]\d\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)(?:\s+(?:[ECMP][SD]T|GMT|UTC))?"  # "11.30 a.m."
         r"|\d{1,2}:\d\d(?:\s+(?:[ECMP][SD]T|GMT|UTC))?|noon|midnight|midday)")


SPELLED_YEAR = (r"(?:nineteen|twenty)[\s-]+(?:" + "|".join(TENS) + r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?")


def _spelled_year_value(text: str) -> int:
    sm = _SPELLED_YEAR.search(text.lower())
    century = 1900 if sm.group(1) == "nineteen" else 2000
    tens = TENS.get(sm.group(2)) or SMALL_NUMBERS[sm.group(2)]
    return century + tens + (SMALL_NUMBERS[sm.group(3)] if sm.group(3) else 0)


_SPELLED_YEAR = re.compile(r"(nineteen|twenty)[\s-]+(" + "|".join(TENS) + r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:[\s-]+(one|two|three|four|five|six|seven|eight|nine))?", re.I)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Callable[[re.Match[str], DateContext], Resolved | None]
    priority: int = 0  # breaks ties between matches of equal length (higher wins)
    #: Lower-case words (or pairs of words) one of which every match contains: a text with
    #: none of them is not scanned with the (slower) pattern. Empty: always scanned.
    triggers: frozenset[str] = frozenset()

    def may_match(self, words: frozenset[str]) -> bool:
        """Whether a text made of ``words`` (see :func:`text_words`) may match."""
        return not self.triggers or not self.triggers.isdisjoint(words)


def text_words(text: str) -> frozenset[str]:
    """The lower-case words (runs of letters and digits) of ``text`` and its pairs of
    neighbouring words ("new year", "mother s"), for :meth:`Rule.may_match`."""
    words = re.findall(r"[^\W_]+", text.lower())
    return frozenset(words).union(" ".join(pair) for pair in zip(words, words[1:]))


RULES: list[Rule] = []


def rule(name: str, pattern: str, *, priority: int = 0, flags: int = re.IGNORECASE,
         triggers: str | tuple[str, ...] = ()):
    """Register ``handler`` for ``pattern`` (word-bounded on both sides); ``triggers``
    (words, or one string of words) as in :class:`Rule`."""
    # (the lookahead of the characters a match may begin with skips, unchanged, the positions
    # where none can: see timeline.dates._first_chars)
    compiled = re.compile(rf"{first_char_lookahead(pattern, flags)}(?<![\w$£€#/.-])(?:{pattern})(?![\w%$-]|\.\d)", flags)
    words = frozenset(triggers.split() if isinstance(triggers, str) else triggers)

    def register(handler):
        RULES.append(Rule(name, compiled, handler, priority, words))
        return handler

    return register


# --------------------------------------------------------------------------- helpers

def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day_number(word: str) -> int:
    """The day of the month in "3", "3rd", "third", "twenty-first"."""
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group())
    return DAY_WORDS[" ".join(word.lower().split())]


#: Lower-case month names that are also common words: "you may", "the march", "an august body".
_MONTH_HOMONYMS = frozenset({"may", "march", "august", "mar", "jan", "dec", "sat", "sun"})


def _month_word_ok(word: str, *, day: str | None = None, year: str | None = None,
                   modifier: str | None = None, prev: str = "") -> bool:
    """Whether a month name as written is the month.

    A capitalised name is (other rules judge "May" and "March" in context); a lower-case one
    ("january", as chat and notes write it) is when a day, a year or a modifier comes with
    it, or a temporal preposition before it; "may", "march" and "august" in lower case need
    an ordinal day ("may 3rd"), a year, or a modifier ("last march").
    """
    if word[:1].isupper():
        return True
    low = word.lower().rstrip(".")
    if low in _MONTH_HOMONYMS:
        ordinal_day = bool(day and not day.isdigit())
        return bool(year or ordinal_day or modifier)
    return bool(day or year or modifier or prev in _TEMPORAL_PREPS)


def _number(word: str | None) -> int | None:
    """An amount as an int, or None when it is vague ("several", "a few")."""
    if word is None:
        return None
    w = " ".join(word.lower().split())
    if w.replace(".", "", 1).isdigit():
        value = float(w)
        return int(value) if value == int(value) else None
    if w in ("a couple of", "couple of", "a couple"):
        return 2  # "a couple of days": two, as people use it
    if w in SMALL_NUMBERS:
        return SMALL_NUMBERS[w]
    if "-" in w:
        tens, ones = w.split("-", 1)
        if tens in TENS and ones in SMALL_NUMBERS:
            return TENS[tens] + SMALL_NUMBERS[ones]
    return None


def _unit(word: str) -> str:
    w = word.lower()
    if w.startswith("centur"):
        return "CE"
    return UNITS[w.rstrip("s")]


def _prev_word(ctx: DateContext, pos: int) -> str:
    m = re.search(r"([A-Za-z']+)\W*$", ctx.text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def _next_word(ctx: DateContext, pos: int) -> str:
    m = re.match(r"\W*([A-Za-z']+)", ctx.text[pos:pos + 30])
    return m.group(1) if m else ""


def _is_title(ctx: DateContext, m: re.Match[str]) -> bool:
    """True for a capitalised phrase inside a sentence: a title ("This Week", "60 Minutes")."""
    words = re.findall(r"[A-Za-z]+", m.group())
    if len(words) < 1 or not all(w[0].isupper() for w in words):
        return False
    before = ctx.text[max(0, m.start() - 4):m.start()]
    if not before.strip() or re.search(r"[.!?:]\s*[\"'`]*\s*$|\n\s*$", before):
        return False  # sentence start
    return len(words) > 1 or bool(re.search(r"[\"'`]\s*$", before))


def _pub(ctx: DateContext) -> str:
    return f"publication date {ctx.published.isoformat()}"


def _with_anchor(res: Resolved, anchor: str) -> Resolved:
    res.anchor = anchor
    return res


def _narrowed(res: Resolved, prefix: str) -> Resolved:
    """``res`` cut to the part its modifier names ("early 2024", "late March", "the
    mid-1990s"), see :func:`timeline.dates._calendar.part_of`."""
    part = cal.part_word(prefix.strip()) if prefix.strip() else None
    return cal.part_of(res, part) if part else res


def _remember(ctx: DateContext, res: Resolved, text: str) -> Resolved:
    """Make a day-precision result the reference for later anaphoric expressions."""
    if res.precision == "day" and res.start_date is not None:
        ctx.last_day = (res.start_date, text)
        ctx.last_vague = None
    return res


_TEMPORAL_PREPS = frozenset("""in on since until till by from to through during before after
of early late mid last next this that between around about for and or until
throughout""".split())


# --------------------------------------------------------------------------- absolute dates

# Dates in digits (ISO, day/month/year in either order, year-month, month/day) are in
# :mod:`timeline.dates._numeric`.


#: "ended Oct. 31": the day a period closed, never after the publication date.
_ENDED_BEFORE = re.compile(r"\bended\s+(?:on\s+)?$", re.I)

#: A past verb right before a day ("collapsed on Sept 3rd", "took effect Aug 1"): the day
#: is in the past even when the nearest such day is a few weeks ahead.
_PAST_VERB_ON = re.compile(r"\b(?:[a-z]{3,}ed|took|came|fell|began|broke|struck|died|left|went|arrived|happened|occurred)\s+(?:effect\s+|place\s+)?(?:on\s+)?$")
#: A past verb and its object right before a day: "was escorting a procession April 2" (told
#: on March 23: last year's April 2), "killed two people Sept. 3". Not a verb of scheduling
#: or a clause about what is to come ("was set for April 2", "said the vote is April 2").
_PAST_VERB_OBJECT_ON = re.compile(
    r"\b(?:was|were)\s+(?!(?:set|scheduled|slated|planned|due|expected|postponed|delayed|moved|rescheduled|"
    r"adjourned|continued|going|about|supposed|to|expecting|planning|preparing|hoping|awaiting|waiting|seeking|"
    r"looking|counting|aiming|scheduling|targeting|eyeing)\b)[a-z]{3,}ing\s+(?:(?!(?:is|are|will|would|be|to|that|for|"
    r"until|till|by|next|this)\b)[A-Za-z'-]+\s+){1,4}(?:on\s+)?$")
#: Nouns of an incident right after a day ("the Sept. 13 crash", "the March 2 shooting"):
#: something that has happened (not "the April 7 election", which may be to come).
_INCIDENT_AFTER = re.compile(
    r",?\s+(?:(?:[a-z]+-)?[a-z]+\s+)?(?:event|incident|attack|attacks|shooting|shootings|crash|fire|killing|killings|"
    r"bombing|bombings|robbery|accident|explosion|blast|murder|murders|stabbing|assault|raid|collision|"
    r"slaying|homicide|carjacking|abduction|kidnapping|break-in|burglary)\b")
#: How far a tense may pull a month-day without a year away from the nearest such day.
_TENSE_REACH_DAYS = 300
#: A present copula before a day: "is on", "are set for the".
_COPULA_ON = re.compile(r"\b(?:is|are)\s+(?:(?:set|scheduled|slated|planned|due)\s+)?(?:on|for)\s+(?:the\s+)?$", re.I)


_PAST_PERFECT = re.compile(r"\b(?:had|'d)\b", re.I)

#: A period told as the one to come and the day it begins: "the new budget year beginning
#: July 1", "the coming season, which starts Sept. 5", "next school year starting Aug. 24".
#: Such a day is the next one, whatever the tense of the clause that mentions the period
#: ("said he is optimistic about funding in the new fiscal year beginning July 1").
_COMING_PERIOD_BEGINS = re.compile(
    r"\b(?:new|next|coming|upcoming|following)\s+(?:[A-Za-z-]+\s+){0,2}"
    r"(?:year|season|term|session|semester|quarter|period|cycle|biennium)s?,?\s+"
    r"(?:(?:that|which)\s+(?:begins|starts|opens|will\s+(?:begin|start|open))|beginning|starting|opening)\s+(?:on\s+)?$",
    re.I)


def _narrative_way(ctx: DateContext, pos: int) -> str:
    """How a day or month without a year lies from the narrative's date: 'onward' (a story
    told forward: "founded on 1 April 1998. Its first shop opened on 12 October"), unless its
    clause looks back with a past perfect ("had been introduced on 12 October"): 'past'."""
    s_start, _ = ctx.sentence_bounds(pos)
    return "past" if _PAST_PERFECT.search(ctx.text, s_start, pos) else "onward"


def _year_for_day(ctx: DateContext, m: re.Match[str], month: int, day: int) -> tuple[int, str]:
    """The year of a day mentioned without one, and how it was found: the nearest such day
    to the narrative's own date when the story gives one (see
    :meth:`DateContext.narrative_date`), else to the publication date, unless the tense of
    the clause points the other way and that day is within reach."""
    narrative = ctx.narrative_date(m.start())
    if narrative is not None:
        ref, precision, desc = narrative
        year = ref.year if precision == "year" else cal.year_for_month(ref, month, _narrative_way(ctx, m.start()), day)
        return year, f"year {year} of the narrative, near {desc}"
    pub = ctx.published
    nearest = cal.year_for_month(pub, month, "neutral", day)
    if _INCIDENT_AFTER.match(ctx.text, m.end()) and ctx.tense(m.start(), m.end()) != "future":
        # "the only survivor of the Sept. 13 crash" (told in March): an incident the text
        # names by its day has happened (not "the April 7 event will feature a band")
        year = cal.year_for_month(pub, month, "past", day)
        return year, f"an incident named by its day, not after {_pub(ctx)}: {year}"
    if _COMING_PERIOD_BEGINS.search(ctx.text, max(0, m.start() - 80), m.start()):
        year = cal.year_for_month(pub, month, "future", day)
        return year, f"the day a coming period begins, after {_pub(ctx)}: {year}"
    if _ENDED_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        # "the second quarter ended Oct. 31" (told on Oct. 27): a period that has ended
        year = cal.year_for_month(pub, month, "past", day)
        return year, f"a period ended, not after {_pub(ctx)}: {year}"
    tense = ctx.tense(m.start(), m.end())
    if tense is None and ctx.standalone:
        tense = "future"
        reach = 366  # a phrase standing alone ("12/31", "march 3") is the next such day
    else:
        reach = _TENSE_REACH_DAYS
    if tense in ("past", "future"):
        year = cal.year_for_month(pub, month, tense, day)
        try:
            gap = abs((dt.date(year, month, day) - pub).days)
        except ValueError:
            gap = _TENSE_REACH_DAYS + 1
        if tense == "past" and (_PAST_VERB_ON.search(ctx.text, max(0, m.start() - 30), m.start())
                                or _PAST_VERB_OBJECT_ON.search(ctx.text, max(0, m.start() - 60), m.start())):
            reach = 366  # "the bridge collapsed on Sept 3rd": its own verb, a day of the past year
        if tense == "future" and _COPULA_ON.search(ctx.text, max(0, m.start() - 30), m.start()):
            reach = 366  # "her birthday is on 12th of June" (told in July): the next one
        if year != nearest and gap <= reach:
            return year, f"{tense} year {year} from {_pub(ctx)}"
    return nearest, f"nearest year {nearest} from {_pub(ctx)}"


#: A weekday that opens a date ("Friday, Oct. 23", "Sat 5 April").
_LEADING_WEEKDAY = re.compile(rf"({WEEKDAY_ANY_CI}),?\s")


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:  # 29 February of a common year
        return None


def _mention_day(ctx: DateContext, m: re.Match[str], month: int, day: int, year_text: str | None) -> Resolved:
    if year_text:
        year = int(year_text)
        anchor = "explicit date"
    else:
        year, how = _year_for_day(ctx, m, month, day)
        lead = _LEADING_WEEKDAY.match(m.group())
        if lead:  # "Friday, Oct. 23": the nearby year in which that day is a Friday
            weekday = weekday_number(lead.group(1))
            fitting = [y for y in (year, year - 1, year + 1) if _weekday_of(y, month, day) == weekday]
            if fitting and fitting[0] != year:
                year, how = fitting[0], f"year {fitting[0]}, in which it is a {lead.group(1)}"
        anchor = f"{month:02d}-{day:02d} without a year → {how}"
    cal.check_year(year)
    res = _with_anchor(cal.day_ref(dt.date(year, month, day)), anchor)
    res.inferred = None if year_text else "year"
    return res


#: The second of two conjoined days ("April 24 and 25"), with the year they share.
_CONJOINED_DAY = re.compile(rf"\s+(?:and|&)\s+{DAYNUM},?\s+({YEAR})\b")
_CONJOINED_FIRST = re.compile(rf"\b({MONTH})\s+{DAYNUM}\s+(?:and|&)\s+$")


#: A plural noun or a unit after a number: it counts things ("4 others", "5 percent").
_COUNTED = re.compile(r"(?!(?:was|is|has|as|this|its|us|his|thus|plus)$)[a-z]+s$|(?:percent|per|of|more|million|billion|thousand|hundred)$")


@rule("conjoined_day", rf"(?:(?<=\sand\s)|(?<=\s&\s))({DAYNUM})(?:,?\s+({YEAR}))?(?![\w:])", priority=4, flags=0)
def _conjoined_day(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "The summit on April 24 and 25": each day is a date of its own (TimeML annotates
    them apart); the second takes the month and year of the first."""
    first = _CONJOINED_FIRST.search(ctx.text, max(0, m.start() - 24), m.start())
    if not first or ctx.last_day is None:
        return None
    nxt = _next_word(ctx, m.end())
    if not m.group(2) and (re.match(r"\s*%", ctx.text[m.end():m.end() + 2]) or _COUNTED.match(nxt)):
        return None  # "on May 3 and 4 others were held": a count, not a day
    month = _month_number(first.group(1))
    prev_day = ctx.last_day[0]
    if prev_day.month != month:
        return None
    day = dt.date(int(m.group(2)) if m.group(2) else prev_day.year, month, _day_number(m.group(1)))
    if day <= prev_day:
        return None
    return _remember(ctx, _with_anchor(cal.day_ref(day), f"day conjoined with {prev_day.isoformat()}"), m.group())


#: Words that may follow a day written as a word after its month ("July first, the army
#: ..."): anything else makes it another word ("May second place", "March first half").
_AFTER_DAY_WORD = re.compile(r"\s*(?:$|[.,;:!?)\]\"']|(?:and|or|to|at|in|when|until|till|through|the|this|that|last|next)\b)", re.IGNORECASE)


#: A year in two digits after an apostrophe ("Nov. 5th '24", "5 Nov '24").
_SHORT_YEAR = r"'\d\d(?!\d|s\b)"


def _two_digit_year(digits: int, ctx: DateContext) -> int:
    """The century of a two-digit year: up to ten years past the publication's, else the 1900s."""
    return digits + (1900 if digits > (ctx.published.year + 10) % 100 else 2000)


def _four_digits(year_text: str | None, ctx: DateContext) -> str | None:
    """A day's year as four digits: "'24" after "Nov. 5th" is 2024."""
    if year_text and year_text.startswith("'"):
        return str(_two_digit_year(int(year_text[1:]), ctx))
    return year_text


@rule("month_day", rf"(?:{WEEKDAY_ANY},?\s+|(?i:last|this|next)\s+)?({MONTH_CI})(?:\s+(?:(?i:the)\s+)?|(?<=[a-z.])(?=\d))({DAYNUM}|(?i:{DAYWORD}))(?:\s*(?:-|–|(?i:to|through|thru))\s*({DAYNUM}))?(?:,?\s+({YEAR}|{_SHORT_YEAR}))?(?!:\d)(?!\d)",
      priority=4, flags=0)
def _month_day(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    word, day_text = m.group(1), m.group(2)
    if not m.group(4) and _NAME_AFTER_DAY.match(ctx.text, m.end()):
        return None  # "the March 23 Movement", "July 4 Street": a name
    prev = _prev_word(ctx, m.start())
    if not _month_word_ok(word, day=day_text, year=m.group(4), prev=prev) and not (
            day_text[0].isdigit() and (ctx.standalone or (prev in _DAY_PREPS and word.lower() != "may"))):
        return None  # "you may 5", "march 3 abreast"; but "on march 3", a form's "march 3"
    if not day_text[0].isdigit():
        if not (word[0].isupper() or "the" in m.group().lower().split()) or not _AFTER_DAY_WORD.match(ctx.text, m.end()):
            return None  # "May second place", "march first": not a day
    month = _month_number(word)
    year_text = _four_digits(m.group(4), ctx)
    if not year_text and not m.group(3):
        conjoined = _CONJOINED_DAY.match(ctx.text, m.end())  # "April 24 and 25, 1999"
        year_text = conjoined.group(1) if conjoined else None
    res = _mention_day(ctx, m, month, _day_number(day_text), year_text)
    if m.group(3):
        last = _day_number(m.group(3))
        if last <= res.start_date.day:
            return None
        res.end_date = res.start_date.replace(day=last)
    return _remember(ctx, res, m.group())


#: Kinds of street, written out or abbreviated: after a date they make it a street's name
#: ("24 March Street"), after a number a house's address ("1205 Lone Oak Road").
_STREET_KINDS = (r"Street|St|Road|Rd|Avenue|Ave|Drive|Lane|Ln|Boulevard|Blvd|Highway|Hwy|Pike|Parkway|Pkwy|"
                 r"Terrace|Trail|Circle|Alley")
#: Places named after a date: "24 March Street", "3 May Square", "Avenida 9 de Julio".
_STREET_AFTER = re.compile(rf"\s+(?:(?:{_STREET_KINDS}|Square|Sq)\.?|Bridge|Stadium|Park)\b")
#: A date that begins a place's or a political movement's name: "24 March Street", "the March
#: 23 Movement", "the April 6 Youth Movement", "the March 14 Alliance", "the February 17
#: Revolution" (a day named by a capitalised head after it; the name says no day of the story).
_NAME_AFTER_DAY = re.compile(rf"{_STREET_AFTER.pattern}|\s+(?:[A-Z][a-z]+\s+)?(?:Movement|Alliance|Coalition|Front|Brigades?|Revolution)\b")


#: Prepositions before a day that make "3 march" a date even in lower case.
_DAY_PREPS = frozenset("on since until till by from before after of between".split())


@rule("day_month", rf"(?:{WEEKDAY_ANY_CI},?\s+)?(?:(?i:the)\s+)?(?:({DAYNUM})\s*(?:-|–|(?i:to|and|through|thru|till|until))\s*(?:(?i:the)\s+)?)?(?:({DAYNUM})(?:\s+(?i:of)\s+|\s+|(?<=\d)(?=[A-Za-z]))|((?i:{DAYWORD}))\s+(?:(?i:day)\s+)?(?i:of)\s+)({MONTH_CI})(?:,?\s+({YEAR}|{_SHORT_YEAR}))?", priority=4, flags=0)
def _day_month(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "3 March 2021", "the 21st of October", "the second of December", "5 - 6 April"
    (a range: the first day's value, the interval of both)."""
    first_text, day_text, word, year_text = m.group(1), m.group(2) or m.group(3), m.group(4), _four_digits(m.group(5), ctx)
    if not year_text and _NAME_AFTER_DAY.match(ctx.text, m.end()):
        return None  # "24 March Street", "the 26th of July Movement": a name
    ordinal = bool(re.search(r"(?:st|nd|rd|th)$", day_text, re.I)) or not day_text[0].isdigit()
    prev = _prev_word(ctx, m.start())
    has_of = re.search(r"\bof\s+\S+$", m.group(0)[:m.end(4) - m.start()], re.I) is not None
    if word.lower() == "may" and not year_text and not ordinal and not has_of and not first_text and not (
            word[0].isupper() and (prev in _DAY_PREPS or prev == "the" or m.group().lower().startswith("the ")
                                   or _CLAUSE_END.match(ctx.text, m.end()))):
        return None  # "5 may" as in "5 may go"; "on 9 May." and "the 12 May bombing" are the day
    if not word[0].isupper() and not (
            _month_word_ok(word, day=day_text if ordinal else None, year=year_text)
            or has_of or first_text or (word.lower() != "may" and prev in _DAY_PREPS)
            or (word.lower() not in _MONTH_HOMONYMS and _LEADING_WEEKDAY.match(m.group()))):
        return None  # lower case "3 march" needs more than a number before it
    res = _mention_day(ctx, m, _month_number(word), _day_number(day_text), year_text)
    if first_text is not None:
        first = _day_number(first_text)
        if first >= res.start_date.day:
            return None
        last = res.start_date
        res = cal.day_ref(last.replace(day=first))
        res.end_date = last
        res.anchor = f"days {first}-{last.day} of {last.strftime('%B %Y')}"
    return _remember(ctx, res, m.group())


@rule("weekday_nth", rf"({WEEKDAY_ANY_CI}),?\s+(?:(?i:the)\s+({DAYORD}|(?i:{DAYWORD}))|({DAYORD}))(?!\s+(?i:of\s+)?{MONTH_CI})", priority=4, flags=0,
      triggers="monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri sat sun")
def _weekday_nth(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "Tuesday the 19th", "tues 22nd": the 19th that is a Tuesday, nearest the publication
    date in the direction of the clause; a day of the month alone when no month near has one."""
    weekday = weekday_number(m.group(1).rstrip("."))
    if (m.group(1)[0].islower() and m.group(1).rstrip(".") in ("mon", "wed", "sat", "sun")
            and _prev_word(ctx, m.start()) not in _WEEKDAY_ABBR_PREPS and not ctx.standalone):
        return None  # "he sat 5th in the race"
    day_text = m.group(2) or m.group(3)
    if not day_text[0].isdigit() and not _AFTER_DAY_WORD.match(ctx.text, m.end()):
        return None  # "Monday the second reading"
    day = _day_number(day_text)
    how = ctx.direction(m.start(), m.end(), default="neutral")
    found = cal.weekday_day_near(ctx.published, weekday, day, how) or cal.weekday_day_near(ctx.published, weekday, day, "neutral")
    if found is None:
        found = cal.day_of_month_near(ctx.published, day, how)
        anchor = f"day {day} {how} of {_pub(ctx)} (no {m.group(1)} the {day_text} within a year)"
    else:
        anchor = f"the {day_text} that is a {m.group(1)}, {how} of {_pub(ctx)}"
    return _remember(ctx, _with_anchor(cal.day_ref(found), anchor), m.group())


#: Words before "the 3rd" that make it a day ("on the 3rd", "by the 15th", "and the 18th").
_ORDINAL_DAY_PREPS = frozenset("on by since until till from before after through to and or between".split())
_RELATIVE_MONTH = {"this": 0, "the current": 0, "next": 1, "the next": 1, "the coming": 1, "the following": 1,
                   "last": -1, "the previous": -1, "the past": -1, "the last": -1}


#: "set for", "scheduled for": what follows is a date ("set for the twenty-fifth").
_SET_FOR = re.compile(r"\b(?:set|scheduled|slated|planned|due|fixed|moved|postponed|rescheduled|booked)\s+for\s+$", re.I)


#: A part of the day before "of" and a day ("the morning of the 20th", "the night of the 3rd").
_PART_OF_DAY_OF = re.compile(r"\b(?:morning|afternoon|evening|night|eve|early\s+hours)\s+of\s+$", re.I)


@rule("ordinal_day", rf"(?:the\s+)?({DAYORD}|{DAYWORD}|\d{{1,2}}(?=\s+of\s+(?:this|next|last|the)\b))(?:\s+of\s+(this|next|last|the\s+(?:current|previous|next|coming|following|past|last))\s+month)?", priority=3)
def _ordinal_day(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "On the 3rd", "the 10th of next month": a day of the month the text leaves to the
    reader, resolved in the month of publication (or the one named) by the clause's tense."""
    day = _day_number(m.group(1))
    if not m.group(2) and not m.group().lower().startswith("the"):
        return None  # "3rd", "first" alone: ranks, not days
    if m.group(2):
        offset = _RELATIVE_MONTH[" ".join(m.group(2).lower().split())]
        year, month = cal.add_months(ctx.published.year, ctx.published.month, offset)
        res = cal.day_ref(dt.date(year, month, day))
        return _remember(ctx, _with_anchor(res, f"day {day} of {m.group(2)} month from {_pub(ctx)}"), m.group())
    prev = _prev_word(ctx, m.start())
    if prev == "for" and _SET_FOR.search(ctx.text, max(0, m.start() - 30), m.start()):
        prev = "on"  # "the vote is set for the twenty-fifth"
    if prev == "of" and _PART_OF_DAY_OF.search(ctx.text, max(0, m.start() - 25), m.start()):
        prev = "on"  # "on the morning of the 20th"
    if prev not in _ORDINAL_DAY_PREPS or not _AFTER_DAY_WORD.match(ctx.text, m.end()):
        return None  # "the 3rd Battalion", "the 19th floor", "the first of the lorries"
    if re.match(rf"\s*(?:and|or)\s+(?:the\s+)?(?:{DAYORD}|{DAYWORD})\s+[a-z]", ctx.text[m.end():m.end() + 30], re.I):
        return None  # "on the first and second rounds"
    if not m.group(1)[0].isdigit() and not re.match(r"\s*[.,;:!?)]|\s*$", ctx.text[m.end():m.end() + 2]):
        return None  # "on the second" needs to end its phrase to be a day
    narrative = ctx.narrative_date(m.start())
    if narrative is not None and narrative[1] in ("day", "month"):
        # "The strike began on 1 March 2022. On the 10th, talks resumed": the month the
        # narrative is in, not the publication's
        ref = narrative[0]
        found = dt.date(ref.year, ref.month, day)
        return _remember(ctx, _with_anchor(cal.day_ref(found), f"the {m.group(1)} → of the month of {narrative[2]}"), m.group())
    how = ctx.direction(m.start(), m.end(), default="neutral")
    found = cal.day_of_month_near(ctx.published, day, how)
    return _remember(ctx, _with_anchor(cal.day_ref(found), f"the {m.group(1)} → {how} of {_pub(ctx)}"), m.group())


@rule("month_year", rf"(?i:{PREMOD})?({MONTH_CI}),?\s+(?:(?i:of)\s+)?({YEAR}|'\d\d(?!\d|s\b))", priority=3, flags=0)
def _month_year(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    if not _month_word_ok(m.group(1), year=m.group(2)):
        return None
    year = int(m.group(2).lstrip("'"))
    if m.group(2).startswith("'"):  # "Feb '24"
        if not m.group(1)[:1].isupper():
            return None
        year = _two_digit_year(year, ctx)
    res = _narrowed(cal.month_ref(year, _month_number(m.group(1))), ctx.text[m.start():m.start(1)])
    return _with_anchor(res, "explicit month")


@rule("month_rel_year", rf"({MONTH_CI}),?\s+(?:(?i:of)\s+)?((?i:last|this|next))\s+(?i:year)", priority=3, flags=0, triggers="year")
def _month_rel_year(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    if not _month_word_ok(m.group(1), modifier=m.group(2)):
        return None
    year = ctx.published.year + {"last": -1, "this": 0, "next": 1}[m.group(2).lower()]
    return _with_anchor(cal.month_ref(year, _month_number(m.group(1))), f"{m.group(1)} of {m.group(2)} year from {_pub(ctx)}")


@rule("month_spelled_year", rf"({MONTH})\s+(?:of\s+)?({SPELLED_YEAR})", priority=3, flags=0, triggers="nineteen twenty")
def _month_spelled_year(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    return _with_anchor(cal.month_ref(_spelled_year_value(m.group(2)), _month_number(m.group(1))), "month and year in words")


@rule("week_of", rf"the\s+week\s+of\s+({MONTH})\s+({DAYNUM})(?:,?\s+({YEAR}))?", priority=5, triggers="week")
def _week_of(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    if not _month_word_ok(m.group(1), day=m.group(2), year=m.group(3)):
        return None
    day = _mention_day(ctx, m, _month_number(m.group(1)), _day_number(m.group(2)), m.group(3))
    return _with_anchor(cal.week_ref(day.start_date), f"week of {day.start_date.isoformat()}")


#: Words after "the March"/"the May" that make it a noun ("the march on", "the may of").
_NOT_AFTER_MONTH = frozenset("on to of by from through across against and or in for was is".split())
#: Prepositions after which a lower-case "march", "may" or "august" is the month ("in may.").
_MONTH_PREPS = frozenset("in since until till during through by from of before after early late".split())
#: An infinitive ("to acquire", "to be published", "could dispatch") between a past verb and a month.
_INFINITIVE_BEFORE = re.compile(r"\b(?:to|could|can|should|must)\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|not\b|have\b)[a-z]{2,}\b")
_CLAUSE_END = re.compile(r"\s*(?:$|[.,;:!?)]|(?:and|or|but|when|this|last|next|to|until)\b)")
#: Verbs of saying and the like after a capitalised month: a person ("June said", "April asked").
_NAME_VERBS = frozenset("""said says told asked asks added wrote writes explained smiled replied answered
sang sings recalled noted laughed""".split())


def _month_is_name(ctx: DateContext, m: re.Match[str]) -> bool:
    """ "June Carter sang", "April Ryan asked", "June said", "according to April,", "said
    June.": a month name that is a person's."""
    if re.match(r"\s*[,.;:]", ctx.text[m.end():m.end() + 2]) and (
            re.search(r"\baccording\s+to\s+$", ctx.text[max(0, m.start() - 20):m.start()], re.I)
            or re.search(r"\b(?:" + "|".join(_NAME_VERBS) + r")\s+$", ctx.text[max(0, m.start() - 20):m.start()])):
        return True  # a source named at the end of its phrase; a month there has its preposition
    if _surname_month(ctx, m):
        return True
    nxt_match = re.match(r"\s+([A-Z][a-z]+|[a-z]+)", ctx.text[m.end():m.end() + 30])
    if not nxt_match:
        return False
    nxt = nxt_match.group(1)
    if nxt.lower() in _NAME_VERBS:
        return True
    prev = _prev_word(ctx, m.start())
    if prev in ("and", "or") and not _CONJOINED_AFTER_PREP.search(ctx.text, max(0, m.start() - 40), m.start()):
        prev = ""  # "May and June Smith run the bakery": no preposition governs the pair
    if nxt[0].isupper() and prev not in _TEMPORAL_PREPS and nxt.lower() not in MONTHS and nxt.lower() not in WEEKDAYS:
        return m.group(2).lower() in _NAME_MONTHS
    return False


#: Month names that are also given names or surnames.
_NAME_MONTHS = frozenset(("june", "april", "august", "may", "january"))

#: A capitalised word after a lower-case one or a comma, right before a bare month name ("said
#: Jason January with the fire department"; not in a headline's capitals, "Burn Ban Ends January",
#: nor a noun after its determiner, "the House April").
_GIVEN_NAME_BEFORE = re.compile(r"(?:\b(?!(?:the|a|an|this|that|its|his|her|their|our|each|every)\s)[a-z]+|[,”])\s+([A-Z][a-z]+)\s+$")


def _surname_month(ctx: DateContext, m: re.Match[str]) -> bool:
    """ "said Jason January with the department", "the engineer, Ann May, said": a bare month
    name that is also a surname, right after a capitalised word inside the sentence (a given
    name), is that person's name; not after a temporal word ("Until January", "Sunday
    January"), nor with a day or a year after it ("Monday January 5", "Obama January 2009")."""
    if m.group(2).lower() not in _NAME_MONTHS or re.match(r"\s*,?\s*\d", ctx.text[m.end():m.end() + 4]):
        return False
    before = _GIVEN_NAME_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    if before is None:
        return False
    word = before.group(1).lower()
    return word not in _TEMPORAL_PREPS and word not in MONTHS and word not in WEEKDAYS \
        and word not in ("the", "this", "that", "last", "next", "early", "late", "mid", "of")

#: "in May and ...", "between March or ...": a temporal preposition before the first of two
#: conjoined words.
_CONJOINED_AFTER_PREP = re.compile(r"\b(?:in|on|since|until|till|by|from|through|during|before|after|between|of|early|late)\s+\S+\s+(?:and|or)\s+$", re.I)


#: A day number right before a month ("9 July", "the 26th of July") and right after one ("March 23").
_DAY_BEFORE_MONTH = re.compile(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_DAY_AFTER_MONTH = re.compile(r"\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)")


def _day_of_a_name(ctx: DateContext, m: re.Match[str]) -> bool:
    """The month is part of a day that begins a name (:data:`_NAME_AFTER_DAY`), the day written
    before it ("9 July Street", "the 26th of July Movement") or after it ("the March 23 Movement")."""
    if _NAME_AFTER_DAY.match(ctx.text, m.end()):
        return _DAY_BEFORE_MONTH.search(ctx.text, max(0, m.start() - 10), m.start()) is not None
    day = _DAY_AFTER_MONTH.match(ctx.text, m.end())
    return day is not None and _NAME_AFTER_DAY.match(ctx.text, day.end()) is not None


@rule("month", rf"(?:(last|this|next|past|this\s+past|early-?|late-?|mid-?|(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s*)?({MONTH_DOT}|May|{_M_ABBR})")
def _month(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    word = m.group(2)
    month = _month_number(word)
    modifier = (m.group(1) or "").lower()
    prev = _prev_word(ctx, m.start())
    if not modifier and _day_of_a_name(ctx, m):
        return None  # "from 9 July Street", "the March 23 Movement": named after a day (the day's rule declines it too)
    if not _capitalised(word):
        if word.lower().rstrip(".") in _MONTH_HOMONYMS and not modifier:
            # "in march." is the month; "in march formation", "you may" are not.
            if prev not in _MONTH_PREPS or not _CLAUSE_END.match(ctx.text, m.end()):
                return None
        elif not _month_word_ok(word, modifier=modifier, prev=prev):
            return None
        if modifier in ("last", "next", "this") and prev == "the":
            return None  # "the last march on the capital"
        if modifier == "this" and word.lower() in _MONTH_HOMONYMS and not _CLAUSE_END.match(ctx.text, m.end()):
            return None  # "arrested at this march in each of the last three years"
    elif not modifier and _month_is_name(ctx, m):
        return None
    if word.lower() in ("may", "march") and not modifier:
        # "may"/"march" are verbs too: accept only after a temporal preposition.
        nxt = _next_word(ctx, m.end())
        attributive = prev == "the" and nxt[:1].islower() and nxt.lower() not in _NOT_AFTER_MONTH
        if (prev not in _TEMPORAL_PREPS and not attributive) or nxt.lower() in ("be", "have", "not"):
            return None  # "The March accession" is the month; "the march to" is not
    if word[-1] != "." and len(word) <= 4 and word.lower() not in ("may", "june", "july"):
        # "in aug", "last sept", "since Nov": an abbreviation without its dot is the month
        # after a modifier or a temporal preposition, at the end of its phrase; "Jan", "Mar",
        # "Dec" are names and words too
        if (word.lower() in _MONTH_HOMONYMS or not (modifier or prev in _MONTH_PREPS)
                or not _CLAUSE_END.match(ctx.text, m.end())):
            return None
    part = cal.part_word(modifier) if modifier else None
    if modifier.startswith("last") or modifier.startswith("past") or modifier.endswith("past"):
        year = ctx.published.year if month < ctx.published.month else ctx.published.year - 1
        how = "last"
    elif modifier == "next":
        year = ctx.published.year if month > ctx.published.month else ctx.published.year + 1
        how = "next"
    elif modifier == "this":
        year, how = ctx.published.year, "this"
    elif not modifier and prev == "that" and ctx.last_point is not None:
        # "He was elected in 2008. That November, he ...": the month of the narrative's year;
        # after a day, the story told onward ("listed on 2 April 2004. That December, ..." is 2004).
        ref, ref_desc = ctx.last_point.day, ctx.last_point.desc
        year = ref.year if ctx.last_point.precision in ("year", "decade") else cal.year_for_month(
            ref, month, _narrative_way(ctx, m.start()))
        res = cal.part_of(cal.month_ref(year, month), part) if part else cal.month_ref(year, month)
        res.inferred = "year"
        return _with_anchor(res, f"that {word} → of the narrative, near {ref_desc}")
    elif (narrative := ctx.narrative_date(m.start())) is not None:
        ref, precision, desc = narrative
        year = ref.year if precision == "year" else cal.year_for_month(ref, month, _narrative_way(ctx, m.start()))
        res = cal.part_of(cal.month_ref(year, month), part) if part else cal.month_ref(year, month)
        res.inferred = "year"
        return _with_anchor(res, f"{word} → of the narrative, near {desc}")
    else:
        # A month just ahead of publication is mostly a coming one ("in January", written in
        # November); further ahead it takes a clause about the future to look forward.
        ahead = (month - ctx.published.month) % 12
        tense = ctx.tense(m.start(), m.end())
        if tense == "past" and 1 <= ahead <= 4 and _INFINITIVE_BEFORE.search(
                ctx.text, max(ctx.sentence_bounds(m.start())[0], m.start() - 90), m.start()):
            tense = None  # "decided to admit them in early March": the infinitive looks ahead
        if tense == "past" and 1 <= ahead <= 2 and told_of_happening(
                ctx.text[max(ctx.sentence_bounds(m.start())[0], m.start() - 150):m.start()]):
            tense = None  # "told airlines of a rise in fees in August": the rise's month, just ahead
        if 1 <= ahead <= 6 and prev in ("through", "until", "till") and not past_until(
                ctx.text[max(0, m.start() - 50):m.start()]):
            tense = "future"  # "loans through January": an end still to come (not "the ban lasted until March")
        if tense != "past" and (1 <= ahead <= 2 or (ahead <= 4 and ahead) or ctx.standalone):
            how = "future"
        else:
            how = tense or "past"
        year = cal.year_for_month(ctx.published, month, how)
    res = cal.part_of(cal.month_ref(year, month), part) if part else cal.month_ref(year, month)
    res.inferred = "year"
    return _with_anchor(res, f"{word} → {how} {word} relative to {_pub(ctx)}")


# --------------------------------------------------------------------------- years, decades

_PRODUCT_BEFORE = re.compile(r"(?:[A-Z][A-Za-z]*|[A-Z]+)\s+$")
_YEAR_ALLOWED_BEFORE = frozenset("""in since until till by from to through during before after of
early late mid the and or fiscal year calendar between around about for throughout ended
ending until circa than""".split())


#: "A 1996 law", "That 1978 resolution": a determiner before a year at the start of a
#: sentence is no product name ("Windows 2000").
_YEAR_DETERMINERS = frozenset("a an that this these those".split())
_POSSESSIVES = frozenset("his her its their our my your".split())
#: A street after the number: a house number, not a year ("John Doe, 34, of 1205 Lone Oak Road
#: Lot 12, was arrested"; "the fire at 1830 N. Maple St."). Up to four capitalised words (or a
#: compass abbreviation) and then a kind of street; not "Court" or "Place", which follow a
#: year as readily ("in 2008 Superior Court judges ruled").
_ADDRESS_AFTER = re.compile(
    r"\s+(?:(?:[NSEW]\.|[A-Z][A-Za-z'’-]*|\d+(?:st|nd|rd|th))\s+){1,4}"
    rf"(?:{_STREET_KINDS})\b")
#: Prepositions that take a time and never a house number.
_TIME_ONLY_PREPS = frozenset("in since until till during before after by through throughout".split())
#: A make and model after the year: "2006 Dodge Dakota", "1993 brown Cadillac driven by".
_MODEL_YEAR_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?[A-Z][a-z]+\s+(?:[A-Z0-9]|truck|car|sedan|van|pickup|driven|motorcycle)")


#: A time zone after a four-digit number: a 24-hour clock time, not a year ("at 5 p.m. local
#: time (2100 UTC)", "at about 10:35 a.m. (0735 GMT)", "1354Z").
_ZONE_CLOCK_AFTER = re.compile(r"\s*(?:UTC|GMT|Z)\b")


@rule("year", rf"(?:(?:(?:the\s+)?(?:fiscal|calendar|model)(?:\s+year)?|(?:the\s+)?year)\s+)?(?:(?:the\s+)?(?:early|late|mid-?)\s*|(?:post|pre)-)?(?:'|FY\s?)?({YEAR})(?:'s)?(?!\s*(?:%|percent|per\s+cent|-(?!-)|–)|\.\d|,\d|/\d)")
def _year(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    year = int(m.group(1))
    head = m.group()[:m.start(1) - m.start()].lower()
    if not head.strip():
        before = ctx.text[max(0, m.start() - 25):m.start()]
        prev = _prev_word(ctx, m.start())
        if re.search(r"[\d$£€#]\s*$|No\.\s*$|\b(?:number|version|v|room|flight|route|highway|interstate|mile|milepost|kilometre|kilometer|km|exit|apartment|suite|lot|page|article|resolution|chapter|section|paragraph|model|regulation|directive|decree)\s*$", before, re.I):
            return None
        if ((prev in _YEAR_DETERMINERS or prev in _POSSESSIVES or prev.endswith("'s")
             or (prev.isalpha() and prev.islower() and prev not in _YEAR_ALLOWED_BEFORE and prev not in _TEMPORAL_PREPS))
                and _MODEL_YEAR_AFTER.match(ctx.text, m.end())):
            return None  # a model year: "A 2006 Dodge Dakota", "a 2005 black Ford truck", "her stolen 1989 Mercury Marquis"
        if prev not in _TIME_ONLY_PREPS and _ADDRESS_AFTER.match(ctx.text, m.end()):
            return None  # a house number: "of 1205 Lone Oak Road" (not "In 2004 Main Street was rebuilt")
        if _PRODUCT_BEFORE.search(before) and prev not in _YEAR_ALLOWED_BEFORE and prev not in _YEAR_DETERMINERS:
            if not re.search(rf"(?:{_M_FULL}|{WEEKDAY}|Christmas|Easter|Summer|Spring|Winter|Fall|Autumn|In|Since|By|Until|From|During|Before|After|Early|Late)\s*,?\s*$", before):
                return None
        if _ZONE_CLOCK_AFTER.match(ctx.text, m.end()) and prev not in _YEAR_ALLOWED_BEFORE:
            return None  # a clock time: "at 5 p.m. local time (2100 UTC)"
        after = ctx.text[m.end():m.end() + 25]
        if re.match(r"\s+(?:people|persons|men|women|troops|soldiers|workers|tons|members|units|dollars|shares|votes|miles|kilometers|kilometres|km|feet|meters|metres|yards|acres|tons|tonnes|kg|litres|liters|cars|jobs|employees|students|cases|times|copies|homes|houses|rounds|barrels)\b", after, re.I):
            return None
        if _counted_plural(ctx, m.start(), m.end(), prev):
            return None
        if year < 1800 and prev not in _YEAR_ALLOWED_BEFORE:
            return None
    return _with_anchor(_narrowed(cal.year_ref(year), ctx.text[m.start():m.start(1)]), "explicit year")


def _counted_plural(ctx: DateContext, start: int, end: int, prev: str) -> bool:
    """A four-digit number that counts the plural noun after it: after a word that is no
    preposition of time, determiner or possessive ("some 1950 protesters", "killing 1200
    civilians"), or opening a clause when it is far from the publication's year ("As of
    Wednesday, 1885 aftershocks had occurred"; but "Sales rose, 2019 figures show"): an amount,
    not a year ("in 2019 elections", "the 1990 protests" stay years)."""
    after = re.match(r"\s+([a-z]+)\b", ctx.text[end:end + 25])
    if after is None or not after.group(1).endswith("s") or after.group(1).endswith(("ss", "us", "is")):
        return False
    if ctx.text[max(0, start - 3):start].rstrip().endswith((",", ";", ":")):
        return abs(int(ctx.text[start:end][-4:]) - ctx.published.year) > 50
    return prev.isalpha() and prev.islower() and prev not in _NOT_BEFORE_A_COUNT


#: words before a year that keep it a year ("in 2019 elections", "the 1990 protests", "their 2019 figures")
_NOT_BEFORE_A_COUNT = _YEAR_ALLOWED_BEFORE | _TEMPORAL_PREPS | _YEAR_DETERMINERS | _POSSESSIVES


@rule("short_year", r"'(\d\d)(?!\d|s\b)", priority=0)
def _short_year(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "In '97", "the class of '08": a year written with two digits after an apostrophe."""
    prev = _prev_word(ctx, m.start())
    if prev not in _TEMPORAL_PREPS and not ctx.standalone and not re.search(rf"(?:{_M_FULL}|{SEASONS_RE})\s*$", ctx.text[max(0, m.start() - 12):m.start()], re.I):
        return None
    return _with_anchor(cal.year_ref(_two_digit_year(int(m.group(1)), ctx)), "explicit year (two digits)")


@rule("decade", r"(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:(1\d|20)?(\d)0'?s|'(\d)0s)", priority=1)
def _decade(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    century, digit, short = m.group(1), m.group(2), m.group(3)
    if short is not None:
        decade = (ctx.published.year // 100) * 100 + int(short) * 10
        if decade > ctx.published.year:
            decade -= 100
    elif century is not None:
        decade = int(century) * 100 + int(digit) * 10
        if digit == "0" and int(century) < 20:  # "the 1800s": the century
            return _with_anchor(cal.century_ref(decade), "explicit century (the 1800s)")
    elif m.group().lower().startswith("the") and _decade_not_measure(ctx, m):
        # "the 90s", "the 80's": a decade of the last hundred years, unless the sentence
        # measures temperatures, ages, speeds or scores ("temperatures hit the 40s")
        decade = (ctx.published.year // 100) * 100 + int(digit) * 10
        if decade > ctx.published.year:
            decade -= 100
    else:
        return None  # "40s" is more often ages or temperatures
    digits = re.search(r"['\d]", m.group())
    return _with_anchor(_narrowed(cal.decade_ref(decade), m.group()[:digits.start()]), "explicit decade")


#: Words of a sentence that measures, where "the 40s" is a number: temperatures, ages, speeds.
_MEASURE_WORDS = re.compile(r"\b(?:temperatures?|degrees?|highs?|lows?|fahrenheit|celsius|heat|thermometers?|"
                            r"aged?|ages|years?\s+old|olds?|mph|km/h|speeds?|percent|per\s+cent|score[sd]?|"
                            r"polls?|ratings?|rates?|prices?|yields?|rain|snow|weather|forecasts?|sunny|cloudy|warm|cool|[$\u00a3\u20ac%\u00b0])", re.I)


def _decade_not_measure(ctx: DateContext, m: re.Match[str]) -> bool:
    s_start, s_end = ctx.sentence_bounds(m.start())
    if _prev_word(ctx, m.start()) in ("high", "low", "upper", "lower", "mid"):
        return False
    return not _MEASURE_WORDS.search(ctx.text, s_start, s_end)


@rule("decade_word", rf"(?:the\s+)(?:(?:early|late|mid-?)\s*)?(?:nineteen[\s-]+)?({'|'.join(DECADE_WORDS | NEXT_CENTURY_DECADE_WORDS)})", triggers="twenties thirties forties fifties sixties seventies eighties nineties noughties aughts naughties")
def _decade_word(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    word = m.group(1).lower()
    decade = 1900 + (DECADE_WORDS.get(word) or NEXT_CENTURY_DECADE_WORDS[word])
    return _with_anchor(cal.decade_ref(decade), "decade in words (20th century assumed)")


#: Centuries in words: the one-word ordinals up to the twentieth, and "twenty-first".
_CENTURY_ORD = {word: n for word, n in ORDINAL_WORDS.items() if n <= 20} | {"twenty-first": 21}


@rule("century", r"(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(\d{1,2}(?:st|nd|rd|th)|" + "|".join(_CENTURY_ORD) + r")[\s-]+century", triggers="century")
def _century(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    word = m.group(1).lower()
    number = _CENTURY_ORD.get(word) or int(re.match(r"\d+", word).group())
    if not 10 <= number <= 29:
        return None
    return _with_anchor(_narrowed(cal.century_ref((number - 1) * 100), ctx.text[m.start():m.start(1)]), "explicit century")


#: Prepositions after which "two thousand (and) three" is a year ("in", "since"), not an amount
#: ("rose by two thousand", "after two thousand votes" are amounts).
_SPOKEN_YEAR_PREPS = frozenset("in since until till during throughout".split())
#: What ends a spoken year's phrase: a clause or sentence boundary ("In two thousand three, ...");
#: a following word may make it an amount ("two thousand three hundred", "two thousand people").
_PHRASE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")


def _spoken_year_2000s(ctx: DateContext, m: re.Match[str]) -> bool:
    """ "In two thousand three", "since two thousand and eight": a year of the 2000s in words
    after a preposition of time and ending its phrase, so no word after it makes it an amount
    ("in two thousand three hundred homes", "by two thousand people")."""
    return _prev_word(ctx, m.start()) in _SPOKEN_YEAR_PREPS and bool(_PHRASE_END.match(ctx.text, m.end()))


@rule("spelled_year", r"(?:the\s+year\s+)?(?:(?:nineteen|twenty)[\s-]+(?:" + "|".join(TENS) + r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand(?:\s+(?:and\s+)?(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)\b)?)", triggers="nineteen twenty thousand")
def _spelled_year(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    text = m.group().lower()
    if "thousand" in text:
        if not text.startswith("the year") and not _spoken_year_2000s(ctx, m):
            return None
        rest = text.split("thousand", 1)[1].replace("and", "").strip()
        return _with_anchor(cal.year_ref(2000 + (SMALL_NUMBERS.get(rest, 0) if rest else 0)), "year in words")
    sm = _SPELLED_YEAR.search(text)
    century = 1900 if sm.group(1) == "nineteen" else 2000
    tens = TENS.get(sm.group(2)) or SMALL_NUMBERS[sm.group(2)]
    ones = SMALL_NUMBERS[sm.group(3)] if sm.group(3) else 0
    unambiguous = century == 1900 and sm.group(2) in TENS  # "nineteen ninety-six" is no amount
    prev = _prev_word(ctx, m.start())
    if not (unambiguous or text.startswith("the year")) and prev not in _TEMPORAL_PREPS:
        return None
    if (m.group()[0].isupper() and prev not in _TEMPORAL_PREPS and m.start() > ctx.sentence_bounds(m.start())[0]
            and re.search(r"\s[A-Z]", m.group())):
        return None  # a title in capitals inside a sentence: "He read Nineteen Eighty-Four"
    return _with_anchor(cal.year_ref(century + tens + ones), "year in words")


# --------------------------------------------------------------------------- quarters, halves

#: A forecast: "expect growth to slow in the third quarter" (of the coming year).
_FORECAST = re.compile(r"\b(?:expects?|expected|expecting|forecasts?|forecasting|predicts?|predicted|projects?|projected|anticipates?|sees)\b", re.I)
#: What a quarter's results are reported as: "third-quarter earnings" is the quarter past.
_RESULTS_AFTER = re.compile(r"[\s-]*(?:results?|earnings|profits?|net|loss(?:es)?|sales|revenues?|figures|reports?|dividends?)\b", re.I)


#: A forecast of a quarter's results ("expects to report net income for the third quarter")
#: is about the quarter just past.
_RESULTS_WORDS = re.compile(r"\b(?:report|results?|earnings|profits?|net|income|loss(?:es)?|charge|sales|revenues?|dividends?|per\s+share|a\s+share)\b", re.I)


def _quarter_year(ctx: DateContext, quarter: int, m: re.Match[str]) -> int:
    """The year of a quarter named without one: this year's unless it is more than one
    quarter ahead (then last year's), or a forecast names a quarter already past this year
    ("analysts expect growth to slow in the third quarter", written in December)."""
    pub_q = cal.quarter_of(ctx.published)
    tense = ctx.tense(m.start(), m.end())
    if ctx.standalone and tense is None:
        return ctx.published.year if quarter >= pub_q else ctx.published.year + 1  # "third qtr" alone: the coming one
    if quarter < pub_q and tense == "future" and not _RESULTS_AFTER.match(ctx.text, m.end()) \
            and _forecast_before(ctx, m):
        return ctx.published.year + 1
    if quarter > pub_q:
        if tense == "past":
            return ctx.published.year - 1  # "Q4 results were released in January" (told in July): last year's
        if tense == "future":
            return ctx.published.year  # "sales are forecast to rise in the third quarter" (told in February): this year's
        if tense is None and _forecast_before(ctx, m):
            return ctx.published.year  # "the bank projects inflation of 3% in the fourth quarter": ahead
    return ctx.published.year if quarter <= pub_q + 1 else ctx.published.year - 1


def _forecast_before(ctx: DateContext, m: re.Match[str]) -> bool:
    """A forecast's words come before the date in its sentence ("analysts expect growth to slow
    in"), and no words of results between them."""
    s_start, _ = ctx.sentence_bounds(m.start())
    forecast = _FORECAST.search(ctx.text, s_start, m.start())
    return bool(forecast) and not _RESULTS_WORDS.search(ctx.text, forecast.end(), m.start())


def _relative_year(word: str, ctx: DateContext) -> int | None:
    w = " ".join(word.lower().replace("'s", "").split())
    if re.fullmatch(YEAR, w):
        return int(w)
    if w.startswith("fiscal "):
        return int(w.split()[1])
    return {"this year": ctx.published.year, "last year": ctx.published.year - 1,
            "next year": ctx.published.year + 1, "the year": ctx.published.year}.get(w)


_QYEAR = rf"(?:(?:fiscal\s+)?{YEAR}|this\s+year|last\s+year|next\s+year)"


#: A game's quarters ("led by ten in the first quarter", "scored twice in the fourth quarter"); a
#: game's "rebounds" are counted, "a rebound in the third quarter" is the economy's.
_GAME_QUARTER = re.compile(r"\b(?:scor(?:e|ed|es|ing)|goals?|touchdowns?|baskets?|rebounds|free\s+throws?|"
                           r"half-?time|quarterback|referee|(?:led|trailed|leading|trailing)\s+by\s+(?:\d+|[a-z]+)\b(?!\s+(?:percent|%|per)))", re.I)


@rule("quarter", rf"(?:the\s+)?(?:({_QYEAR}|year-ago|year-earlier|comparable|same)(?:'s)?\s+)?(?:(?:fiscal|calendar)[\s-]+)?(first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+(?:fiscal[\s-]+)?(?:quarter|qtr\.?)(?:\s+of\s+(?:the\s+)?({_QYEAR}|(?:fiscal\s+)?year)|\s+({YEAR}))?", priority=2, triggers="quarter quarters qtr")
def _quarter(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "the third quarter", "the fourth quarter of 2024"; "the final quarter" is the fourth
    ("revenue in the final quarter is expected to beat forecasts"), not of anything else than
    a year ("the final quarter of the match")."""
    final = m.group(2).lower() == "final"
    if final and re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4]):
        return None
    quarter = 4 if final else ORDINALS[m.group(2).lower()]
    year_text = m.group(1) or m.group(3) or m.group(4)
    if not year_text:
        s_start, s_end = ctx.sentence_bounds(m.start())
        if _GAME_QUARTER.search(ctx.text, s_start, s_end) and not _RESULTS_WORDS.search(ctx.text, s_start, s_end):
            return None  # a quarter of a game
    year = _relative_year(year_text, ctx) if year_text else None
    if year_text and year_text.lower() in ("year-ago", "year-earlier", "comparable", "same"):
        year = _quarter_year(ctx, quarter, m) - 1
        ctx.last_quarter = (year + 1, quarter, m.start())
        return _with_anchor(cal.quarter_ref(year, quarter), "the same quarter a year before")
    ended = _QUARTER_ENDED.match(ctx.text, m.end()) if year is None else None
    if ended and "ended" in ended.group():
        # "the second quarter ended Oct. 31" (told on Oct. 27): the quarter of that year's end
        end_month, end_day = _month_number(ended.group(1)), _day_number(ended.group(2))
        year = cal.year_for_month(ctx.published, end_month, "past", end_day)
        anchor = f"quarter {quarter} ended {ended.group(1)} {ended.group(2)} {year}, not after {_pub(ctx)}"
    elif year is None:
        year = _quarter_year(ctx, quarter, m)
        anchor = f"quarter {quarter} without a year → {year} from {_pub(ctx)}"
    else:
        anchor = "explicit quarter"
    ctx.last_quarter = (year, quarter, m.start())
    return _with_anchor(cal.quarter_ref(year, quarter), anchor)


#: How far back (characters) a quarter mentioned by number still is "the quarter".
_QUARTER_REACH = 400


def _compares_years(ctx: DateContext, pos: int) -> bool:
    """True when the results period mentioned last before ``pos`` is longer than a quarter
    ("In the first nine months, net rose to $306 million from $195 million a year
    earlier"): then "a year earlier" is the previous year, not the same quarter."""
    long_pos = ctx.last_long_period
    if long_pos is None or pos - long_pos > _QUARTER_REACH:
        return False
    return ctx.last_quarter is None or ctx.last_quarter[2] < long_pos


def _quarter_mentioned(ctx: DateContext) -> bool:
    """True once the text has named a quarter: only then is "a year earlier" in results
    the same quarter a year before (a monthly report's "a year earlier" is the year)."""
    return ctx.last_quarter is not None


def _latest_quarter(ctx: DateContext, pos: int) -> tuple[int, int]:
    """The quarter mentioned shortly before ``pos``, else the last complete quarter.

    A quarter that begins after the publication date is a forecast ("losses through the
    third quarter of 1990"), not the results being reported: it is passed over.
    """
    if ctx.last_quarter is not None and pos - ctx.last_quarter[2] <= _QUARTER_REACH:
        year, quarter = ctx.last_quarter[0], ctx.last_quarter[1]
        if dt.date(year, 3 * quarter - 2, 1) <= ctx.published:
            return year, quarter
    q = cal.quarter_of(ctx.published) - 1
    return (ctx.published.year, q) if q else (ctx.published.year - 1, 4)


def _reported(ctx: DateContext) -> bool:
    """True when the quarter named last is one results can be reported for: it ended
    before publication, or it is a company's fiscal quarter ("the fiscal fourth quarter"
    of a year that ends in September), not the calendar quarter under way ("a
    fourth-quarter charge")."""
    year, quarter, pos = ctx.last_quarter
    if cal.quarter_ref(year, quarter).end_date < ctx.published:
        return True
    if "fiscal" in ctx.text[max(0, pos - 12):pos + 40].lower():
        return True
    return ctx.tense(pos, pos + 1) == "past"  # "reported a decline in fourth-quarter earnings"


#: "the quarter ended Sept. 30": the month a (possibly fiscal) quarter ends in.
_QUARTER_ENDED = re.compile(rf",?\s+end(?:ed|ing)\s+({MONTH})\s+({DAYNUM})\b")


def _quarter_ending(ctx: DateContext, month: int) -> tuple[int, int]:
    """The calendar quarter holding most of the three months that end with ``month``
    ("the quarter ended July 31" runs May to July: the second quarter), in the year of
    the latest such month-end not after publication (results are reported afterwards)."""
    middle = (month - 2) % 12 + 1  # the middle month of the three
    year = ctx.published.year if month <= ctx.published.month else ctx.published.year - 1
    if middle > month:
        year -= 1  # "ended Jan. 31" is mostly December: the year before
    return year, (middle - 1) // 3 + 1


@rule("the_quarter", r"(?:the\s+)(?:((?:comparable|same|corresponding)\s+year-(?:ago|earlier)|latest|current|recent|most\s+recent|just-ended|just\s+ended|past|previous|prior|year-ago|year-earlier|same|comparable|last|fiscal|first|next|coming|third|fourth)\s+)?(?:fiscal\s+)?(quarter|period)(?!s)(\s+a\s+year\s+(?:ago|earlier))?|(last|this|next|latest|that)\s+quarter", triggers="quarter period")
def _the_quarter(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    mod = " ".join((m.group(1) or m.group(4) or "").lower().split())
    if m.group(3) or "year-" in mod:
        mod = "year-ago"  # "the quarter a year ago", "the comparable year-ago quarter"
    noun = (m.group(2) or "quarter").lower()
    if noun == "period" and mod not in ("latest", "year-ago", "year-earlier", "recent", "most recent", "just-ended", "just ended", "comparable", "same", "current"):
        return None
    if mod in ("first", "third", "fourth"):
        return None
    if noun == "period" and not ctx.has_quarters:
        return None
    pub_q = cal.quarter_of(ctx.published)
    # "the quarter ended July 31" names its quarter by the month it ends in, unless the text
    # has just named it ("the fiscal first quarter ... for the quarter ended Sept. 29").
    named = ctx.last_quarter is not None and m.start() - ctx.last_quarter[2] <= _QUARTER_REACH
    ended = _QUARTER_ENDED.match(ctx.text, m.end()) if noun == "quarter" and not named else None
    if ended and mod in ("", "latest", "fiscal", "most recent", "recent", "just-ended", "just ended", "past"):
        year, quarter = _quarter_ending(ctx, _month_number(ended.group(1)))
        how = f"the calendar quarter of most of the three months to {ended.group(1)}"
    elif (mod == "this" and named and ctx.text.startswith("'s", m.end()) and _RESULTS_AFTER.match(ctx.text, m.end() + 2)
          and cal.quarter_ref(ctx.last_quarter[0], ctx.last_quarter[1]).end_date < ctx.published
          and ctx.tense(m.start(), m.end()) != "future"):
        # "reported a loss for the third quarter ended Sept. 30 ... This quarter's loss
        # includes charges": the quarter the report is about, closed before publication.
        year, quarter = ctx.last_quarter[0], ctx.last_quarter[1]
        how = "the quarter the results are reported for"
    elif mod in ("current", "this"):
        year, quarter = ctx.published.year, pub_q
        how = "current quarter"
    elif mod in ("next", "coming", "this coming"):
        year, quarter = (ctx.published.year, pub_q + 1) if pub_q < 4 else (ctx.published.year + 1, 1)
        how = "next quarter"
    elif mod in ("year-ago", "year-earlier", "same", "comparable"):
        year, quarter = _latest_quarter(ctx, m.start())
        year -= 1
        how = "same quarter a year before"
    elif mod in ("last", "previous", "prior") and m.group(4):
        year, quarter = (ctx.published.year, pub_q - 1) if pub_q > 1 else (ctx.published.year - 1, 4)
        how = "quarter before the publication quarter"
    elif mod in ("latest", "most recent", "recent", "just-ended", "just ended", "past") and named and _reported(ctx):
        # "net for the fiscal second quarter ... The latest period includes gains": the
        # results period the story has just named (a fiscal quarter keeps its number)
        year, quarter = ctx.last_quarter[0], ctx.last_quarter[1]
        how = "the results period named before"
    elif mod in ("latest", "most recent", "recent", "just-ended", "just ended", "past"):
        q = pub_q - 1
        year, quarter = (ctx.published.year, q) if q else (ctx.published.year - 1, 4)
        how = "latest complete quarter"
    else:
        year, quarter = _latest_quarter(ctx, m.start())
        how = "the quarter last mentioned, else the latest complete one"
        if named and not mod and _fiscal(ctx):
            # "Acme earned $5 million in the fiscal second quarter. Sales rose in the quarter
            # ended Sept. 30": a quarter of the company's own year, which calendar quarter
            # unknown (its number is the fiscal one's)
            ctx.last_quarter = (year, quarter, m.start())
            ctx.fiscal_quarters.add(m.start())
            ctx.unknown_quarters.add(m.start())
            return _with_anchor(cal.unknown_quarter_ref(year), f"a fiscal quarter named before, {_pub(ctx)}")
    if how != "same quarter a year before":
        ctx.last_quarter = (year, quarter, m.start())
    return _with_anchor(cal.quarter_ref(year, quarter), f"{how}, {_pub(ctx)}")


def _fiscal(ctx: DateContext) -> bool:
    """The quarter named last is one of a company's fiscal year ("the fiscal first quarter"),
    or a quarter that referred back to one."""
    pos = ctx.last_quarter[2]
    return pos in ctx.fiscal_quarters or "fiscal" in ctx.text[max(0, pos - 12):pos + 40].lower()


@rule("year_quarter", rf"the\s+({YEAR})\s+(?:fiscal\s+)?(quarter|period)|(last\s+year's|this\s+year's)\s+(quarter|period)|the\s+(?:same|corresponding|comparable)\s+(?:quarter|period)\s+(a\s+year\s+(?:ago|earlier)|last\s+year|of\s+{YEAR}|in\s+{YEAR})", priority=3, triggers="quarter period")
def _year_quarter(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    _, quarter = _latest_quarter(ctx, m.start())
    low = " ".join(m.group().lower().split())
    year_match = re.search(YEAR, low)
    if year_match:
        year = int(year_match.group())
    elif "this year" in low:
        year = ctx.published.year
    else:
        year = _latest_quarter(ctx, m.start())[0] - 1
    if "period" in low and _compares_years(ctx, m.start()):
        return _with_anchor(cal.year_ref(year), f"{m.group()} → the year {year} (after a results period longer than a quarter)")
    return _with_anchor(cal.quarter_ref(year, quarter), f"{m.group()} → quarter {quarter} (latest reported) of {year}")


@rule("year_ago_adj", r"(?:the\s+)?(year-ago|year-earlier|a-year-ago|year-before)(?!\s+(?:quarter|period))")
def _year_ago_adj(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    if ctx.has_quarters and not _compares_years(ctx, m.start()) and _quarter_mentioned(ctx):
        year, quarter = _latest_quarter(ctx, m.start())
        return _with_anchor(cal.quarter_ref(year - 1, quarter), "the same quarter a year before")
    return _with_anchor(cal.year_ref(ctx.published.year - 1), f"year before {_pub(ctx)}")


@rule("two_quarters", rf"(?:the\s+)?(first|last)\s+two\s+quarters\s+of\s+(?:the\s+)?({_QYEAR}|year)", priority=2, triggers="quarters")
def _two_quarters(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "The first two quarters of 1990": the first half of that year."""
    year = _relative_year(m.group(2), ctx)
    if year is None:
        return None
    ctx.last_long_period = m.start()
    return _with_anchor(cal.half_ref(year, 1 if m.group(1).lower() == "first" else 2), "two quarters: a half-year")


#: Words of a match report, where "the second half" is a half of the game.
_GAME_WORDS = re.compile(r"\b(?:scor(?:e|ed|es|ing)|goals?|match|game|minutes?|penalty|half-time|halftime|"
                         r"kick-?off|striker|keeper|goalkeeper|referee|whistle|touchdowns?|innings?|points?|"
                         r"equali[sz](?:ed|er)|led|trailed|league|cup|team|side)\b", re.I)


@rule("half", rf"(?:the\s+)?(first|second|latter|last|back)\s+half(?:\s+of\s+(?:the\s+)?({_QYEAR}|year)|\s+({YEAR}))?", priority=1, triggers="half")
def _half(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    half = 1 if m.group(1).lower() == "first" else 2
    year_text = m.group(2) or m.group(3)
    if year_text:
        year = _relative_year(year_text, ctx)
        if year is None:
            return None
    else:
        nxt = _next_word(ctx, m.end()).lower()
        if nxt in ("of", "hour", "century", "decade", "mile", "game", "inning"):
            return None
        if m.group(1).lower() in ("last", "latter", "back"):
            return None
        s_start, s_end = ctx.sentence_bounds(m.start())
        if _GAME_WORDS.search(ctx.text, s_start, s_end):
            return None  # "he scored twice in the second half": a half of a game
        year = ctx.published.year
        pub_half = 1 if ctx.published.month <= 6 else 2
        tense = ctx.tense(m.start(), m.end())
        if half > pub_half and tense == "past":
            year -= 1  # "growth picked up in the second half" (told in February): last year's
        elif half < pub_half and tense == "future" and not _RESULTS_AFTER.match(ctx.text, m.end()):
            year += 1  # "growth should recover in the first half" (told in November): next year's
    ctx.last_long_period = m.start()
    return _with_anchor(cal.half_ref(year, half), "half-year")


# --------------------------------------------------------------------------- relative to publication

#: A capitalised word right before "Today" inside a sentence: the title of a paper or a show.
_NAME_BEFORE = re.compile(r"(?<![.!?:;,\"'`]\s)(?<![.!?:;,\"'`])\b[A-Z][A-Za-z]*\s+$")


#: What "in today's ..." names when it is the day itself: an issue of a paper, a session, or
#: an occasion held on one day ("for today's match", "ahead of today's summit"), unlike
#: "in today's world", "of today's youth", the present in general.
_TODAYS_ISSUE = frozenset("""edition editions issue issues paper papers newspaper newspapers session
sessions trading meeting vote election hearing broadcast program programme show quiz game match
race final summit rally march ceremony talks briefing debate concert parade""".split())


def _todays_occasion(ctx: DateContext, pos: int) -> bool:
    """True when the noun phrase after "today's" (at ``pos``) is headed within its first two
    words by an issue or a one-day occasion: "for today's quiz", "of today's geography quiz",
    "in today's early session"; not "in today's world", "of today's young voters"."""
    words = re.match(r"\s*([A-Za-z'-]+)(?:\s+([A-Za-z'-]+))?", ctx.text[pos:pos + 40])
    return bool(words) and any(w and w.lower() in _TODAYS_ISSUE for w in words.groups())


@rule("deictic_day", r"(?:(?:early|late|earlier|later)\s+)?(today|yesterday|tomorrow|tonight|tonite|2nite|yday|tmrw|2morrow|2moro)(?:\s+(morning|afternoon|evening|night))?|(?:(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow))", priority=1, triggers="today yesterday tomorrow tonight tonite 2nite yday day tmrw 2morrow 2moro")
def _deictic_day(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    text = m.group().lower()
    if (text == "today" and ctx.text.startswith("'s", m.end()) and _prev_word(ctx, m.start()) in ("in", "of", "for", "with")
            and not _todays_occasion(ctx, m.end() + 2)):
        return None  # "in today's world": the present in general, not the day
    if m.group(1) == "Today" and not m.group(2) and _NAME_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None  # a name: "USA Today", "This is VOA Today"
    if m.group(1) and _prev_word(ctx, m.start()).lower() in ("the", "a", "an"):
        return None  # a name or a noun: "the Today programme", "The Tonight Show"
    if text == "tomorrow" and _prev_word(ctx, m.start()) == "of":
        return None  # "the people of tomorrow": the future in general
    if "before yesterday" in text:
        offset = -2
    elif "after tomorrow" in text:
        offset = 2
    else:
        offset = {"today": 0, "tonight": 0, "tonite": 0, "2nite": 0, "yesterday": -1, "yday": -1,
                  "tomorrow": 1, "tmrw": 1, "2morrow": 1, "2moro": 1}[m.group(1).lower()]
    day = ctx.published + dt.timedelta(days=offset)
    res = _with_anchor(cal.day_ref(day), f"{m.group()} → {offset:+d} day(s) from {_pub(ctx)}")
    pod = "tonight" if m.group(1) and m.group(1).lower() in ("tonight", "tonite", "2nite") and not m.group(2) else None
    if pod:
        res.value += "T" + PART_OF_DAY[pod]
        res.type = "TIME"
    return _remember(ctx, res, m.group())


@rule("part_of_day", r"(this|last|early\s+this|late\s+last|later\s+this|earlier\s+this)\s+(morning|afternoon|evening|night|nite)|overnight", priority=1)
def _part_of_day(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    if m.group().lower() == "overnight":
        if _next_word(ctx, m.end()).lower() in ("stay", "stays", "trip", "bag", "shift", "rate", "rates", "delivery", "flight", "loans", "lending", "funds"):
            return None
        # "gunmen attacked the village overnight": the night of the day the narrative is on
        # in this or the previous sentence ("On 5 April ..."), else of the publication date.
        day, pod = ctx.reference_day()[0], "NI"
        sentence_start = ctx.sentence_bounds(m.start())[0]
        previous_start = ctx.sentence_bounds(max(0, sentence_start - 1))[0]
        told_done = ctx.tense(m.start(), m.end()) == "past"
        if ctx.last_day is not None and ctx.last_day_end is not None and ctx.last_day_end >= previous_start \
                and not (told_done and day > ctx.published):
            # (a day still to come, "is due to travel on Wednesday", is no night already past)
            res = cal.day_ref(day)
            res.value += "T" + pod
            res.type = "TIME"
            return _with_anchor(res, f"overnight → the night of {day.isoformat()} (the narrative's day, {ctx.last_day[1]!r})")
        if told_done:
            # told of the past, "overnight" is the night that ended on the publication day:
            # valued as the evening's date (TimeML), its interval both days (the codebook)
            day = ctx.published - dt.timedelta(days=1)
            res = cal.day_ref(day)
            res.value += "TNI"
            res.type = "TIME"
            res.end_date = ctx.published
            return _with_anchor(res, f"overnight → the night of {day.isoformat()} into {_pub(ctx)}")
        day = ctx.published
    else:
        day = ctx.published - dt.timedelta(days=1) if m.group(1).lower().endswith("last") else ctx.published
        pod = PART_OF_DAY[m.group(2).lower()]
    res = cal.day_ref(day)
    res.value += "T" + pod
    res.type = "TIME"
    return _with_anchor(res, f"{m.group()} → {_pub(ctx)}")


@rule("narrative_part_of_day", r"(?:(?<=\b[Ii]n\s)|(?<=\b[Bb]y\s)|(?<=\b[Dd]uring\s))(?:the\s+(?:(?:early|late|mid-?)\s*)?(morning|afternoon|evening)|mid[\s-]?(morning|afternoon))(?!\s+(?:of|after|before|hours|news|papers?|session|shift|edition|show|prayers?|rush)\b)", priority=1, triggers="morning afternoon evening mid")
def _narrative_part_of_day(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "Dealers placed orders in the morning", "by mid afternoon": that part of the day of
    the narrative (the previous day mentioned, else the publication date)."""
    word = (m.group(1) or m.group(2)).lower()
    ref, ref_desc = ctx.reference_day()
    res = cal.day_ref(ref)
    res.value += "T" + PART_OF_DAY[word]
    res.type = "TIME"
    return _with_anchor(res, f"{m.group()} of {ref_desc}")


_VAGUE = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "presently": "PRESENT_REF", "at present": "PRESENT_REF",
    "the present": "PRESENT_REF", "these days": "PRESENT_REF", "right now": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "today's": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "formerly": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
    "shortly": "FUTURE_REF", "someday": "FUTURE_REF", "one day": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF", "a later date": "FUTURE_REF",
    "past years": "PAST_REF", "years past": "PAST_REF",
}


@rule("vague", r"(?:the\s+(?:near|short|long)\s+term|as\s+soon\s+as\s+possible|a\s+later\s+date|past\s+years|years\s+past|right\s+now|now|currently|current|nowadays|presently|at\s+present|the\s+present(?!\s+\w+(?:ing|ed)\b)|these\s+days|recently|recent|lately|the\s+past|formerly|soon|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|future)")
def _vague(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    key = " ".join(m.group().lower().split())
    if key.endswith("future"):
        for word in ("near ", "distant ", "foreseeable "):
            key = key.replace(word, "")
    nxt = _next_word(ctx, m.end()).lower()
    prev = _prev_word(ctx, m.start())
    after = ctx.text[m.end():m.end() + 2]
    if key == "now" and (nxt in ("that",) or prev in ("until", "from", "by", "till")):
        return _with_anchor(cal.vague_ref("PRESENT_REF"), "now")
    if key == "current":
        if prev == "then":  # "the then current price": the present of a past narrative
            return _with_anchor(cal.vague_ref("PAST_REF"), "then current (a past present)")
        if nxt.lower() in ("account", "accounts", "events", "affairs", "assets", "liabilities", "carrying", "flows", "flow", "electric", "electrical", "strength", "and", "or"):
            return None
        if after.startswith("-"):
            return None
    if key == "future":
        if prev not in ("the", "in", "near", "for") and nxt.lower() not in ("date", "dates", "years", "time"):
            return None
    if key == "recent":
        return None  # "the recent moves": mostly not annotated as a date
    if key == "soon" and (prev == "as" or nxt in ("after", "as", "became", "become", "afterwards", "thereafter")):
        return None
    if key == "soon" and ctx.tense(m.start(), m.end()) == "past":
        return None  # "he was soon released": shortly after a past happening, no future
    if key == "the past" and re.match(r"\s+(?:\d|few|several|many|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade|day|centur)", ctx.text[m.end():m.end() + 12], re.I):
        return None
    if key == "the future" and nxt == "of":
        return None  # "the future of the alliance": a topic, not a time
    if key == "the future" and "foreseeable" in m.group().lower() and prev.lower() == "for":
        # "will remain neutral for the foreseeable future": how long a state lasts, an
        # open stretch like "for the time being" or "for a while", no time it happens at
        return None
    if key == "the present" and nxt.lower() in ("government", "system", "situation", "case", "form"):
        return None
    return _with_anchor(cal.vague_ref(_VAGUE[key]), f"{m.group()} (vague reference to {_VAGUE[key].split('_')[0].lower()})")


@rule("recent_units", r"(recent|coming|the\s+coming|the\s+next\s+few|the\s+(?:past|last)\s+(?:few|several|couple\s+of))\s+(days|weeks|months|quarters|years|decades)", priority=1, triggers="recent coming next past last")
def _recent_units(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    first = m.group(1).lower()
    if first.startswith("recent"):
        return _with_anchor(cal.vague_ref("PAST_REF"), "recent past")
    if "past" in first or "last" in first:
        # "in the last few months", "over the past several quarters": the recent past, as
        # TimeBank mostly has it (PAST_REF); the stretch has no edge to give a duration.
        return _with_anchor(cal.vague_ref("PAST_REF"), "the last few units: recent past")
    return _with_anchor(cal.vague_ref("FUTURE_REF"), "near future")


_REL_UNIT = r"(week|weekend|month|year|yr|wk|wknd|decade|century|spring|summer|fall|autumn|winter)"
#: chat and note spellings of the units
_UNIT_SPELLINGS = {"yr": "year", "wk": "week", "wknd": "weekend"}


@rule("relative_unit", rf"(?:(earlier|later|early|late|mid|(?:the\s+)?(?:end|beginning|middle|start|close)\s+of)\s+)?(last|this|next|past|coming|upcoming|previous|current|this\s+past|this\s+coming|the\s+past|the\s+last|the\s+coming|the\s+upcoming|the\s+next|the\s+previous|the\s+current)\s+{_REL_UNIT}(?!s)", priority=1)
def _relative_unit(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    res = _relative_unit_whole(m, ctx)
    if res is None or not m.group(1):
        return res
    modifier = " ".join(m.group(1).lower().split())
    pub = ctx.published
    if modifier in ("earlier", "later") and res.start_date <= pub <= res.end_date:
        # "earlier this month": from the month's start to the day before publication.
        if modifier == "earlier" and res.start_date < pub:
            res.end_date = pub - dt.timedelta(days=1)
        elif modifier == "later" and pub < res.end_date:
            res.start_date = pub + dt.timedelta(days=1)
        return res
    narrowed = _narrowed(res, modifier)
    narrowed.anchor = res.anchor
    return narrowed


#: A figure compared with last year's: "compared with a loss of $3 million last year",
#: "up from C$9.7 million, or 70 cents a share, last year" ...
_FIGURE_BEFORE = re.compile(r"\b(?:from|with)\s+(?:an?\s+(?:net\s+)?(?:loss|profit|gain)\s+of\s+|earnings\s+of\s+)?"
                            r"(?:about\s+|nearly\s+|almost\s+)?(?:US|C|A)?[$#]?\d[\d.,]*(?:\s+(?:million|billion))?(?:\s+[a-z]+)?"
                            r"(?:,\s+or\s+[$]?[\d.]+\s+(?:\w+\s+)?(?:cents\s+)?a\s+share,?)?\s+$", re.I)
#: ... and "last year's $1.55 billion", "last year's results".
_FIGURE_AFTER = re.compile(r"'s\s+(?:(?:US|C|A)?[$#]\d|results|figures|earnings|net\b|profit|sales|loss)", re.I)


def _compares_a_quarter(ctx: DateContext, m: re.Match[str]) -> bool:
    """ "Sales in the latest period were $1.76 billion, a 13% increase from last year's
    $1.55 billion": in a story on a quarter's results, "last year" set against a figure is
    the same quarter a year before, as "a year earlier" is (not after a nine months' or a
    year's figure, see :func:`_compares_years`)."""
    if not (ctx.has_quarters and _quarter_mentioned(ctx)) or _compares_years(ctx, m.start()):
        return False
    return bool(_FIGURE_BEFORE.search(ctx.text, max(0, m.start() - 70), m.start())
                or _FIGURE_AFTER.match(ctx.text, m.end()))


def _relative_unit_whole(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    which = " ".join(m.group(2).lower().split())
    unit = m.group(3).lower()
    unit = _UNIT_SPELLINGS.get(unit, unit)
    pub = ctx.published
    if _is_title(ctx, m):
        return None
    if which in ("the past", "the last", "the coming", "the upcoming", "the next", "the previous") and unit not in ("weekend",):
        if unit in SEASONS:
            return None
        if (which == "the next" and unit not in ("decade", "century")) or (
                which in ("the coming", "the upcoming") and unit not in ("week", "month", "year", "decade")):
            # "the next week" is mostly a duration from a narrative point; "the coming week" is next week;
            # "in the next decade" ("Robots will do the work in the next decade") is the coming one, as "next decade"
            return None
        if which == "the next" and (_next_word(ctx, m.end()).lower() == "of" or ctx.tense(m.start(), m.end()) == "past"):
            return None  # "the next decade of his life was spent in exile": the decade after the narrative's
        if which == "the previous":
            return None
    if which == "the past" and unit == "century":
        return None  # "the past century": the last hundred years; "the last century" is the previous one
    offset = {"last": -1, "past": -1, "previous": -1, "this past": -1, "the past": -1,
              "the last": -1, "the previous": -1, "this": 0, "next": 1, "coming": 1, "upcoming": 1, "this coming": 1,
              "the coming": 1, "the upcoming": 1, "the next": 1, "the current": 0, "current": 0}[which]
    anchor = f"{m.group()} → {offset:+d} {unit} from {_pub(ctx)}"
    if unit in SEASONS:
        season = SEASONS[unit]
        year = pub.year
        current = cal.season_ref(year, season)
        if season == "WI" and pub.month <= 2:
            year -= 1
            current = cal.season_ref(year, season)
        if offset < 0:
            year = year if current.end_date < pub else year - 1
        elif offset > 0:
            year = year if cal.season_ref(year, season).start_date > pub else year + 1
        return _with_anchor(cal.season_ref(year, season), anchor)
    if unit == "week" and which in ("the past", "the last") and not m.group(1) \
            and _next_word(ctx, m.end()).lower() not in ("of", "before", "ahead", "prior", "leading"):
        # "Flooding over the past week has killed 40 people" (told on a Thursday): the seven
        # days before the day it is told, as "the past fortnight" is fourteen, not the
        # calendar week before this one ("last week"); valued as the ISO week holding most
        # of them, as "the week ended Friday" is.
        week = cal.week_ref(pub - dt.timedelta(days=4))
        week.start_date, week.end_date = pub - dt.timedelta(days=7), pub - dt.timedelta(days=1)
        return _with_anchor(week, f"{m.group()} → the seven days before {_pub(ctx)}")
    if unit == "week":
        return _with_anchor(cal.week_ref(pub + dt.timedelta(weeks=offset)), anchor)
    if unit == "weekend":
        saturday = cal.last_weekend_saturday(pub) - dt.timedelta(weeks=-offset - 1) if offset < 0 else (
            cal.nearest_weekday(pub, 5, "future") + dt.timedelta(weeks=max(offset, 0) - (1 if offset > 0 and pub.weekday() < 5 else 0)))
        if offset == 0:
            saturday = cal.nearest_weekday(pub, 5, "future") if pub.weekday() < 5 else cal.nearest_weekday(pub, 5, "past")
            if pub.weekday() < 5 and ctx.tense(m.start(), m.end()) == "past":
                # "The strike ended this weekend" (told on a Monday): the weekend just gone
                saturday = cal.nearest_weekday(pub, 5, "past")
                anchor = f"{m.group()} in a past clause → the weekend before {_pub(ctx)}"
        return _with_anchor(cal.weekend_ref(saturday), anchor)
    if unit == "month":
        year, month = cal.add_months(pub.year, pub.month, offset)
        return _with_anchor(cal.month_ref(year, month), anchor)
    if unit == "year":
        if which == "last" and not m.group(1) and _compares_a_quarter(ctx, m):
            year, quarter = _latest_quarter(ctx, m.start())
            return _with_anchor(cal.quarter_ref(year - 1, quarter),
                                f"{m.group()} against a quarter's figure → same quarter a year before {year}-Q{quarter}")
        return _with_anchor(cal.year_ref(pub.year + offset), anchor)
    if unit == "decade":  # "last decade": the 2010s for a text of 2025
        return _with_anchor(cal.decade_ref(pub.year - pub.year % 10 + 10 * offset), anchor)
    if unit == "century":  # "next century": the 2100s for a text of 2010
        return _with_anchor(cal.century_ref(pub.year - pub.year % 100 + 100 * offset), anchor)
    return None


@rule("elliptic_last", r"(?<=\bas\s)last|(?<=\bthan\s)last", priority=1, triggers="last")
def _elliptic_last(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "Twice as high a dividend this year as last": "last" stands for "last year" (or
    month, week) when the comparison names "this year" just before and nothing follows."""
    if not re.match(r"\s*(?:[.,;:!?)]|$)", ctx.text[m.end():m.end() + 2]):
        return None
    sentence_start, _ = ctx.sentence_bounds(m.start())
    this = re.search(r"\bthis\s+(year|month|week)\b[^.;]*$", ctx.text[max(sentence_start, m.start() - 80):m.start()], re.I)
    if not this:
        return None
    unit = this.group(1).lower()
    pub = ctx.published
    if unit == "year":
        return _with_anchor(cal.year_ref(pub.year - 1), f"this year as last → the year before {_pub(ctx)}")
    if unit == "month":
        year, month = cal.add_months(pub.year, pub.month, -1)
        return _with_anchor(cal.month_ref(year, month), f"this month as last → the month before {_pub(ctx)}")
    return _with_anchor(cal.week_ref(pub - dt.timedelta(weeks=1)), f"this week as last → the week before {_pub(ctx)}")


@rule("the_year", r"(?:the\s+)?year(?:'s)?\s+end\b|the\s+(?:(current|full|fiscal|calendar|whole|entire)\s+)?(?:(fiscal|calendar)\s+)?year(?!\s+(?:two\s+thousand|\d|before|after|earlier|ago|in|of\b(?!\s+[$£€\d])))|year-end|(?:the\s+)?mid-?year\b|the\s+end\s+of\s+the\s+year", triggers="year end midyear mid")
def _the_year(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    low = m.group().lower()
    pub = ctx.published
    if ctx.text.startswith("'s", m.end()) and "current" not in low and not low.endswith("end"):
        return None  # "the year's best": a generic year
    if low == "year-end" and _prev_word(ctx, m.start()) == "since":
        return _with_anchor(cal.day_ref(dt.date(pub.year - 1, 12, 31)), f"since year-end → the last year-end before {_pub(ctx)}")
    narrative = ctx.recent_explicit(m.start()) if not m.group(1) else None
    if narrative is not None and ctx.sentence_bounds(m.start())[0] <= ctx.last_explicit[2]:
        # "in 1988, when year-end net was below the 1987 level": the year its sentence gives
        pub = narrative[0]
    if low == "year-end":
        return _with_anchor(cal.day_ref(dt.date(pub.year, 12, 31)), f"end of the year of {pub.isoformat()}")
    if low.replace("the ", "").replace("-", "") == "midyear":
        if _next_word(ctx, m.end()).lower() in ("review", "reviews", "exam", "exams", "elections", "election", "report"):
            return None  # "the midyear review": a kind of thing, not the time
        return _with_anchor(cal.part_of(cal.year_ref(pub.year), "mid"), f"mid-year → the middle of {pub.year}")
    if not low.endswith("end") and re.match(r"\s+end(?:ed|ing)\b", ctx.text[m.end():m.end() + 8]):
        ctx.last_long_period = m.start()  # "net income for the year ended Aug. 31": a year's results
    return _with_anchor(cal.year_ref(pub.year), f"{m.group()} → the year of {pub.isoformat()}")


@rule("the_week", r"the\s+(current\s+)?week(?!\s+(?:of|from|before|after|earlier|later|ago|ended|ending))", triggers="week")
def _the_week(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    if m.group()[-4:-3].isupper():
        return None  # a name: "the Week Against Homophobia"
    res = cal.week_ref(ctx.published)
    if m.group(1):
        return _with_anchor(res, f"{m.group()} → the week of {_pub(ctx)}")
    # Bare "the week" ("for the week, the index fell 3%", "the week's most active session")
    # does not say which week: TimeML practice (TimeBank) leaves it unspecified, YYYY-WXX.
    # The interval stays the week of publication, the one such reports mostly mean.
    res.value = f"{ctx.published.year:04d}-WXX"
    return _with_anchor(res, f"{m.group()} → an unspecified week of {ctx.published.year}; interval: the week of {_pub(ctx)}")


#: Prepositions before "a weekend" that set something in one ("in a weekend interview",
#: "following a weekend traffic stop").
_A_WEEKEND_PREPS = frozenset("in during after following over".split())
#: Words after "a weekend" that end its phrase or go on to another: a length or a habit ("built
#: it in a weekend and sold it"), not a weekend of the story; nor "a weekend of talks", which
#: names a stretch of time rather than dating a noun (TimeML leaves it untagged).
_A_WEEKEND_NOT_BEFORE = frozenset("of and or but to for with at when while that which as than".split())


@rule("the_weekend", r"the\s+weekend|(?:this|last|next)\s+weekend|a\s+weekend", triggers="weekend")
def _the_weekend(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    pub = ctx.published
    low = m.group().lower()
    if low.startswith("a"):
        # "said in a weekend statement", "arrested after a weekend traffic stop": the weekend
        # of the story, as "the weekend" is; not "finished in a weekend." (a length) nor "once
        # a weekend" (a habit)
        nxt = _next_word(ctx, m.end())
        if _prev_word(ctx, m.start()) not in _A_WEEKEND_PREPS or not nxt[:1].islower() \
                or nxt in _A_WEEKEND_NOT_BEFORE or not re.match(r"\s+[a-z]", ctx.text[m.end():m.end() + 2]):
            return None
    if low.startswith("next") or (ctx.direction(m.start(), m.end()) == "future" and not low.startswith("last")):
        saturday = cal.nearest_weekday(pub, 5, "future")
    else:
        saturday = cal.nearest_weekday(pub, 5, "past") if pub.weekday() < 5 else pub - dt.timedelta(days=pub.weekday() - 5)
        if low.startswith("last") and pub.weekday() >= 5:
            saturday -= dt.timedelta(weeks=1)
    return _with_anchor(cal.weekend_ref(saturday), f"{m.group()} → weekend nearest {_pub(ctx)}")


@rule("year_season", rf"the\s+({YEAR})\s+(spring|summer|fall|autumn|winter)(?!\s+(?:of|session|offensive|collection|olympics|games)\b)", priority=3, triggers="spring summer fall autumn winter")
def _year_season(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "The 2005 summer": the season of that year."""
    return _with_anchor(cal.season_ref(int(m.group(1)), SEASONS[m.group(2).lower()]), "explicit season")


#: Words before "the spring"/"the fall" that make it the season.
_SEASON_PREPS = frozenset("in during by until till since over through throughout before after for that this from to".split())


@rule("season", rf"(?:(?:the\s+)?(?:early|late|mid-?)\s*|the\s+(?:following|next|previous|preceding)\s+)?(?:the\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?({YEAR}|{SPELLED_YEAR}|'\d\d|(?:last|this|next)\s+year)(?:\s*[-–/]\s*(\d\d(?!\d)|{YEAR}))?)?", triggers="spring summer fall autumn winter")
def _season(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    season = SEASONS[m.group(1).lower()]
    if m.group(3) and not (m.group(2).isdigit() and int(m.group(3)) % 100 == (int(m.group(2)) + 1) % 100):
        return None  # "the winter of 2022-23" spans two years; "summer 2019-2021" is no season
    if m.group(2) and m.group(2)[0].isalpha() and m.group(2).split()[-1].lower() == "year":
        # "the spring of last year": that season of the year named from the publication
        year = _relative_year(m.group(2), ctx)
        return _with_anchor(_narrowed(cal.season_ref(year, season), ctx.text[m.start():m.start(1)]),
                            f"{m.group()} → {m.group(2)} from {_pub(ctx)}")
    if m.group(2):
        if m.group(2).startswith("'"):
            year = int(m.group(2)[1:])
            year += 1900 if year > (ctx.published.year + 10) % 100 else 2000
        else:
            year = int(m.group(2)) if m.group(2).isdigit() else _spelled_year_value(m.group(2))
        return _with_anchor(_narrowed(cal.season_ref(year, season), ctx.text[m.start():m.start(1)]), "explicit season")
    low = m.group().lower()
    prev = _prev_word(ctx, m.start())
    anaphor = re.match(r"the\s+(following|next|previous|preceding)\s", low)
    if anaphor:
        # "He was arrested in October 2018. The following spring, ...": the first such season
        # after (or the last before) the narrative's date
        prev = anaphor.group(1)
        ref, ref_desc = ((ctx.last_point.day, ctx.last_point.desc) if ctx.last_point is not None
                         else (ctx.published, f"publication date {_pub(ctx)}"))
        year = ref.year - 1 if season == "WI" and ref.month <= 2 else ref.year
        if prev in ("following", "next"):
            year += cal.season_ref(year, season).start_date <= ref
        else:
            year -= cal.season_ref(year, season).end_date >= ref
        return _with_anchor(cal.season_ref(year, season), f"the {prev} {m.group()} → near {ref_desc}")
    if not (low.startswith("the") or low.startswith("early") or low.startswith("late") or low.startswith("mid")):
        if prev not in ("in", "during", "this", "that", "by", "until", "since", "over", "through", "throughout", "before", "after", "last", "next"):
            return None
        if season == "FA" and prev not in ("in", "this", "last", "next", "during", "by", "until", "since"):
            return None
    if _next_word(ctx, m.end()).lower() in ("of", "session", "offensive", "collection", "olympics", "games"):
        return None
    nxt = _next_word(ctx, m.end())
    if (m.group(1)[0].isupper() and nxt[:1].isupper() and nxt.lower() not in MONTHS
            and re.match(r"\s+[A-Z]", ctx.text[m.end():m.end() + 2])):
        return None  # "The Summer Palace", "Spring Festival Gala": a name
    if (season in ("SP", "FA") and low.startswith("the") and prev not in _SEASON_PREPS):
        return None  # "the spring in the mattress", "the fall killed him": other words
    pub = ctx.published
    narrative = ctx.narrative_date(m.start())
    if narrative is not None and narrative[1] == "year" and not low.startswith(("early", "late", "mid")):
        # "In 2012 the company moved its office in the spring": that year's spring
        return _with_anchor(cal.season_ref(narrative[0].year, season), f"{m.group()} → of the narrative's year, {narrative[2]}")
    if narrative is not None and narrative[1] in ("day", "month") and not low.startswith(("early", "late", "mid")):
        # "The talks began in March 2016. By autumn, ...": the season that holds the
        # narrative's date, or the first after it
        ref = narrative[0]
        year = ref.year - 1 if season == "WI" and ref.month <= 2 else ref.year
        year += cal.season_ref(year, season).end_date < ref
        return _with_anchor(cal.season_ref(year, season), f"{m.group()} → near the narrative's date, {narrative[2]}")
    if prev == "that" and not low.startswith(("the", "early", "late", "mid")):
        if ctx.last_point is None:
            return None
        # "The plant closed in 2009. That summer, ...": the season of the narrative's year.
        ref, ref_desc = ctx.last_point.day, ctx.last_point.desc
        year = ref.year - 1 if (season == "WI" and ref.month <= 2 and ctx.last_point.precision in ("day", "month")) else ref.year
        return _with_anchor(cal.season_ref(year, season), f"that {m.group()} → of the narrative, near {ref_desc}")
    direction = ctx.direction(m.start(), m.end(), default="neutral")
    year = pub.year - 1 if (season == "WI" and pub.month <= 2) else pub.year
    current = cal.season_ref(year, season)
    if direction == "past" and current.start_date > pub:
        year -= 1
    elif direction == "future" and current.end_date < pub:
        year += 1
    return _with_anchor(_narrowed(cal.season_ref(year, season), ctx.text[m.start():m.start(1)]),
                        f"{m.group()} → {direction} season from {_pub(ctx)}")


# --------------------------------------------------------------------------- weekdays, holidays

@rule("day_next_to_weekday", rf"[Tt]he\s+day\s+(before|after)\s+(?:((?i:last|this|next|this\s+past|past|coming))\s+)?({WEEKDAY})", priority=2, flags=0, triggers="day")
def _day_next_to_weekday(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "The day before last Tuesday's hearing": a day next to a named weekday."""
    weekday = WEEKDAYS[m.group(3).lower()]
    mod = (m.group(2) or "").lower()
    pub = ctx.published
    if mod in ("last", "this past", "past"):
        day = cal.nearest_weekday(pub, weekday, "strict_past")
    elif mod in ("next", "coming", "this coming"):
        day = cal.nearest_weekday(pub, weekday, "strict_future")
    else:
        direction = "past" if ctx.text.startswith("'s", m.end()) else ctx.direction(m.start(), m.end())
        day = cal.nearest_weekday(pub, weekday, direction)
    step = -1 if m.group(1) == "before" else 1
    res = _with_anchor(cal.day_ref(day + dt.timedelta(days=step)),
                       f"{m.group()} → {step:+d} day from {m.group(3)} {day.isoformat()} ({_pub(ctx)})")
    return _remember(ctx, res, m.group())


@rule("anaphoric_weekday", rf"the\s+(previous|preceding|following|next)\s+({WEEKDAY})", priority=2, triggers="monday tuesday wednesday thursday friday saturday sunday")
def _anaphoric_weekday(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    ref, ref_desc = ctx.reference_day()
    weekday = WEEKDAYS[m.group(2).lower()]
    back = m.group(1).lower() in ("previous", "preceding")
    day = cal.nearest_weekday(ref, weekday, "strict_past" if back else "strict_future")
    res = _with_anchor(cal.day_ref(day), f"{m.group()} → {m.group(2)} {'before' if back else 'after'} {ref_desc}")
    return _remember(ctx, res, m.group())


#: Words after a weekday that make it part of a name or a kind of thing, not a day:
#: "the Sunday Times", "Sunday school", "Monday Night Football".
_WEEKDAY_NAME_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\b(?<!Morning)(?<!Afternoon)(?<!Evening)(?<!Night)(?!\s+\d)|(?:school|schools|best|roast|paper|papers|newspaper|edition|supplement)\b)")
_WEEKDAY_NAME_BEFORE = frozenset("the a an of".split())


def _weekday_is_name(ctx: DateContext, m: re.Match[str], name_end: int) -> bool:
    after = _WEEKDAY_NAME_AFTER.match(ctx.text, name_end)
    if not after:
        return False
    if after.group().strip()[0].islower():
        return True  # "Sunday school"
    following = after.group().strip().lower()
    if following in MONTHS or following in WEEKDAYS:
        return False  # "Friday May 3", "Sunday August 24"
    prev = _prev_word(ctx, m.start())
    return prev in _WEEKDAY_NAME_BEFORE or not prev  # "the Sunday Times", "Sunday Times journalists"


@rule("weekday", rf"(?:((?i:last|this|next|this\s+past|this\s+coming|past|coming|early|late))\s+)?({WEEKDAY_CI})(?:,?\s+((?i:morning|afternoon|evening|night|nite)))?", flags=0, triggers="monday tuesday wednesday thursday friday saturday sunday")
def _weekday(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    if not m.group(3) and _weekday_is_name(ctx, m, m.end(2)):
        return None
    if _in_recurring_nth_weekday(ctx, m.start(2), m.end(2)):
        return None
    if m.group(3) and m.group(3)[0].isupper() and re.match(r"\s+[A-Z][a-z]", ctx.text[m.end():m.end() + 3]) \
            and _next_word(ctx, m.end()).lower() not in MONTHS:
        return None  # "The Saturday Evening Post", "Monday Night Football": a name
    return _resolve_weekday(m, ctx, WEEKDAYS[m.group(2).lower()], (m.group(1) or "").lower(), m.group(2))


#: Abbreviated weekdays that are no other word ("tues", "thurs", "fri"); "mon", "wed",
#: "sat" and "sun" are ("Sat next to him", "the newly wed", "Sun Microsystems").
_PLAIN_WEEKDAY_ABBRS = frozenset("tue tues thu thur thurs fri".split())
#: Words before a capitalised "Wed", "Sat", "Sun" that make it the day ("on Wed.", "until Sat").
_WEEKDAY_ABBR_PREPS = frozenset("on by until till from since before after through thru".split())


@rule("weekday_abbr", r"(?:((?i:last|next|coming|this\s+coming|this\s+past|this))\s+)?((?i:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun))\.?(?:\s+((?i:morning|afternoon|evening|night|nite)))?", flags=0, triggers="mon tue tues wed weds thu thur thurs fri sat sun")
def _weekday_abbr(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "next Sat", "last thurs": an abbreviated weekday after a modifier, or alone in a
    phrase that is nothing but a date ("tue", "fri."). Without a modifier in a sentence, a
    form that is no other word ("thurs", "Tue.", "Weds") is the day; "Sun", "Wed", "Sat",
    "Mon" only capitalised after "on", "by", "until" ... or before a part of the day
    ("Sat. night"): elsewhere they are words ("Sat next to", "Sun Microsystems")."""
    word = m.group(2)
    low = word.lower()
    if not m.group(1) and not ctx.standalone:
        prev = _prev_word(ctx, m.start())
        plain = low in _PLAIN_WEEKDAY_ABBRS or (low == "weds" and word[0].isupper())
        closing = re.match(r"\s*(?:$|[.,;:!?)])", ctx.text[m.end():m.end() + 3])
        if not plain and not ((word[0].isupper() or closing) and (prev in _WEEKDAY_ABBR_PREPS or m.group(3))):
            return None  # (lower case: "reopens on wed" at the end of its clause)
        if prev in ("the", "a", "an") or re.match(r"\s+[A-Z][a-z]", ctx.text[m.end():m.end() + 3]) and not m.group(3):
            return None  # "the Fri", "Mon Dieu", "Tue Nguyen": not a day alone
        if re.search(r"(?<![.!?:;]\s)\b[A-Z][a-z]+\s+$", ctx.text[max(0, m.start() - 20):m.start()]) \
                and prev not in _WEEKDAY_ABBR_PREPS and not m.group(3):
            return None  # "by Le Thu", "Minh Thu, a nurse": the end of a name
    return _resolve_weekday(m, ctx, WEEKDAY_ABBRS[low], (m.group(1) or "").lower(), word)


#: Where "that" before a weekday is the demonstrative ("That Friday, ...", "on that Friday"),
#: not a conjunction ("said that Friday's vote ...").
_THAT_BEFORE = re.compile(r"(?:^|[.!?;]\s+|\b(?:on|by|until|till|from|since|before|after|of)\s+)$")


def _weekday_narrative(ctx: DateContext, m: re.Match[str], mod: str, *,
                       demonstrative: bool = False) -> tuple[dt.date, str] | None:
    """The narrative's day a bare weekday is counted from, and how: "The strike began on
    Monday, 7 April. That Friday, ..." is the Friday of that week ('week'); after a date
    written with its weekday ("on Sunday, 4 August 2019. On Tuesday, ...") a weekday is the
    first such day after it ('after'): the story counts its own days. Else None."""
    if mod or ctx.last_day is None or ctx.last_day_end is None or ctx.last_day_end > m.start():
        return None
    if ctx.last_day_end < ctx.previous_sentence_start(m.start()):
        return None
    if demonstrative:  # "that Friday", "the same Friday"
        return ctx.last_day[0], "week"
    narrative = ctx.narrative_date(m.start())
    if (narrative is not None and narrative[1] == "day" and narrative[0] == ctx.last_day[0]
            and _LEADING_WEEKDAY.match(ctx.last_explicit[4])):
        return narrative[0], "after"
    return None


@rule("that_weekday", rf"(?:([Tt]hat)|[Tt]he\s+same)\s+({WEEKDAY})", priority=2, flags=0, triggers="that same")
def _that_weekday(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "The strike began on Monday, 7 April. That Friday, ...": the weekday of the week the
    narrative's day is in; without such a day (or after "said that") the weekday alone."""
    if m.group(1) and not _THAT_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    if _weekday_narrative(ctx, m, "", demonstrative=True) is None:
        return None
    return _resolve_weekday(m, ctx, WEEKDAYS[m.group(2).lower()], "", m.group(2), demonstrative=True)


def _resolve_weekday(m: re.Match[str], ctx: DateContext, weekday: int, mod: str, name: str, *,
                     demonstrative: bool = False) -> Resolved:
    pub = ctx.published
    mod = " ".join(mod.split())
    if mod in ("last", "this past", "past"):
        day, how = cal.nearest_weekday(pub, weekday, "strict_past"), "last"
    elif mod in ("next", "coming", "this coming"):
        day, how = cal.nearest_weekday(pub, weekday, "strict_future"), "next"
    elif (narrative := _weekday_narrative(ctx, m, mod, demonstrative=demonstrative)) is not None:
        ref, how = narrative
        day = ref + dt.timedelta(days=(weekday - ref.weekday()) % 7 or 7) if how == "after" else (
            ref + dt.timedelta(days=weekday - ref.weekday()))
        res = _with_anchor(cal.day_ref(day), f"{name} → {how} the narrative's {ref.isoformat()} ({ctx.last_day[1]!r})")
        return _remember(ctx, res, m.group())
    else:
        how = ctx.direction(m.start(), m.end())
        if ctx.text.startswith("'s", m.end()):
            how = "past"  # "Wednesday's ruling" reports what happened
        if mod == "this" and how == "past" and ctx.tense(m.start(), m.end()) is None:
            how = "future"
        if how == "future" and not mod and ctx.moved_to(m.start()):
            how = "strict_future"  # "the talks were adjourned until Wednesday" (told on a Wednesday): next week's
        day = cal.nearest_weekday(pub, weekday, how)
    if day == pub:
        anchor = f"{name} → the publication date {pub.isoformat()} (a {name})"
    else:
        anchor = f"{name} → nearest {how} {name} {'before' if day < pub else 'after'} {_pub(ctx)}"
    # A part of the day ("Friday night") keeps the day's value: the day is what dates an event,
    # and TimeBank's annotators mostly value it so.
    res = _with_anchor(cal.day_ref(day), anchor)
    res.inferred = "week" if mod in ("", "this") else None
    return _remember(ctx, res, m.group())


# Holidays and festivals are in :mod:`timeline.dates._holidays`.


# --------------------------------------------------------------------------- anchored, ago

#: What may follow "before"/"after" for the offset to count from it: a noun phrase (the
#: happening: "the vote", "his arrest") or a date ("Easter", "July 4", "Tuesday's vote").
_OFFSET_OBJECT = re.compile(r"\s+(?:(?:the|a|an|his|her|its|their|our|this|that|last|next|Mr|Ms|Mrs)\b|[A-Z0-9])")


def pending_offset(ctx: DateContext, m: re.Match[str], sign: int, amount: int | None, unit: str,
                   *, weekday: int | None = None) -> Resolved:
    """An offset from the phrase after ``m`` ("two days after [the vote]"), to be resolved
    once every date of the text is known (:func:`timeline.dates._anchored.resolve_offsets`)."""
    offset = cal.Offset(sign, amount, unit, m.end(), weekday)
    precision = {"D": "day", "W": "day", "WD": "day", "M": "month", "Y": "year"}[unit]
    value = {"day": "XXXX-XX-XX", "month": "XXXX-XX", "year": "XXXX"}[precision]
    res = Resolved(value, "DATE", None, None, precision if amount is not None or unit == "WD" else "unknown")
    res.pending, res.offset = offset, offset.iso()
    return res


#: An n-th weekday of every year or month, a calendar rule and no day: "the first Monday in
#: odd-numbered years", "the second Tuesday of each month", "the last Friday of the month"
#: is one day, but "of every month", "in even years" are many.
_RECURRING_NTH_WEEKDAY = re.compile(
    rf"(?:(?:the\s+)?(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+{WEEKDAY}\s+(?:after|before)\s+)?"
    rf"(?:the\s+)?(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|final)\s+{WEEKDAY}\s+(?:in|of)\s+"
    r"(?:(?:each|every|all)\b|(?:[a-z]+-\s?numbered\s+|odd\s+|even\s+|leap\s+)?(?:years|months)\b)", re.I)


def _in_recurring_nth_weekday(ctx: DateContext, start: int, end: int) -> bool:
    """Whether the weekday at ``start``..``end`` is the weekday of an n-th weekday of every
    year or month ("elections on the first Tuesday after the first Monday in odd-numbered
    years"): part of a calendar rule, no day of its own."""
    s_start, _ = ctx.sentence_bounds(start)
    for found in _RECURRING_NTH_WEEKDAY.finditer(ctx.text, max(s_start, start - 20), min(len(ctx.text), end + 80)):
        if found.start() <= start and end <= found.end():
            return True
    return False


@rule("weekday_offset", rf"(?:the\s+(?:(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+)?|(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+)({WEEKDAY})\s+(before|after|following)(?=\s+\S)", priority=3, triggers="monday tuesday wednesday thursday friday saturday sunday")
def _weekday_offset(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "The Monday after Easter", "the third Tuesday after Christmas 2014": the n-th such
    weekday after (or before) a date."""
    if not re.match(r"\s+(?!(?:he|she|they|it|we|i|you)\b)\w", ctx.text[m.end():m.end() + 12], re.I):
        return None  # "the Monday after he left": a clause, no date to count from
    if _RECURRING_NTH_WEEKDAY.match(ctx.text, m.end() + 1):
        return None  # "the first Tuesday after the first Monday in odd-numbered years": a rule
    nth = m.group(1) or m.group(2)
    count = _day_number(nth) if nth else 1  # "third" -> 3, "5th" -> 5
    sign = -1 if m.group(4).lower() == "before" else 1
    return pending_offset(ctx, m, sign, count, "WD", weekday=WEEKDAYS[m.group(3).lower()])

#: Words after "N weeks on" that make "on" a preposition ("two weeks on the road").
_ON_OBJECT = frozenset("the a an its his her their our this that these those each every".split())


#: "More than"/"over" before an amount ago: the amount is a bound the happening lies beyond.
_MORE_THAN = re.compile(r"(?:more\s+than|over)\s", re.I)


def _past_bound(res: Resolved, published: dt.date, unit: str, amount: int) -> None:
    """ "Over six years ago", "more than three months ago": the happening lies before the day
    that many units back, within the unit before it too, so the span runs from the start of
    the unit one further back to that bound day (the value, the nominal unit, is kept)."""
    bound = cal.shift_date(published, unit, -amount)
    res.start_date = cal.unit_ref(cal.shift_date(published, unit, -amount - 1), unit).start_date
    res.end_date = bound


@rule("ago", rf"(?:(?:about|nearly|almost|some|more\s+than|less\s+than|just|only|over|roughly|barely|exactly)\s+)?({AMOUNT})\s+({UNIT})(?:\s+or\s+so)?\s+(ago|earlier|later|before|after|prior\s+to|ahead\s+of|previously|hence|from\s+now|from\s+today|on)", priority=2)
def _ago(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    amount_text = " ".join(m.group(1).lower().split())
    amount = _number(amount_text)
    unit = _unit(m.group(2))
    rel = " ".join(m.group(3).lower().split())
    if unit in ("H", "MIN", "S") or (unit == "CE" and rel not in ("ago", "hence", "from now")):
        return None  # ("a century ago", "The town was founded a century ago", is about that year)
    if m.group(2).lower().startswith("fortnight"):
        unit, amount = "D", None if amount is None else 14 * amount  # a fortnight is 14 days
    if rel in ("before", "after", "prior to", "ahead of"):
        # "two days after the vote": counted from the vote's date, once the text gives it.
        if unit == "Q":
            unit, amount = "M", None if amount is None else 3 * amount
        if unit == "DE":
            unit, amount = "Y", None if amount is None else 10 * amount
        return pending_offset(ctx, m, 1 if rel == "after" else -1, amount, unit)
    if rel == "on":
        if (amount is None or amount_text in ("a", "an") or _next_word(ctx, m.end()).lower() in _ON_OBJECT
                or weekday_number(_next_word(ctx, m.end()).lower()) is not None):
            return None  # "700 seats a week on the route": a rate and a place, not "a week later" ("two weeks on Sunday shifts")
        if _prev_word(ctx, m.start()) == "to" and _next_word(ctx, m.end())[:1].islower():
            return None  # "sentenced to 12 months on probation": a term served, not "12 months later"
        rel = "later"
    if rel in ("ago", "hence", "from now", "from today"):
        ref, ref_desc = ctx.published, _pub(ctx)
    else:
        # "two days before the vote": the vote is no date we know, so the amount counts
        # from the previous date of the narrative.
        ref, ref_desc = ctx.reference_day()
    sign = 1 if rel in ("later", "after", "hence", "from now", "from today") else -1
    if amount is None:
        if unit == "Y" and amount_text in ("a few", "few", "several"):
            return _with_anchor(cal.vague_ref("PAST_REF" if sign < 0 else "FUTURE_REF"), "vague amount of years")
        return _with_anchor(cal.vague_ref("PAST_REF" if sign < 0 else "FUTURE_REF"),
                            f"{m.group()} → vague, relative to {ref_desc}")
    if unit == "Q":
        day = cal.shift_date(ref, "M", 3 * sign * amount)
        res = cal.unit_ref(day, "Q")
    elif unit == "CE":
        if amount is None:
            return _with_anchor(cal.vague_ref("PAST_REF" if sign < 0 else "FUTURE_REF"), "vague amount of centuries")
        res = cal.year_ref(ref.year + 100 * sign * amount)  # "a century ago": about that year, as "a decade ago"
    elif unit == "DE":
        near = ctx.recent_coarse_point(m.start()) if rel in ("earlier", "later") else None
        year = near[0].year if near is not None and near[1] == "year" else ref.year
        res = cal.year_ref(year + 10 * sign * amount)  # "a decade ago": about that year
    else:
        day = cal.shift_date(ref, unit, sign * amount)
        if unit == "Y" and amount == 1 and ctx.has_quarters and rel in ("ago", "earlier") and not _compares_years(ctx, m.start()) and _quarter_mentioned(ctx):
            year, quarter = _latest_quarter(ctx, m.start())
            if ctx.last_quarter is not None and ctx.last_quarter[2] in ctx.unknown_quarters \
                    and m.start() - ctx.last_quarter[2] <= _QUARTER_REACH:
                # "Sales rose in the quarter ended Sept. 30 [a fiscal one] to $9 million from
                # $8 million a year ago": that quarter a year before, which calendar one unknown
                return _with_anchor(cal.unknown_quarter_ref(year - 1),
                                    f"{m.group()} in results → the fiscal quarter a year before")
            res = cal.quarter_ref(year - 1, quarter)
            return _with_anchor(res, f"{m.group()} in results → same quarter a year before {year}-Q{quarter}")
        near = ctx.recent_coarse_point(m.start(), unit if sign < 0 else None) \
            if rel in ("earlier", "later", "previously") else None
        if near is not None:
            # "He was elected in 2010. Two years earlier, he had lost": "earlier" and "later"
            # count from the narrative's date, here a year or a month the text just gave;
            # the result is as precise as that date (2008, not a day of 2008), and a finer
            # amount ("three days later" after "in 1998") is an unknown part of it (1998-XX-XX).
            point, precision, point_desc = near
            coarse = "Y" if precision == "year" else "M"
            if unit == "Y" or (coarse == "M" and unit == "M"):
                res = cal.unit_ref(cal.shift_date(point, unit, sign * amount), coarse)
            else:
                whole = cal.unit_ref(point, coarse)
                first = cal.shift_date(whole.start_date, unit, sign * amount)
                last = cal.shift_date(whole.end_date, unit, sign * amount)
                if (first.year, first.month) == (last.year, last.month):
                    value = f"{first.year:04d}-{first.month:02d}-XX"
                elif first.year == last.year:
                    value = f"{first.year:04d}-" + {"D": "XX-XX", "W": "WXX", "M": "XX"}[unit]
                else:
                    value = "XXXX-XX-XX"
                res = cal.Resolved(value, "DATE", first, last, "unknown")
            return _with_anchor(res, f"{m.group()} → {sign * amount:+d} {m.group(2).lower().rstrip('s')}(s) from {point_desc}")
        # "two weeks ago" is a day (about then), not the ISO week around it; "a month later"
        # after a day the narrative gave is a day too, as precise as that date
        narrative_day = (rel in ("earlier", "later") and unit == "M" and ctx.last_day is not None
                         and ctx.last_explicit is not None and ctx.last_explicit[1] == "day"
                         and ctx.last_explicit[0] == ctx.last_day[0] and ctx.last_day_end is not None
                         and ctx.last_day_end < ctx.sentence_bounds(m.start())[0])
        # (a day given in the same sentence is no start: "On Tuesday, nearly two months later, ...")
        res = cal.unit_ref(day, "D" if unit == "W" or narrative_day else unit)
        if unit in ("Y", "M") and rel == "ago" and _MORE_THAN.match(m.group()):
            _past_bound(res, ctx.published, unit, amount)
    res = _with_anchor(res, f"{m.group()} → {sign * amount:+d} {m.group(2).lower().rstrip('s')}(s) from {ref_desc}")
    return _remember(ctx, res, m.group())


@rule("anaphoric", r"(?:(?:later|earlier|late|early)\s+)?(?:(?:the\s+)?(following|next|previous|preceding|prior|same)|that(?:\s+same)?)\s+(day|morning|afternoon|evening|night|week|month|year|weekend)|the\s+(day|week|month|year)\s+(before|after)(?!\s+(?:yesterday|tomorrow|last|next)\b)", priority=1, triggers="day morning afternoon evening night week month year weekend")
def _anaphoric(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    low = " ".join(m.group().lower().split())
    which = (m.group(1) or "").lower()
    unit = (m.group(2) or m.group(3) or "day").lower()
    if not low.startswith(("the", "that", "later", "earlier", "late", "early")) and which:
        if which in ("next", "previous", "prior", "following"):
            return None  # "next week" is handled as relative to publication
    if m.group(4):
        sign = -1 if m.group(4).lower() == "before" else 1
        if _OFFSET_OBJECT.match(ctx.text, m.end()):
            # "the day after Christmas", "the day before the vote", "the year after the war"
            return pending_offset(ctx, m, sign, 1, {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit])
        if re.match(r"\s+[a-z]", ctx.text[m.end():m.end() + 3]):
            return None  # "the day before authorities issued ...": relative to an event, not a date
        which = "previous" if sign < 0 else "following"
    if which in ("", "same"):
        which = "same"
    ref, ref_desc = ctx.reference_day()
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0}[which]
    if unit in ("day", "morning", "afternoon", "evening", "night") and step and ctx.last_vague is not None:
        # "days before the visit ... the following day": the vague span moves by a day.
        start, end, vague_text = ctx.last_vague
        start, end = start + dt.timedelta(days=step), end + dt.timedelta(days=step)
        if ctx.direction(m.start(), m.end()) == "past":
            end = min(end, ctx.published)
        res = cal.unit_ref(start, "M")
        res.start_date, res.end_date, res.precision = start, min(max(start, end), end), "unknown"
        ctx.last_vague = (start, end, m.group())
        return _with_anchor(res, f"{m.group()} → {step:+d} day from the vague span of {vague_text!r}")
    if unit == "day" and ctx.last_point is not None and ctx.last_point.precision == "month":
        # "Slepian was killed last October ... His name was crossed out that same day": the
        # narrative's latest date is a month, so "that day" ("the next day") is a day of
        # that month, not the publication date or an older day the text gave.
        month_day, month_desc = ctx.last_point.day, ctx.last_point.desc
        res = cal.month_ref(month_day.year, month_day.month)
        res.value += "-XX"
        return _with_anchor(res, f"{m.group()} → a day of the month {month_desc}")
    if unit in ("day", "morning", "afternoon", "evening", "night"):
        day = ref + dt.timedelta(days=step)
        res = _with_anchor(cal.day_ref(day), f"{m.group()} → {step:+d} day from {ref_desc}")
        if step:
            return _remember(ctx, res, m.group())
        return res
    if unit == "weekend":
        # "the following weekend" after a Wednesday is that week's; after a Saturday, the next
        if step > 0:
            ref += dt.timedelta(days=(5 - ref.weekday()) % 7 or 7)
        elif step < 0:
            ref -= dt.timedelta(days=(ref.weekday() - 5) % 7 + (7 if ref.weekday() >= 5 else 0))
        return _with_anchor(cal.weekend_ref(ref), f"{m.group()} → weekend near {ref_desc}")
    shift = {"week": "W", "month": "M", "year": "Y"}[unit]
    if ctx.last_point is not None:
        ref, ref_desc = ctx.last_point.day, ctx.last_point.desc
    res = cal.unit_ref(cal.shift_date(ref, shift, step), shift)
    if not step and low.startswith(("later", "earlier")) and res.start_date <= ref <= res.end_date:
        # "She fled in June 1998 and came back later that year": the rest of the year after
        # June, not all of it ("earlier that month": the part of it before the day told of)
        if low.startswith("later"):
            res.start_date = ref
        else:
            res.end_date = ref
    return _with_anchor(res, f"{m.group()} → {step:+d} {unit} from {ref_desc}")


_NTH = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_COPULA_BEFORE = re.compile(r"\b(?:is|was|it's|marks?|marked|marking)\s+$", re.IGNORECASE)


@rule("nth_day_of", rf"(?:the\s+)?({'|'.join(_NTH)}|\d{{1,3}}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|full\s+)?day(?=\s+(?:of|in\s+a\s+row|since)\b)", priority=1, triggers="day")
def _nth_day_of(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "Today is the eighth day of the operation", "It's the second day of an offensive",
    "Monday was the third straight day of protests": the day the clause is about: a day
    named just before the copula, else the publication date (present) or the narrative's
    day (past). Without a copula ("on his first day in office") it is left alone."""
    before = ctx.text[max(0, m.start() - 12):m.start()]
    copula = _COPULA_BEFORE.search(before)
    if copula is None:
        return None
    subject_end = m.start() - len(before) + copula.start()
    if ctx.last_day is not None and ctx.last_day_end is not None and 0 <= subject_end - ctx.last_day_end <= 2:
        day, how = ctx.last_day[0], f"the day named before it, {ctx.last_day[1]!r}"
    elif copula.group().lower().startswith("was") or copula.group().lower().startswith("marked"):
        day, how = ctx.reference_day()
    else:
        day, how = ctx.published, f"publication date {ctx.published.isoformat()}"
    return _with_anchor(cal.day_ref(day), f"{m.group()} → {how}")


@rule("in_the_day", r"(earlier|later|early|late)\s+in\s+the\s+day\b(?!\s+(?:of|before|after)\b)", priority=1, triggers="day")
def _in_the_day(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "Later in the day, protesters gathered": the day the narrative is on (the previous
    day the text gave, else the publication date)."""
    ref, ref_desc = ctx.reference_day()
    return _with_anchor(cal.day_ref(ref), f"{m.group()} → {ref_desc}")


#: "It is only a matter of days before the talks collapse": how soon, not a date.
_MATTER_OF = re.compile(r"\bmatter\s+of\s+$", re.IGNORECASE)


@rule("vague_anchored", r"(days|weeks|months|years)\s+(earlier|later|before|after)", priority=1, triggers="days weeks months years")
def _vague_anchored(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    if _prev_word(ctx, m.start()) in SMALL_NUMBERS or re.search(r"\d\s*$", ctx.text[max(0, m.start() - 3):m.start()]):
        return None
    if _MATTER_OF.search(ctx.text, max(0, m.start() - 12), m.start()):
        # "it is just a matter of days before the boy is reunited with his father": a wait
        # foretold, no day counted from the reunion.
        return None
    if m.group(2).lower() in ("before", "after") and _OFFSET_OBJECT.match(ctx.text, m.end()):
        # "days before the summit": some days before the summit's date, once the text gives it.
        return pending_offset(ctx, m, -1 if m.group(2).lower() == "before" else 1, None, _unit(m.group(1)))
    ref, ref_desc = ctx.reference_day()
    unit = _unit(m.group(1))
    span = {"D": dt.timedelta(days=10), "W": dt.timedelta(weeks=8), "M": dt.timedelta(days=365), "Y": dt.timedelta(days=3650)}[unit]
    before = m.group(2).lower() in ("earlier", "before")
    start, end = (ref - span, ref - dt.timedelta(days=1)) if before else (ref + dt.timedelta(days=1), ref + span)
    coarse = {"D": "M", "W": "M", "M": "Y", "Y": "DE"}[unit]
    res = cal.unit_ref(ref, coarse)
    res.start_date, res.end_date, res.precision = start, end, "unknown"  # a vague span, not a month
    ctx.last_vague = (start, end, m.group())
    return _with_anchor(res, f"{m.group()} → some {m.group(1)} {'before' if before else 'after'} {ref_desc}")


# --------------------------------------------------------------------------- times

#: A date right before a bare "10:22": "12 Aug 2012 10:22", "7/17 16:00".
_DATE_BEFORE_CLOCK = re.compile(r"(?:\b(?:1\d|20)\d\d|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?|\b\d{4}-\d\d-\d\d)\s*,?\s*$")


#: A present form of "be" in a clause: "where he is picked up ... about 6 p.m.".
_PRESENT_BE = re.compile(r"\b(?:is|are|am)\b|\w'(?:s|re|m)\b", re.I)


def _habitual_clock(ctx: DateContext, m: re.Match[str]) -> bool:
    """Whether a bare clock time tells what happens every day rather than on the day the
    text last named: its sentence is told in the present ("is picked up when his parents
    leave work, about 6 p.m.", "the shelter is open until 9 p.m."), with no cue of the past
    or the future, and names no day before it. A day named sentences earlier ("has kept the
    centre open since Jan. 1") is then not the clock's day."""
    s_start, _ = ctx.sentence_bounds(m.start())
    if ctx.last_day_end is not None and ctx.last_day_end > s_start:
        return False
    if ctx.tense(m.start(), m.end()) is not None:
        return False
    return _PRESENT_BE.search(ctx.text, s_start, m.start()) is not None


@rule("clock", rf"(?:(?:((?i:next|last|this|coming|this\s+coming|this\s+past))\s+)?({WEEKDAY}|{WEEKDAY_ABBR}|(?<!after\s)(?<!before\s)(?:today|yesterday|tomorrow|tonight)),?\s+(?:at\s+)?)?({CLOCK})(?:,?\s+(?:on\s+)?(?:({WEEKDAY}|today|yesterday|tomorrow|tonight)(?:,?\s+({MONTH})\s+({DAYNUM}))?|({MONTH})\s+({DAYNUM}))(?:(?:(?<=\d)|(?<=st)|(?<=nd)|(?<=rd)|(?<=th)),?\s+({YEAR}))?)?", priority=1)
def _clock(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    clock = m.group(3).lower()
    day_word = m.group(2) or m.group(4)
    if clock == "noon" and _prev_word(ctx, m.start()) == "high":
        return None  # "high noon": a figure of speech
    if m.group(3)[0].isupper() and _prev_word(ctx, m.start()) not in ("at", "by", "until", "after", "before", "from", "since", ""):
        return None  # "High Noon"
    if day_word and weekday_number(day_word) is not None and not day_word[0].isupper():
        return None
    if re.fullmatch(r"\d{1,2}:\d\d", clock.split()[0]) and not re.search(r"[ECMP][SD]T|GMT|UTC", m.group(3)):
        hour = int(clock.split(":")[0])
        if hour > 23:
            return None
        if (not day_word and _prev_word(ctx, m.start()) not in ("at", "by", "until", "about", "around", "before", "after", "from", "to", "since")
                and not _DATE_BEFORE_CLOCK.search(ctx.text, max(0, m.start() - 20), m.start())):
            return None  # "3:1" ratios, scores (but "12 Aug 2012 10:22")
    if m.group(5) or m.group(7):
        month = _month_number(m.group(5) or m.group(7))
        if m.group(9):  # "4.15am on Saturday, February 14, 2009"
            day = dt.date(int(m.group(9)), month, _day_number(m.group(6) or m.group(8)))
        else:
            day = _month_day_for(ctx, m, month, _day_number(m.group(6) or m.group(8)))
    elif day_word:
        low = day_word.lower()
        mod = " ".join((m.group(1) or "").lower().split())
        if weekday_number(low) is not None:
            # "next Monday at 3pm", "Wed 5pm": the weekday as it reads alone
            how = {"next": "strict_future", "coming": "strict_future", "this coming": "strict_future",
                   "last": "strict_past", "this past": "strict_past"}.get(mod) or ctx.direction(m.start(), m.end())
            day = cal.nearest_weekday(ctx.published, weekday_number(low), how)
        else:
            day = ctx.published + dt.timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[low])
    elif ctx.last_day and not _habitual_clock(ctx, m):
        day = ctx.last_day[0]
    else:
        day = ctx.published
    if clock in ("noon", "midday"):
        hhmm = "12:00"
    elif clock == "midnight":
        hhmm = "24:00"
    else:
        # "4 in the morning" is 4 a.m.; "8 in the evening" is 8 p.m.
        clock = re.sub(r"in\s+the\s+morning", "am", re.sub(r"in\s+the\s+(?:afternoon|evening)", "pm", clock))
        cm = re.match(r"(\d{1,2})(?:[:.](\d\d))?\s*(a\.?m|p\.?m|o'clock)?", clock)
        hour, minute = int(cm.group(1)), int(cm.group(2) or 0)
        if hour > 24 or minute > 59 or (cm.group(3) and cm.group(3)[0] in "ap" and not 1 <= hour <= 12):
            return None
        if cm.group(3) and cm.group(3).startswith("p") and hour < 12:
            hour += 12
        if cm.group(3) and cm.group(3).startswith("a") and hour == 12:
            hour = 0
        hhmm = f"{hour:02d}:{minute:02d}"
    res = cal.day_ref(day)
    res.value += f"T{hhmm}"
    res.type = "TIME"
    res = _with_anchor(res, f"time of day on {day.isoformat()}")
    if day_word or m.group(5) or m.group(7):
        _remember(ctx, res, m.group())
    else:
        res.inferred = "day"  # a bare clock: a day named later in its clause may be its own
    return res


def _month_day_for(ctx: DateContext, m: re.Match[str], month: int, day: int) -> dt.date:
    year = cal.year_for_month(ctx.published, month, ctx.direction(m.start(), m.end(), default="neutral"), day)
    cal.check_year(year)
    return dt.date(year, month, day)


# --------------------------------------------------------------------------- durations, sets

_MODALS = frozenset("will would may might could can shall should must 'll".split())


#: First words that make "N units" a stretch, never a point ("the next two weeks").
_DURATION_HEADS = frozenset("the past last next first coming previous final".split())


@rule("in_either_amount", rf"(?<=\b[Ii]n\s)(?:(?:an?|one)\s+(day|week|month|year)\s+or\s+two|({NUMBER})\s+or\s+({NUMBER})\s+(days|weeks|months|years))(?![\w-])",
      priority=2, triggers="or")
def _in_either_amount(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "Talks could resume in a day or two", "a ruling is due in two or three weeks": a time
    ahead given as one amount or another, so no one day, month or year (as "in two weeks" is):
    the future at large. Not told of the past ("In a year or two, the firm had doubled")."""
    if ctx.direction(m.start(), m.end(), default="") != "future":
        return None
    return _with_anchor(cal.vague_ref("FUTURE_REF"), f"in {m.group()}: one amount or another ahead")


@rule("duration", rf"(?:(?:the\s+)?(?:past|last|next|first|coming|previous|final)\s+)?({NUMBER}|a|an|a\s+few|a\s+couple\s+of|several|few)[\s-]+(?:more\s+)?({UNIT})(?:[\s-]+(?:long|old))?")
def _duration(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    if m.group(2).lower().startswith("quarter") and (re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4]) or "-" in m.group()):
        return None  # "a quarter of the market", "three-quarters": fractions
    if re.search(r"old$", m.group(), re.I) or re.match(r"[\s-]+old\b", ctx.text[m.end():m.end() + 6]):
        return None  # an age, not a stretch of time
    if m.group(1).lower() in ("a", "an") and re.search(r"(?:\d|\b(?:hours?|days?|flights?|times|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion))\W{0,3}$", ctx.text[max(0, m.start() - 25):m.start()], re.I):
        return None  # a rate ("$1.76 a year", "24 hours a day"), not a stretch of time
    if m.group(1).lower() in ("a", "an") and _COUNTED.match(_prev_word(ctx, m.start())) and not m.group().lower().startswith("the"):
        return None  # "700 seats a week", "barrels a day": a rate
    if _is_title(ctx, m):
        return None
    if " ".join(m.group().lower().split()) == "one day" and _prev_word(ctx, m.start()) in _MODALS:
        return _with_anchor(cal.vague_ref("FUTURE_REF"), "one day after a modal: some time to come")
    amount = _number(m.group(1))
    if amount is not None and amount >= 1000:
        return None  # "the 1988 quarter" is a year
    unit = _unit(m.group(2))
    if m.group(2).lower().startswith("fortnight"):
        unit, amount = "D", None if amount is None else 14 * amount  # a fortnight is 14 days
    if unit == "CE":
        unit_text, amount_text = "Y", str(100 * amount) if amount is not None else "X"
    else:
        unit_text = unit
        amount_text = str(amount) if amount is not None else "X"
    if m.group(1).lower() in ("a", "an") and _next_word(ctx, m.end()).lower() in ("ago", "earlier", "later"):
        return None
    if unit == "M" and amount in (6, 9) and re.search(r"\b(?:the|first|latest)\s+$", ctx.text[max(0, m.start(1) - 8):m.start(1)], re.I):
        ctx.last_long_period = m.start()  # "the first nine months": results for part of a year
    if (amount is not None and unit in ("D", "W", "M", "Y") and m.group().split()[0].lower() not in _DURATION_HEADS
            and _prev_word(ctx, m.start()) == "in"
            and (ctx.direction(m.start(), m.end(), default="") == "future"
                 or re.search(r"\b(?:is|are)\s+in\s+$", ctx.text[max(0, m.start() - 8):m.start()]))  # "the vote is in two weeks"
            and not re.match(r"\s*(?:or|to|-|–)\s", ctx.text[m.end():m.end() + 5])):
        # "will be redeemed in five years": the point that far after publication (TimeML DATE);
        # days and weeks name a day ("in two weeks"), months and years their month or year.
        day = cal.shift_date(ctx.published, unit, amount)
        return _with_anchor(cal.unit_ref(day, "D" if unit == "W" else unit), f"in {m.group()} → {amount:+d} {unit} from {_pub(ctx)}")
    if unit == "Q":
        unit_text, amount_text = "M", str(3 * amount) if amount is not None else "X"
    return _with_anchor(cal.duration_ref(amount_text, unit_text), "duration")


@rule("set", rf"(?:every|each|per)\s+(?:other\s+)?(day|week|month|year|morning|evening|night|{WEEKDAY})|daily|weekly|monthly", priority=1,
      triggers="every each per daily weekly monthly")
def _set(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    low = m.group().lower()
    if low in ("weekly", "monthly") and (
            not re.match(r"\s*(?:$|[.,;:!?)]|(?:and|or|but|in|at|on|from|since|until|for)\b)", ctx.text[m.end():m.end() + 8])
            or re.search(r"[\d%$£€]", ctx.text[max(ctx.sentence_bounds(m.start())[0], m.start() - 40):m.start()])):
        return None  # only the adverb ("the board meets monthly"): "a monthly report" names no time, "$500 monthly" is a
        # rate ("annually" is left alone: TimeBank's news writes it of rates far more than of happenings)
    if low == "daily":
        if m.group()[0].isupper():
            return None  # "China Daily", "Linda Daily"
        nxt = _next_word(ctx, m.end())
        if nxt[:1].isupper() or nxt.lower() in ("newspaper", "newspapers", "paper", "papers", "volume", "average"):
            return None  # the newspaper ("the party daily Granma"), a statistic
        if _prev_word(ctx, m.start()) in ("average", "a", "the", "party"):
            return None
    unit_word = (m.group(1) or "").lower()
    code = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y"}.get(low)
    if code is None:
        if unit_word in WEEKDAYS:
            code = f"XXXX-WXX-{WEEKDAYS[unit_word] + 1}"
        elif unit_word in PART_OF_DAY:
            code = f"T{PART_OF_DAY[unit_word]}"
        else:
            code = "P1" + UNITS[unit_word]
    return Resolved(code, "SET", None, None, "unknown", "recurring")
