"""Exports of located records: GeoJSON (RFC 7946), CSV, GeoParquet, KML, TimelineJS
JSON and a standalone offline HTML map, chosen by file suffix (:data:`EXPORT_FORMATS`).

Records are plain mappings (or objects) with the event fields of the public contract:
``id``, ``date_start``, ``date_end``, ``lat``, ``lon``, ... This module knows nothing of
how they were made, so any located record set can be exported.

GeoJSON holds the located records only (a record without coordinates is left out, never
placed at 0,0; :func:`to_geojson` says how many in ``skipped``); CSV holds every record,
each text cell a spreadsheet would take for a formula (``=``, ``+``, ``-``, ``@``, tab or
a line break first) written with a leading ``'`` as OWASP advises (:func:`spreadsheet_cell`);
numbers stay numbers.
"""
from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from geodata.export.records import actor_names, event_language, field_value, iso_value

# GeoJSON property -> record field. The names start/end are the ones folium's Timeline reads.
PROPERTY_FIELDS = {
    "event_id": "id",
    "start": "date_start",
    "end": "date_end",
    "date_precision": "date_precision",
    "date_text": "date_text",
    "event_type": "event_type",
    "mode": "mode",
    "actors": "actors",
    "actor1": "actor1",
    "actor2": "actor2",
    "place_name": "place_name",
    "country_code": "country_code",
    "geo_precision": "geo_precision",
    "geonameid": "geonameid",
    "sentence": "sentence",
    "confidence": "confidence",
    "date_derivation": "date_derivation",
    "place_derivation": "place_derivation",
    "source_url": "source_url",
    "source_title": "source_title",
    "published": "published",
    "article_id": "article_id",
    "corroboration": "corroboration",  # how many articles report the happening (1 when not merged)
    "language": "language",  # ISO 639-1 of the source article; ``sentence`` is in it
    "gloss": "gloss",  # the event in English, for articles in other languages
}

CSV_COLUMNS = [
    "event_id", "event_date", "event_date_end", "date_precision", "event_type", "mode",
    "actor1", "actor2", "actors", "country_code", "location", "latitude", "longitude",
    "geo_precision", "source_title", "source_url", "published", "notes", "confidence", "language", "gloss",
]


