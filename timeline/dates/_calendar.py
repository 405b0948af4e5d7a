"""Calendar arithmetic and TIMEX3 value builders for :mod:`timeline.dates`.

Every builder returns a :class:`Resolved`: the TIMEX3 value, the inclusive interval it
denotes and the precision the text gives. Builders raise ``ValueError`` for impossible
dates (31 February, year 99999); the caller skips such mentions.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

#: Years the recogniser will turn into dates; anything else is a number, not a year.
MIN_YEAR = 1000
MAX_YEAR = 2999

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass
class Offset:
    """An amount of time counted from a happening the text names after it ("two days after
    the vote", "the Monday after Easter"), waiting for that happening's date."""

    sign: int  # +1 after, -1 before
    amount: int | None  # None for a vague amount ("days after"); the n-th weekday for 'WD'
    unit: str  # 'D', 'W', 'M', 'Y', or 'WD' (a weekday: ``weekday``)
    object_start: int  # where the happening's phrase begins
    weekday: int | None = None

    def iso(self) -> str:
        """The signed ISO 8601 duration ("+P2D", "-P1W", "+PXD"; "+P1WD3" is no ISO form,
        so a weekday offset is written as the days it may span, "+P1W")."""
        if self.unit == "WD":
            return f"{'+' if self.sign > 0 else '-'}P{self.amount or 1}W"
        amount = "X" if self.amount is None else str(self.amount)
        return f"{'+' if self.sign > 0 else '-'}P{amount}{self.unit}"


_ISO_OFFSET = re.compile(r"^([+-])P(\d+)([DWMY])$")


def count_back(iso: str | None, day: dt.date) -> dt.date | None:
    """The day of the happening an offset counts from, given the day the offset names: the
    inverse of :meth:`Offset.iso` counted from a happening ("+P1Y" named on 2009-03-08: the
    happening on 2008-03-08). None for a vague amount ("+PXW") or no offset."""
    match = _ISO_OFFSET.match(iso or "")
    if match is None:
        return None
    amount = int(match.group(2)) * (-1 if match.group(1) == "+" else 1)
    try:
        return shift_date(day, match.group(3), amount)
    except ValueError:
        return None


@dataclass
class Resolved:
    """A normalised temporal expression, before it is attached to a span of text."""

    value: str
    type: str = "DATE"
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    precision: str = "unknown"
    anchor: str | None = None
    #: What the normaliser supplied that the text did not say: "year" (a month or day
    #: without one) or "week" (a bare weekday). Ranges use it to fit their two ends.
    inferred: str | None = None
    #: For an offset from a named happening: the phrase it counts from and the signed
    #: ISO 8601 offset (see :class:`timeline.model.DateMention`).
    relative_to: str | None = None
    offset: str | None = None
    #: Internal: an offset still waiting for its base (resolved after all matches).
    pending: Offset | None = None


def check_year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"year {year} is outside {MIN_YEAR}-{MAX_YEAR}")
    return year


def day_ref(day: dt.date) -> Resolved:
    return Resolved(day.isoformat(), "DATE", day, day, "day")


def month_ref(year: int, month: int) -> Resolved:
    check_year(year)
    last = calendar.monthrange(year, month)[1]
    return Resolved(f"{year:04d}-{month:02d}", "DATE", dt.date(year, month, 1),
                    dt.date(year, month, last), "month")


