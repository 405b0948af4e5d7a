"""Extraction engines by name (``--engine local|dask``), filled by the engine modules.

An engine takes the articles to extract and yields ``(article id, events)`` as each batch
(:mod:`timeline.run.work`) finishes, in any order; :mod:`timeline.run.pipeline` picks one
by name and writes what it yields. Engines register themselves when their module is
imported (``timeline/run/__init__.py`` imports each), so the pipeline never imports them
and an engine never imports the pipeline.

Example (a new engine module, imported from ``timeline/run/__init__.py``)::

    @register("ray", writes_partitions=False)
    def extract_with_ray(articles, *, workers, scheduler, parquet_dir):
        ...
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from timeline.errors import InputError
from timeline.model import Article, Event

Results = Iterator[tuple[str, list[Event]]]
EngineRun = Callable[..., Results]


@dataclass(frozen=True)
class Engine:
    name: str
    #: ``run(articles, *, workers, scheduler, parquet_dir)``
    run: EngineRun
    #: whether the engine's workers also write GeoParquet partitions (``parquet_dir``)
    writes_partitions: bool = False


_ENGINES: dict[str, Engine] = {}


def register(name: str, *, writes_partitions: bool = False) -> Callable[[EngineRun], EngineRun]:
    """Register the decorated function as the engine ``name``."""
    def add(run: EngineRun) -> EngineRun:
        _ENGINES[name] = Engine(name, run, writes_partitions)
        return run
    return add


def names() -> tuple[str, ...]:
    return tuple(_ENGINES)


def get_engine(name: str) -> Engine:
    """The engine ``name``; an unknown name is a user error."""
    try:
        return _ENGINES[name]
    except KeyError:
        raise InputError(f"unknown engine {name!r}; use one of {', '.join(_ENGINES)}") from None


def run_engine(name: str, articles: Sequence[Article], *, workers: int, scheduler: str | None,
               parquet_dir: str | None) -> Results:
    """``(article id, events)`` of every article, from the engine ``name``."""
    return get_engine(name).run(articles, workers=workers, scheduler=scheduler, parquet_dir=parquet_dir)
