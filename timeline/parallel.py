"""Extraction in a pool of processes (``--workers N``): one spaCy pipeline per worker.

Articles go to the workers in small batches (each parsed with ``nlp.pipe``); results come
back as they finish and the calling process writes them, so the store has one writer and
one transaction per article. At most ``2 × workers`` batches are in flight, which bounds
memory on big inputs. Workers are started with ``spawn`` (no inherited locks or threads;
the same on every platform) and load the model once, in their initializer.

Example (from an importable module; spawned workers re-import it)::

    for article_id, events in extract_in_processes(articles, workers=2):
        store.add_article(by_id[article_id], events)
"""
from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from timeline.errors import TimelineError
from timeline.model import Article, Event

logger = logging.getLogger(__name__)

BATCH_WORDS = 2_000  # about ten news articles: enough for nlp.pipe, small enough to balance


def batches(articles: Sequence[Article], *, max_words: int = BATCH_WORDS) -> Iterator[list[Article]]:
    """Consecutive groups of articles of at most ``max_words`` words (one article may exceed it)."""
    group: list[Article] = []
    words = 0
    for article in articles:
        n = len(article.text.split())
        if group and words + n > max_words:
            yield group
            group, words = [], 0
        group.append(article)
        words += n
    if group:
        yield group


def _warm_up() -> None:
    if not os.environ.get("TIMELINE_FAKE_EXTRACTOR"):
        from timeline.nlp import warm_up

        warm_up()


def _run_batch(articles: list[Article]) -> list[tuple[str, list[Event]]]:
    from timeline.pipeline import extract_batch

    return extract_batch(articles)


def start_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes, each with the spaCy pipeline loaded."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_warm_up)


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
        pending.add(executor.submit(_run_batch, group))
        if len(pending) >= 2 * workers:
            yield from _finished(pending)
    while pending:
        yield from _finished(pending)


def _finished(pending: set[Future]) -> Iterator[tuple[str, list[Event]]]:
    done, _ = wait(pending, return_when=FIRST_COMPLETED)
    pending.difference_update(done)
    for future in done:
        yield from future.result()
