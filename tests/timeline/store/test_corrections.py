"""Analyst corrections: validation, persistence beside the store, applied on read."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import fill_store
from timeline.store import corrections
from timeline.store.corrections import CorrectionError, apply_corrections
from timeline.store.database import Store


def read(path: Path) -> dict[str, dict[str, Any]]:
    with Store(path) as store:
        return {r["id"]: r for r in apply_corrections(store.events(), path)}


def test_place_date_type_mode_actors_are_applied(filled_store: Path) -> None:
    corrections.save_correction(filled_store, "ev-attack", {
        "lat": "50.45", "lon": 30.52, "place_name": "Kyiv", "country_code": "ua", "geo_precision": "city",
        "date_start": "2025-07-08", "date_end": "2025-07-09", "date_precision": "day",
        "event_type": "strike", "mode": "denied", "actors": "Russia; Iran"}, note="second source")
    event = read(filled_store)["ev-attack"]
    assert (event["lat"], event["lon"], event["place_name"], event["country_code"]) == (50.45, 30.52, "Kyiv", "UA")
    assert (event["date_start"], event["date_end"]) == ("2025-07-08", "2025-07-09")
    assert event["event_type"] == "strike" and event["mode"] == "denied"
    assert event["actors"] == ["Russia", "Iran"] and (event["actor1"], event["actor2"]) == ("Russia", "Iran")
    assert "lat" in event["corrected"] and event["correction_note"] == "second source"
    assert read(filled_store)["ev-meet"].get("corrected") is None


def test_corrections_accumulate_and_survive_reingesting(filled_store: Path) -> None:
    corrections.save_correction(filled_store, "ev-meet", {"event_type": "visit"})
    corrections.save_correction(filled_store, "ev-meet", {"mode": "planned"})
    fill_store(filled_store)  # same article, same deterministic event ids
    event = read(filled_store)["ev-meet"]
    assert (event["event_type"], event["mode"]) == ("visit", "planned")


def test_delete_merge_restore(filled_store: Path) -> None:
    corrections.delete_event(filled_store, "ev-protest")
    corrections.merge_events(filled_store, "ev-meet", "ev-deploy")
    events = read(filled_store)
    assert "ev-protest" not in events and "ev-deploy" not in events
    assert events["ev-meet"]["merged_from"] == ["ev-deploy"]
    with Store(filled_store) as store:
        every = apply_corrections(store.events(), filled_store, include_deleted=True)
    assert {r["id"] for r in every if r.get("deleted")} == {"ev-protest", "ev-deploy"}
    corrections.restore_event(filled_store, "ev-protest")
    assert "ev-protest" in read(filled_store)


@pytest.mark.parametrize(("changes", "words"), [
    ({"lat": 95, "lon": 0}, "latitude"),
    ({"lat": 10}, "longitude"),
    ({"lat": "north", "lon": 3}, "not a number"),
    ({"date_start": "2025-07-10", "date_end": "2025-07-01"}, "before the start"),
    ({"date_start": "yesterday"}, "not a date"),
    ({"date_precision": "fortnight"}, "date precision"),
    ({"mode": "rumoured"}, "mode"),
    ({"event_type": "  "}, "empty"),
    ({"sentence": "rewritten"}, "cannot be corrected"),
])
def test_bad_corrections_are_refused(filled_store: Path, changes: dict[str, Any], words: str) -> None:
    with pytest.raises(CorrectionError, match=words):
        corrections.save_correction(filled_store, "ev-meet", changes)
    assert corrections.load_corrections(filled_store) == {}


def test_a_later_start_cannot_pass_the_stored_end(filled_store: Path) -> None:
    corrections.save_correction(filled_store, "ev-meet", {"date_start": "2025-07-01", "date_end": "2025-07-02"})
    with pytest.raises(CorrectionError, match="before the start"):
        corrections.save_correction(filled_store, "ev-meet", {"date_start": "2025-07-05"})


def test_merge_needs_two_events(filled_store: Path) -> None:
    with pytest.raises(CorrectionError):
        corrections.merge_events(filled_store, "ev-meet", "ev-meet")


def test_apply_takes_a_loaded_mapping_and_leaves_input_alone(event_records: list[dict[str, Any]]) -> None:
    before = [dict(r) for r in event_records]
    out = apply_corrections(event_records, {"ev-meet": {"event_type": "visit"}})
    assert out[0]["event_type"] == "visit" and event_records == before


def test_no_store_file_means_no_corrections(tmp_path: Path) -> None:
    assert corrections.load_corrections(tmp_path / "missing.sqlite") == {}
    assert not (tmp_path / "missing.sqlite").exists()


def test_place_candidates_come_from_the_gazetteer() -> None:
    found = corrections.place_candidates("Wonsan")
    assert found and found[0]["country_code"] == "KP" and found[0]["geo_precision"] == "city"
    assert set(corrections.PLACE_FIELDS) <= set(found[0]) and "label" in found[0]
    assert corrections.place_candidates("") == []
    countries = corrections.place_candidates("Ukraine")
    assert countries[0]["geo_precision"] == "country"


def test_form_changes_lists_only_what_changed(event_records: list[dict[str, Any]]) -> None:
    import datetime as dt

    meet = event_records[0]
    untouched = {"place": corrections.KEEP_PLACE, "date_start": dt.date(2025, 7, 12), "date_end": dt.date(2025, 7, 12),
                 "date_precision": "day", "event_type": "meet", "mode": "asserted",
                 "actors": "Sergei Lavrov; Choe Son Hui"}
    assert corrections.form_changes(meet, untouched) == {}
    edited = dict(untouched, event_type="visit", actors="Sergei Lavrov", date_end=dt.date(2025, 7, 13),
                  place=corrections.ENTER_COORDINATES, lat=39.0, lon=127.0, place_name=" Wonsan port ")
    changes = corrections.form_changes(meet, edited)
    assert changes["event_type"] == "visit" and changes["actors"] == ["Sergei Lavrov"]
    assert (changes["date_start"], changes["date_end"]) == (dt.date(2025, 7, 12), dt.date(2025, 7, 13))
    assert (changes["lat"], changes["lon"], changes["place_name"], changes["geo_precision"]) == (
        39.0, 127.0, "Wonsan port", "point")
    candidate = {"label": "Kursk (admin1)", "lat": 51.7, "lon": 36.2, "place_name": "Kursk", "country_code": "RU",
                 "geonameid": 1, "geo_precision": "admin1"}
    picked = corrections.form_changes(meet, dict(untouched, place="Kursk (admin1)"), [candidate])
    assert picked == {k: candidate[k] for k in corrections.PLACE_FIELDS}
    with pytest.raises(CorrectionError, match="not one of the offered places"):
        corrections.form_changes(meet, dict(untouched, place="Atlantis"), [candidate])


def test_reading_corrections_never_writes_the_store(tmp_path) -> None:
    """The app keys its caches on the store file's modification time and size."""
    import os

    path = tmp_path / "events.sqlite"
    with Store(path):
        pass
    before = os.stat(path)
    assert corrections.load_corrections(path) == {}
    assert corrections.apply_corrections([{"id": "a"}], path) == [{"id": "a"}]
    after = os.stat(path)
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)
    assert not os.path.exists(str(path) + "-wal") or os.stat(str(path) + "-wal").st_size == 0
