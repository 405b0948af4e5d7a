"""TimelineJS 3 JSON of event records (https://timeline.knightlab.com/docs/json-format.html).

One slide per dated event: ``start_date``/``end_date`` split into year/month/day as far as
the date precision allows, a headline (type and actors), the evidence sentence as text
(HTML-escaped: TimelineJS renders ``text`` as HTML; so are the place's name and the
group), the place in ``location`` when known, and the event id in ``unique_id`` as an HTML
id (letters, digits, ``-`` and ``_``; any other character makes it ``-`` and adds a hash of
the id, so ids stay distinct). Undated events are left out (TimelineJS needs a start).

>>> doc = timelinejs([{"id": "e1", "event_type": "visit", "date_start": "2025-07-01",
...                    "date_end": "2025-07-31", "date_precision": "month", "sentence": "..."}])
>>> doc["events"][0]["start_date"]
{'year': '2025', 'month': '7'}
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from collections.abc import Iterable, Mapping
from typing import Any

# How much of a date TimelineJS is given, by date precision.
_PARTS = {"day": 3, "week": 3, "month": 2, "season": 2, "quarter": 2, "year": 1, "decade": 1}


def _get(record: Any, name: str) -> Any:
    return record.get(name) if isinstance(record, Mapping) else getattr(record, name, None)


def _date_parts(value: Any, parts: int) -> dict[str, str] | None:
    if value in (None, ""):
        return None
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    out = {"year": str(day.year)}
    if parts >= 2:
        out["month"] = str(day.month)
    if parts >= 3:
        out["day"] = str(day.day)
    return out


_NOT_IN_ID = re.compile(r"[^A-Za-z0-9_-]")


def slide_id(event_id: Any) -> str:
    """``event-<id>``, safe as an HTML id and in a URL's #fragment.

    >>> slide_id("ev-1"), slide_id('x"><img src=y>')
    ('event-ev-1', 'event-x---img-src-y--544cdcf3')
    """
    text = str(event_id)
    safe = _NOT_IN_ID.sub("-", text)
    if safe != text:
        safe += "-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"event-{safe}"


def timelinejs(records: Iterable[Any], *, title: str = "Events") -> dict[str, Any]:
    """The TimelineJS document (a dict ready for ``json.dumps``)."""
    events = []
    for record in records:
        start = _get(record, "date_start") or _get(record, "date_end")
        if not start:
            continue
        parts = _PARTS.get(str(_get(record, "date_precision") or "day"), 3)
        actors = [a if isinstance(a, str) else str(_get(a, "name")) for a in _get(record, "actors") or []]
        slide: dict[str, Any] = {
            "unique_id": slide_id(_get(record, "id")),
            "start_date": _date_parts(start, parts),
            "text": {
                "headline": html.escape(f"{_get(record, 'event_type') or 'event'}"
                                        + (f": {', '.join(actors)}" if actors else "")),
                "text": html.escape(str(_get(record, "sentence") or "")),
            },
            "group": html.escape(str(_get(record, "event_type") or "event")),
        }
        end = _get(record, "date_end")
        if end and str(end)[:10] != str(start)[:10]:
            slide["end_date"] = _date_parts(end, parts)
        if _get(record, "lat") is not None and _get(record, "lon") is not None:
            slide["location"] = {"lat": float(_get(record, "lat")), "lon": float(_get(record, "lon")),
                                 "name": html.escape(str(_get(record, "place_name") or ""))}
        source = _get(record, "source_title") or _get(record, "source_url")
        if source:
            slide["text"]["text"] += f"<br><small>{html.escape(str(source))}</small>"
        events.append(slide)
    return {"title": {"text": {"headline": html.escape(title), "text": f"{len(events)} events"}},
            "events": events}
