"""The other languages' date tables (tests/timeline/dates/tables/multilingual), one test per
row, read by benchmarks/dates_suite.py --multilingual. Every row pins its publication date."""
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

CASES = dates_suite.load_cases(dates_suite.MULTILINGUAL, multilingual=True)


def test_every_language_has_a_table() -> None:
    kinds = {case.kind for case in CASES}
    assert kinds >= {"es", "es_no_date", "fr", "fr_no_date", "ru", "uk", "ko"}
    assert sum(case.kind == "es" for case in CASES) >= 40 and sum(case.kind == "es_no_date" for case in CASES) >= 10


@pytest.mark.parametrize("case", CASES, ids=[f"{c.label}:{c.text[:40]}" for c in CASES])
def test_table_row(case) -> None:
    ok, got = dates_suite.check(case)
    assert ok, f"{case.label} {case.text!r}: wanted {(case.span, case.value, case.start, case.end)}, got {got}"


def test_a_row_fails_when_the_value_or_language_is_wrong() -> None:
    good = next(c for c in CASES if c.kind == "es" and c.span == "A principios de marzo")
    wrong_value = dates_suite.Case(good.kind, good.line, good.published, good.text, good.span, "2024-03",
                                   good.start, good.end, good.language)
    as_english = dates_suite.Case(good.kind, good.line, good.published, good.text, good.span, good.value,
                                  good.start, good.end, None)
    assert dates_suite.check(good)[0]
    assert not dates_suite.check(wrong_value)[0] and not dates_suite.check(as_english)[0]


def test_a_no_date_row_fails_on_a_date() -> None:
    case = dates_suite.Case("es_no_date", 1, "2025-07-16", "El 3 de mayo llegó.", language="es")
    assert not dates_suite.check(case)[0]


def test_report_prints_a_rate_per_language(capsys) -> None:
    assert dates_suite.main(["--multilingual"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert {line.split()[0] for line in lines} == {case.kind for case in CASES} | {"all"}
    assert lines[-1].split()[1] == f"{len(CASES)}/{len(CASES)}"
