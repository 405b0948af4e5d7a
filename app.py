"""Streamlit app: the events of the store on a map, a timeline and a table.

Run with ``streamlit run app.py``. The store is ``$TIMELINE_DB`` (else the default path of
:func:`timeline.store.default_db_path`); on first run the bundled demo articles are loaded
into it (set ``TIMELINE_DEMO=0`` to skip that). This file only places things on the page:
filtering is :mod:`timeline.filters`, the chart :mod:`timeline.chart`, the map
:mod:`geodata.webmap`, ingestion :mod:`timeline.ingest` and :mod:`timeline.pipeline`,
analyst corrections :mod:`timeline.corrections`, imports :mod:`timeline.importing` and
exports :mod:`geodata.export`. The view (filters and the selected event) lives in the URL
query string, so a link reopens the same view.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geodata.basemap import country_names
from geodata.export import EXPORT_FORMATS, export_bytes
from geodata.webmap import build_event_map, event_id_from_popup, format_date_interval, located, rendering_path
from timeline import corrections
from timeline.chart import (GROUPINGS, SELECTION_NAME, build_count_timeline, build_timeline, outside_focus,
                            selected_event_id, timeline_path)
from timeline.corroborate import corroborate
from timeline.errors import TimelineError
from timeline.filters import (EventFilter, event_actors, event_interval, event_mode, event_source, facets,
                              filter_events, find_event, search_texts, view_from_query, view_to_query)
from timeline.pubdate import EARLIEST, LATEST
from timeline.store import Store, default_db_path

SELECTED = "selected_event_id"
TABLE_IDS = "_table_event_ids"
ADD_MESSAGE = "_add_message"
EDIT_FOR = "_edit_for"
TABLE_MAX_ROWS = 1_000
VIEW_LOADED = "_view_loaded"
KEEP_PLACE = corrections.KEEP_PLACE
ENTER_COORDINATES = corrections.ENTER_COORDINATES
EDIT_KEYS = ("edit_place", "edit_place_name", "edit_lat", "edit_lon", "edit_start", "edit_end",
             "edit_precision", "edit_type", "edit_mode", "edit_actors", "edit_note", "edit_merge_other")
#: (suffix, file name, key) of the sidebar download buttons.
DOWNLOADS = ((".geojson", "events.geojson", "download_geojson"), (".csv", "events.csv", "download_csv"),
             (".parquet", "events.parquet", "download_parquet"), (".kml", "events.kml", "download_kml"),
             (".timelinejs.json", "events.timelinejs.json", "download_timelinejs"),
             (".html", "events-map.html", "download_html"))

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


def store_version(path: str) -> tuple[int, ...]:
    """Changes whenever the store or its write-ahead log is written (new events, corrections)."""
    stamps = []
    for name in (path, path + "-wal"):
        try:
            stat = os.stat(name)
            stamps.extend((stat.st_mtime_ns, stat.st_size))
        except FileNotFoundError:
            stamps.extend((0, 0))
    return tuple(stamps)


@st.cache_resource(show_spinner=False, max_entries=2)
def _read_events_cached(path: str, version: tuple[int, ...]) -> list[dict[str, Any]]:
    # A connection per read: sqlite3 connections belong to one thread, and each Streamlit
    # run may be on another. Cached as a resource (not copied per run): never mutated.
    with Store(path) as store:
        records = store.events()
    # Corrections first (they are keyed by event id), then one event per happening that
    # several articles report, with every source kept.
    return corroborate(corrections.apply_corrections(records, path))


def read_events(path: str) -> list[dict[str, Any]]:
    """The stored events with the analyst's corrections applied (deleted ones left out)."""
    return _read_events_cached(path, store_version(path))


@st.cache_resource(show_spinner=False, max_entries=2)
def _facets_cached(path: str, version: tuple[int, ...]) -> Any:
    return facets(_read_events_cached(path, version))


@st.cache_resource(show_spinner=False, max_entries=2)
def _search_texts_cached(path: str, version: tuple[int, ...]) -> dict[str, str]:
    return search_texts(_read_events_cached(path, version))


def store_search_texts(path: str) -> dict[str, str]:
    """The searchable text of every event (built once per store version)."""
    return _search_texts_cached(path, store_version(path))


def store_facets(path: str) -> Any:
    """The filter choices of the whole store (computed once per store version)."""
    return _facets_cached(path, store_version(path))


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


