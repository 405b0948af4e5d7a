"""The events table, a page at a time; selecting a row selects the event."""
from __future__ import annotations

import streamlit as st

from timeline.view.filters import EventFilter
from ui.keys import TABLE_IDS
from ui.state import select_row
from ui.store_view import TABLE_PAGE_ROWS, StoreView

#: Above this many events in view the table starts hidden: the browser's data grid code is
#: the largest the page loads (a third of a second of a first paint on a 2-core machine)
#: and a 10,000-row table is read through the filters anyway.
TABLE_SHOWN_MAX = 2_000


def on_table_select() -> None:
    select_row("events_table", TABLE_IDS)


def events_table(view: StoreView, flt: EventFilter) -> None:
    """The events as a table, :data:`TABLE_PAGE_ROWS` rows a page (a browser grid of 100k
    rows costs seconds on every rerun); selecting a row selects the event."""
    total = len(view.positions(flt))
    pages = max(1, -(-total // TABLE_PAGE_ROWS))
    page = 1
    if pages > 1:
        if not 1 <= int(st.session_state.get("table_page") or 1) <= pages:
            st.session_state["table_page"] = 1  # the filters changed under it
        left, right = st.columns([1, 4])
        page = int(left.number_input(f"Page (of {pages})", min_value=1, max_value=pages, step=1, key="table_page"))
        first = (page - 1) * TABLE_PAGE_ROWS
        right.caption(f"Events {first + 1}–{min(first + TABLE_PAGE_ROWS, total)} of {total}.")
    frame, ids = view.table(flt, page)
    st.session_state[TABLE_IDS] = ids
    st.dataframe(frame, key="events_table", on_select=on_table_select,
                 selection_mode="single-row", hide_index=True, width="stretch")
