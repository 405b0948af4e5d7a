"""Streamlit app: the events of the store on a map, a timeline and a table.

Run with ``streamlit run app.py``. The store is ``$TIMELINE_DB`` (else the default path of
:func:`timeline.store.database.default_db_path`); on first run the bundled demo articles are
loaded into it (set ``TIMELINE_DEMO=0`` to skip that). This file only places the panels on
the page; each is built in :mod:`ui` (view state and the URL, sidebar, map, timeline, table,
evidence and editing, adding articles and imports, exports). The view (filters and the
selected event) lives in the URL query string, so a link reopens the same view.
"""
from __future__ import annotations

import os

import streamlit as st

from geodata.export.webmap import rendering_path
from timeline.view.chart import GROUPINGS
from timeline.view.filters import in_window
from ui.evidence import deleted_panel, detail_panel, edit_panel, merge_candidates
from ui.exports import export_buttons
from ui.keys import ADD_MESSAGE, SELECTED, SHOW_TABLE
from ui.map_panel import base_map, clear_map_area, event_map, map_drawn_signal
from ui.sidebar import display_options, sidebar_filters
from ui.sources_panel import add_articles_panel, import_panel, panel_toggles
from ui.state import controls_deferred, filter_from_state, load_view_from_url, save_view_to_url, window_from_state
from ui.store_view import db_path, demo_loaded, store_facets, store_view
from ui.table import TABLE_SHOWN_MAX, events_table
from ui.timeline_panel import has_time_window, time_window, timeline

#: Pixel heights of the "Add articles"/"Import" toggles and of the time window slider: the
#: room a session's first run keeps for them (see :func:`ui.state.controls_deferred`).
PANEL_TOGGLES_HEIGHT = 32
TIME_WINDOW_HEIGHT = 68

st.set_page_config(page_title="Event timeline and map", layout="wide")


def main() -> None:
    path = db_path()
    st.title("Events: map and timeline")
    if os.environ.get("TIMELINE_DEMO", "1") != "0":
        with st.spinner("First run: reading the demo articles…"):
            demo_loaded(path)
    if ADD_MESSAGE in st.session_state:
        st.success(st.session_state[ADD_MESSAGE])  # dropped at the end of the run
    panels_slot = st.container()

    view = store_view(path)
    found = store_facets(path)
    load_view_from_url(found)
    # The map and the timeline are emitted first (the browser draws elements as they
    # arrive, and loads each kind's code when it first sees one); the widgets that set
    # them come after, so their values are read from their state here (the values the
    # widgets return below; a mismatch reruns the page once).
    flt = filter_from_state(found)
    group_by = st.session_state.get("timeline_group", next(iter(GROUPINGS)))
    tiles = bool(st.session_state.get("map_tiles", False))
    cluster = bool(st.session_state.get("map_cluster", True))
    window = window_from_state(found)

    selected = st.session_state.get(SELECTED)
    selected_record = view.find(selected)
    deferred = controls_deferred()

    # The toggles and the time window above the map sit in boxes of their own height,
    # drawn empty in a session's first run (its controls come on the next run): the map
    # and the timeline do not move when they appear, nor while their code loads.
    toggles_row = panels_slot.container(height=PANEL_TOGGLES_HEIGHT, border=False)
    window_box = st.container(height=TIME_WINDOW_HEIGHT, border=False) if has_time_window(found) else None
    save_view_to_url(flt, selected if selected_record else None, group_by, window)
    in_view = in_window(flt, window)
    shown_positions, view_positions = view.positions(flt), view.positions(in_view)
    n_dated = int(view.index.dated[shown_positions].sum())  # the timeline draws a chart unless 0
    n_located = int(view.index.located[view_positions].sum())
    path_name = rendering_path(n_located)
    st.caption(f"{len(shown_positions)} of {len(view.records)} events shown · {n_located} on the map"
               + (f" ({len(view_positions)} in the time window)" if window else "")
               + f" · map: {path_name} · store: {path}")

    map_column, detail_column = st.columns([3, 2])
    with map_column:
        if flt.area:
            left, right = st.columns([3, 1])
            left.caption("Showing the events in one area of the map ({:g}° to {:g}° N, {:g}° to {:g}° E)."
                         .format(flt.area[0], flt.area[2], flt.area[1], flt.area[3]))
            right.button("Whole map", key="map_area_clear", on_click=clear_map_area, icon=":material/zoom_out_map:")
        if path_name == "aggregated":
            st.caption(f"{n_located} events: the map shows counts per area; click a circle to see its events. "
                       "Narrowing the filters or the time window shows single events too.")
        event_map(base_map(tiles), view.map_layer(in_view, cluster, selected if path_name == "detailed" else None)
                  + map_drawn_signal(bool(n_dated)))
    timeline(view, flt, n_dated, group_by, window, selected)

    if deferred:
        st.sidebar.header("Filters")
        st.sidebar.caption("The filters appear once the map is drawn.")
        st.sidebar.button("Show the filters now", key="show_controls")
        return
    shown_window = None
    if window_box is not None:
        with window_box:
            shown_window = time_window(found)
    adding, importing = panel_toggles(toggles_row)
    if adding or importing:
        with panels_slot:
            left, right = st.columns(2)
            if adding:
                with left:
                    add_articles_panel(path)
            if importing:
                with right:
                    import_panel(path)
    shown_filter = sidebar_filters(found, flt)
    # Display options and exports sit in popovers: the browser draws a popover's widgets
    # only when it is opened (nine widgets and two headers fewer in a first paint).
    shown_group, shown_tiles, shown_cluster = display_options()
    export_buttons(view, flt, path)
    deleted_panel(path)
    with detail_column:
        detail_panel(selected_record)
        if selected_record is not None:
            edit_panel(selected_record, merge_candidates(view, flt, selected_record), path)
    st.subheader("Events")
    n_in_view = len(view_positions)
    if SHOW_TABLE not in st.session_state:
        st.session_state[SHOW_TABLE] = n_in_view <= TABLE_SHOWN_MAX
    if st.toggle("Show the events table", key=SHOW_TABLE):
        events_table(view, in_view)
    else:
        st.caption(f"{n_in_view} events in view: the table is hidden (it starts hidden above "
                   f"{TABLE_SHOWN_MAX:,} events); the map, the timeline and the exports follow the filters.")

    drawn = (flt, group_by, tiles, cluster, window)
    shown = (shown_filter, shown_group, shown_tiles, shown_cluster, shown_window)
    if shown != drawn:
        # A widget returned another value than its state said (the time window slider
        # starts over when new events widen the date range): draw the page again with
        # the widgets' values, once.
        if st.session_state.get("_redrawn_for") != repr(shown):
            st.session_state["_redrawn_for"] = repr(shown)
            st.rerun()
    st.session_state.pop("_redrawn_for", None)
    st.session_state.pop(ADD_MESSAGE, None)


main()
