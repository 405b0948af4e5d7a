"""``python -m timeline extract``: articles in, events out (a file and/or the store)."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline.errors import InputError
from timeline.commands.output import check_output, write_records
from timeline.model import Article

READABLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")


def add_parser(sub: argparse._SubParsersAction) -> None:
    extract = sub.add_parser("extract", help="extract events from articles",
                             description="Extract events from .txt/.html files, folders of them or .jsonl batches.")
    extract.add_argument("inputs", nargs="+", metavar="INPUT")
    extract.add_argument("--published", help="publication date YYYY-MM-DD (required for .txt; HTML may carry its own)")
    extract.add_argument("--db", help="store the events in this SQLite file (the app reads it)")
    extract.add_argument("-o", "--output", help="write events to OUT (.geojson, .csv; '-' for GeoJSON on stdout)")
    extract.add_argument("--quiet", action="store_true", help="no progress bar")


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


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from timeline.pipeline import ingest_articles
    from timeline.store import Store

    if args.output:
        check_output(args.output)
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
        write_records(records, args.output or "-")
    return 0