def sidebar_filters(found: Any) -> EventFilter:
    """The filter widgets (choices from ``found``, the store's facets); returns the filter
    the map, timeline, table and export follow."""
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
    modes = st.sidebar.multiselect("Mode", found.modes, key="filter_modes",
                                   help="asserted, planned, threatened, denied, hypothetical")
    sources = st.sidebar.multiselect("Source", found.sources, key="filter_sources",
                                     help="The article title (or the imported file)")
    min_confidence = st.sidebar.slider("Minimum confidence", 0.0, 1.0, step=0.05, key="filter_confidence")
    text = st.sidebar.text_input("Text contains", key="filter_text")
    return EventFilter(actors=tuple(actors), date_from=date_from, date_to=date_to,
                       event_types=tuple(types), countries=tuple(countries), text=text,
                       include_undated=include_undated, modes=tuple(modes), sources=tuple(sources),
                       min_confidence=float(min_confidence))


def load_view_from_url(found: Any) -> None:
    """Once per session: put the URL's view (filters, selected event, grouping) into the
    widgets' state before they are drawn. Values the data does not offer are dropped."""
    if st.session_state.get(VIEW_LOADED):
        return
    st.session_state[VIEW_LOADED] = True
    query = {key: st.query_params.get_all(key) for key in st.query_params.keys()}
    if not query:
        return
    flt, selected = view_from_query(query)
    for key, chosen, offered in (("filter_actors", flt.actors, found.actors),
                                 ("filter_types", flt.event_types, found.event_types),
                                 ("filter_countries", flt.countries, found.countries),
                                 ("filter_modes", flt.modes, found.modes),
                                 ("filter_sources", flt.sources, found.sources)):
        values = [v for v in chosen if v in offered]
        if values:
            st.session_state[key] = values
    if found.date_min and found.date_max and (flt.date_from or flt.date_to):
        bounds = (found.date_min, found.date_max)
        first = min(max(flt.date_from or found.date_min, found.date_min), found.date_max)
        last = max(min(flt.date_to or found.date_max, found.date_max), first)
        st.session_state["filter_dates"] = (first, last)
        st.session_state["_date_bounds"] = bounds
    st.session_state["filter_undated"] = flt.include_undated
    if flt.text:
        st.session_state["filter_text"] = flt.text
    if flt.min_confidence:
        st.session_state["filter_confidence"] = round(flt.min_confidence / 0.05) * 0.05
    group = query.get("group")
    if group and group[-1] in GROUPINGS:
        st.session_state["timeline_group"] = group[-1]
    if selected:
        st.session_state[SELECTED] = selected


def save_view_to_url(flt: EventFilter, selected: str | None, group_by: str) -> None:
    """Write the current view into the URL (only when it changed)."""
    wanted = view_to_query(flt, selected_id=selected,
                           extra={"group": group_by if group_by != "event_type" else ""})
    current = {key: st.query_params.get_all(key) for key in st.query_params.keys()}
    if current != wanted:
        st.query_params.from_dict(wanted)


def export_buttons(shown: list[dict[str, Any]]) -> None:
    """One download per format; each file is made only when its button is pressed."""
    st.sidebar.header("Export")
    n_located = n_dated = 0
    for record in shown:
        n_located += record.get("lat") is not None and record.get("lon") is not None
        n_dated += bool(record.get("date_start") or record.get("date_end"))
    for suffix, file_name, key in DOWNLOADS:
        label, mime, _writer = EXPORT_FORMATS[suffix]
        count = {".csv": (len(shown), f"{len(shown)}"),
                 ".timelinejs.json": (n_dated, f"{n_dated} dated")}.get(suffix, (n_located, f"{n_located} located"))
        st.sidebar.download_button(
            f"Download {label} ({count[1]})", data=lambda shown=shown, name=file_name: export_bytes(shown, name),
            file_name=file_name, mime=mime, key=key, on_click="ignore", disabled=not count[0])
    if len(shown) > n_located:
        st.sidebar.caption(f"{len(shown) - n_located} event(s) without a location are not in the map formats.")


