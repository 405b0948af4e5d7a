"""The timeline chart: true-width spans, grouping, selections and reading the selection back."""
from __future__ import annotations

import re
from typing import Any

import pandas as pd
import pytest

from geodata.export.webmap import EVENT_TYPE_COLOURS
from timeline.view.chart import (
    SELECTION_NAME,
    ZOOM_NAME,
    build_timeline,
    focus_domain,
    outside_focus,
    selected_event_id,
    timeline_frame,
)


def test_spans_have_the_true_width_of_the_date(event_records: list[dict[str, Any]]) -> None:
    frame = timeline_frame(event_records).set_index("event_id")
    width = (frame["end"] - frame["start"]).dt.days
    assert width["ev-meet"] == 1  # one day
    assert width["ev-deploy"] == 31  # "in July"
    assert width["ev-protest"] == 91  # "this autumn": September to November
    assert frame.loc["ev-deploy", "start"] == pd.Timestamp("2025-07-01")
    assert frame.loc["ev-deploy", "end"] == pd.Timestamp("2025-08-01")
    assert frame.loc["ev-meet", "mid"] == pd.Timestamp("2025-07-12 12:00")
    assert bool(frame.loc["ev-meet", "exact"]) and not bool(frame.loc["ev-deploy", "exact"])


def test_undated_events_are_left_out(event_records: list[dict[str, Any]]) -> None:
    assert "ev-undated" not in set(timeline_frame(event_records)["event_id"])


@pytest.mark.parametrize(("group_by", "expected"), [
    ("event_type", {"ev-meet": ["meet"], "ev-attack": ["attack"]}),
    ("actor", {"ev-meet": ["Choe Son Hui", "Sergei Lavrov"], "ev-attack": ["Russia"]}),
    ("country", {"ev-meet": ["KP"], "ev-attack": ["UA"]}),
])
def test_grouping(event_records: list[dict[str, Any]], group_by: str, expected: dict[str, list[str]]) -> None:
    frame = timeline_frame(event_records, group_by=group_by)
    for event_id, groups in expected.items():
        assert sorted(frame.loc[frame["event_id"] == event_id, "group"]) == groups


def test_records_without_actor_or_country_get_a_row() -> None:
    record = {"id": "x", "event_type": "disaster", "date_start": "2025-07-04", "date_end": "2025-07-04"}
    assert list(timeline_frame([record], group_by="actor")["group"]) == ["(no actor)"]
    assert list(timeline_frame([record], group_by="country")["group"]) == ["(no place)"]


def test_unknown_grouping_is_refused(event_records: list[dict[str, Any]]) -> None:
    with pytest.raises(ValueError, match="group_by"):
        timeline_frame(event_records, group_by="mood")


def test_long_sentences_are_shortened() -> None:
    record = {"id": "x", "date_start": "2025-07-04", "sentence": "word " * 100}
    sentence = timeline_frame([record])["sentence"].iloc[0]
    assert len(sentence) <= 160 and sentence.endswith("…")


def test_spec_has_spans_markers_selection_and_zoom(event_records: list[dict[str, Any]]) -> None:
    spec = build_timeline(event_records).to_dict()
    marks = [layer["mark"]["type"] for layer in spec["layer"]]
    assert marks == ["bar", "point"]
    params = {p["name"]: p for p in spec["params"]}
    assert params[SELECTION_NAME]["select"]["type"] == "point"
    assert params[SELECTION_NAME]["select"]["fields"] == ["event_id"]
    assert params[ZOOM_NAME]["bind"] == "scales" and params[ZOOM_NAME]["select"]["encodings"] == ["x"]
    bar = spec["layer"][0]["encoding"]
    assert bar["x"]["field"] == "start" and bar["x2"]["field"] == "end"
    colour = bar["color"]["scale"]
    assert dict(zip(colour["domain"], colour["range"])) == {
        t: EVENT_TYPE_COLOURS[t] for t in ("attack", "deploy", "meet", "protest")}
    assert spec["height"] == {"step": 26}


def test_rows_are_ordered_by_first_date(event_records: list[dict[str, Any]]) -> None:
    spec = build_timeline(event_records).to_dict()
    assert spec["layer"][0]["encoding"]["y"]["sort"] == ["deploy", "attack", "meet", "protest"]


def test_selected_event_is_marked(event_records: list[dict[str, Any]]) -> None:
    frame = timeline_frame(event_records, selected_id="ev-attack")
    assert list(frame.loc[frame["selected"], "event_id"]) == ["ev-attack"]


