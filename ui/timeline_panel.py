"""The timeline panel: the time window slider above the map and the chart (one bar per event, or
counts per period for large sets); a click on a bar selects its event."""
from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

from timeline.view.chart import SELECTION_NAME, selected_event_id, timeline_path
from timeline.view.filters import EventFilter
from ui.keys import SELECTED
from ui.state import slider_range, window_of_slider
from ui.store_view import StoreView


def on_timeline_select() -> None:
    event_id = selected_event_id(st.session_state.get("timeline_chart"))
    if event_id:
        st.session_state[SELECTED] = event_id


def has_time_window(found: Any) -> bool:
    """Whether the page shows the time window slider: the store's events span several days
    (of those the slider can show, :func:`ui.state.slider_range`)."""
    return slider_range(found) is not None


def time_window(found: Any) -> tuple[dt.date, dt.date] | None:
    """The slider above the map (drawn where :func:`has_time_window`): the days the map and
    the table show (over the store's whole date range, so moving it never depends on the
    other filters)."""
    low, high = slider_range(found)
    window = st.slider("Time window (filters the map and the table)", min_value=low, max_value=high,
                       key="time_window", format="YYYY-MM-DD")
    return window_of_slider(window, found)


def timeline(view: StoreView, flt: EventFilter, n_dated: int, group_by: str,
             window: tuple[dt.date, dt.date] | None, selected: str | None) -> None:
    """One bar per dated event, or counts per period for large sets (:func:`timeline_path`);
    ``n_dated`` is how many of the events that pass ``flt`` are dated."""
    st.subheader("Timeline")
    # The selection is drawn on the events path only: the counts need no new spec for it.
    kind, spec, n_dated, hidden = view.timeline_spec(flt, group_by, window,
                                                     selected if timeline_path(n_dated) == "events" else None)
    if not n_dated:
        st.info("No dated events to show.")
    elif kind == "counts":
        st.caption(f"{n_dated} dated events: bars count events per period and row. Scroll to zoom, "
                   "drag to pan; the shaded band is the time window.")
        st.vega_lite_chart(spec, key="timeline_counts", width="stretch")
    else:
        st.caption("Bars span each event's whole date interval (a month-precise date is a month "
                   "wide); hollow markers are imprecise dates. Scroll to zoom, drag to pan, click to select."
                   + (f" {hidden} event(s) lie outside the first view: scroll out to see them." if hidden else ""))
        st.vega_lite_chart(spec, key="timeline_chart", on_select=on_timeline_select,
                           selection_mode=[SELECTION_NAME], width="stretch")
