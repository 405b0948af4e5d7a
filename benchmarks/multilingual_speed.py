"""Load time and memory of each language's pipeline, each in a fresh process.

    python benchmarks/multilingual_speed.py [--runs 3]

For every language: the time from a bare interpreter to the pipeline loaded, the names index
opened and one sentence read (places, dates, events), and the process's resident memory
(RSS) then; the median of ``--runs`` fresh processes. English (spaCy's pipeline and the main
index) is measured the same way for scale. A language is loaded only when an article in it
arrives, so an English-only run pays none of these.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = {
    "en": "Russian Foreign Minister Sergei Lavrov arrived in Wonsan on Friday.",
    "ru": "Министр иностранных дел России Сергей Лавров в пятницу прибыл в Вонсан.",
    "uk": "Міністр закордонних справ Росії Сергій Лавров у пʼятницю прибув до Вонсана.",
    "ko": "라브로프 외무장관은 11일 원산에 도착했다.",
    "fr": "Le ministre russe Sergueï Lavrov est arrivé vendredi à Wonsan.",
    "es": "El ministro ruso Serguéi Lavrov llegó el viernes a Wonsan.",
}
PROBE = """
import json, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
import psutil
from timeline import extract_events
language, sentence = {language!r}, {sentence!r}
if language == "en":
    from geodata.language.pipeline import load_pipeline
    load_pipeline()
else:
    from geodata.language.native import load_pipeline
    from geodata.gazetteer.names import get_names
    load_pipeline(language)
    get_names()
loaded = time.perf_counter() - t0
events = extract_events(sentence, published="2025-07-13")
first = time.perf_counter() - t0
print(json.dumps({{"load": loaded, "first": first, "rss": psutil.Process().memory_info().rss / 2**20,
                  "events": [e.event_type for e in events], "language": events[0].language if events else None}}))
"""


def measure(language: str, runs: int) -> dict:
    results = []
    for _ in range(runs):
        code = PROBE.format(root=str(ROOT), language=language, sentence=SENTENCES[language])
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {key: statistics.median(r[key] for r in results) for key in ("load", "first", "rss")} | {
        "events": results[-1]["events"], "language": results[-1]["language"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("languages", nargs="*", default=list(SENTENCES))
    args = parser.parse_args(argv)
    for language in args.languages:
        r = measure(language, args.runs)
        print(f"{language}: load {r['load']:.2f} s (import, pipeline, index), first sentence done at {r['first']:.2f} s, "
              f"RSS {r['rss']:.0f} MB; events {r['events']} ({r['language']}); median of {args.runs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
