"""The one date control: a range slider over the dates where the events are, that filters the
map, the timeline, the table and the exports, with step and play buttons that move the range
through time (a time brush, as in kepler.gl or TimeMap).

The slider's track spans the store's dense range (:meth:`ui.store_view.StoreView.dense_range`:
a few articles mentioning 1990 do not squash this month into a pixel), widened to the chosen
range; "Whole range" stretches it over every dated event. The chosen range is the filter's
``date_from``/``date_to`` (state key ``filter_dates``, the URL's ``from``/``to``).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import time
from typing import Any

import streamlit as st

from timeline.view.filters import EventFilter
from ui.keys import DATE_RANGE, PLAYING, WHOLE_TRACK
from ui.store_view import StoreView
from ui.timeline_panel import timeline_view

#: Seconds between two playback steps.
PLAY_INTERVAL_S = 1.5
#: Seconds the next step's views wait before they are made: the server sends this step,
#: and the browser draws it, first (a step is looked at for longer; playback waits 1.5 s).
PREFETCH_DELAY_S = 0.4
#: State key: this run follows a step (set by the step buttons and playback, read once by
#: :func:`prefetch_next_step`).
_STEPPED = "_time_stepped"
#: State key: the dates of the last run (a run with other dates is likely to be stepped from)
_DATES_SEEN = "_time_dates_seen"
#: The days Streamlit's slider can hold (microseconds from 1970 that JavaScript numbers
#: represent exactly: about 285 years either way). A range end at one of them is open: it
#: keeps every event beyond too (the year 1 or 9999), so any date stays reachable.
SLIDER_FIRST, SLIDER_LAST = dt.date(1686, 1, 1), dt.date(2254, 12, 31)


def on_slider(day: dt.date) -> dt.date:
    return min(max(day, SLIDER_FIRST), SLIDER_LAST)


def open_ended(chosen: Any) -> tuple[dt.date | None, dt.date | None]:
    """The filter's (date_from, date_to) of the slider's range: None at an end that sits
    on the slider's limit (no bound there)."""
    if not (isinstance(chosen, (tuple, list)) and len(chosen) == 2):
        return None, None
    first, last = chosen
    return (None if first <= SLIDER_FIRST else first), (None if last >= SLIDER_LAST else last)


def default_range(found: Any, dense: tuple[dt.date, dt.date] | None) -> tuple[dt.date, dt.date] | None:
    """The range a view starts with: the dense range, else every dated event's."""
    if found.date_min is None or found.date_max is None:
        return None
    first, last = dense or (found.date_min, found.date_max)
    return on_slider(first), on_slider(last)


def chosen_range(found: Any, dense: tuple[dt.date, dt.date] | None) -> tuple[dt.date, dt.date] | None:
    """The range the control holds (read before it is drawn, :func:`ui.state.filter_from_state`),
    put back inside the store's dates (new articles may move them); the default range
    until the user picks one."""
    default = default_range(found, dense)
    if default is None:
        return None
    chosen = st.session_state.get(DATE_RANGE)
    if not (isinstance(chosen, (tuple, list)) and len(chosen) == 2 and all(isinstance(d, dt.date) for d in chosen)):
        st.session_state[DATE_RANGE] = chosen = default
    first = on_slider(min(max(chosen[0], found.date_min), found.date_max))
    last = on_slider(max(min(chosen[1], found.date_max), first))
    if (first, last) != tuple(chosen):
        st.session_state[DATE_RANGE] = (first, last)
    return first, last


