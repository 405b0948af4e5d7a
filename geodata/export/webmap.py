"""The events web map: located event records -> a ``folium.Map`` that works offline.

folium links Leaflet, jQuery, Bootstrap and its plugins from CDNs; with no network the
map is blank (``L is not defined``). :func:`build_event_map` therefore replaces every
script and stylesheet link with a ``data:`` URI of the copy shipped in
``geodata/export/static/`` (Leaflet 1.9.4, jQuery 3.7.1, Leaflet.markercluster 1.5.3, MIT, with
their licences). Inline data URIs work wherever the map's HTML goes: a saved file,
Jupyter, or streamlit-folium's component iframe, which cannot reach the filesystem and
loads ``js_links``/``css_links`` by URL. Assets folium offers but the map does not use
(Bootstrap, Font Awesome, awesome-markers) are dropped; any other external link raises
:class:`ExternalAssetError` rather than silently needing the network.

Tiles are optional (off by default): a basemap of country outlines
(:mod:`geodata.gazetteer.basemap`) is always drawn underneath, so the map is legible offline.

Records are plain mappings with the fields of ``timeline.model.Event`` (``id``,
``event_type``, ``lat``, ``lon``, ``geo_precision``, ``sentence``, ...); records without
coordinates are skipped, never placed at 0,0. All record text is escaped: articles are
untrusted HTML.

>>> m = build_event_map([{"id": "e1", "event_type": "visit", "lat": 39.15, "lon": 127.44,
...                       "geo_precision": "city", "place_name": "Wonsan",
...                       "sentence": "The minister arrived in Wonsan.",
...                       "date_start": "2025-07-11", "date_end": "2025-07-11",
...                       "date_precision": "day"}])
>>> "cdn." in m.get_root().render()
False
"""
from __future__ import annotations

import base64
import functools
import html
import json
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import folium
import folium.elements
import folium.plugins
import numpy as np
from branca.element import Element, MacroElement
from folium.template import Template
from folium.utilities import JsCode

from geodata.export.palette import EVENT_TYPE_COLOURS, event_colour, legend_entries
from geodata.export.records import format_date_interval, record_actors
from geodata.gazetteer.basemap import load_country_outlines

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"

# folium's name for each asset -> the local copy that replaces it.
LOCAL_ASSETS: dict[str, str] = {
    "leaflet": "leaflet/leaflet.js",
    "leaflet_css": "leaflet/leaflet.css",
    "markerclusterjs": "leaflet.markercluster/leaflet.markercluster.js",
    "markerclustercss": "leaflet.markercluster/MarkerCluster.css",
    "markerclusterdefaultcss": "leaflet.markercluster/MarkerCluster.Default.css",
    "offline_basemap": "basemap/offline-basemap.js",
    "event_map_js": "workbench/event-map.js",
    "event_map_css": "workbench/event-map.css",
}
# Assets folium adds by default that nothing on our map uses (jQuery, icons, Bootstrap widgets).
UNUSED_ASSETS = frozenset({
    "jquery", "bootstrap", "bootstrap_css", "awesome_markers", "awesome_markers_css",
    "awesome_markers_font_css", "glyphicons_css", "awesome_rotate_css",
})

# Colours come from :mod:`geodata.export.palette` (one colour-blind-safe colour per family of
# event types), shared with the timeline chart and the table.
# How a marker shows how precise its location is: exact places small and solid, a
# whole country or region as a wide, faint, dashed disc.
PRECISION_STYLES: dict[str, dict[str, Any]] = {
    "point": {"radius": 6, "fill_opacity": 0.9, "weight": 2, "dash_array": None},
    "city": {"radius": 7, "fill_opacity": 0.8, "weight": 2, "dash_array": None},
    "admin2": {"radius": 9, "fill_opacity": 0.55, "weight": 2, "dash_array": None},
    "admin1": {"radius": 11, "fill_opacity": 0.4, "weight": 2, "dash_array": "4 3"},
    "country": {"radius": 16, "fill_opacity": 0.18, "weight": 2, "dash_array": "5 4"},
    "region": {"radius": 22, "fill_opacity": 0.12, "weight": 2, "dash_array": "2 5"},
}
UNKNOWN_PRECISION_STYLE: dict[str, Any] = {"radius": 12, "fill_opacity": 0.3, "weight": 2, "dash_array": "2 3"}

MARKER_CLASS = "event-marker"
BASEMAP_STYLE = {"fillColor": "#f2efe6", "color": "#9a9a9a", "weight": 0.6, "fillOpacity": 1.0}
BASEMAP_STYLE_OVER_TILES = {"fillColor": "#f2efe6", "color": "#777777", "weight": 0.6, "fillOpacity": 0.0}
OCEAN_CSS = ("<style>.leaflet-container.leaflet-container { background: #d4e4ee; }"
             " mark.hl-actor { background: #ffe08a; } mark.hl-place { background: #b8e0ff; }"
             " mark.hl-date { background: #c8f0c0; } .derivation { color: #666; font-size: 85%; }</style>")

_EVENT_ID_IN_POPUP = re.compile(r"event\s+([0-9A-Za-z_:.-]+)\s*$", re.MULTILINE)


class ExternalAssetError(ValueError):
    """A map element links a script or stylesheet that has no local copy."""


