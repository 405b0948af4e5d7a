"""The events web map: located event records -> a ``folium.Map`` that works offline.

folium links Leaflet, jQuery, Bootstrap and its plugins from CDNs; with no network the
map is blank (``L is not defined``). :func:`build_event_map` therefore replaces every
script and stylesheet link with a ``data:`` URI of the copy shipped in
``geodata/static/`` (Leaflet 1.9.4, jQuery 3.7.1, Leaflet.markercluster 1.5.3, MIT, with
their licences). Inline data URIs work wherever the map's HTML goes: a saved file,
Jupyter, or streamlit-folium's component iframe, which cannot reach the filesystem and
loads ``js_links``/``css_links`` by URL. Assets folium offers but the map does not use
(Bootstrap, Font Awesome, awesome-markers) are dropped; any other external link raises
:class:`ExternalAssetError` rather than silently needing the network.

Tiles are optional (off by default): a basemap of country outlines
(:mod:`geodata.basemap`) is always drawn underneath, so the map is legible offline.

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
import hashlib
import html
import logging
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import folium
import folium.elements
import folium.plugins
from branca.element import Element
from folium.utilities import JsCode

from geodata.basemap import load_country_outlines

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"

# folium's name for each asset -> the local copy that replaces it.
LOCAL_ASSETS: dict[str, str] = {
    "leaflet": "leaflet/leaflet.js",
    "leaflet_css": "leaflet/leaflet.css",
    "jquery": "jquery/jquery.min.js",
    "markerclusterjs": "leaflet.markercluster/leaflet.markercluster.js",
    "markerclustercss": "leaflet.markercluster/MarkerCluster.css",
    "markerclusterdefaultcss": "leaflet.markercluster/MarkerCluster.Default.css",
}
# Assets folium adds by default that nothing on our map uses (icons, Bootstrap widgets).
UNUSED_ASSETS = frozenset({
    "bootstrap", "bootstrap_css", "awesome_markers", "awesome_markers_css",
    "awesome_markers_font_css", "glyphicons_css", "awesome_rotate_css",
})

# One colour per event type (timeline.triggers.EVENT_TYPES); unknown types get a stable
# colour from FALLBACK_COLOURS. Shared with the timeline chart so both read alike.
EVENT_TYPE_COLOURS: dict[str, str] = {
    "meet": "#1f77b4", "visit": "#17becf", "statement": "#7f7f7f", "warn": "#ff7f0e",
    "condemn": "#d62728", "support": "#2ca02c", "agree": "#98df8a", "aid": "#bcbd22",
    "supply": "#8c564b", "deploy": "#9467bd", "attack": "#b2182b", "protest": "#e377c2",
    "riot": "#f7b6d2", "violence_against_civilians": "#67001f", "arrest": "#393b79",
    "disaster": "#e6550d", "accident": "#fdae6b", "election": "#6baed6",
}
FALLBACK_COLOURS = ("#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#31a354")

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
OCEAN_CSS = "<style>.leaflet-container.leaflet-container { background: #d4e4ee; }</style>"

_EVENT_ID_IN_POPUP = re.compile(r"event\s+([0-9A-Za-z_:.-]+)\s*$", re.MULTILINE)


class ExternalAssetError(ValueError):
    """A map element links a script or stylesheet that has no local copy."""


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
    """The shipped asset ``geodata/static/<relative_path>`` as a ``data:`` URI.

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
                f"{type(element).__name__} links {name} ({url}) and geodata/static has no copy of it")
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


def event_colour(event_type: str | None) -> str:
    """The colour of an event type on the map and the timeline (stable for unknown types)."""
    if event_type in EVENT_TYPE_COLOURS:
        return EVENT_TYPE_COLOURS[event_type]
    digest = hashlib.sha1((event_type or "").encode("utf-8")).digest()
    return FALLBACK_COLOURS[digest[0] % len(FALLBACK_COLOURS)]


def precision_style(geo_precision: str | None) -> dict[str, Any]:
    """Radius, fill opacity, stroke weight and dash pattern for a location precision."""
    return dict(PRECISION_STYLES.get(geo_precision or "", UNKNOWN_PRECISION_STYLE))


