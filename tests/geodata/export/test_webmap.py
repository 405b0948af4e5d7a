"""The offline web map: local assets only, the outline basemap, markers, escaping."""
from __future__ import annotations

import base64
import json
import re
from typing import Any

import folium
import folium.plugins
import numpy as np
import pytest

from geodata.export import palette, webmap
from geodata.gazetteer import basemap

EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?(?!data:)(?:https?:)?//""", re.IGNORECASE)


def asset_links(fmap: folium.Map) -> list[str]:
    """Every script/stylesheet URL the map's elements declare (what st_folium loads)."""
    links: list[str] = []
    stack: list[Any] = [fmap.get_root()]
    while stack:
        element = stack.pop()
        for attr in ("default_js", "default_css"):
            links.extend(url for _, url in getattr(element, attr, []))
        stack.extend(getattr(element, "_children", {}).values())
    return links


def decoded(uri: str) -> str:
    header, payload = uri.split(",", 1)
    assert header.endswith(";base64")
    return base64.b64decode(payload).decode("utf-8")


@pytest.mark.parametrize("cluster", [False, True])
@pytest.mark.parametrize("tiles", [False, True])
def test_every_script_and_stylesheet_is_inline(event_records: list[dict[str, Any]], cluster: bool,
                                              tiles: bool) -> None:
    fmap = webmap.build_event_map(event_records, cluster=cluster, tiles=tiles)
    links = asset_links(fmap)
    assert links and all(url.startswith("data:") for url in links)
    html = fmap.get_root().render()
    assert not EXTERNAL.search(html)
    assert "cdn.jsdelivr" not in html and "code.jquery.com" not in html and "cdnjs" not in html


def test_leaflet_is_the_shipped_copy_and_jquery_is_left_out(event_records: list[dict[str, Any]]) -> None:
    fmap = webmap.build_event_map(event_records)
    scripts = {name: url for name, url in fmap.default_js}
    styles = {name: url for name, url in fmap.default_css}
    assert set(scripts) == {"leaflet"}  # nothing on the map uses jQuery
    assert 't.version="1.9.4"' in decoded(scripts["leaflet"])
    assert "sourceMappingURL" not in decoded(scripts["leaflet"])
    css = decoded(styles["leaflet_css"])
    assert ".leaflet-container" in css
    assert "url(images/" not in css and "url(data:image/png;base64," in css


def test_cluster_plugin_assets_are_local(event_records: list[dict[str, Any]]) -> None:
    fmap = webmap.build_event_map(event_records, cluster=True)
    layer = next(c for c in fmap._children.values() if isinstance(c, folium.FeatureGroup))
    clusters = [c for c in layer._children.values() if isinstance(c, folium.plugins.MarkerCluster)]
    assert len(clusters) == 1
    names = {name for name, _ in clusters[0].default_js + clusters[0].default_css}
    assert names == {"markerclusterjs", "markerclustercss", "markerclusterdefaultcss"}
    assert "MarkerClusterGroup" in decoded(dict(clusters[0].default_js)["markerclusterjs"])


def test_unknown_external_asset_is_refused() -> None:
    fmap = folium.Map(tiles=None)
    folium.plugins.Fullscreen().add_to(fmap)
    with pytest.raises(webmap.ExternalAssetError, match="Fullscreen"):
        webmap.localize_assets(fmap)


def test_folium_classes_are_left_alone(event_records: list[dict[str, Any]]) -> None:
    webmap.build_event_map(event_records, cluster=True)
    assert folium.Map.default_js[0][1].startswith("https://")
    assert folium.plugins.MarkerCluster.default_js[0][1].startswith("https://")


def event_layers(fmap: folium.Map) -> list[folium.GeoJson]:
    found: list[folium.GeoJson] = []
    stack: list[Any] = [fmap]
    while stack:
        element = stack.pop()
        if isinstance(element, folium.GeoJson) and element.layer_name == "Events":
            found.append(element)
        stack.extend(getattr(element, "_children", {}).values())
    return found


