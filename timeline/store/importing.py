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
``notes``) or our own CSV export's (a text cell our export protected from spreadsheet
formulas with a leading ``'`` is read back without it).

Every value is brought to the type the store keeps (:func:`text_value`): text stays text,
numbers and booleans are written out, control characters are removed, and a list or an
object where text belongs, a lone surrogate, unreadable coordinates or geometry, or an
impossible date make the whole file an :class:`InputError`, so a file either imports whole
or changes nothing.

>>> article, events = read_events_file("demo.geojson", b'{"type": "FeatureCollection", "features": ['
...     b'{"type": "Feature", "geometry": {"type": "Point", "coordinates": [127.44, 39.15]},'
...     b' "properties": {"type": "visit", "date": "2025-07-11", "name": "Wonsan"}}]}')
>>> events[0].event_type, events[0].place_name, events[0].date_precision
('visit', 'Wonsan', 'day')
"""
from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
import io
import itertools
import json
import logging
import math
import re
import warnings
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

    @property
    def already_stored(self) -> int:
        """Events not written because an event with the same id was already stored (or
        came earlier in the same file)."""
        return self.events - self.new_events


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
    if isinstance(value, (Mapping, list)):
        raise InputError(f"{_shown(value)} is not a date this import understands (use YYYY-MM-DD)")
    text = str(value).strip()
    if not text:
        return None, "unknown"
    try:
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 1, 1), "year"
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return dt.date(int(text[:4]), int(text[5:7]), 1), "month"
    except ValueError:
        raise InputError(f"{text!r} is not a real date (years 0001-9999, months 01-12)") from None
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
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


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
    if value in (None, "") or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_FORMULA_GUARD = re.compile(r"^'(?=\s*[=+\-@]|[\t\r\n])")  # how our CSV export protects a cell


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def text_value(value: Any, what: str) -> str | None:
    """``value`` as the store keeps text: None, or a string without control characters
    (numbers and booleans written out). A list or an object, or a string with a lone
    surrogate, is an :class:`InputError` naming ``what``."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value) if not isinstance(value, float) or math.isfinite(value) else None
    if not isinstance(value, str):
        kind = {dict: "an object", list: "a list"}.get(type(value), type(value).__name__)
        raise InputError(f"{what} must be text or a number, not {kind} ({_shown(value)})")
    found = _SURROGATE.search(value)
    if found:
        raise InputError(f"{what} is not valid Unicode text (a lone surrogate U+{ord(found.group()):04X})")
    return _CONTROL.sub(" ", value)


def _text_fields(values: Mapping[str, Any]) -> dict[str, str | None]:
    """:func:`text_value` of each value (empty strings become None)."""
    return {key: (text_value(value, f"\"{key}\"") or None) for key, value in values.items()}


def _first(props: Mapping[str, Any], *names: str) -> Any:
    for name in names:
        value = props.get(name)
        if value not in (None, "", []):
            return value
    return None


def _roles(actors: list[str], actor1: str | None, actor2: str | None, *, stated: bool) -> tuple[str | None, str | None]:
    """The doer and the target: as the file states them, else the first two of its actors
    (a file without roles lists the doer first)."""
    if stated:
        return actor1, actor2
    return (actors[0] if actors else None), (actors[1] if len(actors) > 1 else None)


def _with_parties(actors: list[str], actor1: str | None, actor2: str | None) -> list[str]:
    """The event's ``actors``: the file's names with the doer first; without a doer the target
    is not listed first, nor at all (it stays in ``actor2``; see :func:`timeline.model.parties`)."""
    names = list(actors) + [name for name in (actor1, actor2) if name and name not in actors]
    if actor1:
        return [actor1] + [name for name in names if name != actor1]
    return [name for name in names if name != actor2]


def _actor_list(value: Any, what: str = "actors") -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        parts = value.split(";")
    elif isinstance(value, list):
        parts = [a.get("name") if isinstance(a, Mapping) else a for a in value]
    else:
        parts = [value]
    names = (text_value(part, f"{what}: an actor") for part in parts)
    return [name.strip() for name in names if name and name.strip()]


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
    except UnicodeDecodeError:
        raise InputError(f"{name}: not valid GeoJSON (not UTF-8 text)") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}: not valid GeoJSON ({exc})") from None
    except RecursionError:
        raise InputError(f"{name}: not valid GeoJSON (nested too deeply)") from None
    except ValueError as exc:  # Python's limits, such as an integer of more than 4,300 digits
        raise InputError(f"{name}: not readable GeoJSON ({str(exc).split(';')[0]})") from None
    if isinstance(document, Mapping) and document.get("type") == "Feature":
        features = [document]
    elif isinstance(document, Mapping) and document.get("type") == "FeatureCollection":
        features = document.get("features") or []
        if not isinstance(features, list):
            raise InputError(f"{name}: \"features\" must be a list")
    else:
        raise InputError(f"{name}: a GeoJSON FeatureCollection or Feature was expected")
    digest = hashlib.sha256(data).hexdigest()[:10]
    events: list[Event] = []
    for index, feature in enumerate(features):
        try:
            events.append(_feature_event(feature, name, digest, index))
        except InputError as exc:
            raise InputError(f"{name}: feature {index}: {exc}") from None
    return _article(name, data, [e.date_end for e in events if e.date_end]), events


