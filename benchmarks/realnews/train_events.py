"""Fit the event model (timeline/events/data/event_model.json) on the real-news set.

    python benchmarks/realnews/build.py                  # the splits, from the annotations
    python benchmarks/realnews/train_events.py           # fit on train, calibrate on dev, write the model
    python benchmarks/realnews/train_events.py --dry-run # print the figures, write nothing
    python benchmarks/realnews/train_events.py --no-held-out --train-split train,dev,dev3 --threshold-split dev,dev3 \
        --out /tmp/m.json                                # one fold of a check across splits: fit and choose the
                                                         # threshold on these, score the other splits with it
    python benchmarks/realnews/train_events.py --recalibrate  # after rule changes: refit the
                                                              # calibration on dev, dev2..dev21, keep the weights
    python benchmarks/realnews/train_events.py --place-only   # after place-rule or place-cue changes:
                                                              # refit only the place model on train
    python benchmarks/realnews/train_events.py --actor-only   # after doer-rule or doer-cue changes:
                                                              # refit only the actor model on train
    python benchmarks/realnews/train_events.py --cross-splits [--prior-l2 10]  # would a refit on more
                                                              # splits carry to splits left out? (prints only)
    python benchmarks/realnews/train_events.py --actor-only --actor-cues dep:,group_dep:  (e.g.)
                                                              # fit only those new doer cues' weights

1. Every candidate happening of every article (:func:`timeline.events.extract.candidate_events`)
   is labelled: real when its sentence overlaps a gold event's span and their types are
   compatible (the scorer's own test, ../shared/eval/realnews.py).
2. A logistic regression over the candidates' cues (:mod:`timeline.events.features`),
   L2-regularised, its strength chosen by 5-fold cross-validation over train articles,
   is fitted on the train split (Newton's method; numpy only).
3. On the dev split the thresholds (a candidate is a mention; a group of mentions is an
   event; two mentions are one happening) are the ones that give the best event F1 of the
   whole extraction, merging included; an event's confidence is calibrated there (isotonic:
   the share of dev events of its raw probability that matched a gold event), and the app's
   default minimum confidence is the lowest calibrated level of at least :data:`DISPLAY_CONFIDENCE`.
The devtest split is scored once at the end and never used for a choice.
"""
from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import re
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))

import realnews  # noqa: E402

from timeline.events.coref import pair_features  # noqa: E402
from timeline.events.extract import _same_happening, candidate_events, ranked_actor_options, select_events  # noqa: E402
from timeline.events.features import candidate_features, in_digest  # noqa: E402
from timeline.events.scoring import MODEL_PATH, EventModel, load_model  # noqa: E402

MIN_COUNT = 2  # a cue seen in fewer train candidates gets no weight
#: the app shows by default the events whose calibrated confidence is at least this: it
#: leaves out the band that is a coin toss on the development splits (about half real; the
#: "Show all events" toggle brings it back), not more: 0.7 would hide a third of the real events
DISPLAY_CONFIDENCE = 0.6


def load(split: str) -> list[dict]:
    path = HERE / f"{split}.jsonl"
    if not path.is_file():
        raise SystemExit(f"{path} is missing: run python benchmarks/realnews/build.py")
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def load_splits(names: str) -> list[dict]:
    """The articles of one split or of several joined by commas ("train,dev2")."""
    return [doc for name in names.split(",") for doc in load(name)]


def candidates_of(docs: list[dict]) -> list[tuple[dict, list]]:
    out = []
    for doc in docs:
        out.append((doc, candidate_events(doc["text"], published=doc["published"], title=doc.get("title"))))
    return out


def labelled(docs_candidates: list[tuple[dict, list]]) -> tuple[list[dict[str, float]], list[int], list[int]]:
    features, labels, groups = [], [], []
    for n, (doc, candidates) in enumerate(docs_candidates):
        golds = [dict(g, spans=[tuple(s) for s in g["spans"]]) for g in doc["events"]]
        for cue in candidates:
            pred = realnews.prediction(cue.event)
            pred["spans"] = pred["spans"][:1]
            features.append(candidate_features(cue))
            labels.append(int(any(realnews.edge(pred, g) for g in golds)))
            groups.append(n)
    return features, labels, groups


