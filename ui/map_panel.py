"""The map panel: streamlit-folium's component with the base map as its page and the events as a
swappable layer; clicks select an event or narrow the view to an aggregated cell's area."""
from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import streamlit as st

from geodata.export.webmap import (
    LOCAL_ASSETS,
    STATIC_DIR,
    area_from_popup,
    asset_data_uri,
    build_base_map,
    event_id_from_popup,
)
from ui.keys import MAP_AREA, SELECTED

logger = logging.getLogger(__name__)

MAP_RETURNS = ["last_object_clicked", "last_object_clicked_popup"]
#: Run in the map's page after each events layer is drawn (``ui/js/map_drawn.js``). The
#: first time in a page, it tells the app that the map is drawn, by sending the map
#: component's value (as streamlit-folium does on a click, no object clicked), which reruns
#: the script: a session's first run draws the map and the timeline, the controls come on
#: that rerun (:func:`ui.state.controls_deferred`). It waits for the timeline chart when the
#: page has one (the map's page is same-origin with the app's, as streamlit-folium's frame
#: allows), for 2 s at most, so that drawing the controls does not delay the chart.
MAP_DRAWN_SIGNAL_JS = (Path(__file__).resolve().parent / "js" / "map_drawn.js").read_text(encoding="utf-8")


def map_drawn_signal(wait_for_chart: bool) -> str:
    """:data:`MAP_DRAWN_SIGNAL_JS` for a page with (or without) a timeline chart to wait for."""
    return MAP_DRAWN_SIGNAL_JS % ("true" if wait_for_chart else "false")


class BasemapBuild:
    """The offline basemap's one-time build (:func:`geodata.gazetteer.basemap_tiles.ensure_tiles`),
    run in a thread so that the page is usable meanwhile (the map shows country outlines)."""

    def __init__(self) -> None:
        from geodata.gazetteer import basemap_tiles

        self.path = basemap_tiles.built_tiles()
        self.message = ""
        self.failed: str | None = None
        if self.path is None and basemap_tiles.sources_available():
            self.message = "Building the offline basemap (once, about a minute)…"
            threading.Thread(target=self._build, name="basemap-build", daemon=True).start()

    def _build(self) -> None:
        from geodata.gazetteer import basemap_tiles

        def progress(message: str) -> None:
            self.message = message

        try:
            self.path = basemap_tiles.ensure_tiles(progress=progress)
        except Exception as error:  # shown on the page; the outlines stay the basemap
            logger.exception("the offline basemap could not be built")
            self.failed = str(error)
        self.message = ""


@st.cache_resource(show_spinner=False)
def basemap_build() -> BasemapBuild:
    """The process's basemap build (started once, on the first page that asks)."""
    return BasemapBuild()


def basemap_url() -> str | None:
    """Where the map's page reaches the offline basemap's tiles (the cache folder, served
    by this server as a component's files, same origin), or None while they are not built
    or outside a running server (AppTest)."""
    import streamlit.components.v1 as components
    from streamlit.runtime import Runtime

    build = basemap_build()
    if build.path is None or not Runtime.exists():
        return None
    served = components.declare_component("webmap_basemap", path=str(build.path))
    return f"../{served.name}/"


def app_theme() -> str:
    """"dark" or "light": the app's theme as the browser reported it (the map follows it)."""
    theme = getattr(getattr(st.context, "theme", None), "type", None)
    return "dark" if theme == "dark" else "light"


@st.cache_resource(show_spinner=False, max_entries=4)
def base_map(tiles: bool, basemap: str | None = None, theme: str = "light") -> dict[str, Any]:
    """The base map (offline basemap or outlines, optional tiles, legend, local Leaflet
    assets) rendered once into the arguments of the streamlit-folium component, as
    ``st_folium`` would make them."""
    from folium.elements import JSCSSMixin
    from streamlit_folium import _get_header, _get_html, _get_map_string, get_full_id

    fmap = build_base_map(tiles=tiles, basemap_url=basemap, theme=theme)
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


def basemap_status() -> str:
    """A caption's note while the offline basemap is being built (or why it is missing)."""
    build = basemap_build()
    if build.path is not None:
        return ""
    if build.failed:
        return f" · the detailed offline basemap could not be built ({build.failed}): country outlines shown"
    if build.message:
        return f" · {build.message} Country outlines until then."
    return ""
