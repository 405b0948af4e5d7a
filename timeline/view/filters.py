"""Filtering event records: the one rule the map, the timeline, the table and the export share.

Records are plain mappings with the fields of :class:`timeline.model.Event` (dates as ISO
strings or dates). A filter keeps an event when every active criterion matches:

- ``actors``: any of the event's actors (``actors``, ``actor1``, ``actor2``) is selected; with
  ``actors_between``, at least two of the selected actors take part (events *between*
  them, as ACLED's actor pairs; with one actor chosen, events involving it);
- ``date_from``/``date_to``: the event's interval ``date_start..date_end`` overlaps the
  range (an event dated "July 2025" is kept for a range of 10-12 July); undated events are
  kept only with ``include_undated``;
- ``event_types``, ``countries`` (ISO alpha-2 codes): membership;
- ``modes``: the event's ``mode`` (asserted, planned, ...; a missing mode is "asserted");
- ``sources``: the event's source (:func:`event_source`: article title, else source/url);
- ``min_confidence``: ``confidence`` at least this (a missing confidence counts as 0);
- ``text``: every word occurs (case-insensitive) in the sentence, place, actors, type,
  date text or source title;
- ``area`` (south, west, north, east in degrees): the event is located inside the box
  (events without coordinates are dropped).

For a record list that is filtered again and again (the app, on every change of a widget),
:class:`RecordIndex` keeps the fields as arrays and applies the same rule with numpy.

>>> records = [{"id": "a", "actors": ["Lavrov"], "event_type": "visit",
...             "date_start": "2025-07-01", "date_end": "2025-07-31", "country_code": "KP",
...             "sentence": "Lavrov visited Wonsan."}]
>>> [r["id"] for r in filter_events(records, EventFilter(date_from=dt.date(2025, 7, 12),
...                                                      date_to=dt.date(2025, 7, 12)))]
['a']
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import math
import operator
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from geodata.export.records import event_interval, event_language, event_mode, event_source, record_actors

Record = Mapping[str, Any]

#: The minimum confidence a view starts with. The calibrated threshold of the event model
#: goes here (read from its metadata when it ships one); 0 shows every event.
DEFAULT_MIN_CONFIDENCE = 0.0

_TEXT_FIELDS = ("sentence", "place_name", "event_type", "date_text", "source_title", "actor1", "actor2")


@dataclass(frozen=True)
class EventFilter:
    """What to keep. Empty tuples / None mean "no constraint"."""

    actors: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    event_types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    text: str = ""
    include_undated: bool = True
    modes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    min_confidence: float = 0.0
    area: tuple[float, float, float, float] | None = None
    actors_between: bool = False
    languages: tuple[str, ...] = ()  # ISO 639-1 of the source articles

    @property
    def active(self) -> bool:
        """True when some criterion would drop records."""
        return bool(self.actors or self.date_from or self.date_to or self.event_types
                    or self.countries or self.text.strip() or not self.include_undated
                    or self.modes or self.sources or self.min_confidence > 0 or self.area is not None
                    or self.languages)


def _actors_needed(flt: EventFilter) -> int:
    """How many of the chosen actors an event must involve: one, or two "between" them."""
    return 2 if flt.actors_between and len(set(flt.actors)) > 1 else 1


def in_window(flt: EventFilter, window: tuple[dt.date, dt.date] | None) -> EventFilter:
    """``flt`` narrowed to the records whose interval also overlaps the window (undated
    ones stay as ``flt`` says): two overlap criteria hold together exactly when the
    interval overlaps the later start and the earlier end."""
    if window is None:
        return flt
    first = window[0] if flt.date_from is None else max(flt.date_from, window[0])
    last = window[1] if flt.date_to is None else min(flt.date_to, window[1])
    return dataclasses.replace(flt, date_from=first, date_to=last)


def _haystack(record: Record) -> str:
    parts = [str(record.get(f) or "") for f in _TEXT_FIELDS]
    for actor in record.get("actors") or ():
        parts.append(actor if actor.__class__ is str else " ".join(record_actors({"actors": [actor]})))
    return " ".join(parts).casefold()


def matches(record: Record, flt: EventFilter, *, texts: Mapping[str, str] | None = None) -> bool:
    """True when ``record`` passes every active criterion of ``flt``. ``texts`` (from
    :func:`search_texts`) saves rebuilding the searchable text of each record."""
    if flt.actors and len(set(flt.actors) & set(record_actors(record))) < _actors_needed(flt):
        return False
    if flt.event_types and record.get("event_type") not in flt.event_types:
        return False
    if flt.countries and record.get("country_code") not in flt.countries:
        return False
    if flt.modes and event_mode(record) not in flt.modes:
        return False
    if flt.sources and event_source(record) not in flt.sources:
        return False
    if flt.languages and event_language(record) not in flt.languages:
        return False
    if flt.min_confidence > 0 and float(record.get("confidence") or 0.0) < flt.min_confidence:
        return False
    if flt.area is not None:
        if record.get("lat") is None or record.get("lon") is None:
            return False
        south, west, north, east = flt.area
        if not (south <= float(record["lat"]) <= north and west <= float(record["lon"]) <= east):
            return False
    if flt.date_from is not None or flt.date_to is not None or not flt.include_undated:
        interval = event_interval(record)
        if interval is None:
            if not flt.include_undated:
                return False
        else:
            start, end = interval
            if flt.date_from is not None and end < flt.date_from:
                return False
            if flt.date_to is not None and start > flt.date_to:
                return False
    words = flt.text.casefold().split()
    if words:
        haystack = texts.get(str(record.get("id"))) if texts is not None else None
        if haystack is None:
            haystack = _haystack(record)
        if not all(word in haystack for word in words):
            return False
    return True


def search_texts(records: Iterable[Record]) -> dict[str, str]:
    """Event id -> the case-folded text the ``text`` criterion searches. Build it once
    for a record set that is filtered again and again (the app caches it)."""
    return {str(record.get("id")): _haystack(record) for record in records}


def filter_events(records: Iterable[Record], flt: EventFilter, *,
                  texts: Mapping[str, str] | None = None) -> list[Record]:
    """The records that pass ``flt``, in their original order (``texts``: see :func:`matches`)."""
    if not flt.active:
        return list(records)
    return [record for record in records if matches(record, flt, texts=texts)]


@dataclass(frozen=True)
class Facets:
    """The values the filter widgets offer, from the whole (unfiltered) record set."""

    actors: tuple[str, ...]  # most frequent first, then by name
    event_types: tuple[str, ...]
    countries: tuple[str, ...]
    date_min: dt.date | None
    date_max: dt.date | None
    undated: int
    modes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()


def facets(records: Iterable[Record]) -> Facets:
    """Collect actors (by frequency), event types, countries and the overall date range."""
    actor_counts: Counter[str] = Counter()
    types: set[str] = set()
    countries: set[str] = set()
    modes: set[str] = set()
    sources: set[str] = set()
    languages: set[str] = set()
    starts: list[dt.date] = []
    ends: list[dt.date] = []
    undated = 0
    for record in records:
        actor_counts.update(record_actors(record))
        if record.get("event_type"):
            types.add(str(record["event_type"]))
        if record.get("country_code"):
            countries.add(str(record["country_code"]))
        modes.add(event_mode(record))
        sources.add(event_source(record))
        languages.add(event_language(record))
        interval = event_interval(record)
        if interval is None:
            undated += 1
        else:
            starts.append(interval[0])
            ends.append(interval[1])
    ranked = sorted(actor_counts, key=lambda name: (-actor_counts[name], name.casefold()))
    return Facets(
        actors=tuple(ranked), event_types=tuple(sorted(types)), countries=tuple(sorted(countries)),
        date_min=min(starts) if starts else None, date_max=max(ends) if ends else None,
        undated=undated, modes=tuple(sorted(modes)), sources=tuple(sorted(sources)),
        languages=tuple(sorted(languages)),
    )


def find_event(records: Iterable[Record], event_id: str | None) -> Record | None:
    """The record with ``id == event_id`` (None when absent or no id given)."""
    if not event_id:
        return None
    for record in records:
        if record.get("id") == event_id:
            return record
    return None


# -- the view in a URL ------------------------------------------------------------------

# Query-string key -> EventFilter field for the multi-valued criteria (repeated keys).
QUERY_LISTS = {"actor": "actors", "type": "event_types", "country": "countries",
               "mode": "modes", "source": "sources", "lang": "languages"}


def view_to_query(flt: EventFilter, *, selected_id: str | None = None,
                  extra: Mapping[str, str] | None = None) -> dict[str, list[str]]:
    """The view as query-string parameters (each a list; only what differs from the
    default), so that a URL can be shared and reloaded (:func:`view_from_query`).

    >>> view_to_query(EventFilter(actors=("Lavrov",), min_confidence=0.5), selected_id="e1")
    {'actor': ['Lavrov'], 'minconf': ['0.5'], 'event': ['e1']}
    """
    query: dict[str, list[str]] = {}
    for key, name in QUERY_LISTS.items():
        values = list(getattr(flt, name))
        if values:
            query[key] = values
    if flt.date_from:
        query["from"] = [flt.date_from.isoformat()]
    if flt.date_to:
        query["to"] = [flt.date_to.isoformat()]
    if not flt.include_undated:
        query["undated"] = ["0"]
    if flt.text.strip():
        query["q"] = [flt.text.strip()]
    if flt.min_confidence > 0:
        query["minconf"] = [f"{flt.min_confidence:g}"]
    if flt.area is not None:
        query["area"] = [",".join(f"{v:g}" for v in flt.area)]
    if flt.actors_between and len(flt.actors) > 1:
        query["between"] = ["1"]
    if selected_id:
        query["event"] = [selected_id]
    for key, value in (extra or {}).items():
        if value:
            query[key] = [value]
    return query


def _one(query: Mapping[str, Any], key: str) -> str | None:
    values = query.get(key)
    if values is None:
        return None
    if isinstance(values, str):
        return values
    return str(values[-1]) if len(values) else None


def view_from_query(query: Mapping[str, Any], *,
                    notices: list[str] | None = None) -> tuple[EventFilter, str | None]:
    """The filter and selected event id of a query string (key -> list of values, or a
    single string). A malformed value is ignored, never an error (URLs are hand-edited),
    and when ``notices`` is given a line saying which and why is added to it.

    >>> view_from_query({"type": ["visit"], "from": ["2025-07-01"], "event": ["e1"]})[1]
    'e1'
    >>> notes = []
    >>> view_from_query({"minconf": ["nan"]}, notices=notes)[0].min_confidence, notes
    (0.0, ['minconf=nan ignored: give a number from 0 to 1'])
    """
    said = notices if notices is not None else []

    def ignored(key: str, why: str) -> None:
        value = _one(query, key) or ""
        said.append(f"{key}={value[:40]}{'…' if len(value) > 40 else ''} ignored: {why}")

    lists = {}
    for key, name in QUERY_LISTS.items():
        values = query.get(key) or []
        lists[name] = (values,) if isinstance(values, str) else tuple(str(v) for v in values)

    def date_of(key: str) -> dt.date | None:
        text = (_one(query, key) or "").strip()
        if not text:
            return None
        try:
            if not _ISO_DAY.fullmatch(text):
                raise ValueError(text)
            return dt.date.fromisoformat(text)
        except ValueError:
            ignored(key, "give a date as YYYY-MM-DD")
            return None

    date_from, date_to = date_of("from"), date_of("to")
    if date_from and date_to and date_from > date_to:
        ignored("from", f"it is after to={date_to.isoformat()} (both ignored)")
        date_from = date_to = None
    min_confidence = 0.0
    if _one(query, "minconf"):
        try:
            min_confidence = float(_one(query, "minconf"))
        except ValueError:
            min_confidence = math.nan
        if not 0.0 <= min_confidence <= 1.0:  # NaN too
            ignored("minconf", "give a number from 0 to 1")
            min_confidence = 0.0
    undated = _one(query, "undated")
    if undated not in (None, "0", "1"):
        ignored("undated", "give 0 (leave undated events out) or 1")
    area = parse_area(_one(query, "area"))
    if _one(query, "area") and area is None:
        ignored("area", "give south,west,north,east in degrees")
    flt = EventFilter(date_from=date_from, date_to=date_to,
                      include_undated=undated != "0", text=_one(query, "q") or "",
                      min_confidence=min_confidence, area=area,
                      actors_between=_one(query, "between") == "1", **lists)
    return flt, _one(query, "event")


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_area(text: str | None) -> tuple[float, float, float, float] | None:
    """"south,west,north,east" (degrees) as a box, or None when malformed or empty.

    >>> parse_area("38.5,127,40,128.5")
    (38.5, 127.0, 40.0, 128.5)
    """
    if not text:
        return None
    try:
        south, west, north, east = (float(part) for part in text.split(","))
    except ValueError:
        return None
    if not (-90 <= south <= north <= 90 and -180 <= west <= east <= 180):  # NaN fails too
        return None
    return (south, west, north, east)


# -- many filters over one record list ---------------------------------------------------

_NO_DAY = np.iinfo(np.int64).min
_UNIX_DAY = dt.date(1970, 1, 1).toordinal()


def _codes(values: list[Any]) -> tuple[np.ndarray, dict[Any, int]]:
    """Each value's code (first-seen order) and the code of each value."""
    table: dict[Any, int] = {}
    codes = np.fromiter((table.setdefault(v, len(table)) for v in values), dtype=np.int64, count=len(values))
    return codes, table