class _RenderedScript(Element):
    """Script text that is already rendered: no Jinja template is compiled from it."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def render(self, **kwargs: Any) -> str:
        return self._text


class FastGeoJson(folium.GeoJson):
    """``folium.GeoJson`` that renders the same script, faster for big layers.

    branca's ``MacroElement.render`` wraps each rendered script in a new ``Element``,
    which compiles it as a Jinja template: with the data inline that is megabytes
    of lexing (about a second for 10k events, twice per Streamlit run). This does
    the same steps (style map, add-to-parent, script into the figure) without that.
    """

    def render(self, **kwargs: Any) -> None:
        from folium.features import GeoJsonStyleMapper
        from folium.map import ElementAddToElement
        from folium.utilities import get_obj_in_upper_tree

        self.parent_map = get_obj_in_upper_tree(self, folium.Map)
        in_properties = self.style and self.style_function is _feature_style
        if in_properties:
            # Each feature carries its style: the styler returns it (no case per feature).
            self.style_map = {"default": "feature.properties.style"}
        if ((self.style and not in_properties) or self.highlight) and self.data["features"]:
            mapper = GeoJsonStyleMapper(self.data, self.feature_identifier, self)
            if self.style and not in_properties:
                self.style_map = mapper.get_style_map(self.style_function)
            if self.highlight:
                self.highlight_map = mapper.get_highlight_map(self.highlight_function)
        if self.show:
            self.add_child(ElementAddToElement(element_name=self.get_name(),
                                               element_parent_name=self._parent.get_name()),
                           name=self.get_name() + "_add")
        figure = self.get_root()
        script = self._template.module.__dict__.get("script")
        if script is not None:
            figure.script.add_child(_RenderedScript(script(self, kwargs)), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)


# -- assets ----------------------------------------------------------------------------

def _mime(path: str) -> str:
    if path.endswith(".js"):
        return "text/javascript"
    if path.endswith(".css"):
        return "text/css"
    if path.endswith(".png"):
        return "image/png"
    raise ValueError(f"no MIME type known for {path}")


def _data_uri(payload: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(payload).decode('ascii')}"


@functools.lru_cache(maxsize=None)
def asset_data_uri(relative_path: str) -> str:
    """The shipped asset ``geodata/export/static/<relative_path>`` as a ``data:`` URI.

    Source-map comments are removed (they would name files that are not shipped), and
    ``url(...)`` references to images in stylesheets are inlined too.
    """
    path = STATIC_DIR / relative_path
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^\s*//# sourceMappingURL=.*$", "", text, flags=re.MULTILINE)
    if relative_path.endswith(".css"):
        def inline_image(match: re.Match[str]) -> str:
            image = (path.parent / match.group(1)).resolve()
            return f"url({_data_uri(image.read_bytes(), _mime(image.name))})"
        text = re.sub(r"url\((?!['\"]?(?:data:|#))['\"]?([^)'\"]+)['\"]?\)", inline_image, text)
    return _data_uri(text.encode("utf-8"), _mime(relative_path))


def _local_links(links: Iterable[tuple[str, str]], element: object) -> list[tuple[str, str]]:
    local: list[tuple[str, str]] = []
    for name, url in links:
        if url.startswith("data:"):
            local.append((name, url))
        elif name in LOCAL_ASSETS:
            local.append((name, asset_data_uri(LOCAL_ASSETS[name])))
        elif name in UNUSED_ASSETS:
            continue
        else:
            raise ExternalAssetError(
                f"{type(element).__name__} links {name} ({url}) and geodata/export/static has no copy of it")
    return local


def localize_assets(root: Element) -> None:
    """Point every script/stylesheet of ``root`` and its children at local copies.

    Sets ``default_js``/``default_css`` on the instances (folium's classes are left
    alone). Raises :class:`ExternalAssetError` for an asset with no local copy.
    """
    stack: list[Any] = [root]
    while stack:
        element = stack.pop()
        if isinstance(element, folium.elements.JSCSSMixin):
            element.default_js = _local_links(element.default_js, element)
            element.default_css = _local_links(element.default_css, element)
        stack.extend(getattr(element, "_children", {}).values())


# -- text ------------------------------------------------------------------------------

def escape_text(value: object) -> str:
    """Escape untrusted text for HTML that folium puts inside a JavaScript template literal.

    Beyond ``html.escape``, backticks, ``$`` and backslashes become character references,
    so article text can neither close the literal nor start a ``${...}`` substitution.
    """
    text = html.escape("" if value is None else str(value), quote=True)
    return text.replace("\\", "&#92;").replace("`", "&#96;").replace("$", "&#36;")


def precision_style(geo_precision: str | None) -> dict[str, Any]:
    """Radius, fill opacity, stroke weight and dash pattern for a location precision."""
    return dict(PRECISION_STYLES.get(geo_precision or "", UNKNOWN_PRECISION_STYLE))


def _find_spans(text: str, needles: Iterable[str]) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans of every occurrence of the needles (case-insensitive)."""
    folded = text.casefold()
    spans: list[tuple[int, int]] = []
    for needle in sorted({n.strip() for n in needles if n and len(n.strip()) >= 2}, key=len, reverse=True):
        key = needle.casefold()
        if len(key) != len(needle):  # casefold changed the length (ß -> ss): offsets would drift
            continue
        start = folded.find(key)
        while start >= 0:
            end = start + len(key)
            if all(end <= a or start >= b for a, b in spans):
                spans.append((start, end))
            start = folded.find(key, end)
    return sorted(spans)


