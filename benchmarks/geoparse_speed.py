"""Geoparser speed and memory: cold start of a fresh process, resident memory, words/s.

    python benchmarks/geoparse_speed.py [--docs N]

Cold start is measured in a new Python process: import of ``geodata`` plus the first
``geoparse`` call (spaCy model load and gazetteer open included). The install steps are
done beforehand and reported separately: the gazetteer index build, and the bytecode of
the project's modules (the README's install compiles it, as pip does for installed packages).
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = ("North Korean leader Kim Jong Un met Russian Foreign Minister Sergei Lavrov in Wonsan "
          "on Saturday, days after Ukrainian forces left Russia's Kursk region near Sudzha. ")

_CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from geodata import geoparse
t_import = time.perf_counter() - t0
geoparse(sys.argv[1])
t_first = time.perf_counter() - t0
t1 = time.perf_counter()
from geodata.language.pipeline import load_pipeline
load_pipeline(with_parser=False)
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"import_s": t_import, "first_call_s": t_first, "peak_rss_mb": rss_mb}))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=40, help="documents for the throughput run")
    ap.add_argument("--runs", type=int, default=5, help="fresh processes for the cold start")
    args = ap.parse_args()
    sys.path.insert(0, ROOT)
    from machine import machine_speed_s

    from geodata.gazetteer import index as gazetteer

    t0 = time.perf_counter()
    existed = gazetteer.index_path().exists()
    gazetteer.ensure_index()
    build_s = time.perf_counter() - t0
    print(f"gazetteer index        {gazetteer.index_path()} "
          f"({os.path.getsize(gazetteer.index_path()) / 1e6:.0f} MB, "
          f"{'already built' if existed else f'built in {build_s:.1f} s'})")

    compiled = all(compileall.compile_dir(os.path.join(ROOT, package), quiet=1) for package in ("geodata", "timeline"))
    print(f"bytecode               geodata, timeline {'compiled' if compiled else 'NOT compiled (errors above)'}")

    env = dict(os.environ, PYTHONPATH=ROOT)
    code = "import time; t=time.perf_counter(); import spacy; from geodata.language.pipeline import load_pipeline; load_pipeline(with_parser=False); print(time.perf_counter()-t)"
    spacy_s, children = [], []
    for _ in range(args.runs):  # fresh processes; the median is robust to a busy machine
        spacy_s.append(float(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                                            text=True, check=True).stdout))
        children.append(json.loads(subprocess.run([sys.executable, "-c", _CHILD, SAMPLE], env=env,
                                                  capture_output=True, text=True, check=True).stdout))
    first = [c["first_call_s"] for c in children]
    print(f"cold start (import+1st) {statistics.median(first):.2f} s median of {args.runs} "
          f"(min {min(first):.2f}; import geodata {statistics.median(c['import_s'] for c in children):.2f} s; "
          f"plain 'import spacy', CLI included, + load {statistics.median(spacy_s):.2f} s; "
          f"ratio {statistics.median(first) / statistics.median(spacy_s):.2f})")
    print(f"machine speed          3 million squares summed in {machine_speed_s():.3f} s (0.19 s at its usual speed)")
    print(f"peak resident memory   {max(c['peak_rss_mb'] for c in children):.0f} MB")

    from geodata import geoparse

    docs = [SAMPLE * 20] * args.docs
    geoparse(docs[0])
    words = sum(len(d.split()) for d in docs)
    t0 = time.perf_counter()
    for d in docs:
        geoparse(d)
    seconds = time.perf_counter() - t0
    print(f"throughput             {words / seconds:,.0f} words/s ({args.docs} docs, {words} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