def year_ref(year: int) -> Resolved:
    check_year(year)
    return Resolved(f"{year:04d}", "DATE", dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def quarter_ref(year: int, quarter: int) -> Resolved:
    check_year(year)
    first = 3 * (quarter - 1) + 1
    last_month = first + 2
    return Resolved(f"{year:04d}-Q{quarter}", "DATE", dt.date(year, first, 1),
                    dt.date(year, last_month, calendar.monthrange(year, last_month)[1]), "quarter")


def unknown_quarter_ref(year: int) -> Resolved:
    """A quarter of ``year`` whose calendar quarter is unknown (a fiscal one): 'YYYY-QX',
    the year as its interval."""
    check_year(year)
    return Resolved(f"{year:04d}-QX", "DATE", dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def half_ref(year: int, half: int) -> Resolved:
    check_year(year)
    if half == 1:
        return Resolved(f"{year:04d}-H1", "DATE", dt.date(year, 1, 1), dt.date(year, 6, 30), "year")
    return Resolved(f"{year:04d}-H2", "DATE", dt.date(year, 7, 1), dt.date(year, 12, 31), "year")


def iso_week_monday(year: int, week: int) -> dt.date:
    return dt.date.fromisocalendar(year, week, 1)


def week_ref(day: dt.date) -> Resolved:
    """The ISO week containing ``day`` ('2025-W07')."""
    year, week, _ = day.isocalendar()
    monday = iso_week_monday(year, week)
    return Resolved(f"{year:04d}-W{week:02d}", "DATE", monday, monday + dt.timedelta(days=6), "week")


def last_weekend_saturday(pub: dt.date) -> dt.date:
    """The Saturday of "last weekend" told on ``pub``: the last weekend that ended before
    ``pub`` (on a Saturday or Sunday, the one before the weekend ``pub`` is in)."""
    if pub.weekday() >= 5:
        return pub - dt.timedelta(days=pub.weekday() - 5 + 7)
    return nearest_weekday(pub, 5, "strict_past")


def weekend_ref(day: dt.date) -> Resolved:
    """The weekend (Saturday-Sunday) of the ISO week containing ``day`` ('2025-W07-WE')."""
    year, week, _ = day.isocalendar()
    saturday = iso_week_monday(year, week) + dt.timedelta(days=5)
    return Resolved(f"{year:04d}-W{week:02d}-WE", "DATE", saturday, saturday + dt.timedelta(days=1), "week")


def season_ref(year: int, season: str) -> Resolved:
    check_year(year)
    first, last = SEASON_MONTHS[season]
    end_year = year + 1 if season == "WI" else year
    return Resolved(f"{year:04d}-{season}", "DATE", dt.date(year, first, 1),
                    dt.date(end_year, last, calendar.monthrange(end_year, last)[1]), "season")


def decade_ref(decade_start: int) -> Resolved:
    check_year(decade_start)
    return Resolved(f"{decade_start // 10:03d}", "DATE", dt.date(decade_start, 1, 1),
                    dt.date(decade_start + 9, 12, 31), "decade")


def century_ref(century_start: int) -> Resolved:
    """A century given as its first year (1900 for 'the 20th century'), value '19'."""
    check_year(max(century_start, MIN_YEAR))
    return Resolved(f"{century_start // 100:02d}", "DATE", dt.date(max(century_start, 1), 1, 1),
                    dt.date(century_start + 99, 12, 31), "unknown")


def vague_ref(value: str) -> Resolved:
    """PRESENT_REF, PAST_REF, FUTURE_REF: no interval."""
    return Resolved(value, "DATE", None, None, "unknown")


def duration_ref(amount: str, unit: str) -> Resolved:
    """A TIMEX3 duration ('P3D', 'PT4H', 'PXY' for an unknown amount)."""
    time_unit = unit in ("H", "MIN", "S")
    letter = "M" if unit == "MIN" else unit
    return Resolved(f"PT{amount}{letter}" if time_unit else f"P{amount}{letter}", "DURATION",
                    None, None, "unknown")


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_date(day: dt.date, unit: str, amount: int) -> dt.date:
    """Move ``day`` by ``amount`` days/weeks/months/years (months clamp to the month's end)."""
    if unit == "D":
        return day + dt.timedelta(days=amount)
    if unit == "W":
        return day + dt.timedelta(weeks=amount)
    if unit in ("M", "Y", "DE"):
        months = amount * {"M": 1, "Y": 12, "DE": 120}[unit]
        year, month = add_months(day.year, day.month, months)
        check_year(year)
        return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
    raise ValueError(f"unknown unit {unit}")


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def unit_ref(day: dt.date, unit: str) -> Resolved:
    """The calendar unit (day, week, month, quarter, year, decade) containing ``day``."""
    if unit == "D":
        return day_ref(day)
    if unit == "W":
        return week_ref(day)
    if unit == "M":
        return month_ref(day.year, day.month)
    if unit == "Q":
        return quarter_ref(day.year, quarter_of(day))
    if unit == "Y":
        return year_ref(day.year)
    if unit == "DE":
        return decade_ref(day.year - day.year % 10)
    raise ValueError(f"unknown unit {unit}")


def span_ref(ref: dt.date, unit: str, count: int, direction: int) -> Resolved:
    """The ``count`` whole calendar units just before (``direction`` -1) or just after (+1)
    the one containing ``ref``: "the past three days" (the three days before ``ref``), "the
    next 2 weeks" (the two ISO weeks after ``ref``'s). The value is an ISO 8601 interval
    written in the unit ("2025-W27/2025-W28", "2026/2028"), the precision the unit's.
    """
    if count < 1:
        raise ValueError("a span of no units")
    if unit == "D":
        first_day = ref - dt.timedelta(days=count) if direction < 0 else ref + dt.timedelta(days=1)
        last_day = first_day + dt.timedelta(days=count - 1)
        first, last = day_ref(first_day), day_ref(last_day)
    else:
        step = {"W": ("W", 1), "M": ("M", 1), "Q": ("M", 3), "Y": ("Y", 1), "DE": ("DE", 1)}[unit]
        near = shift_date(ref, step[0], step[1] * (-count if direction < 0 else 1))
        far = shift_date(ref, step[0], step[1] * (-1 if direction < 0 else count))
        first, last = unit_ref(near, unit), unit_ref(far, unit)
    res = Resolved(f"{first.value}/{last.value}", "DATE", first.start_date, last.end_date, first.precision)
    return res


#: The thirds of a unit that "early", "mid" and "late" name, in months of a year or
#: years of a decade; a month, a week and other stretches are cut into thirds of days.
_THIRDS_OF_YEAR = ((1, 4), (5, 8), (9, 12))


def part_of(res: Resolved, part: str) -> Resolved:
    """Narrow ``res`` to its ``part`` ('early', 'mid' or 'late'): "early 2024" is January to
    April, "late March" 21 to 31 March, "the mid-1990s" 1994-1996. The value stays the
    unit's (TimeML would add mod="START"/"MID"/"END"); the interval says which part."""
    if res.start_date is None or res.end_date is None:
        return res
    index = {"early": 0, "mid": 1, "late": 2}[part]
    start, end = res.start_date, res.end_date
    if res.precision == "year" and start.month == 1 and end.month == 12 and start.year == end.year:
        first, last = _THIRDS_OF_YEAR[index]
        start, end = dt.date(start.year, first, 1), dt.date(start.year, last, calendar.monthrange(start.year, last)[1])
    elif res.precision in ("decade", "unknown") and start.month == 1 and end.month == 12 and (end.year - start.year) in (9, 99):
        span = end.year - start.year + 1
        cuts = (0, span * 4 // 10, span * 7 // 10, span)
        start, end = dt.date(start.year + cuts[index], 1, 1), dt.date(start.year + cuts[index + 1] - 1, 12, 31)
    else:
        days = (end - start).days + 1
        cuts = (0, round(days / 3), round(2 * days / 3), days)
        if res.precision == "month":
            cuts = (0, 10, 20, days)
        elif days == 7:  # a week: Monday-Tuesday, Wednesday-Thursday, Friday-Sunday
            cuts = (0, 2, 4, 7)
        start, end = start + dt.timedelta(days=cuts[index]), start + dt.timedelta(days=cuts[index + 1] - 1)
    return Resolved(res.value, res.type, start, end, res.precision, res.anchor, res.inferred)


def part_word(word: str) -> str | None:
    """'early', 'mid' or 'late' for a modifier as written ("the end of", "mid-", "beginning of")."""
    w = " ".join(word.lower().replace("-", " ").split())
    w = w[4:] if w.startswith("the ") else w
    if w.startswith(("early", "beginning", "start", "very early")):
        return "early"
    if w.startswith(("mid", "middle")):
        return "mid"
    if w.startswith(("late", "end", "close", "very late")):
        return "late"
    return None


def nearest_weekday(ref: dt.date, weekday: int, direction: str) -> dt.date:
    """The date of ``weekday`` (0 = Monday) near ``ref``.

    'past': the same day or the nearest one before; 'future': the same day or the nearest
    one after; 'strict_past' / 'strict_future' exclude ``ref`` itself.
    """
    if direction in ("past", "strict_past"):
        back = (ref.weekday() - weekday) % 7
        if back == 0 and direction == "strict_past":
            back = 7
        return ref - dt.timedelta(days=back)
    ahead = (weekday - ref.weekday()) % 7
    if ahead == 0 and direction == "strict_future":
        ahead = 7
    return ref + dt.timedelta(days=ahead)


def year_for_month(ref: dt.date, month: int, direction: str, day: int | None = None) -> int:
    """The year of a month (optionally a day of it) mentioned without one.

    'past': the latest such month/day not after ``ref``; 'future': the earliest not before;
    'neutral': whichever is nearest, preferring the past on a tie; 'onward': the earliest not
    before when it is within eight months (a story told forward from ``ref``), else nearest.
    """
    here = (ref.month, ref.day if day is not None else 0)
    there = (month, day if day is not None else 0)
    if direction == "onward":
        ahead = ((month - ref.month) % 12) * 31 + (there[1] - here[1]) if there != here else 0
        if 0 <= ahead <= 8 * 31:
            return year_for_month(ref, month, "future", day)
        direction = "neutral"
    if direction == "past":
        return ref.year if there <= here else ref.year - 1
    if direction == "future":
        return ref.year if there >= here else ref.year + 1
    best_year, best_gap = ref.year, None
    for offset in (0, -1, 1):
        gap = (offset * 12 + month - ref.month) * 31 + (there[1] - here[1])
        if best_gap is None or abs(gap) < abs(best_gap) or (abs(gap) == abs(best_gap) and gap < 0):
            best_year, best_gap = ref.year + offset, gap
    return best_year


def day_of_month_near(ref: dt.date, day: int, direction: str) -> dt.date:
    """The date with day-of-month ``day`` near ``ref`` ("on the 3rd").

    'past': the latest not after ``ref``; 'future': the earliest not before; otherwise the
    nearest, the past one on a tie. Months too short for the day are passed over.
    """
    candidates = []
    for offset in range(-3, 4):
        year, month = add_months(ref.year, ref.month, offset)
        if day <= calendar.monthrange(year, month)[1]:
            candidates.append(dt.date(year, month, day))
    if direction == "past":
        return max(d for d in candidates if d <= ref)
    if direction == "future":
        return min(d for d in candidates if d >= ref)
    return min(candidates, key=lambda d: (abs((d - ref).days), d > ref))


def weekday_day_near(ref: dt.date, weekday: int, day: int, direction: str, *, months: int = 12) -> dt.date | None:
    """The date that is both a ``weekday`` and day ``day`` of its month ("Tuesday the 19th")
    nearest ``ref`` in ``direction`` (as :func:`day_of_month_near`), within ``months``; None
    when no such date is that near."""
    candidates = []
    for offset in range(-months, months + 1):
        year, month = add_months(ref.year, ref.month, offset)
        if day <= calendar.monthrange(year, month)[1] and dt.date(year, month, day).weekday() == weekday:
            candidates.append(dt.date(year, month, day))
    if direction == "past":
        candidates = [d for d in candidates if d <= ref]
    elif direction == "future":
        candidates = [d for d in candidates if d >= ref]
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - ref).days), d > ref))


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th ``weekday`` of a month (n = -1 for the last)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