def highlight_evidence(sentence: str | None, *, actors: Iterable[str] = (), place: Iterable[str] = (),
                       date: Iterable[str] = ()) -> str:
    """The evidence sentence as escaped HTML with the actors, place and date wrapped in
    ``<mark class="hl-actor|hl-place|hl-date">``.

    The sentence is cut at the found spans and each piece escaped on its own, so the
    marks never split a character reference and no text reaches the page unescaped.

    >>> highlight_evidence("Lavrov <b>met</b> in Wonsan", actors=["Lavrov"], place=["Wonsan"])
    '<mark class="hl-actor">Lavrov</mark> &lt;b&gt;met&lt;/b&gt; in <mark class="hl-place">Wonsan</mark>'
    """
    text = sentence or ""
    kinds: dict[str, str] = {}
    for kind, needles in (("date", date), ("place", place), ("actor", actors)):
        for needle in needles:
            if needle and needle.strip():
                kinds.setdefault(needle.strip().casefold(), kind)
    spans = _find_spans(text, [n for n in list(actors) + list(place) + list(date) if n])
    pieces: list[str] = []
    cursor = 0
    for start, end in spans:
        pieces.append(escape_text(text[cursor:start]))
        kind = kinds.get(text[start:end].casefold(), "actor")
        pieces.append(f'<mark class="hl-{kind}">{escape_text(text[start:end])}</mark>')
        cursor = end
    pieces.append(escape_text(text[cursor:]))
    return "".join(pieces)


def popup_html(record: Mapping[str, Any]) -> str:
    """The marker popup: evidence sentence (actors, place and date marked), place, date
    interval and precision, how each was derived, the source and the event id.

    Every value is escaped. The last line ``event <id>`` lets the app map a clicked
    popup back to its record (:func:`event_id_from_popup`).
    """
    actors = record_actors(record)
    place = record.get("place_name") or "unknown place"
    evidence = highlight_evidence(
        str(record.get("sentence") or ""), actors=actors,
        place=[str(v) for v in (record.get("place_text"), record.get("place_name")) if v],
        date=[str(record["date_text"])] if record.get("date_text") else [])
    rows = [
        f"<b>{escape_text(record.get('event_type') or 'event')}</b>"
        + (f" · {escape_text(', '.join(actors))}" if actors else "")
        + (f" <i>({escape_text(record.get('mode'))})</i>" if record.get("mode") not in (None, "", "asserted") else ""),
        f"<i>“{evidence}”</i>",
        f"<b>Place:</b> {escape_text(place)} ({escape_text(record.get('geo_precision') or 'unknown')} precision)",
    ]
    if record.get("place_derivation"):
        rows.append(f"<span class='derivation'>{escape_text(record.get('place_derivation'))}</span>")
    rows.append(f"<b>Date:</b> {escape_text(format_date_interval(record))}")
    if record.get("date_derivation"):
        rows.append(f"<span class='derivation'>{escape_text(record.get('date_derivation'))}</span>")
    origin = record.get("origin")
    if isinstance(origin, Mapping) and origin.get("name"):
        rows.append(f"<b>From:</b> {escape_text(origin.get('name'))}")
    if record.get("source_title"):
        rows.append(f"<b>Source:</b> {escape_text(record.get('source_title'))}")
    if record.get("corrected"):
        rows.append(f"<b>Corrected:</b> {escape_text(', '.join(str(f) for f in record['corrected']))}")
    rows.append(f"<span style='color:#888;font-size:85%'>event {escape_text(record.get('id'))}</span>")
    return "<div style='font-size:13px;line-height:1.35'>" + "<br>".join(rows) + "</div>"


def event_id_from_popup(popup_text: str | None) -> str | None:
    """The event id in a clicked popup's text (st_folium's ``last_object_clicked_popup``)."""
    if not popup_text:
        return None
    match = _EVENT_ID_IN_POPUP.search(popup_text.strip())
    return match.group(1) if match else None


def tooltip_text(record: Mapping[str, Any]) -> str:
    """One escaped line shown on hover: type · place · date."""
    parts = [record.get("event_type") or "event", record.get("place_name") or "?",
             format_date_interval(record)]
    return escape_text(" · ".join(str(p) for p in parts))


# -- map -------------------------------------------------------------------------------

def point_geometry(record: Mapping[str, Any]) -> dict[str, Any]:
    """The GeoJSON point of a located record, to 5 decimals (about a metre: more would be
    false precision and bytes sent on every rerun)."""
    return {"type": "Point", "coordinates": [round(float(record["lon"]), 5), round(float(record["lat"]), 5)]}


