"""The view's state: the filter the widgets hold, the URL that mirrors the view (filters, selected
event, grouping, time window), and whether a run draws the controls.

The page draws the map and the timeline before the widgets that set them, so the filter is
read from the widgets' state (:func:`filter_from_state`); the sidebar draws the widgets and
reads the same state back (:func:`current_filter`), one reading for both.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Mapping
from typing import Any

import streamlit as st

from timeline.events.scoring import display_threshold
from timeline.view.chart import GROUPINGS
from timeline.view.filters import DEFAULT_MIN_CONFIDENCE, EventFilter, view_from_query, view_to_query
from ui.keys import DATE_RANGE, FIRST_RUN_DONE, MAP_AREA, SELECTED, SHOW_ALL, VIEW_LOADED
from ui.time_control import chosen_range, open_ended

#: Each filter widget's key and its value before the user touches it.
FILTER_DEFAULTS: dict[str, Any] = {
    "filter_actors": [], "filter_undated": True, "filter_types": [], "filter_countries": [],
    "filter_modes": [], "filter_sources": [], "filter_confidence": DEFAULT_MIN_CONFIDENCE, "filter_text": "",
    "filter_actors_between": False, "filter_languages": [], SHOW_ALL: False}


def select_row(grid_key: str, ids_key: str) -> None:
    """A data grid's row click (its ``on_select``): the row's event becomes the selected
    one. The grid keeps its selection under ``grid_key``, the ids of its rows' events are
    under ``ids_key``."""
    state = st.session_state.get(grid_key) or {}
    rows = (state.get("selection") or {}).get("rows") or []
    ids = st.session_state.get(ids_key, [])
    if rows and 0 <= rows[0] < len(ids):
        st.session_state[SELECTED] = ids[rows[0]]


def likely_threshold() -> float:
    """The confidence from which the page shows events unless "Show all events" is on: the
    shipped event model's, chosen on the real-news development splits
    (:func:`timeline.events.scoring.display_threshold`); 0 without a model."""
    return display_threshold()


def likely_floor() -> float:
    """The confidence the page requires of every event: :func:`likely_threshold`, or 0 while
    "Show all events" is on."""
    return 0.0 if st.session_state.get(SHOW_ALL, False) else likely_threshold()


def _make_filter(values: Mapping[str, Any]) -> EventFilter:
    """The filter of the widgets' values (keyed as in :data:`FILTER_DEFAULTS`, plus
    ``filter_dates``) and the clicked map area."""
    date_from, date_to = open_ended(values.get("filter_dates"))
    area = st.session_state.get(MAP_AREA)
    return EventFilter(actors=tuple(values["filter_actors"]), date_from=date_from, date_to=date_to,
                       event_types=tuple(values["filter_types"]), countries=tuple(values["filter_countries"]),
                       text=values["filter_text"] or "", include_undated=bool(values["filter_undated"]),
                       modes=tuple(values["filter_modes"]), sources=tuple(values["filter_sources"]),
                       min_confidence=max(float(values["filter_confidence"] or 0.0),
                                          0.0 if values[SHOW_ALL] else likely_threshold()),
                       area=tuple(area) if area else None,
                       actors_between=bool(values["filter_actors_between"]),
                       languages=tuple(values["filter_languages"]))


def current_filter() -> EventFilter:
    """The filter of the filter widgets' values in the session state (:data:`FILTER_DEFAULTS`
    for those not yet touched) and the clicked map area: what the widgets show once drawn."""
    values = {key: st.session_state.get(key, default) for key, default in FILTER_DEFAULTS.items()}
    values["filter_dates"] = st.session_state.get(DATE_RANGE)
    return _make_filter(values)


def filter_from_state(found: Any, dense: tuple[dt.date, dt.date] | None) -> EventFilter:
    """The filter the widgets will show, read from their state before they are drawn: the
    page emits the map and the timeline first and the widgets after them (``app.main``).
    A widget's state at the start of a run is the value it returns."""
    chosen_range(found, dense)
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
    window = parse_window((query.get("window") or [""])[-1])  # the former time window's links
    date_from, date_to = flt.date_from or (window[0] if window else None), flt.date_to or (window[1] if window else None)
    if found.date_min and found.date_max and (date_from or date_to):
        first = min(max(date_from or found.date_min, found.date_min), found.date_max)
        last = max(min(date_to or found.date_max, found.date_max), first)
        st.session_state[DATE_RANGE] = (first, last)
    if flt.actors_between:
        st.session_state["filter_actors_between"] = True
    st.session_state["filter_undated"] = flt.include_undated
    if flt.text:
        st.session_state["filter_text"] = flt.text
    if flt.min_confidence:
        st.session_state["filter_confidence"] = round(flt.min_confidence / 0.05) * 0.05
    show_all = (query.get("all") or [""])[-1]
    if show_all == "1":
        st.session_state[SHOW_ALL] = True
    elif show_all:
        notices.append(f"all={show_all[:40]} ignored: give 1 (show every event, also the unlikely ones)")
    group = query.get("group")
    if group and group[-1] in GROUPINGS:
        st.session_state["timeline_group"] = group[-1]
    elif group:
        notices.append(f"group={group[-1][:40]} ignored: give one of {', '.join(GROUPINGS)}")
    if flt.area:
        st.session_state[MAP_AREA] = flt.area
    if (query.get("window") or [""])[-1] and window is None:
        notices.append(f"window={query['window'][-1][:40]} ignored: give FIRST..LAST (YYYY-MM-DD)")
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
                     default_dates: tuple[dt.date | None, dt.date | None] | None = None) -> None:
    """Write the current view into the URL (only when it changed): the filters, the
    selected event and the timeline grouping. The date range is left out while it is the
    default one (``default_dates``), which a link then opens with too."""
    if default_dates is not None and (flt.date_from, flt.date_to) == default_dates:
        flt = dataclasses.replace(flt, date_from=None, date_to=None)
    # The link holds the slider's minimum confidence and "all=1" (not the likely-event
    # threshold, which is the page's default).
    flt = dataclasses.replace(flt, min_confidence=float(st.session_state.get("filter_confidence") or 0.0))
    wanted = view_to_query(flt, selected_id=selected,
                           extra={"group": group_by if group_by != "event_type" else "",
                                  "all": "1" if st.session_state.get(SHOW_ALL) else ""})
    current = {key: st.query_params.get_all(key) for key in st.query_params.keys()}
    if current != wanted:
        st.query_params.from_dict(wanted)


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
