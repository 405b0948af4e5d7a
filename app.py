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

import dataclasses
import datetime as dt
import gc
import os
import threading
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
import streamlit as st

from geodata.basemap import country_names
from geodata.export import EXPORT_FORMATS, export_bytes
from geodata.webmap import (LOCAL_ASSETS, STATIC_DIR, area_from_popup, asset_data_uri, build_base_map, build_event_layer, event_id_from_popup,
                            format_date_interval, rendering_path)
from timeline import corrections
from timeline.chart import (GROUPINGS, NO_COUNTRY, SELECTION_NAME, build_count_timeline, build_timeline,
                            count_frame_arrays, outside_focus, selected_event_id, timeline_path)
from timeline.corroborate import corroborate
from timeline.errors import TimelineError
from timeline.filters import (EventFilter, RecordIndex, event_actors, event_interval, event_mode, event_source,
                              facets, view_from_query, view_to_query)
from timeline.pubdate import EARLIEST, LATEST
from timeline.store import Store, default_db_path

SELECTED = "selected_event_id"
TABLE_IDS = "_table_event_ids"
ADD_MESSAGE = "_add_message"
EDIT_FOR = "_edit_for"
SHOW_ADD = "show_add_articles"
SHOW_IMPORT = "show_import"
TABLE_PAGE_ROWS = 250
SHOW_TABLE = "show_table"
#: Above this many events in view the table starts hidden: the browser's data grid code is
#: the largest the page loads (a third of a second of a first paint on a 2-core machine)
#: and a 10,000-row table is read through the filters anyway.
TABLE_SHOWN_MAX = 2_000
#: Pixel heights of the "Add articles"/"Import" toggles and of the time window slider: the
#: room a session's first run keeps for them (see :func:`controls_deferred`).
PANEL_TOGGLES_HEIGHT = 32
TIME_WINDOW_HEIGHT = 68
MAP_AREA = "map_area"
MAP_RETURNS = ["last_object_clicked", "last_object_clicked_popup"]
#: Set once a session's first run is over (see :func:`controls_deferred`).
FIRST_RUN_DONE = "_first_run_done"
#: Run in the map's page after each events layer is drawn. The first time in a page, it
#: tells the app that the map is drawn, by sending the map component's value (as
#: streamlit-folium does on a click, no object clicked), which reruns the script: a
#: session's first run draws the map and the timeline, the controls come on that rerun
#: (:func:`controls_deferred`). It waits for the timeline chart when the page has one (the
#: map's page is same-origin with the app's, as streamlit-folium's frame allows), for 2 s
#: at most, so that drawing the controls does not delay the chart.
MAP_DRAWN_SIGNAL_JS = """
(function () {
    if (window.__eventMapDrawnSent) { return; }
    window.__eventMapDrawnSent = true;
    var since = Date.now(), waitForChart = %s;
    function chartDrawn() {
        try {
            return window.parent.document.querySelector(
                "[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg") !== null;
        } catch (error) {
            return true;
        }
    }
    function send() {
        window.parent.postMessage({isStreamlitMessage: true, type: "streamlit:setComponentValue", dataType: "json",
                                   value: {last_object_clicked: null, last_object_clicked_popup: null}}, "*");
    }
    (function check() {
        if (!waitForChart || chartDrawn() || Date.now() - since > 2000) {
            requestAnimationFrame(function () { setTimeout(send, 0); });
        } else {
            setTimeout(check, 40);
        }
    })();
})();
"""
#: Filters, map layers, chart specs and tables kept per store version (see StoreView).
VIEW_CACHE_ENTRIES = 48
#: date.toordinal() of 1970-01-01 (numpy's day 0).
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
    """The spaCy pipelines, loaded once per process (extraction reuses the same objects)."""
    from timeline.nlp import warm_up

    warm_up()
    return True


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