def _feature_event(feature: Any, name: str, digest: str, index: int) -> Event:
    if not isinstance(feature, Mapping):
        raise InputError("not an object")
    props = feature.get("properties")
    if props is None:
        props = {}
    if not isinstance(props, Mapping):
        raise InputError(f"\"properties\" must be an object, not {_shown(props)}")
    lat, lon, precision = _location(feature.get("geometry"))
    start, end, date_precision = _interval(
        _first(props, "start", "date_start", "event_date", "date", "time", "begin", "timestamp"),
        _first(props, "end", "date_end", "event_date_end"))
    actors = _actor_list(_first(props, "actors"))
    roles: dict[str, str | None] = {}
    for key in ("actor1", "actor2"):
        actor = text_value(props.get(key), f"\"{key}\"")
        roles[key] = actor.strip() if actor and actor.strip() else None
    actor1, actor2 = _roles(actors, roles["actor1"], roles["actor2"], stated="actor1" in props or "actor2" in props)
    actors = _with_parties(actors, actor1, actor2)
    text = _text_fields({
        "event_id": _first(props, "event_id"), "event_type": _first(props, "event_type", "type", "category", "kind"),
        "date_precision": props.get("date_precision"), "date_text": _first(props, "date_text"),
        "place_name": _first(props, "place_name", "name", "location", "place", "title"),
        "country_code": _first(props, "country_code", "iso_a2"), "geo_precision": props.get("geo_precision"),
        "sentence": _first(props, "sentence", "description", "notes", "text", "summary"),
        "mode": props.get("mode"), "date_derivation": _first(props, "date_derivation"),
        "place_derivation": _first(props, "place_derivation"), "source_url": _first(props, "source_url", "url"),
    })
    confidence = _float(props.get("confidence"))
    return _event(
        digest, index,
        id=text["event_id"] or f"imp-{digest}-{index}",
        event_type=_snake(text["event_type"]) if text["event_type"] else "event",
        actors=actors, actor1=actor1, actor2=actor2,
        date_start=start, date_end=end,
        date_precision=text["date_precision"] or date_precision,
        date_text=text["date_text"],
        lat=lat, lon=lon,
        place_name=text["place_name"],
        country_code=text["country_code"],
        geo_precision=text["geo_precision"] or (precision if lat is not None else None),
        sentence=text["sentence"] or "",
        confidence=min(max(confidence, 0.0), 1.0) if confidence is not None else 1.0,
        mode=text["mode"] or "asserted",
        date_derivation=text["date_derivation"] or f"imported from {name}",
        place_derivation=text["place_derivation"] or f"imported from {name}",
        source_title=f"{name} (imported)", source_url=text["source_url"],
    )


def _location(geometry: Any) -> tuple[float | None, float | None, str | None]:
    """(lat, lon, precision) of a feature's geometry: a point's coordinates, another
    geometry's centroid ("region"); (None, None, None) without a geometry or outside
    the globe's range. Unreadable geometry is an :class:`InputError`."""
    if geometry is None:
        return None, None, None
    if not isinstance(geometry, Mapping):
        raise InputError(f"\"geometry\" must be an object, not {_shown(geometry)}")
    kind = geometry.get("type")
    if kind == "Point":
        coords = geometry.get("coordinates")
        if coords in (None, []):
            return None, None, None
        if not (isinstance(coords, list) and len(coords) >= 2 and all(_float(c) is not None for c in coords[:2])):
            raise InputError(f"a Point's coordinates must be [longitude, latitude] numbers, not {_shown(coords)}")
        lon, lat, precision = _float(coords[0]), _float(coords[1]), "point"
    elif kind is None:
        return None, None, None
    else:
        from shapely.errors import ShapelyError
        from shapely.geometry import shape

        try:
            with warnings.catch_warnings():  # NaN coordinates: refused below, no need to warn too
                warnings.simplefilter("ignore", RuntimeWarning)
                centre = shape(geometry).centroid
            lat, lon = (None, None) if centre.is_empty else (centre.y, centre.x)
        except (ShapelyError, ValueError, TypeError, AttributeError, LookupError) as exc:
            raise InputError(f"unreadable {_shown(kind)} geometry ({str(exc) or type(exc).__name__})") from None
        if lat is None or not (math.isfinite(lat) and math.isfinite(lon)):
            raise InputError(f"the {_shown(kind)} geometry is empty or has no finite centre")
        precision = "region"
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None, None, None
    return lat, lon, precision


