"""``python -m timeline dates``: the date expressions of a text file, normalised."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from timeline.errors import InputError


def add_parser(sub: argparse._SubParsersAction) -> None:
    dates = sub.add_parser("dates", help="list the date expressions of a text file")
    dates.add_argument("file")
    dates.add_argument("--published", required=True, help="publication date YYYY-MM-DD")
    dates.add_argument("--json", action="store_true", help="one JSON object per line")


def run(args: argparse.Namespace) -> int:
    from timeline.dates import find_dates
    from timeline.sources.ingest import decode
    from timeline.sources.pubdate import parse_published

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