#: How many searched words' answers a :class:`RecordIndex` keeps (1 MB each per million records).
WORD_HITS_KEPT = 32


class RecordIndex:
    """A fixed list of records as arrays, for filtering it many times.

    :meth:`positions` applies the rule of :func:`matches` with numpy masks (the text
    criterion tests each record's case-folded text, built once, a word at a time), so a filter
    over 100k records costs milliseconds instead of a second. The records must not be
    changed while the index is used.
    """

    def __init__(self, records: Iterable[Record]) -> None:
        self.records: list[Record] = list(records)
        n = len(self.records)
        self.ids = [str(r.get("id")) for r in self.records]
        self.position: dict[str, int] = {}
        for i, event_id in enumerate(self.ids):
            self.position.setdefault(event_id, i)
        starts = np.full(n, _NO_DAY, dtype=np.int64)
        ends = np.full(n, _NO_DAY, dtype=np.int64)
        for i, record in enumerate(self.records):
            interval = event_interval(record)
            if interval is not None:
                starts[i], ends[i] = interval[0].toordinal(), interval[1].toordinal()
        #: Proleptic ordinals (``date.toordinal()``) of each interval; dated marks the others.
        self.start_day, self.end_day = starts, ends
        self.dated = starts != _NO_DAY
        self.lat = np.array([np.nan if r.get("lat") is None else float(r["lat"]) for r in self.records], dtype=float)
        self.lon = np.array([np.nan if r.get("lon") is None else float(r["lon"]) for r in self.records], dtype=float)
        self.located = ~(np.isnan(self.lat) | np.isnan(self.lon))
        self.confidence = np.array([float(r.get("confidence") or 0.0) for r in self.records], dtype=float)
        self.event_type, self._type_codes = _codes([r.get("event_type") for r in self.records])
        self.country, self._country_codes = _codes([r.get("country_code") for r in self.records])
        self.mode, self._mode_codes = _codes([event_mode(r) for r in self.records])
        self.source, self._source_codes = _codes([event_source(r) for r in self.records])
        self.language, self._language_codes = _codes([event_language(r) for r in self.records])
        by_actor: dict[str, list[int]] = {}
        for i, record in enumerate(self.records):
            for name in record_actors(record):
                by_actor.setdefault(name, []).append(i)
        self._by_actor = {name: np.asarray(rows, dtype=np.int64) for name, rows in by_actor.items()}
        self._texts: list[str] | None = None
        self._word_hits: dict[str, np.ndarray] = {}  # the last WORD_HITS_KEPT words searched

    def __len__(self) -> int:
        return len(self.records)

    @property
    def texts(self) -> list[str]:
        """The case-folded searchable text of each record (built on first use)."""
        if self._texts is None:
            self._texts = [_haystack(record) for record in self.records]
        return self._texts

    def _member(self, codes: np.ndarray, table: Mapping[Any, int], wanted: Iterable[Any]) -> np.ndarray:
        return np.isin(codes, [table[v] for v in wanted if v in table])

    def positions(self, flt: EventFilter) -> np.ndarray:
        """The positions (ascending) of the records that pass ``flt``: the same records as
        ``filter_events(records, flt)``."""
        n = len(self.records)
        if not flt.active:
            return np.arange(n, dtype=np.int64)
        keep = np.ones(n, dtype=bool)
        if flt.actors:
            involved = np.zeros(n, dtype=np.int16)
            for name in set(flt.actors):
                if name in self._by_actor:
                    involved[self._by_actor[name]] += 1
            keep &= involved >= _actors_needed(flt)
        if flt.event_types:
            keep &= self._member(self.event_type, self._type_codes, flt.event_types)
        if flt.countries:
            keep &= self._member(self.country, self._country_codes, flt.countries)
        if flt.modes:
            keep &= self._member(self.mode, self._mode_codes, flt.modes)
        if flt.sources:
            keep &= self._member(self.source, self._source_codes, flt.sources)
        if flt.languages:
            keep &= self._member(self.language, self._language_codes, flt.languages)
        if flt.min_confidence > 0:
            keep &= self.confidence >= flt.min_confidence
        if flt.area is not None:
            south, west, north, east = flt.area
            with np.errstate(invalid="ignore"):
                keep &= self.located & (self.lat >= south) & (self.lat <= north) & (self.lon >= west) & (self.lon <= east)
        if flt.date_from is not None or flt.date_to is not None or not flt.include_undated:
            inside = self.dated.copy()
            if flt.date_from is not None:
                inside &= self.end_day >= flt.date_from.toordinal()
            if flt.date_to is not None:
                inside &= self.start_day <= flt.date_to.toordinal()
            keep &= inside | (~self.dated if flt.include_undated else False)
        words = flt.text.casefold().split()
        for word in dict.fromkeys(words):
            if not keep.any():
                break
            keep &= self._contains(word)
        return np.flatnonzero(keep)

    def _contains(self, word: str) -> np.ndarray:
        """Which records' searchable text contains ``word`` (already case-folded): one
        C-level pass (``map`` of ``operator.contains``), 5-15 ms over 100k records where a
        Python loop over the candidates took 150-250 ms; ~100 ms over 1M, so the last
        :data:`WORD_HITS_KEPT` words' answers are kept (a search is typed word by word,
        "kharkiv" then "kharkiv drone"). The arrays are read-only."""
        hits = self._word_hits.pop(word, None)
        if hits is None:
            texts = self.texts
            hits = np.fromiter(map(operator.contains, texts, itertools.repeat(word)), dtype=bool, count=len(texts))
            hits.flags.writeable = False
        self._word_hits[word] = hits
        while len(self._word_hits) > WORD_HITS_KEPT:
            self._word_hits.pop(next(iter(self._word_hits)), None)
        return hits

    def select(self, positions: np.ndarray) -> list[Record]:
        """The records at ``positions``."""
        records = self.records
        return [records[i] for i in positions.tolist()]

    def names(self, column: str, positions: np.ndarray, *, empty: str) -> list[str]:
        """The ``"event_type"`` or ``"country"`` (code) of the records at ``positions``,
        ``empty`` where a record has none."""
        codes, table = {"event_type": (self.event_type, self._type_codes),
                        "country": (self.country, self._country_codes)}[column]
        labels = [empty] * len(table)
        for value, code in table.items():
            labels[code] = str(value or empty)
        return [labels[code] for code in codes[positions].tolist()]

    def categories(self, column: str, positions: np.ndarray, *, empty: str) -> Any:
        """:meth:`names` as a ``pandas.Categorical`` (codes and a few labels, not a million
        strings): what the aggregated map and the counts timeline group by."""
        import pandas as pd

        codes, table = {"event_type": (self.event_type, self._type_codes),
                        "country": (self.country, self._country_codes)}[column]
        labels: dict[str, int] = {}
        recode = np.zeros(max(len(table), 1), dtype=np.int64)
        for value, code in table.items():
            recode[code] = labels.setdefault(str(value or empty), len(labels))
        return pd.Categorical.from_codes(recode[codes[positions]], list(labels) or [empty])

    def start_days(self, positions: np.ndarray) -> np.ndarray:
        """The first day of each dated record at ``positions``, as ``datetime64[D]``."""
        return (self.start_day[positions] - _UNIX_DAY).astype("datetime64[D]")

    def dense_range(self) -> tuple[dt.date, dt.date] | None:
        """The dates where the events are (a view's default range), or None when that is
        most of the whole range anyway. Starts further than three interquartile ranges (a
        month at least) from the middle half of all starts are outliers (one old mention,
        an event of 1990 among this month's), when they are at most 10 % of the events; the
        range spans the other events, padded by 5 % (a week at least), and is used only
        when it is less than half the whole range."""
        if not self.dated.any():
            return None
        starts, ends = self.start_day[self.dated], self.end_day[self.dated]
        first_day, last_day = int(starts.min()), int(ends.max())
        q1, q3 = (float(q) for q in np.quantile(starts, [0.25, 0.75]))
        spread = max(q3 - q1, 30.0)
        inside = (starts >= q1 - 3 * spread) & (starts <= q3 + 3 * spread)
        if (~inside).sum() > 0.1 * len(starts):
            inside[:] = True  # not a few outliers: the events are spread out
        low = int(starts[inside].min())
        high = min(int(ends[inside].max()), int(q3 + 4 * spread))
        pad = max((high - low) // 20, 7)
        low, high = max(low - pad, first_day), min(high + pad, last_day)
        if (high - low) * 2 >= last_day - first_day:
            return None
        return dt.date.fromordinal(low), dt.date.fromordinal(high)
