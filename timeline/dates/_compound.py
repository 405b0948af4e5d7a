"""Dates built from parts: the n-th weekday of a month ("the last Monday of March"), the
first or last day of a month, the n-th week of a month, a weekday of a named week
("Wednesday of next week", "last week's Sunday"), "Friday after next", and parts of the
current unit ("end of month", "the rest of the week", "the first half of next month").
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from timeline.dates import _calendar as cal
from timeline.dates._calendar import Resolved
from timeline.dates._context import DateContext
from timeline.dates._rules import (
    AMOUNT,
    DAYNUM,
    MONTH,
    MONTHS,
    WEEKDAY,
    WEEKDAY_ABBRS,
    WEEKDAY_ANY,
    WEEKDAYS,
    YEAR,
    _month_number,
    _month_word_ok,
    _number,
    _prev_word,
    _pub,
    _remember,
    _resolve_weekday,
    _with_anchor,
    _year_for_day,
    rule,
    weekday_number,
)

_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "fifth": 5, "5th": 5, "last": -1, "final": -1}
_NTH_WORDS = "first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final"
_WEEKDAY_TRIGGERS = "monday tuesday wednesday thursday friday saturday sunday"
_REL_MONTH = {"this": 0, "the": 0, "the current": 0, "current": 0, "next": 1, "the next": 1, "the coming": 1,
              "the following": 1, "last": -1, "the previous": -1, "previous": -1, "the last": -1}
#: "(of) this month" / "(of) March [2014]"
_MONTH_REF = rf"(?:(this|next|last|the|current|the\s+(?:current|next|coming|following|previous|last))\s+month|({MONTH})(?:,?\s+({YEAR}))?)"


def _month_of(m: re.Match[str], ctx: DateContext, rel: str | None, month_word: str | None, year_text: str | None,
              pick: callable) -> tuple[int, int] | None:
    """The (year, month) a phrase names: relative to publication, with its year, or the one
    the clause's direction points to; ``pick(year, month)`` gives the date the phrase means
    in a candidate month, so that "the last Monday of July" written on 30 July is the one to
    come or gone by the tense."""
    pub = ctx.published
    if rel is not None:
        return cal.add_months(pub.year, pub.month, _REL_MONTH[" ".join(rel.lower().split())])
    if not _month_word_ok(month_word, year=year_text, modifier="of"):
        return None
    month = _month_number(month_word)
    if year_text:
        return int(year_text), month
    how = ctx.direction(m.start(), m.end(), default="neutral")
    candidates = [(year, month, pick(year, month)) for year in (pub.year - 1, pub.year, pub.year + 1)]
    if how == "past":
        before = [c for c in candidates if c[2] <= pub]
        chosen = before[-1]
    elif how == "future":
        chosen = next(c for c in candidates if c[2] >= pub)
    else:
        chosen = min(candidates, key=lambda c: (abs((c[2] - pub).days), c[2] > pub))
    return chosen[0], chosen[1]


@rule("nth_weekday_of_month", rf"(?:the\s+)?({_NTH_WORDS})\s+({WEEKDAY})\s+(?:of|in)\s+{_MONTH_REF}", priority=4, triggers=_WEEKDAY_TRIGGERS)
def _nth_weekday_of_month(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "The last Monday of March", "the first Tuesday in October", "the third Thursday of this month"."""
    n, weekday = _NTH[m.group(1).lower()], WEEKDAYS[m.group(2).lower()]

    def pick(year: int, month: int) -> dt.date:
        return cal.nth_weekday(year, month, weekday, n)

    found = _month_of(m, ctx, m.group(3), m.group(4), m.group(5), pick)
    if found is None:
        return None
    day = pick(*found)
    if day.month != found[1]:
        return None  # no fifth Monday that month
    return _remember(ctx, _with_anchor(cal.day_ref(day), f"the {m.group(1)} {m.group(2)} of {found[0]}-{found[1]:02d}"), m.group())