def located(records: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The records that have both coordinates (others cannot go on a map)."""
    return [r for r in records if r.get("lat") is not None and r.get("lon") is not None]


def _bounds(records: list[Mapping[str, Any]]) -> list[list[float]] | None:
    if not records:
        return None
    lats = [float(r["lat"]) for r in records]
    lons = [float(r["lon"]) for r in records]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


# One GeoJSON layer for all events instead of one CircleMarker (+ Popup + Tooltip) each:
# rendering 1,000 separate folium elements costs seconds on every Streamlit rerun. The
# popup is a DOM element (not a string) because st_folium reads its innerText on click;
# it is made on the marker's first click, not for every marker when the layer is drawn
# (1,500 popups parsed up front cost a playback step a few hundred milliseconds).
_BIND_POPUP_JS = """
function (feature, layer) {
    layer.bindTooltip(feature.properties.tooltip_html);
    layer.on("click", function () {
        if (layer.getPopup()) { return; }
        var box = document.createElement("div");
        box.innerHTML = feature.properties.popup_html;
        layer.bindPopup(box, {maxWidth: 360}).openPopup();
    });
}
"""


def marker_style(record: Mapping[str, Any], *, selected: bool = False) -> dict[str, Any]:
    """The Leaflet path options of an event's circle marker (colour by type, size and
    shading by location precision; the selected event outlined in black)."""
    style = precision_style(record.get("geo_precision"))
    colour = event_colour(record.get("event_type"))
    return {
        "radius": style["radius"] + (3 if selected else 0),
        "color": "#000000" if selected else colour,
        "weight": 4 if selected else style["weight"],
        "dashArray": None if selected else style["dash_array"],
        "fill": True, "fillColor": colour, "fillOpacity": style["fill_opacity"],
        "className": MARKER_CLASS,
    }


def event_features(records: Iterable[Mapping[str, Any]], *,
                   selected_id: str | None = None) -> dict[str, Any]:
    """The located records as the GeoJSON the map draws: escaped popup and tooltip HTML
    and the marker style in each feature's properties."""
    features = []
    for index, record in enumerate(located(records)):
        features.append({
            "type": "Feature",
            "id": index,
            "geometry": point_geometry(record),
            "properties": {
                "event_id": str(record.get("id")),
                "popup_html": popup_html(record),
                "tooltip_html": tooltip_text(record),
                "style": marker_style(record, selected=selected_id is not None and record.get("id") == selected_id),
            },
        })
    return {"type": "FeatureCollection", "features": features}


def _feature_style(feature: Mapping[str, Any]) -> dict[str, Any]:
    return dict(feature["properties"]["style"])


# -- rendering paths by size -------------------------------------------------------------

#: Up to this many located events each marker carries its full popup HTML (SVG markers).
DETAILED_MAX = 2_000
#: Up to this many, markers are lean (a few short properties, the popup is built in the
#: browser with textContent when clicked) and drawn on a canvas inside clusters; above
#: it, events are aggregated into grid cells (one circle per cell, sized by count).
#: Measured in Chromium on a 2-core machine, a filter change that leaves ~2,400 events
#: took 0.8 s of the browser's time on this path, ~4,100 events 0.9-2.3 s (clustering
#: them), and aggregated 0.5-0.75 s: hence 3,000, not 5,000.
LEAN_MAX = 3_000
#: Degrees; the side of an aggregation cell.
AGGREGATE_CELL_DEGREES = 0.5
#: At most this many cells are drawn (the cell side doubles until they fit).
AGGREGATE_MAX_CELLS = 1_000


def rendering_path(n_located: int) -> str:
    """'detailed', 'lean' or 'aggregated': how a map of ``n_located`` events is drawn."""
    if n_located <= DETAILED_MAX:
        return "detailed"
    if n_located <= LEAN_MAX:
        return "lean"
    return "aggregated"


_PRECISION_JS = {name: {"radius": st["radius"], "fillOpacity": st["fill_opacity"], "weight": st["weight"],
                        "dashArray": st["dash_array"]} for name, st in PRECISION_STYLES.items()}

# The lean popup: built from the feature's plain-text properties with textContent only.
_LEAN_BIND_JS = """
function (feature, layer) {
    var p = feature.properties;
    var styles = %s;
    var s = styles[p.p] || %s;
    layer.setStyle({fillOpacity: s.fillOpacity, weight: s.weight, dashArray: s.dashArray,
                    color: p.c, fillColor: p.c, fill: true});
    layer.setRadius(s.radius);
    layer.bindTooltip(function () { var s = document.createElement("span"); s.textContent = p.l; return s; });
    // The popup element is made on the first click (not for every marker up front); it is
    // an element, not a function, by the time st_folium reads its innerText.
    layer.on("click", function () {
        if (layer.getPopup()) { return; }
        var box = document.createElement("div");
        box.style.fontSize = "13px";
        var head = document.createElement("b"); head.textContent = p.l; box.appendChild(head);
        var ev = document.createElement("div"); ev.style.fontStyle = "italic";
        ev.textContent = "\u201c" + p.s + "\u201d"; box.appendChild(ev);
        var id = document.createElement("div"); id.style.color = "#888"; id.style.fontSize = "85%%";
        id.textContent = "event " + p.i; box.appendChild(id);
        layer.bindPopup(box, {maxWidth: 360}).openPopup();
    });
}
"""



def lean_features(records: Iterable[Mapping[str, Any]], *, sentence_chars: int = 160) -> dict[str, Any]:
    """Located records as compact GeoJSON for the lean path: id ``i``, colour ``c``,
    precision ``p``, label ``l`` (type · place · date) and shortened sentence ``s``,
    all plain text (the browser inserts them with textContent)."""
    features = []
    for record in located(records):
        sentence = " ".join(str(record.get("sentence") or "").split())
        if len(sentence) > sentence_chars:
            sentence = sentence[: sentence_chars - 1] + "…"
        features.append({
            "type": "Feature",
            "geometry": point_geometry(record),
            "properties": {
                "i": str(record.get("id")), "c": event_colour(record.get("event_type")),
                "p": record.get("geo_precision") or "", "s": sentence,
                "l": " · ".join(str(v) for v in (record.get("event_type") or "event",
                                                  record.get("place_name") or "?",
                                                  format_date_interval(record))),
            },
        })
    return {"type": "FeatureCollection", "features": features}


