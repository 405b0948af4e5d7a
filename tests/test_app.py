"""The Streamlit app driven through AppTest on a store of hand-made events.

The demo corpus is not loaded (``TIMELINE_DEMO=0``) except in the test marked ``slow``;
everything else needs no spaCy model. ``not at.exception`` is checked after every step.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from timeline.store import Store

APP = str(Path(__file__).resolve().parents[1] / "app.py")


@pytest.fixture
def app(filled_store: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("TIMELINE_DB", str(filled_store))
    monkeypatch.setenv("TIMELINE_DEMO", "0")
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    return at


def shown_caption(at: AppTest) -> str:
    return next(c.value for c in at.caption if " events shown" in c.value)


def table_rows(at: AppTest) -> int:
    return len(at.dataframe(key="events_table").value)


def counts(path: str) -> dict[str, int]:
    with Store(path) as store:
        return store.counts()


def test_first_load(app: AppTest) -> None:
    assert shown_caption(app).startswith("5 of 5 events shown · 4 on the map")
    assert table_rows(app) == 5
    assert [c.key for c in app.get("vega_lite_chart")] == ["timeline_chart"]
    assert len(app.get("component_instance")) == 1  # the map (st_folium)
    assert app.info[0].value.startswith("Click an event")
    labels = [b.label for b in app.get("download_button")]
    assert labels == ["Download GeoJSON (4 located)", "Download CSV (5)"]


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("filter_actors", ["Russia"], 1),
    ("filter_actors", ["Russia", "North Korea"], 2),
    ("filter_types", ["protest"], 1),
    ("filter_countries", ["KP", "UA"], 2),
])
def test_multiselect_filters(app: AppTest, key: str, value: list[str], expected: int) -> None:
    app.multiselect(key=key).set_value(value).run()
    assert not app.exception
    assert shown_caption(app).startswith(f"{expected} of 5 events shown")
    assert table_rows(app) == expected


def test_date_range_filter_keeps_overlapping_intervals(app: AppTest) -> None:
    app.date_input(key="filter_dates").set_value((dt.date(2025, 7, 12), dt.date(2025, 7, 12))).run()
    assert not app.exception
    assert shown_caption(app).startswith("3 of 5")  # the day, the July deployment, the undated one
    app.checkbox(key="filter_undated").uncheck().run()
    assert not app.exception
    assert shown_caption(app).startswith("2 of 5")
    assert table_rows(app) == 2


def test_text_filter_and_export_follow(app: AppTest) -> None:
    app.text_input(key="filter_text").input("kursk").run()
    assert not app.exception
    assert shown_caption(app).startswith("1 of 5")
    labels = [b.label for b in app.get("download_button")]
    assert labels == ["Download GeoJSON (1 located)", "Download CSV (1)"]
    app.text_input(key="filter_text").input("nothing matches this").run()
    assert not app.exception
    assert shown_caption(app).startswith("0 of 5")
    assert app.info[-1].value == "No dated events to show."


def test_export_buttons_click(app: AppTest) -> None:
    for button in app.get("download_button"):
        assert not button.proto.disabled
    app.get("download_button")[0].click().run()
    assert not app.exception


@pytest.mark.parametrize("group_by", ["actor", "country", "event_type"])
def test_timeline_grouping(app: AppTest, group_by: str) -> None:
    app.selectbox(key="timeline_group").set_value(group_by).run()
    assert not app.exception
    assert app.get("vega_lite_chart")


def test_map_toggles(app: AppTest) -> None:
    app.toggle(key="map_tiles").set_value(True).run()
    assert not app.exception
    app.toggle(key="map_cluster").set_value(False).run()
    assert not app.exception


def test_detail_panel_shows_provenance_as_plain_text(app: AppTest) -> None:
    app.session_state["selected_event_id"] = "ev-protest"
    app.run()
    assert not app.exception
    texts = [t.value for t in app.text]
    assert "<img src=x onerror=alert(1)> `${alert(2)}` ![pwn](http://evil.example/x.png) rallies." in texts
    assert any(t.startswith("2025-09-01 – 2025-11-30 (season) — from “this autumn”") for t in texts)
    assert any(t.startswith("Nairobi (KE), city precision") for t in texts)
    assert not any("evil.example" in m.value for m in app.markdown)


def test_detail_panel_for_an_undated_unlocated_event(app: AppTest) -> None:
    app.session_state["selected_event_id"] = "ev-undated"
    app.run()
    assert not app.exception
    texts = [t.value for t in app.text]
    assert "undated" in texts and "no location found" in texts


def test_empty_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "empty.sqlite"))
    monkeypatch.setenv("TIMELINE_DEMO", "0")
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert shown_caption(at).startswith("0 of 0 events shown")
    assert not at.sidebar.date_input  # no dates to choose between yet
    assert at.info[-1].value == "No dated events to show."
    at.text_input(key="filter_text").input("anything").run()
    assert not at.exception


def submit(at: AppTest) -> None:
    at.button(key="add_submit").click().run()
    assert not at.exception


@pytest.mark.parametrize(("text", "published", "message"), [
    ("", None, "Pasted text:"),
    ("   \n  ", dt.date(2025, 7, 14), "Pasted text:"),
    ("Officials met in Geneva on Monday to discuss the ceasefire.", None, "publication date"),
])
def test_paste_bad_input_stores_nothing(app: AppTest, filled_store: Path, text: str,
                                        published: dt.date | None, message: str) -> None:
    before = counts(str(filled_store))
    app.text_area(key="add_text").input(text)
    if published is not None:
        app.date_input(key="add_published").set_value(published)
    submit(app)
    assert app.error and message in app.error[0].value
    assert counts(str(filled_store)) == before


@pytest.mark.parametrize(("name", "data", "message"), [
    ("scan.txt", b"\x00\x01\x02\xff\xfe" * 200, ""),
    ("page.html", b"<html><head><title>Menu</title></head><body><nav>Home</nav></body></html>", "no article"),
    ("notes.txt", b"Officials met in Geneva on Monday to discuss the ceasefire at length.", "publication date"),
])
def test_upload_bad_input_stores_nothing(app: AppTest, filled_store: Path, name: str, data: bytes,
                                         message: str) -> None:
    before = counts(str(filled_store))
    app.file_uploader(key="add_files").upload(name, data)
    submit(app)
    assert app.error
    assert message in app.error[0].value
    assert name in app.error[0].value
    assert counts(str(filled_store)) == before


def pipeline_ready() -> bool:
    return importlib.util.find_spec("timeline.pipeline") is not None


@pytest.mark.slow
@pytest.mark.skipif(not pipeline_ready(), reason="timeline.pipeline is not there yet")
def test_paste_an_article_adds_its_events(app: AppTest, filled_store: Path) -> None:
    before = counts(str(filled_store))
    app.text_area(key="add_text").input(
        "GENEVA, July 14 — Foreign ministers of France and Germany met in Geneva on Monday "
        "to discuss the ceasefire. Protesters rallied outside the venue in Geneva on Monday.")
    app.text_input(key="add_title").input("Ministers meet in Geneva")
    app.date_input(key="add_published").set_value(dt.date(2025, 7, 14))
    submit(app)
    assert not app.error
    after = counts(str(filled_store))
    assert after["articles"] == before["articles"] + 1
    assert after["events"] > before["events"]
    assert any("new event(s)" in s.value and "2025-07-14 (user)" in s.value for s in app.success)
    assert shown_caption(app).startswith(f"{after['events']} of {after['events']} events shown")


@pytest.mark.slow
@pytest.mark.skipif(not pipeline_ready(), reason="timeline.pipeline is not there yet")
def test_first_run_loads_the_demo_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "fresh.sqlite"
    monkeypatch.setenv("TIMELINE_DB", str(path))
    monkeypatch.setenv("TIMELINE_DEMO", "1")
    at = AppTest.from_file(APP, default_timeout=300).run()
    assert not at.exception
    found = counts(str(path))
    assert found["articles"] >= 9 and found["events"] > 0
    assert shown_caption(at).startswith(f"{found['events']} of {found['events']} events shown")


@pytest.mark.slow
@pytest.mark.skipif(not pipeline_ready(), reason="timeline.pipeline is not there yet")
def test_upload_html_uses_the_date_of_the_page(app: AppTest, filled_store: Path) -> None:
    page = Path(APP).parent / "timeline" / "demo" / "kellogg-kyiv.html"
    before = counts(str(filled_store))
    app.file_uploader(key="add_files").upload(page.name, page.read_bytes(), "text/html")
    submit(app)
    assert not app.error
    assert any("2025-07-14 (metadata)" in s.value for s in app.success)
    assert counts(str(filled_store))["articles"] == before["articles"] + 1