class StoreView:
    """The events of one store version and what the page derives from them, kept between
    runs: every widget change reruns the whole script, so a filter, a map layer or a
    chart spec already made for the same inputs is taken from here instead of being
    made again (a rerun that changes nothing costs milliseconds at 100k events).

    Keys are the filter (a frozen dataclass) and the display options; each cache keeps
    its last :data:`VIEW_CACHE_ENTRIES` entries. Values are shared between sessions and
    never mutated.
    """

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.records = records
        self.index = RecordIndex(records)
        # Built now (while the server warms up), not on the first search. Assigned: a bare
        # expression in the script would be drawn on the page by Streamlit's "magic".
        self.searchable = len(self.index.texts)
        self._cache: dict[Hashable, Any] = {}
        self._lock = threading.Lock()

    def cached(self, key: Hashable, make: Callable[[], Any]) -> Any:
        """``make()`` once per ``key`` (least recently used entries are dropped)."""
        with self._lock:
            if key in self._cache:
                value = self._cache.pop(key)
                self._cache[key] = value
                return value
        value = make()
        with self._lock:
            self._cache[key] = value
            while len(self._cache) > VIEW_CACHE_ENTRIES:
                self._cache.pop(next(iter(self._cache)))
        return value

    def positions(self, flt: EventFilter) -> np.ndarray:
        """Positions of the records that pass ``flt`` (:meth:`RecordIndex.positions`)."""
        return self.cached(("positions", flt), lambda: self.index.positions(flt))

    def select(self, flt: EventFilter) -> list[dict[str, Any]]:
        return self.index.select(self.positions(flt))  # type: ignore[return-value]

    def find(self, event_id: str | None) -> dict[str, Any] | None:
        position = self.index.position.get(str(event_id)) if event_id else None
        return None if position is None else self.records[position]

    def map_layer(self, flt: EventFilter, cluster: bool, selected: str | None) -> str:
        """The events layer of the map for the records that pass ``flt``, as the script
        streamlit-folium runs to swap it in (the base map stays)."""
        def make() -> str:
            import folium
            from streamlit_folium import _get_feature_group_string

            positions = self.positions(flt)
            positions = positions[self.index.located[positions]]
            path = rendering_path(len(positions))
            arrays = None
            if path == "aggregated":
                arrays = (self.index.lat[positions], self.index.lon[positions],
                          self.index.names("event_type", positions, empty="event"))
            layer = build_event_layer(self.index.select(positions) if arrays is None else (), cluster=cluster,
                                      path=path, selected_id=selected, arrays=arrays)
            return _get_feature_group_string(layer, folium.Map(tiles=None))
        return self.cached(("map", flt, cluster, selected), make)

    def timeline_spec(self, flt: EventFilter, group_by: str, window: tuple[dt.date, dt.date] | None,
                      selected: str | None) -> tuple[str, dict[str, Any], int, int]:
        """(path, Vega-Lite spec, dated events, events outside the first view) of the timeline."""
        def make() -> tuple[str, dict[str, Any], int, int]:
            from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec

            positions = self.positions(flt)
            positions = positions[self.index.dated[positions]]
            if timeline_path(len(positions)) == "counts":
                counted = None
                if group_by != "actor":
                    kinds = self.index.names("event_type", positions, empty="event")
                    rows = kinds if group_by == "event_type" else self.index.names("country", positions,
                                                                                     empty=NO_COUNTRY)
                    counted = count_frame_arrays(self.index.start_days(positions), rows, kinds)
                chart = build_count_timeline(() if counted else self.index.select(positions), group_by=group_by,
                                             window=window, counted=counted)
                return "counts", _convert_altair_to_vega_lite_spec(chart), len(positions), 0
            dated = self.index.select(positions)
            chart = build_timeline(dated, group_by=group_by, selected_id=selected, window=window)
            return "events", _convert_altair_to_vega_lite_spec(chart), len(positions), outside_focus(dated)
        return self.cached(("timeline", flt, group_by, window, selected), make)

    def table(self, flt: EventFilter, page: int = 1) -> tuple[pd.DataFrame, list[str]]:
        """(the rows of table page ``page`` (from 1, :data:`TABLE_PAGE_ROWS` a page), their event ids)."""
        def make() -> tuple[pd.DataFrame, list[str]]:
            positions = self.positions(flt)
            first = self.index.select(positions[(page - 1) * TABLE_PAGE_ROWS:page * TABLE_PAGE_ROWS])
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
            } for r in first]
            return pd.DataFrame(rows), [str(r.get("id")) for r in first]
        return self.cached(("table", flt, page), make)


