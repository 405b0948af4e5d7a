"""Importing GeoJSON (ours and others') and ACLED-style CSV into the store."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from geodata.export.formats import csv_text, geojson_bytes
from timeline.errors import InputError
from timeline.store.database import Store
from timeline.store.importing import import_events, import_files, parse_date, read_events_file

ROOT = Path(__file__).resolve().parents[3]

ACLED = (
    "event_id_cnty,event_date,event_type,sub_event_type,actor1,assoc_actor_1,actor2,country,admin1,location,"
    "latitude,longitude,geo_precision,source,notes\n"
    "UKR1,15 January 2023,Battles,Armed clash,Military Forces of Russia,Wagner Group,Military Forces of Ukraine,"
    "Ukraine,Donetsk,Bakhmut,48.5956,38.0004,1,Reuters,Clashes near Bakhmut.\n"
    "KEN2,2023-03-20,Protests,Peaceful protest,Protesters (Kenya),,,Kenya,Nairobi,Nairobi,-1.2864,36.8172,3,"
    "Daily Nation,Opposition supporters marched.\n"
    "XXX3,2023-03-21,Strategic developments,Agreement,Government of Kenya,,,Kenya,,,,,,,No place given.\n"
).encode()


def test_acled_csv() -> None:
    article, events = read_events_file("acled.csv", ACLED)
    assert article.source == "imported" and article.published == dt.date(2023, 3, 21)
    first, second, third = events
    assert first.id == "acled-UKR1" and first.event_type == "attack" and first.trigger == "Armed clash"
    assert first.actors == ["Military Forces of Russia", "Wagner Group", "Military Forces of Ukraine"]
    assert (first.actor1, first.actor2) == ("Military Forces of Russia", "Military Forces of Ukraine")
    assert (first.date_start, first.date_end, first.date_precision) == (dt.date(2023, 1, 15),) * 2 + ("day",)
    assert (first.lat, first.lon, first.place_name, first.country_code, first.geo_precision) == (
        48.5956, 38.0004, "Bakhmut", "UA", "city")
    assert first.sentence == "Clashes near Bakhmut." and first.evidence == [{"source": "Reuters"}]
    assert second.event_type == "protest" and second.geo_precision == "admin1" and second.country_code == "KE"
    assert third.lat is None and third.event_type == "strategic_development"
    assert all(e.article_id == article.id and e.source_title == "acled.csv (imported)" for e in events)


def test_foreign_geojson_with_any_properties() -> None:
    data = json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [2.35, 48.85]},
         "properties": {"name": "Paris", "date": "2024-05", "category": "Street Festival", "colour": "red"}},
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]},
         "properties": {"title": "An area", "start": "2024", "description": "Something happened here."}},
        {"type": "Feature", "geometry": None, "properties": {}},
    ]}).encode()
    _, events = read_events_file("other.geojson", data)
    paris, area, empty = events
    assert (paris.place_name, paris.event_type, paris.lat, paris.lon) == ("Paris", "street_festival", 48.85, 2.35)
    assert (paris.date_start, paris.date_end, paris.date_precision) == (dt.date(2024, 5, 1), dt.date(2024, 5, 31), "month")
    assert (area.lat, area.lon, area.geo_precision) == (1.0, 1.0, "region")
    assert (area.date_start, area.date_end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert empty.lat is None and empty.date_start is None and len({e.id for e in events}) == 3


def test_our_own_exports_round_trip(event_records: list[dict[str, Any]], tmp_path: Path) -> None:
    _, from_geojson = read_events_file("events.geojson", geojson_bytes(event_records))
    assert [e.id for e in from_geojson] == [r["id"] for r in event_records if r["lat"] is not None]
    meet = from_geojson[0]
    assert meet.actors == ["Sergei Lavrov", "Choe Son Hui"] and meet.date_precision == "day"
    assert meet.sentence == event_records[0]["sentence"]
    _, from_csv = read_events_file("events.csv", csv_text(event_records).encode())
    assert [e.id for e in from_csv] == [r["id"] for r in event_records]
    assert from_csv[1].date_end == dt.date(2025, 7, 31) and from_csv[4].lat is None


def test_importing_twice_adds_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "db.sqlite") as store:
        first = import_events(store, "acled.csv", ACLED)
        again = import_events(store, "acled.csv", ACLED)
        assert (first.events, first.new_events, first.located) == (3, 3, 2)
        assert again.new_events == 0
        assert store.counts() == {"articles": 1, "events": 3}


@pytest.mark.parametrize(("name", "data", "words"), [
    ("x.geojson", b"{broken", "not valid GeoJSON"),
    ("x.geojson", b'{"type": "Point", "coordinates": [1, 2]}', "FeatureCollection"),
    ("x.geojson", b'{"type": "FeatureCollection", "features": []}', "no events"),
    ("x.csv", b"a,b\n1,2\n", "ACLED-style columns"),
    ("x.csv", b"event_date,latitude,longitude\nsoon,1,2\n", "x.csv:2"),
    ("x.txt", b"hello", "import takes"),
    ("x.csv", b"   ", "empty"),
])
def test_bad_files_are_user_errors(name: str, data: bytes, words: str) -> None:
    with pytest.raises(InputError, match=words):
        read_events_file(name, data)


def test_a_bad_file_among_good_ones_stores_nothing(tmp_path: Path) -> None:
    (tmp_path / "good.csv").write_bytes(ACLED)
    (tmp_path / "bad.geojson").write_text("{")
    with Store(tmp_path / "db.sqlite") as store:
        with pytest.raises(InputError):
            import_files(store, [tmp_path / "good.csv", tmp_path / "bad.geojson"])
        assert store.counts()["events"] == 0


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-07-12", (dt.date(2025, 7, 12), "day")), ("2025-07-12T10:00:00Z", (dt.date(2025, 7, 12), "day")),
    ("12 July 2025", (dt.date(2025, 7, 12), "day")), ("2025-07", (dt.date(2025, 7, 1), "month")),
    ("2025", (dt.date(2025, 1, 1), "year")), ("", (None, "unknown")), (None, (None, "unknown")),
])
def test_parse_date(text: str | None, expected: tuple) -> None:
    assert parse_date(text) == expected


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_import_and_export_commands(tmp_path: Path) -> None:
    (tmp_path / "acled.csv").write_bytes(ACLED)
    db = str(tmp_path / "db.sqlite")
    done = cli("import", str(tmp_path / "acled.csv"), "--db", db)
    assert done.returncode == 0, done.stderr
    assert "acled.csv: 3 events (2 located), 3 new" in done.stderr
    for name in ("out.geojson", "out.csv", "out.parquet", "out.kml", "out.timelinejs.json", "out.html"):
        done = cli("export", "--db", db, "-o", str(tmp_path / name), "--type", "attack", "--type", "protest")
        assert done.returncode == 0, done.stderr
        assert (tmp_path / name).stat().st_size > 0
    assert len(json.loads((tmp_path / "out.geojson").read_text())["features"]) == 2
    done = cli("export", "--db", db, "-o", str(tmp_path / "x.geojson"), "--source", "acled.csv (imported)",
               "--min-confidence", "0.5")
    assert done.returncode == 0 and "3 events" not in done.stderr and "2 events" in done.stderr
    bad = cli("import", str(tmp_path / "missing.csv"), "--db", db)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    bad = cli("export", "--db", db, "-o", str(tmp_path / "x.shp"))
    assert bad.returncode == 2 and "unknown output format" in bad.stderr


def test_export_applies_corrections(tmp_path: Path) -> None:
    from timeline.store import corrections

    db = tmp_path / "db.sqlite"
    with Store(db) as store:
        import_events(store, "acled.csv", ACLED)
    corrections.delete_event(db, "acled-KEN2")
    corrections.save_correction(db, "acled-UKR1", {"event_type": "shelling"})
    done = cli("export", "--db", str(db), "-o", str(tmp_path / "out.geojson"))
    assert done.returncode == 0, done.stderr
    features = json.loads((tmp_path / "out.geojson").read_text())["features"]
    assert [(f["properties"]["event_id"], f["properties"]["event_type"]) for f in features] == [("acled-UKR1", "shelling")]
