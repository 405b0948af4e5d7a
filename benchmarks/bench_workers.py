#!/usr/bin/env python3
"""Extraction throughput with 1 and N worker processes (and optionally Dask), in words/s.

    python benchmarks/bench_workers.py [--docs 120] [--workers 2] [--rounds 2] [--dask]

Reads LGL news texts from ../shared/eval/data/lgl.jsonl at run time (nothing copied).
"1 worker" is the in-process path of ``extract --workers 1`` (batches, as the workers get); "N workers" is
``extract_in_processes`` on a pool started and warmed up beforehand (its start-up time is
printed separately, as is an end-to-end figure that includes it). ``--dask`` also times
``engine="dask"`` on a LocalCluster of N processes, start-up included. The store is left
out: writing is the same in every engine and small next to extraction. The ratio means
something only on an otherwise idle machine with at least N cores.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from concurrent.futures import wait
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LGL = ROOT.parent / "shared" / "eval" / "data" / "lgl.jsonl"


def load_articles(limit: int):
    from timeline.sources.ingest import from_text

    articles = []
    with LGL.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            articles.append(from_text(record["text"], published=record.get("published") or "2009-01-01",
                                      title=record.get("title"), source="lgl"))
            if len(articles) >= limit:
                break
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=120)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--dask", action="store_true")
    args = parser.parse_args(argv)

    from timeline.events.nlp import warm_up
    from timeline.run.parallel import extract_in_processes, start_pool
    from timeline.run.pipeline import ingest_articles
    from timeline.run.work import events_of, extract_batch

    articles = load_articles(args.docs)
    words = sum(len(a.text.split()) for a in articles)
    print(f"docs {len(articles)}  words {words}  cpus {os.cpu_count()}  load average {os.getloadavg()[0]:.2f}"
          " (other processes running skew the ratio)")

    warm_up()
    for article in articles[:3]:
        events_of(article)
    started = time.perf_counter()
    pool = start_pool(args.workers)
    wait([pool.submit(extract_batch, [a]) for a in articles[:2 * args.workers]])
    startup = time.perf_counter() - started

    import psutil

    children = [psutil.Process(pid) for pid in pool._processes]  # noqa: SLF001 (benchmark only)

    def worker_cpu() -> list[float]:
        return [sum(child.cpu_times()[:2]) for child in children]

    one, many, cpu_one, cpu_many = [], [], [], []
    try:
        for _ in range(args.rounds):  # alternate, so that load from elsewhere hits both alike
            t0, c0 = time.perf_counter(), time.process_time()
            n1 = len(ingest_articles(articles, workers=1).extracted)
            one.append(time.perf_counter() - t0)
            cpu_one.append(time.process_time() - c0)
            t0, before = time.perf_counter(), worker_cpu()
            n2 = sum(len(events) for _, events in extract_in_processes(articles, workers=args.workers, pool=pool))
            many.append(time.perf_counter() - t0)
            cpu_many.append(max(after - b for after, b in zip(worker_cpu(), before)))
            assert n1 == n2, (n1, n2)
    finally:
        pool.shutdown()
    t1, tn = statistics.median(one), statistics.median(many)
    c1, cn = statistics.median(cpu_one), statistics.median(cpu_many)
    print(f"workers 1            {words / t1:10.1f} words/s  ({t1:.2f} s, {n1} events)")
    print(f"workers {args.workers}            {words / tn:10.1f} words/s  ({tn:.2f} s)")
    print(f"ratio {args.workers}/1            {t1 / tn:10.2f}x  (wall clock)")
    print(f"cpu-time ratio {args.workers}/1   {c1 / cn:10.2f}x  (1 worker {c1:.2f} cpu-s; busiest of {args.workers} "
          f"workers {cn:.2f} cpu-s: the speed-up with one idle core per worker)")
    print(f"pool start-up        {startup:10.2f} s   (end-to-end {args.workers} workers: "
          f"{words / (tn + startup):.1f} words/s)")
    if args.dask:
        from dask.distributed import LocalCluster

        t0 = time.perf_counter()
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster:
            ingest_articles(articles[:2 * args.workers], None, engine="dask", scheduler=cluster.scheduler_address)
            dask_startup = time.perf_counter() - t0
            t0 = time.perf_counter()
            report = ingest_articles(articles, None, engine="dask", scheduler=cluster.scheduler_address)
            td = time.perf_counter() - t0
        print(f"dask LocalCluster {args.workers}  {words / td:10.1f} words/s  ({td:.2f} s, {len(report.extracted)} events;"
              f" vs local {args.workers} "
              f"workers {tn / td:.2f}x; cluster start-up and model load {dask_startup:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
