"""ui/state.py outside a page run (Streamlit's bare mode keeps a session state of its own)."""
from __future__ import annotations

import pytest
import streamlit as st

from ui.keys import FEED_IDS, SELECTED, TABLE_IDS
from ui.state import select_row


@pytest.fixture(autouse=True)
def empty_state() -> None:
    for key in list(st.session_state.keys()):
        del st.session_state[key]


@pytest.mark.parametrize("grid, ids", [("events_table", TABLE_IDS), ("event_feed", FEED_IDS)])
def test_a_clicked_row_selects_its_event(grid: str, ids: str) -> None:
    st.session_state[ids] = ["ev-a", "ev-b", "ev-c"]
    st.session_state[grid] = {"selection": {"rows": [2]}}
    select_row(grid, ids)
    assert st.session_state[SELECTED] == "ev-c"


@pytest.mark.parametrize("rows", [[], [3], [-1]])
def test_no_row_or_a_row_out_of_range_selects_nothing(rows: list[int]) -> None:
    st.session_state[TABLE_IDS] = ["ev-a", "ev-b", "ev-c"]
    st.session_state["events_table"] = {"selection": {"rows": rows}}
    select_row("events_table", TABLE_IDS)
    assert SELECTED not in st.session_state