@rule("edge_day_of", rf"(?:the\s+)?(first|last|final)\s+day\s+of\s+(?:{_MONTH_REF}|the\s+(year)|({YEAR}))", priority=4, triggers="day")
def _edge_day_of(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "The last day of October 2015", "the first day of next month", "the last day of 2024"."""
    first = m.group(1).lower() == "first"
    if m.group(5) or m.group(6):
        year = int(m.group(6)) if m.group(6) else ctx.published.year
        day = dt.date(year, 1, 1) if first else dt.date(year, 12, 31)
    else:
        def pick(year: int, month: int) -> dt.date:
            return dt.date(year, month, 1 if first else calendar.monthrange(year, month)[1])
        found = _month_of(m, ctx, m.group(2), m.group(3), m.group(4), pick)
        if found is None:
            return None
        day = pick(*found)
    return _remember(ctx, _with_anchor(cal.day_ref(day), f"the {m.group(1)} day of {day.strftime('%B %Y')}"), m.group())


@rule("nth_week_of_month", rf"(?:the\s+)?({_NTH_WORDS})\s+(week|weekend)\s+(?:of|in)\s+{_MONTH_REF}", priority=4, triggers="week weekend")
def _nth_week_of_month(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "The first week of June 2025": the ISO week that holds the month's first Thursday,
    as ISO weeks belong to the month (and year) holding their Thursday: most of its days
    are in the month (June 2-8, not May 26 - June 1); the second week holds the second
    Thursday, the last week the last one. "The last weekend of May": the weekend of the
    month's last Saturday (the first weekend: of its first Saturday)."""
    n = _NTH[m.group(1).lower()]
    weekend = m.group(2).lower() == "weekend"
    anchor_day = 5 if weekend else 3

    def pick(year: int, month: int) -> dt.date:
        if n < 0:
            return cal.nth_weekday(year, month, anchor_day, -1)
        return cal.nth_weekday(year, month, anchor_day, 1) + dt.timedelta(weeks=n - 1)

    found = _month_of(m, ctx, m.group(3), m.group(4), m.group(5), pick)
    if found is None:
        return None
    day = pick(*found)
    if day.month != found[1]:
        return None  # no fifth week that month
    ref = cal.weekend_ref(day) if weekend else cal.week_ref(day)
    return _with_anchor(ref, f"the {m.group(1)} {m.group(2)} of {found[0]}-{found[1]:02d}")


_WEEK_WORDS = {"this": 0, "the current": 0, "next": 1, "the coming": 1, "the following": 1, "coming": 1,
               "last": -1, "the previous": -1, "previous": -1, "past": -1}


@rule("weekday_of_week", rf"({WEEKDAY}),?\s+(?:of\s+|from\s+|in\s+)?(this|next|last|coming|previous|past|the\s+(?:current|coming|following|previous))\s+week(?!\s*['’]s)"
      rf"|(this|next|last|coming|previous|past)\s+week['’]s\s+({WEEKDAY})", priority=3, triggers=_WEEKDAY_TRIGGERS)
def _weekday_of_week(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "Wednesday of next week", "Sunday from last week", "last week's Sunday": that weekday
    of the ISO week named."""
    weekday = WEEKDAYS[(m.group(1) or m.group(4)).lower()]
    which = " ".join((m.group(2) or m.group(3)).lower().split())
    week = cal.week_ref(ctx.published + dt.timedelta(weeks=_WEEK_WORDS[which]))
    day = week.start_date + dt.timedelta(days=weekday)
    return _remember(ctx, _with_anchor(cal.day_ref(day), f"{m.group()} → the week {week.value}"), m.group())


@rule("after_next", rf"(?:the\s+)?({WEEKDAY}|{MONTH}|week|weekend|month|year)\s+after\s+next", priority=4, triggers="next")
def _after_next(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "Friday after next", "the week after next", "March after next": one further than "next"."""
    word = m.group(1).lower().rstrip(".")
    pub = ctx.published
    anchor = f"{m.group()} → one after the next from {_pub(ctx)}"
    if word in WEEKDAYS:
        day = cal.nearest_weekday(pub, WEEKDAYS[word], "strict_future") + dt.timedelta(weeks=1)
        return _remember(ctx, _with_anchor(cal.day_ref(day), anchor), m.group())
    if word == "week":
        return _with_anchor(cal.week_ref(pub + dt.timedelta(weeks=2)), anchor)
    if word == "weekend":
        saturday = cal.nearest_weekday(pub, 5, "strict_future") + dt.timedelta(weeks=1)
        return _with_anchor(cal.weekend_ref(saturday), anchor)
    if word == "month":
        return _with_anchor(cal.month_ref(*cal.add_months(pub.year, pub.month, 2)), anchor)
    if word == "year":
        return _with_anchor(cal.year_ref(pub.year + 2), anchor)
    if not _month_word_ok(m.group(1), modifier="next"):
        return None
    month = _month_number(word)
    year = pub.year if month > pub.month else pub.year + 1
    return _with_anchor(cal.month_ref(year + 1, month), anchor)


@rule("before_last", rf"(?:the\s+)?({WEEKDAY}|week|weekend|month|year)\s+before\s+last(?!\s+(?:week|month|year|night)\b)", priority=4, triggers="last")
def _before_last(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "The week before last", "the weekend before last", "Friday before last": one
    further back than "last"."""
    word = m.group(1).lower()
    pub = ctx.published
    anchor = f"{m.group()} → one before the last from {_pub(ctx)}"
    if word in WEEKDAYS:
        day = cal.nearest_weekday(pub, WEEKDAYS[word], "strict_past") - dt.timedelta(weeks=1)
        return _remember(ctx, _with_anchor(cal.day_ref(day), anchor), m.group())
    if word == "week":
        return _with_anchor(cal.week_ref(pub - dt.timedelta(weeks=2)), anchor)
    if word == "weekend":
        return _with_anchor(cal.weekend_ref(cal.last_weekend_saturday(pub) - dt.timedelta(weeks=1)), anchor)
    if word == "month":
        return _with_anchor(cal.month_ref(*cal.add_months(pub.year, pub.month, -2)), anchor)
    return _with_anchor(cal.year_ref(pub.year - 2), anchor)


@rule("weekends_ago", rf"({AMOUNT})\s+weekends?\s+ago", priority=4, triggers="weekend weekends")
def _weekends_ago(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "Two weekends ago": the weekend that many back (one weekend ago is last weekend)."""
    count = _number(m.group(1))
    if count is None or not 1 <= count <= 52:
        return None
    saturday = cal.last_weekend_saturday(ctx.published) - dt.timedelta(weeks=count - 1)
    return _with_anchor(cal.weekend_ref(saturday), f"{m.group()} → {count} weekend(s) back from {_pub(ctx)}")


@rule("weekdays_ago", rf"({AMOUNT})\s+({WEEKDAY})s\s+ago", priority=4, triggers="mondays tuesdays wednesdays thursdays fridays saturdays sundays")
def _weekdays_ago(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "Two Fridays ago": that many of the weekday back (one Friday ago is last Friday)."""
    count = _number(m.group(1))
    if count is None or not 1 <= count <= 52:
        return None
    last = cal.nearest_weekday(ctx.published, WEEKDAYS[m.group(2).lower()], "strict_past")
    day = last - dt.timedelta(weeks=count - 1)
    return _remember(ctx, _with_anchor(cal.day_ref(day), f"{m.group()} → {count} back from {_pub(ctx)}"), m.group())


@rule("weekday_week", rf"(?:(?<=\bon\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\bis\s))({WEEKDAY})\s+week(?![\w'’-])",
      priority=4, triggers=_WEEKDAY_TRIGGERS)
def _weekday_week(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "The vote is on Monday week" (British): a week after the coming Monday."""
    day = cal.nearest_weekday(ctx.published, WEEKDAYS[m.group(1).lower()], "strict_future") + dt.timedelta(weeks=1)
    return _remember(ctx, _with_anchor(cal.day_ref(day), f"{m.group()} → a week after the coming {m.group(1)}"),
                     m.group())


@rule("from_weekday", rf"({AMOUNT})\s+(days?|weeks?)\s+from\s+(?:(next|this|last)\s+)?({WEEKDAY})", priority=4, triggers=_WEEKDAY_TRIGGERS)
def _from_weekday(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "A week from Friday", "two days from next Monday": counted from that weekday (the
    coming one unless the clause or a modifier says otherwise)."""
    count = _number(m.group(1))
    if count is None or not 1 <= count <= 60:
        return None
    weekday = WEEKDAYS[m.group(4).lower()]
    pub = ctx.published
    mod = (m.group(3) or "").lower()
    if mod == "last":
        day = cal.nearest_weekday(pub, weekday, "strict_past")
    elif mod == "next":
        day = cal.nearest_weekday(pub, weekday, "strict_future")
    else:
        day = cal.nearest_weekday(pub, weekday, "past" if ctx.tense(m.start(), m.end()) == "past" else "future")
    days = count * (7 if m.group(2).lower().startswith("week") else 1)
    res = cal.day_ref(day + dt.timedelta(days=days))
    return _remember(ctx, _with_anchor(res, f"{m.group()} → {days} day(s) after {day.isoformat()}"), m.group())


_UNIT_NOW = {"week": "W", "month": "M", "year": "Y", "quarter": "Q"}


@rule("part_of_unit", r"(?:the\s+)?(?:(beginning|start|middle|end|close|rest|remainder)\s+of|(first|second|latter)\s+half\s+of)"
      r"\s+(?:the\s+)?(?:(this|next|last|current|coming|previous)\s+)?(week|month|year|quarter)(?!\s+(?:of|ended|ending|before|after|earlier|ago)\b)",
      priority=2, triggers="beginning start middle end close rest remainder half")
def _part_of_unit(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "End of month", "the beginning of next year", "the rest of the week", "the first
    half of next month": that part of the unit (its value stays the unit's)."""
    unit = _UNIT_NOW[m.group(4).lower()]
    offset = {"this": 0, "current": 0, None: 0, "next": 1, "coming": 1, "last": -1, "previous": -1}[
        m.group(3).lower() if m.group(3) else None]
    pub = ctx.published
    narrative = (ctx.recent_explicit(m.start()) if m.group(3) is None and m.group().lower().startswith("the")
                 and (m.group(1) or "").lower() not in ("rest", "remainder") else None)
    if narrative is not None and unit in ("Y", "M") and (unit == "Y" or narrative[1] in ("day", "month")):
        # "The talks collapsed in 2010. By the end of the year ...": the year (month) the
        # narrative just gave, not the publication's.
        pub = narrative[0]
    if unit == "Q":
        base = cal.quarter_ref(*_shift_quarter(pub, offset))
    elif unit == "M":
        base = cal.month_ref(*cal.add_months(pub.year, pub.month, offset))
    elif unit == "W":
        base = cal.week_ref(pub + dt.timedelta(weeks=offset))
    else:
        base = cal.year_ref(pub.year + offset)
    part = (m.group(1) or "").lower()
    if part in ("rest", "remainder"):
        if not base.start_date <= pub < base.end_date:
            return None
        base.start_date = pub + dt.timedelta(days=1)
        return _with_anchor(base, f"{m.group()} → after {_pub(ctx)} to the end of {base.value}")
    if m.group(2) and unit == "Y":  # "the second half of the year": 2025-H2
        half = cal.half_ref(base.start_date.year, 1 if m.group(2).lower() == "first" else 2)
        return _with_anchor(half, f"{m.group()} → half of {base.value}")
    if m.group(2):
        days = (base.end_date - base.start_date).days + 1
        middle = base.start_date + dt.timedelta(days=days // 2)
        if m.group(2).lower() == "first":
            base.end_date = middle - dt.timedelta(days=1)
        else:
            base.start_date = middle
        return _with_anchor(base, f"{m.group()} → half of {base.value}")
    narrowed = cal.part_of(base, cal.part_word(part))
    return _with_anchor(narrowed, f"{m.group()} → part of {base.value} ({_pub(ctx)})")


def _shift_quarter(day: dt.date, offset: int) -> tuple[int, int]:
    index = day.year * 4 + cal.quarter_of(day) - 1 + offset
    return index // 4, index % 4 + 1


@rule("weekday_range", rf"({WEEKDAY_ANY})\s*[-–]\s*({WEEKDAY_ANY})", priority=4,
      triggers=f"{_WEEKDAY_TRIGGERS} {' '.join(WEEKDAY_ABBRS)}")
def _weekday_range(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "Mon-Fri", "Monday–Wednesday": the days from the first weekday (placed by the
    clause's tense, as a weekday alone) to the next such second weekday; the value is the
    first day's."""
    first, second = weekday_number(m.group(1)), weekday_number(m.group(2))
    if first is None or second is None or first == second:
        return None
    if ctx.tense(m.start(), m.end()) is None:
        # a range of weekdays with no tense cue is a schedule ("the festival runs Fri-Sun")
        day = cal.nearest_weekday(ctx.published, first, "future")
        res = _remember(ctx, _with_anchor(cal.day_ref(day), f"{m.group(1)} → next {m.group(1)} from {_pub(ctx)} (a schedule)"), m.group())
        res.inferred = "week"
    else:
        res = _resolve_weekday(m, ctx, first, "", m.group(1))
    res.end_date = res.start_date + dt.timedelta(days=(second - first) % 7)
    res.anchor = f"{res.anchor}; range to the {m.group(2)} after it, {res.end_date.isoformat()}"
    return res


#: Words before "1992-1995" that make it a number range, not years.
_NUMBER_RANGE_BEFORE = frozenset("""page pages pp no nos number numbers route routes flight flights room rooms
line lines verse verses chapter chapters article articles resolution resolutions section sections
highway highways road interstate exit exits model models serial item items channel channels seat seats row rows""".split())


@rule("year_range", rf"({YEAR})\s*[-–]\s*({YEAR}|\d\d)", priority=4)
def _year_range(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "The war (1992-1995)", "the 2012-13 season": the years from the first to the
    second; the value is the first year's."""
    first, second_text = int(m.group(1)), m.group(2)
    second = first // 100 * 100 + int(second_text) if len(second_text) == 2 else int(second_text)
    if not first < second <= first + 100 or _prev_word(ctx, m.start()) in _NUMBER_RANGE_BEFORE:
        return None
    res = cal.year_ref(first)
    res.end_date = dt.date(second, 12, 31)
    return _with_anchor(res, f"years {first}-{second}")


@rule("part_of_year", rf"(?:the\s+)?(?:(beginning|start|middle|end|close)\s+of\s+(?:the\s+year\s+)?({YEAR})|(early|late)\s+in\s+(?:the\s+year\s+)?({YEAR}))(?![-–/]\d)",
      priority=3, triggers=("beginning of", "start of", "middle of", "end of", "close of", "early in", "late in"))
def _part_of_year(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "The end of 2026", "the middle of 2020", "late in 2019": that part of the year, as
    "late 2019" (the value stays the year's)."""
    year = int(m.group(2) or m.group(4))
    part = cal.part_word(m.group(1) or m.group(3))
    return _with_anchor(cal.part_of(cal.year_ref(year), part), f"explicit year, its {part} part")


@rule("part_of_era", r"(?:the\s+)?(beginning|start|middle|end|close|turn)\s+of\s+the\s+(decade|century)(?!\s+(?:before|after|earlier|later)\b)",
      priority=2, triggers="decade century")
def _part_of_era(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "By the end of the decade": that part of the publication's decade (century); "the turn
    of the century" is the turn of the years ending 00 nearest in the clause's direction, valued
    as that year, the interval two years either side."""
    pub = ctx.published
    part, unit = m.group(1).lower(), m.group(2).lower()
    if part == "turn":
        if unit != "century":
            return None
        year = pub.year // 100 * 100
        if ctx.direction(m.start(), m.end(), default="past") == "future" and year < pub.year - 5:
            year += 100
        res = cal.year_ref(year)
        res.start_date, res.end_date = dt.date(year - 2, 1, 1), dt.date(year + 2, 12, 31)
        return _with_anchor(res, f"{m.group()} → around {year}")
    base = cal.decade_ref(pub.year - pub.year % 10) if unit == "decade" else cal.century_ref(pub.year - pub.year % 100)
    return _with_anchor(cal.part_of(base, cal.part_word(part)), f"{m.group()} → part of {base.value} ({_pub(ctx)})")


@rule("half_of_month", rf"(?:the\s+)?(first|second|latter)\s+half\s+of\s+({MONTH})(?:,?\s+({YEAR}))?", priority=3, flags=re.I, triggers="half")
def _half_of_month(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "The second half of October": days 16 to the end (1 to 15 for the first half) of the
    month, placed as the month alone; the value stays the month's."""
    if not _month_word_ok(m.group(2), year=m.group(3), modifier=m.group(1)):
        return None
    month = _month_number(m.group(2))
    if m.group(3):
        year, how = int(m.group(3)), "explicit"
    else:
        how = ctx.direction(m.start(), m.end(), default="past")
        year = cal.year_for_month(ctx.published, month, how)
    res = cal.month_ref(year, month)
    if m.group(1).lower() == "first":
        res.end_date = dt.date(year, month, 15)
    else:
        res.start_date = dt.date(year, month, 16)
    return _with_anchor(res, f"{m.group()} → half of {res.value} ({how})")


@rule("year_fiscal", rf"the\s+({YEAR})\s+(?:fiscal|financial|budget|calendar|tax)\s+year", priority=3, triggers="year")
def _year_fiscal(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "The 2024 fiscal year": the year, as "fiscal 2024" (TimeBank's value)."""
    return _with_anchor(cal.year_ref(int(m.group(1))), "explicit year (fiscal)")


_DEICTIC_OFFSET = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}


@rule("week_on_day", rf"(a|one|two|three|a\s+couple\s+of)\s+(weeks?|fortnights?)\s+(?:(on|from)\s+(?:(next|this)\s+)?({WEEKDAY})|(last|on\s+last)\s+({WEEKDAY})|(?:(from)\s+)?(today|tomorrow|yesterday|tonight))(?!\s*['’]s)(?=\s*(?:$|[.,;:!?)]|(?:and|or|at|in|when|until|for|to|the|a|an)\b))",
      priority=4, triggers="week weeks fortnight fortnights")
def _week_on_day(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "A week on Tuesday" (the coming Tuesday and a week), "a week last Friday" (a week
    before last Friday), "a week today", "a fortnight tomorrow", "a week from tomorrow": the
    day that many weeks from the day named; "a week today" in a past clause is a week before."""
    count = _number(" ".join(m.group(1).lower().split()))
    if count is None:
        return None
    days = count * (14 if m.group(2).lower().startswith("fortnight") else 7)
    pub = ctx.published
    if m.group(5):
        weekday = WEEKDAYS[m.group(5).lower()]
        how = "strict_future" if m.group(4) and m.group(4).lower() == "next" else "future"
        if m.group(3).lower() == "from":
            return None  # "a week from Friday": see from_weekday
        base, sign = cal.nearest_weekday(pub, weekday, how), 1
    elif m.group(7):
        base, sign = cal.nearest_weekday(pub, WEEKDAYS[m.group(7).lower()], "strict_past"), -1
    else:
        base = pub + dt.timedelta(days=_DEICTIC_OFFSET[m.group(9).lower()])
        sign = 1 if m.group(8) or ctx.tense(m.start(), m.end()) != "past" else -1
    day = base + dt.timedelta(days=sign * days)
    return _remember(ctx, _with_anchor(cal.day_ref(day), f"{m.group()} → {sign * days:+d} day(s) from {base.isoformat()}"), m.group())


@rule("ago_today", rf"({AMOUNT})\s+(days?|weeks?|months?|years?|decades?)\s+ago\s+(today|tomorrow|yesterday)", priority=4,
      triggers=("ago today", "ago tomorrow", "ago yesterday"))
def _ago_today(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "Three years ago today": that very day, so many units back (an anniversary)."""
    count = _number(" ".join(m.group(1).lower().split()))
    if count is None:
        return None
    unit = m.group(2).lower()
    base = ctx.published + dt.timedelta(days=_DEICTIC_OFFSET[m.group(3).lower()])
    if unit.startswith("decade"):
        count, unit = count * 10, "year"
    day = cal.shift_date(base, {"d": "D", "w": "W", "m": "M", "y": "Y"}[unit[0]], -count)
    return _remember(ctx, _with_anchor(cal.day_ref(day), f"{m.group()} → {count} {unit} before {base.isoformat()}"), m.group())


@rule("month_range", rf"({MONTH})\s*[-–]\s*({MONTH})(?:,?\s+({YEAR}))?(\s+quarter)?", priority=4, flags=0, triggers=tuple(MONTHS))
def _month_range(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "Jan–Mar 2024", "June-August": the months from the first to the second (the year
    the text gives the second, or placed as a month alone); the value is the first month's."""
    first, second = _month_number(m.group(1)), _month_number(m.group(2))
    if first == second:
        return None
    if m.group(3):
        end_year = int(m.group(3))
    else:
        how = ctx.direction(m.start(), m.end(), default="past")
        end_year = cal.year_for_month(ctx.published, second, how)
    start_year = end_year - (first > second)
    if m.group(4) and start_year == end_year and first % 3 == 1 and second == first + 2:
        # "the April-June quarter": the calendar quarter those months make
        return _with_anchor(cal.quarter_ref(end_year, second // 3), f"{m.group()} → quarter {second // 3} of {end_year}")
    res = cal.month_ref(start_year, first)
    res.end_date = cal.month_ref(end_year, second).end_date
    anchor = "explicit month" if m.group(3) else f"{m.group()} placed from {_pub(ctx)}"
    return _with_anchor(res, f"{anchor}; range to {res.end_date.isoformat()}")


@rule("cross_month_days", rf"(?:({DAYNUM})\s+({MONTH})\s*[-–]\s*({DAYNUM})\s+({MONTH})|({MONTH})\s+({DAYNUM})\s*[-–]\s*({MONTH})\s+({DAYNUM}))(?:,?\s+({YEAR}))?",
      priority=5, flags=0, triggers=tuple(MONTHS))
def _cross_month_days(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "30 Oct-2 Nov", "Oct 30-Nov 2, 2025": the days from the first to the second, across
    the turn of the month (and of the year); the value is the first day's."""
    if m.group(1):
        d1, m1, d2, m2 = m.group(1), m.group(2), m.group(3), m.group(4)
    else:
        m1, d1, m2, d2 = m.group(5), m.group(6), m.group(7), m.group(8)
    month1, month2 = _month_number(m1), _month_number(m2)
    day1, day2 = int(re.match(r"\d+", d1).group()), int(re.match(r"\d+", d2).group())
    if month1 == month2:
        return None
    if m.group(9):
        end_year = int(m.group(9))
        start = dt.date(end_year - (month1 > month2), month1, day1)
        anchor = "explicit date; range"
    else:
        year, how = _year_for_day(ctx, m, month1, day1)
        start = dt.date(year, month1, day1)
        anchor = f"{m1} {day1}: {how}; range"
    end = dt.date(start.year + (month1 > month2), month2, day2)
    res = cal.day_ref(start)
    res.end_date = end
    return _remember(ctx, _with_anchor(res, f"{anchor} to {end.isoformat()}"), m.group())


@rule("weeks_ago_weekday", rf"({AMOUNT})\s+(weeks?)\s+ago\s+(?:last\s+)?({WEEKDAY})(?!\s*['’]s)", priority=4,
      triggers=("ago last",) + tuple(f"ago {day}" for day in WEEKDAYS))
def _weeks_ago_weekday(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    """ "A week ago Friday" (American): so many weeks before the last such weekday."""
    count = _number(" ".join(m.group(1).lower().split()))
    if count is None or not 1 <= count <= 52:
        return None
    base = cal.nearest_weekday(ctx.published, WEEKDAYS[m.group(3).lower()], "strict_past")
    day = base - dt.timedelta(weeks=count)
    return _remember(ctx, _with_anchor(cal.day_ref(day), f"{m.group()} → {count} week(s) before {base.isoformat()}"), m.group())