def gold_of(cue, golds: list[dict], *, attribution: bool = False) -> int | None:
    """The gold event a candidate mentions: its sentence overlaps the gold's spans and their
    types are compatible (an exact type first). With ``attribution``, a statement from a verb
    of saying also mentions a gold event of any type its sentence is a span of ("..., the
    ministry said" attributing a detail of an attack)."""
    pred = realnews.prediction(cue.event)
    pred["spans"] = pred["spans"][:1]
    linked = [j for j, g in enumerate(golds) if realnews.edge(pred, g)]
    exact = [j for j in linked if realnews.type_exact(pred, golds[j])]
    if not linked and attribution and cue.strength <= 0.3:
        linked = [j for j, g in enumerate(golds) if realnews.pred_overlaps(pred, g)]
    return (exact or linked or [None])[0]


def pairs(docs_candidates: list[tuple[dict, list]]) -> tuple[list[dict[str, float]], list[int], list[int]]:
    """Pair examples for the coreference model: each candidate that mentions a gold event,
    against each group of earlier mentions (grouped by their gold event), labelled 1 for
    its own group."""
    features, labels, groups = [], [], []
    for n, (doc, candidates) in enumerate(docs_candidates):
        golds = [dict(g, spans=[tuple(s) for s in g["spans"]]) for g in doc["events"]]
        built: dict[int, list] = {}
        for cue in candidates:
            g = gold_of(cue, golds, attribution=True)
            if g is None:
                continue
            for k, (gold, members) in enumerate(built.items()):
                features.append(pair_features(members, cue, first_group=k == 0, same_happening=_same_happening))
                labels.append(int(gold == g))
                groups.append(n)
            built.setdefault(g, []).append(cue)
    return features, labels, groups


def option_examples(docs_candidates: list[tuple[dict, list]], options_of, right
                    ) -> tuple[list[dict[str, float]], list[int], list[int]]:
    """Examples for a ranking model: every option (``options_of(candidate)``) of every
    candidate that mentions a gold event, labelled 1 when ``right(option, gold)``."""
    features, labels, groups = [], [], []
    for n, (doc, candidates) in enumerate(docs_candidates):
        golds = [dict(g, spans=[tuple(s) for s in g["spans"]]) for g in doc["events"]]
        for cue in candidates:
            g = gold_of(cue, golds)
            if g is None:
                continue
            for option in options_of(cue):
                features.append(option.features)
                labels.append(int(right(option, golds[g])))
                groups.append(n)
    return features, labels, groups


def place_examples(docs_candidates: list[tuple[dict, list]]) -> tuple[list[dict[str, float]], list[int], list[int]]:
    """Place options, right when the scorer accepts them as the gold event's place (no place included)."""
    def right(option, gold) -> bool:
        place = option.place
        guess = ({"lat": place.lat, "lon": place.lon, "country_code": place.country_code}
                 if place is not None else {"lat": None, "lon": None})
        return realnews.place_ok(guess, gold)
    return option_examples(docs_candidates, lambda cue: cue.place_options, right)


def actor_examples(docs_candidates: list[tuple[dict, list]]) -> tuple[list[dict[str, float]], list[int], list[int]]:
    """Doer options, right when the scorer accepts them as the gold event's actor1 (no doer included)."""
    return option_examples(docs_candidates, lambda cue: cue.actor_options,
                           lambda option, gold: realnews.actor1_ok(
                               {"actor1": option.actor.name if option.actor else None}, gold))


def fit_logistic(features: list[dict[str, float]], labels: list[int], groups: list[int]
                 ) -> tuple[dict[str, float], float, dict[float, float], list[str]]:
    counts: dict[str, int] = {}
    for f in features:
        for name in f:
            counts[name] = counts.get(name, 0) + 1
    names = ["bias"] + sorted(n for n, c in counts.items() if c >= MIN_COUNT and n != "bias")
    vocabulary = {n: i for i, n in enumerate(names)}
    x, y = matrix(features, vocabulary), np.array(labels, dtype=float)
    l2, losses = choose_l2(x, y, np.array(groups))
    w = fit(x, y, l2)
    return {n: round(float(v), 4) for n, v in zip(names, w) if abs(v) > 1e-4}, l2, losses, names


def matrix(features: list[dict[str, float]], vocabulary: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(features), len(vocabulary)))
    for i, f in enumerate(features):
        for name, value in f.items():
            j = vocabulary.get(name)
            if j is not None:
                x[i, j] = value
    return x