def markers(fmap: folium.Map) -> list[dict[str, Any]]:
    """The event features of the map (one GeoJSON layer of circle markers)."""
    layers = event_layers(fmap)
    assert len(layers) == 1
    return layers[0].data["features"]


def location(feature: dict[str, Any]) -> tuple[float, float]:
    lon, lat = feature["geometry"]["coordinates"]
    return (lat, lon)


def test_one_marker_per_located_event(event_records: list[dict[str, Any]]) -> None:
    fmap = webmap.build_event_map(event_records)
    found = markers(fmap)
    assert len(found) == 4  # the undated event has no place either
    assert sorted(location(f) for f in found) == sorted(
        (r["lat"], r["lon"]) for r in event_records if r["lat"] is not None)
    assert all(f["properties"]["style"]["className"] == webmap.MARKER_CLASS for f in found)
    assert not any(location(f) == (0.0, 0.0) for f in found)
    assert isinstance(event_layers(fmap)[0].marker, folium.CircleMarker)


def test_markers_go_into_the_cluster_when_clustering(event_records: list[dict[str, Any]]) -> None:
    fmap = webmap.build_event_map(event_records, cluster=True)
    layer = event_layers(fmap)[0]
    assert isinstance(layer._parent, folium.plugins.MarkerCluster)


def test_map_without_located_events_still_has_the_basemap() -> None:
    fmap = webmap.build_event_map([{"id": "x", "lat": None, "lon": None}])
    assert markers(fmap) == []
    outlines = [c for c in fmap._children.values()
                if isinstance(c, folium.GeoJson) and c.layer_name == "Country outlines"]
    assert len(outlines) == 1 and outlines[0].options.get("interactive") is False
    assert not [c for c in fmap._children.values() if isinstance(c, folium.TileLayer)]


def test_tiles_are_optional(event_records: list[dict[str, Any]]) -> None:
    with_tiles = webmap.build_event_map(event_records, tiles=True)
    tiles = [c for c in with_tiles._children.values() if isinstance(c, folium.TileLayer)]
    assert len(tiles) == 1 and "openstreetmap" in tiles[0].tiles


def test_marker_colour_and_precision(event_records: list[dict[str, Any]]) -> None:
    by_place = {location(f): f["properties"]["style"] for f in markers(webmap.build_event_map(event_records))}
    city = by_place[(39.1528, 127.4436)]
    country = by_place[(49.0, 32.0)]
    assert city["fillColor"] == webmap.EVENT_TYPE_COLOURS["meet"]
    assert country["fillColor"] == webmap.EVENT_TYPE_COLOURS["attack"]
    assert country["radius"] > city["radius"]
    assert country["fillOpacity"] < city["fillOpacity"]
    assert country["dashArray"] and not city["dashArray"]


def test_unknown_event_type_falls_in_the_other_family() -> None:
    other = palette.TYPE_FAMILIES["other"][1]
    assert webmap.event_colour("sabotage") == webmap.event_colour(None) == other


def test_selected_event_is_highlighted(event_records: list[dict[str, Any]]) -> None:
    found = {location(f): f["properties"]["style"]
             for f in markers(webmap.build_event_map(event_records, selected_id="ev-meet"))}
    assert found[(39.1528, 127.4436)]["color"] == "#000000"
    assert found[(49.0, 32.0)]["color"] != "#000000"


HOSTILE = "<img src=x onerror=alert(1)> `${alert(2)}` \\u0041 </div>"


