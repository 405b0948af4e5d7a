"""The value errors of :func:`timeline.dates.find_dates` on a TIMEX3 gold set, by category.

Matches predictions to gold DATE/TIME expressions exactly as ``../shared/eval/run.py dates``
does (greedy by character overlap; a prediction over a gold DURATION or SET is ignored)
and sorts what does not count as a right value into categories by the shape of the two
values (digits as ``9``: ``9999-W99`` is a week, ``9999-WXX`` an unspecified week):

- ``wrong value``: matched, the values differ (by category, then gold shape → ours);
- ``missed``: a gold expression no prediction overlaps (by gold shape);
- ``spurious``: a prediction that overlaps no gold expression (by our shape).

    python benchmarks/dates_errors.py [--data FILE.jsonl] [--examples N] [--category NAME]

Reads the gold file at run time and prints counts and a few examples per category (the
sentence around each is for reading only; nothing of the data is kept).
"""
from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys
from collections import Counter, defaultdict

ROOT = pathlib.Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(EVAL))

from metrics import POINT_TYPES, _norm_value, _overlap, match_spans  # noqa: E402

from timeline.dates import find_dates  # noqa: E402

DEFAULT_DATA = EVAL / "data" / "tbaq.jsonl"


def shape(value: str) -> str:
    """The form of a TIMEX3 value: digits become ``9`` ("1998-W32" → "9999-W99")."""
    return re.sub(r"\d", "9", value) if value else "(none)"


_DAY = re.compile(r"^\d{4}-\d\d-\d\d")


def category(gold: str, ours: str) -> str:
    """A coarse name for why ``ours`` is not ``gold`` (both upper-case TIMEX3 values)."""
    both = gold + " " + ours
    if re.search(r"-W(?:\d|X)", both) or "WE" in both:
        return "week"
    if re.search(r"-Q(?:\d|X)|-H[12]", both):
        return "quarter/half"
    if "REF" in both:
        return "vague ref"
    if re.search(r"-(?:SP|SU|FA|WI)\b", both):
        return "season"
    if "X" in both:
        return "underspecified (X)"
    if re.search(r"T(?:MO|AF|EV|NI|DT)", both):
        return "part of day"
    if _DAY.match(gold) and _DAY.match(ours) and gold[:10] != ours[:10]:
        try:
            import datetime as dt
            days = (dt.date.fromisoformat(ours[:10]) - dt.date.fromisoformat(gold[:10])).days
        except ValueError:
            return "day, other"
        if days % 7 == 0:
            return "day, whole weeks off"
        if abs(days) < 7:
            return "day, under a week off"
        return "day, further off"
    if shape(gold) != shape(ours):
        return "granularity"
    return "same form, other value"


def context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def analyse(docs):
    wrong = defaultdict(list)  # category -> [(gold shape → our shape, example)]
    missed, spurious = defaultdict(list), defaultdict(list)
    for doc in docs:
        preds = list(find_dates(doc["text"], published=doc["published"]))
        gold = [t for t in doc["timexes"] if t.get("type") in POINT_TYPES]
        other = [t for t in doc["timexes"] if t.get("type") not in POINT_TYPES]
        kept = [p for p in preds if not any(_overlap(o["start"], o["end"], p.start, p.end) for o in other)]
        pairs = match_spans(gold, kept)
        for gi, pi in pairs:
            g, p = gold[gi], kept[pi]
            gv, pv = _norm_value(g.get("value")), _norm_value(p.value)
            if g.get("type") == "TIME":
                gv, pv = gv[:10], pv[:10]
            if gv == pv and gv:
                continue
            example = (f"{doc['id']} pub {doc['published']}: gold {g['value']!r} ours {p.value!r}  "
                       f"{context(doc['text'], g['start'], g['end'])}")
            wrong[category(gv, pv)].append((f"{shape(gv)} → {shape(pv)}", example))
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                missed[shape(g["value"])].append(
                    f"{doc['id']}: gold {g['value']!r} {context(doc['text'], g['start'], g['end'])}")
        for pi, p in enumerate(kept):
            if pi not in matched_p:
                spurious[shape(p.value)].append(
                    f"{doc['id']}: ours {p.value!r} {context(doc['text'], p.start, p.end)}")
    return wrong, missed, spurious


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=pathlib.Path, default=DEFAULT_DATA)
    parser.add_argument("--examples", type=int, default=3, help="examples printed per category")
    parser.add_argument("--category", help="print every example of this category (or 'missed', 'spurious')")
    args = parser.parse_args(argv)
    docs = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [d for d in docs if d.get("published")]
    wrong, missed, spurious = analyse(docs)
    limit = 10 ** 9 if args.category else args.examples
    print(f"wrong value {sum(map(len, wrong.values()))}  missed {sum(map(len, missed.values()))}  "
          f"spurious {sum(map(len, spurious.values()))}")
    for name, rows in sorted(wrong.items(), key=lambda kv: -len(kv[1])):
        if args.category and args.category != name:
            continue
        print(f"\n== {name}: {len(rows)}")
        for form, count in Counter(form for form, _ in rows).most_common():
            print(f"   {count:4d}  {form}")
        for _, example in rows[:limit]:
            print(f"      {example}")
    for title, table in (("missed", missed), ("spurious", spurious)):
        if args.category and args.category != title:
            continue
        print(f"\n== {title}: {sum(map(len, table.values()))}")
        for form, rows in sorted(table.items(), key=lambda kv: -len(kv[1])):
            print(f"   {len(rows):4d}  {form}")
            for example in rows[:limit]:
                print(f"      {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
