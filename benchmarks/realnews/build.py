"""Build the real-news development set from offset-only annotations.

The annotations (``gold/*.json``, one article each) hold character offsets into texts that
live in ``../shared/eval/data`` (TimeBank+AQUAINT, LGL): those texts are for evaluation
only and are never copied into the project. The portal days (``portal/texts.jsonl``,
Wikipedia's current-events portal, CC BY-SA 4.0) and the Wikinews stories (``wikinews/texts.jsonl``,
CC BY 2.5) are kept here with their attribution.
This script joins each annotation with its text, checks it against ../shared/eval/CODEBOOK.md's field rules, and writes the JSONL that
``python ../shared/eval/run.py realnews --data FILE`` scores.

    python benchmarks/realnews/build.py                 # -> benchmarks/realnews/{train,dev,dev2,dev3,dev4,devtest,holdout,holdout2,holdout3,dev5,holdout4,dev6,dev7,dev8,dev9,dev10,dev11,dev12,dev13,dev14,holdout5,dev15,holdout6,dev16,dev17,dev18,dev19,dev20,dev21,dev22}.jsonl
    python benchmarks/realnews/build.py --check         # validate only
    python benchmarks/realnews/build.py --show tbaq APW19980807.0261   # the text with sentence offsets
    python benchmarks/realnews/build.py --show portal 2025-05-25
    python benchmarks/realnews/build.py --show wikinews 2019-12-28-typhoon-phanfone-strikes-philippines

Each annotation file:
    {"source": "tbaq" | "lgl" | "portal" | "wikinews", "id": "<the corpus document id>",
     "split": "train" | "dev" | "devtest" | "holdout" | "dev2" | "dev3" | "holdout2" | "dev4" | "holdout3" | "dev5" | "holdout4" | "dev6" | "dev7" | "dev8" | "dev9" | "dev10" | "dev11" | "dev12" | "dev13" | "dev14" | "holdout5" | "dev15" | "holdout6" | "dev16" | "dev17" | "dev18" | "dev19" | "dev20" | "dev21" | "dev22",
     "published": "YYYY-MM-DD", "title": str | null, "topic": "war|protest|diplomacy|disaster|crime|...",
     "annotator_notes": str,
     "events": [{"spans": [[start, end], ...], "type", "type_alt": [], "mode",
                 "actor1", "actor1_alt": [], "actor2",
                 "date_start", "date_end", "date_precision",
                 "place": {"name", "lat", "lon", "precision", "country_code"} | null,
                 "place_alt": [place | null, ...], "note": str}]}
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED_DATA = ROOT.parent / "shared" / "eval" / "data"
SOURCES = {"tbaq": "tbaq.jsonl", "lgl": "lgl.jsonl", "geovirus": "geovirus.jsonl"}
#: Texts kept in the project (licence allowing): days of Wikipedia's current-events portal
#: (CC BY-SA 4.0), made by portal/extract.py; whole Wikinews stories (CC BY 2.5), made by
#: wikinews/extract.py.
OWN_SOURCES = {"portal": HERE / "portal" / "texts.jsonl", "wikinews": HERE / "wikinews" / "texts.jsonl"}
#: train: for fitting learned components; dev: for reading errors and choosing thresholds;
#: devtest: only for checking now and then; holdout: annotated later by annotators who never
#: saw the extractor's output, scored only, never read for errors.
SPLITS = ("train", "dev", "devtest", "holdout", "dev2", "dev3", "holdout2", "dev4", "holdout3", "dev5", "holdout4", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "holdout5", "dev15", "holdout6", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22")

TYPES = {"attack", "violence_against_civilians", "protest", "riot", "arrest", "deploy", "meet", "visit",
         "agree", "election", "sanction", "aid", "supply", "support", "disaster", "accident", "statement",
         "condemn", "warn", "other"}
MODES = {"asserted", "planned", "threatened", "denied", "hypothetical"}
DATE_PRECISIONS = {"day", "week", "month", "year", "interval"}
PLACE_PRECISIONS = {"point", "city", "admin2", "admin1", "country"}


def load_texts(source: str) -> dict[str, dict]:
    path = OWN_SOURCES.get(source) or SHARED_DATA / SOURCES[source]
    with path.open(encoding="utf-8") as fh:
        return {str(doc["id"]): doc for doc in map(json.loads, fh)}


def sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence bounds for annotators: a line break or end punctuation, then a capital,
    a quote or a digit. Annotators adjust spans where this splits wrongly."""
    bounds, start = [], 0
    for m in re.finditer(r"(?:(?<=[.!?])|(?<=[.!?][\"'’”]))\s+(?=[\"'‘“`A-Z0-9(])|\n\s*\n|\n(?=\s*[A-Z])", text):
        end = m.start()
        if text[start:end].strip():
            s = start + len(text[start:end]) - len(text[start:end].lstrip())
            bounds.append((s, end))
        start = m.end()
    if text[start:].strip():
        s = start + len(text[start:]) - len(text[start:].lstrip())
        bounds.append((s, len(text.rstrip())))
    return bounds


