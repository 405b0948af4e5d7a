"""Train the Korean place-span model (:mod:`geodata.toponyms.korean_model`) from KLUE-NER *train*.

    python benchmarks/train_korean_places.py TRAIN_SENTENCES FORM_STATS [--out PATH] [--holdout]

Training data (not in this repository; give the paths):

- ``TRAIN_SENTENCES``: the 21,008 raw sentences of KLUE-NER v1.1 train, one ``id<TAB>sentence``
  a line: ``raw-sent/train-raw-sent.tsv`` of korean-named-entity/konne-prep @
  19abdc9e9d70d83ae47b96ecc3d41231e4c38681 (blob 599213483bc6912c88ed6be190599f59f9ecbc37; the
  KLUE train text with its format errors fixed: quotes, doubled spaces, Hangul jamo).
- ``FORM_STATS``: ``docs/stat/ne_form_label_freq.tsv`` of korean-named-entity/konec @
  b6c98a457f9b13379a815bb153ae94dee2872cd4 (blob c9dcf9e6caa90b7ee722e0fc20389117376e4e51):
  every entity text of konec (KLUE-NER's sentences annotated again with the 150 fine classes
  of the NIKL tag set) with its label and its count in **train** (``train_freq``) and in dev
  (``dev_freq``, never read here).

Both are CC BY-SA 4.0 (KLUE: Park et al., "KLUE: Korean Language Understanding Evaluation",
NeurIPS 2021 Datasets and Benchmarks; konec/konne-prep: korean-named-entity, License.md), and so
is the model file this script writes (it holds counts of train span texts). The labelled
train file ``klue-ner-v1.1_train.tsv`` itself could not be had here (every public copy found
is over the 4 MiB the snapshots hold), hence the reconstruction below. KLUE-NER dev is never read.

How the labels are rebuilt, per train sentence (Kiwi morphemes, as at run time):

1. every konec train entity text (any class) is matched longest first at morpheme boundaries;
2. a match's chance to be a place is its text's share of place labels among its train
   matches: ``place_count / max(entity_count, matches)``. Place labels are konec's LC classes
   (LCP_*, LCG_*, LC_*) and the artefacts KLUE counts as places: AF_ROAD, AF_BUILDING,
   AF_CULTURAL_ASSET (KLUE's LC covers 경복궁, 서울역 and 영동고속도로);
3. a candidate span (:func:`~geodata.toponyms.korean_model.candidates`) gets that chance when a
   match covers exactly it, else 0 (it is part of a longer entity, or no entity).

Then the lexicon sums each candidate text's chances (``[places, seen]``) and a logistic
regression (numpy, Adam, weight decay ``--l2``) learns from every candidate; the lexicon
features of a training sentence come from the other four fifths of train (cross-fitting), as
an unseen text's come from all of it. ``--rounds`` re-estimates the labels from the model's own
predictions, each text keeping its number of places (learning from label proportions: konec
says how often "북한" was a place and how often an organisation, not which time was which).

``--holdout`` keeps a tenth of the sentences apart, fits on the rest and prints the
rebuilt-label span P/R/F1 for a few thresholds, alone and with the rules' places let in at a
lower one: the tuning split. The shipped settings are its best: weight decay 1e-5 (of 1e-3,
3e-4, 1e-4, 3e-5, 1e-5: F1 0.859, 0.876, 0.891, 0.899, 0.906), threshold 0.25 (0.2–0.5 tried),
3 rounds, no rules (letting their places in at 0.1 or 0.2 never helped: 0 to −0.007 F1).

Reproduce (≈45 s, Kiwi's reading of the sentences most of it; the same bytes each time):

    git -C KONNE_PREP show 19abdc9e9d70d83ae47b96ecc3d41231e4c38681:raw-sent/train-raw-sent.tsv > train-raw-sent.tsv
    git -C KONEC show b6c98a457f9b13379a815bb153ae94dee2872cd4:docs/stat/ne_form_label_freq.tsv > ne_form_label_freq.tsv
    python benchmarks/train_korean_places.py train-raw-sent.tsv ne_form_label_freq.tsv
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from dataclasses import dataclass
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geodata.language.analysis import Word  # noqa: E402
from geodata.toponyms.korean_model import (DATA_PATH, KoreanPlaceModel, Span, candidates,  # noqa: E402
                                           decode, features, index_view)

PLACE_LABELS = ("LCP_", "LCG_", "LC_", "AF_ROAD", "AF_BUILDING", "AF_CULTURAL_ASSET")
MAX_FORM = 25


def is_place(label: str) -> bool:
    return label.startswith(PLACE_LABELS)


def read_stats(path: Path) -> tuple[Counter, Counter]:
    places, entities = Counter(), Counter()
    with open(path, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        form_at, label_at, train_at = header.index("form"), header.index("label"), header.index("train_freq")
        for line in fh:
            row = line.rstrip("\n").split("\t")
            count = int(row[train_at])
            if count <= 0:
                continue
            entities[row[form_at]] += count
            if is_place(row[label_at]):
                places[row[form_at]] += count
    return places, entities


def analyse(path: Path) -> list[tuple[str, str, list[Word]]]:
    from geodata.language.native import load_pipeline

    pipeline = load_pipeline("ko")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            sid, text = line.rstrip("\n").split("\t", 1)
            analysis = pipeline.analyze(text)
            rows.append((sid, text, analysis.words, analysis))
    return rows


#: konec labels a film by its country as a whole ("한국영화", CV_ART); KLUE tags the country in it
#: as a place ("<유럽:LC>영화", klue-ner-v1_train_03698, quoted in konne-prep's klue-ner/README.md)
PLACE_IN = ("영화", " 영화")


def project(text: str, words: list[Word], entities: Counter, places: Counter) -> list[tuple[int, int, str]]:
    """Entity texts matched longest first, left to right, from a morpheme start to a morpheme end;
    the place in a "한국영화" stands for the match."""
    ends = {w.end for w in words}
    found, upto = [], 0
    for w in words:
        s = w.start
        if s < upto:
            continue
        for e in range(min(len(text), s + MAX_FORM), s, -1):
            if e in ends and text[s:e] in entities:
                form = text[s:e]
                inner = next((form[:-len(x)] for x in PLACE_IN if form.endswith(x) and places[form[:-len(x)]] > 0
                              and places[form] == 0), None)
                found.append((s, s + len(inner), inner) if inner else (s, e, form))
                upto = e
                break
    return found


@dataclass
class Candidate:
    sentence: int
    span: Span
    y: float  # its rebuilt chance to be a place
    view: tuple


def build(rows, places: Counter, entities: Counter, lookup) -> tuple[list[Candidate], dict[int, set]]:
    """Every candidate span of every sentence with its rebuilt label, and each sentence's
    rebuilt places (chance >= 0.5)."""
    matches = Counter()
    projected = []
    for _, text, words, _ in rows:
        found = project(text, words, entities, places)
        projected.append(found)
        matches.update(f for _, _, f in found)
    chance = {f: min(1.0, places[f] / max(entities[f], matches[f])) for f in places}
    known = lambda s: places.get(s, 0) > 0  # noqa: E731
    out: list[Candidate] = []
    gold: dict[int, set] = {}
    views: dict[str, tuple] = {}
    for k, ((_, text, words, _), found) in enumerate(zip(rows, projected)):
        exact = {(s, e): chance.get(f, 0.0) for s, e, f in found}
        gold[k] = {(s, e) for (s, e), p in exact.items() if p >= 0.5}
        for span in candidates(words, text, known):
            if span.text not in views:
                views[span.text] = index_view(lookup, span.text)
            out.append(Candidate(k, span, exact.get((span.start, span.end), 0.0), views[span.text]))
    return out, gold


def lexicon_of(cands: list[Candidate], sentences: set[int]) -> dict[str, list]:
    sums, seen = defaultdict(float), Counter()
    for c in cands:
        if c.sentence in sentences:
            sums[c.span.text] += c.y
            seen[c.span.text] += 1
    return {s: [round(sums[s], 2), n] for s, n in seen.items()}


def shipped(lexicon: dict[str, list]) -> dict[str, list]:
    """The entries worth shipping: texts seen as a place, or seen twice."""
    return {s: e for s, e in lexicon.items() if e[0] > 0 or e[1] >= 2}


def fit(rows: list[list[str]], y: np.ndarray, weight: np.ndarray, *, min_count: int = 2, l2: float = 1e-3,
        steps: int = 400, rate: float = 0.05) -> tuple[dict[str, float], float]:
    counts = Counter(f for r in rows for f in set(r))
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    idx = [np.array([vocab[f] for f in r if f in vocab], dtype=np.int64) for r in rows]
    lengths = np.array([len(a) for a in idx])
    flat = np.concatenate(idx)
    owner = np.repeat(np.arange(len(rows)), lengths)
    w = np.zeros(len(vocab))
    b = 0.0
    m, v, mb, vb = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    total = weight.sum()
    for t in range(1, steps + 1):
        z = b + np.bincount(owner, weights=w[flat], minlength=len(rows))
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        g = (p - y) * weight / total
        gw = np.bincount(flat, weights=g[owner], minlength=len(vocab)) + l2 * w
        gb = g.sum()
        m = 0.9 * m + 0.1 * gw
        v = 0.999 * v + 0.001 * gw * gw
        mb = 0.9 * mb + 0.1 * gb
        vb = 0.999 * vb + 0.001 * gb * gb
        corr = (1 - 0.9 ** t), (1 - 0.999 ** t)
        w -= rate * (m / corr[0]) / (np.sqrt(v / corr[1]) + 1e-8)
        b -= rate * (mb / corr[0]) / (np.sqrt(vb / corr[1]) + 1e-8)
    names = sorted(vocab, key=vocab.get)
    return {f: round(float(w[i]), 4) for f, i in zip(names, range(len(names))) if abs(w[i]) >= 1e-3}, float(b)


def fold_of(sid: str) -> int:
    return int(hashlib.md5(sid.encode()).hexdigest(), 16)


def train(rows, cands: list[Candidate], sentences: set[int], folds: int = 5, rounds: int = 0, l2: float = 1e-3) -> dict:
    """Weights fitted on the candidates of ``sentences``; the lexicon features of each come from
    the other folds (cross-fitting), as an unseen sentence's come from all of train.

    With ``rounds``, the labels are re-estimated that many times from the model's own
    predictions, keeping each text's total (learning from label proportions): konec says how
    often "북한" was a place and how often an organisation, not which time was which."""
    fold = {k: fold_of(rows[k][0]) // 10 % folds for k in sentences}
    lexicons = [shipped(lexicon_of(cands, {k for k in sentences if fold[k] != f})) for f in range(folds)]
    feats, y, texts = [], [], []
    for c in cands:
        if c.sentence not in sentences:
            continue
        _, text, words, _ = rows[c.sentence]
        lexicon = lexicons[fold[c.sentence]]
        feats.append(features(words, text, c.span, c.view, lexicon.get(c.span.text), lexicon))
        y.append(c.y)
        texts.append(c.span.text)
    y0 = np.array(y)
    labels = y0.copy()
    weights, bias = fit(feats, labels, np.ones(len(y)), l2=l2)
    groups = defaultdict(list)
    for n, (t, v) in enumerate(zip(texts, y0)):
        if v > 0:
            groups[t].append(n)
    for _ in range(rounds):
        model = KoreanPlaceModel({"lexicon": {}, "weights": weights, "bias": bias})
        for t, ns in groups.items():
            if len(ns) < 2:
                continue
            q = np.array([model.probability(feats[n]) for n in ns])
            total = y0[ns].sum()
            for _ in range(20):  # scale so that the text keeps its number of places
                scale = total / max(np.clip(q, 0, 1).sum(), 1e-9)
                q = np.clip(q * scale, 0, 1)
                if abs(q.sum() - total) < 1e-3:
                    break
            labels[ns] = q
        weights, bias = fit(feats, labels, np.ones(len(y)), l2=l2)
    return {"lexicon": shipped(lexicon_of(cands, sentences)), "weights": weights, "bias": round(bias, 4)}


def evaluate(model: KoreanPlaceModel, rows, cands: list[Candidate], gold: dict, test: set[int], index) -> dict:
    """Rebuilt-label span P/R/F1 on the ``test`` sentences for a few thresholds, alone and with
    the rules' places (:func:`geodata.toponyms.native._korean`) let in at a lower one."""
    from geodata.toponyms.native import _korean

    scored = defaultdict(list)
    for c in cands:
        if c.sentence in test:
            _, text, words, _ = rows[c.sentence]
            p = model.probability(features(words, text, c.span, c.view, model.lexicon.get(c.span.text), model.lexicon))
            scored[c.sentence].append((c.span, p))
    rules = {k: {(t.start, t.end) for t, (_, found) in _korean(rows[k][3], index) if t.role == "name" and found}
             for k in test}
    out = {}
    for threshold in (0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
        for vouch in (None, 0.1, 0.2):
            tp = fp = fn = 0
            for k in test:
                taken = {(s.start, s.end) for s, _ in decode(scored.get(k, []), threshold, rules[k], vouch)}
                g = gold.get(k, set())
                tp += len(g & taken)
                fp += len(taken - g)
                fn += len(g - taken)
            p = tp / max(tp + fp, 1)
            r = tp / max(tp + fn, 1)
            out[(threshold, vouch or 0.0)] = (p, r, 2 * p * r / max(p + r, 1e-9))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sentences", type=Path)
    parser.add_argument("stats", type=Path)
    parser.add_argument("--out", type=Path, default=DATA_PATH)
    parser.add_argument("--holdout", action="store_true", help="fit on 9/10 of the sentences, report on the rest")
    parser.add_argument("--threshold", type=float, default=0.25)
    parser.add_argument("--l2", type=float, default=1e-5, help="weight decay")
    parser.add_argument("--rounds", type=int, default=3, help="label re-estimation rounds")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    from geodata.gazetteer.names import get_names

    names = get_names()
    lookup = lambda key: names.lookup_keys([key], language="ko")  # noqa: E731
    places, entities = read_stats(args.stats)
    rows = analyse(args.sentences)
    print(f"{len(rows)} sentences, {len(places)} place texts, {len(entities)} entity texts; "
          f"Kiwi {time.perf_counter() - started:.0f} s", file=sys.stderr)
    cands, gold = build(rows, places, entities, lookup)
    print(f"{len(cands)} candidates, {sum(c.y >= 0.5 for c in cands)} mostly places", file=sys.stderr)
    everything = set(range(len(rows)))
    if args.holdout:
        test = {k for k in everything if fold_of(rows[k][0]) % 10 == 0}
        model = KoreanPlaceModel(train(rows, cands, everything - test, rounds=args.rounds, l2=args.l2))
        for (threshold, vouch), (p, r, f) in sorted(evaluate(model, rows, cands, gold, test, names).items()):
            rules = f", the rules' places from {vouch}" if vouch else ""
            print(f"holdout threshold {threshold}{rules}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
        return 0
    data = train(rows, cands, everything, rounds=args.rounds, l2=args.l2)
    data.update(threshold=args.threshold, meta={
        "trained_on": "KLUE-NER v1.1 train (21,008 sentences) via konne-prep raw-sent @ 19abdc9 and "
                      "konec docs/stat/ne_form_label_freq.tsv (train_freq) @ b6c98a4",
        "licence": "CC BY-SA 4.0", "script": "benchmarks/train_korean_places.py"})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(payload)  # mtime 0: the same data gives the same bytes
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB): {len(data['lexicon'])} texts, "
          f"{len(data['weights'])} weights; {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
