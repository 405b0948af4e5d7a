"""Calendars that follow the moon or the sun: new and full moons (Meeus, *Astronomical
Algorithms*, ch. 49, the main periodic terms: within minutes), the March equinox (ch. 27,
mean terms: within about an hour), the Hebrew calendar (arithmetic, exact), the Islamic
months as Saudi Arabia's Umm al-Qura calendar begins them (approximated: a month begins
the day after the evening following the conjunction at Mecca), and Western and Orthodox
Easter.

Used by :mod:`timeline.dates._holidays` for movable feasts; standard library only.
"""
from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache

_SYNODIC_MONTH = 29.530588861
_J2000_NEW_MOON = 2451550.09766
_UNIX_EPOCH_JD = 2440587.5


def _jd_to_datetime(jd: float) -> dt.datetime:
    """A Julian day (dynamical time, close enough to UTC here) as a naive UTC datetime."""
    return dt.datetime(1970, 1, 1) + dt.timedelta(days=jd - _UNIX_EPOCH_JD)


def _datetime_to_jd(moment: dt.datetime) -> float:
    return _UNIX_EPOCH_JD + (moment - dt.datetime(1970, 1, 1)).total_seconds() / 86400


@lru_cache(maxsize=4096)
def _lunar_phase_jde(k: float) -> float:
    """JDE of the new moon (integer ``k``) or full moon (``k`` + 0.5) numbered from 2000."""
    t = k / 1236.85
    jde = (_J2000_NEW_MOON + _SYNODIC_MONTH * k + 0.00015437 * t ** 2 - 0.000000150 * t ** 3
           + 0.00000000073 * t ** 4)
    e = 1 - 0.002516 * t - 0.0000074 * t ** 2
    rad = math.radians
    m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3)
    mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4)
    f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4)
    om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3)
    sin = math.sin
    if k == int(k):  # new moon
        c = (-0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp) + 0.01039 * sin(2 * f)
             + 0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m) + 0.00208 * e * e * sin(2 * m))
    else:  # full moon
        c = (-0.40614 * sin(mp) + 0.17302 * e * sin(m) + 0.01614 * sin(2 * mp) + 0.01043 * sin(2 * f)
             + 0.00734 * e * sin(mp - m) - 0.00515 * e * sin(mp + m) + 0.00209 * e * e * sin(2 * m))
    c += (-0.00111 * sin(mp - 2 * f) - 0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m)
          - 0.00042 * sin(3 * mp) + 0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f)
          - 0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(om) - 0.00007 * sin(mp + 2 * m)
          + 0.00004 * sin(2 * mp - 2 * f) + 0.00004 * sin(3 * m) + 0.00003 * sin(mp + m - 2 * f)
          + 0.00003 * sin(2 * mp + 2 * f) - 0.00003 * sin(mp + m + 2 * f) + 0.00003 * sin(mp - m + 2 * f)
          - 0.00002 * sin(mp - m - 2 * f) - 0.00002 * sin(3 * mp + m) + 0.00002 * sin(4 * mp))
    return jde + c


def lunar_phases(start: dt.date, end: dt.date, *, full: bool = False) -> list[dt.datetime]:
    """The new moons (or full moons) between ``start`` and ``end``, as UTC datetimes."""
    jd0 = _datetime_to_jd(dt.datetime(start.year, start.month, start.day))
    jd1 = _datetime_to_jd(dt.datetime(end.year, end.month, end.day)) + 1
    k = math.floor((jd0 - _J2000_NEW_MOON) / _SYNODIC_MONTH) - 1
    found = []
    while True:
        kk = k + 0.5 if full else k
        jde = _lunar_phase_jde(kk)
        if jde > jd1:
            return found
        if jde >= jd0:
            found.append(_jd_to_datetime(jde))
        k += 1


def march_equinox(year: int) -> dt.datetime:
    """The March equinox of ``year`` (UTC; Meeus's mean terms for 1000-3000)."""
    y = (year - 2000) / 1000
    jde = 2451623.80984 + 365242.37404 * y + 0.05169 * y ** 2 - 0.00411 * y ** 3 - 0.00057 * y ** 4
    return _jd_to_datetime(jde)


# ---------------------------------------------------------------- Hebrew calendar

_HEBREW_EPOCH = -1373427  # R.D. of 1 Tishri AM 1; R.D. 1 is date(1, 1, 1).toordinal()


