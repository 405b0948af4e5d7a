"""The store as the page reads it: the language pipelines and the demo loaded once per process,
the events with the analysts' corrections applied, and a :class:`StoreView` per store version that
keeps what the page derives from them (filter positions, map layers, chart specs, table pages).
"""
from __future__ import annotations

import datetime as dt
import functools
import gc
import logging
import os
import threading
import time
from collections.abc import Callable, Hashable
from typing import Any

import numpy as np
import pandas as pd
import streamlit as st

from geodata.export.records import event_mode, event_source, format_date_interval, record_actors
from geodata.export.webmap import build_event_layer, rendering_path
from timeline.events.corroborate import corroborate
from timeline.store import corrections
from timeline.store.database import Store, default_db_path
from geodata.export.palette import TYPE_FAMILIES, event_family, family_label
from timeline.view.chart import (
    NO_COUNTRY,
    build_brief_chart,
    top_labels,
    build_count_timeline,
    build_timeline,
    count_frame_arrays,
    outside_focus,
    timeline_path,
)
from timeline.view.filters import EventFilter, RecordIndex, facets

LOG = logging.getLogger(__name__)

#: Filters, map layers, chart specs and tables kept per store version (see StoreView).
VIEW_CACHE_ENTRIES = 48
TABLE_PAGE_ROWS = 250


def db_path() -> str:
    return str(default_db_path())


@st.cache_resource(show_spinner=False)
def language_pipeline() -> Any:
    """The spaCy pipelines, loaded once per process (extraction reuses the same objects)."""
    from timeline.events.nlp import warm_up

    warm_up()
    return True


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