@st.cache_resource(show_spinner=False, max_entries=2)
def _store_view_cached(path: str, version: tuple[int, ...]) -> StoreView:
    view = StoreView(_read_events_cached(path, version))
    settle_garbage_collector()
    return view


def settle_garbage_collector() -> None:
    """Take the long-lived objects made so far (the records, their index, imported
    modules) out of the garbage collector's view. 100k records are millions of objects:
    each full collection walked all of them, pausing the server (every thread) for
    0.3-0.8 s at unpredictable moments, often right after a filter change. Frozen
    objects are still freed by reference counting when the cache drops them (records
    hold no reference cycles); only cycles among them would outlive their use."""
    gc.collect()
    gc.freeze()


def store_view(path: str) -> StoreView:
    """The :class:`StoreView` of the store's current version."""
    return _store_view_cached(path, store_version(path))


@st.cache_resource(show_spinner=False, max_entries=2)
def _facets_cached(path: str, version: tuple[int, ...]) -> Any:
    return facets(_read_events_cached(path, version))


def store_facets(path: str) -> Any:
    """The filter choices of the whole store (computed once per store version)."""
    return _facets_cached(path, store_version(path))


@st.cache_resource(show_spinner=False, max_entries=2)
def base_map(tiles: bool) -> dict[str, Any]:
    """The base map (outlines, optional tiles, local Leaflet assets) rendered once into the
    arguments of the streamlit-folium component, as ``st_folium`` would make them."""
    from folium.elements import JSCSSMixin
    from streamlit_folium import _get_header, _get_html, _get_map_string, get_full_id

    fmap = build_base_map(tiles=tiles)
    fmap.get_root().render()
    fmap.render()
    html, header = _get_html(fmap), _get_header(fmap)
    script = _get_map_string(fmap)
    css_links: list[str] = []
    js_links: list[str] = []
    stack: list[Any] = [fmap]
    while stack:
        element = stack.pop(0)
        if isinstance(element, JSCSSMixin):
            css_links.extend(href for _, href in element.default_css)
            js_links.extend(src for _, src in element.default_js)
        stack.extend(getattr(element, "_children", {}).values())
    return {"script": script, "html": html, "header": header, "id": get_full_id(fmap),
            "css_links": served_assets(list(dict.fromkeys(css_links))),
            "js_links": served_assets(list(dict.fromkeys(js_links)))}


def served_assets(links: list[str]) -> list[str]:
    """The map's Leaflet scripts and stylesheets as files this server serves (from
    ``geodata/static``, same origin, so still offline) instead of ``data:`` URIs.

    The component's arguments are sent with every rerun and parsed by the page on
    every render of the page: with the assets inline they were 0.64 MB, now the
    browser fetches the files once and caches them. Links are relative to the map's
    page (``<base>/component/streamlit_folium.st_folium/index.html``), so a
    ``server.baseUrlPath`` works too. Outside a running server (AppTest) the
    ``data:`` URIs stay.
    """
    import streamlit.components.v1 as components
    from streamlit.runtime import Runtime

    if not Runtime.exists():
        return links
    assets = components.declare_component("webmap_assets", path=str(STATIC_DIR))
    by_uri = {asset_data_uri(relative): relative for relative in LOCAL_ASSETS.values()}
    return [f"../{assets.name}/{by_uri[link]}" if link in by_uri else link for link in links]