def fit(x: np.ndarray, y: np.ndarray, l2: float, iterations: int = 50, prior: np.ndarray | None = None
        ) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (the bias, column 0, unpenalised);
    with ``prior``, the weights are pulled towards it instead of towards zero (and start there)."""
    prior = np.zeros(x.shape[1]) if prior is None else prior
    w = prior.copy()
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * (w - prior)
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())


def choose_l2(x: np.ndarray, y: np.ndarray, groups: np.ndarray, folds: int = 5) -> tuple[float, dict[float, float]]:
    losses = {}
    fold_of = groups % folds
    for l2 in (0.3, 1.0, 3.0, 10.0, 30.0):
        total = 0.0
        for k in range(folds):
            train, test = fold_of != k, fold_of == k
            w = fit(x[train], y[train], l2)
            total += log_loss(1 / (1 + np.exp(-x[test] @ w)), y[test]) * test.sum()
        losses[l2] = total / len(y)
    return min(losses, key=losses.get), losses


def keep_levels(weights: dict[str, float], dev: list[tuple[dict, list]]) -> list[float]:
    """The keep thresholds tried on dev: 14 quantiles (5% to 70%) of its candidates' raw probabilities."""
    f_dev, _, _ = labelled(dev)
    base = EventModel(weights=weights, keep_threshold=0.0)
    return sorted({round(float(q), 3) for q in np.quantile([base.raw(f) for f in f_dev], np.linspace(0.05, 0.7, 14))})


def isotonic(raw: np.ndarray, y: np.ndarray, bands: int = 10) -> list[tuple[float, float]]:
    """Pool-adjacent-violators over equal-count bands of the raw probability: (upper bound,
    share of real candidates), increasing."""
    order = np.argsort(raw)
    chunks = [c for c in np.array_split(order, bands) if len(c)]
    blocks = [[float(raw[c].max()), float(y[c].sum()), float(len(c))] for c in chunks]
    merged: list[list[float]] = []
    for block in blocks:
        merged.append(block)
        while len(merged) > 1 and merged[-2][1] / merged[-2][2] >= merged[-1][1] / merged[-1][2]:
            upper, positives, count = merged.pop()
            merged[-1] = [upper, merged[-1][1] + positives, merged[-1][2] + count]
    table = [(upper, round((positives + 0.5) / (count + 1), 2)) for upper, positives, count in merged]
    table[-1] = (1.0, table[-1][1])
    return table


def selected(docs_candidates: list[tuple[dict, list]], model: EventModel | None) -> list[tuple[dict, list]]:
    """Each document with the events the model selects (candidates copied: selection merges)."""
    out = []
    for doc, candidates in docs_candidates:
        fresh = [dataclasses.replace(c, event=copy.deepcopy(c.event)) for c in candidates]
        out.append((doc, select_events(fresh, model)))
    return out


def evaluate(docs_candidates: list[tuple[dict, list]], model: EventModel | None, *, min_confidence: float = 0.0) -> dict:
    chosen = selected(docs_candidates, model)
    return realnews.score_realnews([d for d, _ in chosen],
                                   [[e for e in events if e.confidence >= min_confidence] for _, events in chosen])


def event_outcomes(docs_candidates: list[tuple[dict, list]], model: EventModel) -> list[tuple[float, bool]]:
    """(confidence, matched a gold event) of every selected event."""
    result = []
    for doc, events in selected(docs_candidates, model):
        preds = [realnews.prediction(e) for e in events]
        golds = [dict(g, spans=[tuple(s) for s in g["spans"]]) for g in doc["events"]]
        _, classes = realnews.match_article(preds, golds)
        result += [(p["confidence"], classes[i] == "matched") for i, p in enumerate(preds)]
    return result


def reliability(docs_candidates: list[tuple[dict, list]], model: EventModel) -> list[str]:
    """Rows of (confidence band, events, share right) over the selected events."""
    result = event_outcomes(docs_candidates, model)
    rows = []
    for low, high in ((0, 0.3), (0.3, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)):
        band = [(c, ok) for c, ok in result if low <= c < high]
        if band:
            rows.append(f"confidence {low:.1f}-{min(high, 1):.1f}  events {len(band):4}  mean confidence "
                        f"{sum(c for c, _ in band) / len(band):.2f}  share real {sum(ok for _, ok in band) / len(band):.2f}")
    return rows


