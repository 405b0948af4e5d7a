"""Filtering event records: actors, overlapping date ranges, types, countries, free text."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from geodata.export.records import event_interval, record_actors, to_date
from timeline.view.filters import EventFilter, facets, filter_events, find_event

D = dt.date


def ids(records: list[Any]) -> list[str]:
    return [r["id"] for r in records]


@pytest.mark.parametrize(("flt", "expected"), [
    (EventFilter(), ["ev-meet", "ev-deploy", "ev-attack", "ev-protest", "ev-undated"]),
    (EventFilter(actors=("Sergei Lavrov",)), ["ev-meet"]),
    (EventFilter(actors=("Russia", "North Korea")), ["ev-deploy", "ev-attack"]),
    (EventFilter(actors=("nobody",)), []),
    # The July-precise deployment overlaps any day of July; the day-precise events must fall inside.
    (EventFilter(date_from=D(2025, 7, 12), date_to=D(2025, 7, 12)), ["ev-meet", "ev-deploy", "ev-undated"]),
    (EventFilter(date_from=D(2025, 7, 20), date_to=D(2025, 8, 15), include_undated=False), ["ev-deploy"]),
    (EventFilter(date_from=D(2025, 8, 1), include_undated=False), ["ev-protest"]),
    (EventFilter(date_to=D(2025, 7, 9), include_undated=False), ["ev-deploy", "ev-attack"]),
    (EventFilter(date_from=D(2025, 11, 30), date_to=D(2026, 1, 1), include_undated=False), ["ev-protest"]),
    (EventFilter(date_from=D(2025, 12, 1), include_undated=False), []),
    (EventFilter(include_undated=False), ["ev-meet", "ev-deploy", "ev-attack", "ev-protest"]),
    (EventFilter(event_types=("attack", "protest")), ["ev-attack", "ev-protest"]),
    (EventFilter(countries=("KP",)), ["ev-meet"]),
    (EventFilter(countries=("RU", "UA")), ["ev-deploy", "ev-attack"]),
    (EventFilter(text="kursk"), ["ev-deploy"]),
    (EventFilter(text="  WONSAN  saturday "), ["ev-meet"]),
    (EventFilter(text="wonsan kursk"), ["ev-deploy"]),  # Wonsan in its source title
    (EventFilter(text="nairobi kursk"), []),
    (EventFilter(text="rubio"), ["ev-undated"]),  # actors are searched too
    (EventFilter(text="ministers meet"),  # every sample event has this source title
     ["ev-meet", "ev-deploy", "ev-attack", "ev-protest", "ev-undated"]),
    (EventFilter(actors=("Russia",), event_types=("deploy",)), []),
    (EventFilter(actors=("Russia", "North Korea"), countries=("RU",), date_from=D(2025, 7, 31)), ["ev-deploy"]),
])
def test_filter_events(event_records: list[dict[str, Any]], flt: EventFilter, expected: list[str]) -> None:
    assert ids(filter_events(event_records, flt)) == expected


def test_filter_keeps_order_and_does_not_mutate(event_records: list[dict[str, Any]]) -> None:
    before = [dict(r) for r in event_records]
    kept = filter_events(list(reversed(event_records)), EventFilter(countries=("RU", "UA")))
    assert ids(kept) == ["ev-attack", "ev-deploy"]
    assert event_records == before


def test_active() -> None:
    assert not EventFilter().active
    assert EventFilter(text="x").active and EventFilter(include_undated=False).active
    assert not EventFilter(text="   ").active


@pytest.mark.parametrize(("record", "expected"), [
    ({"date_start": "2025-07-01", "date_end": "2025-07-31"}, (D(2025, 7, 1), D(2025, 7, 31))),
    ({"date_start": "2025-07-09", "date_end": None}, (D(2025, 7, 9), D(2025, 7, 9))),
    ({"date_start": None, "date_end": "2025-07-09"}, (D(2025, 7, 9), D(2025, 7, 9))),
    ({"date_start": "2025-07-10", "date_end": "2025-07-09"}, (D(2025, 7, 9), D(2025, 7, 10))),
    ({"date_start": D(2025, 7, 9), "date_end": dt.datetime(2025, 7, 10, 3)}, (D(2025, 7, 9), D(2025, 7, 10))),
    ({"date_start": None, "date_end": None}, None),
    ({}, None),
])
def test_event_interval(record: dict[str, Any], expected: Any) -> None:
    assert event_interval(record) == expected


def test_to_date() -> None:
    assert to_date("2025-07-14T10:00:00") == D(2025, 7, 14)
    assert to_date("") is None and to_date(None) is None


def test_record_actors_merges_fields_without_repeats() -> None:
    record = {"actors": ["Lavrov", {"name": "Choe"}], "actor1": "Lavrov", "actor2": "Kim"}
    assert record_actors(record) == ["Lavrov", "Choe", "Kim"]
    assert record_actors({}) == []


def test_facets(event_records: list[dict[str, Any]]) -> None:
    found = facets(event_records)
    assert found.event_types == ("attack", "deploy", "meet", "protest", "statement")
    assert found.countries == ("KE", "KP", "RU", "UA")
    assert found.date_min == D(2025, 7, 1) and found.date_max == D(2025, 11, 30)
    assert found.undated == 1
    assert set(found.actors) == {"Sergei Lavrov", "Choe Son Hui", "North Korea", "Russia", "protesters",
                                 "Marco Rubio"}


def test_facets_of_nothing() -> None:
    found = facets([])
    assert found.actors == () and found.date_min is None and found.undated == 0


def test_actors_ranked_by_frequency() -> None:
    records = [{"actors": ["B"]}, {"actors": ["A", "B"]}, {"actors": ["C"]}]
    assert facets(records).actors == ("B", "A", "C")


def test_find_event(event_records: list[dict[str, Any]]) -> None:
    assert find_event(event_records, "ev-attack")["place_name"] == "Ukraine"
    assert find_event(event_records, "missing") is None
    assert find_event(event_records, None) is None


# -- issue 6: mode, source, confidence; the view in a URL -------------------------------

from geodata.export.records import event_source  # noqa: E402
from timeline.view.filters import view_from_query, view_to_query  # noqa: E402


def test_mode_source_and_confidence(event_records: list[dict[str, Any]]) -> None:
    records = [dict(r) for r in event_records]
    records[1]["mode"] = "planned"
    records[2]["source_title"] = "Other paper"
    records[3]["confidence"] = 0.2
    ids = lambda flt: [r["id"] for r in filter_events(records, flt)]  # noqa: E731
    assert ids(EventFilter(modes=("planned",))) == ["ev-deploy"]
    assert ids(EventFilter(sources=("Other paper",))) == ["ev-attack"]
    assert "ev-protest" not in ids(EventFilter(min_confidence=0.5)) and len(ids(EventFilter(min_confidence=0.5))) == 4
    assert EventFilter(min_confidence=0.1).active and EventFilter(modes=("x",)).active
    found = facets(records)
    assert found.modes == ("asserted", "planned") and "Other paper" in found.sources
    assert event_source({"source": "file.csv"}) == "file.csv" and event_source({}) == "(unknown source)"


def test_view_round_trips_through_the_query_string() -> None:
    flt = EventFilter(actors=("Lavrov", "Choe, Son Hui"), event_types=("visit",), countries=("KP",),
                      modes=("planned",), sources=("A & B",), date_from=dt.date(2025, 7, 1),
                      date_to=dt.date(2025, 7, 31), include_undated=False, text="wonsan talks", min_confidence=0.4)
    query = view_to_query(flt, selected_id="ev-1", extra={"group": "actor", "empty": ""})
    assert query["actor"] == ["Lavrov", "Choe, Son Hui"] and query["group"] == ["actor"] and "empty" not in query
    assert view_from_query(query) == (flt, "ev-1")
    assert view_to_query(EventFilter()) == {}


def test_malformed_query_values_are_ignored() -> None:
    flt, selected = view_from_query({"from": "July", "minconf": "high", "undated": "maybe", "type": "visit"})
    assert flt == EventFilter(event_types=("visit",)) and selected is None
    assert view_from_query({"minconf": ["7"]})[0].min_confidence == 0.0  # out of 0..1: ignored, not clamped


# -- issue 6 (performance): the index gives the same records as filter_events ---------

from timeline.view.filters import RecordIndex, parse_area  # noqa: E402

INDEX_FILTERS = [
    EventFilter(),
    EventFilter(actors=("Russia", "North Korea")),
    EventFilter(actors=("nobody",)),
    EventFilter(date_from=D(2025, 7, 12), date_to=D(2025, 7, 12)),
    EventFilter(date_from=D(2025, 7, 20), date_to=D(2025, 8, 15), include_undated=False),
    EventFilter(date_to=D(2025, 7, 9), include_undated=False),
    EventFilter(date_from=D(2025, 12, 1)),
    EventFilter(include_undated=False),
    EventFilter(event_types=("attack", "protest", "nope")),
    EventFilter(countries=("RU", "UA")),
    EventFilter(text="  WONSAN  saturday "),
    EventFilter(text="rubio"),
    EventFilter(modes=("planned",)),
    EventFilter(sources=("Other paper",)),
    EventFilter(min_confidence=0.5),
    EventFilter(area=(45.0, 30.0, 55.0, 40.0)),
    EventFilter(actors=("Russia", "North Korea"), countries=("RU",), date_from=D(2025, 7, 31)),
]


@pytest.mark.parametrize("flt", INDEX_FILTERS)
def test_index_selects_what_filter_events_keeps(event_records: list[dict[str, Any]], flt: EventFilter) -> None:
    records = [dict(r) for r in event_records]
    records[1]["mode"] = "planned"
    records[2]["source_title"] = "Other paper"
    records[3]["confidence"] = 0.2
    records[0]["date_start"], records[0]["date_end"] = "2025-07-13", "2025-07-12"  # reversed interval
    index = RecordIndex(records)
    assert ids(index.select(index.positions(flt))) == ids(filter_events(records, flt))


def test_index_matches_filter_events_on_many_random_records() -> None:
    import random

    rng = random.Random(5)
    records = [{"id": f"e{i}", "event_type": rng.choice(["meet", "attack", None]), "actors": [f"a{rng.randrange(9)}"],
                "date_start": rng.choice([None, f"2025-0{rng.randrange(1, 9)}-1{rng.randrange(10)}"]),
                "date_end": rng.choice([None, f"2025-0{rng.randrange(1, 9)}-2{rng.randrange(9)}"]),
                "lat": rng.choice([None, rng.uniform(-60, 60)]), "lon": rng.uniform(-170, 170),
                "country_code": rng.choice(["RU", "UA", None]), "confidence": rng.random(),
                "sentence": f"sentence {i}"} for i in range(3000)]
    index = RecordIndex(records)
    for flt in [EventFilter(date_from=D(2025, 3, 1), date_to=D(2025, 5, 1), include_undated=False),
                EventFilter(date_from=D(2025, 4, 1), actors=("a1", "a2")), EventFilter(text="sentence 1"),
                EventFilter(area=(0.0, -50.0, 40.0, 50.0), event_types=("attack",), min_confidence=0.3)]:
        assert ids(index.select(index.positions(flt))) == ids(filter_events(records, flt))


def test_area_filter_round_trips_through_the_query_string() -> None:
    flt = EventFilter(area=(38.5, 127.0, 40.0, 128.5))
    assert view_to_query(flt) == {"area": ["38.5,127,40,128.5"]}
    assert view_from_query(view_to_query(flt))[0] == flt
    assert parse_area("1,2,3") is None and parse_area("40,0,30,10") is None and parse_area("a,b,c,d") is None
    assert flt.active


def test_record_index_names_and_start_days() -> None:
    import numpy as np

    records = [{"id": "a", "event_type": "visit", "country_code": "KP", "date_start": "2025-07-11",
                "date_end": "2025-07-12"},
               {"id": "b", "event_type": None, "country_code": None, "date_start": "2025-07-14",
                "date_end": "2025-07-14"}]
    index = RecordIndex(records)
    both = np.array([1, 0])
    assert index.names("event_type", both, empty="event") == ["event", "visit"]
    assert index.names("country", both, empty="none") == ["none", "KP"]
    assert index.start_days(both).tolist() == [dt.date(2025, 7, 14), dt.date(2025, 7, 11)]


# -- hand-edited links: every bad value ignored, and said so (#18.9) --------------------------

@pytest.mark.parametrize("query, notice", [
    ({"minconf": ["nan"]}, "minconf=nan ignored"),
    ({"minconf": ["-0.5"]}, "minconf=-0.5 ignored"),
    ({"minconf": ["1e999"]}, "minconf=1e999 ignored"),
    ({"minconf": ["lots"]}, "minconf=lots ignored"),
    ({"from": ["2025-02-30"]}, "from=2025-02-30 ignored"),
    ({"to": ["20250701"]}, "to=20250701 ignored"),
    ({"undated": ["no"]}, "undated=no ignored"),
    ({"area": ["1,2,3"]}, "area=1,2,3 ignored"),
    ({"area": ["0,0,nan,1"]}, "area=0,0,nan,1 ignored"),
])
def test_bad_query_values_are_ignored_with_a_notice(query, notice) -> None:
    notices: list[str] = []
    flt, _ = view_from_query(query, notices=notices)
    assert flt == EventFilter()
    assert len(notices) == 1 and notices[0].startswith(notice)


def test_good_query_values_give_no_notice() -> None:
    notices: list[str] = []
    flt, selected = view_from_query({"minconf": ["0.25"], "from": ["2025-07-01"], "to": ["2025-07-31"],
                                     "undated": ["0"], "area": ["38.5,127,40,128.5"], "event": ["e1"]},
                                    notices=notices)
    assert notices == [] and selected == "e1"
    assert (flt.min_confidence, flt.date_from, flt.date_to, flt.include_undated, flt.area) == (
        0.25, dt.date(2025, 7, 1), dt.date(2025, 7, 31), False, (38.5, 127.0, 40.0, 128.5))


def test_language_is_a_facet_a_filter_and_part_of_the_url() -> None:
    records = [{"id": "a", "event_type": "visit", "language": "ru"}, {"id": "b", "event_type": "visit"},
               {"id": "c", "event_type": "meet", "language": "ko"}]
    assert facets(records).languages == ("en", "ko", "ru")  # a record without one is English
    flt = EventFilter(languages=("ru", "en"))
    assert [r["id"] for r in filter_events(records, flt)] == ["a", "b"]
    assert [records[i]["id"] for i in RecordIndex(records).positions(flt)] == ["a", "b"]
    query = view_to_query(flt)
    assert query == {"lang": ["ru", "en"]}
    assert view_from_query(query)[0] == flt


def test_a_searched_words_answer_is_kept_and_never_changed() -> None:
    from timeline.view import filters

    records = [{"id": f"e{i}", "sentence": f"sentence {i} in Kharkiv" if i % 2 else f"sentence {i}"} for i in range(40)]
    index = RecordIndex(records)
    for text in ("kharkiv", "kharkiv 1", "sentence 1 kharkiv", "kharkiv"):  # typed word by word
        flt = EventFilter(text=text)
        assert ids(index.select(index.positions(flt))) == ids(filter_events(records, flt))
    hits = index._contains("kharkiv")
    assert index._contains("kharkiv") is hits and not hits.flags.writeable
    for n in range(filters.WORD_HITS_KEPT + 5):
        index._contains(f"word{n}")
    assert len(index._word_hits) == filters.WORD_HITS_KEPT and "kharkiv" not in index._word_hits