def test_article_text_is_escaped_in_popups_and_tooltips() -> None:
    record = {"id": "ev-h", "event_type": "protest", "lat": 1.0, "lon": 2.0, "geo_precision": "city",
              "place_name": HOSTILE, "sentence": HOSTILE, "source_title": HOSTILE, "actors": [HOSTILE],
              "date_start": "2025-07-01", "date_end": "2025-07-01", "date_precision": "day"}
    fmap = webmap.build_event_map([record])
    html = fmap.get_root().render()
    assert "<img src=x" not in html
    assert "${alert" not in html and "`${" not in html
    props = markers(fmap)[0]["properties"]
    for fragment in (props["popup_html"], props["tooltip_html"]):
        assert "<img" not in fragment and "`" not in fragment and "$" not in fragment and "\\" not in fragment
        assert "&lt;img src=x onerror=alert(1)&gt;" in fragment
    # Popup HTML reaches the page as JSON data, never as markup inside the script.
    assert "\\u003cimg" not in html and "\\u0026lt;img src=x onerror=alert(1)\\u0026gt;" in html


def test_escape_text() -> None:
    assert webmap.escape_text("a<b>&\"'`$\\") == "a&lt;b&gt;&amp;&quot;&#x27;&#96;&#36;&#92;"
    assert webmap.escape_text(None) == ""


def test_popup_names_its_event_and_the_app_can_read_it_back(event_records: list[dict[str, Any]]) -> None:
    popup = webmap.popup_html(event_records[1])
    as_text = re.sub(r"<br>", "\n", popup)
    as_text = re.sub(r"<[^>]+>", "", as_text)  # roughly what innerText gives st_folium
    assert "North Korea sent more troops to Kursk in July." in as_text
    assert "Kursk (admin1 precision)" in as_text
    assert "2025-07-01 – 2025-07-31 (month)" in as_text
    assert webmap.event_id_from_popup(as_text) == "ev-deploy"
    assert webmap.event_id_from_popup(None) is None
    assert webmap.event_id_from_popup("no id here") is None


@pytest.mark.parametrize(("record", "expected"), [
    ({"date_start": "2025-07-12", "date_end": "2025-07-12", "date_precision": "day"}, "2025-07-12"),
    ({"date_start": "2025-07-01", "date_end": "2025-07-31", "date_precision": "month"},
     "2025-07-01 – 2025-07-31 (month)"),
    ({"date_start": "2025-07-09", "date_end": "2025-07-10", "date_precision": "day"}, "2025-07-09 – 2025-07-10"),
    ({"date_start": None, "date_end": None}, "undated"),
])
def test_format_date_interval(record: dict[str, Any], expected: str) -> None:
    assert webmap.format_date_interval(record) == expected


def test_shipped_basemap_is_small_and_valid() -> None:
    path = basemap.COUNTRY_OUTLINES_PATH
    assert path.stat().st_size < 3_000_000
    outlines = json.loads(path.read_text(encoding="utf-8"))
    assert outlines["type"] == "FeatureCollection"
    codes = {f["properties"]["iso_a2"] for f in outlines["features"]}
    assert {"KP", "KR", "RU", "UA", "US", "KE"} <= codes
    assert all(f["geometry"]["type"] in {"Polygon", "MultiPolygon"} for f in outlines["features"])
    assert basemap.country_names()["KP"] == "North Korea"


def test_basemap_builds_from_countryinfo() -> None:
    pytest.importorskip("countryinfo")
    built = basemap.build_country_outlines(tolerance=0.5, decimals=1)
    assert len(built["features"]) > 150
    ring = built["features"][0]["geometry"]["coordinates"][0]
    flat = json.dumps(ring)
    assert re.fullmatch(r"[\[\]\-0-9., ]+", flat) and not re.search(r"\.\d\d", flat)


def test_licences_ship_with_the_assets() -> None:
    for folder, licence in [("leaflet", "LICENSE"), ("jquery", "LICENSE.txt"),
                            ("leaflet.markercluster", "MIT-LICENCE.txt")]:
        assert (webmap.STATIC_DIR / folder / licence).is_file()


# -- issue 6: highlighting, derivations, precision areas, movements, rendering paths ------

