"""Streamlit app: the events of the store on a map, a timeline and a table.

Run with ``streamlit run app.py``. The store is ``$TIMELINE_DB`` (else the default path of
:func:`timeline.store.default_db_path`); on first run the bundled demo articles are loaded
into it (set ``TIMELINE_DEMO=0`` to skip that). This file only places things on the page:
filtering is :mod:`timeline.filters`, the chart :mod:`timeline.chart`, the map
:mod:`geodata.webmap`, ingestion :mod:`timeline.ingest` and :mod:`timeline.pipeline`.
"""
from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geodata.basemap import country_names
from geodata.webmap import build_event_map, event_id_from_popup, format_date_interval, located
from timeline.chart import GROUPINGS, SELECTION_NAME, build_timeline, outside_focus, selected_event_id
from timeline.errors import TimelineError
from timeline.filters import EventFilter, event_actors, facets, filter_events, find_event
from timeline.pubdate import EARLIEST, LATEST
from timeline.store import Store, default_db_path

SELECTED = "selected_event_id"
TABLE_IDS = "_table_event_ids"
ADD_MESSAGE = "_add_message"

st.set_page_config(page_title="Event timeline and map", layout="wide")


# -- resources ---------------------------------------------------------------------------

def db_path() -> str:
    return str(default_db_path())


@st.cache_resource(show_spinner=False)
def language_pipeline() -> Any:
    """The spaCy pipeline, loaded once per process (extraction reuses the same object)."""
    from geodata.language import load_pipeline

    return load_pipeline()


@st.cache_resource(show_spinner=False)
def demo_loaded(path: str) -> int:
    """Load the demo corpus into the store at ``path`` once per process; new events."""
    from timeline.pipeline import ensure_demo

    language_pipeline()
    with Store(path) as store:
        return ensure_demo(store)


def read_events(path: str) -> list[dict[str, Any]]:
    # A connection per run: sqlite3 connections belong to one thread, and each
    # Streamlit run may be on another.
    with Store(path) as store:
        return store.events()


# -- selection callbacks (the latest click on map, timeline or table wins) ------------

def on_map_click() -> None:
    state = st.session_state.get("event_map") or {}
    event_id = event_id_from_popup(state.get("last_object_clicked_popup"))
    if event_id:
        st.session_state[SELECTED] = event_id


def on_timeline_select() -> None:
    event_id = selected_event_id(st.session_state.get("timeline_chart"))
    if event_id:
        st.session_state[SELECTED] = event_id


def on_table_select() -> None:
    state = st.session_state.get("events_table") or {}
    rows = (state.get("selection") or {}).get("rows") or []
    ids: Sequence[str] = st.session_state.get(TABLE_IDS, [])
    if rows and 0 <= rows[0] < len(ids):
        st.session_state[SELECTED] = ids[rows[0]]


# -- page parts ----------------------------------------------------------------------

def add_articles_panel(path: str) -> None:
    """Paste text or upload files, give the publication date, process, report."""
    from timeline import ingest

    with st.expander("Add articles", expanded=False, icon=":material/add:"):
        with st.form("add_form", clear_on_submit=False):
            text = st.text_area("Paste article text", key="add_text", height=150)
            title = st.text_input("Title (optional, for pasted text)", key="add_title")
            files = st.file_uploader("…or upload .txt / .html files", type=["txt", "html", "htm"],
                                     accept_multiple_files=True, key="add_files")
            published = st.date_input(
                "Publication date", value=None, key="add_published", format="YYYY-MM-DD",
                min_value=EARLIEST, max_value=LATEST,
                help="Needed for pasted text and .txt files. HTML pages usually give their own "
                     "date; a date entered here is used instead of it.")
            submitted = st.form_submit_button("Process articles", key="add_submit")
        if not submitted:
            return
        articles = []
        errors: list[str] = []
        if text.strip() or not files:
            try:
                articles.append(ingest.from_text(text, published=published, title=title.strip() or None))
            except TimelineError as exc:
                errors.append(f"Pasted text: {exc}")
        for upload in files or []:
            try:
                articles.append(ingest.from_upload(upload.name, upload.getvalue(), published=published))
            except TimelineError as exc:
                errors.append(str(exc))
        if errors:
            for message in errors:
                st.error(message)
            st.info("Nothing was stored. Fix the input above and process again.")
            return
        from timeline.pipeline import ingest_articles

        with st.spinner("Loading the language model…"):
            language_pipeline()
        bar = st.progress(0.0, text=f"Processing {len(articles)} article(s)…")

        def progress(i: int, n: int, article: Any) -> None:
            # Counts only: st.progress renders Markdown, and titles are untrusted page text.
            bar.progress(i / n, text=f"{i} of {n} article(s) processed")

        try:
            with Store(path) as store:
                report = ingest_articles(articles, store, progress=progress)
        except TimelineError as exc:
            st.error(str(exc))
            return
        dates = ", ".join(sorted({f"{a.published.isoformat()} ({a.published_from})" for a in articles}))
        st.session_state[ADD_MESSAGE] = (
            f"Processed {report.articles} article(s), {report.new_articles} new: "
            f"{report.new_events} new event(s). Publication date(s): {dates}.")
        st.rerun()