def _hebrew_elapsed_days(year: int) -> int:
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    day = 29 * months + parts // 25920
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day


def _hebrew_delay(year: int) -> int:
    ny0, ny1, ny2 = (_hebrew_elapsed_days(y) for y in (year - 1, year, year + 1))
    if ny2 - ny1 == 356:
        return 2
    if ny1 - ny0 == 382:
        return 1
    return 0


def hebrew_new_year(hebrew_year: int) -> dt.date:
    """1 Tishri (Rosh Hashanah) of a Hebrew year."""
    return dt.date.fromordinal(_HEBREW_EPOCH + _hebrew_elapsed_days(hebrew_year) + _hebrew_delay(hebrew_year))


def hebrew_year_length(hebrew_year: int) -> int:
    return (hebrew_new_year(hebrew_year + 1) - hebrew_new_year(hebrew_year)).days


def passover(year: int) -> dt.date:
    """15 Nisan falling in Gregorian ``year``: always 163 days before the next 1 Tishri."""
    return hebrew_new_year(year + 3761) - dt.timedelta(days=163)


def hanukkah(year: int) -> dt.date:
    """25 Kislev of the Hebrew year that begins in the autumn of Gregorian ``year``."""
    hebrew_year = year + 3761
    heshvan = 30 if hebrew_year_length(hebrew_year) % 10 == 5 else 29
    return hebrew_new_year(hebrew_year) + dt.timedelta(days=30 + heshvan + 24)


def yom_haatzmaut(year: int) -> dt.date:
    """Israel's Independence Day: 5 Iyar, moved off Friday/Saturday to Thursday and off
    Monday to Tuesday (the rule since 2004)."""
    day = passover(year) + dt.timedelta(days=20)
    shift = {4: -1, 5: -2, 0: 1}.get(day.weekday(), 0)
    return day + dt.timedelta(days=shift)


# ---------------------------------------------------------------- Islamic months

_ISLAMIC_EPOCH = dt.date(622, 7, 19).toordinal()  # 1 Muharram AH 1 (tabular, Julian 16 July 622)
#: Sunset at Mecca, UTC, through the year (about 15:00 in winter to 16:10 in summer):
#: a conjunction before it lets the month begin the next day.
_MECCA_SUNSET_UTC = dt.time(15, 0)


def _tabular_islamic(year: int, month: int, day: int = 1) -> dt.date:
    """The arithmetical (tabular) Islamic calendar: within a day or two of observance."""
    days = (day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30)
    return dt.date.fromordinal(_ISLAMIC_EPOCH + days - 1 + (dt.date(622, 7, 16).toordinal() - _ISLAMIC_EPOCH))


@lru_cache(maxsize=2048)
def islamic_month_start(year: int, month: int) -> dt.date:
    """The first day of an Islamic month (AH ``year``), Umm al-Qura style: the day after
    the first sunset at Mecca that follows the conjunction. Local observance (by sighting)
    may be a day later."""
    approx = _tabular_islamic(year, month)
    moons = lunar_phases(approx - dt.timedelta(days=20), approx + dt.timedelta(days=10))
    conjunction = min(moons, key=lambda moon: abs((moon.date() - (approx - dt.timedelta(days=1))).days))
    evening = conjunction.date() if conjunction.time() < _MECCA_SUNSET_UTC else conjunction.date() + dt.timedelta(days=1)
    return evening + dt.timedelta(days=1)


def islamic_years_in(year: int) -> range:
    """The Islamic years whose months can fall in Gregorian ``year``."""
    first = int((year - 622) * 33 / 32)
    return range(first - 1, first + 3)


def islamic_dates(year: int, month: int, day: int = 1) -> list[dt.date]:
    """Every date in Gregorian ``year`` that is day ``day`` of Islamic month ``month``."""
    found = []
    for hijri in islamic_years_in(year):
        date = islamic_month_start(hijri, month) + dt.timedelta(days=day - 1)
        if date.year == year:
            found.append(date)
    return found


def islamic_month_span(year: int, month: int) -> list[tuple[dt.date, dt.date]]:
    """The Islamic months ``month`` that begin in Gregorian ``year``: (first, last day)."""
    spans = []
    for hijri in islamic_years_in(year):
        first = islamic_month_start(hijri, month)
        if first.year == year:
            nxt = islamic_month_start(hijri + (month == 12), month % 12 + 1)
            spans.append((first, nxt - dt.timedelta(days=1)))
    return spans


