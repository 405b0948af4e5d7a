"""Dates written in digits: ISO ("2010-11-23", "2015-3-3", "2013/02/15"), day and month in
either order ("19.02.2010", "30/12/2017", "3/14/2015", "10/31/74"), year and month
("2014-10", "10/2014"), month and day without a year ("12/31"), and quarters ("Q3 2024").

Which of two numbers up to 12 is the day is decided, in order, by the caller's
``day_first`` (the source's convention, when known), by the text's own unambiguous dates
and its spelling (:meth:`DateContext.day_first`), and by the separator: dots are European
(day first); slashes and dashes follow the country the text is set in
(:meth:`DateContext.setting_day_first`: "01/03/2026 in Leeds" is 1 March), else American
(month first).
"""
from __future__ import annotations

import datetime as dt
import re

from timeline.dates import _calendar as cal
from timeline.dates._calendar import Resolved
from timeline.dates._context import DateContext
from timeline.dates._rules import (
    MONTH_CI,
    MONTHS,
    WEEKDAY_ANY,
    YEAR,
    _month_number,
    _pub,
    _prev_word,
    _quarter_year,
    _remember,
    _with_anchor,
    _year_for_day,
    rule,
    weekday_number,
)

#: Words before a bare "12/31" that make it a date ("on 12/31", "due 8/15").
_DATE_PREPS = frozenset("""on by since until till from before after through to effective dated
due as of and or between for""".split())
#: Verbs of the schedule before a bare "11/7" that make it a date ("the trial opens 11/7",
#: "the sale ends 12/31"): no count or ratio follows them.
_DATE_VERBS = frozenset("""opens reopens starts begins ends closes expires resumes launches arrives returns
open reopen start begin end close expire resume launch arrive return""".split())
#: Words before numbers with slashes that make them labels, scores or ratios, not dates.
_LABEL_BEFORE = frozenset("""bus route line room no number flight page platform gate ratio score odds
about nearly approximately almost than version chapter section article regulation directive
resolution law act code""".split())
#: Common fractions: "3/4 of the vote", "1/2 cup".
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16, 32, 64, 100})


def _two_digit_year(ctx: DateContext, year: int) -> int:
    """'74' is 1974 and '25' 2025 for a text of 2025: a century back at most, ten years ahead."""
    return year + (1900 if year > (ctx.published.year + 10) % 100 else 2000)


