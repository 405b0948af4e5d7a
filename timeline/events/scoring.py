"""The event model: how likely a candidate is a real, codable happening, from its cues
(:mod:`timeline.events.features`).

A logistic regression fitted on the real-news training split (``benchmarks/realnews``,
``python benchmarks/realnews/train_events.py``) and calibrated on the development split,
so that an event's confidence is the share of such candidates that were real events there.
The weights are a small JSON file shipped in ``timeline/events/data/``; without it the
extractor keeps the rules' own choice and confidence.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent / "data" / "event_model.json"


@dataclass(frozen=True)
class EventModel:
    weights: dict[str, float]
    #: candidates below this calibrated probability are not events
    keep_threshold: float
    #: (raw probability upper bound, calibrated probability), ascending
    calibration: tuple[tuple[float, float], ...]
    #: the pair model of :mod:`timeline.events.coref` (empty: the rules merge mentions)
    pair_weights: dict[str, float] = dataclasses.field(default_factory=dict)
    pair_threshold: float = 0.5
    #: the place model of :mod:`timeline.events.place_options` (empty: the rules' place)
    place_weights: dict[str, float] = dataclasses.field(default_factory=dict)
    #: the actor model of :mod:`timeline.events.actor_options` (empty: the rules' doer)
    actor_weights: dict[str, float] = dataclasses.field(default_factory=dict)

    def raw(self, features: dict[str, float]) -> float:
        return _logistic(self.weights, features)

    def place_score(self, features: dict[str, float]) -> float:
        """How likely a place option is the event's place (options are ranked by it)."""
        return _logistic(self.place_weights, features)

    def actor_score(self, features: dict[str, float]) -> float:
        """How likely a doer option is the event's doer (options are ranked by it)."""
        return _logistic(self.actor_weights, features)

    def same_happening(self, features: dict[str, float]) -> float:
        """The probability that a mention reports the happening of a group (coref cues)."""
        return _logistic(self.pair_weights, features)

    def probability(self, features: dict[str, float]) -> float:
        """The calibrated probability that the candidate is a real event."""
        raw = self.raw(features)
        if not self.calibration:
            return raw
        bounds = [upper for upper, _ in self.calibration]
        i = min(bisect.bisect_left(bounds, raw), len(self.calibration) - 1)
        return self.calibration[i][1]


def _logistic(weights: dict[str, float], features: dict[str, float]) -> float:
    z = sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.lru_cache(maxsize=None)
def load_model(path: str | None = None) -> EventModel | None:
    """The shipped model (None when there is none)."""
    file = Path(path) if path else MODEL_PATH
    if not file.is_file():
        return None
    data = json.loads(file.read_text(encoding="utf-8"))
    return EventModel(weights={str(k): float(v) for k, v in data["weights"].items()},
                      keep_threshold=float(data["keep_threshold"]),
                      calibration=tuple((float(a), float(b)) for a, b in data.get("calibration", [])),
                      pair_weights={str(k): float(v) for k, v in data.get("pair", {}).get("weights", {}).items()},
                      pair_threshold=float(data.get("pair", {}).get("threshold", 0.5)),
                      place_weights={str(k): float(v) for k, v in data.get("place", {}).get("weights", {}).items()},
                      actor_weights={str(k): float(v) for k, v in data.get("actor", {}).get("weights", {}).items()})