def by_kind(docs_candidates: list[tuple[dict, list]]) -> tuple[list[tuple[dict, list]], list[tuple[dict, list]]]:
    """The documents the extractor reads as digests (items of their own) and as whole articles."""
    digests, articles = [], []
    for doc, candidates in docs_candidates:
        (digests if any(map(in_digest, candidates)) else articles).append((doc, candidates))
    return digests, articles


def calibrated(model: EventModel, dev: list[tuple[dict, list]]) -> EventModel:
    """The model with an event's confidence calibrated on dev (isotonic: the share of dev
    events of its raw probability that matched a gold event), apart for the events of digests
    and of whole articles, and the app's default minimum confidence: the lowest calibrated
    level at least :data:`DISPLAY_CONFIDENCE` (else the most reliable band, the highest
    confidence there is)."""
    uncalibrated = dataclasses.replace(model, calibration=(), article_calibration=())
    tables = []
    for docs in by_kind(dev):
        outcomes = event_outcomes(docs, uncalibrated)
        raw, real = np.array([c for c, _ in outcomes]), np.array([ok for _, ok in outcomes], dtype=float)
        tables.append(tuple(isotonic(raw, real)) if outcomes else ())
    calibration, article_calibration = tables
    levels_up = sorted(level for table in tables for _, level in table)
    display = next((level for level in levels_up if level >= DISPLAY_CONFIDENCE), levels_up[-1])
    return dataclasses.replace(model, calibration=calibration, article_calibration=article_calibration,
                               display_threshold=display)


def print_reliability(title: str, split: list[tuple[dict, list]], model: EventModel) -> None:
    print(title)
    for row in reliability(split, model):
        print("  " + row)


#: the development splits the confidence is calibrated on by ``--recalibrate`` (all that may be
#: read and tuned on: more events per band than dev alone, and the portal's modern reporting)
CALIBRATION_SPLITS = "dev,dev2,dev3,dev4,dev5,dev6,dev7,dev8,dev9,dev10,dev11,dev12,dev13,dev14,dev15,dev16,dev17,dev18,dev19,dev20,dev21"
#: held-out splits whose reliability is printed (scored, never fitted on)
HELD_OUT = ("devtest", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6")


def recalibrate(args: argparse.Namespace) -> int:
    """Refit the calibration (and the app's default threshold) of the shipped model on the
    development splits, after rule changes moved its events' share of real ones; weights and
    thresholds stay."""
    shipped = load_model()
    if shipped is None:
        raise SystemExit(f"{MODEL_PATH} is missing: fit the model first")
    tuned = candidates_of(load_splits(CALIBRATION_SPLITS))
    held = {} if args.no_held_out else {name: candidates_of(load(name)) for name in HELD_OUT}
    print_reliability(f"{CALIBRATION_SPLITS} reliability before:", tuned, shipped)
    for name, split in held.items():
        print_reliability(f"{name} reliability of the shipped calibration (held out):", split, shipped)
    model = calibrated(shipped, tuned)
    calibration, display = model.calibration, model.display_threshold
    print(f"calibration (raw upper bound, share real): digests {calibration}, whole articles "
          f"{model.article_calibration}; default view from {display}")
    print_reliability(f"{CALIBRATION_SPLITS} reliability after (calibrated on them):", tuned, model)
    for kind, docs in zip(("digests", "whole articles"), by_kind(tuned)):
        print_reliability(f"  of which {kind} ({len(docs)} texts):", docs, model)
    for name, split in held.items():
        print_reliability(f"{name} reliability after (held out):", split, model)
    for name, split in (("dev", candidates_of(load("dev"))), *held.items()):
        for label, candidate in (("shipped", shipped), ("recalibrated", model)):
            shown = evaluate(split, candidate, min_confidence=candidate.display_threshold)
            print(f"{name}, the {label} default view (confidence >= {candidate.display_threshold}): precision "
                  f"{shown['precision']} recall {shown['recall']} all_correct {shown['all_correct']}")
    if not args.dry_run:
        data = json.loads(args.out.read_text(encoding="utf-8"))
        data["calibration"] = [list(pair) for pair in calibration]
        data["article_calibration"] = [list(pair) for pair in model.article_calibration]
        data["display_threshold"] = display
        data["about"] = re.sub(r"calibrated on .*$", f"calibrated on {CALIBRATION_SPLITS.replace(',', ', ')}", data["about"])
        args.out.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.out.resolve()}")
    return 0


