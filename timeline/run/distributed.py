"""Extraction on a Dask cluster (``--engine dask [--scheduler ADDRESS]``).

The same unit of work as ``--workers`` (:func:`timeline.run.work.extract_batch` over a
batch of articles) runs as Dask tasks; results stream back to this process, which
writes the store one transaction per article, exactly as the local engine does, so the
events are the same. With ``parquet_dir`` each task also writes its events as one
GeoParquet partition (``part-<first article id>.parquet``: WGS 84 points, the columns of
the local ``.parquet`` export, unlocated events left out as there) straight from the
worker: on a real cluster give a path every worker can write (a shared file system, or
an ``s3://`` URL with s3fs installed).
Without a scheduler address a ``LocalCluster`` of ``workers`` processes is started and
stopped here. Every worker needs this package and a spaCy model installed; the model is
loaded once per worker process (on its first task).

Example::

    for article_id, events in extract_with_dask(articles, scheduler="tcp://10.0.0.5:8786"):
        ...
"""
from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import Any

from timeline.errors import InputError
from timeline.model import Article, Event
from timeline.run.engines import register
from timeline.run.work import batches, extract_batch

logger = logging.getLogger(__name__)

def _column_kind(field: str) -> str:
    """'float' | 'int' | 'list' | 'string' for an :class:`Event` field, from its annotation."""
    annotation = str(Event.__annotations__.get(field, "str"))
    for kind in ("float", "int", "list"):
        if annotation.startswith(kind) or f"{kind} |" in annotation or f"| {kind}" in annotation:
            return kind
    return "string"


def events_frame(records: Sequence[dict[str, Any]]):
    """A GeoDataFrame (EPSG:4326) of the located records, with the columns of the local
    GeoParquet export (:mod:`geodata.export.formats`) and a fixed type per column, so that every
    partition of a dataset has the same schema whatever its values."""
    import geopandas
    import pandas
    from shapely.geometry import Point

    from geodata.export.formats import PROPERTY_FIELDS, to_geojson

    features = to_geojson(records)["features"]
    data: dict[str, Any] = {}
    for prop, field in PROPERTY_FIELDS.items():
        values = [feature["properties"].get(prop) for feature in features]
        kind = "list" if prop == "actors" else _column_kind(field)
        if kind == "list":
            data[prop] = pandas.Series([[str(v) for v in value or []] for value in values], dtype=object)
        elif kind in ("float", "int"):
            data[prop] = pandas.Series(values, dtype="Float64" if kind == "float" else "Int64")
        else:
            data[prop] = pandas.Series([None if v is None else str(v) for v in values], dtype="string")
    geometry = [Point(*feature["geometry"]["coordinates"]) for feature in features]
    return geopandas.GeoDataFrame(data, geometry=geopandas.GeoSeries(geometry, crs="EPSG:4326"))


def write_partition(records: Sequence[dict[str, Any]], directory: str, name: str) -> str | None:
    """Write the located records as ``directory/part-<name>.parquet``; return its path
    (None when no record has a location). ``directory`` may be any fsspec URL."""
    import fsspec

    frame = events_frame(records)
    if frame.empty:
        return None
    path = f"{directory.rstrip('/')}/part-{name}.parquet"
    filesystem, _, _ = fsspec.get_fs_token_paths(path)
    filesystem.makedirs(directory.rstrip("/"), exist_ok=True)
    with fsspec.open(path, "wb") as out:
        frame.to_parquet(out, index=False)
    return path


def _task(articles: list[Article], parquet_dir: str | None) -> list[tuple[str, list[Event]]]:
    results = extract_batch(articles)
    if parquet_dir is not None:
        records = [event.to_dict() for _, events in results for event in events]
        write_partition(records, parquet_dir, articles[0].id)
    return results


@register("dask", writes_partitions=True)
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
    try:
        futures = [client.submit(_task, group, parquet_dir, pure=False) for group in batches(articles)]
        for future in as_completed(futures):
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
