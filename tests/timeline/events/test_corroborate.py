from __future__ import annotations

import datetime as dt

from timeline.events.corroborate import corroborate, same_happening
from timeline.model import parties


def record(**fields):
    base = dict(id="e", article_id="a1", event_type="visit", mode="asserted", actor1="Keith Kellogg",
                actor2=None, actors=["Keith Kellogg"], lat=50.45, lon=30.52, geonameid=703448,
                country_code="UA", geo_precision="city", place_name="Kyiv", date_start="2025-07-14",
                date_end="2025-07-14", date_precision="day", confidence=0.7, sentence="Kellogg arrived in Kyiv.",
                source_title="A", source_url="https://example.org/a", published="2025-07-14")
    base.update(fields)
    return base


def test_two_articles_reporting_one_visit_become_one_event_with_both_sources() -> None:
    first = record(id="e1")
    second = record(id="e2", article_id="a2", actor1=None, actors=[], geonameid=690791, lat=49.0, lon=32.0,
                    geo_precision="country", place_name="Ukraine", date_start="2025-07-01", date_end="2025-07-31",
                    date_precision="month", source_title="B")
    [merged] = corroborate([second, first])
    assert merged["corroboration"] == 2
    assert {s["id"] for s in merged["sources"]} == {"e1", "e2"}
    assert merged["place_name"] == "Kyiv" and merged["geo_precision"] == "city"
    assert merged["date_precision"] == "day" and merged["actor1"] == "Keith Kellogg"


def test_events_of_one_article_are_not_merged_again() -> None:
    assert len(corroborate([record(id="e1"), record(id="e2")])) == 2


def test_strikes_on_different_cities_or_days_stay_apart() -> None:
    strike = record(event_type="attack", actor1="Russia", place_name="Chernivtsi", geonameid=710719)
    other_city = record(event_type="attack", actor1="Russia", article_id="a2", place_name="Lutsk", geonameid=702550)
    other_day = record(event_type="attack", actor1="Russia", article_id="a3", geonameid=710719,
                       date_start="2025-07-10", date_end="2025-07-10")
    assert not same_happening(strike, other_city)
    assert not same_happening(strike, other_day)
    assert len(corroborate([strike, other_city, other_day])) == 3


def test_different_modes_or_undated_mentions_stay_apart() -> None:
    assert not same_happening(record(), record(article_id="a2", mode="planned"))
    assert not same_happening(record(), record(article_id="a2", date_precision="unknown"))


def test_a_meeting_has_no_direction() -> None:
    a = record(event_type="meet", actor1="Kim Jong Un", actor2="Sergei Lavrov", place_name="Wonsan", geonameid=1)
    b = record(event_type="meet", actor1="Sergei Lavrov", actor2="Kim Jong Un", place_name="Wonsan", geonameid=1,
               article_id="a2")
    c = record(event_type="meet", actor1="Marco Rubio", actor2="Sergei Lavrov", place_name="Wonsan", geonameid=1,
               article_id="a3", date_start="2025-07-20", date_end="2025-07-20")
    assert same_happening(a, b)
    assert not same_happening(a, c)


def _naive_corroborate(records):
    """The specification: each record joins the earliest merged event it is the same
    happening as, comparing with every merged event."""
    from timeline.events.corroborate import DATE_KEYS, DATE_RANK, GEO_RANK, PLACE_KEYS, same_happening

    merged = []
    for record in records:
        source = {key: record.get(key) for key in ("id", "article_id", "source_title", "source_url",
                                                   "published", "sentence")}
        twin = next((m for m in merged if record.get("article_id") not in m["_articles"]
                     and same_happening(m, record)), None)
        if twin is None:
            merged.append(dict(record, sources=[source], _articles={record.get("article_id")}))
            continue
        twin["sources"].append(source)
        twin["_articles"].add(record.get("article_id"))
        twin["actor1"] = twin.get("actor1") or record.get("actor1")
        twin["actor2"] = twin.get("actor2") or record.get("actor2")
        if GEO_RANK.get(record.get("geo_precision") or "", 9) < GEO_RANK.get(twin.get("geo_precision") or "", 9):
            twin.update({key: record.get(key) for key in PLACE_KEYS})
        if DATE_RANK.get(record.get("date_precision") or "", 9) < DATE_RANK.get(twin.get("date_precision") or "", 9):
            twin.update({key: record.get(key) for key in DATE_KEYS})
        twin["confidence"] = round(min(0.99, float(twin.get("confidence") or 0) + 0.05), 2)
    for item in merged:
        item["corroboration"] = len(item.pop("_articles"))
        doer, target = item.get("actor1"), item.get("actor2")
        item["actors"] = parties(doer, target) if doer or target else list(item.get("actors") or [])
    return merged