def vega_lite_spec(chart: Any) -> dict[str, Any]:
    """The chart as Streamlit sends it (data as Arrow datasets), without Altair's JSON-schema
    validation of the whole spec on the way: our charts are built by our own code and
    tested, and validating a timeline took longer than building it."""
    from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec

    # An instance attribute, not SchemaBase.__setattr__ (which would store a chart property).
    object.__setattr__(chart, "to_dict", functools.partial(chart.to_dict, validate=False))
    try:
        return _convert_altair_to_vega_lite_spec(chart)  # type: ignore[arg-type]
    finally:
        object.__delattr__(chart, "to_dict")


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
        self._making: dict[Hashable, threading.Event] = {}
        self._lock = threading.Lock()
        self._prefetcher: threading.Thread | None = None

    def cached(self, key: Hashable, make: Callable[[], Any]) -> Any:
        """``make()`` once per ``key`` (least recently used entries are dropped). A key that
        another thread is making (a prefetch, :meth:`prefetch`) is waited for, not made twice."""
        while True:
            with self._lock:
                if key in self._cache:
                    value = self._cache.pop(key)
                    self._cache[key] = value
                    return value
                making = self._making.get(key)
                if making is None:
                    self._making[key] = making = threading.Event()
                    break
            making.wait()  # then read it from the cache (or make it, if that thread failed)
        try:
            value = make()
            with self._lock:
                self._cache[key] = value
                while len(self._cache) > VIEW_CACHE_ENTRIES:
                    self._cache.pop(next(iter(self._cache)))
            return value
        finally:
            with self._lock:
                del self._making[key]
            making.set()

    def prefetch(self, *makers: Callable[[], Any], delay_s: float = 0.0) -> bool:
        """Call ``makers`` (views a next run will likely ask for: the next playback step's
        map layer and timeline) in a background thread after ``delay_s`` seconds, one
        prefetch at a time; False when one is still running. A maker that fails is logged:
        the run that needs the view makes it again and shows the error there."""
        def work() -> None:
            time.sleep(delay_s)
            for make in makers:
                try:
                    make()
                except Exception:  # noqa: BLE001 - a guess ahead must never break the page
                    LOG.warning("prefetching a view failed", exc_info=True)

        with self._lock:
            if self._prefetcher is not None and self._prefetcher.is_alive():
                return False
            self._prefetcher = threading.Thread(target=work, name="view-prefetch", daemon=True)
            self._prefetcher.start()
        return True

    def dense_range(self) -> tuple[dt.date, dt.date] | None:
        """Where the events' dates are dense (:meth:`RecordIndex.dense_range`), once per store version."""
        return self.cached("dense_range", self.index.dense_range)

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
        streamlit-folium runs to swap it in (the base map stays). The ``selected`` event
        is outlined where events are drawn one by one, and brought into view on every path."""
        def make() -> str:
            import folium
            from streamlit_folium import _get_feature_group_string

            positions = self.positions(flt)
            positions = positions[self.index.located[positions]]
            path = rendering_path(len(positions))
            arrays = None
            if path == "aggregated":
                arrays = (self.index.lat[positions], self.index.lon[positions],
                          self.index.categories("event_type", positions, empty="event"))
            layer = build_event_layer(self.index.select(positions) if arrays is None else (), cluster=cluster,
                                      path=path, selected_id=selected if path == "detailed" else None,
                                      arrays=arrays, focus=self.find(selected))
            return _get_feature_group_string(layer, folium.Map(tiles=None))
        return self.cached(("map", flt, cluster, selected), make)

    def timeline_spec(self, flt: EventFilter, group_by: str, selected: str | None,
                      max_height: int | None = None) -> tuple[str, dict[str, Any], int, int]:
        """(path, Vega-Lite spec, dated events, events outside the first view) of the timeline,
        its first view the filter's date range. ``selected`` is drawn on the events path
        only: the counts are one spec whatever is selected."""
        counts = timeline_path(int(self.index.dated[self.positions(flt)].sum())) == "counts"
        if counts:
            selected = None

        def make() -> tuple[str, dict[str, Any], int, int]:
            positions = self.positions(flt)
            positions = positions[self.index.dated[positions]]
            if counts:
                counted = None
                if group_by != "actor":
                    kinds = self.index.categories("event_type", positions, empty="event")
                    rows = kinds if group_by == "event_type" else self.index.categories("country", positions,
                                                                                          empty=NO_COUNTRY)
                    counted = count_frame_arrays(self.index.start_days(positions), rows, kinds)
                chart = build_count_timeline(() if counted else self.index.select(positions), group_by=group_by,
                                             counted=counted, dates=dates, max_height=max_height)
                return "counts", vega_lite_spec(chart), len(positions), 0
            dated = self.index.select(positions)
            chart = build_timeline(dated, group_by=group_by, selected_id=selected, dates=dates, max_height=max_height)
            hidden = 0 if dates is not None else outside_focus(dated)
            return "events", vega_lite_spec(chart), len(positions), hidden
        dates = (flt.date_from, flt.date_to) if flt.date_from and flt.date_to else None
        return self.cached(("timeline", flt, group_by, selected, max_height), make)

    def brief_spec(self, flt: EventFilter, by: str) -> dict[str, Any] | None:
        """The Vega-Lite spec of the counts over time by ``by`` (family, actor or country) of
        the dated events that pass ``flt``, or None when there is none."""
        def make() -> dict[str, Any] | None:
            positions = self.positions(flt)
            positions = positions[self.index.dated[positions]]
            if not len(positions):
                return None
            colours = None
            if by == "actor":
                pairs = [(day, name) for day, record in zip(self.index.start_days(positions), self.index.select(positions))
                         for name in record_actors(record) or ["(no actor)"]]
                days = np.array([day for day, _ in pairs], dtype="datetime64[D]")
                labels = top_labels([name for _, name in pairs])
            elif by == "country":
                days, labels = self.index.start_days(positions), top_labels(
                    self.index.names("country", positions, empty=NO_COUNTRY))
            else:
                days = self.index.start_days(positions)
                kinds = self.index.categories("event_type", positions, empty="event")
                families = [family_label(event_family(k)) for k in kinds.categories]
                names = list(dict.fromkeys(families))
                labels = pd.Categorical.from_codes(np.array([names.index(f) for f in families])[kinds.codes], names)
                colours = {label: colour for label, colour, _ in TYPE_FAMILIES.values()}
            return vega_lite_spec(build_brief_chart(days, labels, by=by, colours=colours))
        return self.cached(("brief", flt, by), make)

    def feed(self, flt: EventFilter, limit: int) -> tuple[pd.DataFrame, list[str]]:
        """The newest ``limit`` dated events that pass ``flt`` (latest start first) as the
        feed's lines (when, what), and their event ids."""
        def make() -> tuple[pd.DataFrame, list[str]]:
            positions = self.positions(flt)
            positions = positions[self.index.dated[positions]]
            starts = self.index.start_day[positions]
            if len(positions) > limit:  # the newest few of a million: no full sort
                keep = np.argpartition(-starts, limit - 1)[:limit]
                positions, starts = positions[keep], starts[keep]
            newest = positions[np.argsort(-starts, kind="stable")[:limit]]
            records = self.index.select(newest)
            rows = [{"when": format_date_interval(r),
                     "what": " · ".join(v for v in (str(r.get("event_type") or "event"), ", ".join(record_actors(r)),
                                                    str(r.get("place_name") or "")) if v)} for r in records]
            return pd.DataFrame(rows, columns=["when", "what"]), [str(r.get("id")) for r in records]
        return self.cached(("feed", flt, limit), make)

    def table(self, flt: EventFilter, page: int = 1) -> tuple[pd.DataFrame, list[str]]:
        """(the rows of table page ``page`` (from 1, :data:`TABLE_PAGE_ROWS` a page), their event ids)."""
        def make() -> tuple[pd.DataFrame, list[str]]:
            positions = self.positions(flt)
            first = self.index.select(positions[(page - 1) * TABLE_PAGE_ROWS:page * TABLE_PAGE_ROWS])
            rows = [{
                "date": format_date_interval(r),
                "type": r.get("event_type"),
                "actors": ", ".join(record_actors(r)),
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
