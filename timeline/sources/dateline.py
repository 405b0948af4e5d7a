"""News datelines: "PORT SUDAN, March 18 (Reuters) — ..." at the head of a story.

A dateline says where and when the story was filed, not where and when anything in it
happened: its date is (about) the publication date, and its upper-case city is no actor.
The extractor masks it (spaces of the same length, so offsets hold) before parsing, and
keeps its place as a hint for the article's setting.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,3})"  # PORT SUDAN, NEW DELHI, ST. LOUIS
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2}))?"  # , Brazil / , Ky.
    r"(?:,?\s*(?P<date>" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?))?"  # , March 18
    r"\s*(?:\((?P<agency>[^()\n]{1,40})\))?"  # (AP)
    r"\s*(?P<dash>—|–|--|-|_)\s*"
)

_LINE_START = re.compile(r"(?:\A|\n)[ \t]*")  # where a paragraph's text begins
#: a headline run into the story's first line ("Huckabee campaigns in Roanoke. ROANOKE -- ...")
_AFTER_HEADLINE = re.compile(r"\A[ \t]*[^\n]{10,200}?[.!?][ \t]+(?=[A-Z][A-Z'’.\-]+[\s,])")
#: a byline's date run into the first line, the dateline after it ("Fire guts block. BY JANE ROE
#: Staff Writer March 29, 2009 MILLTOWN -- City officials said ...")
_AFTER_BYLINE_DATE = re.compile(_MONTH + r"\s+\d{1,2},\s*\d{4}[ \t]+(?=[A-Z][A-Z'’.\-]+[\s,])")
BYLINE_REACH = 400  # how far into the text a byline may run
#: the least letters of a bare city before an en dash or an underscore ("MILLTOWN – Police
#: said", "WASHINGTON _"): an acronym ("NATO – The alliance") is shorter (a bare hyphen is
#: not read as one: "ELMVILLE - Madison County ..." stays text)
SHORT_DASH_CITY = 5


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int  # where the story proper begins
    city: str
    region: str | None
    date_text: str | None


def find_datelines(text: str) -> list[Dateline]:
    """Datelines opening the text or any of its paragraphs, or following a headline run into
    the first line."""
    found = []
    starts = [match.end() for match in _LINE_START.finditer(text)]
    headline = _AFTER_HEADLINE.match(text)
    if headline is not None:
        starts = sorted(set(starts) | {headline.end()})
    byline = _AFTER_BYLINE_DATE.search(text, 0, BYLINE_REACH)
    if byline is not None:
        starts = sorted(set(starts) | {byline.end()})
    for start in starts:
        line = _DATELINE.match(text, start)
        if line is None:
            continue
        city = line.group("city")
        if len(city) < 3:
            continue
        if not (line.group("date") or line.group("agency") or line.group("region")) and not (
                (line.group("dash") in ("—", "--") and len(city.replace(".", "")) >= 4)
                or (line.group("dash") in ("_", "–") and len(city.replace(".", "").replace(" ", "")) >= SHORT_DASH_CITY
                    and text[line.end():line.end() + 1].isupper())):
            # "NATO - the alliance" is no dateline; a dateline gives a date, agency or region,
            # or is a city name in capitals before a long dash ("MAKHACHKALA -- Three days"),
            # or before an en dash or an underscore that opens a sentence ("MILLTOWN – A
            # man was hurt", "WASHINGTON _\n\nThe bombings")
            continue
        found.append(Dateline(line.start(), line.end(), _title(city), line.group("region"), line.group("date")))
    return found


def mask(text: str, datelines: list[Dateline]) -> str:
    """The text with its datelines blanked out, offsets unchanged."""
    if not datelines:
        return text
    chars = list(text)
    for line in datelines:
        for i in range(line.start, line.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _title(city: str) -> str:
    return " ".join(part.capitalize() if part.isupper() else part for part in city.split())
