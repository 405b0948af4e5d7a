"""Build the real-article event sets in Russian, Ukrainian, Spanish and Korean from offset-only annotations.

The annotations (``gold/<language>-<id>.json``, the format of ``benchmarks/realnews/build.py``
plus ``language``) hold character offsets into texts of the public gold sets kept outside the
repository (``/work/evaldata``: factRuEval-2016, NER-UK 2.0 — CC BY-NC-SA, evaluation only —,
MEANTIME, KLUE-NER); the texts are never copied here. This script joins each annotation with its
text, checks it with the real-news checker (../shared/eval/CODEBOOK.md's field rules) and writes
one JSONL per language for ``python ../shared/eval/run.py realnews --data FILE``.

    python benchmarks/realnews_multilingual/build.py [EVALDATA] [--out DIR]   # -> DIR/realnews-{ru,uk,es,ko}.jsonl
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"factru_test": "ru/factru_test.jsonl", "factru_dev": "ru/factru_dev.jsonl",
         "neruk2_test": "uk/neruk2_test.jsonl", "neruk2_dev": "uk/neruk2_dev.jsonl",
         "meantime_es_test": "es/meantime_es_test.jsonl", "klue_ner_dev": "ko/klue_ner_dev.jsonl"}


def _realnews_builder():
    spec = importlib.util.spec_from_file_location("realnews_build", HERE.parent / "realnews" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("evaldata", nargs="?", default="/work/evaldata", type=Path)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    if not args.evaldata.is_dir():
        print(f"{args.evaldata}: the evaluation data is not there (it is not in the repository)", file=sys.stderr)
        return 2
    realnews = _realnews_builder()
    texts: dict[str, dict[str, dict]] = {}
    by_language: dict[str, list[dict]] = {}
    failed = False
    for path in sorted((HERE / "gold").glob("*.json")):
        annotation = json.loads(path.read_text(encoding="utf-8"))
        source = annotation["source"]
        if source not in texts:
            with open(args.evaldata / FILES[source], encoding="utf-8") as fh:
                texts[source] = {str(d["id"]): d for d in map(json.loads, fh)}
        doc = texts[source].get(annotation["id"])
        if doc is None:
            print(f"{path.name}: no document {source}:{annotation['id']}", file=sys.stderr)
            failed = True
            continue
        errors = realnews.check(annotation, dict(doc, published=doc.get("published") or annotation["published"]))
        for error in errors:
            print(f"{path.name}: {error}", file=sys.stderr)
        failed |= bool(errors)
        if not errors:
            gold = realnews.gold_document(annotation, doc)
            gold["language"] = annotation["language"]
            by_language.setdefault(annotation["language"], []).append(gold)
    for language, docs in sorted(by_language.items()):
        target = args.out / f"realnews-{language}.jsonl"
        with target.open("w", encoding="utf-8") as fh:
            for doc in docs:
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"{language}: {len(docs)} articles, {sum(len(d['events']) for d in docs)} events -> {target}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