def refit_place(args: argparse.Namespace) -> int:
    """Refit only the place model on train (the event, pair and actor models, thresholds and
    calibration stay): after a change to the place rules or the place options' cues. Prints
    dev's figures with the shipped and the refitted place model."""
    shipped = load_model()
    if shipped is None:
        raise SystemExit(f"{MODEL_PATH} is missing: fit the model first")
    train, dev = candidates_of(load_splits(args.train_split)), candidates_of(load("dev"))
    features, labels, groups = place_examples(train)
    place_weights, l2, losses, names = fit_logistic(features, labels, groups)
    print(f"train place: {len(labels)} place options, {sum(labels)} right; {len(names)} cues; l2 {l2} "
          f"(cross-validated log loss {', '.join(f'{k}: {v:.3f}' for k, v in losses.items())})")
    model = dataclasses.replace(shipped, place_weights=place_weights)
    for label, candidate in (("shipped", shipped), ("refitted", model)):
        for name, split in (("dev", dev), ("train", train)):
            r = evaluate(split, candidate)
            print(f"{name}, {label} place model: precision {r['precision']} recall {r['recall']} f1 {r['f1']} "
                  f"all_correct {r['all_correct']} place {r['place']}")
    top = sorted(place_weights.items(), key=lambda kv: -abs(kv[1]))[:20]
    print("largest place weights: " + ", ".join(f"{k} {v:+.2f}" for k, v in top))
    if not args.dry_run:
        data = json.loads(args.out.read_text(encoding="utf-8"))
        data["place"] = {"weights": place_weights, "l2": l2}
        args.out.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.out.resolve()}")
    return 0


#: the development splits whose figures ``--actor-only`` prints (read, never fitted on)
REPORT_SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21")


def chosen_actor_examples(docs_candidates: list[tuple[dict, list]], model: EventModel
                          ) -> tuple[list[dict[str, float]], list[int], list[int]]:
    """Doer options as the actor model meets them: of each event ``model`` selects that matches
    a gold event, the options it ranks (:func:`timeline.events.extract.ranked_actor_options`;
    none where the rules' doer stands), right when the scorer accepts them as that gold
    event's actor1."""
    features, labels, groups = [], [], []
    for n, (doc, candidates) in enumerate(docs_candidates):
        fresh = [dataclasses.replace(c, event=copy.deepcopy(c.event)) for c in candidates]
        events = select_events(fresh, model)
        cue_of = {id(c.event): original for c, original in zip(fresh, candidates)}
        golds = [dict(g, spans=[tuple(s) for s in g["spans"]]) for g in doc["events"]]
        matched, _ = realnews.match_article([realnews.prediction(e) for e in events], golds)
        for i, j in matched:
            cue = cue_of.get(id(events[i]))
            for option in (ranked_actor_options(cue) or []) if cue is not None else []:
                features.append(option.features)
                labels.append(int(realnews.actor1_ok({"actor1": option.actor.name if option.actor else None}, golds[j])))
                groups.append(n)
    return features, labels, groups


def fit_cues(features: list[dict[str, float]], labels: list[int], base: dict[str, float], prefixes: tuple[str, ...],
             l2: float = 3.0) -> dict[str, float]:
    """``base`` with the weights of the cues named by ``prefixes`` fitted on top of it (the
    other weights fixed: their sum is each example's offset); L2-regularised, Newton's method."""
    counts: dict[str, int] = {}
    for f in features:
        for name in f:
            if name.startswith(prefixes):
                counts[name] = counts.get(name, 0) + 1
    names = sorted(n for n, c in counts.items() if c >= MIN_COUNT)
    x, y = matrix(features, {n: i for i, n in enumerate(names)}), np.array(labels, dtype=float)
    offset = np.array([sum(base.get(k, 0.0) * v for k, v in f.items() if not k.startswith(prefixes)) for f in features])
    w = np.zeros(len(names))
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(offset + x @ w, -30, 30)))
        step = np.linalg.solve((x * (p * (1 - p))[:, None]).T @ x + np.diag(np.full(len(names), l2)),
                               x.T @ (p - y) + l2 * w)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    table = {k: v for k, v in base.items() if not k.startswith(prefixes)}
    table.update({n: round(float(v), 4) for n, v in zip(names, w) if abs(v) > 1e-4})
    return table


