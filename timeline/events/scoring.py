"""The event models: how likely a candidate mention is a real, codable happening
(:mod:`timeline.events.features`), whether two mentions report one happening
(:mod:`timeline.events.coref`), which place and which doer are the event's
(:mod:`timeline.events.place_options`, :mod:`timeline.events.actor_options`).

Logistic regressions fitted on the real-news training split (``benchmarks/realnews``,
``python benchmarks/realnews/train_events.py``); the thresholds are chosen and the
confidence calibrated on the development splits, so that an event's confidence is the share
of events of that confidence that were real there. The weights are a small JSON file
shipped in ``timeline/events/data/``; without it the extractor keeps the rules' own choices.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import json
import math
import operator
from dataclasses import dataclass
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent / "data" / "event_model.json"


@dataclass(frozen=True)
class EventModel:
    weights: dict[str, float]
    #: a group of mentions is an event when its most likely mention reaches this (raw)
    keep_threshold: float
    #: (raw probability upper bound, share of such events real on the development splits), ascending:
    #: of the events of a digest (a text of separate items, :func:`timeline.events.features.in_digest`)
    calibration: tuple[tuple[float, float], ...] = ()
    #: the same for the events of a whole article (a story whose paragraphs go on with it): fewer of
    #: those are real at the same raw probability (about .75 against .90 on the development splits);
    #: empty: ``calibration`` for both
    article_calibration: tuple[tuple[float, float], ...] = ()
    #: the pair model of :mod:`timeline.events.coref`
    pair_weights: dict[str, float] = dataclasses.field(default_factory=dict)
    pair_threshold: float = 0.5
    #: candidates below this raw probability are no mention of any happening
    mention_threshold: float = 0.0
    #: the place model of :mod:`timeline.events.place_options` (empty: the rules' place)
    place_weights: dict[str, float] = dataclasses.field(default_factory=dict)
    #: the actor model of :mod:`timeline.events.actor_options` (empty: the rules' doer)
    actor_weights: dict[str, float] = dataclasses.field(default_factory=dict)
    #: keep the rules' place and doer where the syntax states them (the models fill the rest)
    trust_rules: bool = True
    #: the confidence from which the app shows events by default (calibrated on the development splits)
    display_threshold: float = 0.0

    def raw(self, features: dict[str, float]) -> float:
        """The uncalibrated probability that a candidate mentions a real happening."""
        return _logistic(self.weights, features)

    def confidence(self, raw: float, *, article: bool = False) -> float:
        """The calibrated confidence of an event whose most likely mention has ``raw``, told in a
        whole article (``article``) or in a digest's item."""
        table = self.article_calibration if article and self.article_calibration else self.calibration
        if not table:
            return raw
        bounds = [upper for upper, _ in table]
        return table[min(bisect.bisect_left(bounds, raw), len(table) - 1)][1]

    def same_happening(self, features: dict[str, float]) -> float:
        """The probability that a mention reports the happening of a group (coref cues)."""
        return _logistic(self.pair_weights, features)

    def place_score(self, features: dict[str, float]) -> float:
        """How likely a place option is the event's place (options are ranked by it)."""
        return _logistic(self.place_weights, features)

    def actor_score(self, features: dict[str, float]) -> float:
        """How likely a doer option is the event's doer (options are ranked by it)."""
        return _logistic(self.actor_weights, features)


def _logistic(weights: dict[str, float], features: dict[str, float]) -> float:
    # (the weights of the features in order, times their values, summed left to right as before)
    z = sum(map(operator.mul, map(weights.get, features, itertools.repeat(0.0)), features.values()))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _levels(pairs: list) -> tuple[tuple[float, float], ...]:
    return tuple((float(a), float(b)) for a, b in pairs)


def _table(section: dict) -> dict[str, float]:
    return {str(k): float(v) for k, v in section.get("weights", {}).items()}


@functools.lru_cache(maxsize=None)
def load_model(path: str | None = None) -> EventModel | None:
    """The shipped model (None when there is none)."""
    file = Path(path) if path else MODEL_PATH
    if not file.is_file():
        return None
    data = json.loads(file.read_text(encoding="utf-8"))
    return EventModel(weights=_table(data), keep_threshold=float(data["keep_threshold"]),
                      calibration=_levels(data.get("calibration", [])),
                      article_calibration=_levels(data.get("article_calibration", [])),
                      pair_weights=_table(data.get("pair", {})),
                      pair_threshold=float(data.get("pair", {}).get("threshold", 0.5)),
                      mention_threshold=float(data.get("mention_threshold", 0.0)),
                      place_weights=_table(data.get("place", {})), actor_weights=_table(data.get("actor", {})),
                      display_threshold=float(data.get("display_threshold", 0.0)))


def display_threshold() -> float:
    """The minimum confidence the app shows by default: the lowest calibrated confidence of at
    least 0.6 (benchmarks/realnews/train_events.py DISPLAY_CONFIDENCE), which leaves out the
    events that were a coin toss on the development splits (0 without a model)."""
    model = load_model()
    return model.display_threshold if model is not None else 0.0
