"""The engines agree: in-process, ``--workers 2`` processes and a 2-worker Dask LocalCluster
give the same events, and the parent writes the same store."""
from __future__ import annotations

import json

import pytest

from timeline.run.pipeline import ingest_articles
from timeline.run.work import batches
from timeline.sources.demo import load_demo_articles
from timeline.sources.ingest import from_text
from timeline.store.database import Store


def fake_articles(n: int):
    return [from_text(f"Report {i}\n\nCrews worked in district {i}.\nRain fell again.", published="2025-07-10")
            for i in range(n)]


def records(report) -> list[str]:
    return [json.dumps(event.to_dict(), sort_keys=True, default=str) for event in report.extracted]


def test_batches_keep_order_and_bound_words() -> None:
    articles = fake_articles(40)
    groups = list(batches(articles, max_words=50))
    assert [a for group in groups for a in group] == articles
    assert all(sum(len(a.text.split()) for a in group) <= 50 for group in groups)


def test_two_workers_store_what_one_stores(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TIMELINE_FAKE_EXTRACTOR", "fake")
    articles = fake_articles(60) + fake_articles(3)  # duplicates are extracted once
    with Store(tmp_path / "one.sqlite") as one, Store(tmp_path / "two.sqlite") as two:
        a = ingest_articles(articles, one, keep_events=True)
        b = ingest_articles(articles, two, keep_events=True, workers=2)
        assert records(a) == records(b) and len(records(a)) == 60 * 3
        assert (a.new_articles, b.new_articles) == (60, 60)
        assert one.events() == two.events()
        again = ingest_articles(articles, two, workers=2)
        assert (again.new_articles, again.new_events) == (0, 0)


@pytest.mark.slow
def test_real_extraction_is_the_same_in_processes_and_on_dask(tmp_path) -> None:
    articles = load_demo_articles()
    local = ingest_articles(articles, None)
    assert len(local.extracted) > len(articles)
    in_processes = ingest_articles(articles, None, workers=2)
    assert records(in_processes) == records(local)
    parts = tmp_path / "events.parquet"
    with Store(tmp_path / "dask.sqlite") as store:
        on_dask = ingest_articles(articles, store, keep_events=True, engine="dask", workers=2,
                                  parquet_dir=str(parts))
        assert records(on_dask) == records(local)
        assert [e["id"] for e in store.events()] == [e["id"] for e in
                                                    sorted((e.to_dict() for e in local.extracted),
                                                           key=lambda r: (r["published"], r["article_id"]))]
    import geopandas

    frame = geopandas.read_parquet(parts)  # every partition, one schema
    assert len(list(parts.glob("part-*.parquet"))) >= 2
    assert sorted(frame["event_id"]) == sorted(e.id for e in local.extracted if e.lat is not None)
    assert frame.crs.to_epsg() == 4326
    first = next(e for e in local.extracted if e.lat is not None)
    row = frame.set_index("event_id").loc[first.id]
    assert (round(row.geometry.x, 4), round(row.geometry.y, 4)) == (round(first.lon, 4), round(first.lat, 4))