@rule("iso_date", rf"({YEAR})([-/.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::\d\d)?)?", priority=5)
def _iso_date(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "2010-11-23", "2015-3-3", "2013/02/15", "2020.05.17" (year, month, day), with a clock
    time after a "T" or a space ("2025-07-01 14:30")."""
    res = cal.day_ref(dt.date(int(m.group(1)), int(m.group(3)), int(m.group(4))))
    if m.group(5):
        res.value += f"T{m.group(5)}:{m.group(6)}"
        res.type = "TIME"
    return _remember(ctx, _with_anchor(res, "explicit date"), m.group())


@rule("day_abbr_year", rf"(\d{{1,2}})([-/])({MONTH_CI})\2(\d{{4}}|\d{{2}})(?![\d/-])", priority=5, flags=0, triggers=tuple(MONTHS))
def _day_abbr_year(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "14-Jul-2025", "3/Mar/21": day, month name and year joined by dashes or slashes."""
    year = int(m.group(4))
    year = _two_digit_year(ctx, year) if len(m.group(4)) == 2 else cal.check_year(year)
    res = cal.day_ref(dt.date(year, _month_number(m.group(3)), int(m.group(1))))
    return _remember(ctx, _with_anchor(res, "explicit date (day-month-year)"), m.group())


@rule("numeric_date", r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})", priority=5)
def _numeric_date(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "19.02.2010", "30/12/2017", "3/14/2015", "10/31/74": day and month in the order the
    numbers, the source or the text decide."""
    a, sep, b, year_text = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
    year = int(year_text)
    if len(year_text) == 2:
        if sep == "." and _prev_word(ctx, m.start()) not in _DATE_PREPS:
            return None  # "1.2.10" is more often a version than a date
        year = _two_digit_year(ctx, year)
    cal.check_year(year)
    order = _order(ctx, a, b, sep)
    if order is None:
        return None
    day, month = (a, b) if order == "dmy" else (b, a)
    res = cal.day_ref(dt.date(year, month, day))
    how = "day/month/year" if order == "dmy" else "month/day/year"
    return _remember(ctx, _with_anchor(res, f"explicit date ({how})"), m.group())


def _order(ctx: DateContext, a: int, b: int, sep: str) -> str | None:
    """'dmy' or 'mdy' for the first two numbers of a date, None when neither is possible."""
    if a > 12 and b > 12 or a == 0 or b == 0 or a > 31 or b > 31:
        return None
    if a > 12:
        return "dmy"
    if b > 12:
        return "mdy"
    day_first = ctx.day_first
    if day_first is None:  # dots are European; a slash or a dash follows where the text is set
        day_first = sep == "." or bool(ctx.setting_day_first)
    return "dmy" if day_first else "mdy"


@rule("year_month", r"({YEAR})([-/])(0[1-9]|1[0-2])(?![-/.]?\d)".replace("{YEAR}", YEAR), priority=4)
def _year_month(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "2014-10", "2014/10": a month. "2009-10", "2011/12" are a span of two years (a season,
    a budget year)."""
    year, month = int(m.group(1)), int(m.group(3))
    if month == (year + 1) % 100:
        return None
    if m.group(2) == "/" and (_prev_word(ctx, m.start()) in _LABEL_BEFORE
                              or re.match(r"\s*(?:season|campaign|budget|fiscal|financial|academic|school)\b", ctx.text[m.end():m.end() + 12], re.I)):
        return None  # "Directive 2014/10", "the 2013/10 budget"
    return _with_anchor(cal.month_ref(year, month), "explicit month (year-month)")


@rule("month_slash_year", rf"(0?[1-9]|1[0-2])/({YEAR})", priority=4)
def _month_slash_year(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "10/2014", "2/2013": a month."""
    if _prev_word(ctx, m.start()) in _LABEL_BEFORE:
        return None
    return _with_anchor(cal.month_ref(int(m.group(2)), int(m.group(1))), "explicit month (month/year)")


#: A weekday right before a day and month in digits ("Thu 10/07", "Friday, 8/15").
_LEAD_WEEKDAY = re.compile(rf"\b({WEEKDAY_ANY}),?\s+$", re.IGNORECASE)


def _is_weekday(ctx: DateContext, m: re.Match[str], day: int, month: int, weekday: int | None) -> bool:
    try:
        year, _ = _year_for_day(ctx, m, month, day)
        return dt.date(year, month, day).weekday() == weekday
    except ValueError:
        return False


@rule("month_slash_day", r"(\d{1,2})/(\d{1,2})(?![/\d])", priority=3)
def _month_slash_day(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "12/31", "on 8/15": a day without a year, in the text's order (month first unless
    the text or the source writes the day first); the year as for "Dec. 31"."""
    a, b = int(m.group(1)), int(m.group(2))
    if (a, b) == (9, 11) and not re.match(r"\s*(?:,|\s)\s*(?:19|20)\d\d", ctx.text[m.end():m.end() + 7]):
        return _remember(ctx, _with_anchor(cal.day_ref(dt.date(2001, 9, 11)), "9/11: the attacks of 11 September 2001"), m.group())
    if (a, b) == (24, 7):
        return None  # "open 24/7"
    prev = _prev_word(ctx, m.start())
    before = ctx.text[max(0, m.start() - 3):m.start()]
    if prev in _LABEL_BEFORE or re.search(r"[\d$£€#]\s*$", before) or re.match(r"\s*(?:of|cups?|inch|inches|miles?|teaspoons?|tablespoons?|pounds?|kg|km|mm|cm)\b", ctx.text[m.end():m.end() + 12]):
        return None  # "Bus 12/31", "3/4 of the vote", "1/2 cup"
    if a < b and b in _FRACTION_DENOMINATORS and prev not in _DATE_PREPS:
        return None  # "1/2", "3/4": a fraction unless the text says "on 3/4"
    lead = _LEAD_WEEKDAY.search(ctx.text, max(0, m.start() - 12), m.start())
    day_first = 12 < a <= 31 and 0 < b <= 12 and not re.match(r"\s*(?:odds|shot|on)\b", ctx.text[m.end():m.end() + 6])
    if prev not in _DATE_PREPS and prev not in _DATE_VERBS and not ctx.standalone and prev not in ("is", "was", "be", "deadline", "date") and not lead \
            and not day_first:
        return None  # ("ends 31/12": a day written first can be nothing else)
    order = _order(ctx, a, b, "/")
    if order is None:
        return None
    if lead and a <= 12 and b <= 12:
        # "Thu 10/07": the order in which that day is a Thursday near the publication
        weekday = weekday_number(lead.group(1))
        fitting = [o for o in ("dmy", "mdy") if _is_weekday(ctx, m, *((a, b) if o == "dmy" else (b, a)), weekday)]
        if len(fitting) == 1:
            order = fitting[0]
    day, month = (a, b) if order == "dmy" else (b, a)
    if day > 31:
        return None
    year, how = _year_for_day(ctx, m, month, day)
    res = cal.day_ref(dt.date(year, month, day))
    return _remember(ctx, _with_anchor(res, f"{month:02d}-{day:02d} without a year → {how}"), m.group())


@rule("quarter_code", rf"Q([1-4])(?:\s*[/-]\s*|\s+)({YEAR}|'\d\d)|({YEAR})\s*[/-]?\s*Q([1-4])|([1-4])Q\s*({YEAR}|'?\d\d)|Q([1-4])", priority=3, flags=0)
def _quarter_code(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "Q3 2024", "2023 Q4", "3Q 2024", "3Q24", "Q1 '25", and "Q1" (its year as for "the
    first quarter")."""
    quarter = int(m.group(1) or m.group(4) or m.group(5) or m.group(7))
    year_text = (m.group(2) or m.group(3) or m.group(6) or "").lstrip("'")
    if year_text:
        year = int(year_text) if len(year_text) == 4 else _two_digit_year(ctx, int(year_text))
        return _with_anchor(cal.quarter_ref(year, quarter), "explicit quarter")
    year = _quarter_year(ctx, quarter, m)
    ctx.last_quarter = (year, quarter, m.start())
    return _with_anchor(cal.quarter_ref(year, quarter), f"Q{quarter} without a year → {year} from {_pub(ctx)}")


#: The words a half year's code is written with ("H1", "1H", "1H24", "2024H1"): its rule's triggers.
_HALF_WORDS = (("h1", "h2", "1h", "2h") + tuple(f"{h}h{n:02d}" for h in "12" for n in range(100))
               + tuple(f"{y}h{h}" for y in range(1800, 2200) for h in "12"))


@rule("half_code", rf"H([12])\s*({YEAR}|'\d\d)|({YEAR})\s*[/-]?\s*H([12])|([12])H\s*({YEAR}|'?\d\d)", priority=3, flags=0,
      triggers=_HALF_WORDS)
def _half_code(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "H1 2023", "2024 H2", "1H 2024", "1H24": a half year, as the quarters' codes."""
    half = int(m.group(1) or m.group(4) or m.group(5))
    year_text = (m.group(2) or m.group(3) or m.group(6)).lstrip("'")
    year = int(year_text) if len(year_text) == 4 else _two_digit_year(ctx, int(year_text))
    return _with_anchor(cal.half_ref(year, half), "explicit half year")


@rule("fiscal_code", r"FY\s?'?(\d\d)", priority=3, flags=0, triggers=("fy",) + tuple(f"fy{n:02d}" for n in range(100)))
def _fiscal_code(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "FY24": a fiscal year, valued as its year (as "fiscal 2024", TimeBank's practice)."""
    return _with_anchor(cal.year_ref(_two_digit_year(ctx, int(m.group(1)))), "fiscal year (two digits)")
