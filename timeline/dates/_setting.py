"""The country a text is set in, for the order of its numeric dates ("01/03/2026 in Leeds" is
the 1st of March: British writers put the day first).

Only asked when a numeric date could be read either way and neither the source's address,
the text's own dates nor its spelling decide (see :attr:`DateContext.day_first`), so the
gazetteer is read for a handful of names in a few texts, never over every document.
A caller that has geoparsed the text passes the countries it found instead
(:func:`timeline.dates.find_dates`'s ``countries``); without them a light lookup reads the
text's dateline and the place names after a preposition of place ("in Leeds", "near Pune").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from timeline.sources.dateline import find_datelines

#: Countries whose writers put the month before the day: the United States and the places it
#: governs or once did (its territories, the Philippines, the freely associated states).
_MONTH_FIRST_COUNTRIES = frozenset("US PR GU VI AS MP UM PH FM MH PW".split())
#: Countries whose numeric dates do not tell a writer in English by the setting: Canada writes
#: both orders; East Asia, Hungary and Iran write the year first, and English-language texts
#: set there follow their own outlets' habits.
_UNDECIDED_COUNTRIES = frozenset("CA CN JP KR KP TW MN HU IR LT".split())

#: A place name after a preposition of place: "in Leeds", "near Pune", "outside Cork City".
_PLACE_AFTER = re.compile(r"\b(?:in|at|near|outside|from|across|around)\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})")
#: Capitalised words after "in" that are no place: months, weekdays, seasons, and common words
#: of titles and institutions ("in May", "in Parliament", "in Court").
_NOT_PLACES = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
spring summer autumn winter christmas easter the a an this that his her their its our my parliament congress
court senate government police church university college school hospital english french spanish arabic
mr mrs ms dr st north south east west central new""".split())
#: How many names the light lookup reads at most.
_MAX_NAMES = 12
#: A town this small is no evidence of the setting (a namesake is likelier).
_MIN_POPULATION = 20_000


def country_day_first(code: str | None) -> bool | None:
    """Whether writers in the country with ISO alpha-2 ``code`` put the day first in numeric
    dates: True for the United Kingdom, Ireland, most of Europe, India, Australia, Africa,
    Latin America and the Middle East; False for the United States and the Philippines; None
    for Canada, the year-first countries and no code.

    >>> country_day_first("GB"), country_day_first("US"), country_day_first("CA")
    (True, False, None)
    """
    if not code or len(code) != 2 or not code.isalpha():
        return None
    code = code.upper()
    if code in _MONTH_FIRST_COUNTRIES:
        return False
    if code in _UNDECIDED_COUNTRIES:
        return None
    return True


def setting_day_first(countries: Iterable[str | None]) -> bool | None:
    """The order most of ``countries`` (the countries of the places a text names) write numeric
    dates in: True (day first), False (month first), None when they are as many or say nothing."""
    dmy = mdy = 0
    for code in countries:
        verdict = country_day_first(code)
        dmy += verdict is True
        mdy += verdict is False
    return None if dmy == mdy else dmy > mdy


def named_countries(text: str) -> list[str]:
    """The countries of the places a text names, by a light gazetteer lookup: its dateline's city
    ("LEEDS, England (PA) -") when it has one, else the places after a preposition of place ("in
    Leeds", "near Pune"), each read as its most prominent namesake (a country, a state or
    province, or a town of some size). Empty when the gazetteer index is not built (the lookup
    never builds it)."""
    from geodata.gazetteer.index import get_gazetteer, index_built

    if not index_built():
        return []
    gaz = get_gazetteer()
    lines = find_datelines(text)
    if lines:
        names = [part for part in (lines[0].region, lines[0].city) if part]  # "LEEDS, England": England
    else:
        names = [m.group(1) for m in _PLACE_AFTER.finditer(text)][:_MAX_NAMES]
    found = []
    for name in names:
        words = name.split()
        while words and not (len(words) == 1 and words[0].lower() in _NOT_PLACES):
            top = gaz.lookup(" ".join(words), limit=1)
            if top and top[0].get("match") in ("name", "alt") and (
                    top[0]["feature"] in ("country", "admin1", "admin2")
                    or (top[0]["feature"] == "city" and (top[0]["population"] or 0) >= _MIN_POPULATION)):
                found.append(top[0]["country_code"])
                break
            words.pop()  # "Leeds City Council": "Leeds City", then "Leeds"
        if lines and found:
            break  # the dateline's place: its region, else its city
    return found
