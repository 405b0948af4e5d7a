"""Streamlit app: the events of the store on a map, a timeline and a table.

Run with ``streamlit run app.py``. The store is ``$TIMELINE_DB`` (else the default path of
:func:`timeline.store.database.default_db_path`); a fresh default store gets the bundled
demo articles once (set ``TIMELINE_DEMO=0`` to skip that), marked as demo and removable.
This file only places the panels on the page; each is built in :mod:`ui` (view state and
the URL, sidebar, date control, map, timeline, evidence and feed, table, counts, adding
articles and imports, exports). The view (filters and the selected event) lives in the URL
query string, so a link reopens the same view.

At 1440×900 the map, the timeline docked under it and the evidence beside them fit on one
screen (:mod:`ui.layout`); on a phone they stack.
"""
from __future__ import annotations

import streamlit as st

from timeline.view.chart import GROUPINGS
from ui.briefing import counts_panel
from ui.evidence import deleted_panel, detail_panel, edit_panel, merge_candidates
from ui.exports import export_buttons
from ui.feed import event_feed
from ui.first_run import demo_controls, first_run
from ui.keys import ADD_MESSAGE, SELECTED, SHOW_TABLE
from ui.layout import MAIN_COLUMNS, MAP_HEIGHT, SIDE_PANEL_HEIGHT, TIMELINE_HEIGHT, page_style
from ui.map_panel import app_theme, base_map, basemap_status, basemap_url, clear_map_area, event_map, map_drawn_signal
from ui.sidebar import display_options, sidebar_filters
from ui.sources_panel import add_articles_panel, import_panel, panel_toggles
from ui.state import controls_deferred, filter_from_state, likely_floor, load_view_from_url, save_view_to_url
from ui.store_view import db_path, store_facets, store_view
from ui.table import TABLE_SHOWN_MAX, events_table
from ui.time_control import date_control, default_range, open_ended, outside_note, prefetch_next_step
from ui.timeline_panel import timeline

#: Pixel heights of the "Add articles"/"Import" toggles and of the date control: the room a
#: session's first run keeps for them (see :func:`ui.state.controls_deferred`).
PANEL_TOGGLES_HEIGHT = 34
DATE_CONTROL_HEIGHT = 76

st.set_page_config(page_title="Event timeline and map", layout="wide")


def main() -> None:
    path = db_path()
    page_style()
    first_run(path)
    st.title("Events: map and timeline")
    if ADD_MESSAGE in st.session_state:
        st.success(st.session_state[ADD_MESSAGE])  # dropped at the end of the run
    panels_slot = st.container()

    view = store_view(path)
    found = store_facets(path)
    dense = view.dense_range()
    load_view_from_url(found)
    # The map and the timeline are emitted first (the browser draws elements as they
    # arrive, and loads each kind's code when it first sees one); the widgets that set
    # them come after, so their values are read from their state here (the values the
    # widgets return below; a mismatch reruns the page once).
    flt = filter_from_state(found, dense)
    group_by = st.session_state.get("timeline_group", next(iter(GROUPINGS)))
    tiles = bool(st.session_state.get("map_tiles", False))
    cluster = bool(st.session_state.get("map_cluster", True))

    selected = st.session_state.get(SELECTED)
    selected_record = view.find(selected)
    deferred = controls_deferred()

    # The toggles and the date control sit in boxes of their own height, drawn empty in a
    # session's first run (its controls come on the next run): the map and the timeline
    # do not move when they appear, nor while their code loads.
    toggles_row = panels_slot.container(height=PANEL_TOGGLES_HEIGHT, border=False)
    dates_box = st.container(height=DATE_CONTROL_HEIGHT, border=False) if found.date_min else None
    save_view_to_url(flt, selected if selected_record else None, group_by, open_ended(default_range(found, dense)))
    positions = view.positions(flt)
    n_dated = int(view.index.dated[positions].sum())  # the timeline draws a chart unless 0
    n_located = int(view.index.located[positions].sum())
    likely = likely_floor()  # the filter's minimum unless the slider asks for more
    st.caption(f"{len(positions):,} of {len(view.records):,} events shown · {n_located:,} on the map"
               + (f" · likely events only (confidence ≥ {likely:.2f})" if likely and flt.min_confidence == likely
                  else "")
               + outside_note(found, (flt.date_from, flt.date_to) if flt.date_from and flt.date_to else None)
               + basemap_status())

    map_column, side_column = st.columns(MAIN_COLUMNS)
    with map_column:
        if flt.area:
            left, right = st.columns([3, 1])
            left.caption("Showing the events in one area of the map ({:g}° to {:g}° N, {:g}° to {:g}° E)."
                         .format(flt.area[0], flt.area[2], flt.area[1], flt.area[3]))
            right.button("Whole map", key="map_area_clear", on_click=clear_map_area, icon=":material/zoom_out_map:")
        event_map(base_map(tiles, basemap_url(), app_theme()),
                  view.map_layer(flt, cluster, selected) + map_drawn_signal(bool(n_dated)), height=MAP_HEIGHT)
        timeline(view, flt, group_by, selected, height=TIMELINE_HEIGHT)

    if deferred:
        st.sidebar.header("Filters")
        st.sidebar.caption("The filters appear once the map is drawn.")
        st.sidebar.button("Show the filters now", key="show_controls")
        return
    shown_dates = None
    if dates_box is not None:
        with dates_box:
            shown_dates = date_control(found, dense)
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
    demo_controls(path)
    deleted_panel(path)
    with side_column:
        # Only the open tab is drawn (the feed's grid is the heaviest element of the page).
        evidence, feed = st.tabs(["Evidence", "Feed"], key="side_tab", on_change="rerun")
        if evidence.open:
            with evidence, st.container(height=SIDE_PANEL_HEIGHT - 50, border=False):
                detail_panel(selected_record)
                if selected_record is not None:
                    edit_panel(selected_record, merge_candidates(view, flt, selected_record), path)
        if feed.open:
            with feed:
                event_feed(view, flt, height=SIDE_PANEL_HEIGHT - 50)
    st.subheader("Events")
    n_in_view = len(positions)
    if SHOW_TABLE not in st.session_state:
        st.session_state[SHOW_TABLE] = n_in_view <= TABLE_SHOWN_MAX
    if st.toggle("Show the events table", key=SHOW_TABLE):
        events_table(view, flt)
    else:
        st.caption(f"{n_in_view:,} events in view: the table is hidden (it starts hidden above "
                   f"{TABLE_SHOWN_MAX:,} events); the map, the timeline and the exports follow the filters.")
    counts_panel(view, flt)

    drawn = (flt, group_by, tiles, cluster, (flt.date_from, flt.date_to))
    shown = (shown_filter, shown_group, shown_tiles, shown_cluster,
             open_ended(shown_dates) if shown_dates else (flt.date_from, flt.date_to))
    if shown != drawn:
        # A widget returned another value than its state said: draw the page again with
        # the widgets' values, once.
        if st.session_state.get("_redrawn_for") != repr(shown):
            st.session_state["_redrawn_for"] = repr(shown)
            st.rerun()
    st.session_state.pop("_redrawn_for", None)
    st.session_state.pop(ADD_MESSAGE, None)
    # The next step's map and timeline are made while this one is looked at (playback).
    prefetch_next_step(view, flt, found, cluster=cluster, selected=selected, group_by=group_by,
                       timeline_height=TIMELINE_HEIGHT)


main()