def import_panel(path: str) -> None:
    """Upload GeoJSON or ACLED-style CSV events into the store (as an imported source)."""
    from timeline.importing import import_events, read_events_file

    with st.expander("Import events (GeoJSON, ACLED-style CSV)", expanded=False, icon=":material/upload:"):
        with st.form("import_form", clear_on_submit=True):
            files = st.file_uploader("GeoJSON or CSV files", type=["geojson", "json", "csv"],
                                     accept_multiple_files=True, key="import_files")
            submitted = st.form_submit_button("Import", key="import_submit")
        if not submitted:
            return
        if not files:
            st.error("Choose at least one file to import.")
            return
        loaded = []
        for upload in files:
            try:
                data = upload.getvalue()
                read_events_file(upload.name, data)
                loaded.append((upload.name, data))
            except TimelineError as exc:
                st.error(str(exc))
        if len(loaded) < len(files):
            st.info("Nothing was imported. Fix the files above and import again.")
            return
        with Store(path) as store:
            reports = [import_events(store, name, data) for name, data in loaded]
        st.session_state[ADD_MESSAGE] = "Imported " + "; ".join(
            f"{r.name}: {r.events} event(s), {r.new_events} new" for r in reports) + "."
        st.rerun()


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
    others = [s for s in record.get("sources") or [] if s.get("article_id") != record.get("article_id")]
    if others:
        st.markdown(f"**Also reported by {len(others)} other article(s)**")
        st.text("\n".join(f"{s.get('source_title') or s.get('source_url') or '?'} · {s.get('published') or ''}\n"
                          f"  “{s.get('sentence') or ''}”" for s in others))
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
    if record.get("corrected"):
        st.text(f"Corrected by an analyst: {', '.join(record['corrected'])}"
                + (f" — {record['correction_note']}" if record.get("correction_note") else ""))
    if record.get("merged_from"):
        st.text(f"Merged with: {', '.join(record['merged_from'])}")
    st.caption(f"event {record.get('id')} · confidence {float(record.get('confidence') or 0):.2f}")


def _reset_edit_form(record: Mapping[str, Any]) -> None:
    """Fill the edit widgets from ``record`` when another event is selected."""
    if st.session_state.get(EDIT_FOR) == record.get("id"):
        return
    for key in EDIT_KEYS:
        st.session_state.pop(key, None)
    interval = event_interval(record)
    st.session_state.update({
        EDIT_FOR: record.get("id"),
        "edit_place": KEEP_PLACE,
        "edit_place_name": str(record.get("place_name") or ""),
        "edit_lat": float(record["lat"]) if record.get("lat") is not None else None,
        "edit_lon": float(record["lon"]) if record.get("lon") is not None else None,
        "edit_start": interval[0] if interval else None,
        "edit_end": interval[1] if interval else None,
        "edit_precision": str(record.get("date_precision") or "unknown"),
        "edit_type": str(record.get("event_type") or ""),
        "edit_mode": event_mode(record) if event_mode(record) in corrections.MODES else "asserted",
        "edit_actors": "; ".join(event_actors(record)),
        "edit_note": "",
    })


