"""The further export formats: GeoParquet, KML, TimelineJS JSON, standalone HTML map."""
from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from typing import Any

import geopandas as gpd
import pytest

from geodata.export.formats import EXPORT_FORMATS, export_bytes, format_for
from geodata.export.kml import KML_NS

K = f"{{{KML_NS}}}"


def test_format_by_suffix() -> None:
    assert format_for("a.timelinejs.json") == ".timelinejs.json"
    assert format_for("A.GeoJSON") == ".geojson" and format_for("x.json") == ".json"
    assert format_for("x.shp") is None
    with pytest.raises(ValueError, match="unknown export format"):
        export_bytes([], "x.shp")
    assert set(EXPORT_FORMATS) >= {".geojson", ".csv", ".parquet", ".kml", ".timelinejs.json", ".html"}


def test_geoparquet(event_records: list[dict[str, Any]]) -> None:
    frame = gpd.read_parquet(io.BytesIO(export_bytes(event_records, "x.parquet")))
    assert frame.crs.to_epsg() == 4326 and len(frame) == 4
    meet = frame[frame["event_id"] == "ev-meet"].iloc[0]
    assert (round(meet.geometry.x, 4), round(meet.geometry.y, 4)) == (127.4436, 39.1528)
    assert list(meet["actors"]) == ["Sergei Lavrov", "Choe Son Hui"] and meet["start"] == "2025-07-12"
    empty = gpd.read_parquet(io.BytesIO(export_bytes([], "x.parquet")))
    assert len(empty) == 0


def test_kml_has_placemarks_with_timespans(event_records: list[dict[str, Any]]) -> None:
    root = ET.fromstring(export_bytes(event_records, "x.kml"))
    marks = root.findall(f"{K}Document/{K}Placemark")
    assert len(marks) == 4
    deploy = next(m for m in marks if m.get("id") == "event-ev-deploy")
    assert deploy.findtext(f"{K}TimeSpan/{K}begin") == "2025-07-01"
    assert deploy.findtext(f"{K}TimeSpan/{K}end") == "2025-07-31"
    assert deploy.findtext(f"{K}Point/{K}coordinates") == "36.190000,51.730000"
    hostile = next(m for m in marks if m.get("id") == "event-ev-protest")
    assert hostile.findtext(f"{K}description").startswith("<img src=x")  # text, escaped in the XML
    assert b"<img" not in export_bytes(event_records, "x.kml")


def test_timelinejs(event_records: list[dict[str, Any]]) -> None:
    doc = json.loads(export_bytes(event_records, "x.timelinejs.json"))
    slides = {s["unique_id"]: s for s in doc["events"]}
    assert len(slides) == 4  # the undated event is left out
    assert slides["event-ev-meet"]["start_date"] == {"year": "2025", "month": "7", "day": "12"}
    assert "end_date" not in slides["event-ev-meet"]
    assert slides["event-ev-deploy"]["end_date"] == {"year": "2025", "month": "7"}
    assert slides["event-ev-meet"]["location"]["name"] == "Wonsan"
    assert "<img" not in slides["event-ev-protest"]["text"]["text"]
    assert "&lt;img" in slides["event-ev-protest"]["text"]["text"]


def test_standalone_html_map_is_offline(event_records: list[dict[str, Any]]) -> None:
    page = export_bytes(event_records, "x.html").decode()
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?!data:)(?:https?:)?//""", page, re.IGNORECASE)
    assert "ev-meet" in page and "<img src=x" not in page


# -- odd values in a store made before imports were normalised (#18.10) -----------------------

ODD = {"id": 'x"><img src=y>', "event_type": "attack", "actors": ["A\x00B"], "date_start": "2025-07-12",
       "date_end": "2025-07-12", "date_precision": "day", "lat": 50.4, "lon": 30.5,
       "place_name": "<b>Kyiv</b>\x00", "date_text": {"from": "spring"}, "sentence": "Nul\x00 and \x0b here.",
       "geonameid": "703448", "confidence": "high", "country_code": ["UA", "RU"]}


def test_odd_values_export_to_every_format() -> None:
    frame = gpd.read_parquet(io.BytesIO(export_bytes([ODD], "x.parquet")))
    assert frame.iloc[0]["date_text"] == '{"from": "spring"}' and frame.iloc[0]["geonameid"] == 703448
    assert frame.iloc[0]["country_code"] == '["UA", "RU"]'
    root = ET.fromstring(export_bytes([ODD], "x.kml"))  # well-formed although a field held NUL
    mark = root.find(f"{K}Document/{K}Placemark")
    assert mark.findtext(f"{K}description") == "Nul and  here."
    slide = json.loads(export_bytes([ODD], "x.timelinejs.json"))["events"][0]
    assert re.fullmatch(r"event-[A-Za-z0-9_-]+", slide["unique_id"])
    assert slide["location"]["name"] == "&lt;b&gt;Kyiv&lt;/b&gt;\x00"


def test_language_and_gloss_are_exported() -> None:
    from geodata.export.formats import csv_row, to_feature

    record = {"id": "e", "lat": 39.15, "lon": 127.44, "language": "ko", "gloss": "meet: Kim Jong Un — Wonsan (KP)"}
    assert to_feature(record)["properties"]["language"] == "ko"
    assert to_feature({"id": "f", "lat": 1.0, "lon": 2.0})["properties"]["language"] == "en"
    assert (csv_row(record)["language"], csv_row(record)["gloss"]) == ("ko", record["gloss"])