def _coordinate(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    return round(number, 6) if math.isfinite(number) else None


def to_feature(record: Any) -> dict[str, Any] | None:
    """One GeoJSON Point feature, or None when the record has no valid location."""
    lat, lon = _coordinate(field_value(record, "lat")), _coordinate(field_value(record, "lon"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    properties = {prop: iso_value(field_value(record, name)) for prop, name in PROPERTY_FIELDS.items()}
    properties["actors"] = actor_names(field_value(record, "actors"))
    properties["language"] = event_language(record)
    return {
        "type": "Feature",
        "id": properties["event_id"],
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": properties,
    }


def to_geojson(records: Iterable[Any]) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection of the located records.

    >>> fc = to_geojson([{"id": "e1", "lat": 39.15, "lon": 127.44, "date_start": "2025-07-12"},
    ...                  {"id": "e2", "lat": None, "lon": None}])
    >>> len(fc["features"]), fc["skipped"]
    (1, 1)
    """
    features, skipped = [], 0
    for record in records:
        feature = to_feature(record)
        if feature is None:
            skipped += 1
        else:
            features.append(feature)
    # "skipped" is a foreign member (RFC 7946 §6.1): readers ignore it, people can see it.
    return {"type": "FeatureCollection", "features": features, "skipped": skipped}


def geojson_bytes(records: Iterable[Any]) -> bytes:
    return json.dumps(to_geojson(records), ensure_ascii=False, indent=1).encode("utf-8")


_FORMULA_FIRST = ("=", "+", "-", "@", "\t", "\r", "\n")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will not run: text starting (after any spaces) like a formula
    gets a leading ``'``; a number, or text that is a plain number ("-36.8"), is kept.

    >>> spreadsheet_cell("=cmd|' /C calc'!A0"), spreadsheet_cell(-1.2864), spreadsheet_cell("-5")
    ("'=cmd|' /C calc'!A0", -1.2864, '-5')
    """
    if not isinstance(value, str) or not value:
        return value
    # A bare carriage return is not quoted by the csv module (its line end is "\n"); as a
    # line break it is written as one.
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if (value.startswith(_FORMULA_FIRST) or value.lstrip().startswith(_FORMULA_FIRST)) \
            and not _PLAIN_NUMBER.fullmatch(value.strip()):
        return "'" + value
    return value


def csv_row(record: Any) -> dict[str, Any]:
    actors = actor_names(field_value(record, "actors"))
    return {
        "event_id": field_value(record, "id"),
        "event_date": iso_value(field_value(record, "date_start")),
        "event_date_end": iso_value(field_value(record, "date_end")),
        "date_precision": field_value(record, "date_precision"),
        "event_type": field_value(record, "event_type"),
        "mode": field_value(record, "mode"),
        "actor1": field_value(record, "actor1"),
        "actor2": field_value(record, "actor2"),
        "actors": "; ".join(actors),
        "country_code": field_value(record, "country_code"),
        "location": field_value(record, "place_name"),
        "latitude": _coordinate(field_value(record, "lat")),
        "longitude": _coordinate(field_value(record, "lon")),
        "geo_precision": field_value(record, "geo_precision"),
        "source_title": field_value(record, "source_title"),
        "source_url": field_value(record, "source_url"),
        "published": iso_value(field_value(record, "published")),
        "notes": field_value(record, "sentence"),
        "confidence": field_value(record, "confidence"),
        "language": event_language(record),
        "gloss": field_value(record, "gloss"),
    }


def csv_text(records: Iterable[Any]) -> str:
    """Every record, located or not, one row each, with ACLED-like column names."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({column: spreadsheet_cell(value) for column, value in csv_row(record).items()})
    return out.getvalue()


# -- further formats ---------------------------------------------------------------------

def geoparquet_bytes(records: Iterable[Any]) -> bytes:
    """GeoParquet (WKB points, EPSG:4326) of the located records, with the GeoJSON
    properties as columns (``actors`` a list column)."""
    import geopandas as gpd

    collection = to_geojson(records)
    columns = list(PROPERTY_FIELDS)
    for feature in collection["features"]:
        properties = feature["properties"]
        for prop in columns:
            properties[prop] = _parquet_value(prop, properties.get(prop))
    if collection["features"]:
        frame = gpd.GeoDataFrame.from_features(collection["features"], crs="EPSG:4326", columns=columns + ["geometry"])
    else:
        frame = gpd.GeoDataFrame({c: [] for c in columns}, geometry=gpd.GeoSeries([], crs="EPSG:4326"))
    out = io.BytesIO()
    frame.to_parquet(out, index=False)
    return out.getvalue()


#: GeoParquet columns that hold numbers; every other column but ``actors`` holds text.
_NUMBER_COLUMNS = {"confidence": float, "geonameid": int, "corroboration": int}


def _parquet_value(prop: str, value: Any) -> Any:
    """A property in its column's one type (Arrow refuses a column of mixed types): numbers
    where numbers belong (else None), a list of names for ``actors``, else text (a list or
    object written as JSON)."""
    if value is None:
        return None
    if prop == "actors":
        return [str(name) for name in value]
    kind = _NUMBER_COLUMNS.get(prop)
    if kind is not None:
        try:
            number = float(value)
        except (TypeError, ValueError, OverflowError):
            return None
        if not math.isfinite(number) or (kind is int and not (number.is_integer() and abs(number) < 2 ** 63)):
            return None
        return kind(number)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def kml_bytes(records: Iterable[Any]) -> bytes:
    from geodata.export.kml import kml_text

    return kml_text(records).encode("utf-8")


def timelinejs_bytes(records: Iterable[Any]) -> bytes:
    from geodata.export.timelinejs import timelinejs

    return json.dumps(timelinejs(records), ensure_ascii=False, indent=1).encode("utf-8")


def standalone_html(records: Iterable[Any], *, title: str = "Events") -> bytes:
    """One self-contained HTML file with the event map (Leaflet, styles, basemap and
    events inlined as in the app): opens offline, from disk, with no request out."""
    from geodata.export.webmap import build_event_map, escape_text

    records = list(records)
    fmap = build_event_map(records, cluster=True, height="100vh")
    root = fmap.get_root()
    root.title = escape_text(title)
    return root.render().encode("utf-8")


def csv_bytes(records: Iterable[Any]) -> bytes:
    return csv_text(records).encode("utf-8")


#: Suffix -> (label, MIME type, writer). Longest suffix first: ``.timelinejs.json`` before ``.json``.
def report_bytes(records: Iterable[Any]) -> bytes:
    """The report page of the view (:func:`geodata.export.report.report_html`)."""
    from geodata.export.report import report_html

    records = [r if isinstance(r, Mapping) else r.to_dict() for r in records]
    located = [r for r in records if r.get("lat") is not None and r.get("lon") is not None]
    return report_html(records, map_page=standalone_html(located).decode("utf-8") if located else "")


EXPORT_FORMATS: dict[str, tuple[str, str, Callable[[Iterable[Any]], bytes]]] = {
    ".report.html": ("Report (HTML: map, timeline, events, sources)", "text/html", report_bytes),
    ".timelinejs.json": ("TimelineJS JSON", "application/json", timelinejs_bytes),
    ".geojson": ("GeoJSON", "application/geo+json", geojson_bytes),
    ".json": ("GeoJSON", "application/geo+json", geojson_bytes),
    ".csv": ("CSV", "text/csv", csv_bytes),
    ".parquet": ("GeoParquet", "application/vnd.apache.parquet", geoparquet_bytes),
    ".kml": ("KML", "application/vnd.google-earth.kml+xml", kml_bytes),
    ".html": ("Offline HTML map", "text/html", standalone_html),
}


def format_for(file_name: str) -> str | None:
    """The :data:`EXPORT_FORMATS` suffix that ``file_name`` ends with, or None."""
    lowered = file_name.lower()
    for suffix in EXPORT_FORMATS:
        if lowered.endswith(suffix):
            return suffix
    return None


def export_bytes(records: Iterable[Any], file_name: str) -> bytes:
    """The records in the format of ``file_name``'s suffix; ValueError for an unknown one."""
    suffix = format_for(file_name)
    if suffix is None:
        raise ValueError(f"{file_name}: unknown export format; use one of {', '.join(EXPORT_FORMATS)}")
    return EXPORT_FORMATS[suffix][2](records)
