"""Analyst corrections to stored events, kept apart from the extracted events.

Extraction is re-runnable: re-ingesting an article rebuilds the same events with the same
ids (an event id is derived from the article text and the evidence offsets). A correction
is therefore stored by event id in its own table, ``corrections``, of the same SQLite file
as the store, and applied when events are read (:func:`apply_corrections`), so it
survives re-ingesting the article. The store itself is never rewritten.

A correction is a JSON object of the fields it overrides: the place (``lat``, ``lon``,
``place_name``, ``country_code``, ``geo_precision``, ``geonameid``), the date
(``date_start``, ``date_end``, ``date_precision``), ``event_type``, ``mode`` and
``actors``. Deleting an event is the correction ``{"deleted": true}``; merging event B
into A marks B ``{"deleted": true, "merged_into": A}`` and A lists B in ``merged_from``.

>>> import tempfile, pathlib
>>> db = pathlib.Path(tempfile.mkdtemp()) / "events.sqlite"
>>> _ = save_correction(db, "e1", {"event_type": "visit"})
>>> apply_corrections([{"id": "e1", "event_type": "meet"}], db)[0]["event_type"]
'visit'
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from timeline.errors import InputError

logger = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS corrections (
    event_id TEXT PRIMARY KEY,
    fields TEXT NOT NULL,
    note TEXT,
    updated_at TEXT NOT NULL
);
"""

PLACE_FIELDS = ("lat", "lon", "place_name", "country_code", "geo_precision", "geonameid")
DATE_FIELDS = ("date_start", "date_end", "date_precision")
CORRECTABLE_FIELDS = frozenset(PLACE_FIELDS + DATE_FIELDS + (
    "event_type", "mode", "actors", "actor1", "actor2", "deleted", "merged_into"))
DATE_PRECISIONS = ("day", "week", "month", "season", "quarter", "year", "decade", "unknown")
GEO_PRECISIONS = ("point", "city", "admin2", "admin1", "country", "region")
MODES = ("asserted", "planned", "threatened", "denied", "hypothetical")

# Gazetteer feature -> the geo_precision of an event placed there.
_FEATURE_PRECISION = {"city": "city", "admin2": "admin2", "admin1": "admin1", "country": "country",
                      "continent": "region", "region": "region", "water": "region", "landform": "region"}


class CorrectionError(InputError):
    """A correction that cannot be stored (bad coordinates, dates, or an unknown event)."""


PathLike = str | os.PathLike[str]


def _connect(path: PathLike, *, create: bool = True) -> sqlite3.Connection:
    """A connection to the store; with ``create`` the corrections table is made if it is
    missing. Readers pass ``create=False``: a read never writes the file (the app keys
    its caches on the file's modification time)."""
    conn = sqlite3.connect(Path(path), timeout=30.0)
    conn.execute("PRAGMA busy_timeout=30000")
    if create and not _has_table(conn):
        with conn:
            conn.executescript(SCHEMA)
    return conn