def event_map(base: Mapping[str, Any], layer: str, *, key: str = "event_map", height: int = 480) -> None:
    """The map: streamlit-folium's component with the base map as its page and the events
    as a swappable layer (``feature_group``). A filter change sends a new layer only; the
    component stays mounted (its key follows the base map, as in ``st_folium``), so Leaflet
    and the outlines are not loaded again. The latest click is in ``st.session_state[key]``
    (``last_object_clicked_popup``), as with ``st_folium(..., key=key)``."""
    from streamlit_folium import _component_func, generate_js_hash

    hash_key = generate_js_hash(base["script"], key, False)

    def changed() -> None:
        st.session_state[key] = st.session_state.get(hash_key, {})
        on_map_click()

    _component_func(
        script=base["script"], header=base["header"], html=base["html"], id=base["id"], key=hash_key,
        height=height, width=None, returned_objects=MAP_RETURNS, default=dict.fromkeys(MAP_RETURNS),
        zoom=None, center=None, feature_group=layer, return_on_hover=False, layer_control=None,
        pixelated=False, css_links=base["css_links"], js_links=base["js_links"], on_change=changed,
        wrap_longitude=False)


def controls_deferred() -> bool:
    """Whether this run draws the map and the timeline without the controls around them:
    true in the first run of a session, unless ``TIMELINE_FIRST_RUN=full``.

    A first visit spends most of its time in the browser, which draws every element the
    page sends and loads each kind's code when it first meets it. Drawn with the map and
    the timeline, the filter widgets, popovers, details column, table toggle and the
    controls above the map took a third of that time, and the map (its frame shares the
    page's thread) waited for them. So the first run sends the title, counts, map and
    timeline; the map's page reports when it is drawn (:data:`MAP_DRAWN_SIGNAL_JS`), and
    the rerun that report starts draws the whole page. Any rerun does: a click on the
    sidebar's button too, should the map never report. (``full`` is for a client that
    runs no map, such as Streamlit's AppTest.)"""
    if st.session_state.get(FIRST_RUN_DONE):
        return False
    st.session_state[FIRST_RUN_DONE] = True
    return os.environ.get("TIMELINE_FIRST_RUN", "light") != "full"


# -- selection callbacks (the latest click on map, timeline or table wins) ------------

def on_map_click() -> None:
    """A clicked event selects it; a clicked cell of the aggregated map narrows the view to
    the cell's box (the map then draws its events one by one when they are few enough)."""
    state = st.session_state.get("event_map") or {}
    popup = state.get("last_object_clicked_popup")
    event_id = event_id_from_popup(popup)
    if event_id:
        st.session_state[SELECTED] = event_id
        return
    area = area_from_popup(popup)
    if area:
        st.session_state[MAP_AREA] = area


def clear_map_area() -> None:
    st.session_state.pop(MAP_AREA, None)


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

def panel_toggles(row: Any) -> tuple[bool, bool]:
    """The "Add articles" and "Import events" toggles, side by side in ``row``: whether
    each panel is open. Toggles, not expanders: an expander's contents are sent (and
    drawn by the browser) on every run even while it is closed; a panel's widgets are
    sent only while its toggle is on."""
    left, right = row.columns(2)
    return (left.toggle("Add articles", key=SHOW_ADD),
            right.toggle("Import events (GeoJSON, ACLED-style CSV)", key=SHOW_IMPORT))


def add_articles_panel(path: str) -> None:
    """Paste text or upload files, give the publication date, process, report."""
    from timeline import ingest

    with st.container(border=True):
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


#: Each filter widget's key and its value before the user touches it.
FILTER_DEFAULTS: dict[str, Any] = {
    "filter_actors": [], "filter_undated": True, "filter_types": [], "filter_countries": [],
    "filter_modes": [], "filter_sources": [], "filter_confidence": 0.0, "filter_text": ""}


