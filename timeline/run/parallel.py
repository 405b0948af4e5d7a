"""Extraction in a pool of processes (``--workers N``): one spaCy pipeline per worker.

Articles go to the workers in small batches (each parsed with ``nlp.pipe``); results come
back as they finish and the calling process writes them, so the store has one writer and
one transaction per article. At most ``2 × workers`` batches are in flight, which bounds
memory on big inputs. Workers are started with ``spawn`` (no inherited locks or threads;
the same on every platform) and load the model once, in their initializer. Each worker
watches its parent and exits when it is gone (a ``kill -9`` of the command leaves no
worker, nor multiprocessing's resource tracker, which ends when they do).

Example (from an importable module; spawned workers re-import it)::

    for article_id, events in extract_in_processes(articles, workers=2):
        store.add_article(by_id[article_id], events)
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from timeline.errors import TimelineError
from timeline.model import Article, Event
from timeline.run.engines import register
from timeline.run.work import batches, extract_batch, warm_up

logger = logging.getLogger(__name__)

@register("local")
def extract_locally(articles: Sequence[Article], *, workers: int = 1, scheduler: str | None = None,
                    parquet_dir: str | None = None) -> Iterator[tuple[str, list[Event]]]:
    """The ``local`` engine: in this process for one worker (or one article), else in a pool
    of ``workers`` processes (:func:`extract_in_processes`)."""
    if workers > 1 and len(articles) > 1:
        return extract_in_processes(articles, workers=workers)
    return _extract_in_batches(articles)


def _extract_in_batches(articles: Sequence[Article]) -> Iterator[tuple[str, list[Event]]]:
    """In this process, a few articles at a time (the batches the workers get): parsed
    together, the models multiply larger matrices, about 1.5 times the words/s of one by
    one. A crash loses at most one batch's extraction, never a stored article."""
    for group in batches(articles):
        yield from extract_batch(group)


PARENT_CHECK_S = 0.5  # how often a worker looks whether its parent is still there


def start_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes, each with the spaCy pipeline loaded."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=start_worker, initargs=(os.getpid(),))


def start_worker(parent_pid: int) -> None:
    """A worker's initializer: watch the parent, then load the pipelines."""
    watch_parent(parent_pid)
    warm_up()


def watch_parent(parent_pid: int, *, every: float = PARENT_CHECK_S) -> threading.Thread:
    """End this process as soon as ``parent_pid`` is no longer its parent (it died and the
    process was handed to init): a daemon thread that looks every ``every`` seconds. A
    pool's own shutdown never gets the chance when its parent is killed."""
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(every)
        logger.warning("worker %d: parent %d is gone; exiting", os.getpid(), parent_pid)
        os._exit(1)

    watcher = threading.Thread(target=watch, name="watch-parent", daemon=True)
    watcher.start()
    return watcher


def extract_in_processes(articles: Sequence[Article], *, workers: int,
                         pool: ProcessPoolExecutor | None = None) -> Iterator[tuple[str, list[Event]]]:
    """``(article id, events)`` for every article, in completion order, from ``workers`` processes.

    ``pool`` reuses a started pool (benchmarks); otherwise one is started and shut down.
    A worker's exception is raised here, after the results already yielded; a worker that
    dies (killed, out of memory) is a :class:`TimelineError` saying how to resume.
    """
    own = pool is None
    executor = pool if pool is not None else start_pool(workers)
    pending: set[Future] = set()
    groups = batches(articles)
    try:
        yield from _collect(executor, groups, workers, pending)
    except BrokenProcessPool:
        raise TimelineError("a worker process died (killed or out of memory?); the articles stored so far are "
                            "kept: run the same command again to go on") from None
    finally:
        for future in pending:
            future.cancel()
        if own:
            executor.shutdown(wait=True, cancel_futures=True)


def _collect(executor: ProcessPoolExecutor, groups: Iterator[list[Article]], workers: int,
             pending: set[Future]) -> Iterator[tuple[str, list[Event]]]:
    """Submit the groups, at most ``2 × workers`` in flight; ``pending`` is shared with the caller."""
    for group in groups:
        pending.add(executor.submit(extract_batch, group))
        if len(pending) >= 2 * workers:
            yield from _finished(pending)
    while pending:
        yield from _finished(pending)


def _finished(pending: set[Future]) -> Iterator[tuple[str, list[Event]]]:
    done, _ = wait(pending, return_when=FIRST_COMPLETED)
    pending.difference_update(done)
    for future in done:
        yield from future.result()
