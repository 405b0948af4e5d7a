"""The view's state: the filter the widgets hold, the URL that mirrors the view (filters, selected
event, grouping, time window), and whether a run draws the controls.

The page draws the map and the timeline before the widgets that set them, so the filter is
read from the widgets' state (:func:`filter_from_state`); the sidebar draws the widgets and
reads the same state back (:func:`current_filter`), one reading for both.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from typing import Any

import streamlit as st

from timeline.view.chart import GROUPINGS
from timeline.view.filters import EventFilter, view_from_query, view_to_query
from ui.keys import FIRST_RUN_DONE, MAP_AREA, SELECTED, VIEW_LOADED

#: The days Streamlit's slider can carry (it sends microseconds since 1970 as a JavaScript
#: number, exact only from 1684-07-29 to 2255-06-04): the time window slider spans the
#: store's dates within these, and a handle at either end stands for everything beyond.
SLIDER_FIRST = dt.date(1700, 1, 1)
SLIDER_LAST = dt.date(2250, 12, 31)

#: Each filter widget's key and its value before the user touches it.
FILTER_DEFAULTS: dict[str, Any] = {
    "filter_actors": [], "filter_undated": True, "filter_types": [], "filter_countries": [],
    "filter_modes": [], "filter_sources": [], "filter_confidence": 0.0, "filter_text": "", "filter_languages": []}


def follow_date_bounds(found: Any) -> None:
    """Keep the date range widget on the data's range while the user has not changed it
    (new articles may widen it)."""
    if not (found.date_min and found.date_max):
        return
    bounds = (found.date_min, found.date_max)
    if st.session_state.get("_date_bounds") != bounds and (
            "filter_dates" not in st.session_state
            or tuple(st.session_state["filter_dates"]) == st.session_state.get("_date_bounds")):
        st.session_state["filter_dates"] = bounds
    st.session_state["_date_bounds"] = bounds


def _make_filter(values: Mapping[str, Any]) -> EventFilter:
    """The filter of the widgets' values (keyed as in :data:`FILTER_DEFAULTS`, plus
    ``filter_dates``) and the clicked map area."""
    date_from = date_to = None
    chosen = values.get("filter_dates")
    if isinstance(chosen, Sequence) and len(chosen) == 2:
        date_from, date_to = chosen
    elif isinstance(chosen, Sequence) and len(chosen) == 1:
        date_from = chosen[0]
    area = st.session_state.get(MAP_AREA)
    return EventFilter(actors=tuple(values["filter_actors"]), date_from=date_from, date_to=date_to,
                       event_types=tuple(values["filter_types"]), countries=tuple(values["filter_countries"]),
                       text=values["filter_text"] or "", include_undated=bool(values["filter_undated"]),
                       modes=tuple(values["filter_modes"]), sources=tuple(values["filter_sources"]),
                       min_confidence=float(values["filter_confidence"] or 0.0), area=tuple(area) if area else None,
                       languages=tuple(values["filter_languages"]))


def current_filter() -> EventFilter:
    """The filter of the filter widgets' values in the session state (:data:`FILTER_DEFAULTS`
    for those not yet touched) and the clicked map area: what the widgets show once drawn."""
    values = {key: st.session_state.get(key, default) for key, default in FILTER_DEFAULTS.items()}
    values["filter_dates"] = st.session_state.get("filter_dates")
    return _make_filter(values)


def filter_from_state(found: Any) -> EventFilter:
    """The filter the sidebar widgets will show, read from their state before they are
    drawn: the page emits the map and the timeline first and the widgets after them
    (``app.main``). A widget's state at the start of a run is the value it returns."""
    follow_date_bounds(found)
    return current_filter()


