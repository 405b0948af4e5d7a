"""Event records as every output reads them: plain mappings (or objects) with the fields of
the public contract (``id``, ``date_start``, ``date_end``, ``actors``, ``lat``, ``lon``, ...).

The accessors here are the one reading of a record's actors, dates, mode and source that the
exports, the web map, and the app's filters, chart and corrections share.

>>> event_interval({"date_start": "2025-07-01", "date_end": "2025-07-31"})
(datetime.date(2025, 7, 1), datetime.date(2025, 7, 31))
"""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from typing import Any

Record = Mapping[str, Any]


def field_value(record: Any, name: str) -> Any:
    """A field of a record that is a mapping or an object (None when missing)."""
    if isinstance(record, Mapping):
        return record.get(name)
    return getattr(record, name, None)


def event_language(record: Any) -> str:
    """The ISO 639-1 language of the article an event comes from ("en" for records made
    before languages were recorded, and for imported datasets)."""
    return field_value(record, "language") or "en"


def iso_value(value: Any) -> Any:
    """Dates as ISO strings; other values unchanged."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def actor_names(value: Any) -> list[str]:
    """The names in an actors list (strings or objects with ``name``)."""
    names = []
    for actor in value or []:
        names.append(actor if isinstance(actor, str) else str(field_value(actor, "name")))
    return names


def record_actors(record: Any) -> list[str]:
    """The names of a record's actors — its ``actors`` list, ``actor1`` and ``actor2``, as
    strings or objects with ``name`` — without repeats, in that order."""
    names: list[str] = []
    for actor in list(field_value(record, "actors") or []) + [field_value(record, "actor1"), field_value(record, "actor2")]:
        name = actor.get("name") if isinstance(actor, Mapping) else getattr(actor, "name", actor)
        if name and str(name) not in names:
            names.append(str(name))
    return names


@functools.lru_cache(maxsize=1 << 16)
def _iso_date(text: str) -> dt.date:
    # Records repeat the same few thousand dates; parsing each once keeps a filter over
    # 100k records well under a second.
    return dt.date.fromisoformat(text[:10])


def to_date(value: Any) -> dt.date | None:
    """A record's date field as a ``date`` (ISO string, date or datetime; None stays None)."""
    if value is None or value == "":
        return None
    if value.__class__ is str:
        return _iso_date(value)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return _iso_date(str(value))


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


def event_mode(record: Record) -> str:
    """The event's mode; extracted events without one are "asserted"."""
    return str(record.get("mode") or "asserted")


def event_source(record: Record) -> str:
    """What the event came from, as the filter and the table name it: the article
    title, else its source (file name, site) or URL, else "(unknown source)"."""
    for name in ("source_title", "source", "source_url"):
        if record.get(name):
            return str(record[name])
    return "(unknown source)"


def format_date_interval(record: Mapping[str, Any]) -> str:
    """'2025-07-11', '2025-07-01 – 2025-07-31 (month)' or 'undated'."""
    start, end = record.get("date_start"), record.get("date_end")
    precision = record.get("date_precision") or "unknown"
    if not start and not end:
        return "undated"
    if start == end or not end:
        interval = str(start)
    elif not start:
        interval = f"until {end}"
    else:
        interval = f"{start} – {end}"
    return interval if precision == "day" else f"{interval} ({precision})"


#: Place precisions in words (the same label on the page, the map's popups and the exports' notes).
PRECISION_LABELS = {"point": "exact point", "city": "city", "admin2": "county or district (admin2)",
                    "admin1": "state or province (admin1)", "country": "country", "region": "region"}

#: Decimals a coordinate is shown with, by place precision: a country's centre is no point.
COORDINATE_DECIMALS = {"point": 4, "city": 3, "admin2": 2, "admin1": 1, "country": 0, "region": 0}


def format_coordinates(record: Mapping[str, Any]) -> str:
    """The event's coordinates with no more precision than its place has ("35° N, 103° E,
    the centre of the country" for a country, not "35.0000, 103.0000")."""
    lat, lon = float(record["lat"]), float(record["lon"])
    precision = str(record.get("geo_precision") or "")
    decimals = COORDINATE_DECIMALS.get(precision, 2)
    text = f"{abs(lat):.{decimals}f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.{decimals}f}° {'E' if lon >= 0 else 'W'}"
    if precision in ("country", "region", "admin1"):
        text += f", the centre of the {'first-level division' if precision == 'admin1' else precision}"
    return text