def _has_table(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'corrections'").fetchone() is not None


# -- validation ------------------------------------------------------------------------

def _iso_date(value: Any, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise CorrectionError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def _number(value: Any, name: str, low: float, high: float) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise CorrectionError(f"{name}: {value!r} is not a number") from None
    if not low <= number <= high:
        raise CorrectionError(f"{name}: {number} is outside {low:g}..{high:g}")
    return round(number, 6)


def validate_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """The changes, normalised (ISO dates, rounded coordinates, actor lists), or
    :class:`CorrectionError` naming the first bad field."""
    unknown = set(changes) - CORRECTABLE_FIELDS
    if unknown:
        raise CorrectionError(f"these fields cannot be corrected: {', '.join(sorted(unknown))}")
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name in ("date_start", "date_end"):
            clean[name] = _iso_date(value, name)
        elif name == "lat":
            clean[name] = _number(value, "latitude", -90.0, 90.0)
        elif name == "lon":
            clean[name] = _number(value, "longitude", -180.0, 180.0)
        elif name == "date_precision":
            if value not in DATE_PRECISIONS:
                raise CorrectionError(f"date precision must be one of {', '.join(DATE_PRECISIONS)}")
            clean[name] = value
        elif name == "geo_precision":
            if value is not None and value not in GEO_PRECISIONS:
                raise CorrectionError(f"geo precision must be one of {', '.join(GEO_PRECISIONS)}")
            clean[name] = value
        elif name == "mode":
            if value not in MODES:
                raise CorrectionError(f"mode must be one of {', '.join(MODES)}")
            clean[name] = value
        elif name == "event_type":
            text = str(value or "").strip()
            if not text:
                raise CorrectionError("event type cannot be empty")
            clean[name] = text
        elif name == "actors":
            if isinstance(value, str):
                value = value.split(";") if ";" in value else value.split(",")
            clean[name] = [str(a).strip() for a in value or [] if str(a).strip()]
        elif name == "deleted":
            clean[name] = bool(value)
        elif name == "country_code":
            clean[name] = str(value).strip().upper() or None if value is not None else None
        elif name == "geonameid":
            clean[name] = int(value) if value not in (None, "") else None
        else:
            clean[name] = None if value is None else str(value).strip() or None
    if ("lat" in clean) != ("lon" in clean) or ((clean.get("lat") is None) != (clean.get("lon") is None)):
        raise CorrectionError("give both latitude and longitude (or neither)")
    start, end = clean.get("date_start"), clean.get("date_end")
    if start and end and end < start:
        raise CorrectionError(f"the end date {end} is before the start date {start}")
    return clean


# -- writing ---------------------------------------------------------------------------

def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _read_one(conn: sqlite3.Connection, event_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT fields FROM corrections WHERE event_id = ?", (event_id,)).fetchone()
    return json.loads(row[0]) if row else {}


def _write_one(conn: sqlite3.Connection, event_id: str, fields: Mapping[str, Any], note: str | None) -> None:
    conn.execute(
        "INSERT INTO corrections (event_id, fields, note, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(event_id) DO UPDATE SET fields = excluded.fields,"
        " note = COALESCE(excluded.note, corrections.note), updated_at = excluded.updated_at",
        (event_id, json.dumps(dict(fields), ensure_ascii=False, sort_keys=True), note, _now()))


def save_correction(path: PathLike, event_id: str, changes: Mapping[str, Any], *,
                    note: str | None = None) -> dict[str, Any]:
    """Store ``changes`` for ``event_id`` (merged over any earlier correction of it) and
    return the event's whole correction. A date correction that sets only the start keeps
    the end consistent: an end before the new start becomes the start."""
    if not event_id:
        raise CorrectionError("no event given")
    clean = validate_changes(changes)
    conn = _connect(path)
    try:
        with conn:
            fields = _read_one(conn, event_id)
            fields.update(clean)
            start, end = fields.get("date_start"), fields.get("date_end")
            if start and end and end < start:
                raise CorrectionError(f"the end date {end} is before the start date {start}")
            _write_one(conn, event_id, fields, note)
    finally:
        conn.close()
    logger.info("correction of %s: %s", event_id, sorted(clean))
    return fields


def delete_event(path: PathLike, event_id: str, *, note: str | None = None) -> dict[str, Any]:
    """Hide an event (it stays in the store; :func:`restore_event` undoes this)."""
    return save_correction(path, event_id, {"deleted": True}, note=note)


def merge_events(path: PathLike, keep_id: str, drop_id: str, *, note: str | None = None) -> dict[str, Any]:
    """Merge ``drop_id`` into ``keep_id``: the dropped event is deleted with
    ``merged_into``; the kept one lists it in ``merged_from`` when read."""
    if not keep_id or not drop_id or keep_id == drop_id:
        raise CorrectionError("choose two different events to merge")
    return save_correction(path, drop_id, {"deleted": True, "merged_into": keep_id}, note=note)


def restore_event(path: PathLike, event_id: str) -> None:
    """Drop every correction of ``event_id`` (it reads as extracted again)."""
    conn = _connect(path)
    try:
        with conn:
            conn.execute("DELETE FROM corrections WHERE event_id = ?", (event_id,))
    finally:
        conn.close()


def load_corrections(path: PathLike) -> dict[str, dict[str, Any]]:
    """Every stored correction: event id -> fields (empty when the file does not exist)."""
    if not Path(path).is_file():
        return {}
    conn = _connect(path, create=False)
    try:
        rows = conn.execute("SELECT event_id, fields, note, updated_at FROM corrections").fetchall() \
            if _has_table(conn) else []
    finally:
        conn.close()
    corrections: dict[str, dict[str, Any]] = {}
    for event_id, fields, note, updated_at in rows:
        entry = json.loads(fields)
        entry["_note"], entry["_updated_at"] = note, updated_at
        corrections[event_id] = entry
    return corrections


# -- reading ---------------------------------------------------------------------------

def apply_corrections(records: Iterable[Mapping[str, Any]],
                      path: PathLike | Mapping[str, Mapping[str, Any]], *,
                      include_deleted: bool = False) -> list[dict[str, Any]]:
    """The records with their corrections applied (new dicts; the input is not changed).

    ``path`` is the store file, or an already loaded mapping from :func:`load_corrections`.
    Corrected records carry ``corrected`` (the overridden field names) and
    ``correction_note``; deleted ones are left out unless ``include_deleted``.
    """
    corrections = load_corrections(path) if not isinstance(path, Mapping) else path
    merged_from: dict[str, list[str]] = {}
    for event_id, fields in corrections.items():
        if fields.get("merged_into"):
            merged_from.setdefault(str(fields["merged_into"]), []).append(event_id)
    out: list[dict[str, Any]] = []
    for record in records:
        event_id = str(record.get("id"))
        fields = corrections.get(event_id)
        result = dict(record)
        if fields:
            changed = sorted(k for k in fields if not k.startswith("_"))
            result.update({k: fields[k] for k in changed})
            result["corrected"] = changed
            result["correction_note"] = fields.get("_note")
            if fields.get("actors") is not None and "actors" in changed:
                actors = fields["actors"]
                result.setdefault("actor1", None)
                if "actor1" not in changed:
                    result["actor1"] = actors[0] if actors else None
                if "actor2" not in changed:
                    result["actor2"] = actors[1] if len(actors) > 1 else None
        if event_id in merged_from:
            result["merged_from"] = sorted(merged_from[event_id])
        if result.get("deleted") and not include_deleted:
            continue
        out.append(result)
    return out


# -- the edit form ---------------------------------------------------------------------------

KEEP_PLACE = "(keep the current place)"
ENTER_COORDINATES = "(enter coordinates below)"


def form_changes(record: Mapping[str, Any], form: Mapping[str, Any],
                 candidates: Iterable[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """The fields an edit form changes, compared with the record as shown.

    ``form`` has ``place`` (:data:`KEEP_PLACE`, a candidate ``label`` from
    :func:`place_candidates`, or :data:`ENTER_COORDINATES` with ``lat``, ``lon`` and
    ``place_name``), ``date_start``/``date_end`` (dates or None), ``date_precision``,
    ``event_type``, ``mode`` and ``actors`` (names separated by ";"). Unchanged fields
    are left out, so saving an untouched form stores nothing.
    """
    from geodata.export.records import event_interval, event_mode, record_actors

    changes: dict[str, Any] = {}
    place = form.get("place")
    if place == ENTER_COORDINATES:
        changes.update(lat=form.get("lat"), lon=form.get("lon"),
                       place_name=(form.get("place_name") or "").strip() or None, geo_precision="point",
                       geonameid=None)
    elif place not in (None, KEEP_PLACE):
        chosen = next((c for c in candidates if c.get("label") == place), None)
        if chosen is None:
            raise CorrectionError(f"{place!r} is not one of the offered places")
        changes.update({k: chosen[k] for k in PLACE_FIELDS})
    interval = event_interval(record)
    start, end = form.get("date_start"), form.get("date_end")
    if (start, end) != (interval or (None, None)):
        changes.update(date_start=start, date_end=end or start)
    if form.get("date_precision") and form.get("date_precision") != (record.get("date_precision") or "unknown"):
        changes["date_precision"] = form["date_precision"]
    if form.get("event_type") is not None and str(form["event_type"]).strip() != (record.get("event_type") or ""):
        changes["event_type"] = form["event_type"]
    if form.get("mode") and form["mode"] != event_mode(record):
        changes["mode"] = form["mode"]
    if form.get("actors") is not None:
        actors = [a.strip() for a in str(form["actors"]).split(";") if a.strip()]
        if actors != record_actors(record):
            changes["actors"] = actors
    return changes


# -- place candidates --------------------------------------------------------------------

def place_candidates(place_text: str | None, *, limit: int = 10) -> list[dict[str, Any]]:
    """Gazetteer places an event's ``place_text`` may mean, as correction fields
    (``place_name``, ``lat``, ``lon``, ``country_code``, ``geonameid``,
    ``geo_precision``) plus a ``label`` to show, most prominent first."""
    if not place_text or not place_text.strip():
        return []
    from geodata.gazetteer.index import lookup

    found = []
    for cand in lookup(place_text.strip(), limit=limit):
        precision = _FEATURE_PRECISION.get(str(cand.get("feature")), "point")
        where = ", ".join(str(p) for p in (cand.get("admin1"), cand.get("country_code")) if p)
        found.append({
            "place_name": cand["name"], "lat": round(float(cand["lat"]), 6),
            "lon": round(float(cand["lon"]), 6), "country_code": cand.get("country_code"),
            "geonameid": cand.get("geonameid"), "geo_precision": precision,
            "label": f"{cand['name']} ({cand.get('feature')}{', ' + where if where else ''}) "
                     f"{float(cand['lat']):.3f}, {float(cand['lon']):.3f}",
        })
    return found