def track(found: Any, dense: tuple[dt.date, dt.date] | None, chosen: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """The slider's ends: the dense range (or all dates with "Whole range"), widened to
    the chosen range; never a single day (a slider needs two distinct ends)."""
    low, high = (found.date_min, found.date_max) if st.session_state.get(WHOLE_TRACK) or dense is None else dense
    low, high = on_slider(min(low, chosen[0])), on_slider(max(high, chosen[1]))
    if low == high:
        low, high = (low, high + dt.timedelta(days=1)) if high < dt.date.max else (low - dt.timedelta(days=1), high)
    return low, high


def stepped(chosen: tuple[dt.date, dt.date], direction: int, found: Any) -> tuple[dt.date, dt.date]:
    """``chosen`` one step forward (1) or back (-1): moved by its own width (a day at
    least), kept inside the store's dates, its width kept."""
    first, last = chosen
    width = last - first
    days = direction * (width.days + 1)
    try:
        first = first + dt.timedelta(days=days)
    except OverflowError:
        first = dt.date.max - width if days > 0 else dt.date.min
    first = min(max(first, found.date_min), max(found.date_max - width, found.date_min))
    return on_slider(first), on_slider(first + width)


def step(direction: int, found: Any) -> None:
    """One step forward (1) or back (-1) of the chosen range (:func:`stepped`)."""
    chosen = st.session_state.get(DATE_RANGE)
    if chosen and found.date_min is not None:
        st.session_state[DATE_RANGE] = stepped(chosen, direction, found)
        st.session_state[_STEPPED] = True


def next_step_filter(flt: EventFilter, found: Any) -> EventFilter | None:
    """``flt`` with the dates of the next step forward (what the step button or playback
    shows next), or None when a step would not move the range."""
    chosen = st.session_state.get(DATE_RANGE)
    if not chosen or found.date_min is None:
        return None
    upcoming = stepped(chosen, 1, found)
    if upcoming == tuple(chosen):
        return None
    date_from, date_to = open_ended(upcoming)
    return dataclasses.replace(flt, date_from=date_from, date_to=date_to)


def prefetch_next_step(view: StoreView, flt: EventFilter, found: Any, *, cluster: bool, selected: str | None,
                       group_by: str, timeline_height: int) -> bool:
    """When the dates have just been set or stepped, or while playing, make the next step's
    map layer and timeline in the background while this step is looked at, so that the
    next step (or playback frame) only sends them. False when the dates did not change (a
    filter change with the same dates makes nothing ahead), there is no next step, or a
    prefetch is still running."""
    stepping = st.session_state.pop(_STEPPED, False)
    dates = (flt.date_from, flt.date_to)
    moved = st.session_state.get(_DATES_SEEN) != dates
    st.session_state[_DATES_SEEN] = dates
    if not (stepping or moved or st.session_state.get(PLAYING)):
        return False
    upcoming = next_step_filter(flt, found)
    if upcoming is None:
        return False

    return view.prefetch(lambda: view.map_layer(upcoming, cluster, selected),
                         lambda: timeline_view(view, upcoming, group_by, selected, height=timeline_height),
                         delay_s=PREFETCH_DELAY_S)


def at_end(found: Any) -> bool:
    chosen = st.session_state.get(DATE_RANGE)
    return bool(chosen) and chosen[1] >= found.date_max


def _toggle_play(found: Any) -> None:
    playing = not st.session_state.get(PLAYING)
    st.session_state[PLAYING] = playing
    if playing and at_end(found):  # start over from the track's beginning
        chosen = st.session_state[DATE_RANGE]
        width = chosen[1] - chosen[0]
        start = st.session_state.get("_track_low") or found.date_min
        st.session_state[DATE_RANGE] = (start, start + width)
    st.session_state["_played_at"] = time.monotonic()


def date_control(found: Any, dense: tuple[dt.date, dt.date] | None) -> tuple[dt.date, dt.date] | None:
    """Draw the control; returns the range it shows (None when the store has no dated event)."""
    chosen = chosen_range(found, dense)
    if chosen is None:
        return None
    low, high = track(found, dense, chosen)
    st.session_state["_track_low"] = low
    slider, buttons = st.columns([4, 2], vertical_alignment="bottom")
    picked = slider.slider("Dates (filters the map, the timeline, the table and the exports)",
                           min_value=low, max_value=high, key=DATE_RANGE, format="YYYY-MM-DD")
    back, play, forward, whole = buttons.columns([1, 1, 1, 1.3], gap="small")
    back.button("", key="time_back", icon=":material/skip_previous:", help="Step back (the range's width)",
                on_click=step, args=(-1, found), width="stretch")
    playing = bool(st.session_state.get(PLAYING))
    play.button("", key="time_play", icon=":material/pause:" if playing else ":material/play_arrow:",
                help="Pause" if playing else "Play: step through time", on_click=_toggle_play, args=(found,),
                width="stretch", type="primary" if playing else "secondary")
    forward.button("", key="time_forward", icon=":material/skip_next:", help="Step forward (the range's width)",
                   on_click=step, args=(1, found), width="stretch")
    whole.toggle("All", key=WHOLE_TRACK, help="Stretch the slider over every dated event (outliers included)")
    if playing:
        _player(found)
    return (picked[0], picked[1]) if isinstance(picked, (tuple, list)) and len(picked) == 2 else chosen


def outside_note(found: Any, chosen: tuple[dt.date, dt.date] | None) -> str:
    """Where the events outside the chosen range are (for the page's caption), or ""."""
    if chosen is None or found.date_min is None:
        return ""
    notes = []
    if found.date_min < chosen[0]:
        notes.append(f"earliest event {found.date_min.isoformat()}")
    if found.date_max > chosen[1]:
        notes.append(f"latest event {found.date_max.isoformat()}")
    return " · outside the dates: " + ", ".join(notes) + " (switch on All to reach them)" if notes else ""


@st.fragment(run_every=PLAY_INTERVAL_S)
def _player(found: Any) -> None:
    """While playing: every :data:`PLAY_INTERVAL_S`, one step forward and a rerun of the
    page; at the end of the dates, stop. (The page's own run draws this too: a step is
    taken only when the interval has passed since the last.)"""
    if not st.session_state.get(PLAYING):
        return
    now = time.monotonic()
    if now - float(st.session_state.get("_played_at") or 0.0) < PLAY_INTERVAL_S * 0.9:
        return
    st.session_state["_played_at"] = now
    if at_end(found):
        st.session_state[PLAYING] = False
    else:
        step(1, found)
    st.rerun(scope="app")
