"""Dates in Russian, Ukrainian, Korean, French and Spanish news, normalised as English ones are.

One recogniser serves every language: each has a lexicon (month names as stems, so that
"июля", "июле", "липня" all match; weekdays; words for today, yesterday, this or last week,
month, year) and the same patterns are built from it. Values, intervals and precision come
from :mod:`timeline.dates._calendar`, with the English rules' TIMEX3 conventions: "в июле" is
the month (2025-07, the whole of July), "в 2024 году" the year, "в субботу" the nearest
Saturday not after the publication date, a month without a year the nearest such month.

>>> [(m.text, m.value) for m in find_dates_in("Переговоры прошли 12 июля.", "2025-07-14", "ru")]
[('12 июля', '2025-07-12')]
"""
from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from timeline.dates._calendar import (
    Resolved,
    day_ref,
    month_ref,
    nearest_weekday,
    season_ref,
    shift_date,
    unit_ref,
    vague_ref,
    year_for_month,
    year_ref,
)
from timeline.model import DateMention
from timeline.sources.pubdate import parse_published

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Lexicon:
    """The words one language dates with. Month and weekday entries are regular expressions
    (stems with their endings); ``relative`` maps a phrase to (unit, offset in units)."""

    months: tuple[str, ...]  # January .. December
    weekdays: tuple[str, ...]  # Monday .. Sunday
    relative: dict[str, tuple[str, int]]
    present: tuple[str, ...] = ()  # "now", "currently": PRESENT_REF
    year_word: str = ""  # what may follow a year ("года", "року", "년")
    day_word: str = ""  # what follows a day number (Korean 일)
    month_word: str = ""  # what follows a month number (Korean 월)
    of: str = ""  # joins a day and its month, a month and its year ("de")
    article: str = ""  # may open a day or weekday ("el", "le")
    last_words: tuple[str, ...] = ()  # "прошлый", "pasado", "dernier", "지난" before or after a weekday
    next_words: tuple[str, ...] = ()  # "próximo", "prochain", "следующий": the coming one
    future: str = ""  # a future verb form in the sentence: a bare weekday or month is a coming one
    ago: str = ""  # "hace {n} {unit}", "{n} {unit} назад": a pattern with groups n and unit
    units: dict[str, str] = field(default_factory=dict)  # unit word stem -> D W M Y
    numbers: dict[str, int] = field(default_factory=dict)  # number words
    seasons: dict[str, str] = field(default_factory=dict)  # season word stem -> SP SU FA WI
    first_day: tuple[str, ...] = ()  # words for the first of a month ("primero", "1er")
    #: phrases dated from the narrative's previous date: "ese día", "на следующий день", "이튿날";
    #: (unit, offset): the previous date's day (D), month (M) or year (Y), moved by offset
    anaphora: dict[str, tuple[str, int]] = field(default_factory=dict)


