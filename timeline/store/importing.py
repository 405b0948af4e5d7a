"""Importing events made elsewhere: GeoJSON (ours or any FeatureCollection) and ACLED-style CSV.

Each imported file becomes one "article" in the store whose text names the file and the
SHA-256 of its bytes (so importing the same file twice adds nothing, and a changed file
is a new import), with ``source="imported"``; its events are stored like extracted ones
and show with them in the app and the exports. Nothing is geoparsed: coordinates come from
the file (a CSV row without them is kept, unlocated); an ACLED country name gets its ISO
code from the gazetteer.

GeoJSON properties are read by the names of our export (``event_id``, ``start``, ``end``,
``event_type``, ``actors``, ``place_name``, ``sentence``, ...) and common alternatives
(``date``, ``type``, ``name``, ``description``, ...); non-point geometries are placed at
their centroid (``geo_precision`` "region"). CSV columns are ACLED's (``event_id_cnty``,
``event_date``, ``event_type``, ``sub_event_type``, ``actor1``, ``actor2``, ``country``,
``admin1``, ``location``, ``latitude``, ``longitude``, ``geo_precision``, ``source``,
``notes``) or our own CSV export's.

>>> article, events = read_events_file("demo.geojson", b'{"type": "FeatureCollection", "features": ['
...     b'{"type": "Feature", "geometry": {"type": "Point", "coordinates": [127.44, 39.15]},'
...     b' "properties": {"type": "visit", "date": "2025-07-11", "name": "Wonsan"}}]}')
>>> events[0].event_type, events[0].place_name, events[0].date_precision
('visit', 'Wonsan', 'day')
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import logging
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.errors import InputError
from timeline.model import Article, Event

logger = logging.getLogger(__name__)

IMPORT_SUFFIXES = (".geojson", ".json", ".csv")
IMPORTED_SOURCE = "imported"

# ACLED event types -> ours (timeline.events.triggers.EVENT_TYPES); others become snake_case.
ACLED_TYPES = {
    "battles": "attack", "explosions/remote violence": "attack", "protests": "protest",
    "riots": "riot", "violence against civilians": "violence_against_civilians",
    "strategic developments": "strategic_development",
}
# ACLED geo_precision: 1 the place itself, 2 near it / part of a region, 3 a larger region.
ACLED_GEO_PRECISION = {"1": "city", "2": "admin2", "3": "admin1"}

_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%d/%m/%Y", "%Y/%m/%d", "%m/%d/%Y")


@dataclass
class ImportReport:
    """What one imported file gave: its events and how many of them were new."""

    name: str
    events: int
    new_events: int
    located: int


# -- values ------------------------------------------------------------------------------

def parse_date(value: Any) -> tuple[dt.date | None, str]:
    """A date and its precision from an ISO date/datetime, 'YYYY-MM', 'YYYY' or an
    ACLED-style '15 January 2023'; (None, 'unknown') when there is none."""
    if value is None:
        return None, "unknown"
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    text = str(value).strip()
    if not text:
        return None, "unknown"
    if re.fullmatch(r"\d{4}", text):
        return dt.date(int(text), 1, 1), "year"
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return dt.date(int(text[:4]), int(text[5:7]), 1), "month"
    if re.match(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return dt.date.fromisoformat(text[:10]), "day"
        except ValueError:
            pass
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date(), "day"
        except ValueError:
            continue
    raise InputError(f"{text!r} is not a date this import understands (use YYYY-MM-DD)")


def _month_end(day: dt.date) -> dt.date:
    following = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _interval(start_value: Any, end_value: Any) -> tuple[dt.date | None, dt.date | None, str]:
    start, precision = parse_date(start_value)
    end, end_precision = parse_date(end_value) if end_value not in (None, "") else (None, "unknown")
    if start is None and end is not None:
        start, precision = end, end_precision
    if start is not None and end is None:
        end = {"year": dt.date(start.year, 12, 31), "month": _month_end(start)}.get(precision, start)
    if start and end and end < start:
        start, end = end, start
    return start, end, precision


def _float(value: Any) -> float | None:
    if value in (None, ""):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _first(props: Mapping[str, Any], *names: str) -> Any:
    for name in names:
        value = props.get(name)
        if value not in (None, "", []):
            return value
    return None


def _actor_list(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        parts = value.split(";")
    elif isinstance(value, Iterable):
        parts = [a.get("name") if isinstance(a, Mapping) else a for a in value]
    else:
        parts = [value]
    return [str(p).strip() for p in parts if p is not None and str(p).strip()]


def _snake(value: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", value.strip().lower()).strip("_") or "event"


def _country_code(name: Any) -> str | None:
    """ISO alpha-2 code for a country name or code, from the gazetteer (None if unknown)."""
    if not name:
        return None
    text = str(name).strip()
    if re.fullmatch(r"[A-Za-z]{2}", text):
        return text.upper()
    from geodata.gazetteer.index import lookup

    for cand in lookup(text, limit=10):
        if cand.get("feature") == "country":
            return cand.get("country_code")
    return None


# -- files -------------------------------------------------------------------------------

def _article(name: str, data: bytes, dates: list[dt.date]) -> Article:
    digest = hashlib.sha256(data).hexdigest()
    published = max(dates) if dates else dt.date(1970, 1, 1)
    return Article(text=f"Imported from {name} (sha256 {digest})", published=published,
                   title=f"{name} (imported)", source=IMPORTED_SOURCE, published_from="import")


def _event(article_digest: str, index: int, **fields: Any) -> Event:
    values: dict[str, Any] = dict(
        id=f"imp-{article_digest}-{index}", event_type="event", actors=[], date_start=None, date_end=None,
        date_precision="unknown", date_text=None, lat=None, lon=None, place_name=None, country_code=None,
        geo_precision=None, sentence="", start=0, end=0, confidence=1.0)
    values.update({k: v for k, v in fields.items() if v is not None or k not in values})
    return Event(**values)


def read_geojson(name: str, data: bytes) -> tuple[Article, list[Event]]:
    """Events of a GeoJSON FeatureCollection (or a single Feature)."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{name}: not valid GeoJSON ({exc})") from None
    if isinstance(document, Mapping) and document.get("type") == "Feature":
        features = [document]
    elif isinstance(document, Mapping) and document.get("type") == "FeatureCollection":
        features = list(document.get("features") or [])
    else:
        raise InputError(f"{name}: a GeoJSON FeatureCollection or Feature was expected")
    digest = hashlib.sha256(data).hexdigest()[:10]
    events: list[Event] = []
    for index, feature in enumerate(features):
        if not isinstance(feature, Mapping):
            raise InputError(f"{name}: feature {index} is not an object")
        props = dict(feature.get("properties") or {})
        lat = lon = None
        precision = props.get("geo_precision")
        geometry = feature.get("geometry")
        if isinstance(geometry, Mapping) and geometry.get("type") == "Point":
            coords = geometry.get("coordinates") or []
            if len(coords) >= 2:
                lon, lat = _float(coords[0]), _float(coords[1])
        elif isinstance(geometry, Mapping) and geometry.get("type"):
            from shapely.geometry import shape

            try:
                centre = shape(geometry).centroid
            except (ValueError, TypeError, AttributeError) as exc:
                raise InputError(f"{name}: feature {index} has an unreadable geometry ({exc})") from None
            lat, lon = centre.y, centre.x
            precision = precision or "region"
        if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
            lat = lon = None
        try:
            start, end, date_precision = _interval(
                _first(props, "start", "date_start", "event_date", "date", "time", "begin", "timestamp"),
                _first(props, "end", "date_end", "event_date_end"))
        except InputError as exc:
            raise InputError(f"{name}: feature {index}: {exc}") from None
        actors = _actor_list(_first(props, "actors"))
        for key in ("actor1", "actor2"):
            if props.get(key) and str(props[key]) not in actors:
                actors.append(str(props[key]))
        event_id = _first(props, "event_id")
        kind = _first(props, "event_type", "type", "category", "kind")
        events.append(_event(
            digest, index,
            id=str(event_id) if event_id else f"imp-{digest}-{index}",
            event_type=_snake(str(kind)) if kind else "event",
            actors=actors, actor1=actors[0] if actors else None, actor2=actors[1] if len(actors) > 1 else None,
            date_start=start, date_end=end,
            date_precision=str(props.get("date_precision") or date_precision),
            date_text=_first(props, "date_text"),
            lat=lat, lon=lon,
            place_name=_first(props, "place_name", "name", "location", "place", "title"),
            country_code=_first(props, "country_code", "iso_a2"),
            geo_precision=str(precision or ("point" if lat is not None else "")) or None,
            sentence=str(_first(props, "sentence", "description", "notes", "text", "summary") or ""),
            confidence=_float(props.get("confidence")) if _float(props.get("confidence")) is not None else 1.0,
            mode=str(props.get("mode") or "asserted"),
            date_derivation=_first(props, "date_derivation") or f"imported from {name}",
            place_derivation=_first(props, "place_derivation") or f"imported from {name}",
            source_title=f"{name} (imported)", source_url=_first(props, "source_url", "url"),
        ))
    return _article(name, data, [e.date_end for e in events if e.date_end]), events