def edit_panel(record: Mapping[str, Any], shown: Sequence[Mapping[str, Any]], path: str) -> None:
    """Correct the selected event (place, date, type, mode, actors), delete it, merge
    another into it, or undo its corrections. Stored in the corrections table, so they
    survive re-ingesting the article."""
    _reset_edit_form(record)
    event_id = str(record.get("id"))
    with st.expander("Edit event", expanded=False, icon=":material/edit:"):
        place_text = record.get("place_text") or record.get("place_name")
        candidates = corrections.place_candidates(str(place_text)) if place_text else []
        with st.form("edit_form", clear_on_submit=False):
            st.selectbox(f"Place (gazetteer candidates for “{place_text or '—'}”)",
                         [KEEP_PLACE] + [c["label"] for c in candidates] + [ENTER_COORDINATES], key="edit_place")
            left, right = st.columns(2)
            left.number_input("Latitude", min_value=-90.0, max_value=90.0, format="%.5f", key="edit_lat")
            right.number_input("Longitude", min_value=-180.0, max_value=180.0, format="%.5f", key="edit_lon")
            st.text_input("Place name (with coordinates)", key="edit_place_name")
            left, right = st.columns(2)
            left.date_input("Start date", key="edit_start", format="YYYY-MM-DD", min_value=dt.date(1800, 1, 1),
                            max_value=dt.date(2200, 12, 31))
            right.date_input("End date", key="edit_end", format="YYYY-MM-DD", min_value=dt.date(1800, 1, 1),
                             max_value=dt.date(2200, 12, 31))
            st.selectbox("Date precision", corrections.DATE_PRECISIONS, key="edit_precision")
            left, right = st.columns(2)
            left.text_input("Event type", key="edit_type")
            right.selectbox("Mode", corrections.MODES, key="edit_mode")
            st.text_input("Actors (separated by ;)", key="edit_actors")
            st.text_input("Note (why)", key="edit_note")
            save = st.form_submit_button("Save corrections", key="edit_submit")
        if save:
            state = st.session_state
            form = {"place": state.get("edit_place"), "lat": state.get("edit_lat"), "lon": state.get("edit_lon"),
                    "place_name": state.get("edit_place_name"), "date_start": state.get("edit_start"),
                    "date_end": state.get("edit_end"), "date_precision": state.get("edit_precision"),
                    "event_type": state.get("edit_type"), "mode": state.get("edit_mode"),
                    "actors": state.get("edit_actors")}
            try:
                changes = corrections.form_changes(record, form, candidates)
                if changes:
                    corrections.save_correction(path, event_id, changes,
                                                note=(state.get("edit_note") or "").strip() or None)
            except TimelineError as exc:
                st.error(str(exc))
            else:
                if not changes:
                    st.info("Nothing changed.")
                else:
                    st.session_state.pop(EDIT_FOR, None)
                    st.session_state[ADD_MESSAGE] = f"Corrected event {event_id}: {', '.join(sorted(changes))}."
                    st.rerun()
        others = [r for r in shown if r.get("id") != record.get("id")]
        # Nearest in time first: duplicates of one happening are reported close together.
        anchor = event_interval(record)
        if anchor:
            others.sort(key=lambda r: abs(((event_interval(r) or (dt.date.max, None))[0] - anchor[0]).days)
                        if event_interval(r) else 10 ** 9)
        others = others[:200]
        labels = {str(r.get("id")): f"{format_date_interval(r)} · {r.get('event_type')} · "
                                     f"{', '.join(event_actors(r))[:40]} · {r.get('place_name') or '?'}" for r in others}
        left, right = st.columns([3, 1])
        other = left.selectbox("Merge another event into this one", [""] + list(labels), key="edit_merge_other",
                               format_func=lambda key: labels.get(key, "—"))
        if right.button("Merge", key="edit_merge", disabled=not other):
            corrections.merge_events(path, event_id, str(other))
            st.session_state.pop("edit_merge_other", None)
            st.session_state[ADD_MESSAGE] = f"Merged event {other} into {event_id}."
            st.rerun()
        left, right = st.columns(2)
        if left.button("Delete this event", key="edit_delete", type="secondary"):
            corrections.delete_event(path, event_id)
            st.session_state.pop(SELECTED, None)
            st.session_state[ADD_MESSAGE] = f"Deleted event {event_id} (restore it under “Deleted events”)."
            st.rerun()
        if right.button("Undo all corrections", key="edit_restore", disabled=not record.get("corrected")):
            corrections.restore_event(path, event_id)
            st.session_state.pop(EDIT_FOR, None)
            st.session_state[ADD_MESSAGE] = f"Event {event_id} is as extracted again."
            st.rerun()


def deleted_panel(path: str) -> None:
    """Deleted and merged-away events, each restorable."""
    gone = {eid: c for eid, c in corrections.load_corrections(path).items() if c.get("deleted")}
    if not gone:
        return
    with st.sidebar.expander(f"Deleted events ({len(gone)})"):
        pick = st.selectbox("Deleted event", sorted(gone), key="restore_pick",
                            format_func=lambda eid: eid + (f" (merged into {gone[eid]['merged_into']})"
                                                           if gone[eid].get("merged_into") else ""))
        if st.button("Restore", key="restore_submit"):
            corrections.save_correction(path, pick, {"deleted": False, "merged_into": None})
            st.session_state[ADD_MESSAGE] = f"Restored event {pick}."
            st.rerun()


def time_window(found: Any) -> tuple[dt.date, dt.date] | None:
    """The slider above the map: the days the map and the table show (over the store's
    whole date range, so moving it never depends on the other filters)."""
    low, high = found.date_min, found.date_max
    if low is None or high is None or low == high:
        return None
    chosen = st.session_state.get("time_window")
    if not (isinstance(chosen, (tuple, list)) and len(chosen) == 2 and low <= chosen[0] <= chosen[1] <= high):
        st.session_state["time_window"] = (low, high)
    window = st.slider("Time window (filters the map and the table)", min_value=low, max_value=high,
                       key="time_window", format="YYYY-MM-DD")
    return (window[0], window[1]) if tuple(window) != (low, high) else None