LEXICONS: dict[str, Lexicon] = {
    "ru": Lexicon(
        months=("январ[ьяею]", "феврал[ьяею]", "март[аеу]?", "апрел[ьяею]", "ма[йяею]", "июн[ьяею]",
                "июл[ьяею]", "август[аеу]?", "сентябр[ьяею]", "октябр[ьяею]", "ноябр[ьяею]", "декабр[ьяею]"),
        weekdays=("понедельник", "вторник", "сред[ауы]", "четверг", "пятниц[ауы]", "суббот[ауы]",
                  "воскресень[ея]"),
        relative={"сегодня": ("D", 0), "вчера": ("D", -1), "позавчера": ("D", -2), "завтра": ("D", 1),
                  "послезавтра": ("D", 2), "на этой неделе": ("W", 0), "на прошлой неделе": ("W", -1),
                  "на следующей неделе": ("W", 1), "в этом месяце": ("M", 0), "в прошлом месяце": ("M", -1),
                  "в следующем месяце": ("M", 1), "в этом году": ("Y", 0), "в прошлом году": ("Y", -1),
                  "в следующем году": ("Y", 1), "в текущем году": ("Y", 0), "в минувшем году": ("Y", -1)},
        present=("сейчас", "в настоящее время"),
        year_word=r"(?:\s*(?:года|году|год|г\.))", last_words=("прошл(?:ый|ой|ого|ом|ую|ая|ые|ых)", "минувш(?:ий|ей|его|ем|ую|ая|ие|их)"),
        next_words=("следующ\\w*", "ближайш\\w*"), future=r"\bбуд(?:ет|ут)\b|\bпланиру|\bнамерен|\bпредстоящ",
        ago=r"(?P<n>\d+|\w+)\s+(?P<unit>\w+)\s+назад",
        units={"день": "D", "дня": "D", "дней": "D", "недел": "W", "месяц": "M", "год": "Y", "лет": "Y"},
        numbers={"один": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
                 "десять": 10},
        seasons={"весн": "SP", "лет": "SU", "осен": "FA", "зим": "WI"},
        anaphora={"в тот же день": ("D", 0), "в тот день": ("D", 0), "на следующий день": ("D", 1),
                  "накануне": ("D", -1), "в том же году": ("Y", 0), "в тот же год": ("Y", 0)}),
    "uk": Lexicon(
        months=("січ(?:ень|ня|ні)", "лют(?:ий|ого|ому)", "берез(?:ень|ня|ні)", "квіт(?:ень|ня|ні)",
                "трав(?:ень|ня|ні)", "черв(?:ень|ня|ні)", "лип(?:ень|ня|ні)", "серп(?:ень|ня|ні)",
                "верес(?:ень|ня|ні)", "жовт(?:ень|ня|ні)", "листопад(?:а|і)?", "груд(?:ень|ня|ні)"),
        weekdays=("понеділ(?:ок|ка)", "вівтор(?:ок|ка)", "серед[уи]", "четвер(?:га)?", "п['’ʼ]ятниц[юі]",
                  "субот[уи]", "неділ[юі]"),
        relative={"сьогодні": ("D", 0), "вчора": ("D", -1), "учора": ("D", -1), "позавчора": ("D", -2),
                  "завтра": ("D", 1), "цього тижня": ("W", 0), "минулого тижня": ("W", -1),
                  "наступного тижня": ("W", 1), "цього місяця": ("M", 0), "минулого місяця": ("M", -1),
                  "наступного місяця": ("M", 1), "цього року": ("Y", 0), "минулого року": ("Y", -1),
                  "наступного року": ("Y", 1), "торік": ("Y", -1)},
        present=("зараз", "наразі", "нині"),
        year_word=r"(?:\s*(?:року|році|рік|р\.))", last_words=("минул(?:ий|ого|ому|ої|у|ій|ої|ої|і|их|а)",),
        next_words=("наступн\\w*",), future=r"\bбуд(?:е|уть)\b|\bплану|\bмайбутн",
        ago=r"(?P<n>\d+|\w+)\s+(?P<unit>\w+)\s+тому",
        units={"день": "D", "дні": "D", "днів": "D", "тиж": "W", "місяц": "M", "рік": "Y", "роки": "Y", "років": "Y"},
        numbers={"один": 1, "одну": 1, "два": 2, "дві": 2, "три": 3, "чотири": 4, "п'ять": 5, "десять": 10},
        seasons={"весн": "SP", "літ": "SU", "осен": "FA", "осін": "FA", "зим": "WI"},
        anaphora={"того ж дня": ("D", 0), "того самого дня": ("D", 0), "того дня": ("D", 0),
                  "наступного дня": ("D", 1), "напередодні": ("D", -1), "того ж року": ("Y", 0)}),
    "ko": Lexicon(
        months=(), weekdays=("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"),
        relative={"오늘": ("D", 0), "어제": ("D", -1), "그제": ("D", -2), "그저께": ("D", -2), "내일": ("D", 1),
                  "이번 주": ("W", 0), "이번주": ("W", 0), "지난주": ("W", -1), "지난 주": ("W", -1),
                  "다음 주": ("W", 1), "다음주": ("W", 1), "이달": ("M", 0), "이번 달": ("M", 0),
                  "지난달": ("M", -1), "지난 달": ("M", -1), "다음 달": ("M", 1), "다음달": ("M", 1),
                  "올해": ("Y", 0), "금년": ("Y", 0), "지난해": ("Y", -1), "작년": ("Y", -1), "내년": ("Y", 1)},
        present=("현재", "지금"), year_word="년", day_word="일", month_word="월",
        future=r"예정|계획|할 것|겠다", ago=r"(?P<n>\d+)\s*(?P<unit>일|주|개월|달|년)\s*전",
        units={"일": "D", "주": "W", "개월": "M", "달": "M", "년": "Y"},
        anaphora={"같은 날": ("D", 0), "이날": ("D", 0), "당일": ("D", 0), "다음 날": ("D", 1), "다음날": ("D", 1),
                  "이튿날": ("D", 1), "전날": ("D", -1)}),
    "es": Lexicon(
        months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre|setiembre",
                "octubre", "noviembre", "diciembre"),
        weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        relative={"hoy": ("D", 0), "ayer": ("D", -1), "anteayer": ("D", -2), "antier": ("D", -2),
                  "mañana": ("D", 1), "pasado mañana": ("D", 2), "esta semana": ("W", 0),
                  "la semana pasada": ("W", -1), "la próxima semana": ("W", 1), "la semana próxima": ("W", 1),
                  "este mes": ("M", 0), "el mes pasado": ("M", -1), "el próximo mes": ("M", 1),
                  "el mes próximo": ("M", 1), "este año": ("Y", 0), "el año pasado": ("Y", -1),
                  "el pasado año": ("Y", -1), "el próximo año": ("Y", 1), "el año próximo": ("Y", 1),
                  "el año que viene": ("Y", 1), "el día de hoy": ("D", 0), "el presente año": ("Y", 0)},
        present=("ahora", "actualmente", "en la actualidad"),
        of="(?:de|del)", article="(?:el|del|al|este|esta)", last_words=("pasad[oa]",),
        next_words=("próxim[oa]", "venidero", "que viene"), future=r"\b\w{3,}(?:rá|rán|remos)\b|\bva(?:n)? a\b",
        ago=r"hace\s+(?:más de\s+|unos?\s+|casi\s+)?(?P<n>\d+|\w+)\s+(?P<unit>\w+)",
        units={"día": "D", "dia": "D", "semana": "W", "mes": "M", "año": "Y"},
        numbers={"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
                 "nueve": 9, "diez": 10, "quince": 15, "veinte": 20, "par": 2},
        seasons={"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"},
        first_day=("primero", "uno", "1º", "1°"),
        anaphora={"el mismo día": ("D", 0), "ese mismo día": ("D", 0), "ese día": ("D", 0), "aquel día": ("D", 0),
                  "al día siguiente": ("D", 1), "el día siguiente": ("D", 1), "el día anterior": ("D", -1),
                  "la víspera": ("D", -1), "ese año": ("Y", 0), "ese mismo año": ("Y", 0), "aquel año": ("Y", 0),
                  "el año siguiente": ("Y", 1), "al año siguiente": ("Y", 1), "ese mes": ("M", 0)}),
    "fr": Lexicon(
        months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre"),
        weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        relative={"aujourd'hui": ("D", 0), "aujourd’hui": ("D", 0), "hier": ("D", -1), "avant-hier": ("D", -2),
                  "demain": ("D", 1), "cette semaine": ("W", 0), "la semaine dernière": ("W", -1),
                  "la semaine prochaine": ("W", 1), "ce mois-ci": ("M", 0), "le mois dernier": ("M", -1),
                  "le mois prochain": ("M", 1), "cette année": ("Y", 0), "l'année dernière": ("Y", -1),
                  "l’année dernière": ("Y", -1), "l'an dernier": ("Y", -1), "l’an dernier": ("Y", -1),
                  "l'année prochaine": ("Y", 1), "l’année prochaine": ("Y", 1), "l'an prochain": ("Y", 1)},
        present=("maintenant", "actuellement"),
        article="(?:le|ce)", last_words=("dernier", "passé"), next_words=("prochain",),
        future=r"\b\w{3,}(?:era|ira|eront|iront|erons)\b|\bvont\b|\bva\b",
        ago=r"il y a\s+(?:plus de\s+)?(?P<n>\d+|\w+)\s+(?P<unit>\w+)",
        units={"jour": "D", "semaine": "W", "mois": "M", "an": "Y", "année": "Y"},
        numbers={"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "dix": 10},
        seasons={"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}, first_day=("premier", "1er"),
        anaphora={"le même jour": ("D", 0), "ce jour-là": ("D", 0), "le lendemain": ("D", 1), "la veille": ("D", -1),
                  "cette année-là": ("Y", 0), "l'année suivante": ("Y", 1), "l’année suivante": ("Y", 1)}),
}
LANGUAGES = tuple(LEXICONS)

_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], dt.date, Lexicon, str], Resolved | None]


