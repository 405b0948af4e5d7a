"""The offline basemap's tiles, built for one small region from the installed packages."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from geodata.gazetteer import basemap_tiles

pytestmark = pytest.mark.skipif(not basemap_tiles.sources_available(),
                                reason="the basemap's data packages are not installed")
KENYA = (33.5, -5.0, 42.0, 5.5)  # west, south, east, north


@pytest.fixture(scope="module")
def kenya(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("kenya")
    basemap_tiles.build_tiles(out, bbox=KENYA)
    return out


def tile(out: Path, zoom: str, lon: float, lat: float) -> dict:
    n = 2 ** int(zoom.lstrip("L"))
    x, y = basemap_tiles.web_mercator(*(__import__("numpy").array([v]) for v in (lon, lat)))
    return json.loads((out / zoom / f"{int(x[0] * n)}_{int(y[0] * n)}.json").read_text(encoding="utf-8"))


def test_index_lists_every_tile_written(kenya: Path) -> None:
    index = json.loads((kenya / "index.json").read_text(encoding="utf-8"))
    assert index["dz"] == [0, 2, 4, 6] and "GeoNames" in index["attribution"]
    for zoom, names in index["tiles"].items():
        assert sorted(p.stem for p in (kenya / zoom).glob("*.json")) == sorted(names)


def test_nairobi_tiles_hold_land_lakes_rivers_boundaries_and_labels(kenya: Path) -> None:
    nairobi = (36.82, -1.29)
    at_z6 = tile(kenya, "6", *nairobi)
    assert {"land", "rivers", "admin1", "labels"} <= set(at_z6)
    names = {label[7]: label for label in at_z6["labels"]}
    assert names["Nairobi"][4] == 1 and names["Nairobi"][2] <= 5  # a capital, labelled early
    lake_victoria = tile(kenya, "4", 33.9, -0.5)
    assert "lakes" in lake_victoria and "admin0" in lake_victoria
    # Towns and villages appear at city zoom, from the label-only tiles.
    at_z8 = tile(kenya, "L8", *nairobi)
    assert len(at_z8["labels"]) > 30 and max(label[2] for label in at_z8["labels"]) >= 10


def test_labels_never_overlap_at_their_zoom() -> None:
    labels = basemap_tiles.place_labels([
        basemap_tiles.Label("Big City", 0.5, 0.5, 2, population=3_000_000),
        basemap_tiles.Label("Small Town", 0.5, 0.5, 2, population=20_000),  # same place
        basemap_tiles.Label("Capital", 0.2, 0.2, 1, population=900_000),
    ])
    first = {label.name: label.first_zoom for label in labels}
    assert first["Capital"] == 2 and first["Big City"] == 2
    assert first.get("Small Town") is None  # always under the big city's label


def test_tiles_are_built_once_into_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_BASEMAP_DIR", str(tmp_path / "tiles"))
    (tmp_path / "tiles").mkdir()
    (tmp_path / "tiles" / "index.json").write_text("{}")  # already built: nothing is rebuilt
    assert basemap_tiles.ensure_tiles() == tmp_path / "tiles"
    monkeypatch.delenv("TIMELINE_BASEMAP_DIR")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    assert basemap_tiles.tiles_dir().parent == tmp_path / "cache"
    assert basemap_tiles.built_tiles() is None