def test_evidence_highlight_escapes_first_and_marks_known_words() -> None:
    marked = webmap.highlight_evidence(
        "<b>Lavrov</b> met Choe in Wonsan on Saturday & left.", actors=["Lavrov", "Choe"], place=["Wonsan"],
        date=["on Saturday"])
    assert marked.startswith('&lt;b&gt;<mark class="hl-actor">Lavrov</mark>&lt;/b&gt;')
    assert '<mark class="hl-place">Wonsan</mark>' in marked and '<mark class="hl-date">on Saturday</mark>' in marked
    assert "&amp; left." in marked
    # A "name" that is part of an entity or tag never splits the escaping.
    assert webmap.highlight_evidence("a & b <i>", actors=["amp", "i>", "lt"]) == (
        'a &amp; b &lt;<mark class="hl-actor">i&gt;</mark>')


def test_popup_has_marks_and_derivations(event_records: list[dict[str, Any]]) -> None:
    popup = webmap.popup_html(event_records[0])
    assert '<mark class="hl-place">Wonsan</mark>' in popup and '<mark class="hl-date">on Saturday</mark>' in popup
    assert "weekday before the publication date" in popup and "city named in the sentence" in popup
    hostile = webmap.popup_html(event_records[3])
    assert "<img" not in hostile and "${" not in hostile


def test_imprecise_places_get_a_ground_size_area(event_records: list[dict[str, Any]]) -> None:
    areas = webmap.precision_areas(event_records)["features"]
    radius = {f["geometry"]["coordinates"][1]: f["properties"]["style"]["radius"] for f in areas}
    assert radius == {51.73: 120_000, 49.0: 350_000}  # Kursk (admin1), Ukraine (country); cities get none
    fmap = webmap.build_event_map(event_records)
    layer = next(c for c in fmap._children.values() if isinstance(c, folium.FeatureGroup))
    assert "Precision areas" in {getattr(c, "layer_name", None) for c in layer._children.values()}


def test_movement_arcs_go_from_origin_to_place() -> None:
    record = {"id": "m1", "event_type": "visit", "lat": 39.15, "lon": 127.44, "place_name": "Wonsan",
              "origin": {"name": "Moscow <b>", "lat": 55.75, "lon": 37.62}}
    arcs = webmap.movement_arcs([record, {"id": "m2", "lat": 1, "lon": 1, "origin": {"name": "x"}}])["features"]
    assert len(arcs) == 1
    line = arcs[0]["geometry"]["coordinates"]
    assert line[0] == [37.62, 55.75] and line[-1] == [127.44, 39.15] and len(line) > 10
    assert arcs[0]["properties"]["tooltip_html"] == "Moscow &lt;b&gt; → Wonsan (visit)"
    html = webmap.build_event_map([record]).get_root().render()
    assert "movement-arc" in html


@pytest.mark.parametrize(("n", "expected"), [(1, "detailed"), (2_000, "detailed"), (2_001, "lean"),
                                             (3_000, "lean"), (3_001, "aggregated"), (100_000, "aggregated")])
def test_rendering_path_by_size(n: int, expected: str) -> None:
    assert webmap.rendering_path(n) == expected


def test_lean_path_sends_plain_text_and_builds_popups_with_text_content() -> None:
    records = [{"id": "x1", "event_type": "attack", "lat": 1.0, "lon": 2.0, "geo_precision": "city",
                "place_name": "<img src=x onerror=alert(1)>", "sentence": "<script>alert(1)</script>" * 20}]
    feature = webmap.lean_features(records)["features"][0]
    assert feature["properties"]["i"] == "x1" and len(feature["properties"]["s"]) <= 160
    html = webmap.build_event_map(records, path="lean").get_root().render()
    assert "textContent" in html and "innerHTML" not in html.split("event-map-path")[1].split("Country outlines")[0]
    assert '<meta name="event-map-path" content="lean">' in html