def read_acled_csv(name: str, data: bytes) -> tuple[Article, list[Event]]:
    """Events of an ACLED-style CSV (or our own CSV export), one per row."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not a UTF-8 text file") from None
    reader = csv.DictReader(io.StringIO(text))
    columns = {c.strip().lower() for c in reader.fieldnames or []}
    if not columns & {"event_date", "event_id_cnty", "latitude", "event_id"}:
        raise InputError(f"{name}: no ACLED-style columns (event_date, latitude, longitude, ...) in this CSV")
    digest = hashlib.sha256(data).hexdigest()[:10]
    events: list[Event] = []
    for index, raw in enumerate(reader):
        row = {str(k).strip().lower(): (v.strip() if isinstance(v, str) else v) for k, v in raw.items() if k}
        line = index + 2
        try:
            start, end, precision = _interval(row.get("event_date"), row.get("event_date_end"))
        except InputError as exc:
            raise InputError(f"{name}:{line}: {exc}") from None
        lat, lon = _float(row.get("latitude")), _float(row.get("longitude"))
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            lat = lon = None
        actors = _actor_list(row.get("actors"))
        for key in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2"):
            for actor in _actor_list(row.get(key)):
                if actor not in actors:
                    actors.append(actor)
        kind = row.get("event_type") or ""
        sub = row.get("sub_event_type") or ""
        event_type = ACLED_TYPES.get(kind.lower(), _snake(kind) if kind else "event")
        raw_precision = str(row.get("geo_precision") or "")
        geo_precision = ACLED_GEO_PRECISION.get(raw_precision, raw_precision or None)
        country = row.get("country_code") or _country_code(row.get("country"))
        place = row.get("location") or None
        where = ", ".join(v for v in (row.get("location"), row.get("admin1"), row.get("country")) if v)
        event_id = row.get("event_id_cnty") or row.get("event_id")
        events.append(_event(
            digest, index,
            id=(f"acled-{event_id}" if row.get("event_id_cnty") else str(event_id)) if event_id else f"imp-{digest}-{index}",
            event_type=event_type, actors=actors,
            actor1=(row.get("actor1") or (actors[0] if actors else None)),
            actor2=(row.get("actor2") or (actors[1] if len(actors) > 1 else None)),
            date_start=start, date_end=end, date_precision=row.get("date_precision") or precision,
            lat=lat, lon=lon, place_name=place, country_code=country,
            geo_precision=geo_precision if lat is not None else None,
            sentence=row.get("notes") or sub or kind,
            confidence=_float(row.get("confidence")) if _float(row.get("confidence")) is not None else 1.0,
            mode=row.get("mode") or "asserted",
            trigger=sub or None,
            date_derivation=f"imported from {name}",
            place_derivation=f"imported from {name}" + (f" ({where}; geo_precision {raw_precision})"
                                                        if where else ""),
            source_title=f"{name} (imported)", source_url=row.get("source_url") or None,
            evidence=[{"source": row["source"]}] if row.get("source") else [],
        ))
    return _article(name, data, [e.date_end for e in events if e.date_end]), events


def read_events_file(name: str, data: bytes) -> tuple[Article, list[Event]]:
    """The article and events of an import file, by suffix (or content when unclear)."""
    lowered = name.lower()
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if lowered.endswith(".csv"):
        article, events = read_acled_csv(name, data)
    elif lowered.endswith((".geojson", ".json")) or data.lstrip()[:1] == b"{":
        article, events = read_geojson(name, data)
    else:
        raise InputError(f"{name}: import takes GeoJSON (.geojson, .json) or ACLED-style CSV (.csv)")
    if not events:
        raise InputError(f"{name}: no events in this file")
    for event in events:
        event.article_id = article.id
        event.published = article.published
    return article, events


def import_events(store: Any, name: str, data: bytes) -> ImportReport:
    """Read one file and store its events (``store`` is a :class:`timeline.store.database.Store`)."""
    article, events = read_events_file(name, data)
    new = store.add_article(article, events)
    located = sum(1 for e in events if e.lat is not None and e.lon is not None)
    logger.info("imported %s: %d events, %d new", name, len(events), new)
    return ImportReport(name=name, events=len(events), new_events=new, located=located)


def import_files(store: Any, paths: Iterable[str | Path]) -> list[ImportReport]:
    """Read every file first (a bad one stores nothing), then store each."""
    loaded = []
    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        loaded.append((path.name, path.read_bytes()))
    for name, data in loaded:
        read_events_file(name, data)  # validate all before writing any
    return [import_events(store, name, data) for name, data in loaded]
