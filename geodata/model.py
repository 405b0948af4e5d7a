"""The place record shared by every stage: a toponym found in text and what it resolves to."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class PlaceMention:
    """A reference to a place in a text, resolved to a gazetteer feature when possible.

    ``start``/``end`` are character offsets into the text. ``lat``/``lon`` and
    ``geonameid`` are None when the mention could not be resolved. ``role`` is ``"name"``
    for a place name ("Russia") and ``"adjectival"`` for a demonym or adjective
    ("Russian troops"), which refers to the place but never locates an event.

    >>> PlaceMention(0, 6, "Russia", name="Russia", lat=60.0, lon=100.0,
    ...              geonameid=2017370, country_code="RU", feature="country").feature
    'country'
    """

    start: int
    end: int
    text: str
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    country_code: str | None = None
    feature: str | None = None  # country | admin1 | admin2 | city | region | water | landform | continent
    role: str = "name"  # name | adjectival
    score: float = 0.0
    admin1: str | None = None  # name of the first-level subdivision, when known
    population: int | None = None
    source: str = "gazetteer"  # which recogniser or gazetteer produced it
    candidates: list[dict[str, Any]] = field(default_factory=list)  # alternatives, best first

    @property
    def resolved(self) -> bool:
        return self.lat is not None and self.lon is not None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
