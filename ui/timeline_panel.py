"""The timeline panel: the Vega-Lite timeline (one bar per event, or counts per period for large
sets) docked under the map; a click on an event selects it, a drag pans without selecting, and
the zoom and pan survive reruns."""
from __future__ import annotations

from typing import Any

import streamlit as st

from timeline.view.chart import SELECTION_NAME, ZOOM_NAME, selected_event_id, zoom_domain
from timeline.view.filters import EventFilter
from ui.keys import SELECTED, TIMELINE_DOMAIN
from ui.store_view import StoreView


def on_timeline_select() -> None:
    """A click on an event selects it; a drag that ends on an event does not.

    Streamlit sends what changed in one pointer gesture (press to release) as one update,
    so a drag's pan and the click Vega sees when the button is released on an event come
    together: a pick that arrives with a moved time axis is a drag's, not a selection.
    (The chart keeps its zoom and pan across reruns itself: ``time_zoom`` is one of its
    reported selections, whose view Streamlit restores.)"""
    state = st.session_state.get("timeline_chart") or st.session_state.get("timeline_counts")
    domain = zoom_domain(state)
    moved = domain is not None and domain != st.session_state.get(TIMELINE_DOMAIN)
    if domain is not None:
        st.session_state[TIMELINE_DOMAIN] = domain
    event_id = selected_event_id(state)
    if event_id and not moved:
        st.session_state[SELECTED] = event_id


def timeline_view(view: StoreView, flt: EventFilter, group_by: str, selected: str | None,
                  *, height: int) -> tuple[str, dict[str, Any], int, int]:
    """The timeline of a panel ``height`` pixels high (:meth:`StoreView.timeline_spec`)."""
    return view.timeline_spec(flt, group_by, selected, max_height=height - 30)


def timeline(view: StoreView, flt: EventFilter, group_by: str, selected: str | None, *, height: int) -> None:
    """One bar per dated event, or counts per period for large sets (:func:`timeline.view.chart.timeline_path`)."""
    kind, spec, n_dated, hidden = timeline_view(view, flt, group_by, selected, height=height)
    box = st.container()
    if not n_dated:
        box.info("No dated events to show.")
    elif kind == "counts":
        box.caption(f"Timeline · {n_dated} dated events counted per period and row · scroll: zoom, drag: pan.")
        box.vega_lite_chart(spec, key="timeline_counts", width="stretch", on_select=on_timeline_select,
                            selection_mode=[ZOOM_NAME])
    else:
        box.caption("Timeline · bars span the dates (hollow: imprecise), a dot is one day · "
                    "scroll: zoom, drag: pan, click: select."
                    + (f" {hidden} event(s) lie outside the first view: scroll out to see them." if hidden else ""))
        box.vega_lite_chart(spec, key="timeline_chart", on_select=on_timeline_select,
                            selection_mode=[SELECTION_NAME, ZOOM_NAME], width="stretch")