def _follow_date_bounds(found: Any) -> None:
    """Keep the date range widget on the data's range while the user has not changed it
    (new articles may widen it)."""
    if not (found.date_min and found.date_max):
        return
    bounds = (found.date_min, found.date_max)
    if st.session_state.get("_date_bounds") != bounds and (
            "filter_dates" not in st.session_state
            or tuple(st.session_state["filter_dates"]) == st.session_state.get("_date_bounds")):
        st.session_state["filter_dates"] = bounds
    st.session_state["_date_bounds"] = bounds


def _make_filter(values: Mapping[str, Any]) -> EventFilter:
    """The filter of the widgets' values (keyed as in :data:`FILTER_DEFAULTS`, plus
    ``filter_dates``) and the clicked map area."""
    date_from = date_to = None
    chosen = values.get("filter_dates")
    if isinstance(chosen, Sequence) and len(chosen) == 2:
        date_from, date_to = chosen
    elif isinstance(chosen, Sequence) and len(chosen) == 1:
        date_from = chosen[0]
    area = st.session_state.get(MAP_AREA)
    return EventFilter(actors=tuple(values["filter_actors"]), date_from=date_from, date_to=date_to,
                       event_types=tuple(values["filter_types"]), countries=tuple(values["filter_countries"]),
                       text=values["filter_text"] or "", include_undated=bool(values["filter_undated"]),
                       modes=tuple(values["filter_modes"]), sources=tuple(values["filter_sources"]),
                       min_confidence=float(values["filter_confidence"] or 0.0), area=tuple(area) if area else None)


def filter_from_state(found: Any) -> EventFilter:
    """The filter the sidebar widgets will show, read from their state before they are
    drawn: the page emits the map and the timeline first and the widgets after them
    (:func:`main`). A widget's state at the start of a run is the value it returns."""
    _follow_date_bounds(found)
    values = {key: st.session_state.get(key, default) for key, default in FILTER_DEFAULTS.items()}
    values["filter_dates"] = st.session_state.get("filter_dates")
    return _make_filter(values)


def _more_filters_in_use(flt: EventFilter, found: Any) -> int:
    """How many of the filters in the "More filters" popover narrow ``flt``."""
    narrowed_dates = bool(found.date_min and found.date_max) and (flt.date_from, flt.date_to) != (
        found.date_min, found.date_max)
    return sum((narrowed_dates, bool(flt.modes), bool(flt.sources), flt.min_confidence > 0, not flt.include_undated))


def sidebar_filters(found: Any, flt: EventFilter) -> EventFilter:
    """The filter widgets (choices from ``found``, the store's facets; ``flt`` is the filter
    their state holds, :func:`filter_from_state`); returns the filter the map, timeline,
    table and export follow."""
    names = country_names()
    _follow_date_bounds(found)
    sidebar = st.sidebar
    sidebar.header("Filters")
    values: dict[str, Any] = {"filter_actors": sidebar.multiselect("Actors", found.actors, key="filter_actors")}
    values["filter_types"] = sidebar.multiselect("Event types", found.event_types, key="filter_types")
    values["filter_countries"] = sidebar.multiselect("Countries", found.countries, key="filter_countries",
                                                     format_func=lambda code: f"{names.get(code, code)} ({code})")
    values["filter_text"] = sidebar.text_input("Text contains", key="filter_text")
    # The less used filters sit in a popover (the browser draws its widgets when it is
    # opened); its label counts the ones in use, so that none is active unseen. The time
    # window above the map is the everyday date control; the date range here also
    # narrows the timeline and the exports.
    active = _more_filters_in_use(flt, found)
    more = sidebar.popover("More filters" + (f" ({active} in use)" if active else ""),
                           icon=":material/filter_list:", width="stretch")
    if found.date_min and found.date_max:
        values["filter_dates"] = more.date_input("Date range (overlapping)", key="filter_dates", format="YYYY-MM-DD")
    values["filter_modes"] = more.multiselect("Mode", found.modes, key="filter_modes",
                                              help="asserted, planned, threatened, denied, hypothetical")
    values["filter_sources"] = more.multiselect("Source", found.sources, key="filter_sources",
                                                help="The article title (or the imported file)")
    values["filter_confidence"] = more.slider("Minimum confidence", 0.0, 1.0, step=0.05, key="filter_confidence")
    values["filter_undated"] = more.checkbox(f"Include undated events ({found.undated})", value=True,
                                             key="filter_undated")
    return _make_filter(values)


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
    if flt.area:
        st.session_state[MAP_AREA] = flt.area
    window = parse_window((query.get("window") or [""])[-1])
    if window and found.date_min and found.date_max and found.date_min <= window[0] <= window[1] <= found.date_max:
        st.session_state["time_window"] = window
    if selected:
        st.session_state[SELECTED] = selected