def test_each_mark_is_drawn_from_its_own_columns(event_records: list[dict[str, Any]]) -> None:
    frame = timeline_frame(event_records, selected_id="ev-attack").set_index("event_id")
    chosen, other = frame.loc["ev-attack"], frame.loc[frame.index != "ev-attack"].iloc[0]
    assert (chosen["stroke"], chosen["stroke_width"], chosen["shape"]) == ("#000000", 2.5, "diamond")
    assert other["stroke"] == EVENT_TYPE_COLOURS[other["event_type"]] and other["shape"] == "circle"
    for _, row in frame.iterrows():  # imprecise dates: a faint bar and a white dot
        assert row["fill_opacity"] == (0.9 if row["exact"] or row["one_day"] else 0.25)
        assert row["dot_fill"] == (EVENT_TYPE_COLOURS[row["event_type"]] if row["exact"] else "white")
    layers = build_timeline(event_records).to_dict()["layer"]
    assert layers[0]["encoding"]["stroke"] == {"field": "stroke", "scale": None, "type": "nominal"}


def test_large_timelines_are_drawn_on_a_canvas_without_labels_per_mark() -> None:
    import datetime as dt

    many = [{"id": f"ev-{i}", "event_type": "attack", "date_start": dt.date(2025, 7, 1 + i % 28).isoformat(),
             "date_end": dt.date(2025, 7, 1 + i % 28).isoformat(), "date_precision": "day"} for i in range(600)]
    spec = build_timeline(many).to_dict()
    assert spec["usermeta"]["embedOptions"]["renderer"] == "canvas" and spec["config"]["mark"]["aria"] is False
    assert "usermeta" not in build_timeline(many[:50]).to_dict()  # small ones stay SVG, clickable in tests


def test_empty_input_gives_an_empty_chart() -> None:
    spec = build_timeline([]).to_dict()
    assert spec["layer"][0]["mark"]["type"] == "bar"


@pytest.mark.parametrize(("state", "expected"), [
    ({"selection": {SELECTION_NAME: [{"event_id": "ev-meet"}]}}, "ev-meet"),
    ({"selection": {SELECTION_NAME: {"event_id": ["ev-attack"]}}}, "ev-attack"),
    ({"selection": {SELECTION_NAME: []}}, None),
    ({"selection": {}}, None),
    ({}, None),
    (None, None),
])
def test_selected_event_id(state: Any, expected: str | None) -> None:
    assert selected_event_id(state) == expected


def dated(event_id: str, day: str, end: str | None = None) -> dict[str, Any]:
    return {"id": event_id, "event_type": "meet", "date_start": day, "date_end": end or day,
            "date_precision": "day"}


def test_focus_leaves_out_a_distant_outlier() -> None:
    records = [dated(f"e{i}", f"2025-07-{i:02d}") for i in range(1, 21)] + [dated("old", "1990-07-07")]
    frame = timeline_frame(records)
    first, last = focus_domain(frame)
    assert pd.Timestamp("2025-06-20") < first <= pd.Timestamp("2025-07-01")
    assert pd.Timestamp("2025-07-21") <= last < pd.Timestamp("2025-08-15")
    assert outside_focus(records) == 1
    scale = build_timeline(records).to_dict()["layer"][0]["encoding"]["x"]["scale"]
    assert scale["domain"] == [first.isoformat(), last.isoformat()]
    assert "scale" not in build_timeline(records, focus=False).to_dict()["layer"][0]["encoding"]["x"]


def test_no_focus_when_events_are_spread_evenly(event_records: list[dict[str, Any]]) -> None:
    assert focus_domain(timeline_frame(event_records)) is None
    assert outside_focus(event_records) == 0
    assert focus_domain(timeline_frame([])) is None


# -- issue 6: counts for large sets, the time window ---------------------------------------

import datetime as dt  # noqa: E402

from timeline.view.chart import build_count_timeline, count_frame, timeline_path  # noqa: E402