def load_view_from_url(found: Any) -> None:
    """Once per session: put the URL's view (filters, selected event, grouping) into the
    widgets' state before they are drawn. Values the data does not offer are dropped."""
    if st.session_state.get(VIEW_LOADED):
        return
    st.session_state[VIEW_LOADED] = True
    query = {key: st.query_params.get_all(key) for key in st.query_params.keys()}
    if not query:
        return
    notices: list[str] = []
    flt, selected = view_from_query(query, notices=notices)
    for key, chosen, offered in (("filter_actors", flt.actors, found.actors),
                                 ("filter_types", flt.event_types, found.event_types),
                                 ("filter_countries", flt.countries, found.countries),
                                 ("filter_modes", flt.modes, found.modes),
                                 ("filter_sources", flt.sources, found.sources),
                                 ("filter_languages", flt.languages, found.languages)):
        values = [v for v in chosen if v in offered]
        notices.extend(f"{v[:40]} ignored: not in the store's {key.split('_')[1]}" for v in chosen if v not in offered)
        if values:
            st.session_state[key] = values
    if found.date_min and found.date_max and (flt.date_from or flt.date_to):
        bounds = (found.date_min, found.date_max)
        first = min(max(flt.date_from or found.date_min, found.date_min), found.date_max)
        last = max(min(flt.date_to or found.date_max, found.date_max), first)
        st.session_state["filter_dates"] = (first, last)
        st.session_state["_date_bounds"] = bounds
    st.session_state["filter_undated"] = flt.include_undated
    if flt.text:
        st.session_state["filter_text"] = flt.text
    if flt.min_confidence:
        st.session_state["filter_confidence"] = round(flt.min_confidence / 0.05) * 0.05
    group = query.get("group")
    if group and group[-1] in GROUPINGS:
        st.session_state["timeline_group"] = group[-1]
    elif group:
        notices.append(f"group={group[-1][:40]} ignored: give one of {', '.join(GROUPINGS)}")
    if flt.area:
        st.session_state[MAP_AREA] = flt.area
    window = parse_window((query.get("window") or [""])[-1])
    bounds = slider_range(found)
    # the slider's ends stand for the store's ends beyond them
    shown = (max(window[0], bounds[0]), min(window[1], bounds[1])) if window and bounds else None
    if shown and shown[0] <= shown[1]:
        st.session_state["time_window"] = shown
    elif (query.get("window") or [""])[-1]:
        notices.append(f"window={query['window'][-1][:40]} ignored: give FIRST..LAST (YYYY-MM-DD) within the "
                       "store's dates")
    if selected:
        st.session_state[SELECTED] = selected
    for notice in notices:  # a toast: the page's layout stays as it is
        st.toast(f"From the link: {notice}", icon=":material/link_off:")


def parse_window(text: str | None) -> tuple[dt.date, dt.date] | None:
    """"2025-07-10..2025-07-14" (the time window in the URL) as dates, or None."""
    first, sep, last = (text or "").partition("..")
    try:
        window = (dt.date.fromisoformat(first), dt.date.fromisoformat(last)) if sep else None
    except ValueError:
        return None
    return window if window and window[0] <= window[1] else None


def save_view_to_url(flt: EventFilter, selected: str | None, group_by: str,
                     window: tuple[dt.date, dt.date] | None = None) -> None:
    """Write the current view into the URL (only when it changed): the filters, the
    selected event, the timeline grouping and the time window above the map."""
    wanted = view_to_query(flt, selected_id=selected,
                           extra={"group": group_by if group_by != "event_type" else "",
                                  "window": f"{window[0].isoformat()}..{window[1].isoformat()}" if window else ""})
    current = {key: st.query_params.get_all(key) for key in st.query_params.keys()}
    if current != wanted:
        st.query_params.from_dict(wanted)


def slider_range(found: Any) -> tuple[dt.date, dt.date] | None:
    """The store's date range as the time window slider shows it (within
    :data:`SLIDER_FIRST`..:data:`SLIDER_LAST`), or None when that is not a range."""
    low, high = found.date_min, found.date_max
    if low is None or high is None:
        return None
    first = min(max(low, SLIDER_FIRST), SLIDER_LAST)
    last = max(min(high, SLIDER_LAST), SLIDER_FIRST)
    return (first, last) if first < last else None


def window_of_slider(chosen: Sequence[dt.date], found: Any) -> tuple[dt.date, dt.date] | None:
    """The days a slider value stands for (a handle at the slider's end reaches the store's
    first or last date, however far); None for the whole range."""
    bounds = slider_range(found)
    if bounds is None or tuple(chosen) == bounds:
        return None
    first = found.date_min if chosen[0] == bounds[0] else chosen[0]
    last = found.date_max if chosen[1] == bounds[1] else chosen[1]
    return first, last


def window_from_state(found: Any) -> tuple[dt.date, dt.date] | None:
    """The time window the slider above the map will show (read before it is drawn, as
    :func:`filter_from_state`); None when it spans the store's whole date range."""
    bounds = slider_range(found)
    if bounds is None:
        return None
    low, high = bounds
    chosen = st.session_state.get("time_window")
    if not (isinstance(chosen, (tuple, list)) and len(chosen) == 2 and low <= chosen[0] <= chosen[1] <= high):
        st.session_state["time_window"] = chosen = (low, high)
    return window_of_slider(chosen, found)


def controls_deferred() -> bool:
    """Whether this run draws the map and the timeline without the controls around them:
    true in the first run of a session, unless ``TIMELINE_FIRST_RUN=full``.

    A first visit spends most of its time in the browser, which draws every element the
    page sends and loads each kind's code when it first meets it. Drawn with the map and
    the timeline, the filter widgets, popovers, details column, table toggle and the
    controls above the map took a third of that time, and the map (its frame shares the
    page's thread) waited for them. So the first run sends the title, counts, map and
    timeline; the map's page reports when it is drawn (:data:`MAP_DRAWN_SIGNAL_JS`), and
    the rerun that report starts draws the whole page. Any rerun does: a click on the
    sidebar's button too, should the map never report. (``full`` is for a client that
    runs no map, such as Streamlit's AppTest.)"""
    if st.session_state.get(FIRST_RUN_DONE):
        return False
    st.session_state[FIRST_RUN_DONE] = True
    return os.environ.get("TIMELINE_FIRST_RUN", "light") != "full"
