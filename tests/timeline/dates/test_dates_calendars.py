"""Calendars behind the holiday rules (timeline.dates._astro) against published dates of
the feasts, and the options and fields the date finder added for issue #16.

Every case pins its dates; nothing depends on today's date.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import _astro as astro
from timeline.dates import find_dates

D = dt.date


@pytest.mark.parametrize("year, western, orthodox", [
    (2021, D(2021, 4, 4), D(2021, 5, 2)), (2023, D(2023, 4, 9), D(2023, 4, 16)),
    (2024, D(2024, 3, 31), D(2024, 5, 5)), (2025, D(2025, 4, 20), D(2025, 4, 20)),
])
def test_easter(year, western, orthodox) -> None:
    assert (astro.western_easter(year), astro.orthodox_easter(year)) == (western, orthodox)


@pytest.mark.parametrize("year, rosh_hashanah, passover, hanukkah", [
    (2024, D(2024, 10, 3), D(2024, 4, 23), D(2024, 12, 26)),
    (2025, D(2025, 9, 23), D(2025, 4, 13), D(2025, 12, 15)),
])
def test_hebrew_calendar(year, rosh_hashanah, passover, hanukkah) -> None:
    assert astro.hebrew_new_year(year + 3761) == rosh_hashanah
    assert astro.passover(year) == passover
    assert astro.hanukkah(year) == hanukkah


@pytest.mark.parametrize("hijri, month, first_day", [
    (1442, 9, D(2021, 4, 13)), (1442, 10, D(2021, 5, 13)), (1444, 9, D(2023, 3, 23)),
    (1445, 10, D(2024, 4, 10)), (1445, 12, D(2024, 6, 7)), (1446, 9, D(2025, 3, 1)),
    (1446, 10, D(2025, 3, 30)),
])
def test_islamic_months_begin_as_in_saudi_arabia(hijri, month, first_day) -> None:
    assert astro.islamic_month_start(hijri, month) == first_day


@pytest.mark.parametrize("function, year, expected", [
    (astro.lunar_new_year, 2020, D(2020, 1, 25)), (astro.lunar_new_year, 2024, D(2024, 2, 10)),
    (astro.lunar_new_year, 2026, D(2026, 2, 17)), (astro.diwali, 2022, D(2022, 10, 24)),
    (astro.diwali, 2023, D(2023, 11, 12)), (astro.holi, 2024, D(2024, 3, 25)),
    (astro.nowruz, 2024, D(2024, 3, 20)), (astro.nowruz, 2025, D(2025, 3, 21)),
    (astro.mid_autumn, 2024, D(2024, 9, 17)), (astro.dragon_boat, 2023, D(2023, 6, 22)),
])
def test_lunisolar_feasts(function, year, expected) -> None:
    assert function(year) == expected


def test_new_moons_are_a_synodic_month_apart() -> None:
    moons = astro.lunar_phases(D(2025, 1, 1), D(2025, 12, 31))
    assert len(moons) == 12
    gaps = [(b - a).total_seconds() / 86400 for a, b in zip(moons, moons[1:])]
    assert all(29.2 < gap < 29.9 for gap in gaps)
    assert moons[0].date() == D(2025, 1, 29)


def test_day_first_option_decides_an_ambiguous_numeric_date() -> None:
    text = "The order is dated 05/04/2021."
    assert find_dates(text, "2025-07-14")[0].value == "2021-05-04"  # month first, as in the US
    assert find_dates(text, "2025-07-14", day_first=True)[0].value == "2021-04-05"
    assert find_dates("The order is dated 05.04.2021.", "2025-07-14")[0].value == "2021-04-05"  # dots: day first


def test_offset_exposes_what_it_counts_from() -> None:
    text = "The vote on Sunday passed calmly. A day after the vote, the opposition alleged fraud."
    offset = next(m for m in find_dates(text, "2025-07-14") if m.text == "A day after")
    assert (offset.relative_to, offset.offset, offset.value) == ("the vote", "+P1D", "2025-07-14")
    unresolved = find_dates("Two weeks after the attack, troops withdrew.", "2025-07-14")[0]
    assert (unresolved.relative_to, unresolved.offset, unresolved.value) == ("the attack", "+P2W", "XXXX-XX-XX")
    assert unresolved.start_date is None and unresolved.end_date is None


def test_offset_beside_a_day_names_that_day() -> None:
    text = "Protesters marched on Friday, two days after the shooting."
    friday, offset = find_dates(text, "2025-07-14")
    assert offset.start_date == friday.start_date == D(2025, 7, 11)
    assert offset.offset == "+P2D"


def test_span_is_whole_units_not_their_first_day() -> None:
    m = find_dates("Prices rose over the last 2 weeks.", "2025-07-16")[0]
    assert (m.type, m.value, m.start_date, m.end_date, m.precision) == (
        "DATE", "2025-W27/2025-W28", D(2025, 6, 30), D(2025, 7, 13), "week")


def test_ramadan_is_a_stretch_and_eid_a_day() -> None:
    ramadan, eid = find_dates("Ramadan ended and Eid al-Fitr began.", "2025-04-02")
    assert (ramadan.start_date, ramadan.end_date, ramadan.precision) == (D(2025, 3, 1), D(2025, 3, 29), "month")
    assert (eid.value, eid.precision) == ("2025-03-30", "day")


def test_independence_day_follows_the_country_of_the_sentence() -> None:
    text = "Kenya marked Independence Day. Ghana will mark Independence Day too."
    kenya, ghana = find_dates(text, "2025-07-14")
    assert (kenya.value, ghana.value) == ("2024-12-12", "2026-03-06")


def test_every_holiday_is_found_by_its_name() -> None:
    """Each feast of the table is recognised when written as its canonical name (this also
    keeps the rule's quick pre-check, the trigger words, in step with the patterns)."""
    from timeline.dates._holidays import HOLIDAYS

    for _, holiday in HOLIDAYS:
        mentions = find_dates(f"The city was quiet on {holiday.name} 2020.", "2025-07-14")
        first_day = holiday.dates(2020, None)[0][0]
        assert [m.start_date for m in mentions] == [first_day], (holiday.name, [(m.text, m.value) for m in mentions])


def test_trigger_words_change_no_result(monkeypatch) -> None:
    """The rules' trigger words only skip scans that would find nothing: every table row and
    demo article comes out the same with every rule scanned."""
    import importlib.util
    import sys
    from pathlib import Path

    from timeline.dates._rules import Rule

    root = Path(__file__).resolve().parents[3]
    spec = importlib.util.spec_from_file_location("dates_suite_for_triggers", root / "benchmarks" / "dates_suite.py")
    suite = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "dates_suite_for_triggers", suite)
    spec.loader.exec_module(suite)
    texts = [(c.text, c.published) for c in suite.load_cases()]
    texts += [(p.read_text(encoding="utf-8"), "2025-07-14") for p in sorted((root / "timeline" / "demo").glob("*.txt"))]

    def run() -> list:
        return [[m.to_dict() for m in find_dates(text, published)] for text, published in texts]

    quick = run()
    monkeypatch.setattr(Rule, "may_match", lambda self, words: True)
    assert run() == quick
