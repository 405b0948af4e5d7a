from __future__ import annotations

from timeline.corroborate import corroborate, same_happening


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