def _month_number(lexicon: Lexicon, word: str) -> int:
    low = word.lower()
    return next(i + 1 for i, stem in enumerate(lexicon.months) if re.fullmatch(stem, low))


def _weekday_number(lexicon: Lexicon, word: str) -> int:
    low = word.lower()
    return next(i for i, stem in enumerate(lexicon.weekdays) if re.fullmatch(stem, low))


def _day_number(text: str, lex: Lexicon) -> int:
    return 1 if text.lower() in lex.first_day else int(text)


def _day_month_year(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    month = int(m["monthnum"]) if m.groupdict().get("monthnum") else _month_number(lex, m["month"])
    day = _day_number(m["day"], lex)
    year = int(m["year"]) if m["year"] else year_for_month(pub, month, direction, day)
    return day_ref(dt.date(year, month, day))


def _month_year(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    month = int(m["monthnum"]) if m.groupdict().get("monthnum") else _month_number(lex, m["month"])
    year = int(m["year"]) if m["year"] else year_for_month(pub, month, direction)
    return month_ref(year, month)


def _year(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    return year_ref(int(m["year"]))


def _season_year(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    season = next(code for stem, code in lex.seasons.items() if m["season"].lower().startswith(stem))
    return season_ref(int(m["year"]), season)


def _weekday(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    # "el pasado lunes" on a Monday is a week ago, "el próximo lunes" a week ahead; a bare
    # weekday is the nearest one not after the publication date unless the sentence is in
    # the future tense
    said = m.group(0).lower() != m["weekday"].lower()
    way = {"past": "strict_past" if said else "past", "future": "strict_future" if said else "future"}.get(
        direction, "past")
    day = nearest_weekday(pub, _weekday_number(lex, m["weekday"]), way)
    resolved = day_ref(day)
    side = "after" if way.endswith("future") else "before"
    resolved.anchor = f"the nearest {day.strftime('%A')} {side} the publication date {pub.isoformat()}"
    return resolved


def _day_of_month(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved | None:
    """Korean "12일", Spanish "el día 12": a day of the publication's month, or of the month
    before when that day is still to come (news reports what happened), unless the sentence
    speaks of the future."""
    day = int(m["day"])
    year, month = pub.year, pub.month
    if direction == "future" and day < pub.day:
        following = shift_date(pub.replace(day=1), "M", 1)
        year, month = following.year, following.month
    elif direction != "future" and day > pub.day + 1:
        previous = shift_date(pub.replace(day=1), "M", -1)
        year, month = previous.year, previous.month
    resolved = day_ref(dt.date(year, month, day))
    resolved.anchor = f"day {day} of the month of the publication date {pub.isoformat()}"
    return resolved


def _ago(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved | None:
    """"hace dos años", "три дня назад", "2년 전": the unit that far before the publication."""
    amount = m["n"].lower()
    n = int(amount) if amount.isdigit() else lex.numbers.get(amount)
    unit = next((code for stem, code in lex.units.items() if m["unit"].lower().startswith(stem)), None)
    if n is None or unit is None:
        return None
    resolved = unit_ref(shift_date(pub, unit, -n), unit)
    resolved.anchor = f"{n} {unit} before the publication date {pub.isoformat()}"
    return resolved


_KOREAN_YEARS = {"지난해": -1, "작년": -1, "올해": 0, "금년": 0, "내년": 1}


def _korean_year_month(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    """"지난해 7월 (12일)": a month (or day) of the year before, this one or the next."""
    year = pub.year + _KOREAN_YEARS[m["relyear"]]
    month = int(m["monthnum"])
    return day_ref(dt.date(year, month, int(m["day"]))) if m["day"] else month_ref(year, month)


def _relative(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    unit, offset = lex.relative[_fold_space(m.group(0).lower())]
    day = shift_date(pub, unit, offset) if offset else pub
    resolved = unit_ref(day, unit)
    resolved.anchor = f"publication date {pub.isoformat()}"
    return resolved


def _present(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    return vague_ref("PRESENT_REF")


def _fold_space(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _alternatives(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


@functools.cache
def _rules(language: str) -> tuple[_Rule, ...]:
    lex = LEXICONS[language]
    rules: list[_Rule] = []
    flags = re.IGNORECASE
    if language == "ko":
        rules.append(_Rule(re.compile(_YEAR + r"\s*년\s*(?P<monthnum>1[0-2]|0?[1-9])\s*월\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*일"),
                           _day_month_year))
        rules.append(_Rule(re.compile(r"(?P<year>)(?<![\d.])(?P<monthnum>1[0-2]|0?[1-9])\s*월\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*일"),
                           _day_month_year))
        rules.append(_Rule(re.compile(r"(?P<relyear>지난해|작년|올해|금년|내년)\s*(?P<monthnum>1[0-2]|0?[1-9])\s*월"
                                      r"(?:\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*일)?"), _korean_year_month))
        rules.append(_Rule(re.compile(_YEAR + r"\s*년\s*(?P<monthnum>1[0-2]|0?[1-9])\s*월(?!\s*\d)"), _month_year))
        rules.append(_Rule(re.compile(r"(?P<year>)(?<![\d.])(?P<monthnum>1[0-2]|0?[1-9])\s*월(?!\s*\d)"), _month_year))
        rules.append(_Rule(re.compile(_YEAR + r"\s*년(?!\s*\d)(?!간|\s*동안)"), _year))
        rules.append(_Rule(re.compile(r"(?:지난\s*)?(?<![\d.])(?P<day>3[01]|[12]\d|0?[1-9])\s*일(?![간째])(?!\s*(?:동안|만에|간))"),
                           _day_of_month))
    else:
        months = _alternatives(f"(?:{m})" for m in lex.months)
        of = rf"(?:\s+{lex.of})?" if lex.of else ""
        article = rf"(?:{lex.article}\s+)?" if lex.article else ""
        last = _alternatives(lex.last_words)
        nearness = _alternatives(lex.last_words + lex.next_words)
        year_word = f"(?:{lex.year_word})?" if lex.year_word else ""
        day = r"(?P<day>3[01]|[12]\d|0?[1-9]" + "".join(f"|{re.escape(w)}" for w in lex.first_day) + ")"
        rules.append(_Rule(re.compile(
            rf"\b{article}(?:(?:{last})\s+)?{day}(?:er|-?го|-?е)?{of}\s+(?P<month>{months})\b"
            rf"(?:{of}\s+{_YEAR}{year_word})?(?:\s+(?:{nearness})\b)?", flags), _day_month_year))
        rules.append(_Rule(re.compile(rf"\b(?P<month>{months})\b{of}\s+{_YEAR}{year_word}", flags), _month_year))
        rules.append(_Rule(re.compile(rf"\b(?P<year>)(?P<month>{months})\b(?:\s+(?:{nearness})\b)?", flags),
                           _month_year))
        if lex.seasons:
            seasons = _alternatives(rf"{stem}\w*" for stem in lex.seasons)
            rules.append(_Rule(re.compile(rf"\b(?P<season>{seasons}){of}\s+{_YEAR}{year_word}", flags),
                               _season_year))
        if language in ("ru", "uk"):
            rules.append(_Rule(re.compile(rf"(?<![\d.,]){_YEAR}{lex.year_word}", flags), _year))
            rules.append(_Rule(re.compile(rf"(?<=\b[вуВУ] ){_YEAR}(?![\d.,%])", flags), _year))
        else:
            rules.append(_Rule(re.compile(rf"(?<![\d.,])\b(?:(?:el|en|de|del|à|le|dès|depuis)\s+)?{_YEAR}\b(?![.,]\d|\s*%)",
                                          flags), _year))
        if language == "es":
            rules.append(_Rule(re.compile(r"\b(?:el|del|al)\s+(?:pasado\s+)?día\s+(?P<day>3[01]|[12]\d|0?[1-9])\b",
                                          flags), _day_of_month))
        weekdays = _alternatives(f"(?:{w})" for w in lex.weekdays)
        rules.append(_Rule(re.compile(rf"\b{article}(?:(?:{nearness})\s+)?(?P<weekday>{weekdays})\b(?:\s+(?:{nearness}))?",
                                      flags), _weekday))
    if lex.ago:
        rules.append(_Rule(re.compile(lex.ago, flags), _ago))
    if language == "ko":
        weekdays = _alternatives(lex.weekdays)
        rules.append(_Rule(re.compile(rf"(?:지난\s*)?(?P<weekday>{weekdays})"), _weekday))
    relative = _alternatives(re.escape(r).replace(r"\ ", r"\s+") for r in lex.relative)
    boundary = "" if language == "ko" else r"\b"
    rules.append(_Rule(re.compile(rf"{boundary}(?:{relative}){boundary}", flags), _relative))
    if lex.present:
        present = _alternatives(re.escape(p).replace(r"\ ", r"\s+") for p in lex.present)
        rules.append(_Rule(re.compile(rf"{boundary}(?:{present}){boundary}", flags), _present))
    return tuple(rules)


def find_dates_in(text: str, published: dt.date | dt.datetime | str, language: str) -> list[DateMention]:
    """The temporal expressions of ``text`` written in ``language`` (see :data:`LANGUAGES`),
    resolved against the publication date, in document order; the longest wins an overlap."""
    pub = parse_published(published)
    if language not in LEXICONS or not text:
        return []
    lex = LEXICONS[language]
    proposals: list[tuple[int, int, Resolved]] = []
    for rule in _rules(language):
        for m in rule.pattern.finditer(text):
            if m.end() <= m.start():
                continue
            try:
                resolved = rule.resolve(m, pub, lex, _direction(m, text, lex))
            except (ValueError, StopIteration, KeyError) as exc:
                logger.debug("skipped %r: %s", m.group(0), exc)
                continue
            if resolved is not None:
                proposals.append((m.start(), m.end(), resolved))
    proposals.sort(key=lambda p: (p[0], -(p[1] - p[0])))
    chosen: list[tuple[int, int, Resolved]] = []
    for start, end, resolved in proposals:
        if not chosen or start >= chosen[-1][1]:
            chosen.append((start, end, resolved))
    mentions: list[DateMention] = []
    for start, end, resolved in _with_anaphora(text, pub, lex, language, chosen):
        surface = text[start:end]
        trimmed = surface.rstrip(" .,")
        mentions.append(DateMention(start, start + len(trimmed), trimmed, resolved.type, resolved.value,
                                    resolved.start_date, resolved.end_date, resolved.precision,
                                    resolved.anchor or (f"publication date {pub.isoformat()}"
                                                        if resolved.precision != "unknown" and not _absolute(surface)
                                                        else None)))
    return mentions


def _with_anaphora(text: str, pub: dt.date, lex: Lexicon, language: str,
                   proposals: list[tuple[int, int, Resolved]]) -> list[tuple[int, int, Resolved]]:
    """``proposals`` plus the anaphoric expressions ("ese día", "на следующий день"), each
    resolved against the last dated expression before it (the publication date when none):
    the narrative's date, as "the following day" is in English."""
    if not lex.anaphora:
        return proposals
    pattern = _anaphora_pattern(language)
    found = list(proposals)
    for m in pattern.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in found):
            continue
        unit, offset = lex.anaphora[_fold_space(m.group(0).lower())]
        previous = sorted((s, r) for s, e, r in found if e <= m.start() and r.start_date is not None
                          and (unit != "D" or r.precision == "day"))
        previous = [r for _, r in previous]
        base, what = (previous[-1].start_date, f"the previous date {previous[-1].value}") if previous else (
            pub, f"publication date {pub.isoformat()}")
        try:
            day = shift_date(base, unit, offset) if offset else base
            resolved = unit_ref(day, unit)
        except ValueError:
            continue
        resolved.anchor = f"{what} → {resolved.value}"
        found.append((m.start(), m.end(), resolved))
    found.sort(key=lambda p: (p[0], -(p[1] - p[0])))
    return found


@functools.cache
def _anaphora_pattern(language: str) -> re.Pattern[str]:
    lex = LEXICONS[language]
    boundary = "" if language == "ko" else r"\b"
    words = _alternatives(re.escape(a).replace(r"\ ", r"\s+") for a in lex.anaphora)
    return re.compile(rf"{boundary}(?:{words}){boundary}", re.IGNORECASE)


_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _direction(m: re.Match[str], text: str, lex: Lexicon) -> str:
    """"past" or "future" when the expression or its sentence says which way an expression
    without a year (or week) lies from the publication date, else "neutral"."""
    words = (m.group(0) + " " + text[m.end():m.end() + 12]).lower()
    if lex.last_words and re.search(_alternatives(lex.last_words), m.group(0).lower()):
        return "past"
    if lex.next_words and re.search(_alternatives(lex.next_words), words):
        return "future"
    if lex.last_words and re.match(rf"\s+(?:{_alternatives(lex.last_words)})", text[m.end():m.end() + 12].lower()):
        return "past"
    if "지난" in m.group(0):
        return "past"
    if lex.future:
        starts = [b.end() for b in _SENTENCE_BREAK.finditer(text, max(0, m.start() - 300), m.start())]
        end = _SENTENCE_BREAK.search(text, m.end())
        sentence = text[starts[-1] if starts else max(0, m.start() - 300):end.start() if end else len(text)]
        if re.search(lex.future, sentence, re.IGNORECASE):
            return "future"
    return "neutral"


def _absolute(surface: str) -> bool:
    return bool(re.search(r"(?:1[89]|20)\d\d", surface))