def refit_actor(args: argparse.Namespace) -> int:
    """Refit only the actor model on train (the event, pair and place models, thresholds and
    calibration stay): after a change to the doer rules or the doer options' cues. With
    ``--actor-cues``, only the weights of the cues so named are fitted, on top of the shipped
    ones, on the options of train's selected, matched events. A full refit of the actor model
    (session 22) lost about 0.02 actor1 on train, dev and dev3 (the rules were tuned with the
    shipped ranking); so did a softmax-per-event refit and one on the selected events' options
    only. Prints each development split's figures with the shipped and the refitted actor model."""
    shipped = load_model()
    if shipped is None:
        raise SystemExit(f"{MODEL_PATH} is missing: fit the model first")
    train = candidates_of(load_splits(args.train_split))
    if args.actor_cues:
        prefixes = tuple(args.actor_cues.split(","))
        features, labels, _ = chosen_actor_examples(train, shipped)
        actor_weights, l2 = fit_cues(features, labels, shipped.actor_weights, prefixes, args.actor_l2), args.actor_l2
        print(f"train actor: {len(labels)} ranked doer options, {sum(labels)} right; cues {', '.join(prefixes)} "
              f"refitted, l2 {l2}")
    else:
        features, labels, groups = actor_examples(train)
        actor_weights, l2, losses, names = fit_logistic(features, labels, groups)
        print(f"train actor: {len(labels)} doer options, {sum(labels)} right; {len(names)} cues; l2 {l2} "
              f"(cross-validated log loss {', '.join(f'{k}: {v:.3f}' for k, v in losses.items())})")
    model = dataclasses.replace(shipped, actor_weights=actor_weights)
    splits = [("train", train)] + [(name, candidates_of(load(name))) for name in REPORT_SPLITS]
    for label, candidate in (("shipped", shipped), ("refitted", model)):
        for name, split in splits:
            r = evaluate(split, candidate)
            print(f"{name}, {label} actor model: precision {r['precision']} recall {r['recall']} f1 {r['f1']} "
                  f"all_correct {r['all_correct']} place {r['place']} actor1 {r['actor1']} "
                  f"date {r['date_day_or_contained']}")
    top = sorted(actor_weights.items(), key=lambda kv: -abs(kv[1]))[:20]
    print("largest actor weights: " + ", ".join(f"{k} {v:+.2f}" for k, v in top))
    if not args.dry_run:
        data = json.loads(args.out.read_text(encoding="utf-8"))
        data["actor"] = {"weights": actor_weights, "l2": l2 if not args.actor_cues else data["actor"].get("l2", l2)}
        if args.actor_cues:
            data["actor"]["cues_l2"] = {cue: args.actor_l2 for cue in prefixes}
        args.out.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.out.resolve()}")
    return 0


#: three folds of the development splits other than train and dev, each with portal days, whole
#: Wikinews stories and LGL or TimeBank articles (``--cross-splits``)
CROSS_FOLDS = (("dev2", "dev5", "dev8", "dev11", "dev14"), ("dev3", "dev6", "dev9", "dev12", "dev15"),
               ("dev4", "dev7", "dev10", "dev13", "dev16"))


def fit_towards(features: list[dict[str, float]], labels: list[int], prior: dict[str, float], l2: float
                ) -> dict[str, float]:
    """Logistic regression whose weights are pulled towards ``prior`` (L2 on their difference,
    the bias free), not towards zero: the shipped weights refitted on more data (Newton's method)."""
    counts: dict[str, int] = {}
    for f in features:
        for name in f:
            counts[name] = counts.get(name, 0) + 1
    names = ["bias"] + sorted({n for n, c in counts.items() if c >= MIN_COUNT and n != "bias"} | (set(prior) - {"bias"}))
    x, y = matrix(features, {n: i for i, n in enumerate(names)}), np.array(labels, dtype=float)
    w = fit(x, y, l2, prior=np.array([prior.get(n, 0.0) for n in names]))
    return {n: round(float(v), 4) for n, v in zip(names, w) if abs(v) > 1e-4}


