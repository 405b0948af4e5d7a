"""Holidays and festivals: fixed days ("Christmas", "Bastille Day"), days counted from
another (Easter and the feasts that follow it, "Black Friday"), the n-th weekday of a month
("Thanksgiving", "Martin Luther King Day"), national days that depend on the country the
text is about ("Independence Day": 24 August in a text about Ukraine), and the feasts of
lunar and lunisolar calendars (Ramadan and the Eids, Orthodox Easter, Passover, Diwali,
Lunar New Year; see :mod:`timeline.dates._astro`).

A festival that lasts a month or so (Ramadan, Lent) is a stretch with an ISO 8601 interval
value; every other is its (first or main) day. Without a year, the occurrence is chosen by
the clause's tense like a weekday: the latest one in a past clause, the coming one in a
future clause, else the nearest.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.dates import _astro as astro
from timeline.dates import _calendar as cal
from timeline.dates._calendar import Resolved
from timeline.dates._context import DateContext
from timeline.dates._rules import YEAR, _next_word, _prev_word, _remember, _with_anchor, rule

Span = tuple[dt.date, dt.date]


def _day(date: dt.date) -> list[Span]:
    return [(date, date)]


def _fixed(month: int, day: int) -> Callable[[int, str | None], list[Span]]:
    return lambda year, country: _day(dt.date(year, month, day))


def _nth(month: int, weekday: int, n: int, shift: int = 0) -> Callable[[int, str | None], list[Span]]:
    return lambda year, country: _day(cal.nth_weekday(year, month, weekday, n) + dt.timedelta(days=shift))


def _from_easter(days: int, *, orthodox: bool = False) -> Callable[[int, str | None], list[Span]]:
    def dates(year: int, country: str | None) -> list[Span]:
        easter = astro.orthodox_easter(year) if orthodox else astro.western_easter(year)
        return _day(easter + dt.timedelta(days=days))
    return dates


def _from(base: Callable[[int], dt.date], days: int = 0) -> Callable[[int, str | None], list[Span]]:
    return lambda year, country: _day(base(year) + dt.timedelta(days=days))


def _islamic(month: int, day: int) -> Callable[[int, str | None], list[Span]]:
    return lambda year, country: [(d, d) for d in astro.islamic_dates(year, month, day)]


def _islamic_month(month: int) -> Callable[[int, str | None], list[Span]]:
    return lambda year, country: astro.islamic_month_span(year, month)


def _both_eids(year: int, country: str | None) -> list[Span]:
    return sorted(_islamic(10, 1)(year, country) + _islamic(12, 10)(year, country))


def _thanksgiving(year: int, country: str | None) -> list[Span]:
    if country == "CA":
        return _day(cal.nth_weekday(year, 10, 0, 2))
    return _day(cal.nth_weekday(year, 11, 3, 4))


def _labour_day(year: int, country: str | None) -> list[Span]:
    """"Labour Day": 1 May nearly everywhere; the first Monday of September in Canada."""
    if country in ("CA", "US"):
        return _day(cal.nth_weekday(year, 9, 0, 1))
    return _day(dt.date(year, 5, 1))


def _mothers_day(year: int, country: str | None) -> list[Span]:
    if country in ("GB", "IE"):
        return _day(astro.western_easter(year) - dt.timedelta(days=21))
    return _day(cal.nth_weekday(year, 5, 6, 2))


def _us_election_day(year: int, country: str | None) -> list[Span]:
    return _day(cal.nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1))


def _lent(year: int, country: str | None) -> list[Span]:
    easter = astro.western_easter(year)
    return [(easter - dt.timedelta(days=46), easter - dt.timedelta(days=1))]


def _holy_week(year: int, country: str | None) -> list[Span]:
    easter = astro.western_easter(year)
    return [(easter - dt.timedelta(days=7), easter - dt.timedelta(days=1))]


#: National independence days (month, day) by ISO country code.
INDEPENDENCE_DAYS = {
    "US": (7, 4), "MX": (9, 16), "IN": (8, 15), "PK": (8, 14), "BD": (3, 26), "UA": (8, 24),
    "BY": (7, 3), "MD": (8, 27), "GE": (5, 26), "AM": (9, 21), "AZ": (10, 18), "KZ": (12, 16),
    "UZ": (9, 1), "KG": (8, 31), "TJ": (9, 9), "TM": (9, 27), "EE": (2, 24), "LV": (11, 18),
    "LT": (2, 16), "PL": (11, 11), "FI": (12, 6), "IS": (6, 17), "GR": (3, 25), "BA": (3, 1),
    "XK": (2, 17), "ME": (5, 21), "MK": (9, 8), "DZ": (7, 5), "TN": (3, 20), "MA": (11, 18),
    "LY": (12, 24), "SD": (1, 1), "SS": (7, 9), "ER": (5, 24), "SO": (7, 1), "DJ": (6, 27),
    "KE": (12, 12), "TZ": (12, 9), "UG": (10, 9), "RW": (7, 1), "BI": (7, 1), "CD": (6, 30),
    "NG": (10, 1), "GH": (3, 6), "SN": (4, 4), "ML": (9, 22), "BF": (8, 5), "NE": (8, 3),
    "TD": (8, 11), "CM": (1, 1), "CF": (8, 13), "CI": (8, 7), "GN": (10, 2), "SL": (4, 27),
    "LR": (7, 26), "TG": (4, 27), "BJ": (8, 1), "GA": (8, 17), "MR": (11, 28), "MG": (6, 26),
    "MZ": (6, 25), "AO": (11, 11), "ZM": (10, 24), "ZW": (4, 18), "MW": (7, 6), "NA": (3, 21),
    "BW": (9, 30), "LB": (11, 22), "SY": (4, 17), "JO": (5, 25), "IQ": (10, 3), "YE": (11, 30),
    "AF": (8, 19), "LK": (2, 4), "MM": (1, 4), "ID": (8, 17), "PH": (6, 12), "VN": (9, 2),
    "MY": (8, 31), "SG": (8, 9), "KH": (11, 9), "PG": (9, 16), "FJ": (10, 10), "BR": (9, 7),
    "AR": (7, 9), "CL": (9, 18), "CO": (7, 20), "PE": (7, 28), "VE": (7, 5), "EC": (8, 10),
    "BO": (8, 6), "PY": (5, 15), "UY": (8, 25), "CR": (9, 15), "GT": (9, 15), "HN": (9, 15),
    "SV": (9, 15), "NI": (9, 15), "HT": (1, 1), "JM": (8, 6), "DO": (2, 27), "CY": (10, 1),
    "MT": (9, 21),
}


def _independence_day(year: int, country: str | None) -> list[Span]:
    if country == "IL":
        return _day(astro.yom_haatzmaut(year))
    month, day = INDEPENDENCE_DAYS.get(country or "US", INDEPENDENCE_DAYS["US"])
    return _day(dt.date(year, month, day))


@dataclass(frozen=True)
class Holiday:
    name: str  # as the anchor names it
    dates: Callable[[int, str | None], list[Span]]  # occurrences in a Gregorian year, by country
    precision: str = "day"  # 'day', or 'month'/'week'/'unknown' for a stretch
    by_country: bool = False  # the country the text is about decides the date


_A = r"['’]?"  # an apostrophe, or none ("New Years Eve")
_S = r"(?:St\.?|Saint)\s+"
#: (pattern, holiday); patterns are matched case-insensitively against the name as written.
HOLIDAYS: list[tuple[str, Holiday]] = [
    (r"Christmas\s+Eve", Holiday("Christmas Eve", _fixed(12, 24))),
    (r"Orthodox\s+Christmas(?:\s+Day)?", Holiday("Orthodox Christmas", _fixed(1, 7))),
    (r"(?:Christmas|X-?mas)(?:\s+Day)?", Holiday("Christmas", _fixed(12, 25))),
    (r"Boxing\s+Day", Holiday("Boxing Day", _fixed(12, 26))),
    (rf"New\s+Year{_A}s?\s+Eve|Hogmanay", Holiday("New Year's Eve", _fixed(12, 31))),
    (rf"New\s+Year{_A}s?\s+Day", Holiday("New Year's Day", _fixed(1, 1))),
    (r"New\s+Year['’]s", Holiday("New Year's Day", _fixed(1, 1))),  # "celebrated New Year's"
    (r"New\s+Year", Holiday("New Year's Day", _fixed(1, 1))),  # "after New Year" (see _NEAR_TIME_PREPOSITIONS)
    (r"(?:the\s+)?Epiphany", Holiday("Epiphany", _fixed(1, 6))),
    (rf"(?:{_S})?Valentine{_A}s?\s+Day", Holiday("Valentine's Day", _fixed(2, 14))),
    (rf"{_S}Patrick{_A}s\s+Day", Holiday("St Patrick's Day", _fixed(3, 17))),
    (rf"{_S}George{_A}s\s+Day", Holiday("St George's Day", _fixed(4, 23))),
    (rf"{_S}Andrew{_A}s\s+Day", Holiday("St Andrew's Day", _fixed(11, 30))),
    (rf"(?:International\s+)?Women{_A}s\s+Day", Holiday("International Women's Day", _fixed(3, 8))),
    (rf"April\s+Fools{_A}?\s+Day", Holiday("April Fools' Day", _fixed(4, 1))),
    (r"Earth\s+Day", Holiday("Earth Day", _fixed(4, 22))),
    (r"Anzac\s+Day", Holiday("Anzac Day", _fixed(4, 25))),
    (rf"May\s+Day|(?:International\s+)?Workers{_A}?\s+Day", Holiday("May Day", _fixed(5, 1))),
    (r"Cinco\s+de\s+Mayo", Holiday("Cinco de Mayo", _fixed(5, 5))),
    (r"V-?E\s+Day|Victory\s+in\s+Europe\s+Day", Holiday("VE Day", _fixed(5, 8))),
    (r"Victory\s+Day", Holiday("Victory Day", _fixed(5, 9))),
    (r"(?:the\s+)?Defenders?\s+of\s+the\s+Fatherland\s+Day", Holiday("Defender of the Fatherland Day", _fixed(2, 23))),
    (r"Russia\s+Day", Holiday("Russia Day", _fixed(6, 12))),
    (r"Juneteenth", Holiday("Juneteenth", _fixed(6, 19))),
    (r"Canada\s+Day", Holiday("Canada Day", _fixed(7, 1))),
    (r"(?:the\s+)?Fourth\s+of\s+July|July\s+Fourth", Holiday("Fourth of July", _fixed(7, 4))),
    (r"Bastille\s+Day", Holiday("Bastille Day", _fixed(7, 14))),
    (r"(?:the\s+)?(?:Feast\s+of\s+the\s+)?Assumption(?:\s+Day)?", Holiday("Assumption", _fixed(8, 15))),
    (r"Hallowe[e']?en", Holiday("Halloween", _fixed(10, 31))),
    (rf"All\s+Saints{_A}?\s+Day", Holiday("All Saints' Day", _fixed(11, 1))),
    (rf"All\s+Souls{_A}?\s+Day|(?:the\s+)?Day\s+of\s+the\s+Dead", Holiday("All Souls' Day", _fixed(11, 2))),
    (r"Guy\s+Fawkes\s+(?:Night|Day)|Bonfire\s+Night", Holiday("Guy Fawkes Night", _fixed(11, 5))),
    (r"Veterans{_A}?\s+Day|Armistice\s+Day|Remembrance\s+Day".replace("{_A}", _A), Holiday("Armistice Day", _fixed(11, 11))),
    (r"Remembrance\s+Sunday", Holiday("Remembrance Sunday", _nth(11, 6, 2))),
    (r"World\s+AIDS\s+Day", Holiday("World AIDS Day", _fixed(12, 1))),
    (r"Human\s+Rights\s+Day", Holiday("Human Rights Day", _fixed(12, 10))),
    (r"Australia\s+Day", Holiday("Australia Day", _fixed(1, 26))),
    (r"(?:International\s+)?Holocaust\s+Remembrance\s+Day", Holiday("Holocaust Remembrance Day", _fixed(1, 27))),
    (r"Songkran", Holiday("Songkran", _fixed(4, 13))),
    (r"Independence\s+Day", Holiday("Independence Day", _independence_day, by_country=True)),
    (r"Thanksgiving(?:\s+Day)?", Holiday("Thanksgiving", _thanksgiving, by_country=True)),
    (r"Black\s+Friday", Holiday("Black Friday", _nth(11, 3, 4, 1))),
    (r"Cyber\s+Monday", Holiday("Cyber Monday", _nth(11, 3, 4, 4))),
    (r"Labor\s+Day", Holiday("Labor Day", _nth(9, 0, 1))),
    (r"Labour\s+Day", Holiday("Labour Day", _labour_day, by_country=True)),
    (r"Memorial\s+Day", Holiday("Memorial Day", _nth(5, 0, -1))),
    (r"(?:Martin\s+Luther\s+King(?:,?\s+Jr\.?)?|MLK)(?:\s+Jr\.?)?\s+Day", Holiday("Martin Luther King Day", _nth(1, 0, 3))),
    (rf"Presidents{_A}?\s+Day|Washington{_A}s\s+Birthday", Holiday("Presidents' Day", _nth(2, 0, 3))),
    (rf"Columbus\s+Day|Indigenous\s+Peoples{_A}?\s+Day", Holiday("Columbus Day", _nth(10, 0, 2))),
    (rf"Mother{_A}s\s+Day", Holiday("Mother's Day", _mothers_day, by_country=True)),
    (r"Mothering\s+Sunday", Holiday("Mothering Sunday", _from_easter(-21))),
    (rf"Father{_A}s\s+Day", Holiday("Father's Day", _nth(6, 6, 3))),
    (r"Election\s+Day", Holiday("Election Day", _us_election_day)),
    (r"Orthodox\s+Easter(?:\s+Sunday)?", Holiday("Orthodox Easter", _from_easter(0, orthodox=True))),
    (r"Easter\s+Monday", Holiday("Easter Monday", _from_easter(1))),
    (r"Easter(?:\s+Sunday|\s+Day)?", Holiday("Easter", _from_easter(0))),
    (r"Good\s+Friday", Holiday("Good Friday", _from_easter(-2))),
    (r"Holy\s+Saturday", Holiday("Holy Saturday", _from_easter(-1))),
    (r"(?:Maundy|Holy)\s+Thursday", Holiday("Maundy Thursday", _from_easter(-3))),
    (r"Palm\s+Sunday", Holiday("Palm Sunday", _from_easter(-7))),
    (r"Ash\s+Wednesday", Holiday("Ash Wednesday", _from_easter(-46))),
    (r"Shrove\s+Tuesday|Mardi\s+Gras|Pancake\s+Day", Holiday("Shrove Tuesday", _from_easter(-47))),
    (r"Ascension\s+(?:Day|Thursday)", Holiday("Ascension Day", _from_easter(39))),
    (r"Pentecost(?:\s+Sunday)?|Whit\s*sun(?:day)?", Holiday("Pentecost", _from_easter(49))),
    (r"Whit\s+Monday", Holiday("Whit Monday", _from_easter(50))),
    (r"Holy\s+Week", Holiday("Holy Week", _holy_week, "week")),
    (r"Lent", Holiday("Lent", _lent, "unknown")),
    (r"Rosh\s+Hashana?h?", Holiday("Rosh Hashanah", _from(lambda y: astro.hebrew_new_year(y + 3761)))),
    (r"Yom\s+Kippur", Holiday("Yom Kippur", _from(lambda y: astro.hebrew_new_year(y + 3761), 9))),
    (r"Sukkot|Succoth", Holiday("Sukkot", _from(lambda y: astro.hebrew_new_year(y + 3761), 14))),
    (r"Hanukk?ah?|Chanukk?ah", Holiday("Hanukkah", _from(astro.hanukkah))),
    (r"Passover|Pesach", Holiday("Passover", _from(astro.passover))),
    (r"Shavuot", Holiday("Shavuot", _from(astro.passover, 50))),
    (r"Purim", Holiday("Purim", _from(astro.passover, -30))),
    (r"Yom\s+Ha['’]?[Aa]tzma['’]?ut", Holiday("Yom Ha'atzmaut", _from(astro.yom_haatzmaut))),
    (r"(?:the\s+(?:holy\s+)?(?:fasting\s+)?month\s+of\s+)?Rama[dz]h?an", Holiday("Ramadan", _islamic_month(9), "month")),
    (r"(?:Eid|Id)[\s-]+(?:al|ul|el|ul-|al-|el-)?[\s-]*Fitr|Hari\s+Raya(?:\s+Aidilfitri)?|Lebaran|Ramazan\s+Bayram[ıi]",
     Holiday("Eid al-Fitr", _islamic(10, 1))),
    (r"(?:Eid|Id)[\s-]+(?:al|ul|el|ul-|al-|el-)?[\s-]*(?:Adha|Azha|Kabir|Kebir)|Bakr[-\s]?Eid|Bakrid|Kurban\s+Bayram[ıi]|Tabaski",
     Holiday("Eid al-Adha", _islamic(12, 10))),
    (r"Eid", Holiday("Eid", _both_eids)),
    (r"Ashura", Holiday("Ashura", _islamic(1, 10))),
    (r"(?:the\s+)?Islamic\s+New\s+Year|Hijri\s+New\s+Year", Holiday("Islamic New Year", _islamic(1, 1))),
    (rf"Mawlid(?:\s+al-Nabi)?|(?:the\s+)?Prophet{_A}s\s+Birthday|Milad[\s-]+un[\s-]+Nabi", Holiday("Mawlid", _islamic(3, 12))),
    (r"Laylat\s+al-Qadr", Holiday("Laylat al-Qadr", _islamic(9, 27))),
    (r"(?:the\s+)?Day\s+of\s+Arafa[ht]?", Holiday("Day of Arafah", _islamic(12, 9))),
    (r"Diwali|Deepavali", Holiday("Diwali", _from(astro.diwali))),
    (r"Holi", Holiday("Holi", _from(astro.holi))),
    (rf"(?:the\s+)?(?:Lunar|Chinese)\s+New\s+Year{_A}s?\s+Eve", Holiday("Lunar New Year's Eve", _from(astro.lunar_new_year, -1))),
    (r"(?:the\s+)?(?:Lunar|Chinese)\s+New\s+Year|(?:the\s+)?Spring\s+Festival|T[eế]t|Seollal",
     Holiday("Lunar New Year", _from(astro.lunar_new_year))),
    (r"(?:the\s+)?Mid-?Autumn\s+Festival|(?:the\s+)?Moon\s+Festival", Holiday("Mid-Autumn Festival", _from(astro.mid_autumn))),
    (r"(?:the\s+)?Dragon\s+Boat\s+Festival", Holiday("Dragon Boat Festival", _from(astro.dragon_boat))),
    (r"Nowruz|Nowrouz|Norouz|Navruz|Nevruz|Newroz|(?:the\s+)?Persian\s+New\s+Year", Holiday("Nowruz", _from(astro.nowruz))),
]
_COMPILED = [(re.compile(pattern, re.IGNORECASE), holiday) for pattern, holiday in HOLIDAYS]
_NAMES = "|".join(f"(?:{pattern})" for pattern, _ in HOLIDAYS)

#: Words after a feast's name that make it a thing, not the day ("Christmas tree",
#: "Easter Island", "Thanksgiving dinner" is still on the day, "the Holi powder" is not).
_THING_AFTER = frozenset("""tree trees card cards island islands shopping season holiday holidays present
presents party parties message messages sales sale carol carols lights decorations market markets
bonus bonuses rush egg eggs bunny lily lilies powder colours colors sequel movie film album song
songs special specials edition episode resolution resolutions honours honors address""".split())
#: Feasts that are themselves days of shopping: their "sales" are on the day ("Boxing Day sales
#: drew large crowds", "Black Friday sales"), where "Christmas sales" are a season's trade.
_SHOPPING_DAYS = frozenset({"Boxing Day", "Black Friday", "Cyber Monday"})
_SHOPPING_WORDS = frozenset("sale sales shopping shoppers".split())
#: Capitalised names that are also ordinary words: the feast only in a temporal phrase.
_NEED_PREPOSITION = frozenset({"lent", "holi", "tet", "purim", "eid", "hogmanay", "pesach"})
#: "New Year" alone is the holiday only right after these ("after New Year", "over New Year"):
#: "in the New Year" is the early part of the coming year, "a New Year message" a thing.
_NEAR_TIME_PREPOSITIONS = frozenset("after before over at on until till since by around during for".split())
_PREPOSITIONS = frozenset("""in on at during before after since until till for by through throughout
of around ahead this last next the""".split())
#: Feasts whose names are no other word, recognised in lower case too ("christmas eve").
_LOWER_CASE_OK = frozenset({
    "Christmas", "Christmas Eve", "New Year's Eve", "New Year's Day", "Easter", "Thanksgiving", "Halloween",
    "Valentine's Day", "Ramadan", "Eid al-Fitr", "Eid al-Adha", "Diwali", "Hanukkah", "Passover",
    "Rosh Hashanah", "Yom Kippur", "Independence Day", "Mother's Day", "Father's Day", "Labor Day",
    "Memorial Day", "Election Day", "Lunar New Year", "Nowruz", "Fourth of July", "Black Friday",
    "Boxing Day", "Good Friday", "Martin Luther King Day", "Armistice Day"})
#: Week of a feast: "Easter week", "Thanksgiving week", "Christmas week".
_WEEK_AFTER = re.compile(r"\s+[Ww]eek\b")


#: Lower-case words one of which every name in :data:`HOLIDAYS` contains: a text with none
#: is not scanned with the long pattern (see ``test_every_holiday_is_found_by_its_name``).
TRIGGERS = frozenset(line.strip() for line in """
christmas
xmas
boxing day
new year
new years
hogmanay
epiphany
valentine
valentines
patrick s
patricks day
george s
georges day
andrew s
andrews day
women s
womens day
fools day
earth day
anzac
may day
workers day
workers
cinco
ve day
v e
victory day
victory in
fatherland day
russia day
juneteenth
canada day
fourth of
july fourth
bastille
assumption
halloween
hallowe
saints day
saints
souls day
souls
the dead
fawkes
bonfire night
veterans
armistice
remembrance
aids day
human rights
australia day
holocaust
songkran
independence day
thanksgiving
black friday
cyber monday
labor day
labour day
memorial day
luther king
mlk
presidents day
presidents
washington s
columbus day
indigenous peoples
mother s
mothers day
mothering
father s
fathers day
election day
orthodox
easter
good friday
holy saturday
holy thursday
holy week
maundy
palm sunday
ash wednesday
shrove
mardi
pancake day
ascension
pentecost
whit
whitsun
whitsunday
lent
rosh
yom
sukkot
succoth
hanukkah
hanukah
hanukka
hanuka
chanukah
chanukkah
passover
pesach
shavuot
purim
ramadan
ramazan
ramadhan
ramzan
eid
id
hari raya
lebaran
bayram
bayramı
bakr
bakrid
tabaski
ashura
islamic new
hijri
mawlid
prophet s
milad
laylat
arafah
arafat
arafa
diwali
deepavali
holi
lunar new
chinese new
spring festival
autumn festival
moon festival
dragon boat
tet
tết
seollal
nowruz
nowrouz
norouz
navruz
nevruz
newroz
persian new
""".strip().splitlines())


@rule("holiday", rf"(?:(?i:the\s+eve\s+of)\s+)?(?:((?i:last|this|next|this\s+past|past|coming))\s+)?(?i:{_NAMES})(?:\s+[Ww]eek\b)?(?:,?\s+({YEAR}))?(?![\w'’-])", priority=2, flags=0,
      triggers=TRIGGERS)
def _holiday(m: re.Match[str], ctx: DateContext) -> Resolved | None:
    if m.start() >= 2 and ctx.text[m.start() - 1] in "'’" and ctx.text[m.start() - 2].isalpha():
        return None  # the end of a word with an apostrophe inside: "a nor'easter" is a storm, not Easter
    mod = " ".join((m.group(1) or "").lower().split())
    name_text = ctx.text[m.end(1) if m.group(1) else m.start():m.end()]
    name_text = re.sub(rf",?\s+{YEAR}$", "", name_text).strip()
    eve = re.match(r"(?i)the\s+eve\s+of\s+", name_text)  # "on the eve of Ramadan": the day before it
    if eve:
        name_text = name_text[eve.end():]
    week = _WEEK_AFTER.search(name_text) is not None and not re.search(r"Holy\s+Week$", name_text, re.I)
    if week:
        name_text = _WEEK_AFTER.sub("", name_text)
    holiday = next((h for pattern, h in _COMPILED if pattern.fullmatch(name_text)), None)
    if holiday is None:
        return None
    if not re.sub(r"(?i)^the\s+", "", name_text)[:1].isupper() and holiday.name not in _LOWER_CASE_OK:
        return None  # "the assumption that", "a spring festival", "lent": ordinary words ("the Moon Festival" is the feast)
    nxt = _next_word(ctx, m.end()).lower()
    if not week and nxt in _THING_AFTER and not (holiday.name in _SHOPPING_DAYS and nxt in _SHOPPING_WORDS):
        return None
    if name_text.lower() in _NEED_PREPOSITION and not mod and not m.group(2) \
            and _prev_word(ctx, m.start()) not in _PREPOSITIONS:
        return None
    if " ".join(name_text.lower().split()) == "new year" and (
            mod or _prev_word(ctx, m.start()) not in _NEAR_TIME_PREPOSITIONS or nxt[:1].isalpha() and nxt not in _PREPOSITIONS):
        return None
    country = country_of(ctx, m.start()) if holiday.by_country else None
    spans = _occurrences(holiday, ctx, m, mod, country, week=week)
    if not spans:
        return None
    first, last = spans
    where = f" ({country})" if country else ""
    if week:
        res = cal.week_ref(first)
        return _with_anchor(res, f"the week of {holiday.name}{where} {first.year}")
    if eve:
        res = cal.day_ref(first - dt.timedelta(days=1))
        return _remember(ctx, _with_anchor(res, f"the eve of {holiday.name}{where} {first.year}"), m.group())
    if holiday.precision == "day":
        res = cal.day_ref(first)
    else:
        res = Resolved(f"{first.isoformat()}/{last.isoformat()}", "DATE", first, last, holiday.precision)
    res = _with_anchor(res, f"{holiday.name}{where} {first.year}")
    return _remember(ctx, res, m.group())


#: A year the feast's clause gives after it, with no other date, clause break or
#: preposition of time between: "... parade was cancelled in 2022".
_YEAR_LATER = re.compile(rf"(?:\s+(?!(?:on|since|until|till|before|after|from|by|and|or|but|while|when|as|than)\b)[\w'’-]+){{1,6}}\s+in\s+({YEAR})(?![\w-])", re.I)


def _occurrences(holiday: Holiday, ctx: DateContext, m: re.Match[str], mod: str, country: str | None,
                 *, week: bool = False) -> Span | None:
    """The occurrence the text means: of the year it gives, else by modifier or tense."""
    if m.group(2):
        spans = holiday.dates(int(m.group(2)), country)
        return spans[0] if spans else None
    later = _YEAR_LATER.match(ctx.text, m.end())
    if later and not mod:
        # "Ukraine's Independence Day parade was cancelled in 2022": the year its clause gives
        spans = holiday.dates(int(later.group(1)), country)
        return spans[0] if spans else None
    pub = ctx.published
    spans = sorted(s for year in (pub.year - 1, pub.year, pub.year + 1) for s in holiday.dates(year, country))
    if week:
        spans = [(cal.week_ref(s[0]).start_date, cal.week_ref(s[0]).end_date) for s in spans]
    if not spans:
        return None
    if mod in ("last", "past", "this past"):
        before = [s for s in spans if s[0] < pub]
        return before[-1] if before else None
    if mod in ("next", "coming"):
        after = [s for s in spans if s[0] > pub]
        return after[0] if after else None
    if mod == "this":
        this_year = [s for s in spans if s[0].year == pub.year]
        return min(this_year or spans, key=lambda s: abs((s[0] - pub).days))
    how = ctx.direction(m.start(), m.end(), default="neutral")
    if how == "past":
        before = [s for s in spans if s[0] <= pub]
        return before[-1] if before else spans[0]
    if how == "future":
        after = [s for s in spans if s[1] >= pub]
        return after[0] if after else spans[-1]
    return min(spans, key=lambda s: (0 if s[0] <= pub <= s[1] else min(abs((s[0] - pub).days), abs((s[1] - pub).days)), s[0] > pub))


# ---------------------------------------------------------------- the country of a text

#: Names and adjectives of the countries whose national days differ, as a text writes them.
_COUNTRY_WORDS = {
    "US": "United States|U\\.S\\.A?\\.?|USA|America|Americans?",
    "MX": "Mexico|Mexicans?", "IN": "India|Indians?", "PK": "Pakistan|Pakistanis?", "BD": "Bangladesh|Bangladeshis?",
    "UA": "Ukraine|Ukrainians?", "BY": "Belarus|Belarusians?", "MD": "Moldova|Moldovans?", "GE": "Georgia|Georgians?",
    "AM": "Armenia|Armenians?", "AZ": "Azerbaijan|Azerbaijanis?", "KZ": "Kazakhstan|Kazakhs?", "UZ": "Uzbekistan|Uzbeks?",
    "KG": "Kyrgyzstan|Kyrgyz", "TJ": "Tajikistan|Tajiks?", "TM": "Turkmenistan|Turkmens?", "EE": "Estonia|Estonians?",
    "LV": "Latvia|Latvians?", "LT": "Lithuania|Lithuanians?", "PL": "Poland|Poles|Polish", "FI": "Finland|Finns|Finnish",
    "IS": "Iceland|Icelanders?|Icelandic", "GR": "Greece|Greeks?", "BA": "Bosnia|Bosnians?", "XK": "Kosovo|Kosovars?",
    "ME": "Montenegro|Montenegrins?", "MK": "North\\s+Macedonia|Macedonia|Macedonians?", "DZ": "Algeria|Algerians?",
    "TN": "Tunisia|Tunisians?", "MA": "Morocco|Moroccans?", "LY": "Libya|Libyans?", "SS": "South\\s+Sudan|South\\s+Sudanese",
    "SD": "Sudan|Sudanese", "ER": "Eritrea|Eritreans?", "SO": "Somalia|Somalis?", "DJ": "Djibouti", "KE": "Kenya|Kenyans?",
    "TZ": "Tanzania|Tanzanians?", "UG": "Uganda|Ugandans?", "RW": "Rwanda|Rwandans?", "BI": "Burundi|Burundians?",
    "CD": "Democratic\\s+Republic\\s+of\\s+(?:the\\s+)?Congo|DR\\s+Congo|DRC|Congolese", "NG": "Nigeria|Nigerians?",
    "GH": "Ghana|Ghanaians?", "SN": "Senegal|Senegalese", "ML": "Mali|Malians?", "BF": "Burkina\\s+Faso|Burkinabe",
    "NE": "Niger|Nigeriens?", "TD": "Chad|Chadians?", "CM": "Cameroon|Cameroonians?", "CF": "Central\\s+African\\s+Republic",
    "CI": "Ivory\\s+Coast|C[ôo]te\\s+d['’]Ivoire|Ivorians?", "GN": "Guinea|Guineans?", "SL": "Sierra\\s+Leone|Sierra\\s+Leoneans?",
    "LR": "Liberia|Liberians?", "TG": "Togo|Togolese", "BJ": "Benin|Beninese", "GA": "Gabon|Gabonese",
    "MR": "Mauritania|Mauritanians?", "MG": "Madagascar|Malagasy", "MZ": "Mozambique|Mozambicans?",
    "AO": "Angola|Angolans?", "ZM": "Zambia|Zambians?", "ZW": "Zimbabwe|Zimbabweans?", "MW": "Malawi|Malawians?",
    "NA": "Namibia|Namibians?", "BW": "Botswana", "LB": "Lebanon|Lebanese", "SY": "Syria|Syrians?", "JO": "Jordan|Jordanians?",
    "IQ": "Iraq|Iraqis?", "YE": "Yemen|Yemenis?", "AF": "Afghanistan|Afghans?", "LK": "Sri\\s+Lanka|Sri\\s+Lankans?",
    "MM": "Myanmar|Burma|Burmese", "ID": "Indonesia|Indonesians?", "PH": "Philippines|Filipinos?|Philippine",
    "VN": "Vietnam|Vietnamese", "MY": "Malaysia|Malaysians?", "SG": "Singapore|Singaporeans?", "KH": "Cambodia|Cambodians?",
    "PG": "Papua\\s+New\\s+Guinea", "FJ": "Fiji|Fijians?", "BR": "Brazil|Brazilians?", "AR": "Argentina|Argentines?|Argentinians?",
    "CL": "Chile|Chileans?", "CO": "Colombia|Colombians?", "PE": "Peru|Peruvians?", "VE": "Venezuela|Venezuelans?",
    "EC": "Ecuador|Ecuadorians?", "BO": "Bolivia|Bolivians?", "PY": "Paraguay|Paraguayans?", "UY": "Uruguay|Uruguayans?",
    "CR": "Costa\\s+Rica|Costa\\s+Ricans?", "GT": "Guatemala|Guatemalans?", "HN": "Honduras|Hondurans?",
    "SV": "El\\s+Salvador|Salvadorans?", "NI": "Nicaragua|Nicaraguans?", "HT": "Haiti|Haitians?", "JM": "Jamaica|Jamaicans?",
    "DO": "Dominican\\s+Republic|Dominicans?", "CY": "Cyprus|Cypriots?", "MT": "Malta|Maltese", "IL": "Israel|Israelis?",
    "CA": "Canada|Canadians?", "GB": "Britain|British|United\\s+Kingdom|UK|England|English|Scotland|Wales",
    "IE": "Ireland|Irish",
}
_COUNTRY = re.compile(r"\b(?:" + "|".join(f"(?P<{code}>{words})" for code, words in _COUNTRY_WORDS.items()) + r")(?![\w])")


def country_of(ctx: DateContext, pos: int) -> str | None:
    """The country a national day at ``pos`` belongs to: the nearest country named before
    it in its sentence, else after it in its sentence, else the last one named in the
    ``_COUNTRY_REACH`` characters before."""
    start, end = ctx.sentence_bounds(pos)
    before = [m for m in _COUNTRY.finditer(ctx.text, start, pos)]
    if before:
        return before[-1].lastgroup
    after = _COUNTRY.search(ctx.text, pos, end)
    if after:
        return after.lastgroup
    earlier = list(_COUNTRY.finditer(ctx.text, max(0, start - _COUNTRY_REACH), start))
    return earlier[-1].lastgroup if earlier else None


#: How far back (characters) a country named before the sentence still counts.
_COUNTRY_REACH = 2000
