"""An offline basemap: simplified country outlines as one GeoJSON FeatureCollection.

The web map cannot count on tiles (no network), so country outlines are always drawn
underneath the events. The outlines come from the installed ``countryinfo`` package
(Natural-Earth-style low-resolution polygons), are simplified with shapely and rounded
to 3 decimals, and ship as ``geodata/gazetteer/data/countries.geojson`` so that the app needs no
build step. Regenerate on purpose with::

    python -m geodata.gazetteer.basemap  # rewrites geodata/gazetteer/data/countries.geojson

Countries whose record in ``countryinfo`` has no geometry (mostly small islands) are
left out; events there still show as markers on the sea.
"""
from __future__ import annotations

import argparse
import functools
import json
import logging
import sys
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
COUNTRY_OUTLINES_PATH = DATA_DIR / "countries.geojson"

#: Degrees; Douglas-Peucker tolerance for the outlines (about 2 km at the equator).
DEFAULT_TOLERANCE = 0.02
#: Decimal places kept in coordinates (about 100 m), far finer than the tolerance.
DEFAULT_DECIMALS = 3


def _round_coordinates(coords: Any, decimals: int) -> Any:
    if isinstance(coords, (int, float)):
        return round(float(coords), decimals)
    return [_round_coordinates(c, decimals) for c in coords]


def build_country_outlines(*, tolerance: float = DEFAULT_TOLERANCE,
                           decimals: int = DEFAULT_DECIMALS) -> dict[str, Any]:
    """Build the outlines FeatureCollection from ``countryinfo``.

    Each feature has properties ``name`` and ``iso_a2``; geometries are (Multi)Polygons
    simplified with ``tolerance`` degrees, topology preserved, made valid, and rounded.

    >>> fc = build_country_outlines()                     # doctest: +SKIP
    >>> fc["type"], len(fc["features"]) > 150             # doctest: +SKIP
    ('FeatureCollection', True)
    """
    from countryinfo import CountryInfo
    from shapely.geometry import mapping, shape
    from shapely.validation import make_valid

    features: list[dict[str, Any]] = []
    skipped: list[str] = []
    for key, record in sorted(CountryInfo.all().items()):
        collection = record.get("geoJSON")
        if not collection:
            skipped.append(key)
            continue
        iso = record.get("ISO") or {}
        for feature in collection.get("features", []):
            geometry = make_valid(shape(feature["geometry"]))
            simplified = geometry.simplify(tolerance, preserve_topology=True)
            if simplified.is_empty:
                skipped.append(key)
                continue
            geo = mapping(simplified)
            features.append({
                "type": "Feature",
                "properties": {"name": record.get("name", key), "iso_a2": iso.get("alpha2")},
                "geometry": {"type": geo["type"],
                             "coordinates": _round_coordinates(geo["coordinates"], decimals)},
            })
    logger.info("country outlines: %d features, %d countries without geometry",
                len(features), len(skipped))
    return {"type": "FeatureCollection", "features": features}


@functools.lru_cache(maxsize=1)
def _outlines_text() -> str:
    return COUNTRY_OUTLINES_PATH.read_text(encoding="utf-8")


def load_country_outlines() -> dict[str, Any]:
    """The shipped outlines as a fresh dict (read from disk once per process)."""
    return json.loads(_outlines_text())


@functools.lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> English name, for the countries in the outlines."""
    names: dict[str, str] = {}
    for feature in load_country_outlines()["features"]:
        props = feature["properties"]
        if props.get("iso_a2"):
            names[str(props["iso_a2"])] = str(props.get("name") or props["iso_a2"])
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m geodata.gazetteer.basemap", description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=COUNTRY_OUTLINES_PATH)
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE)
    parser.add_argument("--decimals", type=int, default=DEFAULT_DECIMALS)
    args = parser.parse_args(argv)
    outlines = build_country_outlines(tolerance=args.tolerance, decimals=args.decimals)
    text = json.dumps(outlines, separators=(",", ":"), ensure_ascii=False)
    args.output.write_text(text, encoding="utf-8")
    sys.stdout.write(f"wrote {args.output}: {len(outlines['features'])} features, {len(text.encode()) / 1e6:.2f} MB\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
