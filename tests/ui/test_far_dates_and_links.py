"""The page with any date a store can hold, and with hand-edited links (#18.5, #18.9).

A store may hold events from 0001-01-01 to 9999-12-31 (an article on 1495, an import of
historical or projected events). Streamlit's slider carries dates as microseconds since
1970 in a JavaScript number, and pandas' nanoseconds end in 1677 and 2262: before these
fixes such a store raised on every page load. ``not at.exception`` after every step.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import fill_store, make_event

APP = str(Path(__file__).resolve().parents[2] / "app.py")

FAR = {
    "1495": [make_event("ev-1495", event_type="attack", date_start=dt.date(1495, 3, 1), date_end=dt.date(1495, 3, 1),
                        sentence="Spanish troops attacked Naples in 1495.")],
    "far apart": [make_event("ev-1600", date_start=dt.date(1600, 1, 1), date_end=dt.date(1600, 12, 31),
                             date_precision="year"),
                  make_event("ev-2300", date_start=dt.date(2300, 1, 1), date_end=dt.date(2300, 1, 1)),
                  make_event("ev-0001", date_start=dt.date(1, 1, 1), date_end=dt.date(1, 1, 1))],
    "all time": [make_event("ev-span", date_start=dt.date(1, 1, 1), date_end=dt.date(9999, 12, 31))],
}


def page(path: Path, monkeypatch: pytest.MonkeyPatch, **query: str) -> AppTest:
    monkeypatch.setenv("TIMELINE_DB", str(path))
    monkeypatch.setenv("TIMELINE_DEMO", "0")
    monkeypatch.setenv("TIMELINE_FIRST_RUN", "full")
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(query)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def shown(at: AppTest) -> str:
    return next(c.value for c in at.caption if " events shown" in c.value)


def test_every_date_a_store_holds_renders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events = [event for group in FAR.values() for event in group] + [make_event("ev-now")]  # 2025-07-12
    at = page(fill_store(tmp_path / "far.sqlite", events), monkeypatch)
    assert shown(at).startswith(f"{len(events)} of {len(events)} events shown")
    # the control spans the days the slider holds; its ends stand for every day beyond
    assert at.slider(key="filter_dates").value == (dt.date(1686, 1, 1), dt.date(2254, 12, 31))
    assert len(at.get("vega_lite_chart")) == 1
    for event in events:  # the detail panel and the edit form, with each selected
        at.session_state["selected_event_id"] = event.id
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        assert any(c.value.startswith(f"event {event.id} ·") for c in at.caption)
    for index in range(len(at.get("download_button"))):
        at.get("download_button")[index].click().run()
        assert not at.exception, [e.value for e in at.exception]


def test_the_date_control_reaches_events_beyond_the_sliders_range(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    events = FAR["1495"] + [make_event("ev-mid", date_start=dt.date(1900, 1, 1), date_end=dt.date(1900, 1, 1)),
                            make_event("ev-now")]
    at = page(fill_store(tmp_path / "far.sqlite", events), monkeypatch)
    low, high = at.slider(key="filter_dates").value
    assert dt.date(1684, 7, 29) <= low <= dt.date(1900, 1, 1) and high == dt.date(2025, 7, 12)
    at.slider(key="filter_dates").set_value((low, dt.date(1950, 1, 1))).run()
    assert not at.exception
    assert shown(at).startswith("2 of 3 events shown")  # 1495, below the slider's first day, is in
    at.slider(key="filter_dates").set_value((dt.date(1850, 1, 1), high)).run()
    assert not at.exception and shown(at).startswith("2 of 3 events shown")  # 1900 and today


@pytest.mark.parametrize("query, notices", [
    ({"minconf": "nan", "from": "2025-13-01", "to": "yesterday", "undated": "maybe", "area": "nan,0,1,1",
      "group": "nope", "window": "2025-07-14..2025-07-01", "type": "banana"},
     ["minconf=nan ignored", "from=2025-13-01 ignored", "to=yesterday ignored", "undated=maybe ignored",
      "area=nan,0,1,1 ignored", "group=nope ignored", "window=2025-07-14..2025-07-01 ignored",
      "banana ignored: not in the store's types"]),
    ({"minconf": "7", "from": "2025-07-20", "to": "2025-07-01"},
     ["minconf=7 ignored", "from=2025-07-20 ignored: it is after to=2025-07-01"]),
])
def test_bad_link_values_are_ignored_each_with_a_notice(query: dict[str, str], notices: list[str],
                                                        filled_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = page(filled_store, monkeypatch, **query)
    assert shown(at).startswith("5 of 5 events shown")
    toasts = [toast.value for toast in at.toast]
    assert len(toasts) == len(notices) and all(any(n in t for t in toasts) for n in notices), toasts


def test_a_good_link_gives_no_notice(filled_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = page(filled_store, monkeypatch, minconf="0.5", type="meet", window="2025-07-10..2025-07-14")
    assert not at.toast
    assert shown(at).startswith("1 of 5 events shown")
