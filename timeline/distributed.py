"""Extraction on a Dask cluster (``--engine dask [--scheduler ADDRESS]``).

The same unit of work as ``--workers`` (:func:`timeline.pipeline.extract_batch` over a
batch of articles) runs as Dask tasks; results stream back to this process, which
writes the store one transaction per article, exactly as the local engine does, so the
events are the same. With ``parquet_dir`` each task also writes its events as one
GeoParquet partition (``part-<first article id>.parquet``, points in WGS 84, unlocated
events with an empty geometry) straight from the worker: on a real cluster give a path
every worker can write (a shared file system, or an ``s3://`` URL with s3fs installed).
Without a scheduler address a ``LocalCluster`` of ``workers`` processes is started and
stopped here. Every worker needs this package and a spaCy model installed; the model is
loaded once per worker process (on its first task).

Example::

    for article_id, events in extract_with_dask(articles, scheduler="tcp://10.0.0.5:8786"):
        ...
"""
from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator, Sequence
from typing import Any

from timeline.errors import InputError
from timeline.model import Article, Event
from timeline.parallel import batches

logger = logging.getLogger(__name__)

# Columns kept as they are; the others (lists and dicts) are stored as JSON text.
_SCALAR_COLUMNS = ("id", "event_type", "date_start", "date_end", "date_precision", "date_text", "lat", "lon",
                   "place_name", "country_code", "geo_precision", "sentence", "start", "end", "confidence",
                   "actor1", "actor2", "mode", "trigger", "geonameid", "place_text", "date_derivation",
                   "place_derivation", "article_id", "source_url", "source_title", "published")


def events_frame(records: Sequence[dict[str, Any]]):
    """A GeoDataFrame (EPSG:4326) of event records: one row per event, geometry None when unlocated."""
    import geopandas
    from shapely.geometry import Point

    rows = []
    geometry = []
    for record in records:
        row = {key: record.get(key) for key in _SCALAR_COLUMNS}
        row["event_id"] = row.pop("id")
        row["actors"] = json.dumps([a if isinstance(a, str) else getattr(a, "name", str(a))
                                    for a in record.get("actors") or []], ensure_ascii=False)
        for key in ("evidence", "actor_details", "origin"):
            row[key] = json.dumps(record.get(key), ensure_ascii=False, default=str)
        lat, lon = record.get("lat"), record.get("lon")
        geometry.append(Point(round(lon, 6), round(lat, 6)) if lat is not None and lon is not None else None)
        rows.append(row)
    columns = ["event_id"] + [c for c in _SCALAR_COLUMNS if c != "id"] + ["actors", "evidence", "actor_details",
                                                                          "origin"]
    return geopandas.GeoDataFrame(rows, columns=columns, geometry=geometry, crs="EPSG:4326")


def write_partition(records: Sequence[dict[str, Any]], directory: str, name: str) -> str:
    """Write one GeoParquet partition ``directory/part-<name>.parquet``; return its path."""
    path = f"{directory.rstrip('/')}/part-{name}.parquet"
    if "://" not in directory:
        os.makedirs(directory, exist_ok=True)
    events_frame(records).to_parquet(path, index=False)
    return path


def _task(articles: list[Article], parquet_dir: str | None) -> list[tuple[str, list[Event]]]:
    from timeline.pipeline import extract_batch

    results = extract_batch(articles)
    if parquet_dir is not None:
        records = [event.to_dict() for _, events in results for event in events]
        write_partition(records, parquet_dir, articles[0].id)
    return results


def extract_with_dask(articles: Sequence[Article], *, scheduler: str | None = None, workers: int = 2,
                      parquet_dir: str | None = None) -> Iterator[tuple[str, list[Event]]]:
    """``(article id, events)`` for every article, in completion order, computed on Dask."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise InputError("--engine dask needs dask.distributed: pip install 'dask[distributed]'") from None

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            cluster = LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.WARNING)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise InputError(f"cannot reach the Dask scheduler {scheduler or 'LocalCluster'} ({exc})") from None
    env = {key: value for key, value in os.environ.items() if key == "TIMELINE_FAKE_EXTRACTOR"}
    try:
        if env:
            client.run(os.environ.update, env)
        futures = [client.submit(_task, group, parquet_dir, pure=False) for group in batches(articles)]
        for future in as_completed(futures):
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
