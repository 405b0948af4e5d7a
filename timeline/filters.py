"""Filtering event records: the one rule the map, the timeline, the table and the export share.

Records are plain mappings with the fields of :class:`timeline.model.Event` (dates as ISO
strings or dates). A filter keeps an event when every active criterion matches:

- ``actors``: any of the event's actors (``actors``, ``actor1``, ``actor2``) is selected;
- ``date_from``/``date_to``: the event's interval ``date_start..date_end`` overlaps the
  range (an event dated "July 2025" is kept for a range of 10-12 July); undated events are
  kept only with ``include_undated``;
- ``event_types``, ``countries`` (ISO alpha-2 codes): membership;
- ``text``: every word occurs (case-insensitive) in the sentence, place, actors, type,
  date text or source title.

>>> records = [{"id": "a", "actors": ["Lavrov"], "event_type": "visit",
...             "date_start": "2025-07-01", "date_end": "2025-07-31", "country_code": "KP",
...             "sentence": "Lavrov visited Wonsan."}]
>>> [r["id"] for r in filter_events(records, EventFilter(date_from=dt.date(2025, 7, 12),
...                                                      date_to=dt.date(2025, 7, 12)))]
['a']
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

Record = Mapping[str, Any]

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

    @property
    def active(self) -> bool:
        """True when some criterion would drop records."""
        return bool(self.actors or self.date_from or self.date_to or self.event_types
                    or self.countries or self.text.strip() or not self.include_undated)


def to_date(value: Any) -> dt.date | None:
    """A record's date field as a ``date`` (ISO string, date or datetime; None stays None)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def event_interval(record: Record) -> tuple[dt.date, dt.date] | None:
    """The inclusive (start, end) of an event, or None when it is undated.

    A missing end is the start (a single day); a missing start is the end.
    """
    start, end = to_date(record.get("date_start")), to_date(record.get("date_end"))
    if start is None:
        return None if end is None else (end, end)
    if end is None:
        return (start, start)
    return (start, end) if start <= end else (end, start)


def event_actors(record: Record) -> list[str]:
    """The names of an event's actors (strings or objects with ``name``), without repeats."""
    names: list[str] = []
    for actor in list(record.get("actors") or []) + [record.get("actor1"), record.get("actor2")]:
        name = actor.get("name") if isinstance(actor, Mapping) else getattr(actor, "name", actor)
        if name and str(name) not in names:
            names.append(str(name))
    return names


def _haystack(record: Record) -> str:
    parts = [str(record.get(f) or "") for f in _TEXT_FIELDS]
    parts.extend(event_actors(record))
    return " ".join(parts).casefold()


def matches(record: Record, flt: EventFilter) -> bool:
    """True when ``record`` passes every active criterion of ``flt``."""
    if flt.actors and not set(flt.actors) & set(event_actors(record)):
        return False
    if flt.event_types and record.get("event_type") not in flt.event_types:
        return False
    if flt.countries and record.get("country_code") not in flt.countries:
        return False
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
        haystack = _haystack(record)
        if not all(word in haystack for word in words):
            return False
    return True


def filter_events(records: Iterable[Record], flt: EventFilter) -> list[Record]:
    """The records that pass ``flt``, in their original order."""
    return [record for record in records if matches(record, flt)]


@dataclass(frozen=True)
class Facets:
    """The values the filter widgets offer, from the whole (unfiltered) record set."""

    actors: tuple[str, ...]  # most frequent first, then by name
    event_types: tuple[str, ...]
    countries: tuple[str, ...]
    date_min: dt.date | None
    date_max: dt.date | None
    undated: int


def facets(records: Iterable[Record]) -> Facets:
    """Collect actors (by frequency), event types, countries and the overall date range."""
    actor_counts: Counter[str] = Counter()
    types: set[str] = set()
    countries: set[str] = set()
    starts: list[dt.date] = []
    ends: list[dt.date] = []
    undated = 0
    for record in records:
        actor_counts.update(event_actors(record))
        if record.get("event_type"):
            types.add(str(record["event_type"]))
        if record.get("country_code"):
            countries.add(str(record["country_code"]))
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
        undated=undated,
    )


def find_event(records: Iterable[Record], event_id: str | None) -> Record | None:
    """The record with ``id == event_id`` (None when absent or no id given)."""
    if not event_id:
        return None
    for record in records:
        if record.get("id") == event_id:
            return record
    return None