def sidebar_filters(records: list[dict[str, Any]]) -> EventFilter:
    """The filter widgets; returns the filter the map, timeline, table and export follow."""
    found = facets(records)
    names = country_names()
    st.sidebar.header("Filters")
    actors = st.sidebar.multiselect("Actors", found.actors, key="filter_actors")
    date_from = date_to = None
    if found.date_min and found.date_max:
        bounds = (found.date_min, found.date_max)
        # Follow the data's range while the user has not changed it (new articles may widen it).
        if st.session_state.get("_date_bounds") != bounds and (
                "filter_dates" not in st.session_state
                or tuple(st.session_state["filter_dates"]) == st.session_state.get("_date_bounds")):
            st.session_state["filter_dates"] = bounds
        st.session_state["_date_bounds"] = bounds
        chosen = st.sidebar.date_input("Date range (overlapping)", key="filter_dates", format="YYYY-MM-DD")
        if isinstance(chosen, Sequence) and len(chosen) == 2:
            date_from, date_to = chosen
        elif isinstance(chosen, Sequence) and len(chosen) == 1:
            date_from = chosen[0]
    include_undated = st.sidebar.checkbox(f"Include undated events ({found.undated})", value=True,
                                          key="filter_undated")
    types = st.sidebar.multiselect("Event types", found.event_types, key="filter_types")
    countries = st.sidebar.multiselect("Countries", found.countries, key="filter_countries",
                                       format_func=lambda code: f"{names.get(code, code)} ({code})")
    text = st.sidebar.text_input("Text contains", key="filter_text")
    return EventFilter(actors=tuple(actors), date_from=date_from, date_to=date_to,
                       event_types=tuple(types), countries=tuple(countries), text=text,
                       include_undated=include_undated)


def export_buttons(shown: list[dict[str, Any]]) -> None:
    from geodata.export import csv_text, geojson_bytes

    st.sidebar.header("Export")
    n_located = len(located(shown))
    st.sidebar.download_button(
        f"Download GeoJSON ({n_located} located)", data=geojson_bytes(shown),
        file_name="events.geojson", mime="application/geo+json", key="download_geojson",
        disabled=not n_located)
    st.sidebar.download_button(
        f"Download CSV ({len(shown)})", data=csv_text(shown).encode("utf-8"),
        file_name="events.csv", mime="text/csv", key="download_csv", disabled=not shown)
    if len(shown) > n_located:
        st.sidebar.caption(f"{len(shown) - n_located} event(s) without a location are not in the GeoJSON.")


