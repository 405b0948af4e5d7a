"""The hand-written date tables (tests/timeline/dates/tables), one test per row, and the
per-kind report of benchmarks/dates_suite.py that reads them.

Every row pins its publication date; nothing depends on today's date.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
_SPEC = importlib.util.spec_from_file_location("dates_suite", ROOT / "benchmarks" / "dates_suite.py")
dates_suite = importlib.util.module_from_spec(_SPEC)
sys.modules.setdefault("dates_suite", dates_suite)
_SPEC.loader.exec_module(dates_suite)

CASES = dates_suite.load_cases()
KINDS = sorted({case.kind for case in CASES})
#: Numeric rows whose order the text's setting decides ("01/03/2026 in Leeds") read the gazetteer
#: index, which :func:`timeline.dates.find_dates` never builds itself: the tests that run them ask
#: for the session's index first.
SETTING_KINDS = {"numeric"}


def test_every_kind_of_the_issue_has_a_table() -> None:
    assert set(KINDS) >= {"lowercase", "day_of_month", "numeric", "spans", "holidays", "anchored", "decades",
                          "year_carry", "direction", "no_date"}
    assert all(sum(c.kind == kind for c in CASES) >= 10 for kind in KINDS)


@pytest.mark.parametrize("case", CASES, ids=[f"{c.label}:{c.text[:40]}" for c in CASES])
def test_table_row(case, request) -> None:
    if case.kind in SETTING_KINDS:
        request.getfixturevalue("gazetteer_index")
    ok, got = dates_suite.check(case)
    assert ok, f"{case.label} {case.text!r}: wanted {(case.span, case.value, case.start, case.end)}, got {got}"


def test_a_row_fails_when_the_value_is_wrong() -> None:
    good = next(c for c in CASES if c.kind == "numeric" and c.value)
    wrong = dates_suite.Case(good.kind, good.line, good.published, good.text, good.span, "1999-01-01", None, None)
    assert dates_suite.check(good)[0] and not dates_suite.check(wrong)[0]


def test_report_prints_a_rate_per_kind(capsys, gazetteer_index) -> None:
    assert dates_suite.main([]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert {line.split()[0] for line in lines} == set(KINDS) | {"all"}
    assert lines[-1].split()[1] == f"{len(CASES)}/{len(CASES)}"


def test_malformed_row_is_reported(tmp_path) -> None:
    (tmp_path / "spans.tsv").write_text("2025-07-14\tonly two columns\n", encoding="utf-8")
    with pytest.raises(ValueError, match="spans.tsv:1"):
        dates_suite.load_cases(tmp_path)
