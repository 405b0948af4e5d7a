#!/usr/bin/env python3
"""Fuzz ingestion: hostile inputs through ingest -> extract -> store -> export, zero crashes.

    python benchmarks/fuzz_ingest.py [--count 10000] [--real-every 250] [--seed 1]

Generates inputs of many kinds (random bytes, huge lines, deeply nested HTML, mixed and
wrong encodings, control characters, extreme and malformed dates, enormous feeds, broken
.jsonl lines and .zip archives, hostile URLs) and feeds each to the reader for its kind.
Every input must either give articles or raise a ``TimelineError`` with a one-line
message; anything else is a crash and is printed with its input kind. Accepted articles
are extracted (a cheap deterministic extractor for most, the real spaCy pipeline for
every ``--real-every``-th), stored and exported to GeoJSON and CSV; at the end the store
must hold every accepted article exactly once and pass its integrity check.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import io
import json
import os
import random
import sys
import tempfile
import time
import traceback
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = ("police arrested protesters in Nairobi on Tuesday drones struck Chernivtsi overnight the minister "
         "visited Wonsan flood rivers rose Porto Alegre Kyiv talks were held in Minsk last week").split()


def sentence(rng: random.Random, n: int = 12) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def story(rng: random.Random) -> str:
    return "\n\n".join(sentence(rng, rng.randint(4, 20)) for _ in range(rng.randint(1, 5)))


def weird_date(rng: random.Random):
    return rng.choice([
        "2025-07-14", "2025-02-30", "0000-00-00", "9999-12-31", "1799-12-31", "2201-01-01", "-2025-01-01",
        "2025-7-4", "14.07.2025", "", "   ", "2025-07-14T25:61:00", "2025-07-14T10:00:00+99:00", "\x00",
        "٢٠٢٥-٠٧-١٤", "2025-07-14" + "9" * 1000, 20250714, 1e308, None, [], {}, True,
        f"{rng.randint(-10**6, 10**6)}-{rng.randint(-99, 99)}-{rng.randint(-99, 99)}",
    ])


def control(rng: random.Random, text: str) -> str:
    chars = [chr(c) for c in list(range(0, 32)) + [0x7f, 0x85, 0x2028, 0x2029, 0xfeff, 0x202e, 0xd800 - 1]]
    out = list(text)
    for _ in range(rng.randint(1, 40)):
        out.insert(rng.randint(0, len(out)), rng.choice(chars))
    return "".join(out)


def mixed_encoding(rng: random.Random) -> bytes:
    text = story(rng) + " Café Montréal Zürich Kraków Łódź Київ 北京 "
    parts = [text.encode("utf-8"), text.encode("cp1252", "replace"), text.encode("utf-16"),
             text.encode("latin-1", "replace"), text.encode("shift_jis", "replace"), b"\xc3\x28\xa0\xa1"]
    rng.shuffle(parts)
    return b"".join(parts[: rng.randint(1, len(parts))])


def nested_html(rng: random.Random) -> bytes:
    depth = rng.choice([100, 1000, 10000, 50000])
    tag = rng.choice(["div", "span", "b", "table", "p", "article"])
    body = f"<{tag}>" * depth + story(rng) + f"</{tag}>" * rng.randint(0, depth)
    meta = '<meta property="article:published_time" content="2025-07-10">' if rng.random() < 0.5 else ""
    return f"<!doctype html><html><head>{meta}<title>T</title></head><body>{body}</body></html>".encode()


def feed(rng: random.Random, entries: int) -> bytes:
    items = []
    for i in range(entries):
        date = rng.choice(["Tue, 08 Jul 2025 10:00:00 GMT", "not a date", "Mon, 31 Feb 2025 10:00:00 GMT",
                           "Fri, 01 Jan 9999 00:00:00 GMT", ""])
        items.append(f"<item><title>{sentence(rng, 4)}</title><link>http://10.0.0.{i % 250}/a{i}</link>"
                     f"<pubDate>{date}</pubDate><description>{story(rng)}</description></item>")
    body = "".join(items)
    if rng.random() < 0.3:
        body = body[: rng.randint(0, len(body))]  # truncated
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{body}</channel></rss>'.encode()


def zip_bytes(rng: random.Random) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for i in range(rng.randint(0, 5)):
            kind = rng.choice(["txt", "html", "jsonl", "bin", "bomb"])
            if kind == "txt":
                archive.writestr(f"d/{i}.txt", story(rng))
            elif kind == "html":
                archive.writestr(f"{i}.html", nested_html(rng))
            elif kind == "jsonl":
                archive.writestr(f"{i}.jsonl", json.dumps({"text": story(rng), "published": weird_date(rng)}))
            elif kind == "bomb":
                archive.writestr(f"{i}.txt", b"a" * 30_000_000)
            else:
                archive.writestr(f"{i}.txt", rng.randbytes(rng.randint(0, 3000)))
    data = buffer.getvalue()
    if rng.random() < 0.3 and data:
        cut = rng.randint(0, len(data))
        data = data[:cut] + rng.randbytes(rng.randint(0, 50))
    return data


def jsonl_line(rng: random.Random) -> bytes:
    choice = rng.random()
    if choice < 0.3:
        record = {"text": story(rng), "published": weird_date(rng), "title": rng.choice([None, "T", 5, ["x"], ""]),
                  "url": rng.choice([None, "https://example.org/a", 7, {"a": 1}])}
        return json.dumps(record, default=str).encode()
    if choice < 0.45:
        return b"[" * rng.randint(1, 200_000)
    if choice < 0.6:
        return json.dumps({"text": control(rng, story(rng)), "published": "2025-07-10"}).encode()
    if choice < 0.7:
        return json.dumps({"text": "word " * rng.randint(100_000, 1_000_000), "published": "2025-07-10"}).encode()
    return rng.randbytes(rng.randint(0, 2000))


# Expensive kinds (enormous feeds, very deep HTML) are rarer, so that 10,000 inputs take minutes.
KIND_WEIGHTS = {"bytes": 10, "huge_line": 3, "nested_html": 4, "encoding": 10, "control": 10, "dates": 10,
                "feed": 8, "big_feed": 0.5, "jsonl": 10, "zip": 6, "html": 6, "url": 10, "text": 10}


def generate(rng: random.Random, i: int):
    """(kind, callable that reads the input and returns articles)."""
    from timeline.sources import batches, feeds, fetch, ingest

    kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
    date = weird_date(rng)
    if kind == "bytes":
        data = rng.randbytes(rng.randint(0, 5000))
        name = rng.choice(["a.txt", "a.html", "a", "a.bin"])
        return kind, lambda: [ingest.from_upload(name, data, published=date)]
    if kind == "huge_line":
        data = (sentence(rng) * rng.randint(1000, 200_000)).encode()
        return kind, lambda: [ingest.from_upload("huge.txt", data, published="2025-07-10")]
    if kind == "nested_html":
        data = nested_html(rng)
        return kind, lambda: [ingest.from_upload("n.html", data, published=rng.choice([None, "2025-07-10"]))]
    if kind == "encoding":
        data = mixed_encoding(rng)
        return kind, lambda: [ingest.from_upload("e.txt", data, published="2025-07-10")]
    if kind == "control":
        text = control(rng, story(rng))
        return kind, lambda: [ingest.from_text(text, published="2025-07-10")]
    if kind == "dates":
        text = story(rng)
        return kind, lambda: [ingest.from_text(text, published=date)]
    if kind in ("feed", "big_feed"):
        data = feed(rng, rng.randint(0, 10) if kind == "feed" else rng.randint(2000, 6000))
        return kind, lambda: feeds.articles_from_feed(data, feed_url="fuzz", published=rng.choice([None, "2025-07-10"]),
                                                      fetch_entry=None).articles
    if kind == "jsonl":
        data = b"\n".join(jsonl_line(rng) for _ in range(rng.randint(1, 6)))
        return kind, lambda: batches.read_jsonl(io.BytesIO(data), name="fuzz.jsonl", default_date=None,
                                                skip_invalid=rng.random() < 0.5).articles
    if kind == "zip":
        data = zip_bytes(rng)
        return kind, lambda: batches.read_zip(io.BytesIO(data), default_date=dt.date(2025, 7, 10), name="fuzz.zip",
                                              skip_invalid=rng.random() < 0.5).articles
    if kind == "html":
        title = control(rng, sentence(rng, 5))
        data = (f"<html><head><title>{title}</title><meta name='date' content='{date}'></head><body>"
                f"<article><p>{story(rng)}</p><script>{'x' * rng.randint(0, 10000)}</script></article></body></html>"
                ).encode(rng.choice(["utf-8", "utf-16", "cp1252"]), "replace")
        return kind, lambda: [ingest.from_upload("p.html", data, published=rng.choice([None, date]))]
    if kind == "url":
        url = rng.choice(["http://127.0.0.1/", "http://[::1]/", "http://10.0.0.1/", "http://169.254.169.254/",
                          "gopher://x", "http://", "http://a b/", "http://[zz]/", "http://x:99999/",
                          "http://0x7f.1/", "http://017700000001/", "https://user@10.0.0.1/", "http:///etc",
                          "http://" + "a" * 300 + ".example/", "http://localhost./", "http://\u0000/"])
        return kind, lambda: [fetch.fetch_article(url)]
    text = control(rng, story(rng)) if rng.random() < 0.5 else story(rng)
    return kind, lambda: [ingest.from_text(text, published="2025-07-10", title=rng.choice([None, sentence(rng)]))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--real-every", type=int, default=250, help="use the real spaCy pipeline every N accepted")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    import logging

    logging.disable(logging.WARNING)  # skipped entries are logged as warnings; counted here instead
    sys.setrecursionlimit(10_000)
    from geodata.export.formats import csv_text, to_geojson
    from timeline.errors import TimelineError
    from timeline.run.pipeline import ingest_articles
    from timeline.run.work import FAKE_EXTRACTOR_ENV
    from timeline.store.database import Store

    rng = random.Random(args.seed)
    crashes: list[tuple[str, str]] = []
    outcomes: collections.Counter[str] = collections.Counter()
    spent: collections.Counter[str] = collections.Counter()  # seconds spent reading, by kind
    accepted_ids: set[str] = set()
    real = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "fuzz.sqlite") as store:
        for i in range(args.count):
            kind, read = generate(rng, i)
            t0 = time.perf_counter()
            try:
                articles = read()
            except TimelineError as exc:
                spent[kind] += time.perf_counter() - t0
                message = str(exc)
                if not message or "\n" in message.strip():
                    crashes.append((kind, f"rejection message not one line: {message!r}"[:300]))
                outcomes[f"{kind}: rejected"] += 1
                continue
            except Exception:  # a crash is what this script looks for: record it and go on
                crashes.append((kind, traceback.format_exc(limit=4)))
                continue
            spent[kind] += time.perf_counter() - t0
            outcomes[f"{kind}: accepted"] += 1
            use_real = bool(articles) and sum(v for k, v in outcomes.items() if k.endswith("accepted")) \
                % args.real_every == 0
            try:
                if use_real:
                    real += 1
                    os.environ.pop(FAKE_EXTRACTOR_ENV, None)
                    articles = [a for a in articles if len(a.text) < 200_000][:3]
                else:
                    os.environ[FAKE_EXTRACTOR_ENV] = "fake"
                report = ingest_articles(articles, store, keep_events=True)
                records = [event.to_dict() for event in report.extracted]
                json.dumps(to_geojson(records))
                csv_text(records)
                accepted_ids.update(a.id for a in articles)
            except Exception:  # extraction, storing or export failed on an accepted article
                crashes.append((f"{kind} -> extract/store/export", traceback.format_exc(limit=6)))
        counts = store.counts()
        problems = store.check()
        stored_ids = {row["id"] for row in store.articles()}
    seconds = time.perf_counter() - started
    lost = accepted_ids - stored_ids
    print(f"inputs {args.count}  crashes {len(crashes)}  accepted articles {len(accepted_ids)}  "
          f"stored {counts['articles']} articles / {counts['events']} events  real-pipeline batches {real}  "
          f"lost {len(lost)}  store problems {len(problems)}  {seconds:.0f} s")
    for key in sorted(outcomes):
        print(f"  {key:32} {outcomes[key]:6}   ({spent[key.split(':')[0]]:.1f} s reading this kind)")
    for kind, trace in crashes[:10]:
        print(f"--- crash on {kind}\n{trace}")
    return 1 if crashes or lost or problems or counts["articles"] != len(accepted_ids) else 0


if __name__ == "__main__":
    sys.exit(main())
