"""Print the real-news scorer's matching for each article: gold events with the prediction
that matched them (and which fields are wrong), and the predictions that matched nothing (a duplicate with the
matched prediction it repeats, its twin).

    python benchmarks/realnews/errors.py [--split dev] [--doc ID] [--only missed|spurious|fields]

For reading errors on the development splits only (train, dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev11, dev12, dev13, dev14, dev15, dev16, dev17, dev18, dev19, dev20, dev21):
the held-out splits (devtest, holdout, holdout2, holdout3, holdout4, holdout5, holdout6) are refused.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))

import realnews  # noqa: E402

from timeline import extract_events  # noqa: E402


def sentence_of(text: str, span: tuple[int, int], width: int = 160) -> str:
    s = text[span[0]:span[1]].replace("\n", " ")
    return s if len(s) <= width else s[:width] + "…"


def show_pred(p: dict) -> str:
    where = p.get("place_name") or "-"
    return (f"{p['type']}/{p.get('mode')} a1={p.get('actor1')!r} {p.get('date_start')}..{p.get('date_end')} "
            f"@{where}({p.get('geo_precision')}) c={p['confidence']:.2f}")


def show_gold(g: dict) -> str:
    place = g.get("place") or {}
    return (f"{g['type']}{'|' + '|'.join(g['type_alt']) if g.get('type_alt') else ''}/{g.get('mode')} "
            f"a1={g.get('actor1')!r} {g['date_start']}..{g['date_end']} @{place.get('name', '-')}"
            f"({place.get('precision', '')})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=("train", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21"))
    ap.add_argument("--doc")
    ap.add_argument("--only", choices=("missed", "spurious", "fields"))
    args = ap.parse_args(argv)
    docs = [json.loads(line) for line in (HERE / f"{args.split}.jsonl").open(encoding="utf-8")]
    for doc in docs:
        if args.doc and args.doc not in doc["id"]:
            continue
        events = extract_events(doc["text"], published=doc["published"], title=doc.get("title"))
        preds = [realnews.prediction(e) for e in events]
        golds = [dict(g, spans=[tuple(s) for s in g["spans"]]) for g in doc["events"]]
        pairs, classes = realnews.match_article(preds, golds)
        matched = dict((j, i) for i, j in pairs)
        print(f"\n=== {doc['id']} published {doc['published']} ({len(golds)} gold, {len(preds)} predicted)")
        for j, g in enumerate(golds):
            i = matched.get(j)
            if i is None:
                if args.only in (None, "missed"):
                    print(f"  MISSED  {show_gold(g)}\n          “{sentence_of(doc['text'], g['spans'][0])}”")
                continue
            p = preds[i]
            wrong = [name for name, ok in (("type", realnews.type_exact(p, g)), ("date", realnews.date_lenient(p, g)),
                                           ("place", realnews.place_ok(p, g)), ("actor1", realnews.actor1_ok(p, g)))
                     if not ok]
            if args.only in (None, "fields") and (wrong or args.only is None):
                print(f"  {'OK     ' if not wrong else 'WRONG  '} {','.join(wrong)}\n          gold {show_gold(g)}\n"
                      f"          pred {show_pred(p)}\n          “{sentence_of(doc['text'], g['spans'][0])}”")
        for i, p in enumerate(preds):
            if classes[i] != "matched" and args.only in (None, "spurious"):
                print(f"  {classes[i].upper():9} {show_pred(p)}\n          “{sentence_of(doc['text'], p['spans'][0])}”")
                if classes[i] == "duplicate":
                    print(twin_of(p, preds, golds, pairs, doc["text"]))
    return 0


def twin_of(p: dict, preds: list[dict], golds: list[dict], pairs: list[tuple[int, int]], text: str) -> str:
    """The matched prediction a duplicate repeats: the first gold event it could match whose
    match went to another prediction, with that prediction and its main sentence."""
    for i, j in pairs:
        if realnews.edge(p, golds[j]):
            return (f"          twin {show_pred(preds[i])}\n"
                    f"               “{sentence_of(text, preds[i]['spans'][0])}”")
    return "          twin ?"


if __name__ == "__main__":
    sys.exit(main())
