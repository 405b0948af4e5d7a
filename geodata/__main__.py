"""Command line: ``python -m geodata geoparse FILE [--json]``.

Prints one line per place mention (or a JSON array with ``--json``). Errors go to stderr
as one line with exit code 2.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m geodata", description="Offline geoparsing.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("geoparse", help="find and resolve the places a text names")
    p.add_argument("file", help="a UTF-8 text file, or - for standard input")
    p.add_argument("--json", action="store_true", help="print a JSON array of mentions")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            with open(args.file, encoding="utf-8") as fh:
                text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    from geodata.toponyms.geoparse import geoparse

    try:
        mentions = geoparse(text)
    except (OSError, RuntimeError) as exc:  # gazetteer build or model loading failed
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([m.to_dict() for m in mentions], ensure_ascii=False, indent=1))
    else:
        for m in mentions:
            where = f"{m.lat:.4f},{m.lon:.4f}" if m.resolved else "unresolved"
            print(f"{m.start}\t{m.end}\t{m.text}\t{m.role}\t{m.name or ''}\t{m.feature or ''}\t"
                  f"{m.country_code or ''}\t{where}\t{m.score:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