def cross_splits(args: argparse.Namespace) -> int:
    """Would the event and pair models carry to other text if refitted on more of it? For each of
    :data:`CROSS_FOLDS`, refit them on train and the other two folds and score the fold's splits,
    beside the shipped model (fitted on train alone): a refit from zero with the keep threshold
    chosen on dev (``--prior-l2 0``), or the shipped weights pulled towards the new data with the
    shipped threshold (``--prior-l2 L``). Writes nothing. Session 33 (on 0a1507a): shipped 11.9330
    summed F1 out of fold, the refit from zero 11.6854, the pulled refit (L 10) 11.7795, better only
    on some whole-article splits (dev14, dev16) and worse on the others: not adopted (the rules
    were tuned with the shipped weights in the loop; the refit lowers precision everywhere)."""
    shipped = load_model()
    if shipped is None:
        raise SystemExit(f"{MODEL_PATH} is missing: fit the model first")
    names = ("train", "dev") + tuple(s for fold in CROSS_FOLDS for s in fold)
    docs = {name: candidates_of(load(name)) for name in names}
    rows: dict[str, dict[str, dict]] = {"shipped": {}, "refitted": {}}
    for k, fold in enumerate(CROSS_FOLDS):
        train = docs["train"] + [d for j, other in enumerate(CROSS_FOLDS) if j != k for s in other for d in docs[s]]
        (features, labels, groups), (pair_f, pair_l, pair_g) = labelled(train), pairs(train)
        if args.prior_l2 > 0:
            model = dataclasses.replace(shipped, weights=fit_towards(features, labels, shipped.weights, args.prior_l2),
                                        pair_weights=fit_towards(pair_f, pair_l, shipped.pair_weights, args.prior_l2))
        else:
            weights, pair_weights = fit_logistic(features, labels, groups)[0], fit_logistic(pair_f, pair_l, pair_g)[0]
            candidates = [dataclasses.replace(shipped, weights=weights, pair_weights=pair_weights, keep_threshold=t)
                          for t in keep_levels(weights, docs["dev"])]
            model = max(candidates, key=lambda m: evaluate(docs["dev"], m)["f1"])
        print(f"fold {k} ({', '.join(fold)}): refitted on train and the other folds, keep >= {model.keep_threshold}")
        for name in fold:
            rows["shipped"][name], rows["refitted"][name] = evaluate(docs[name], shipped), evaluate(docs[name], model)
    for label, table in rows.items():
        print(f"{label:9} " + " ".join(f"{name} {r['f1']:.4f}" for name, r in table.items()))
        print(f"{label:9} out-of-fold summed F1 {sum(r['f1'] for r in table.values()):.4f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dry-run", action="store_true", help="print the figures, do not write the model")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--train-split", default="train", help="fit on this split, or on several joined by commas (train,dev2); dev only to debug the script")
    ap.add_argument("--threshold-split", default="dev",
                    help="choose the keep threshold and calibrate on this split, or on several joined by commas "
                         "(dev3,dev5): never a split you then score the model on")
    ap.add_argument("--no-held-out", action="store_true",
                    help="neither read nor score the held-out splits (devtest; with --recalibrate, all of them)")
    ap.add_argument("--recalibrate", action="store_true",
                    help="keep the shipped weights and thresholds; refit only the confidence calibration on dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev11, dev12, dev13, dev14, dev15, dev16, dev17, dev18, dev19, dev20 and dev21")
    ap.add_argument("--place-only", action="store_true",
                    help="keep the event, pair and actor models; refit only the place model on train")
    ap.add_argument("--actor-only", action="store_true",
                    help="keep the event, pair and place models; refit only the actor model on train")
    ap.add_argument("--actor-cues", default="",
                    help="with --actor-only: fit only the actor cues with these name prefixes (comma-separated), "
                         "the other actor weights fixed")
    ap.add_argument("--actor-l2", type=float, default=3.0, help="L2 strength for --actor-cues")
    ap.add_argument("--cross-splits", action="store_true",
                    help="check across splits whether refitting the event and pair models on more splits carries "
                         "to splits left out (three folds; writes nothing)")
    ap.add_argument("--prior-l2", type=float, default=0.0,
                    help="with --cross-splits: pull the shipped weights towards the new data with this L2 strength "
                         "(0: refit from zero and choose the keep threshold on dev)")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    if args.recalibrate:
        return recalibrate(args)
    if args.cross_splits:
        return cross_splits(args)
    if args.place_only:
        return refit_place(args)
    if args.actor_only:
        return refit_actor(args)
    train = candidates_of(load_splits(args.train_split))
    dev = candidates_of(load_splits(args.threshold_split))
    devtest = None if args.no_held_out else candidates_of(load("devtest"))
    fitted = {}
    for label, (features, labels, groups), what in (
            ("event", labelled(train), "candidates, {} real"), ("pair", pairs(train), "(mention, earlier group), {} same"),
            ("place", place_examples(train), "place options, {} right"),
            ("actor", actor_examples(train), "doer options, {} right")):
        fitted[label] = fit_logistic(features, labels, groups)
        table, l2, losses, names = fitted[label]
        print(f"train {label}: {len(labels)} {what.format(sum(labels))}; {len(names)} cues; l2 {l2} "
              f"(cross-validated log loss {', '.join(f'{k}: {v:.3f}' for k, v in losses.items())})")
    weights, pair_weights, place_weights, actor_weights = (fitted[k][0] for k in ("event", "pair", "place", "actor"))

    levels = keep_levels(weights, dev)
    best = None
    print(f"{args.threshold_split}: mention threshold, keep threshold, pair threshold -> precision recall f1 all_correct (raw probabilities)")
    # One threshold is chosen on dev (a group is an event); every candidate may be a mention
    # and the pair model decides at its natural 0.5: fewer choices fitted to 45 articles.
    for mention_threshold in (0.0,):
        for threshold in levels:
            for pair_threshold in (0.5,):
                model = EventModel(weights=weights, keep_threshold=threshold, pair_weights=pair_weights,
                                   pair_threshold=pair_threshold, mention_threshold=mention_threshold,
                                   place_weights=place_weights, actor_weights=actor_weights)
                r = evaluate(dev, model)
                print(f"  {mention_threshold:.3f} {threshold:.3f} {pair_threshold:.1f} -> {r['precision']:.3f} "
                      f"{r['recall']:.3f} {r['f1']:.3f} {r['all_correct']:.3f}")
                if best is None or r["f1"] > best[3]["f1"]:
                    best = (mention_threshold, threshold, pair_threshold, r)
    mention_threshold, threshold, pair_threshold, r = best
    model = EventModel(weights=weights, keep_threshold=threshold, pair_weights=pair_weights,
                       pair_threshold=pair_threshold, mention_threshold=mention_threshold,
                       place_weights=place_weights, actor_weights=actor_weights)
    model = calibrated(model, dev)
    calibration, display = model.calibration, model.display_threshold
    rules = evaluate(dev, None)
    print(f"{args.threshold_split}, rules alone: precision {rules['precision']} recall {rules['recall']} f1 {rules['f1']}")
    print(f"{args.threshold_split}, model (mention >= {mention_threshold}, keep >= {threshold}, same happening >= {pair_threshold}): "
          f"precision {r['precision']} recall {r['recall']} f1 {r['f1']} all_correct {r['all_correct']} "
          f"place {r['place']} actor1 {r['actor1']} date {r['date_day_or_contained']}")
    shown = evaluate(dev, model, min_confidence=display)
    print(f"{args.threshold_split}, the app's default view (confidence >= {display}): precision {shown['precision']} "
          f"recall {shown['recall']} all_correct {shown['all_correct']}")
    print_reliability(f"{args.threshold_split} reliability (confidence band, events, share real):", dev, model)
    if devtest is not None:
        print_reliability("devtest reliability:", devtest, model)
        t = evaluate(devtest, model)
        print(f"devtest, model: precision {t['precision']} recall {t['recall']} f1 {t['f1']} all_correct {t['all_correct']} "
              f"place {t['place']} actor1 {t['actor1']} date {t['date_day_or_contained']}")
    for label, table in (("event", weights), ("pair", pair_weights), ("place", place_weights),
                         ("actor", actor_weights)):
        top = sorted(table.items(), key=lambda kv: -abs(kv[1]))[:20]
        print(f"largest {label} weights: " + ", ".join(f"{k} {v:+.2f}" for k, v in top))
    if not args.dry_run:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({
            "about": "logistic regression over timeline.events.features cues; fitted by "
                     f"benchmarks/realnews/train_events.py on the real-news {args.train_split.replace(',', ' and ')} "
                     f"split(s), calibrated on {args.threshold_split.replace(',', ', ')}",
            "keep_threshold": threshold, "mention_threshold": mention_threshold, "calibration": calibration,
            "display_threshold": display, "l2": fitted["event"][1], "train": {"articles": len(train)},
            "weights": weights,
            "pair": {"weights": pair_weights, "threshold": pair_threshold, "l2": fitted["pair"][1]},
            "place": {"weights": place_weights, "l2": fitted["place"][1]},
            "actor": {"weights": actor_weights, "l2": fitted["actor"][1]},
        }, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.out.resolve()}")
    print(f"{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