def detail_panel(record: Mapping[str, Any] | None) -> None:
    """Provenance of the selected event. Record text goes through st.text (no Markdown/HTML)."""
    if record is None:
        st.info("Click an event on the map, the timeline or the table to see its evidence.")
        return
    st.subheader("Selected event")
    st.text(f"{record.get('event_type') or 'event'} ({record.get('mode') or 'asserted'})"
            f" — {', '.join(event_actors(record)) or 'no actor'}")
    st.markdown("**Evidence**")
    st.text(record.get("sentence") or "")
    st.markdown("**Article**")
    st.text(" · ".join(str(v) for v in (record.get("source_title"), record.get("published")) if v) or "unknown")
    if record.get("source_url"):
        st.text(str(record["source_url"]))
    st.markdown("**When**")
    st.text(format_date_interval(record)
            + (f" — from “{record['date_text']}”" if record.get("date_text") else "")
            + (f"\n{record['date_derivation']}" if record.get("date_derivation") else ""))
    st.markdown("**Where**")
    if record.get("lat") is not None and record.get("lon") is not None:
        where = (f"{record.get('place_name') or '?'} ({record.get('country_code') or '?'}), "
                 f"{record.get('geo_precision') or 'unknown'} precision, "
                 f"{float(record['lat']):.4f}, {float(record['lon']):.4f}")
    else:
        where = "no location found"
    if record.get("place_derivation"):
        where += f"\n{record['place_derivation']}"
    st.text(where)
    st.caption(f"event {record.get('id')} · confidence {float(record.get('confidence') or 0):.2f}")


def events_table(shown: list[dict[str, Any]]) -> None:
    rows = [{
        "date": format_date_interval(r),
        "type": r.get("event_type"),
        "actors": ", ".join(event_actors(r)),
        "place": r.get("place_name"),
        "country": r.get("country_code"),
        "geo precision": r.get("geo_precision"),
        "evidence": r.get("sentence"),
        "source": r.get("source_title"),
    } for r in shown]
    st.session_state[TABLE_IDS] = [str(r.get("id")) for r in shown]
    st.dataframe(pd.DataFrame(rows), key="events_table", on_select=on_table_select,
                 selection_mode="single-row", hide_index=True, width="stretch")


# -- page ----------------------------------------------------------------------------

def main() -> None:
    path = db_path()
    st.title("Events: map and timeline")
    if os.environ.get("TIMELINE_DEMO", "1") != "0":
        with st.spinner("First run: reading the demo articles…"):
            demo_loaded(path)
    if ADD_MESSAGE in st.session_state:
        st.success(st.session_state.pop(ADD_MESSAGE))
    add_articles_panel(path)

    records = read_events(path)
    flt = sidebar_filters(records)
    shown = filter_events(records, flt)
    st.sidebar.header("Display")
    group_by = st.sidebar.selectbox("Group timeline by", list(GROUPINGS), format_func=GROUPINGS.get,
                                    key="timeline_group")
    tiles = st.sidebar.toggle("OpenStreetMap tiles (needs internet)", value=False, key="map_tiles")
    cluster = st.sidebar.toggle("Cluster nearby markers", value=True, key="map_cluster")
    export_buttons(shown)

    n_located = len(located(shown))
    st.caption(f"{len(shown)} of {len(records)} events shown · {n_located} on the map · "
               f"store: {path}")

    map_column, detail_column = st.columns([3, 2])
    with map_column:
        st_folium(build_event_map(shown, tiles=tiles, cluster=cluster), key="event_map",
                  height=480, use_container_width=True,
                  returned_objects=["last_object_clicked", "last_object_clicked_popup"],
                  on_change=on_map_click)
    with detail_column:
        detail_panel(find_event(records, st.session_state.get(SELECTED)))

    st.subheader("Timeline")
    if any(r.get("date_start") or r.get("date_end") for r in shown):
        hidden = outside_focus(shown)
        st.caption("Bars span each event's whole date interval (a month-precise date is a month "
                   "wide); hollow markers are imprecise dates. Scroll to zoom, drag to pan, click to select."
                   + (f" {hidden} event(s) lie outside the first view: scroll out to see them." if hidden else ""))
        st.altair_chart(build_timeline(shown, group_by=group_by), key="timeline_chart",
                        on_select=on_timeline_select, selection_mode=[SELECTION_NAME], width="stretch")
    else:
        st.info("No dated events to show.")

    st.subheader("Events")
    events_table(shown)


main()
