"""``python -m timeline export``: stored events, corrected and filtered, to a file."""
from __future__ import annotations

import argparse
from pathlib import Path

from timeline.cli.output import OUTPUT_SUFFIXES, check_output, write_records
from timeline.errors import InputError


def add_parser(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="export stored events",
                            description="Export events from the store (analyst corrections applied, "
                                        "deleted and merged-away events left out).")
    export.add_argument("--db", help="the store (default: $TIMELINE_DB or the user data directory)")
    export.add_argument("-o", "--output", required=True,
                        help=f"OUT, format by suffix ({', '.join(OUTPUT_SUFFIXES)}; '-' for GeoJSON on stdout)")
    export.add_argument("--actor", action="append", help="keep events with this actor (repeatable)")
    export.add_argument("--type", action="append", dest="types", help="keep events of this type (repeatable)")
    export.add_argument("--mode", action="append", dest="modes", help="keep events in this mode (repeatable)")
    export.add_argument("--country", action="append", dest="countries", help="ISO country code (repeatable)")
    export.add_argument("--source", action="append", dest="sources",
                        help="keep events from this source (article title, or file name; repeatable)")
    export.add_argument("--min-confidence", type=float, default=0.0, help="keep events with at least this confidence")
    export.add_argument("--since", help="keep events ending on or after YYYY-MM-DD")
    export.add_argument("--until", help="keep events starting on or before YYYY-MM-DD")


def run(args: argparse.Namespace) -> int:
    from timeline.events.corroborate import corroborate
    from timeline.sources.pubdate import parse_published
    from timeline.store.corrections import apply_corrections
    from timeline.store.database import Store, default_db_path
    from timeline.view.filters import EventFilter, filter_events

    check_output(args.output)
    path = Path(args.db) if args.db else default_db_path()
    if not path.is_file():
        raise InputError(f"{path}: no store here; run 'python -m timeline extract ... --db {path}' first")
    if not 0.0 <= args.min_confidence <= 1.0:
        raise InputError(f"--min-confidence {args.min_confidence}: give a number from 0 to 1")
    event_filter = EventFilter(
        actors=tuple(args.actor or ()), event_types=tuple(args.types or ()),
        countries=tuple(c.upper() for c in args.countries or ()),
        date_from=parse_published(args.since) if args.since else None,
        date_to=parse_published(args.until) if args.until else None,
        modes=tuple(args.modes or ()), sources=tuple(args.sources or ()),
        min_confidence=args.min_confidence,
    )
    with Store(path) as store:
        records = store.events()
    records = filter_events(corroborate(apply_corrections(records, path)), event_filter)
    write_records(records, args.output)
    return 0
