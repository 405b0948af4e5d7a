"""Counts over time by type family, actor or country (what analysts brief from, as ACLED's
dashboard), for the events in view."""
from __future__ import annotations

import streamlit as st

from geodata.export.palette import TYPE_FAMILIES
from timeline.view.chart import BRIEF_BY
from timeline.view.filters import EventFilter
from ui.store_view import StoreView


def counts_panel(view: StoreView, flt: EventFilter) -> None:
    """A stacked bar chart of the events in view per period, by the chosen breakdown."""
    st.subheader("Counts over time")
    # Drawn on demand, like the table: a chart of its own on every run costs each filter change.
    if not st.toggle("Show the counts over time", key="brief_show"):
        return
    by = st.segmented_control("Count by", list(BRIEF_BY), format_func=BRIEF_BY.get, key="brief_by",
                              default="family", label_visibility="collapsed") or "family"
    spec = view.brief_spec(flt, by)
    if spec is None:
        st.caption("No dated event in view.")
        return
    st.vega_lite_chart(spec, key="brief_chart", width="stretch")
    if by == "family":
        st.caption(" · ".join(f"{label}: {', '.join(kinds)}" for label, _, kinds in TYPE_FAMILIES.values()))
