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


def test_an_exported_event_without_a_doer_keeps_its_target_as_target(event_records: list[dict[str, Any]]) -> None:
    record = dict(event_records[0], actor1=None, actor2="abortion doctors", actors=[])
    for name, data in (("events.geojson", geojson_bytes([record])), ("events.csv", csv_text([record]).encode())):
        _, [event] = read_events_file(name, data)
        assert (event.actor1, event.actor2, event.actors) == (None, "abortion doctors", []), name


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


# -- hostile and odd files: one line, nothing stored (#18.4, #18.7, #18.10) -------------------

def feature(geometry: Any = None, **properties: Any) -> dict[str, Any]:
    return {"type": "Feature", "geometry": geometry or {"type": "Point", "coordinates": [30.5, 50.4]},
            "properties": properties}


def collection(*features: Any) -> bytes:
    return json.dumps({"type": "FeatureCollection", "features": list(features)}).encode()


@pytest.mark.parametrize(("data", "words"), [
    (collection({"type": "Feature", "geometry": None, "properties": [1, 2]}), "feature 0: \"properties\" must be an object"),
    (collection({"type": "Feature", "geometry": None, "properties": "ab"}), "\"properties\" must be an object"),
    (collection(feature({"type": "Point", "coordinates": 5})), "coordinates must be \\[longitude, latitude\\]"),
    (collection(feature({"type": "Point", "coordinates": {"a": 1}})), "coordinates must be"),
    (collection(feature({"type": "Point", "coordinates": ["x", 10]})), "coordinates must be"),
    (b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, '
     b'"geometry": {"type": "Point", "coordinates": [Infinity, 10]}}]}', "coordinates must be"),
    (collection(feature({"type": "Banana", "coordinates": [1, 2]})), "unreadable 'Banana' geometry"),
    (collection(feature({"type": "GeometryCollection", "geometries": []})), "empty or has no finite centre"),
    (b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": '
     b'{"type": "Polygon", "coordinates": [[[0, 0], [NaN, 1], [1, 1], [0, 0]]]}}]}', "no finite centre"),
    (collection(feature(start="0000")), "'0000' is not a real date"),
    (collection(feature(start="2025-13")), "'2025-13' is not a real date"),
    (collection(feature(start="2025-01-01", end="2025-13")), "feature 0: '2025-13' is not a real date"),
    (b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"n": '
     + b"7" * 4400 + b"}}]}", "not readable GeoJSON \\(Exceeds the limit"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (collection(feature(country_code=["UA", "RU"])), "\"country_code\" must be text or a number, not a list"),
    (collection(feature(date_text={"from": "spring"})), "\"date_text\" must be text or a number, not an object"),
    (collection(feature(place_name="Kyiv\udfff")), "\"place_name\" is not valid Unicode text"),
    (collection(feature(actors=[["nested"]])), "an actor must be text"),
])
def test_malformed_geojson_is_one_clear_error(data: bytes, words: str) -> None:
    with pytest.raises(InputError, match=words) as caught:
        read_events_file("bad.geojson", data)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(("data", "words"), [
    (b"event_date,latitude,longitude,notes\n2025-07-01,1,2," + b"x" * 140_000 + b"\n", "bad.csv:2: not readable CSV"),
    (b"event_date,latitude,longitude\n0000,1,2\n", "bad.csv:2: '0000' is not a real date"),
    (b"event_date,latitude,longitude\n2025-13,1,2\n", "bad.csv:2: '2025-13' is not a real date"),
])
def test_malformed_csv_is_one_clear_error(data: bytes, words: str) -> None:
    with pytest.raises(InputError, match=words):
        read_events_file("bad.csv", data)


def test_far_dates_are_kept_to_the_calendars_ends() -> None:
    _, events = read_events_file("far.geojson", collection(
        feature(start="9999-12"), feature(start="0001-01-01"), feature(start="1600", end="2300")))
    assert [(e.date_start, e.date_end) for e in events] == [
        (dt.date(9999, 12, 1), dt.date(9999, 12, 31)), (dt.date(1, 1, 1), dt.date(1, 1, 1)),
        (dt.date(1600, 1, 1), dt.date(2300, 1, 1))]


def test_imported_values_take_the_stores_types() -> None:
    _, (event,) = read_events_file("odd.geojson", collection(feature(
        event_id=17, date_text=2024, place_name="Kyiv\x00 centre", sentence="A\x07 bell.", actors=["A", 5, {"name": "B"}],
        country_code="UA", confidence=7, mode=True)))
    assert (event.id, event.date_text, event.place_name, event.sentence) == ("17", "2024", "Kyiv  centre", "A  bell.")
    assert event.actors == ["A", "5", "B"] and event.confidence == 1.0 and event.mode == "true"


def test_a_good_file_and_a_bad_one_store_nothing(tmp_path: Path) -> None:
    (tmp_path / "good.geojson").write_bytes(collection(feature(start="2025-07-01"), feature(start="2025-07-02")))
    (tmp_path / "bad.geojson").write_bytes(collection(feature(country_code=["UA", "RU"])))
    with Store(tmp_path / "db.sqlite") as store:
        with pytest.raises(InputError, match="bad.geojson: feature 0"):
            import_files(store, [tmp_path / "good.geojson", tmp_path / "bad.geojson"])
        assert store.counts() == {"articles": 0, "events": 0}


def test_events_already_stored_are_counted(tmp_path: Path) -> None:
    with Store(tmp_path / "db.sqlite") as store:
        import_events(store, "a.geojson", collection(feature(event_id="e1"), feature(event_id="e2")))
        report = import_events(store, "b.geojson", collection(feature(event_id="e2"), feature(event_id="e3")))
    assert (report.events, report.new_events, report.already_stored) == (2, 1, 1)


def test_the_import_command_says_how_many_were_already_stored(tmp_path: Path) -> None:
    (tmp_path / "a.geojson").write_bytes(collection(feature(event_id="e1"), feature(event_id="e2")))
    (tmp_path / "b.geojson").write_bytes(collection(feature(event_id="e2"), feature(event_id="e3")))
    done = cli("import", str(tmp_path / "a.geojson"), str(tmp_path / "b.geojson"), "--db", str(tmp_path / "db.sqlite"))
    assert done.returncode == 0, done.stderr
    assert "b.geojson: 2 events (2 located), 1 new, 1 already in the store" in done.stderr