def test_aggregated_path_counts_events_per_cell() -> None:
    records = [{"id": f"e{i}", "event_type": "attack" if i % 3 else "protest", "lat": 10.1 + i * 1e-4,
                "lon": 20.1, "geo_precision": "city"} for i in range(30)]
    records.append({"id": "far", "event_type": "<b>x</b>", "lat": -40.0, "lon": -60.0})
    cells = webmap.aggregate_cells(records)
    by_count = sorted(f["properties"]["count"] for f in cells["features"])
    assert by_count == [1, 30]
    big = next(f for f in cells["features"] if f["properties"]["count"] == 30)
    assert big["properties"]["top_type"] == "attack" and "30 events (attack 20, protest 10)" in big["properties"]["tooltip_html"]
    small = next(f for f in cells["features"] if f["properties"]["count"] == 1)
    assert "&lt;b&gt;" in small["properties"]["tooltip_html"]
    capped = webmap.aggregate_cells([{"lat": i % 90, "lon": i % 180 - 90} for i in range(5000)], max_cells=50)
    assert len(capped["features"]) <= 50 and capped["cell_degrees"] > 0.5
    html = webmap.build_event_map(records, path="aggregated").get_root().render()
    assert "Event cells" in html or "event-map-path\" content=\"aggregated\"" in html


def test_cells_name_their_box_and_a_clicked_cell_can_be_read_back() -> None:
    records = [{"id": f"e{i}", "event_type": "attack", "lat": 39.2 + i * 1e-3, "lon": 127.4} for i in range(3)]
    [cell] = webmap.aggregate_cells(records)["features"]
    assert cell["properties"]["area"] == "39,127,39.5,127.5"  # the 0.5-degree cell holding the events
    assert webmap.area_from_popup("3 events here\nShowing them one by one…\narea 39,127,39.5,127.5") == (
        39.0, 127.0, 39.5, 127.5)
    assert webmap.area_from_popup("event e1") is None and webmap.area_from_popup(None) is None
    south = webmap.aggregate_cells([{"lat": -33.9, "lon": -151.2}])["features"][0]["properties"]["area"]
    assert south == "-34,-151.5,-33.5,-151"
    # The arrays path gives the same cells as the records path.
    lats, lons = np.array([r["lat"] for r in records]), np.array([r["lon"] for r in records])
    assert webmap.aggregate_arrays(lats, lons, ["attack"] * 3) == webmap.aggregate_cells(records)


def test_cell_popup_is_an_element_built_with_text_content() -> None:
    records = [{"id": "x", "event_type": "<img src=x onerror=alert(1)>", "lat": 1.0, "lon": 2.0}]
    html = webmap.build_event_map(records, path="aggregated").get_root().render()
    assert 'area.textContent = "area " + p.area' in html and "<img src=x" not in html
    assert "\\u0026lt;img src=x" in html  # the tooltip HTML is escaped, then JSON-escaped in the script


def test_base_map_and_events_layer_are_separate() -> None:
    base = webmap.build_base_map()
    assert "MarkerClusterGroup" in decoded(dict(base._children["marker_cluster_assets"].default_js)["markerclusterjs"])
    assert not [c for c in base._children.values() if isinstance(c, folium.FeatureGroup)]
    records = [{"id": f"e{i}", "event_type": "visit", "lat": 10.0 + i, "lon": 20.0} for i in range(3)]
    layer = webmap.build_event_layer(records)
    base.add_child(layer)
    script = base.get_root().render()
    assert 'dataset.eventMapPath = "detailed"' in script and "dataset.eventMapCount = 3" in script
    assert "fitBounds([[8.0, 18.0], [14.0, 22.0]]" not in script  # the layer fits itself, once per extent
    assert "window.__eventMapFit" in script


def test_aggregated_layer_from_arrays_needs_no_records() -> None:
    lats, lons = np.array([10.0, 10.1, -20.0]), np.array([20.0, 20.1, 30.0])
    layer = webmap.build_event_layer((), path="aggregated", arrays=(lats, lons, ["a", "a", "b"]))
    fmap = webmap.build_base_map()
    fmap.add_child(layer)
    script = fmap.get_root().render()
    assert "dataset.eventMapCount = 3" in script and '"count": 2' in script
