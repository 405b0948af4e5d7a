"""The command line: ``python -m timeline extract|export|dates``.

Every user error (a missing file, an empty or binary file, a bad date) is one line on
stderr and exit code 2, with no traceback; all inputs are read and checked before the
first event is written, so a bad input leaves the store as it was.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline.errors import InputError, TimelineError
from timeline.model import Article

logger = logging.getLogger(__name__)

USER_ERROR = 2
READABLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")
OUTPUT_SUFFIXES = (".geojson", ".json", ".csv")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own usage errors: one line, exit 2
        self.exit(USER_ERROR, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m timeline", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    extract = sub.add_parser("extract", help="extract events from articles",
                             description="Extract events from .txt/.html files, folders of them or .jsonl batches.")
    extract.add_argument("inputs", nargs="+", metavar="INPUT")
    extract.add_argument("--published", help="publication date YYYY-MM-DD (required for .txt; HTML may carry its own)")
    extract.add_argument("--db", help="store the events in this SQLite file (the app reads it)")
    extract.add_argument("-o", "--output", help="write events to OUT (.geojson, .csv; '-' for GeoJSON on stdout)")
    extract.add_argument("--quiet", action="store_true", help="no progress bar")

    export = sub.add_parser("export", help="export stored events", description="Export events from the store.")
    export.add_argument("--db", help="the store (default: $TIMELINE_DB or the user data directory)")
    export.add_argument("-o", "--output", required=True, help="OUT (.geojson, .csv; '-' for GeoJSON on stdout)")
    export.add_argument("--actor", action="append", help="keep events with this actor (repeatable)")
    export.add_argument("--type", action="append", dest="types", help="keep events of this type (repeatable)")
    export.add_argument("--mode", action="append", dest="modes", help="keep events in this mode (repeatable)")
    export.add_argument("--country", action="append", dest="countries", help="ISO country code (repeatable)")
    export.add_argument("--since", help="keep events ending on or after YYYY-MM-DD")
    export.add_argument("--until", help="keep events starting on or before YYYY-MM-DD")

    dates = sub.add_parser("dates", help="list the date expressions of a text file")
    dates.add_argument("file")
    dates.add_argument("--published", required=True, help="publication date YYYY-MM-DD")
    dates.add_argument("--json", action="store_true", help="one JSON object per line")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except TimelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return USER_ERROR
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return USER_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


# -- extract ---------------------------------------------------------------------------

def read_inputs(inputs: Sequence[str], *, published: str | None) -> list[Article]:
    """Every article named by the inputs (files, folders, .jsonl batches), checked up front."""
    from timeline.ingest import read_file
    from timeline.pubdate import parse_published

    default_date = parse_published(published) if published else None
    articles: list[Article] = []
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READABLE_SUFFIXES)
            if not files:
                raise InputError(f"{path}: no .txt or .html files in this folder")
        elif path.is_file():
            files = [path]
        else:
            raise InputError(f"{name}: no such file or folder")
        for file in files:
            if file.suffix.lower() == ".jsonl":
                articles.extend(_read_jsonl(file, default_date))
            else:
                articles.append(read_file(file, published=default_date))
    return articles


def _read_jsonl(path: Path, default_date) -> list[Article]:
    from timeline.ingest import from_text

    articles = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{path}:{number}: each line needs a \"text\" string")
        try:
            article = from_text(record["text"], published=record.get("published") or default_date,
                                title=record.get("title"), url=record.get("url"), source=path.name)
        except InputError as exc:
            raise InputError(f"{path}:{number}: {exc}") from None
        article.published_from = "jsonl" if record.get("published") else "user"
        articles.append(article)
    return articles


def _extract(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from timeline.pipeline import ingest_articles
    from timeline.store import Store

    if args.output:
        _check_output(args.output)
    articles = read_inputs(args.inputs, published=args.published)
    bar = tqdm(total=len(articles), unit="article", disable=args.quiet or None, file=sys.stderr)

    def progress(i: int, n: int, article: Article) -> None:
        bar.set_postfix_str((article.title or article.source or "")[:40], refresh=False)
        bar.update(1)

    store = Store(args.db) if args.db else None
    try:
        report = ingest_articles(articles, store, progress=progress, keep_events=True)
    finally:
        bar.close()
        if store is not None:
            store.close()
    records = [event.to_dict() for event in report.extracted]
    if args.db:
        print(f"{report.new_articles} new of {report.articles} articles, {report.new_events} events stored in {args.db}",
              file=sys.stderr)
    if args.output or not args.db:
        _write(records, args.output or "-")
    return 0


# -- export ----------------------------------------------------------------------------

def _export(args: argparse.Namespace) -> int:
    from timeline.filters import EventFilter, filter_events
    from timeline.pubdate import parse_published
    from timeline.store import Store, default_db_path

    _check_output(args.output)
    path = Path(args.db) if args.db else default_db_path()
    if not path.is_file():
        raise InputError(f"{path}: no store here; run 'python -m timeline extract ... --db {path}' first")
    event_filter = EventFilter(
        actors=tuple(args.actor or ()), event_types=tuple(args.types or ()),
        countries=tuple(c.upper() for c in args.countries or ()),
        date_from=parse_published(args.since) if args.since else None,
        date_to=parse_published(args.until) if args.until else None,
    )
    with Store(path) as store:
        records = filter_events(store.events(), event_filter)
    if args.modes:
        records = [r for r in records if r.get("mode") in args.modes]
    _write(records, args.output)
    return 0


# -- dates -----------------------------------------------------------------------------

def _dates(args: argparse.Namespace) -> int:
    from timeline.dates import find_dates
    from timeline.ingest import decode
    from timeline.pubdate import parse_published

    published = parse_published(args.published)
    path = Path(args.file)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    text = decode(path.read_bytes(), name=str(path))
    for mention in find_dates(text, published):
        if args.json:
            print(json.dumps(mention.to_dict(), ensure_ascii=False))
        else:
            span = f"{mention.start_date}..{mention.end_date}" if mention.start_date else "-"
            print(f"{mention.start:>6}  {mention.text!r:32} {mention.type:8} {mention.value:12} {span:23} {mention.precision}")
    return 0


# -- output ----------------------------------------------------------------------------

def _check_output(output: str) -> None:
    if output != "-" and not output.lower().endswith(OUTPUT_SUFFIXES):
        raise InputError(f"{output}: unknown output format; use .geojson or .csv (or '-' for GeoJSON on stdout)")


def _write(records: list[dict], output: str) -> None:
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


COMMANDS = {"extract": _extract, "export": _export, "dates": _dates}
