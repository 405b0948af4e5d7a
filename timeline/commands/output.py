"""Writing event records to an output file by its suffix (shared by extract and export)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from timeline.errors import InputError

OUTPUT_SUFFIXES = (".geojson", ".json", ".csv")


def check_output(output: str) -> None:
    if output != "-" and not output.lower().endswith(OUTPUT_SUFFIXES):
        raise InputError(f"{output}: unknown output format; use .geojson or .csv (or '-' for GeoJSON on stdout)")


def write_records(records: list[dict], output: str) -> None:
    from geodata.export import csv_text, to_geojson

    if output.lower().endswith(".csv"):
        Path(output).write_text(csv_text(records), encoding="utf-8")
        print(f"{len(records)} events written to {output}", file=sys.stderr)
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