def test_indexed_merge_equals_comparing_with_every_event() -> None:
    import random

    rng = random.Random(11)
    places = [(101, "UA", "city"), (102, "UA", "city"), (None, "UA", "country"), (201, "KP", "city"),
              (None, "KP", "country"), (301, "RU", "admin1"), (None, None, None)]
    spans = [0, 0, 0, 2, 20, 45, 400, 900]  # days: a day, a few, a month or two, over a year
    for trial in range(60):
        records = []
        for i in range(rng.randrange(5, 80)):
            gid, cc, precision = rng.choice(places)
            first = dt.date(2024, 12, 20) + dt.timedelta(days=rng.randrange(80))
            last = first + dt.timedelta(days=rng.choice(spans))
            day, end = (first, last) if rng.random() < 0.5 else (first.isoformat(), last.isoformat())
            records.append({
                "id": f"e{trial}-{i}", "article_id": f"a{rng.randrange(6)}",
                "event_type": rng.choice(["attack", "meet", "visit", "agree"]), "mode": rng.choice(["asserted", "planned"]),
                "actor1": rng.choice([None, "Russia", "Kim Jong Un", "Sergey Lavrov"]),
                "actor2": rng.choice([None, "Russia", "Sergey Lavrov"]),
                "lat": None if cc is None else 50.0, "lon": None if cc is None else 30.0, "geonameid": gid,
                "country_code": cc, "geo_precision": precision, "place_name": f"p{gid}",
                "date_start": day, "date_end": end, "date_precision": rng.choice(["day", "day", "month", "unknown"]),
                "confidence": 0.5})
        assert corroborate([dict(r) for r in records]) == _naive_corroborate([dict(r) for r in records])


def test_merging_a_large_store_is_not_quadratic() -> None:
    records = [{"id": f"e{i}", "article_id": f"a{i // 5}", "event_type": "attack", "mode": "asserted",
                "actor1": "Russia", "lat": 50.0, "lon": 30.0, "geonameid": 1000 + i % 4000,
                "country_code": "UA", "geo_precision": "city", "date_start": "2025-07-01",
                "date_end": "2025-07-01", "date_precision": "day", "confidence": 0.5} for i in range(20_000)]
    merged = corroborate(records)  # comparing with every event would take minutes here
    assert len(merged) == 4000 and {m["corroboration"] for m in merged} == {5}


def test_merging_many_country_level_events_of_one_country_is_not_quadratic() -> None:
    """Every event is a candidate for every other by place here; months and doers narrow it."""
    records = [{"id": f"e{i}", "article_id": f"a{i}", "event_type": "statement", "mode": "asserted",
                "actor1": f"actor {i % 40}", "lat": 49.0, "lon": 32.0, "geonameid": None,
                "country_code": "UA", "geo_precision": "country",
                "date_start": (dt.date(2025, 1, 1) + dt.timedelta(days=(i // 40) % 200)).isoformat(),
                "date_end": (dt.date(2025, 1, 1) + dt.timedelta(days=(i // 40) % 200)).isoformat(),
                "date_precision": "day", "confidence": 0.5} for i in range(40_000)]
    merged = corroborate(records)  # about 10^8 comparisons with a per-country index alone
    assert len(merged) == 40 * 200 and {m["corroboration"] for m in merged} == {5}