def _place_errors(place, where: str) -> list[str]:
    if place is None:
        return []
    errs = []
    if not isinstance(place, dict):
        return [f"{where}: a place is an object or null"]
    for key in ("name", "lat", "lon", "precision", "country_code"):
        if key not in place:
            errs.append(f"{where}: place lacks {key}")
    if place.get("precision") not in PLACE_PRECISIONS:
        errs.append(f"{where}: place precision {place.get('precision')!r}")
    lat, lon = place.get("lat"), place.get("lon")
    if not (isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and -90 <= lat <= 90 and -180 <= lon <= 180):
        errs.append(f"{where}: bad coordinates {lat!r}, {lon!r}")
    cc = place.get("country_code")
    if not (isinstance(cc, str) and len(cc) == 2 and cc.isupper()):
        errs.append(f"{where}: country_code {cc!r}")
    return errs


def check(annotation: dict, doc: dict) -> list[str]:
    errs = []
    text = doc["text"]
    if annotation.get("published") != (doc.get("published") or annotation.get("published")):
        errs.append(f"published {annotation.get('published')} differs from the corpus's {doc.get('published')}")
    try:
        dt.date.fromisoformat(annotation["published"])
    except (KeyError, TypeError, ValueError):
        errs.append("published must be YYYY-MM-DD")
    if annotation.get("split") not in SPLITS:
        errs.append(f"split must be one of {', '.join(SPLITS)}")
    for n, ev in enumerate(annotation.get("events", [])):
        where = f"event {n}"
        spans = ev.get("spans") or []
        if not spans:
            errs.append(f"{where}: no spans")
        for s, e in spans:
            if not (0 <= s < e <= len(text)):
                errs.append(f"{where}: span {s},{e} outside the text ({len(text)})")
        if ev.get("type") not in TYPES:
            errs.append(f"{where}: type {ev.get('type')!r}")
        if not set(ev.get("type_alt", [])) <= TYPES:
            errs.append(f"{where}: type_alt {ev.get('type_alt')!r}")
        if ev.get("mode") not in MODES:
            errs.append(f"{where}: mode {ev.get('mode')!r}")
        try:
            ds, de = dt.date.fromisoformat(ev["date_start"]), dt.date.fromisoformat(ev["date_end"])
            if de < ds:
                errs.append(f"{where}: date_end before date_start")
        except (KeyError, TypeError, ValueError):
            errs.append(f"{where}: dates must be YYYY-MM-DD")
        if ev.get("date_precision") not in DATE_PRECISIONS:
            errs.append(f"{where}: date_precision {ev.get('date_precision')!r}")
        errs += _place_errors(ev.get("place"), where)
        for alt in ev.get("place_alt", []):
            errs += _place_errors(alt, where + " place_alt")
        if not isinstance(ev.get("actor1_alt", []), list):
            errs.append(f"{where}: actor1_alt must be a list")
    return errs


def gold_document(annotation: dict, doc: dict) -> dict:
    keep = ("spans", "type", "type_alt", "mode", "actor1", "actor1_alt", "actor2", "date_start", "date_end",
            "date_precision", "place", "place_alt")
    return {"id": f"{annotation['source']}:{annotation['id']}", "text": doc["text"],
            "published": annotation["published"], "title": annotation.get("title") or doc.get("title"),
            "url": doc.get("url"), "topic": annotation.get("topic"),
            "events": [{k: ev.get(k, [] if k.endswith("_alt") else None) for k in keep}
                       for ev in annotation["events"]]}


def show(source: str, doc_id: str) -> None:
    doc = load_texts(source)[doc_id]
    print(f"id {doc_id}  published {doc.get('published')}  title {doc.get('title')!r}  chars {len(doc['text'])}")
    for n, (s, e) in enumerate(sentences(doc["text"])):
        print(f"[{n}] {s}-{e}: {doc['text'][s:e]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="validate the annotations only")
    ap.add_argument("--show", nargs=2, metavar=("SOURCE", "ID"), help="print a text with sentence offsets")
    ap.add_argument("--out", type=Path, default=HERE, help="folder for dev.jsonl and devtest.jsonl")
    args = ap.parse_args(argv)
    if args.show:
        show(*args.show)
        return 0
    texts = {name: load_texts(name) for name in ("tbaq", "lgl", *OWN_SOURCES)}
    out: dict[str, list[dict]] = {split: [] for split in SPLITS}
    failed = False
    for path in sorted((HERE / "gold").glob("*.json")):
        annotation = json.loads(path.read_text(encoding="utf-8"))
        doc = texts.get(annotation.get("source"), {}).get(str(annotation.get("id")))
        if doc is None:
            print(f"{path.name}: no document {annotation.get('source')}:{annotation.get('id')}", file=sys.stderr)
            failed = True
            continue
        errs = check(annotation, doc)
        for err in errs:
            print(f"{path.name}: {err}", file=sys.stderr)
        failed |= bool(errs)
        if not errs:
            out[annotation["split"]].append(gold_document(annotation, doc))
    for split, docs in out.items():
        events = sum(len(d["events"]) for d in docs)
        print(f"{split}: {len(docs)} articles, {events} events, "
              f"{sum(len(d['text'].split()) for d in docs)} words")
        if not args.check:
            with (args.out / f"{split}.jsonl").open("w", encoding="utf-8") as fh:
                for d in docs:
                    fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