def format_date_interval(record: Mapping[str, Any]) -> str:
    """'2025-07-11', '2025-07-01 – 2025-07-31 (month)' or 'undated'."""
    start, end = record.get("date_start"), record.get("date_end")
    precision = record.get("date_precision") or "unknown"
    if not start and not end:
        return "undated"
    if start == end or not end:
        interval = str(start)
    elif not start:
        interval = f"until {end}"
    else:
        interval = f"{start} – {end}"
    return interval if precision == "day" else f"{interval} ({precision})"


def popup_html(record: Mapping[str, Any]) -> str:
    """The marker popup: evidence sentence, place, date interval and precision, event id.

    Every value is escaped. The last line ``event <id>`` lets the app map a clicked
    popup back to its record (:func:`event_id_from_popup`).
    """
    actors = ", ".join(str(a) for a in record.get("actors") or [])
    place = record.get("place_name") or "unknown place"
    rows = [
        f"<b>{escape_text(record.get('event_type') or 'event')}</b>"
        + (f" · {escape_text(actors)}" if actors else ""),
        f"<i>“{escape_text(record.get('sentence') or '')}”</i>",
        f"<b>Place:</b> {escape_text(place)} ({escape_text(record.get('geo_precision') or 'unknown')} precision)",
        f"<b>Date:</b> {escape_text(format_date_interval(record))}",
    ]
    if record.get("source_title"):
        rows.append(f"<b>Source:</b> {escape_text(record.get('source_title'))}")
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
# popup is a DOM element (not a string) because st_folium reads its innerText on click.
_BIND_POPUP_JS = """
function (feature, layer) {
    var box = document.createElement("div");
    box.innerHTML = feature.properties.popup_html;
    layer.bindPopup(box, {maxWidth: 360});
    layer.bindTooltip(feature.properties.tooltip_html);
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
            "geometry": {"type": "Point", "coordinates": [float(record["lon"]), float(record["lat"])]},
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


def build_event_map(records: Iterable[Mapping[str, Any]], *, tiles: bool = False,
                    cluster: bool = False, selected_id: str | None = None,
                    height: int | str = "100%") -> folium.Map:
    """A folium map of the located records, with local assets and the outline basemap.

    ``tiles`` adds OpenStreetMap tiles under the outlines (needs the network; off by
    default). ``cluster`` groups nearby markers (Leaflet.markercluster, spiderfies
    events at the same place). ``selected_id`` draws that event's marker highlighted.
    Marker colour follows :func:`event_colour`, size and shading :func:`precision_style`.
    """
    points = located(records)
    fmap = folium.Map(location=[20.0, 0.0], zoom_start=2, tiles=None, minZoom=1, maxZoom=18,
                      world_copy_jump=True, control_scale=True, height=height)
    fmap.get_root().header.add_child(Element(OCEAN_CSS), name="ocean_css")

    folium.GeoJson(
        load_country_outlines(), name="Country outlines", control=False, interactive=False,
        style_function=lambda _feature, style=(BASEMAP_STYLE_OVER_TILES if tiles else BASEMAP_STYLE): style,
    ).add_to(fmap)
    if tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap", control=False).add_to(fmap)

    layer: folium.Map | folium.plugins.MarkerCluster = fmap
    if cluster:
        layer = folium.plugins.MarkerCluster(
            name="Events", control=False,
            options={"maxClusterRadius": 30, "showCoverageOnHover": False, "spiderfyOnMaxZoom": True},
        ).add_to(fmap)

    markers = folium.GeoJson(
        event_features(points, selected_id=selected_id), name="Events", control=False,
        marker=folium.CircleMarker(), style_function=_feature_style,
        on_each_feature=JsCode(_BIND_POPUP_JS),
    )
    markers.add_to(layer)

    bounds = _bounds(points)
    if bounds is not None:
        (south, west), (north, east) = bounds
        pad = 2.0  # degrees; keeps a single point from zooming to street level
        fmap.fit_bounds([[south - pad, west - pad], [north + pad, east + pad]], max_zoom=7)
    localize_assets(fmap)
    return fmap
