"""``python -m timeline extract``: articles in, events out (a file and/or the store).

Inputs are files, folders, .jsonl batches, .zip archives, article URLs and RSS/Atom feed
URLs, all read and checked before the first event is written. Extraction runs here, in
``--workers`` processes or on Dask (``--engine dask``); this process writes the store.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from timeline.cli.output import check_output, write_records
from timeline.errors import InputError
from timeline.model import Article
from timeline.sources.batches import read_inputs as _read_batch

READABLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")


def add_parser(sub: argparse._SubParsersAction) -> None:
    extract = sub.add_parser(
        "extract", help="extract events from articles",
        description="Extract events from .txt/.html files, folders, .jsonl batches ({\"text\", \"published\", "
                    "\"url\", \"title\"} per line), .zip archives of those, article URLs and RSS/Atom feed URLs.")
    extract.add_argument("inputs", nargs="+", metavar="INPUT")
    extract.add_argument("--published", help="publication date YYYY-MM-DD (required for .txt; HTML, feeds and "
                                             ".jsonl lines may carry their own)")
    extract.add_argument("--db", help="store the events in this SQLite file (the app reads it)")
    extract.add_argument("-o", "--output", help="write events to OUT (.geojson, .csv; '-' for GeoJSON on stdout; "
                                                ".parquet with --engine dask: a partitioned GeoParquet folder)")
    extract.add_argument("--workers", type=_positive, default=1, metavar="N",
                         help="extract in N processes (default 1; one spaCy model per process)")
    extract.add_argument("--engine", choices=("local", "dask"), default="local",
                         help="local processes (default) or a Dask cluster")
    extract.add_argument("--scheduler", metavar="ADDRESS",
                         help="Dask scheduler address (tcp://host:8786); default: a local cluster of --workers "
                              "processes (at least 2)")
    extract.add_argument("--allow-host", action="append", default=[], metavar="HOST",
                         help="fetch from this host, IP or network even if it is private or local (repeatable)")
    extract.add_argument("--skip-invalid", action="store_true",
                         help="leave out unreadable files, lines and feed entries (listed on stderr) "
                              "instead of stopping")
    extract.add_argument("--quiet", action="store_true", help="no progress bar")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def read_inputs(inputs: Sequence[str], *, published: str | None, allow: Sequence[str] = (),
                skip_invalid: bool = False) -> list[Article]:
    """Every article named by the inputs (files, folders, .jsonl, .zip, URLs), checked up front."""
    return _read_batch(inputs, published=published, allow=allow, skip_invalid=skip_invalid).articles


def ensure_gazetteer(*, quiet: bool = False) -> None:
    """Build the place-name index now if this is the first run, saying so and showing its
    steps on stderr (it happens once, about 30 s), instead of a silent pause."""
    from geodata.gazetteer.index import ensure_index, index_built

    if index_built():
        return
    if not quiet:
        print("First run: building the place-name index (once, about 30 s)…", file=sys.stderr, flush=True)

    def step(name: str, share: float) -> None:
        if not quiet:
            print(f"  {share:4.0%} {name}", file=sys.stderr, flush=True)

    ensure_index(progress=step)


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from timeline.run.pipeline import ingest_articles
    from timeline.store.database import Store

    parquet_dir = None
    if args.output and args.output.lower().rstrip("/").endswith(".parquet") and args.engine == "dask":
        parquet_dir = args.output.rstrip("/")
    elif args.output:
        check_output(args.output)
    if args.scheduler and args.engine != "dask":
        raise InputError("--scheduler needs --engine dask")
    batch = _read_batch(args.inputs, published=args.published, allow=args.allow_host,
                        skip_invalid=args.skip_invalid)
    for label, reason in batch.skipped:
        print(f"skipped {reason if reason.startswith(label) else f'{label}: {reason}'}", file=sys.stderr)
    if not batch.articles:
        raise InputError("no article could be read from the inputs")
    articles = batch.articles
    ensure_gazetteer(quiet=args.quiet)
    bar = tqdm(total=len(articles), unit="article", disable=args.quiet or None, file=sys.stderr)

    def progress(i: int, n: int, article: Article) -> None:
        bar.set_postfix_str((article.title or article.source or "")[:40], refresh=False)
        bar.update(1)

    workers = max(args.workers, 2) if args.engine == "dask" and not args.scheduler and args.workers == 1 \
        else args.workers
    store = Store(args.db) if args.db else None
    try:
        report = ingest_articles(articles, store, progress=progress, keep_events=True, workers=workers,
                                 engine=args.engine, scheduler=args.scheduler,
                                 **({"parquet_dir": parquet_dir} if parquet_dir else {}))
    finally:
        bar.close()
        if store is not None:
            store.close()
    records = report.stored_records + [event.to_dict() for event in report.extracted]
    if args.db:
        print(f"{report.new_articles} new of {report.articles} articles, {report.new_events} events stored in {args.db}",
              file=sys.stderr)
    if parquet_dir:
        print(f"{len(records)} events written to {parquet_dir}/ (GeoParquet, one part per batch)", file=sys.stderr)
    elif args.output or not args.db:
        write_records(records, args.output or "-")
    return 0
