"""This VM's speed at the moment of a benchmark: it drifts (by up to half) from one minute to
the next, and a fixed piece of work timed next to each figure puts the figure in proportion."""
from __future__ import annotations

import time


def machine_speed_s() -> float:
    """Seconds to sum 3 million squares in Python (about 0.19 s on this VM at its usual speed)."""
    started = time.perf_counter()
    sum(i * i for i in range(3_000_000))
    return time.perf_counter() - started
