"""The records shared by every timeline stage: articles, date mentions and events.

Places are :class:`geodata.model.PlaceMention`; an :class:`Event` copies the fields of
its chosen place so that it can be stored and exported without the geoparser.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Article:
    """One news article as ingested. ``id`` is a content hash, so re-ingesting is idempotent."""

    text: str
    published: dt.date
    title: str | None = None
    url: str | None = None
    source: str | None = None  # file name, site name or "pasted"
    published_from: str = "user"  # user | metadata | jsonl
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text, self.published)


_WHITESPACE = re.compile(r"\s+")  # the characters str.split() splits at, no more, no fewer


def one_line(text: str) -> str:
    """``" ".join(text.split())`` without a list of every word: one new string however
    long the text (a 19 MB article's word list took 200 MB)."""
    return _WHITESPACE.sub(" ", text).strip()


def word_count(text: str) -> int:
    """``len(text.split())``, counted without making the list."""
    return sum(1 for _ in _WORDS.finditer(text)) if len(text) > 100_000 else len(text.split())


_WORDS = re.compile(r"\S+")


def article_id(text: str, published: dt.date) -> str:
    digest = hashlib.sha256()
    digest.update(published.isoformat().encode())
    digest.update(b"\0")
    digest.update(one_line(text).encode("utf-8"))
    return digest.hexdigest()[:16]


@dataclass
class DateMention:
    """A temporal expression found in text, normalised against the publication date.

    ``value`` is a TIMEX3 value ('2025-07-12', '2025-07', '2025', '2025-W28', '2025-SU',
    'PRESENT_REF', 'P3D', ...). ``start_date``/``end_date`` are the inclusive interval the
    expression denotes (None for durations, sets and vague references), ``precision`` how
    fine the text is ('day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade' |
    'unknown'). ``anchor`` says what a relative expression was resolved against.
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    precision: str = "unknown"
    anchor: str | None = None  # "publication date 2025-07-14", "previous date 2025-07-09", ...
    #: An offset from a happening or a date the text names ("two days after the vote",
    #: "three days after Easter"): that phrase as written, and the signed ISO 8601 offset
    #: from it ("+P2D", "-P1W"; "+PXD" for "days after"). The dates hold the result when
    #: the text dates the phrase; otherwise they are None and the value unresolved
    #: ("XXXX-XX-XX"), for a caller that knows the happening's date to complete.
    relative_to: str | None = None
    offset: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key in ("start_date", "end_date"):
            if d[key] is not None:
                d[key] = d[key].isoformat()
        return d


def parties(actor1: str | None, actor2: str | None) -> list[str]:
    """An event's ``actors``: its doer, then its target or counterpart.

    An event whose doer is not named lists no one: readers of ``actors`` (the contract's
    scorers, exports read by other tools) take its first name for the doer, and "shootings
    that injured two doctors" were not done by the doctors. The target stays in ``actor2``.
    """
    if not actor1:
        return []
    return [actor1, actor2] if actor2 and actor2 != actor1 else [actor1]


@dataclass
class Event:
    """One thing that happened: who did what, where and when, with its evidence.

    Dates are inclusive ``date_start``..``date_end`` at ``date_precision``; places carry
    ``geo_precision`` ('point' | 'city' | 'admin1' | 'country' | 'region'). ``sentence`` is
    the evidence and ``start``/``end`` its offsets in the article text. ``actors`` is
    :func:`parties` of ``actor1`` and ``actor2``, set once when extraction has settled them;
    an imported event may list further names there.
    """

    id: str
    event_type: str
    actors: list[str]
    date_start: dt.date | None
    date_end: dt.date | None
    date_precision: str
    date_text: str | None
    lat: float | None
    lon: float | None
    place_name: str | None
    country_code: str | None
    geo_precision: str | None
    sentence: str
    start: int
    end: int
    confidence: float
    actor1: str | None = None
    actor2: str | None = None
    mode: str = "asserted"  # asserted | planned | threatened | denied | hypothetical
    trigger: str | None = None  # the word that names the happening ("visit", "struck")
    geonameid: int | None = None
    place_text: str | None = None  # the words in the text the place came from
    date_derivation: str | None = None
    place_derivation: str | None = None
    article_id: str | None = None
    source_url: str | None = None
    source_title: str | None = None
    published: dt.date | None = None
    evidence: list[dict[str, Any]] = field(default_factory=list)  # further mentions of the same happening
    actor_details: list[dict[str, Any]] = field(default_factory=list)  # name, country_code, kind
    origin: dict[str, Any] | None = None  # where a movement started: name, lat, lon, country_code
    language: str = "en"  # ISO 639-1 of the article; ``sentence`` is in it
    gloss: str | None = None  # the event in English (type, actors, place, date) when the article is not

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key in ("date_start", "date_end", "published"):
            if d[key] is not None:
                d[key] = d[key].isoformat()
        return d