def read_acled_csv(name: str, data: bytes) -> tuple[Article, list[Event]]:
    """Events of an ACLED-style CSV (or our own CSV export), one per row."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not a UTF-8 text file") from None
    reader = csv.DictReader(io.StringIO(text))
    try:
        columns = {c.strip().lower() for c in reader.fieldnames or []}
    except csv.Error as exc:
        raise InputError(f"{name}:1: not a readable CSV header ({exc})") from None
    if not columns & {"event_date", "event_id_cnty", "latitude", "event_id"}:
        raise InputError(f"{name}: no ACLED-style columns (event_date, latitude, longitude, ...) in this CSV")
    digest = hashlib.sha256(data).hexdigest()[:10]
    events: list[Event] = []
    rows = iter(reader)
    for index in itertools.count():
        try:
            raw = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:  # a field over csv's limit (131,072 characters), a NUL, ...
            raise InputError(f"{name}:{index + 2}: not readable CSV ({exc})") from None
        line = index + 2
        try:
            events.append(_csv_event(raw, name, digest, index))
        except InputError as exc:
            raise InputError(f"{name}:{line}: {exc}") from None
    return _article(name, data, [e.date_end for e in events if e.date_end]), events


def _csv_event(raw: Mapping[Any, Any], name: str, digest: str, index: int) -> Event:
    row = {str(k).strip().lower(): v for k, v in raw.items() if k and isinstance(v, str)}
    row = {k: _FORMULA_GUARD.sub("", v.strip(), count=1).strip() if v.startswith("'") else v.strip()
           for k, v in _text_fields(row).items() if v is not None}
    start, end, precision = _interval(row.get("event_date"), row.get("event_date_end"))
    lat, lon = _float(row.get("latitude")), _float(row.get("longitude"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        lat = lon = None
    actors = _actor_list(row.get("actors"))
    for key in ("assoc_actor_1", "assoc_actor_2"):
        for actor in _actor_list(row.get(key)):
            if actor not in actors:
                actors.append(actor)
    actor1, actor2 = _roles(actors, (row.get("actor1") or "").strip() or None, (row.get("actor2") or "").strip() or None,
                            stated="actor1" in row or "actor2" in row)
    actors = _with_parties(actors, actor1, actor2)
    confidence = _float(row.get("confidence"))
    kind = row.get("event_type") or ""
    sub = row.get("sub_event_type") or ""
    event_type = ACLED_TYPES.get(kind.lower(), _snake(kind) if kind else "event")
    raw_precision = str(row.get("geo_precision") or "")
    geo_precision = ACLED_GEO_PRECISION.get(raw_precision, raw_precision or None)
    country = row.get("country_code") or _country_code(row.get("country"))
    place = row.get("location") or None
    where = ", ".join(v for v in (row.get("location"), row.get("admin1"), row.get("country")) if v)
    event_id = row.get("event_id_cnty") or row.get("event_id")
    return _event(
        digest, index,
        id=(f"acled-{event_id}" if row.get("event_id_cnty") else str(event_id)) if event_id else f"imp-{digest}-{index}",
        event_type=event_type, actors=actors, actor1=actor1, actor2=actor2,
        date_start=start, date_end=end, date_precision=row.get("date_precision") or precision,
        lat=lat, lon=lon, place_name=place, country_code=country,
        geo_precision=geo_precision if lat is not None else None,
        sentence=row.get("notes") or sub or kind,
        confidence=min(max(confidence, 0.0), 1.0) if confidence is not None else 1.0,
        mode=row.get("mode") or "asserted",
        trigger=sub or None,
        date_derivation=f"imported from {name}",
        place_derivation=f"imported from {name}" + (f" ({where}; geo_precision {raw_precision})"
                                                    if where else ""),
        source_title=f"{name} (imported)", source_url=row.get("source_url") or None,
        evidence=[{"source": row["source"]}] if row.get("source") else [],
    )


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
    return _store_all(store, [(name, read_events_file(name, data))])[0]


def import_files(store: Any, paths: Iterable[str | Path]) -> list[ImportReport]:
    """Read and check every file, then store them all in one transaction: a bad file, or
    a failure while writing, stores nothing."""
    from timeline.sources.ingest import readable_name

    loaded = []
    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise InputError(f"{readable_name(str(path))}: no such file")
        name = readable_name(path.name)
        loaded.append((name, read_events_file(name, path.read_bytes())))
    return _store_all(store, loaded)


def _store_all(store: Any, loaded: list[tuple[str, tuple[Article, list[Event]]]]) -> list[ImportReport]:
    written = store.write_articles([pair for _, pair in loaded])
    reports = []
    for (name, (_, events)), (_, new) in zip(loaded, written):
        located = sum(1 for e in events if e.lat is not None and e.lon is not None)
        logger.info("imported %s: %d events, %d new", name, len(events), new)
        reports.append(ImportReport(name=name, events=len(events), new_events=new, located=located))
    return reports
