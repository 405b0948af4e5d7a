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
stopped here. The scheduler and every worker need this package installed (``pip install .``
in the project's folder: the scheduler unpickles the task graph, so it imports ``timeline``
too) and every worker a spaCy model; the model is loaded once per worker process (on its
first task). A scheduler that cannot import the project, and a cluster with no worker
left for :data:`NO_WORKERS_S` seconds (a worker that cannot import it stops), are one
line each (:class:`InputError`), not a traceback or a wait for ever.

Example::

    for article_id, events in extract_with_dask(articles, scheduler="tcp://10.0.0.5:8786"):
        ...
"""
from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from typing import Any

from timeline.errors import InputError
from timeline.model import Article, Event
from timeline.run.engines import register
from timeline.run.work import batches, extract_batch

logger = logging.getLogger(__name__)

NO_WORKERS_S = 30.0  # how long a run waits for a worker to (re)join before it gives up
INSTALL_HINT = "install the project there as on this machine (pip install . in its folder)"


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
        from dask.distributed import Client, LocalCluster
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
        yield from _results(client, futures, scheduler or "of the LocalCluster")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _results(client: Any, futures: list[Any], scheduler: str) -> Iterator[tuple[str, list[Event]]]:
    """The futures' results as they finish; an unimportable project, or no worker for
    :data:`NO_WORKERS_S` seconds, is an :class:`InputError`."""
    from dask.distributed import wait

    pending = set(futures)
    without_workers_since: float | None = None
    while pending:
        try:
            done, pending = wait(pending, timeout=2, return_when="FIRST_COMPLETED")
        except TimeoutError:  # nothing finished in those two seconds: look at the workers
            done = set()
        for future in done:
            try:
                yield from future.result()
            except RuntimeError as exc:
                if isinstance(exc.__cause__, ImportError) and "deserialization of the task graph" in str(exc):
                    raise InputError(f"the Dask scheduler {scheduler} cannot import this project "
                                     f"({exc.__cause__}): {INSTALL_HINT}") from None
                raise
            except ImportError as exc:
                raise InputError(f"a Dask worker cannot import this project ({exc}): {INSTALL_HINT}") from None
        if done or not pending:
            without_workers_since = None
        elif client.nthreads():
            without_workers_since = None
        elif without_workers_since is None:
            without_workers_since = time.monotonic()
        elif time.monotonic() - without_workers_since > NO_WORKERS_S:
            raise InputError(f"the Dask scheduler {scheduler} has had no worker for {NO_WORKERS_S:.0f} s "
                             f"(a worker that cannot import this project stops: {INSTALL_HINT})")
