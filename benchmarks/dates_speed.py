"""Throughput of :func:`timeline.dates.find_dates` over the TimeBank+AQUAINT news texts.

Reads ``../shared/eval/data/tbaq.jsonl`` (relative to the project root) at run time and
prints words per second and the ratio to HeidelTime's; nothing of the data is kept.

    python benchmarks/dates_speed.py [--data FILE.jsonl] [--repeat N]
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.dates import find_dates  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "data" / "tbaq.jsonl"
#: HeidelTime 2.2.1 on news runs at about a thousand words per second (issue #16).
HEIDELTIME_WORDS_PER_S = 1000.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=pathlib.Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best is reported")
    parser.add_argument("--heideltime", type=float, default=HEIDELTIME_WORDS_PER_S,
                        help="HeidelTime 2.2.1's words per second on news, for the ratio (default %(default)s)")
    args = parser.parse_args(argv)
    docs = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [d for d in docs if d.get("published")]
    words = sum(len(d["text"].split()) for d in docs)
    find_dates(docs[0]["text"], docs[0]["published"])  # warm-up: compiles nothing, touches caches
    best = float("inf")
    mentions = 0
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        mentions = sum(len(find_dates(d["text"], d["published"])) for d in docs)
        best = min(best, time.perf_counter() - t0)
    print(f"docs {len(docs)}  words {words}  mentions {mentions}")
    print(f"seconds {best:.3f}  words/s {words / best:,.0f}  docs/s {len(docs) / best:,.1f}")
    print(f"x HeidelTime {words / best / args.heideltime:,.1f} (at {args.heideltime:,.0f} words/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