def aggregate_cells(records: Iterable[Mapping[str, Any]], *,
                    cell_degrees: float = AGGREGATE_CELL_DEGREES,
                    max_cells: int = AGGREGATE_MAX_CELLS) -> dict[str, Any]:
    """Located records binned into grid cells: one Point feature per non-empty cell at
    the mean position of its events, with ``count``, the most frequent event type
    (``top_type``, its colour ``c``), a radius ``r``, the cell's box ``area``
    ("south,west,north,east") and an escaped ``tooltip_html``. The cell side starts at
    ``cell_degrees`` and doubles until there are at most ``max_cells`` cells."""
    points = located(records)
    return aggregate_arrays(
        np.fromiter((float(r["lat"]) for r in points), dtype=float, count=len(points)),
        np.fromiter((float(r["lon"]) for r in points), dtype=float, count=len(points)),
        [r.get("event_type") or "event" for r in points], cell_degrees=cell_degrees, max_cells=max_cells)


def aggregate_arrays(lats: np.ndarray, lons: np.ndarray, kinds: Sequence[str] | np.ndarray, *,
                     cell_degrees: float = AGGREGATE_CELL_DEGREES,
                     max_cells: int = AGGREGATE_MAX_CELLS) -> dict[str, Any]:
    """:func:`aggregate_cells` of events given as arrays (latitude, longitude, event type)."""
    import pandas as pd

    lats = np.asarray(lats, dtype=float)
    lons = np.asarray(lons, dtype=float)
    # Cells are counted on a dense grid over the events' extent (np.bincount: linear, where
    # np.unique sorted the million cell keys once per cell size tried, 1.3 s at 1M events).
    while True:
        rows = np.floor(lats / cell_degrees).astype(np.int64)
        cols = np.floor(lons / cell_degrees).astype(np.int64)
        row0 = int(rows.min()) if len(rows) else 0
        col0 = int(cols.min()) if len(cols) else 0
        width = int(cols.max()) - col0 + 1 if len(cols) else 1
        flat = (rows - row0) * width + (cols - col0)
        occupied = np.bincount(flat) if len(flat) else np.zeros(0, dtype=np.int64)
        cells = np.flatnonzero(occupied)
        if len(cells) <= max_cells or cell_degrees >= 90:
            break
        cell_degrees *= 2
    remap = np.zeros(len(occupied), dtype=np.int64)
    remap[cells] = np.arange(len(cells))
    inverse = remap[flat]
    if isinstance(kinds, pd.Categorical):  # codes already: no million strings to hash
        kind_codes, kind_names = kinds.codes.astype(np.int64), list(kinds.categories)
    else:
        kind_codes, kind_names = pd.factorize(pd.Series(np.asarray(kinds, dtype=object), dtype=object))
    n_cells, n_kinds = len(cells), len(kind_names)
    counts = np.bincount(inverse, minlength=n_cells)
    lat_means = np.bincount(inverse, weights=lats, minlength=n_cells) / np.maximum(counts, 1)
    lon_means = np.bincount(inverse, weights=lons, minlength=n_cells) / np.maximum(counts, 1)
    by_kind = np.bincount(inverse * n_kinds + kind_codes, minlength=n_cells * n_kinds).reshape(n_cells, n_kinds)
    cell_rows = cells // width + row0
    cell_cols = cells % width + col0
    names = [str(name) for name in kind_names]
    # Most frequent first, ties by name.
    order = sorted(range(n_kinds), key=lambda k: names[k])
    # Radius by the share of the busiest cell (a square-root scale: area ~ count), so
    # circles stay about a cell wide at world zoom however many events there are.
    busiest = max(int(counts.max()) if n_cells else 1, 1)
    features = []
    for cell in range(n_cells):
        row = by_kind[cell]
        top = sorted((k for k in order if row[k]), key=lambda k: -row[k])[:3]
        count = int(counts[cell])
        summary = ", ".join(f"{names[k]} {int(row[k])}" for k in top)
        south, west = float(cell_rows[cell]) * cell_degrees, float(cell_cols[cell]) * cell_degrees
        area = (max(south, -90.0), max(west, -180.0), min(south + cell_degrees, 90.0), min(west + cell_degrees, 180.0))
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(float(lon_means[cell]), 4),
                                                          round(float(lat_means[cell]), 4)]},
            "properties": {
                "count": count, "top_type": names[top[0]], "c": event_colour(names[top[0]]),
                "r": round(3 + 9 * (count / busiest) ** 0.5, 1),
                "area": ",".join(f"{v:g}" for v in area),
                "tooltip_html": escape_text(f"{count} events ({summary}); click to show them"),
            },
        })
    return {"type": "FeatureCollection", "features": features, "cell_degrees": cell_degrees}


_AREA_IN_POPUP = re.compile(r"area\s+(-?[0-9.]+),(-?[0-9.]+),(-?[0-9.]+),(-?[0-9.]+)\s*$", re.MULTILINE)


def area_from_popup(popup_text: str | None) -> tuple[float, float, float, float] | None:
    """The (south, west, north, east) box in a clicked cell's popup text, or None."""
    if not popup_text:
        return None
    match = _AREA_IN_POPUP.search(popup_text.strip())
    return tuple(float(v) for v in match.groups()) if match else None  # type: ignore[return-value]


_CELL_TOOLTIP_JS = """
function (feature, layer) { layer.bindTooltip(feature.properties.tooltip_html); }
"""

