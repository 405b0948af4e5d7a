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
    century_ref,
    day_of_month_near,
    day_ref,
    decade_ref,
    half_ref,
    month_ref,
    nearest_weekday,
    part_of,
    quarter_ref,
    season_ref,
    shift_date,
    unit_ref,
    vague_ref,
    weekday_day_near,
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
    #: words for a part of a month or year ("a principios de", "fin", "в конце") -> early, mid, late;
    #: ``part_join`` is what joins such a word to the date ("de", "del"), ``part_lead`` what may open it
    parts: dict[str, str] = field(default_factory=dict)
    part_join: str = ""
    part_lead: str = ""
    #: ordinals of quarters and halves ("primer" 1, "третьем" 3) and the words for them
    ordinals: dict[str, int] = field(default_factory=dict)
    quarter_word: str = ""
    half_word: str = ""
    #: what makes a following date a name, not a date ("Avenida 17 de Junio", "rue du 8 mai")
    name_before: str = ""
    #: a year named by its distance from the publication's ("del año pasado", "прошлого года") -> offset
    year_of: dict[str, int] = field(default_factory=dict)
    #: a past verb form in the sentence, nearer the expression than any future one: it lies behind
    past: str = ""
    #: what, just before an expression, points ahead ("para el lunes", "a partir del viernes"), matched
    #: against the text before it, a NUL and the expression
    ahead_before: str = ""
    #: what joins the days of a range or list ("del 7 al 11", "les 5 et 6") and may open it
    range_join: str = ""
    range_open: str = ""
    #: decades: a pattern with a group ``dec`` (two or four digits or a word of ``decade_words``)
    decade: str = ""
    decade_words: dict[str, int] = field(default_factory=dict)
    #: seasons spoken of without a year: a pattern with groups ``season`` and ``near`` (or none),
    #: ``near`` words mapped to 0 (this one), -1 (the last one), 1 (the next one)
    season_near: str = ""
    season_near_words: dict[str, int] = field(default_factory=dict)
    #: fixed-date holidays (case-sensitive pattern -> (month, day)): "Navidad", "Noël"
    holidays: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: today, tomorrow, yesterday followed by their weekday ("mañana , martes", "hier dimanche")
    day_words: str = ""
    #: centuries: a pattern with a group ``roman`` (Roman numerals) or ``arabic``
    century: str = ""


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
                  "в следующем году": ("Y", 1), "в текущем году": ("Y", 0), "в минувшем году": ("Y", -1),
                  "прошлого года": ("Y", -1), "этого года": ("Y", 0), "текущего года": ("Y", 0),
                  "следующего года": ("Y", 1), "минувшего года": ("Y", -1), "прошлого месяца": ("M", -1),
                  "этого месяца": ("M", 0), "текущего месяца": ("M", 0)},
        present=("сейчас", "в настоящее время"),
        year_word=r"(?:\s*(?:года|году|год|г\.))", last_words=("прошл(?:ый|ой|ого|ом|ую|ая|ые|ых)", "минувш(?:ий|ей|его|ем|ую|ая|ие|их)"),
        next_words=("следующ\\w*", "ближайш\\w*"), future=r"\bбуд(?:ет|ут)\b|\bпланиру|\bнамерен|\bпредстоящ",
        ago=r"(?P<n>\d+|\w+)\s+(?P<unit>\w+)\s+назад",
        units={"день": "D", "дня": "D", "дней": "D", "недел": "W", "месяц": "M", "год": "Y", "лет": "Y"},
        numbers={"один": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
                 "десять": 10},
        seasons={"весн": "SP", "лет": "SU", "осен": "FA", "зим": "WI"},
        parts={"начале": "early", "середине": "mid", "конце": "late"}, part_lead=r"(?:в\s+)?",
        ordinals={"первом": 1, "втором": 2, "третьем": 3, "четвертом": 4, "четвёртом": 4},
        quarter_word="квартале", half_word="полугодии",
        century=r"\b(?P<roman>[IVX]{1,5})\s+век[еау]?\b",
        year_of={"этого года": 0, "текущего года": 0, "прошлого года": -1, "минувшего года": -1, "следующего года": 1},
        range_join=r"(?:,|и|по|-|–|—)", range_open=r"(?:(?:с|со)\s+)?",
        decade=r"(?<!\d)(?P<dec>(?:19|20)?[0-9]0)-?(?:е|х|ые|ых)\s+(?:год(?:ы|ах|ов)|гг\.?)|(?<!\d)(?P<dec2>(?:19|20)[0-9]0)-х\b",
        season_near=r"\b(?:(?P<near>этой|этим|прошлой|прошлым|минувшей|минувшим|следующей|следующим)\s+)?"
                    r"(?P<season>весной|летом|осенью|зимой)\b(?!\s+(?:\d|прошлого|этого|следующего))",
        season_near_words={"этой": 0, "этим": 0, "прошлой": -1, "прошлым": -1, "минувшей": -1, "минувшим": -1,
                           "следующей": 1, "следующим": 1},
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
        parts={"на початку": "early", "в середині": "mid", "у середині": "mid", "наприкінці": "late",
               "в кінці": "late", "у кінці": "late"},
        ordinals={"першому": 1, "другому": 2, "третьому": 3, "четвертому": 4},
        quarter_word="кварталі", half_word="півріччі",
        century=r"\b(?P<roman>[IVX]{1,5})\s+(?:століт|сторіч)\w*",
        year_of={"цього року": 0, "поточного року": 0, "минулого року": -1, "наступного року": 1},
        range_join=r"(?:,|і|та|по|до|-|–|—)", range_open=r"(?:(?:з|із)\s+)?",
        decade=r"(?<!\d)(?P<dec>(?:19|20)?[0-9]0)-?(?:і|х|ті|их)\s+(?:рок(?:и|ах|ів)|рр\.?)|(?<!\d)(?P<dec2>(?:19|20)[0-9]0)-х\b",
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
        decade=r"(?<!\d)(?P<dec>(?:19|20)?[0-9]0)\s*년대",
        century=r"(?<!\d)(?P<arabic>[12]?\d)\s*세기",
        holidays={"크리스마스": (12, 25), "성탄절": (12, 25), "한글날": (10, 9), "광복절": (8, 15), "삼일절": (3, 1),
                  "어린이날": (5, 5), "현충일": (6, 6), "제헌절": (7, 17), "개천절": (10, 3)},
        seasons={"봄": "SP", "여름": "SU", "가을": "FA", "겨울": "WI"},
        anaphora={"같은 날": ("D", 0), "이날": ("D", 0), "이 날": ("D", 0), "전일": ("D", -1), "당일": ("D", 0), "다음 날": ("D", 1), "다음날": ("D", 1),
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
                  "el año que viene": ("Y", 1), "el día de hoy": ("D", 0), "el día de ayer": ("D", -1), "el presente año": ("Y", 0),
                  "el pasado mes": ("M", -1), "la pasada semana": ("W", -1), "el mes que viene": ("M", 1),
                  "la semana que viene": ("W", 1), "el año en curso": ("Y", 0), "el mes en curso": ("M", 0),
                  "la semana en curso": ("W", 0), "el presente mes": ("M", 0), "este mismo año": ("Y", 0),
                  "este mismo mes": ("M", 0), "esta misma semana": ("W", 0), "anoche": ("D", -1),
                  "esta mañana": ("D", 0), "esta tarde": ("D", 0), "esta noche": ("D", 0),
                  "en lo que va de año": ("Y", 0), "en lo que va del año": ("Y", 0),
                  "en lo que va de mes": ("M", 0), "en lo que va del mes": ("M", 0)},
        present=("ahora", "actualmente", "en la actualidad", "hoy en día", "hoy día"),
        of="(?:de|del)", article="(?:el|del|al|este|esta)", last_words=("pasad[oa]",),
        next_words=("próxim[oa]", "venidero", "que viene"), future=r"\b\w{2,}(?:rá|rán|remos)\b|\bir(?:á|án)\b|\bva(?:n)? a\b",
        ago=r"\bhace\s+(?:(?:más|menos|cerca|alrededor|poco\s+más)\s+de\s+|unos?\s+|unas\s+|casi\s+|apenas\s+|"
            r"escasamente\s+|s[oó]lo\s+|ya\s+|aproximadamente\s+|al\s+menos\s+)*(?P<n>\d+|un\s+par|\w+)\s+"
            r"(?:de\s+)?(?P<unit>\w+)",
        units={"día": "D", "dia": "D", "semana": "W", "mes": "M", "año": "Y"},
        numbers={"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
                 "nueve": 9, "diez": 10, "quince": 15, "veinte": 20, "par": 2},
        seasons={"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"},
        first_day=("primero", "uno", "1º", "1°", "1.º", "1.°", "1ro"),
        parts={"principios": "early", "comienzos": "early", "inicios": "early", "primeros días": "early",
               "mediados": "mid", "finales": "late", "fines": "late", "final": "late", "fin": "late",
               "últimos días": "late"},
        part_join=r"(?:de|del|de\s+la)", part_lead=r"(?:(?:a|en|hacia|desde|hasta|para|antes\s+de|después\s+de)\s+)?"
                                                   r"(?:(?:los|las|el|al|del)\s+)?",
        ordinals={"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4, "último": -1},
        quarter_word="trimestre", half_word="semestre",
        name_before=r"(?:Avenida|Avda\.?|Calle|C/|Plaza|Paseo|Glorieta|Parque|Estadio|Colegio|Barrio|Colonia|Puente|"
                    r"Movimiento|Instituto|Hospital)\s+(?:del?\s+)?$",
        year_of={"de este año": 0, "del presente año": 0, "del año en curso": 0, "de este mismo año": 0,
                 "del año pasado": -1, "del pasado año": -1, "del próximo año": 1, "del año próximo": 1,
                 "del año que viene": 1},
        past=r"\b(?:\w{2,}(?:ó|aron|ieron)|fue|fueron|dijo|dijeron|hizo|hicieron|tuvo|tuvieron|estuvo|hubo|vino|"
             r"puso|pudo|quiso|murió|(?:ha|han|había|habían|hubo|fue|fueron|ha\s+sido|han\s+sido)\s+\w+(?:ado|ido|ada|ida|"
             r"ados|idos|adas|idas|isto|ierto|echo|icho|uesto))\b|"
             r"\b(?!(?:programad|planead|fijad|convocad|aplazad|esperad|anunciad)\w*\b)\w{3,}(?:ad|id)[oa]s?"
             r"(?=\s+(?:(?:en|desde|a\s+principios\s+de|a\s+finales\s+de|a\s+mediados\s+de)\s+)?$)",
        ahead_before=r"\b(?:para|a\s+partir(?:\s+de)?)\s+\x00|\bhasta\s+\x00(?:el|al)\s+(?:lunes|martes|miércoles|jueves|"
                     r"viernes|sábado|domingo)\b",
        range_join=r"(?:,|y|e|al|a|hasta\s+el|-|–)", range_open=r"(?:(?:del|el|los\s+días|entre\s+el|desde\s+el)\s+)?",
        decade=r"\b(?:(?:los|de\s+los|en\s+los)\s+)?años\s+(?P<dec>(?:19|20)?[0-9]0|veinte|treinta|cuarenta|cincuenta|"
               r"sesenta|setenta|ochenta|noventa)\b|\b(?:la\s+)?década\s+del?\s+(?:los\s+)?(?:años\s+)?"
               r"(?P<dec2>(?:19|20)?[0-9]0|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)\b",
        decade_words={"veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
                      "ochenta": 80, "noventa": 90},
        season_near=r"\b(?<!\bde\s)(?:(?P<near>este|esta|el\s+pasado|la\s+pasada|el\s+próximo|la\s+próxima)\s+|"
                    r"(?:en\s+el|en\s+la|durante\s+el|durante\s+la|el|la|del|en|todo\s+el)\s+)"
                    r"(?P<season>primavera|verano|otoño|invierno)(?:\s+(?P<near2>pasad[oa]|próxim[oa]|que\s+viene))?"
                    r"\b(?!\s+(?:de|del)\b)",
        century=r"\bsiglo\s+(?P<roman>[IVX]{1,5})\b",
        holidays={"Navidad": (12, 25), "Nochebuena": (12, 24), "Nochevieja": (12, 31), "Año Nuevo": (1, 1)},
        day_words="hoy|mañana|ayer|anteayer",
        season_near_words={"este": 0, "esta": 0, "el pasado": -1, "la pasada": -1, "pasado": -1, "pasada": -1,
                           "el próximo": 1, "la próxima": 1, "próximo": 1, "próxima": 1, "que viene": 1},
        anaphora={"el mismo día": ("D", 0), "ese mismo día": ("D", 0), "ese día": ("D", 0), "aquel día": ("D", 0),
                  "al día siguiente": ("D", 1), "el día siguiente": ("D", 1), "el día anterior": ("D", -1),
                  "la víspera": ("D", -1), "ese año": ("Y", 0), "ese mismo año": ("Y", 0), "aquel año": ("Y", 0),
                  "el año siguiente": ("Y", 1), "al año siguiente": ("Y", 1), "ese mes": ("M", 0),
                  "el año anterior": ("Y", -1), "del año anterior": ("Y", -1), "el mes anterior": ("M", -1),
                  "del mes anterior": ("M", -1), "el mes siguiente": ("M", 1), "al mes siguiente": ("M", 1),
                  "la semana anterior": ("W", -1), "la semana siguiente": ("W", 1), "a la semana siguiente": ("W", 1),
                  "esa semana": ("W", 0), "esa misma semana": ("W", 0), "aquella semana": ("W", 0),
                  "un día después": ("D", 1), "un día antes": ("D", -1), "dos días después": ("D", 2),
                  "dos días antes": ("D", -2), "esa noche": ("D", 0), "esa misma noche": ("D", 0),
                  "aquella noche": ("D", 0), "la noche anterior": ("D", -1), "esa mañana": ("D", 0),
                  "esa misma mañana": ("D", 0), "esa tarde": ("D", 0), "aquel mes": ("M", 0)}),
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
        future=r"\b\w{3,}(?:era|ira|eront|iront|erons)\b|\b(?:sera|seront|fera|feront|aura|auront|ira|iront)\b|\b\w{2,}(?:dra|rra|vra)\b|\b\w{3,}r(?:ont|ons)\b|"
               r"\bvont\b|\bva\b",
        past=r"\b(?:a|ont|avait|avaient|eut|eurent)\s+(?:(?:déjà|aussi|pas|notamment|encore|été)\s+)?"
             r"\w+(?:é|ée|és|ées|i|is|it|u|us|ert|int)\b|\b(?:est|sont|était|étaient|fut|furent)\s+"
             r"(?!(?:prévu|attendu|programmé|fixé|annoncé)\w*\b)\w+(?:é|ée|és|ées|u|ue|us|ues)\b|"
             r"\b(?!(?:prévu|attendu|programmé|fixé|annoncé)\w*\b)\w{3,}(?:é|ée|és|ées)(?=\s+(?:(?:en|depuis|début|fin)\s+)?$)",
        ago=r"il y a\s+(?:plus de\s+)?(?P<n>\d+|\w+)\s+(?P<unit>\w+)",
        units={"jour": "D", "semaine": "W", "mois": "M", "an": "Y", "année": "Y"},
        numbers={"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "dix": 10},
        seasons={"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}, first_day=("premier", "1er"),
        parts={"début": "early", "mi": "mid", "milieu": "mid", "fin": "late"},
        part_join=r"(?:de\s+l['’]|de|du|-)?", part_lead=r"(?:(?:à|au|en|dès|depuis|jusqu['’]à|avant|après)\s+)?(?:(?:la|le)\s+)?",
        ordinals={"premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4, "dernier": -1},
        quarter_word="trimestre", half_word="semestre",
        name_before=r"(?:[Rr]ue|[Aa]venue|[Pp]lace|[Bb]oulevard|[Qq]uai|[Pp]ont|[Cc]ours)\s+(?:du\s+)?$",
        year_of={"de cette année": 0, "de l'année en cours": 0, "de l’année en cours": 0, "de l'année dernière": -1,
                 "de l’année dernière": -1, "de l'an dernier": -1, "de l’an dernier": -1, "de l'année prochaine": 1,
                 "de l’année prochaine": 1, "de l'an prochain": 1, "de l’an prochain": 1},
        range_join=r"(?:,|et|au|à|-|–)", range_open=r"(?:(?:du|le|les|entre\s+le)\s+)?",
        decade=r"\b(?:les\s+)?années\s+(?P<dec>(?:19|20)?[0-9]0|vingt|trente|quarante|cinquante|soixante-dix|soixante|"
               r"quatre-vingt-dix|quatre-vingts?)\b",
        decade_words={"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "soixante-dix": 70,
                      "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90},
        season_near=r"\b(?:(?P<near>cet|ce)\s+|(?:au|en|l['’]|le|cet)\s*)(?P<season>printemps|été|automne|hiver)"
                    r"(?:\s+(?P<near2>dernier|prochain))?\b(?!\s*(?:\d|de\b|d['’]))",
        season_near_words={"cet": 0, "ce": 0, "dernier": -1, "prochain": 1},
        century=r"\b(?P<roman>[IVX]{1,5})(?:e|ème)\s+siècle\b",
        holidays={"Noël": (12, 25), "Nouvel An": (1, 1), "Saint-Sylvestre": (12, 31), "Toussaint": (11, 1)},
        day_words="aujourd['’]hui|demain|hier|avant-hier",
        anaphora={"le même jour": ("D", 0), "ce jour-là": ("D", 0), "le lendemain": ("D", 1), "la veille": ("D", -1),
                  "cette année-là": ("Y", 0), "l'année suivante": ("Y", 1), "l’année suivante": ("Y", 1)}),
}
LANGUAGES = tuple(LEXICONS)

_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], dt.date, Lexicon, str], Resolved | None]
    #: "narrative": a day of a month the text gives before it ("el día 12" after "11 de septiembre")
    kind: str = ""


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
    said = bool(re.search(_alternatives(lex.last_words + lex.next_words), m.group(0).lower())) if (
        lex.last_words or lex.next_words) else m.group(0).lower() != m["weekday"].lower()
    way = {"past": "strict_past" if said else "past", "future": "strict_future" if said else "future"}.get(
        direction, "past")
    day = nearest_weekday(pub, _weekday_number(lex, m["weekday"]), way)
    resolved = day_ref(day)
    side = "after" if way.endswith("future") else "before"
    resolved.anchor = f"the nearest {day.strftime('%A')} {side} the publication date {pub.isoformat()}"
    return resolved


