"""The chronological event feed beside the map (newest first, as Liveuamap's and TimeMap's):
the events in view, one line each; selecting a line selects the event."""
from __future__ import annotations

import streamlit as st

from timeline.view.filters import EventFilter
from ui.keys import FEED_IDS
from ui.state import select_row
from ui.store_view import StoreView

#: Lines the feed shows (the newest of the events in view).
FEED_ROWS = 200


def on_feed_select() -> None:
    select_row("event_feed", FEED_IDS)


def event_feed(view: StoreView, flt: EventFilter, *, height: int) -> None:
    """The newest :data:`FEED_ROWS` events that pass ``flt``, as a selectable list."""
    frame, ids = view.feed(flt, FEED_ROWS)
    st.session_state[FEED_IDS] = ids
    if not ids:
        st.caption("No dated event in view.")
        return
    st.dataframe(frame, key="event_feed", on_select=on_feed_select, selection_mode="single-row",
                 hide_index=True, width="stretch", height=height,
                 column_config={"when": st.column_config.TextColumn("when", width="small"),
                                "what": st.column_config.TextColumn("what", width="large")})