# A cell's popup is a DOM element (st_folium reads its innerText on click): its last line
# "area s,w,n,e" lets the app narrow the view to the cell (:func:`area_from_popup`).
_CELL_BIND_JS = """
function (feature, layer) {
    var p = feature.properties;
    layer.setStyle({color: p.c, fillColor: p.c, fillOpacity: 0.6, weight: 0.5, fill: true,
                    className: "event-cell"});
    layer.setRadius(p.r);
    layer.bindTooltip(p.tooltip_html);
    var box = document.createElement("div");
    var head = document.createElement("b"); head.textContent = p.count + " events here"; box.appendChild(head);
    var hint = document.createElement("div"); hint.textContent = "Showing them one by one…"; box.appendChild(hint);
    var area = document.createElement("div"); area.style.color = "#888"; area.style.fontSize = "85%";
    area.textContent = "area " + p.area; box.appendChild(area);
    layer.bindPopup(box);
}
"""

# -- precision areas and movements ---------------------------------------------------------

#: Metres; the radius drawn around an event located only to a region, country or admin1.
PRECISION_AREA_METRES = {"admin1": 120_000, "country": 350_000, "region": 900_000}


def precision_areas(records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Faint ground-size discs (radius in metres) for events located only to an admin1,
    a country or a region, so an imprecise location reads as an area, not a point."""
    features = []
    for record in located(records):
        metres = PRECISION_AREA_METRES.get(str(record.get("geo_precision")))
        if metres is None:
            continue
        colour = event_colour(record.get("event_type"))
        features.append({
            "type": "Feature",
            "geometry": point_geometry(record),
            "properties": {"style": {"radius": metres, "color": colour, "fillColor": colour,
                                     "fillOpacity": 0.06, "weight": 1, "dashArray": "3 5",
                                     "interactive": False, "className": "precision-area"}},
        })
    return {"type": "FeatureCollection", "features": features}


def _arc(origin: tuple[float, float], destination: tuple[float, float], *, steps: int = 24) -> list[list[float]]:
    """[lon, lat] points of a gentle quadratic curve from origin to destination."""
    (lat0, lon0), (lat1, lon1) = origin, destination
    mid_lat, mid_lon = (lat0 + lat1) / 2, (lon0 + lon1) / 2
    # Bend to the left of the direction of travel by a fifth of the distance.
    ctrl_lat, ctrl_lon = mid_lat + (lon1 - lon0) * 0.2, mid_lon - (lat1 - lat0) * 0.2
    points = []
    for i in range(steps + 1):
        t = i / steps
        lat = (1 - t) ** 2 * lat0 + 2 * (1 - t) * t * ctrl_lat + t ** 2 * lat1
        lon = (1 - t) ** 2 * lon0 + 2 * (1 - t) * t * ctrl_lon + t ** 2 * lon1
        points.append([round(lon, 5), round(lat, 5)])
    return points


def movement_arcs(records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """LineString features from each event's ``origin`` (a mapping with lat/lon) to its
    place, with an escaped ``tooltip_html`` "origin → place"."""
    features = []
    for record in located(records):
        origin = record.get("origin")
        if not isinstance(origin, Mapping) or origin.get("lat") is None or origin.get("lon") is None:
            continue
        try:
            start = (float(origin["lat"]), float(origin["lon"]))
        except (TypeError, ValueError):
            continue
        end = (float(record["lat"]), float(record["lon"]))
        if start == end:
            continue
        colour = event_colour(record.get("event_type"))
        features.append({
            "type": "Feature",
            "geometry": {"type": "LineString", "coordinates": _arc(start, end)},
            "properties": {
                "event_id": str(record.get("id")),
                "style": {"color": colour, "weight": 2.5, "opacity": 0.8, "dashArray": "6 4",
                          "className": "movement-arc"},
                "tooltip_html": escape_text(f"{origin.get('name') or 'origin'} → {record.get('place_name') or '?'}"
                                            f" ({record.get('event_type') or 'event'})"),
            },
        })
    return {"type": "FeatureCollection", "features": features}


class _MarkerClusterAssets(folium.elements.JSCSSMixin, MacroElement):
    """Loads Leaflet.markercluster with the base map (an events layer added later may cluster)."""

    _template = Template("")
    default_js = folium.plugins.MarkerCluster.default_js
    default_css = folium.plugins.MarkerCluster.default_css


class _EventMapTools(folium.elements.JSCSSMixin, MacroElement):
    """The map's own script and styles (``static/workbench``), the legend, the offline
    basemap (when its tiles are served at ``basemap_url``) and following the app's theme."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }}, basemap = null;
            {%- if this.basemap_url %}
            basemap = window.__offlineBasemap = L.offlineBasemap(
                {url: {{ this.basemap_url|tojson }}, theme: {{ this.theme|tojson }}}).addTo(map);
            basemap.bringToBack();
            {%- endif %}
            document.documentElement.dataset.appTheme = {{ this.theme|tojson }};
            EventMap.legend(map, {{ this.legend|tojson }});
            EventMap.followTheme(basemap);
        })();
        {% endmacro %}
    """)
    default_js = [("event_map_js", "workbench/event-map.js")]
    default_css = [("event_map_css", "workbench/event-map.css")]

    def __init__(self, *, basemap_url: str | None, theme: str) -> None:
        super().__init__()
        self._name = "EventMapTools"
        self.basemap_url, self.theme = basemap_url, theme
        self.legend = legend_entries()
        if basemap_url:
            self.default_js = [("offline_basemap", "basemap/offline-basemap.js"), *self.default_js]


class _LayerScript(MacroElement):
    """Script run when an events layer is drawn: records its path and event count on the
    page (``<meta name="event-map-path">``, ``data-event-map-path`` and
    ``data-event-map-count`` on ``<html>``; tests and benchmarks wait for them), fits
    the map to the events when they cover another area than the last layer's, and brings
    the selected event (``focus``: id, lat, lon) into view, opening its cluster."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            // streamlit-folium keeps every layer it swapped in; forget the ones it removed.
            window.feature_group = (window.feature_group || []).filter(function (l) { return l._map; });
            var meta = document.querySelector('meta[name="event-map-path"]');
            if (!meta) {
                meta = document.createElement("meta");
                meta.name = "event-map-path";
                document.head.appendChild(meta);
            }
            meta.content = {{ this.path|tojson }};
            document.documentElement.dataset.eventMapPath = {{ this.path|tojson }};
            document.documentElement.dataset.eventMapCount = {{ this.count|tojson }};
            var map = {{ this.map_name }};
            {%- if this.bounds %}
            var fit = {{ this.bounds|tojson }};
            if (window.__eventMapFit !== JSON.stringify(fit)) {
                window.__eventMapFit = JSON.stringify(fit);
                {%- if not this.focus %}
                map.fitBounds(fit, {maxZoom: 7});
                {%- endif %}
            }
            {%- endif %}
            {%- if this.focus %}
            if (window.EventMap) {
                EventMap.focus(map, {{ this.focus|tojson }},
                               {{ this.markers_name or "null" }}, {{ this.cluster_name or "null" }});
            }
            {%- else %}
            window.__eventMapFocus = null;
            if (window.__eventMapRing) { map.removeLayer(window.__eventMapRing); window.__eventMapRing = null; }
            delete document.documentElement.dataset.eventMapFocus;
            {%- endif %}
        })();
        {% endmacro %}
    """)

    def __init__(self, path: str, count: int, bounds: list[list[float]] | None,
                 focus: dict[str, Any] | None = None, markers_name: str | None = None,
                 cluster_name: str | None = None) -> None:
        super().__init__()
        self._name = "LayerScript"
        self.path, self.count, self.bounds = path, count, bounds
        self.focus, self.markers_name, self.cluster_name = focus, markers_name, cluster_name

    @property
    def map_name(self) -> str:
        from folium.utilities import get_obj_in_upper_tree

        return get_obj_in_upper_tree(self, folium.Map).get_name()


#: The zoom a selected event is shown at, by its place's precision (at least: a closer view stays).
FOCUS_ZOOM = {"point": 9, "city": 8, "admin2": 7, "admin1": 6, "country": 4, "region": 3}
#: Cluster icons show the mix of event-type families they hold (static/workbench/event-map.js).
CLUSTER_ICON_JS = "function (cluster) { return EventMap.clusterIcon(cluster); }"

#: The canvas that lean markers and aggregated cells share (thousands of SVG nodes are slow).
_SHARED_CANVAS = JsCode("(window.__eventCanvas = window.__eventCanvas || L.canvas({padding: 0.5}))")


def build_base_map(*, tiles: bool = False, height: int | str = "100%", basemap_url: str | None = None,
                   theme: str = "light") -> folium.Map:
    """The map without events: local assets (Leaflet and Leaflet.markercluster), the
    basemap, the legend and optional OpenStreetMap tiles. It does not depend on the events,
    so the app sends it once and swaps only the events layer (:func:`build_event_layer`).

    ``basemap_url`` is where the offline basemap's tiles are served
    (:mod:`geodata.gazetteer.basemap_tiles`): land, lakes, rivers, boundaries and place
    labels down to city zoom, in the ``theme``'s palette ("light" or "dark"). Without it
    (a saved HTML map, tiles not built yet) the country outlines are the basemap. With
    ``tiles`` OpenStreetMap is drawn instead of the offline basemap, outlines on top."""
    fmap = folium.Map(location=[20.0, 0.0], zoom_start=2, tiles=None, minZoom=1, maxZoom=18,
                      world_copy_jump=True, control_scale=True, height=height)
    fmap.get_root().header.add_child(Element(OCEAN_CSS), name="ocean_css")
    fmap.add_child(_MarkerClusterAssets(), name="marker_cluster_assets")
    offline = basemap_url if basemap_url and not tiles else None
    if not offline:
        FastGeoJson(
            load_country_outlines(), name="Country outlines", control=False, interactive=False,
            style_function=lambda _feature, style=(BASEMAP_STYLE_OVER_TILES if tiles else BASEMAP_STYLE): style,
        ).add_to(fmap)
    if tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap", control=False).add_to(fmap)
    fmap.add_child(_EventMapTools(basemap_url=offline, theme=theme if theme in ("light", "dark") else "light"),
                   name="event_map_tools")
    localize_assets(fmap)
    return fmap


def build_event_layer(records: Iterable[Mapping[str, Any]], *, cluster: bool = False,
                      selected_id: str | None = None, path: str | None = None,
                      arrays: tuple[np.ndarray, np.ndarray, Sequence[str]] | None = None,
                      focus: Mapping[str, Any] | None = None) -> folium.FeatureGroup:
    """The events of the map as one ``folium.FeatureGroup`` (see :func:`build_event_map`).

    ``focus`` (a located record: the selected event) is brought into view when the layer
    is drawn: its cluster opened, or the map panned and zoomed to it, and ringed; on the
    aggregated path, where single events are not drawn, the ring marks its place.

    ``arrays`` (latitudes, longitudes, event types of the located records, in order) stand
    for the records on the aggregated path (which then need not be given): a 100k-record
    layer is made from arrays without reading each record again.
    """
    points = located(records) if arrays is None else []
    n_points = len(points) if arrays is None else len(arrays[0])
    path = path or rendering_path(n_points)
    group = folium.FeatureGroup(name="Events layer", control=False)
    markers_name = cluster_name = None
    if path == "aggregated":
        cells = (aggregate_arrays(*arrays) if arrays is not None else aggregate_cells(points))
        marker = folium.CircleMarker()
        marker.options["renderer"] = _SHARED_CANVAS
        FastGeoJson(cells, name="Event cells", control=False, marker=marker,
                    on_each_feature=JsCode(_CELL_BIND_JS)).add_to(group)
    else:
        if path == "detailed":
            areas = precision_areas(points)
            if areas["features"]:
                disc = folium.Circle()
                disc.options["renderer"] = _SHARED_CANVAS
                FastGeoJson(areas, name="Precision areas", control=False, interactive=False,
                            marker=disc, style_function=_feature_style).add_to(group)
        arcs = movement_arcs(points)
        if arcs["features"]:
            FastGeoJson(arcs, name="Movements", control=False, style_function=_feature_style,
                        on_each_feature=JsCode(_CELL_TOOLTIP_JS)).add_to(group)
        layer: folium.FeatureGroup | folium.plugins.MarkerCluster = group
        if cluster or path == "lean":
            layer = folium.plugins.MarkerCluster(
                name="Events", control=False, icon_create_function=CLUSTER_ICON_JS,
                options={"maxClusterRadius": 30 if path == "detailed" else 50, "showCoverageOnHover": False,
                         "spiderfyOnMaxZoom": True, "chunkedLoading": True},
            ).add_to(group)
            cluster_name = layer.get_name()
        if path == "detailed":
            markers = FastGeoJson(
                event_features(points, selected_id=selected_id), name="Events", control=False,
                marker=folium.CircleMarker(), style_function=_feature_style,
                on_each_feature=JsCode(_BIND_POPUP_JS),
            )
        else:
            unknown = {"radius": UNKNOWN_PRECISION_STYLE["radius"], "fillOpacity": UNKNOWN_PRECISION_STYLE["fill_opacity"],
                       "weight": UNKNOWN_PRECISION_STYLE["weight"], "dashArray": UNKNOWN_PRECISION_STYLE["dash_array"]}
            marker = folium.CircleMarker()
            marker.options["renderer"] = _SHARED_CANVAS
            markers = FastGeoJson(
                lean_features(points), name="Events", control=False, marker=marker,
                on_each_feature=JsCode(_LEAN_BIND_JS % (json.dumps(_PRECISION_JS), json.dumps(unknown))),
            )
        markers.add_to(layer)
        markers_name = markers.get_name()
    if arrays is not None:
        bounds = ([[float(np.min(arrays[0])), float(np.min(arrays[1]))], [float(np.max(arrays[0])), float(np.max(arrays[1]))]]
                  if n_points else None)
    else:
        bounds = _bounds(points)
    fit = None
    if bounds is not None:
        (south, west), (north, east) = bounds
        pad = 2.0  # degrees; keeps a single point from zooming to street level
        fit = [[round(south - pad, 4), round(west - pad, 4)], [round(north + pad, 4), round(east + pad, 4)]]
    target = None
    if focus is not None and focus.get("lat") is not None and focus.get("lon") is not None:
        target = {"id": str(focus.get("id")), "lat": float(focus["lat"]), "lon": float(focus["lon"]),
                  "zoom": FOCUS_ZOOM.get(str(focus.get("geo_precision")), 9)}
    group.add_child(_LayerScript(path, n_points, fit, target, markers_name, cluster_name), name="layer_script")
    localize_assets(group)
    return group


def build_event_map(records: Iterable[Mapping[str, Any]], *, tiles: bool = False,
                    cluster: bool = False, selected_id: str | None = None,
                    height: int | str = "100%", path: str | None = None) -> folium.Map:
    """A folium map of the located records, with local assets and the outline basemap.

    ``tiles`` adds OpenStreetMap tiles under the outlines (needs the network; off by
    default). ``cluster`` groups nearby markers (Leaflet.markercluster, spiderfies
    events at the same place). ``selected_id`` draws that event's marker highlighted.
    Marker colour follows :func:`event_colour`, size and shading :func:`precision_style`;
    events located only to an admin1, country or region also get a ground-size disc
    (:func:`precision_areas`) and movements an arc from their origin (:func:`movement_arcs`).
    ``path`` forces a rendering path; by default :func:`rendering_path` picks it by size
    (lean paths always cluster and draw on a canvas; the aggregated one draws grid cells
    instead of events, and a click on a cell names its box, :func:`area_from_popup`).

    The map is :func:`build_base_map` plus :func:`build_event_layer`.
    """
    points = located(records)
    path = path or rendering_path(len(points))
    fmap = build_base_map(tiles=tiles, height=height)
    # The rendering path is readable from the page (benchmarks and tests look at it).
    fmap.get_root().header.add_child(
        Element(f'<meta name="event-map-path" content="{escape_text(path)}">'), name="event_map_path")
    build_event_layer(points, cluster=cluster, selected_id=selected_id, path=path).add_to(fmap)
    return fmap
