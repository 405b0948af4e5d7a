"""Per-kind pass rates of the hand-written date tables (tests/timeline/dates/tables).

Each table holds cases of one kind of expression (lower-case names, day-of-month forms,
numeric dates, spans, holidays, anchored offsets, decades, year carry-over, direction by
tense) as text, publication date and the expected mention; ``no_date.tsv`` holds texts
with no date at all. See ``tests/timeline/dates/tables/README.md`` for the format.

    python benchmarks/dates_suite.py [--failures] [--kind KIND] [--multilingual]

``--multilingual`` reads ``tables/multilingual`` instead: one table per language
(``es.tsv``, ``fr.tsv`` ...) checked with :func:`timeline.dates.multilingual.find_dates_in`,
and ``<language>_no_date.tsv`` with texts in that language that hold no date.

Prints one line per kind (passed/total and the rate) and, with ``--failures``, every
failing case with what came out instead.
"""
from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

ROOT = pathlib.Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline.dates import find_dates  # noqa: E402

TABLES = ROOT / "tests" / "timeline" / "dates" / "tables"
MULTILINGUAL = TABLES / "multilingual"
NO_DATE = "no_date"


@dataclass(frozen=True)
class Case:
    """One row of a table."""

    kind: str
    line: int
    published: str
    text: str
    span: str | None = None
    value: str | None = None
    start: str | None = None  # ISO date, "none", or None (unchecked)
    end: str | None = None
    language: str | None = None  # None: English (find_dates); else find_dates_in's language

    @property
    def no_date(self) -> bool:
        return self.kind == NO_DATE or self.kind.endswith("_" + NO_DATE)

    @property
    def label(self) -> str:
        return f"{self.kind}:{self.line}"


def load_cases(tables: pathlib.Path = TABLES, *, multilingual: bool = False) -> list[Case]:
    """Every row of every ``*.tsv`` table, the kind being the file's stem (with
    ``multilingual``, the stem's language too: ``es``, ``es_no_date``)."""
    cases = []
    for path in sorted(tables.glob("*.tsv")):
        language = path.stem.split("_")[0] if multilingual else None
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip() or raw.startswith("#"):
                continue
            cols = raw.split("\t")
            if path.stem == NO_DATE or path.stem.endswith("_" + NO_DATE):
                if len(cols) != 2:
                    raise ValueError(f"{path.name}:{number}: expected 2 columns, got {len(cols)}")
                cases.append(Case(path.stem, number, cols[0], cols[1], language=language))
                continue
            if len(cols) != 6:
                raise ValueError(f"{path.name}:{number}: expected 6 columns, got {len(cols)}")
            published, text, span, value, start, end = (None if c == "-" else c for c in cols)
            cases.append(Case(path.stem, number, published, text, span, value, start, end, language))
    return cases


def _date_matches(expected: str | None, got: dt.date | None) -> bool:
    if expected is None:
        return True
    if expected == "none":
        return got is None
    return got is not None and got.isoformat() == expected


def check(case: Case) -> tuple[bool, str]:
    """Whether ``case`` passes, and what came out (for the report)."""
    if case.language:
        from timeline.dates.multilingual import find_dates_in

        mentions = find_dates_in(case.text, case.published, case.language)
    else:
        mentions = find_dates(case.text, case.published)
    got = "; ".join(f"{m.text!r}={m.value} [{m.start_date}..{m.end_date}]" for m in mentions) or "nothing"
    if case.no_date:
        return not mentions, got
    for m in mentions:
        if case.span is not None and m.text != case.span:
            continue
        if case.value is not None and m.value != case.value:
            continue
        if _date_matches(case.start, m.start_date) and _date_matches(case.end, m.end_date):
            return True, got
    return False, got


def run(cases: Iterable[Case]) -> dict[str, list[tuple[Case, bool, str]]]:
    by_kind: dict[str, list[tuple[Case, bool, str]]] = {}
    for case in cases:
        ok, got = check(case)
        by_kind.setdefault(case.kind, []).append((case, ok, got))
    return by_kind


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--failures", action="store_true", help="list the failing cases")
    parser.add_argument("--kind", help="only this kind (a table's file stem)")
    parser.add_argument("--multilingual", action="store_true", help="the other languages' tables (tables/multilingual)")
    args = parser.parse_args(argv)
    loaded = load_cases(MULTILINGUAL, multilingual=True) if args.multilingual else load_cases()
    cases = [c for c in loaded if args.kind is None or c.kind == args.kind]
    results = run(cases)
    total = passed = 0
    for kind, rows in sorted(results.items()):
        ok = sum(1 for _, good, _ in rows if good)
        total += len(rows)
        passed += ok
        print(f"{kind:14} {ok:4d}/{len(rows):<4d} {ok / len(rows):6.1%}")
    print(f"{'all':14} {passed:4d}/{total:<4d} {passed / total:6.1%}" if total else "no cases")
    if args.failures:
        for _, rows in sorted(results.items()):
            for case, good, got in rows:
                if not good:
                    want = case.span, case.value, case.start, case.end
                    print(f"FAIL {case.label} [{case.published}] {case.text!r}\n     want {want}\n     got  {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