def in_window(records: list[dict[str, Any]], window: tuple[dt.date, dt.date] | None) -> list[dict[str, Any]]:
    """The records whose interval overlaps the window (undated ones stay)."""
    if window is None:
        return records
    return filter_events(records, EventFilter(date_from=window[0], date_to=window[1]))


def events_table(shown: list[dict[str, Any]]) -> None:
    """The events as a table (the first :data:`TABLE_MAX_ROWS`: a browser grid of 100k rows
    costs seconds on every rerun); selecting a row selects the event."""
    if len(shown) > TABLE_MAX_ROWS:
        st.caption(f"The first {TABLE_MAX_ROWS} of {len(shown)} events; narrow the filters to see the others.")
        shown = shown[:TABLE_MAX_ROWS]
    rows = [{
        "date": format_date_interval(r),
        "type": r.get("event_type"),
        "actors": ", ".join(event_actors(r)),
        "place": r.get("place_name"),
        "country": r.get("country_code"),
        "geo precision": r.get("geo_precision"),
        "mode": event_mode(r),
        "confidence": r.get("confidence"),
        "evidence": r.get("sentence"),
        "source": event_source(r),
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
    import_panel(path)

    records = read_events(path)
    found = store_facets(path)
    load_view_from_url(found)
    flt = sidebar_filters(found)
    shown = filter_events(records, flt, texts=store_search_texts(path) if flt.text.strip() else None)
    st.sidebar.header("Display")
    group_by = st.sidebar.selectbox("Group timeline by", list(GROUPINGS), format_func=GROUPINGS.get,
                                    key="timeline_group")
    tiles = st.sidebar.toggle("OpenStreetMap tiles (needs internet)", value=False, key="map_tiles")
    cluster = st.sidebar.toggle("Cluster nearby markers", value=True, key="map_cluster")
    export_buttons(shown)
    deleted_panel(path)

    selected = st.session_state.get(SELECTED)
    selected_record = find_event(records, selected)
    save_view_to_url(flt, selected if selected_record else None, group_by)

    timeline_slot = st.container()
    with timeline_slot:
        window = time_window(found)
    in_view = in_window(shown, window)
    points = located(in_view)
    n_located = len(points)
    path_name = rendering_path(n_located)
    st.caption(f"{len(shown)} of {len(records)} events shown · {n_located} on the map"
               + (f" ({len(in_view)} in the time window)" if window else "")
               + f" · map: {path_name} · store: {path}")

    map_column, detail_column = st.columns([3, 2])
    with map_column:
        if path_name == "aggregated":
            st.caption(f"{n_located} events: the map shows counts per area. Narrow the filters or the "
                       "time window to see single events.")
        st_folium(build_event_map(points, tiles=tiles, cluster=cluster, selected_id=selected), key="event_map",
                  height=480, use_container_width=True,
                  returned_objects=["last_object_clicked", "last_object_clicked_popup"],
                  on_change=on_map_click)
    with detail_column:
        detail_panel(selected_record)
        if selected_record is not None:
            edit_panel(selected_record, shown, path)

    st.subheader("Timeline")
    dated = [r for r in shown if r.get("date_start") or r.get("date_end")]
    if dated and timeline_path(len(dated)) == "counts":
        st.caption(f"{len(dated)} dated events: bars count events per period and row. Scroll to zoom, "
                   "drag to pan; the shaded band is the time window.")
        st.altair_chart(build_count_timeline(dated, group_by=group_by, window=window), key="timeline_counts",
                        width="stretch")
    elif dated:
        hidden = outside_focus(dated)
        st.caption("Bars span each event's whole date interval (a month-precise date is a month "
                   "wide); hollow markers are imprecise dates. Scroll to zoom, drag to pan, click to select."
                   + (f" {hidden} event(s) lie outside the first view: scroll out to see them." if hidden else ""))
        st.altair_chart(build_timeline(dated, group_by=group_by, selected_id=selected, window=window),
                        key="timeline_chart", on_select=on_timeline_select, selection_mode=[SELECTION_NAME],
                        width="stretch")
    else:
        st.info("No dated events to show.")

    st.subheader("Events")
    events_table(in_view)


main()
