"""The same happening reported by several articles: one event, with every source kept.

Within an article, repeated mentions are merged at extraction (:mod:`timeline.events.extract`).
Across articles this happens when events are read: two events are the same happening
when they have the same type and mode, their doers agree (or one has none), their places
agree (the same GeoNames feature, or one a country containing the other's place, for
happenings that are not local like strikes and protests) and their date intervals overlap.
The merged record keeps the finest place, the most precise date, every source in
``sources`` and the number of distinct articles in ``corroboration``.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from timeline.model import parties

Record = Mapping[str, Any]

GEO_RANK = {"point": 0, "city": 1, "admin1": 2, "region": 3, "country": 4}
DATE_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4, "decade": 5, "unknown": 6}
SYMMETRIC_TYPES = {"meet", "agree"}
#: Happenings that recur at different places in one story or across stories (strikes, protests,
#: fires): two mentions or reports of one are one only at the same place (the one definition;
#: extraction's grouping reads it too).
LOCAL_TYPES = {"attack", "protest", "riot", "violence_against_civilians", "arrest", "disaster", "accident"}
PLACE_KEYS = ("lat", "lon", "place_name", "country_code", "geo_precision", "geonameid", "place_text",
              "place_derivation")
DATE_KEYS = ("date_start", "date_end", "date_precision", "date_text", "date_derivation")


def same_happening(a: Record, b: Record) -> bool:
    """True when two event records plausibly report one happening."""
    if a.get("event_type") != b.get("event_type") or a.get("mode") != b.get("mode"):
        return False
    actor_a, actor_b = a.get("actor1"), b.get("actor1")
    if actor_a and actor_b and actor_a != actor_b:
        # A meeting or an agreement has no direction: "Kim received Lavrov" = "Lavrov met Kim".
        if a.get("event_type") not in SYMMETRIC_TYPES or not (
                {actor_a, a.get("actor2")} & {actor_b, b.get("actor2")} - {None}):
            return False
    local = a.get("event_type") in LOCAL_TYPES
    if not (actor_a or actor_b) and local:
        return False
    if a.get("lat") is None or b.get("lat") is None:
        return False  # an unplaced mention is not evidence of the same place
    if a.get("geonameid") != b.get("geonameid") or a.get("geonameid") is None:
        if local or a.get("country_code") != b.get("country_code"):
            return False
        if "country" not in (a.get("geo_precision"), b.get("geo_precision")):
            return False
    if "unknown" in (a.get("date_precision"), b.get("date_precision")):
        return False  # a publication date says nothing of when
    return not (str(a["date_end"]) < str(b["date_start"]) or str(b["date_end"]) < str(a["date_start"]))


def corroborate(records: Iterable[Record]) -> list[dict[str, Any]]:
    """Merge records of the same happening from different articles.

    Every output record has ``corroboration`` (distinct articles reporting it) and
    ``sources`` (one entry per merged record: event id, article, title, url, sentence).
    Records of one article are never merged here (extraction already did that).

    Each record joins the earliest merged event it is the same happening as. Only events
    that could be are compared: the same type and mode; the same GeoNames feature, or the
    same country with one side country-level; a month in common; the same doer, or one
    side without one (:func:`_keys`). A store of 100k events in one country merges in
    seconds rather than hours.
    """
    merged: list[dict[str, Any]] = []
    # (event type, mode) -> (place key, month key, actor key) -> positions in ``merged``
    index: dict[tuple[Any, Any], dict[tuple[Any, Any, Any], set[int]]] = {}
    for record in records:
        source = {key: record.get(key) for key in ("id", "article_id", "source_title", "source_url",
                                                   "published", "sentence")}
        kind = (record.get("event_type"), record.get("mode"))
        twin, twin_position = None, -1
        if _can_match(record):
            keys = index.get(kind, {})
            for position in sorted(set().union(*(keys.get(key, ()) for key in _wanted_keys(record)))):
                candidate = merged[position]
                if record.get("article_id") not in candidate["_articles"] and same_happening(candidate, record):
                    twin, twin_position = candidate, position
                    break
        if twin is None:
            item = dict(record)
            item["sources"] = [source]
            item["_articles"] = {record.get("article_id")}
            merged.append(item)
            _index(index, kind, item, len(merged) - 1)
            continue
        twin["sources"].append(source)
        twin["_articles"].add(record.get("article_id"))
        twin["actor1"] = twin.get("actor1") or record.get("actor1")
        twin["actor2"] = twin.get("actor2") or record.get("actor2")
        if GEO_RANK.get(record.get("geo_precision") or "", 9) < GEO_RANK.get(twin.get("geo_precision") or "", 9):
            twin.update({key: record.get(key) for key in PLACE_KEYS})
        if DATE_RANK.get(record.get("date_precision") or "", 9) < DATE_RANK.get(twin.get("date_precision") or "", 9):
            twin.update({key: record.get(key) for key in DATE_KEYS})
        _index(index, kind, twin, twin_position)  # findable under its new place, months and doers too
        twin["confidence"] = round(min(0.99, float(twin.get("confidence") or 0) + 0.05), 2)
    for item in merged:
        item["corroboration"] = len(item.pop("_articles"))
        doer, target = item.get("actor1"), item.get("actor2")
        item["actors"] = parties(doer, target) if doer or target else list(item.get("actors") or [])
    return merged


def _can_match(record: Record) -> bool:
    """False for records :func:`same_happening` rejects whatever the other one is."""
    return record.get("lat") is not None and record.get("date_precision") != "unknown"


def _place_keys(record: Record) -> list[tuple[str, Any]]:
    """The place keys an event is found under: its GeoNames feature, its country, and its
    country again as a country-level event."""
    keys = [("country", record.get("country_code"))]
    if record.get("geonameid") is not None:
        keys.append(("feature", record.get("geonameid")))
    if record.get("geo_precision") == "country":
        keys.append(("country-level", record.get("country_code")))
    return keys


def _wanted_place_keys(record: Record) -> list[tuple[str, Any]]:
    """The place keys of every event :func:`same_happening` could accept for ``record``: the
    same feature, or (for happenings that are not local) the same country with one side
    country-level."""
    keys = [("feature", record.get("geonameid"))] if record.get("geonameid") is not None else []
    if record.get("event_type") not in LOCAL_TYPES:
        keys.append(("country", record.get("country_code")) if record.get("geo_precision") == "country"
                    else ("country-level", record.get("country_code")))
    return keys


#: Intervals longer than this many months are filed once under ``_LONG`` instead of month by month.
MAX_MONTHS = 13
_LONG = "long"
_ANY = "*"  # every event of a place key, whatever its months or its doers
_NO_ACTOR = None


def _months(record: Record) -> list[tuple[int, int]] | None:
    """The (year, month) pairs the record's interval touches; None when it is longer than
    :data:`MAX_MONTHS` or its dates are not ISO dates."""
    try:
        start, end = str(record.get("date_start")), str(record.get("date_end"))
        y1, m1, y2, m2 = int(start[:4]), int(start[5:7]), int(end[:4]), int(end[5:7])
    except ValueError:
        return None
    count = (y2 - y1) * 12 + (m2 - m1) + 1
    if not 1 <= count <= MAX_MONTHS:
        return None
    return [(y1 + (m1 - 1 + k) // 12, (m1 - 1 + k) % 12 + 1) for k in range(count)]


def _actors(record: Record) -> list[Any]:
    """The doers a record is filed under: its first actor (and for a meeting or an
    agreement, which have no direction, its second), or none."""
    first = record.get("actor1")
    if not first:
        return [_NO_ACTOR]
    second = record.get("actor2")
    return [first, second] if second and record.get("event_type") in SYMMETRIC_TYPES else [first]


def _keys(record: Record) -> list[tuple[Any, Any, Any]]:
    """Every (place, month, doer) key an event is filed under; each is also filed under
    ``_ANY`` months and ``_ANY`` doers, for records that cannot narrow their search."""
    months = _months(record) or [_LONG]
    return [(place, month, actor) for place in _place_keys(record) for month in [*months, _ANY]
            for actor in [*_actors(record), _ANY]]


def _wanted_keys(record: Record) -> list[tuple[Any, Any, Any]]:
    """The keys of every event :func:`same_happening` could accept for ``record``: a place
    key it wants; a month it touches, or a long interval (any month when its own interval is
    long); the same doer or none (any doer when it has none itself)."""
    months = _months(record)
    wanted_months = [*months, _LONG] if months is not None else [_ANY]
    wanted_actors = [*_actors(record), _NO_ACTOR] if record.get("actor1") else [_ANY]
    return [(place, month, actor) for place in _wanted_place_keys(record) for month in wanted_months
            for actor in wanted_actors]


def _index(index: dict, kind: tuple[Any, Any], item: Record, position: int) -> None:
    if _can_match(item):
        keys = index.setdefault(kind, {})
        for key in _keys(item):
            keys.setdefault(key, set()).add(position)