def _weekday_day(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved | None:
    weekday, number = _weekday_number(lex, m["weekday"]), int(m["day"])
    day = (weekday_day_near(pub, weekday, number, direction, months=2)
           or weekday_day_near(pub, weekday, number, "neutral", months=2))
    if day is None:
        return None
    resolved = day_ref(day)
    resolved.anchor = f"the {day.strftime('%A')} {day.day} nearest the publication date {pub.isoformat()}"
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
    amount = m["n"].lower().split()[-1]
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


def _range_start(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    """The first day or month of a range or list whose last one carries the month or year:
    "del 7 al 11 de septiembre", "entre enero y marzo de 1998", "du 28 décembre au 3 janvier 2009"."""
    month = _month_number(lex, m["month"])
    day = _day_number(m["day"], lex) if m.groupdict().get("day") else None
    month2 = _month_number(lex, m["month2"]) if m.groupdict().get("month2") else month
    day2 = int(m["day2"]) if m.groupdict().get("day2") else None
    if m["year"]:
        year = int(m["year"])
    elif m.groupdict().get("relyear"):
        year = pub.year + lex.year_of[_fold_space(m["relyear"].lower())]
    else:
        year = year_for_month(pub, month2, direction, day2 if day2 is not None else day)
    if (month, day or 1) > (month2, day2 if day2 is not None else (day or 31)):
        year -= 1
    return day_ref(dt.date(year, month, day)) if day is not None else month_ref(year, month)


def _with_relative_year(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    """"el 3 de marzo del año pasado", "в марте прошлого года": a day or month of the year the
    phrase counts from the publication's."""
    year = pub.year + lex.year_of[_fold_space(m["relyear"].lower())]
    month = _month_number(lex, m["month"])
    if m.groupdict().get("day"):
        return day_ref(dt.date(year, month, _day_number(m["day"], lex)))
    return month_ref(year, month)


def _quarter(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved | None:
    """"el tercer trimestre (de 2024)", "во втором полугодии": a quarter or half of the year
    given, else the nearest such one in the direction of the sentence."""
    half = re.fullmatch(lex.half_word, m["unit"].lower()) is not None
    size = 6 if half else 3
    per = 12 // size
    current = (pub.month - 1) // size + 1
    n = current if m.groupdict().get("this") else lex.ordinals[m["ord"].lower()]
    if n < 0:  # "el último trimestre de 1999" is its fourth; without a year, the latest one
        if not (m["year"] or m.groupdict().get("relyear")):
            return None
        n = per
    if n > per:
        return None
    if m["year"]:
        year = int(m["year"])
    elif m.groupdict().get("relyear"):
        year = pub.year + lex.year_of[_fold_space(m["relyear"].lower())]
    else:
        year = _year_of_nearest_part(pub, n, per, direction)
    return half_ref(year, n) if half else quarter_ref(year, n)


def _year_of_nearest_part(pub: dt.date, n: int, per: int, direction: str) -> int:
    """The year of the nearest n-th of ``per`` parts of a year (quarters, halves) in the
    sentence's direction: the latest one begun by ``pub`` (past), the next one not yet over
    (future), else the closest, an earlier one on a tie."""
    current = (pub.month - 1) // (12 // per) + 1
    here = pub.year * per + current - 1
    options = [y * per + n - 1 for y in (pub.year - 1, pub.year, pub.year + 1)]
    if direction == "past":
        index = max(o for o in options if o <= here)
    elif direction == "future":
        index = min(o for o in options if o >= here)
    else:
        index = min(options, key=lambda o: (abs(o - here), o > here))
    return index // per


def _decade(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved | None:
    """"los años 90", "les années 2000", "в 1990-х годах", "80년대": the decade."""
    raw = (m["dec"] or m.groupdict().get("dec2") or "").lower()
    first = int(raw) if raw.isdigit() else lex.decade_words.get(raw)
    if first is None or first % 10:
        return None
    return decade_ref(first + 1900 if first < 100 else first)


def _season_near(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    """"este verano", "el invierno pasado", "прошлой осенью", "au printemps": the season this,
    last or next one; without such a word, the nearest in the direction of the sentence."""
    code = next(c for stem, c in lex.seasons.items() if m["season"].lower().startswith(stem))
    word = m.groupdict().get("near") or m.groupdict().get("near2")
    near = lex.season_near_words.get(_fold_space(word.lower())) if word else None
    options = [season_ref(year, code) for year in range(pub.year - 2, pub.year + 2)]

    def distance(r: Resolved) -> int:
        return 0 if r.start_date <= pub <= r.end_date else min(abs((r.start_date - pub).days),
                                                               abs((r.end_date - pub).days))

    this_year = pub.year - 1 if code == "WI" and pub.month <= 2 else pub.year
    if near == -1:  # "el verano pasado" in September is last year's: this year's is "este verano"
        chosen = season_ref(this_year - 1, code)
    elif near == 0:
        chosen = season_ref(this_year, code)
    elif near == 1:
        chosen = min((r for r in options if r.start_date > pub), key=lambda r: r.start_date)
    elif near is None and direction == "past":
        chosen = max((r for r in options if r.start_date <= pub), key=lambda r: r.start_date)
    elif near is None and direction == "future":
        chosen = min((r for r in options if r.end_date >= pub), key=lambda r: r.start_date)
    else:
        chosen = min(options, key=lambda r: (distance(r), r.start_date > pub))
    chosen.anchor = f"publication date {pub.isoformat()}"
    return chosen


def _part_of_unit(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    """"a finales del año", "a principios de mes": a part of the publication's year or month."""
    unit = "Y" if m["unit"].lower().startswith("a") else "M"
    resolved = part_of(unit_ref(pub, unit), lex.parts[_fold_space(m["part"].lower())])
    resolved.anchor = f"publication date {pub.isoformat()}"
    return resolved


def _holiday(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    """"Navidad", "Noël de 2008": the holiday of the year given, else the nearest one."""
    month, day = lex.holidays[_fold_space(m["holiday"])]
    year = int(m["year"]) if m["year"] else year_for_month(pub, month, direction, day)
    return day_ref(dt.date(year, month, day))


def _day_and_weekday(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    """"mañana , martes", "hoy lunes", "hier dimanche": the day the first word names."""
    unit, offset = lex.relative[m["rel"].lower()]
    resolved = unit_ref(shift_date(pub, unit, offset), unit)
    resolved.anchor = f"publication date {pub.isoformat()}"
    return resolved


def _century(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved | None:
    """"el siglo XX", "XXe siècle", "XX век", "20세기": the century (value "19")."""
    if m.groupdict().get("arabic"):
        number = int(m["arabic"])
    else:
        values = {"I": 1, "V": 5, "X": 10}
        digits = [values[c] for c in m["roman"]]
        number = sum(-d if i + 1 < len(digits) and d < digits[i + 1] else d for i, d in enumerate(digits))
    if not 11 <= number <= 29:
        return None
    return century_ref((number - 1) * 100)


def _korean_short_year(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    """"98년도", "02년도": a year written with two digits, not after the publication's."""
    year = 2000 + int(m["yy"])
    return year_ref(year if year <= pub.year else year - 100)


def _korean_season(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    """"2019년 여름", "올 겨울", "지난해 가을", "지난 여름", "여름": a season of the year given,
    this year's, last year's, the last one, or the nearest one."""
    word = m["season"] or m["season2"]
    code = lex.seasons[word]
    this_year = pub.year - 1 if code == "WI" and pub.month <= 2 else pub.year
    if m["year"]:
        return season_ref(int(m["year"]), code)
    relyear = m["relyear"]
    if relyear in ("올해", "올", "금년", "이번"):
        return season_ref(this_year, code)
    if relyear in ("지난해", "작년"):
        return season_ref(this_year - 1, code)
    if relyear == "내년":
        return season_ref(this_year + 1, code)
    options = [season_ref(year, code) for year in range(pub.year - 2, pub.year + 2)]
    if relyear == "지난" or direction == "past":
        return max((r for r in options if (r.end_date < pub if relyear else r.start_date <= pub)), key=lambda r: r.start_date)
    if direction == "future":
        return min((r for r in options if r.end_date >= pub), key=lambda r: r.start_date)
    return min(options, key=lambda r: (0 if r.start_date <= pub <= r.end_date else
                                        min(abs((r.start_date - pub).days), abs((r.end_date - pub).days)), r.start_date > pub))


def _korean_quarter(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    """"2024년 3분기", "올해 1분기", "지난해 하반기", "상반기": a quarter or half of the year given,
    else the nearest one in the direction of the sentence."""
    half = m["half"] is not None
    n = (1 if m["half"] == "상반기" else 2) if half else int(m["q"])
    per = 2 if half else 4
    if m["year"]:
        year = int(m["year"])
    elif m["relyear"]:
        year = pub.year + _KOREAN_YEARS[m["relyear"]]
    else:
        year = _year_of_nearest_part(pub, n, per, direction)
    return half_ref(year, n) if half else quarter_ref(year, n)


def _relative(m: re.Match[str], pub: dt.date, lex: Lexicon, direction: str) -> Resolved:
    unit, offset = lex.relative[_relative_key(m.group(0))]
    day = shift_date(pub, unit, offset) if offset else pub
    resolved = unit_ref(day, unit)
    resolved.anchor = f"publication date {pub.isoformat()}"
    return resolved


def _relative_key(text: str) -> str:
    """The lexicon's key of a relative phrase as written: "del año pasado" is "el año pasado"."""
    key = _fold_space(text.lower())
    return re.sub(r"^(?:del|al) ", "el ", key)


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
        # a digit after a month or year is no day or month of it when no 일 or 월 follows ("5월 4천983마리")
        rules.append(_Rule(re.compile(_YEAR + r"\s*년\s*(?P<monthnum>1[0-2]|0?[1-9])\s*월(?!\s*\d+\s*일)"), _month_year))
        rules.append(_Rule(re.compile(r"(?P<year>)(?<![\d.])(?P<monthnum>1[0-2]|0?[1-9])\s*월(?!\s*\d+\s*일)"), _month_year))
        rules.append(_Rule(re.compile(_YEAR + r"\s*년(?!\s*\d+\s*월)(?!간|\s*동안|대)"), _year))
        rules.append(_Rule(re.compile(r"(?:지난\s*)?(?<![\d.])(?P<day>3[01]|[12]\d|0?[1-9])\s*일(?![간째])(?!\s*(?:동안|만에|간))"),
                           _day_of_month))
        rules.append(_Rule(re.compile(r"(?<![\d.])(?P<yy>\d\d)\s*년도"), _korean_short_year))
        # a bare year ("2015 시즌", "1988 서울올림픽"): four digits no counter or unit follows
        rules.append(_Rule(re.compile(r"(?<![\d.,\-:/x×만천억])(?P<year>19\d\d|20[0-4]\d)(?![\d.,%:/~\-x×])"
                                      r"(?!\s*(?:[명원개건만억위점대호번회층편곳톤년월일분초석채평쪽장권병마배kKmM]|시(?!즌)|달러|가구|세|여|쌍))"),
                           _year))
        rules.append(_Rule(re.compile(r"(?:" + _YEAR + r"\s*년\s*|(?P<relyear>지난해|작년|올해|금년|내년|올|지난|이번)\s*)"
                                      r"(?P<season>봄|여름|가을|겨울)|(?P<season2>여름|가을|겨울)(?=[에은는이가을를도의]|\\s|$|[.,])"), _korean_season))
        rules.append(_Rule(re.compile(r"(?:(?:" + _YEAR + r")\s*년\s*|(?P<relyear>지난해|작년|올해|금년|내년)\s*)?"
                                      r"(?:(?P<q>[1-4])\s*분기|(?P<half>상반기|하반기))"), _korean_quarter))
    else:
        months = _alternatives(f"(?:{m})" for m in lex.months)
        of = rf"(?:\s+{lex.of})?" if lex.of else ""
        article = rf"(?:{lex.article}\s+)?" if lex.article else ""
        nearness = _alternatives(lex.last_words + lex.next_words)
        year_word = f"(?:{lex.year_word})?" if lex.year_word else ""
        weekdays = _alternatives(f"(?:{w})" for w in lex.weekdays)
        number = r"(?:3[01]|[12]\d|0?[1-9])"
        day = r"(?P<day>3[01]|[12]\d|0?[1-9]" + "".join(f"|{re.escape(w)}" for w in lex.first_day) + ")"
        suffix = r"(?:er|-?го|-?е)?"
        on_weekday = rf"(?:(?P<wd>{weekdays})\s*,?\s+(?:(?:el|le)\s+)?)?" if lex.article else ""
        relyear = _alternatives(re.escape(k).replace(r"\ ", r"\s+") for k in lex.year_of) if lex.year_of else ""
        if lex.range_join:
            join = rf"\s*{lex.range_join}\s*(?:(?:el|le|día)\s+)*"
            # the first of a range or list whose last carries the month (and year)
            rules.append(_Rule(re.compile(
                rf"\b{article}{on_weekday}{day}{suffix}{of}\s+(?P<month>{months})\b"
                rf"(?={join}(?P<day2>{number}){suffix}{of}\s+(?P<month2>{months})\b"
                rf"(?:{of}\s+{_YEAR}{year_word}|\s+(?P<relyear>{relyear or '(?!)'})))", flags), _range_start))
            rules.append(_Rule(re.compile(
                rf"(?<![\d.,])\b{lex.range_open}(?:día\s+)?{day}{suffix}"
                rf"(?=(?:{join}{number}{suffix})+{of}\s+(?P<month>{months})\b"
                rf"(?:{of}\s+{_YEAR}{year_word}|\s+(?P<relyear>{relyear or '(?!)'}))?)", flags), _range_start))
            rules.append(_Rule(re.compile(
                rf"\b(?P<month>{months})\b(?=\s*{lex.range_join}\s*(?P<month2>{months})\b"
                rf"(?:{of}\s+{_YEAR}{year_word}|\s+(?P<relyear>{relyear or '(?!)'})))", flags), _range_start))
        if relyear:
            rules.append(_Rule(re.compile(
                rf"\b{article}{on_weekday}(?:{day}{suffix}{of}\s+)?(?P<month>{months})\s+(?P<relyear>{relyear})", flags),
                _with_relative_year))
        rules.append(_Rule(re.compile(
            rf"\b{article}{on_weekday}(?:(?:{nearness})\s+)?{day}{suffix}{of}\s+(?P<month>{months})\b"
            rf"(?:{of}\s+{_YEAR}{year_word})?(?:\s+(?:{nearness})\b)?", flags), _day_month_year))
        if lex.article:
            # "el martes 19": the Tuesday that is a 19th nearest the publication date
            rules.append(_Rule(re.compile(
                rf"\b{article}(?:(?:{nearness})\s+)?(?P<weekday>{weekdays})\s*,?\s+(?:(?:el|le)\s+)?"
                rf"(?P<day>3[01]|[12]\d|0?[1-9])\b"
                rf"(?!\s*(?:{lex.of or 'de'}\s+|er\s+)?(?:{months})\b)(?![.,:]\d|\s*%|\s*h\b)", flags), _weekday_day))
        month_of = r"(?:(?:(?:el|del|en\s+el)\s+)?(?:(?:pasado|próximo)\s+)?mes\s+de\s+)?" if language == "es" else ""
        rules.append(_Rule(re.compile(rf"\b{month_of}(?P<month>{months})\b{of}\s+{_YEAR}{year_word}", flags), _month_year))
        rules.append(_Rule(re.compile(rf"\b{month_of}(?P<year>)(?P<month>{months})\b(?:\s+(?:{nearness})\b)?", flags),
                           _month_year))
        if lex.seasons:
            seasons = _alternatives(rf"{stem}\w*" for stem in lex.seasons)
            rules.append(_Rule(re.compile(rf"\b(?P<season>{seasons}){of}\s+{_YEAR}{year_word}", flags),
                               _season_year))
        if lex.season_near:
            rules.append(_Rule(re.compile(lex.season_near, flags), _season_near))
        if lex.quarter_word:
            ordinals = _alternatives(lex.ordinals)
            this = r"este|el\s+presente|cet|ce|этом|цьому"
            rules.append(_Rule(re.compile(
                rf"\b{article}(?:(?P<ord>{ordinals})|(?P<this>{this}))\s+(?P<unit>{lex.quarter_word}|{lex.half_word})\b"
                rf"(?:\s+(?:(?:de|del|de\s+l['’]année)\s+)?(?:año\s+)?{_YEAR}{year_word}|\s+(?P<relyear>{relyear or '(?!)'}))?",
                flags), _quarter))
        if lex.parts and language == "es":
            parts = _alternatives(re.escape(p).replace(r"\ ", r"\s+") for p in lex.parts)
            rules.append(_Rule(re.compile(
                rf"\b{lex.part_lead}(?P<part>{parts})\s+{lex.part_join}\s+(?P<unit>año|mes)\b"
                r"(?!\s+(?:pasado|próximo|que|en\s+curso|anterior|siguiente|\d|del?\s+\d))", flags), _part_of_unit))
        if language in ("ru", "uk"):
            rules.append(_Rule(re.compile(rf"(?<![\d.,]){_YEAR}{lex.year_word}", flags), _year))
            rules.append(_Rule(re.compile(rf"(?<=\b[вуВУ] ){_YEAR}(?![\d.,%])", flags), _year))
        else:
            rules.append(_Rule(re.compile(rf"(?<![\d.,])\b(?:(?:el|en|de|del|à|le|dès|depuis)\s+)?{_YEAR}\b(?![.,]\d|\s*%)",
                                          flags), _year))
        # day-first numeric dates: 25/12/2008, 12.07.2025
        rules.append(_Rule(re.compile(rf"(?<![\d/.,]){day}(?P<sep>[/.])(?P<monthnum>1[0-2]|0?[1-9])(?P=sep){_YEAR}(?!\d)"),
                           _day_month_year))
        if language == "es":
            rules.append(_Rule(re.compile(r"\b(?:el|del|al)\s+(?:pasado\s+)?día\s+(?P<day>3[01]|[12]\d|0?[1-9])\b",
                                          flags), _day_of_month, "narrative"))
        rules.append(_Rule(re.compile(rf"\b{article}(?:(?:{nearness})\s+)?(?P<weekday>{weekdays})\b(?:\s+(?:{nearness}))?",
                                      flags), _weekday))
    if lex.decade:
        rules.append(_Rule(re.compile(lex.decade, flags), _decade))
    if lex.century:
        rules.append(_Rule(re.compile(lex.century), _century))
    if lex.holidays:
        names = _alternatives(re.escape(h).replace(r"\ ", r"\s+") for h in lex.holidays)
        if language == "ko":
            rules.append(_Rule(re.compile(rf"(?:{_YEAR}\s*년\s*)?(?P<holiday>{names})"), _holiday))
        else:
            of_year = rf"(?:\s+(?:{lex.of}\s+)?{_YEAR})?" if lex.of else rf"(?:\s+{_YEAR})?"
            rules.append(_Rule(re.compile(rf"\b(?P<holiday>{names})\b{of_year}"), _holiday))
    if lex.day_words:
        weekdays = _alternatives(f"(?:{w})" for w in lex.weekdays)
        rules.append(_Rule(re.compile(rf"\b(?P<rel>{lex.day_words})\s*,?\s+(?:(?:el|le)\s+)?(?P<weekday>{weekdays})\b", flags),
                           _day_and_weekday))
    if lex.ago:
        rules.append(_Rule(re.compile(lex.ago, flags), _ago))
    if language == "ko":
        weekdays = _alternatives(lex.weekdays)
        rules.append(_Rule(re.compile(rf"(?:지난\s*)?(?P<weekday>{weekdays})"), _weekday))
    relative = _alternatives(_relative_pattern(r, language) for r in lex.relative)
    boundary = "" if language == "ko" else r"\b"
    rules.append(_Rule(re.compile(rf"{boundary}(?:{relative}){boundary}", flags), _relative))
    if lex.present:
        present = _alternatives(re.escape(p).replace(r"\ ", r"\s+") for p in lex.present)
        rules.append(_Rule(re.compile(rf"{boundary}(?:{present}){boundary}", flags), _present))
    return tuple(rules)


def _relative_pattern(phrase: str, language: str) -> str:
    pattern = re.escape(phrase).replace(r"\ ", r"\s+")
    if language == "es" and phrase.startswith("el "):  # "del año pasado", "al mes siguiente"
        pattern = r"(?:el|del|al)" + pattern[2:]
    return pattern


def find_dates_in(text: str, published: dt.date | dt.datetime | str, language: str) -> list[DateMention]:
    """The temporal expressions of ``text`` written in ``language`` (see :data:`LANGUAGES`),
    resolved against the publication date, in document order; the longest wins an overlap."""
    pub = parse_published(published)
    if language not in LEXICONS or not text:
        return []
    lex = LEXICONS[language]
    proposals: list[tuple[int, int, Resolved, str]] = []
    for rule in _rules(language):
        for m in rule.pattern.finditer(text):
            if m.end() <= m.start() or _not_a_date(m, text, lex, language):
                continue
            try:
                resolved = rule.resolve(m, pub, lex, _direction(m, text, lex))
            except (ValueError, StopIteration, KeyError) as exc:
                logger.debug("skipped %r: %s", m.group(0), exc)
                continue
            if resolved is not None:
                proposals.append((m.start(), m.end(), resolved, rule.kind))
    proposals.sort(key=lambda p: (p[0], -(p[1] - p[0])))
    chosen: list[tuple[int, int, Resolved, str]] = []
    for proposal in proposals:
        if not chosen or proposal[0] >= chosen[-1][1]:
            chosen.append(proposal)
    chosen = _in_narrative(text, pub, chosen)
    found = _with_parts(text, lex, [(start, end, resolved) for start, end, resolved, _ in chosen])
    mentions: list[DateMention] = []
    for start, end, resolved in _with_anaphora(text, pub, lex, language, found):
        surface = text[start:end]
        trimmed = surface.rstrip(" .,")
        mentions.append(DateMention(start, start + len(trimmed), trimmed, resolved.type, resolved.value,
                                    resolved.start_date, resolved.end_date, resolved.precision,
                                    resolved.anchor or (f"publication date {pub.isoformat()}"
                                                        if resolved.precision != "unknown" and not _absolute(surface)
                                                        else None)))
    return mentions


_NOT_TOMORROW = re.compile(r"\b(?:la|una|esta|esa|cada|media|toda|por|buena|misma|aquella)\s+$", re.IGNORECASE)


def _not_a_date(m: re.Match[str], text: str, lex: Lexicon, language: str) -> bool:
    """Words a date pattern matches that name no date: a street or a movement named after a
    day ("Avenida 17 de Junio", "rue du 8 mai"), an event or plan named after a year
    ("Sydney-2000", "Mundial'2002"), "la mañana" (the morning, not tomorrow), "Ahora bien"
    (but), "Domingo García" (a first name)."""
    before = text[max(0, m.start() - 40):m.start()]
    if lex.name_before and (re.search(lex.name_before, before) or re.search(
            lex.name_before, re.sub(r"(?:3[01]|[12]\d|0?[1-9])(?:er)?\s+(?:(?:de|del)\s+)?(?:\w+\s+(?:(?:de|del)\s+)?)?$", "", before))):
        return True
    if len(before) >= 2 and before[-1] in "-'’" and before[-2].isalpha() and m.group(0)[:1].isdigit():
        return True
    if language == "es":
        word = m.group(0)
        if word.lower() == "mañana" and _NOT_TOMORROW.search(before):
            return True
        if word.lower() == "ahora" and re.match(r"\s+bien\b", text[m.end():m.end() + 6]):
            return True
        if (word[:1].isupper() and m.groupdict().get("weekday") == word
                and re.match(r"\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]", text[m.end():m.end() + 3])):
            return True
    # "hubo 2000 aficionados": a number of things, not a year
    return bool(language in ("es", "fr") and m.group(0).isdigit() and not re.search(
        r"\b(?:en|de|desde|hasta|para|a|entre|y|durante|hacia|año|antes\s+de|después\s+de|à|depuis|jusqu['’]en|"
        r"avant|après|et|vers|an|année)\s+$", before, re.IGNORECASE) and re.match(
        r"\s+(?!(?:es|más|después|antes|tras|pues|son|sont|est|après|avant|plus)\b)[a-záéíóúñàâçèêëîïôûü]\w*s\b",
        text[m.end():m.end() + 30]))


def _in_narrative(text: str, pub: dt.date, chosen: list[tuple[int, int, Resolved, str]]
                  ) -> list[tuple[int, int, Resolved, str]]:
    """A day of a month without the month ("el día 12") is of the month the narrative is in:
    the last day or month the text gave before it ("el 11 de septiembre ... El día 12"), or
    the nearest such day to the publication date when it gave none."""
    out: list[tuple[int, int, Resolved, str]] = []
    for start, end, resolved, kind in chosen:
        if kind == "narrative":
            day = int(re.findall(r"\d+", text[start:end])[-1])
            previous = [r for _, _, r, _ in out if r.start_date is not None and r.precision in ("day", "month")]
            try:
                if previous and previous[-1].precision == "month":
                    base = previous[-1].start_date
                    resolved = day_ref(dt.date(base.year, base.month, day))
                else:
                    base = previous[-1].start_date if previous else pub
                    resolved = day_ref(day_of_month_near(base, day, "neutral"))
                resolved.anchor = (f"day {day} of the month of the previous date {previous[-1].value}" if previous
                                   else f"day {day} of the month nearest the publication date {pub.isoformat()}")
            except ValueError:
                continue
        out.append((start, end, resolved, kind))
    return out


def _with_parts(text: str, lex: Lexicon, found: list[tuple[int, int, Resolved]]) -> list[tuple[int, int, Resolved]]:
    """A date opened by a word for its beginning, middle or end ("a finales de 2010", "début
    mars", "в конце прошлого года") keeps its value; its span takes the words in and its
    interval narrows to that third (:func:`timeline.dates._calendar.part_of`)."""
    if not lex.parts:
        return found
    pattern = _part_pattern(tuple(lex.parts), lex.part_lead, lex.part_join)
    out = []
    for start, end, resolved in found:
        m = pattern.search(text, max(0, start - 50), start)
        if m and resolved.start_date is not None and resolved.precision in ("month", "year", "decade", "season", "week"):
            resolved = part_of(resolved, lex.parts[_fold_space(m["part"].lower())])
            start = m.start()
        out.append((start, end, resolved))
    return out


@functools.cache
def _part_pattern(parts: tuple[str, ...], lead: str, join: str) -> re.Pattern[str]:
    words = _alternatives(re.escape(p).replace(r"\ ", r"\s+") for p in parts)
    return re.compile(rf"(?<!\w){lead}(?P<part>{words})(?:\s*{join})?\s*$" if join else
                      rf"(?<!\w){lead}(?P<part>{words})\s*$", re.IGNORECASE)


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
        if offset and re.match(r"\s+(?:de|del|de\s+la)\s", text[m.end():m.end() + 8], re.IGNORECASE):
            # "al día siguiente del (imborrable) 11 de septiembre": from the date it names
            named = [r for s, e, r in found if m.end() < s <= m.end() + 30 and r.start_date is not None
                     and (unit != "D" or r.precision == "day")]
            previous = named[:1] or previous
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
    if lex.ahead_before and re.search(lex.ahead_before, text[max(0, m.start() - 30):m.start()] + "\x00" + m.group(0),
                                      re.IGNORECASE):
        return "future"
    if lex.future:
        starts = [b.end() for b in _SENTENCE_BREAK.finditer(text, max(0, m.start() - 300), m.start())]
        end = _SENTENCE_BREAK.search(text, m.end())
        before = text[starts[-1] if starts else max(0, m.start() - 300):m.start()]
        after = text[m.end():end.start() if end else len(text)]
        if lex.past:
            # the verb of the expression's clause governs it: "podremos finalizar el trabajo
            # iniciado el 3 de enero" (past), "El sábado , Morel Cerda se reunió" (the clause an
            # expression opens runs on past its comma)
            clause_before = re.split(r"[,;:(]", before)[-1]
            pieces = re.split(r"[,;:)]", after)
            clause_after = pieces[0] if clause_before.strip() else ",".join(pieces[:2])
            future = _nearest(lex.future, clause_before, clause_after)
            past = _nearest(lex.past, clause_before, clause_after)
            if past is not None and past <= _PAST_REACH and (future is None or past < future):
                return "past"
            if future is not None:
                return "future"
        if re.search(lex.future, before + " " + after, re.IGNORECASE):
            return "future"
    return "neutral"


#: how far (in characters) a past verb may stand from the expression it sets in the past
_PAST_REACH = 60


def _nearest(pattern: str, before: str, after: str) -> int | None:
    """How many characters lie between the expression and the nearest match of ``pattern``
    in the text ``before`` and ``after`` it (None when there is none)."""
    gaps = [len(before) - f.end() for f in re.finditer(pattern, before, re.IGNORECASE)]
    gaps += [f.start() for f in re.finditer(pattern, after, re.IGNORECASE)]
    return min(gaps) if gaps else None


def _absolute(surface: str) -> bool:
    return bool(re.search(r"(?:1[89]|20)\d\d", surface))