def test_large_sets_are_drawn_as_counts() -> None:
    assert timeline_path(1_000) == "events" and timeline_path(1_001) == "counts"
    records = [{"id": f"e{i}", "event_type": "attack" if i % 2 else "protest", "actors": ["A"],
                "date_start": f"2025-07-{1 + i % 10:02d}", "date_end": f"2025-07-{1 + i % 10:02d}"} for i in range(100)]
    records.append({"id": "undated", "event_type": "attack"})
    counts, period = count_frame(records)
    assert period == "day" and counts["count"].sum() == 100
    assert set(counts["group"]) == {"attack", "protest"}
    by_actor, _ = count_frame(records, group_by="actor")
    assert set(by_actor["group"]) == {"A"}
    spec = build_count_timeline(records, window=(dt.date(2025, 7, 2), dt.date(2025, 7, 3))).to_dict()
    assert [layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"] for layer in spec["layer"]] == ["rect", "bar"]
    long_span = [{"id": "a", "date_start": "2020-01-01", "date_end": "2020-01-01"},
                 {"id": "b", "date_start": "2025-01-01", "date_end": "2025-01-01"}]
    assert count_frame(long_span)[1] == "month"
    assert count_frame([])[0].empty


def test_time_window_is_shaded(event_records: list[dict[str, Any]]) -> None:
    spec = build_timeline(event_records, window=(dt.date(2025, 7, 10), dt.date(2025, 7, 14))).to_dict()
    assert spec["layer"][0]["mark"]["type"] == "rect" and len(spec["layer"]) == 3


def test_counts_from_arrays_equal_counts_from_records() -> None:
    import numpy as np

    from timeline.view.chart import count_frame, count_frame_arrays

    records = [{"id": f"e{i}", "event_type": ("meet", "attack")[i % 2], "date_start": f"2025-0{1 + i % 6}-1{i % 9}",
                "date_end": f"2025-0{1 + i % 6}-1{i % 9}"} for i in range(500)]
    expected, period = count_frame(records)
    days = np.array([r["date_start"] for r in records], dtype="datetime64[D]")
    kinds = [r["event_type"] for r in records]
    frame, same_period = count_frame_arrays(days, kinds, kinds)
    assert period == same_period == "week"
    assert frame.equals(expected)
    chart = build_count_timeline((), counted=(frame, period)).to_dict()
    assert chart["layer"][0]["mark"]["type"] == "bar"


def test_count_bars_carry_one_tooltip_line() -> None:
    records = [{"id": f"e{i}", "event_type": "attack", "actors": ["Russia"], "date_start": "2025-07-09",
                "date_end": "2025-07-09"} for i in range(3)] + [
               {"id": "m", "event_type": "meet", "actors": ["Russia"], "date_start": "2025-07-12",
                "date_end": "2025-07-12"}]
    chart = build_count_timeline(records).to_dict()
    assert chart["layer"][0]["encoding"]["tooltip"] == {"field": "tip", "type": "nominal"}
    rows = next(iter(chart["datasets"].values()))
    assert sorted(row["tip"] for row in rows) == ["attack: 3 events on 2025-07-09", "meet: 1 event on 2025-07-12"]
    by_actor = next(iter(build_count_timeline(records, group_by="actor").to_dict()["datasets"].values()))
    assert "attack: 3 events on 2025-07-09 · Russia" in [row["tip"] for row in by_actor]
    weekly = records + [{"id": "late", "event_type": "meet", "date_start": "2025-11-20", "date_end": "2025-11-20"}]
    tips = [row["tip"] for row in next(iter(build_count_timeline(weekly).to_dict()["datasets"].values()))]
    assert "attack: 3 events in the week of 2025-07-07" in tips


# -- any date a store can hold (#18.5) ------------------------------------------------------

FAR_RECORDS = [
    {"id": "span", "event_type": "attack", "date_start": "0001-01-01", "date_end": "9999-12-31", "date_precision": "day"},
    {"id": "old", "event_type": "attack", "date_start": "1495-03-01", "date_end": "1495-03-01", "date_precision": "day"},
    {"id": "new", "event_type": "visit", "date_start": "2025-07-12", "date_end": "2025-07-12", "date_precision": "day"},
    {"id": "far", "event_type": "visit", "date_start": "2300-01-01", "date_end": "2300-12-31", "date_precision": "year"},
]
ISO_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")  # years 0001-9999, as a browser reads them


def chart_instants(spec: dict) -> list[str]:
    return [row[key] for rows in spec["datasets"].values() for row in rows
            for key in ("start", "end", "mid") if key in row]


def test_far_dates_are_drawn_where_they_are() -> None:
    frame = timeline_frame(FAR_RECORDS)
    span = frame.set_index("event_id").loc["span"]
    assert (span["start"].isoformat(), span["end"].isoformat()) == ("0001-01-01T00:00:00", "9999-12-31T23:59:59")
    old = frame.set_index("event_id").loc["old"]
    assert (old["start"].isoformat(), old["end"].isoformat()) == ("1495-03-01T00:00:00", "1495-03-02T00:00:00")
    instants = chart_instants(build_timeline(FAR_RECORDS, window=(dt.date(1, 1, 1), dt.date(9999, 12, 31))).to_dict())
    assert instants and all(ISO_INSTANT.fullmatch(value) for value in instants), instants
    assert "1495-03-01T00:00:00" in instants


def test_far_dates_are_counted_in_their_months() -> None:
    counts, period = count_frame(FAR_RECORDS)
    assert period == "month"
    assert [start.isoformat()[:7] for start in counts["start"]] == ["0001-01", "1495-03", "2025-07", "2300-01"]
    spec = build_count_timeline(FAR_RECORDS).to_dict()
    assert all(ISO_INSTANT.fullmatch(value) for value in chart_instants(spec))
    tips = [row["tip"] for rows in spec["datasets"].values() for row in rows if "tip" in row]
    assert "attack: 1 event in 0001-01" in tips
