"""Writing event records to an output file by its suffix (shared by extract and export).

Formats are :data:`geodata.export.formats.EXPORT_FORMATS`: .geojson/.json (the contract), .csv
(ACLED-like), .parquet (GeoParquet), .kml (with TimeSpan), .timelinejs.json and .html (a
standalone offline map); '-' writes GeoJSON to stdout.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from timeline.errors import InputError

OUTPUT_SUFFIXES = (".geojson", ".json", ".csv", ".parquet", ".kml", ".timelinejs.json", ".html")


def check_output(output: str) -> None:
    if output != "-" and not output.lower().endswith(OUTPUT_SUFFIXES):
        raise InputError(f"{output}: unknown output format; use {', '.join(OUTPUT_SUFFIXES)} "
                         "(or '-' for GeoJSON on stdout)")


def write_records(records: list[dict], output: str) -> None:
    from geodata.export.formats import export_bytes, format_for, to_geojson

    suffix = "-" if output == "-" else format_for(output)
    if suffix not in ("-", ".geojson", ".json"):
        Path(output).write_bytes(export_bytes(records, output))
        located = sum(1 for r in records if r.get("lat") is not None and r.get("lon") is not None)
        every = suffix == ".csv" or suffix == ".timelinejs.json"
        count = len(records) if every else located
        note = "" if every or located == len(records) else f" ({len(records) - located} without a location left out)"
        print(f"{count} events written to {output}{note}", file=sys.stderr)
        return
    collection = to_geojson(records)
    text = json.dumps(collection, ensure_ascii=False, indent=1)
    if output == "-":
        sys.stdout.write(text + "\n")
    else:
        Path(output).write_text(text, encoding="utf-8")
    located = len(collection["features"])
    note = f" ({collection['skipped']} without a location left out)" if collection["skipped"] else ""
    print(f"{located} events written to {output}{note}", file=sys.stderr)
