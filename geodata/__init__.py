"""Places: the offline gazetteer, toponym recognition and resolution, and exports.

>>> from geodata import geoparse
"""
from __future__ import annotations

from geodata.model import PlaceMention

__all__ = ["PlaceMention", "geoparse"]


def geoparse(text, *, doc=None):  # noqa: ANN001 - re-exported, typed in geodata.geoparse
    """See :func:`geodata.geoparse.geoparse` (imported lazily so ``import geodata`` is cheap)."""
    from geodata.geoparse import geoparse as _geoparse

    return _geoparse(text, doc=doc)