# ---------------------------------------------------------------- Easter

def western_easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter(year: int) -> dt.date:
    """Easter Sunday of the Julian computus, as a Gregorian date (Meeus)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian = dt.date(year, month, day + 1)
    return julian + dt.timedelta(days=year // 100 - year // 400 - 2)


# ---------------------------------------------------------------- lunisolar festivals

def _local_date(moment: dt.datetime, utc_offset_hours: float) -> dt.date:
    return (moment + dt.timedelta(hours=utc_offset_hours)).date()


def lunar_new_year(year: int) -> dt.date:
    """The Chinese (lunar) New Year: the first new moon, in Beijing time, on or after 21
    January (the second new moon after the winter solstice, bar rare leap years)."""
    for moon in lunar_phases(dt.date(year, 1, 19), dt.date(year, 2, 22)):
        day = _local_date(moon, 8)
        if day >= dt.date(year, 1, 21):
            return day
    raise ValueError(f"no new moon found for {year}")


def _lunar_month_day(year: int, day: int, window: tuple[dt.date, dt.date]) -> dt.date:
    """Day ``day`` of the Chinese lunar month whose ``day``-th day falls in ``window``."""
    for moon in lunar_phases(window[0] - dt.timedelta(days=day + 1), window[1]):
        date = _local_date(moon, 8) + dt.timedelta(days=day - 1)
        if window[0] <= date <= window[1]:
            return date
    raise ValueError(f"no lunar month found for {year}")


def mid_autumn(year: int) -> dt.date:
    """15th day of the 8th lunar month (between 7 September and 8 October)."""
    return _lunar_month_day(year, 15, (dt.date(year, 9, 7), dt.date(year, 10, 8)))


def dragon_boat(year: int) -> dt.date:
    """5th day of the 5th lunar month (between 28 May and 25 June)."""
    return _lunar_month_day(year, 5, (dt.date(year, 5, 28), dt.date(year, 6, 25)))


#: Evening worship (pradosh) in India, about 18:00 IST, in UTC.
_INDIA_EVENING_UTC = dt.timedelta(hours=12, minutes=30)
#: A tithi (lunar day) lasts about a day: the one before a conjunction is amavasya, the one
#: before a full moon purnima.
_TITHI = dt.timedelta(hours=24)


def _evening_before(moment: dt.datetime) -> dt.date:
    """The day whose Indian evening falls within the tithi that ends at ``moment``."""
    day = moment.date()
    if dt.datetime.combine(day, dt.time()) + _INDIA_EVENING_UTC <= moment:
        return day
    return day - dt.timedelta(days=1)


def diwali(year: int) -> dt.date:
    """Diwali (Lakshmi Puja): the evening of the new moon that ends the lunar month of
    Ashvin, the one with the sun in sidereal Libra (about 17 October to 16 November)."""
    for moon in lunar_phases(dt.date(year, 10, 16), dt.date(year, 11, 17)):
        if dt.date(year, 10, 17) <= moon.date() <= dt.date(year, 11, 16):
            return _evening_before(moon)
    raise ValueError(f"no Diwali new moon found for {year}")


def holi(year: int) -> dt.date:
    """Holi: the day after the full moon (purnima) evening of Phalguna, the lunar month
    that begins with the sun in sidereal Aquarius (about 13 February to 14 March)."""
    for moon in lunar_phases(dt.date(year, 2, 12), dt.date(year, 3, 15)):
        if dt.date(year, 2, 13) <= moon.date() <= dt.date(year, 3, 14):
            full = lunar_phases(moon.date() + dt.timedelta(days=10), moon.date() + dt.timedelta(days=20), full=True)[0]
            return _evening_before(full) + dt.timedelta(days=1)
    raise ValueError(f"no Holi found for {year}")


def nowruz(year: int) -> dt.date:
    """Nowruz (1 Farvardin): the day of the March equinox in Tehran if it comes before
    noon there, else the next day."""
    tehran = march_equinox(year) + dt.timedelta(hours=3, minutes=30)
    return tehran.date() if tehran.hour < 12 else tehran.date() + dt.timedelta(days=1)
