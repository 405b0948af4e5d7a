"""``python -m timeline import``: events from GeoJSON or ACLED-style CSV files into the store."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("import", help="import events from GeoJSON or ACLED-style CSV",
                            description="Import events made elsewhere (GeoJSON FeatureCollection, or a CSV "
                                        "with ACLED columns) into the store, as an 'imported' source.")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--db", help="the store (default: $TIMELINE_DB or the user data directory)")
    # "import" is a keyword, so the module is import_; cli.py finds it by args.command.


def run(args: argparse.Namespace) -> int:
    from timeline.store.database import Store, default_db_path
    from timeline.store.importing import import_files

    path = Path(args.db) if args.db else default_db_path()
    with Store(path) as store:
        reports = import_files(store, args.files)
    for report in reports:
        already = f", {report.already_stored} already in the store" if report.already_stored else ""
        print(f"{report.name}: {report.events} events ({report.located} located), {report.new_events} new"
              f"{already}, stored in {path}", file=sys.stderr)
    return 0