def parse_window(text: str | None) -> tuple[dt.date, dt.date] | None:
    """"2025-07-10..2025-07-14" (the time window in the URL) as dates, or None."""
    first, sep, last = (text or "").partition("..")
    try:
        window = (dt.date.fromisoformat(first), dt.date.fromisoformat(last)) if sep else None
    except ValueError:
        return None
    return window if window and window[0] <= window[1] else None


def save_view_to_url(flt: EventFilter, selected: str | None, group_by: str,
                     window: tuple[dt.date, dt.date] | None = None) -> None:
    """Write the current view into the URL (only when it changed): the filters, the
    selected event, the timeline grouping and the time window above the map."""
    wanted = view_to_query(flt, selected_id=selected,
                           extra={"group": group_by if group_by != "event_type" else "",
                                  "window": f"{window[0].isoformat()}..{window[1].isoformat()}" if window else ""})
    current = {key: st.query_params.get_all(key) for key in st.query_params.keys()}
    if current != wanted:
        st.query_params.from_dict(wanted)


def export_buttons(view: StoreView, flt: EventFilter, path: str) -> None:
    """One download per format, in a popover; each file is made only when its button is
    pressed, from the store as it is then (``flt`` applied): a button of an earlier run,
    still on the page while a correction's rerun is drawn, exports the corrected events."""
    positions = view.positions(flt)
    n_shown = len(positions)
    n_located = int(view.index.located[positions].sum())
    n_dated = int(view.index.dated[positions].sum())
    box = st.sidebar.popover(f"Export {n_shown} event{'' if n_shown == 1 else 's'} shown",
                             icon=":material/download:", width="stretch")
    for suffix, file_name, key in DOWNLOADS:
        label, mime, _writer = EXPORT_FORMATS[suffix]
        count = {".csv": (n_shown, f"{n_shown}"),
                 ".timelinejs.json": (n_dated, f"{n_dated} dated")}.get(suffix, (n_located, f"{n_located} located"))
        box.download_button(
            f"Download {label} ({count[1]})",
            data=lambda name=file_name: export_bytes(store_view(path).select(flt), name),
            file_name=file_name, mime=mime, key=key, on_click="ignore", disabled=not count[0])
    if n_shown > n_located:
        box.caption(f"{n_shown - n_located} event(s) without a location are not in the map formats.")


def import_panel(path: str) -> None:
    """Upload GeoJSON or ACLED-style CSV events into the store (as an imported source)."""
    from timeline.importing import import_events, read_events_file

    with st.container(border=True):
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


def merge_candidates(view: StoreView, flt: EventFilter, record: Mapping[str, Any],
                     limit: int = 200) -> list[dict[str, Any]]:
    """The shown events other than ``record``, nearest in time first (duplicates of one
    happening are reported close together; undated ones last), at most ``limit``."""
    index = view.index
    positions = view.positions(flt)
    positions = positions[positions != index.position.get(str(record.get("id")), -1)]
    anchor = event_interval(record)
    if anchor:
        distance = np.where(index.dated[positions], np.abs(index.start_day[positions] - anchor[0].toordinal()), 10 ** 9)
        positions = positions[np.argsort(distance, kind="stable")]
    return index.select(positions[:limit])  # type: ignore[return-value]


def edit_panel(record: Mapping[str, Any], others: Sequence[Mapping[str, Any]], path: str) -> None:
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


def window_from_state(found: Any) -> tuple[dt.date, dt.date] | None:
    """The time window the slider above the map will show (read before it is drawn, as
    :func:`filter_from_state`); None when it spans the store's whole date range."""
    low, high = found.date_min, found.date_max
    if low is None or high is None or low == high:
        return None
    chosen = st.session_state.get("time_window")
    if not (isinstance(chosen, (tuple, list)) and len(chosen) == 2 and low <= chosen[0] <= chosen[1] <= high):
        st.session_state["time_window"] = chosen = (low, high)
    return (chosen[0], chosen[1]) if tuple(chosen) != (low, high) else None


def has_time_window(found: Any) -> bool:
    """Whether the page shows the time window slider: the store's events span several days."""
    return found.date_min is not None and found.date_max is not None and found.date_min != found.date_max


def time_window(found: Any) -> tuple[dt.date, dt.date] | None:
    """The slider above the map (drawn where :func:`has_time_window`): the days the map and
    the table show (over the store's whole date range, so moving it never depends on the
    other filters)."""
    low, high = found.date_min, found.date_max
    window = st.slider("Time window (filters the map and the table)", min_value=low, max_value=high,
                       key="time_window", format="YYYY-MM-DD")
    return (window[0], window[1]) if tuple(window) != (low, high) else None


def in_window(flt: EventFilter, window: tuple[dt.date, dt.date] | None) -> EventFilter:
    """``flt`` narrowed to the records whose interval also overlaps the window (undated
    ones stay as ``flt`` says): two overlap criteria hold together exactly when the
    interval overlaps the later start and the earlier end."""
    if window is None:
        return flt
    first = window[0] if flt.date_from is None else max(flt.date_from, window[0])
    last = window[1] if flt.date_to is None else min(flt.date_to, window[1])
    return dataclasses.replace(flt, date_from=first, date_to=last)


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


def timeline(view: StoreView, flt: EventFilter, n_dated: int, group_by: str,
             window: tuple[dt.date, dt.date] | None, selected: str | None) -> None:
    """One bar per dated event, or counts per period for large sets (:func:`timeline_path`);
    ``n_dated`` is how many of the events that pass ``flt`` are dated."""
    st.subheader("Timeline")
    # The selection is drawn on the events path only: the counts need no new spec for it.
    kind, spec, n_dated, hidden = view.timeline_spec(flt, group_by, window,
                                                     selected if timeline_path(n_dated) == "events" else None)
    if not n_dated:
        st.info("No dated events to show.")
    elif kind == "counts":
        st.caption(f"{n_dated} dated events: bars count events per period and row. Scroll to zoom, "
                   "drag to pan; the shaded band is the time window.")
        st.vega_lite_chart(spec, key="timeline_counts", width="stretch")
    else:
        st.caption("Bars span each event's whole date interval (a month-precise date is a month "
                   "wide); hollow markers are imprecise dates. Scroll to zoom, drag to pan, click to select."
                   + (f" {hidden} event(s) lie outside the first view: scroll out to see them." if hidden else ""))
        st.vega_lite_chart(spec, key="timeline_chart", on_select=on_timeline_select,
                           selection_mode=[SELECTION_NAME], width="stretch")


# -- page ----------------------------------------------------------------------------

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
                  + MAP_DRAWN_SIGNAL_JS % ("true" if n_dated else "false"))
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
    display = st.sidebar.popover("Display options", icon=":material/tune:", width="stretch")
    shown_group = display.selectbox("Group timeline by", list(GROUPINGS), format_func=GROUPINGS.get,
                                    key="timeline_group")
    shown_tiles = display.toggle("OpenStreetMap tiles (needs internet)", value=False, key="map_tiles")
    shown_cluster = display.toggle("Cluster nearby markers", value=True, key="map_cluster")
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
    shown = (shown_filter, shown_group, bool(shown_tiles), bool(shown_cluster), shown_window)
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
