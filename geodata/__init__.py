"""Places: the offline gazetteer, toponym recognition and resolution, and exports.

>>> from geodata import geoparse
"""
from __future__ import annotations

from geodata.language import spacy_import
from geodata.model import PlaceMention

spacy_import.install()  # spaCy, when imported, comes without its command-line interface

__all__ = ["PlaceMention", "geoparse"]


def geoparse(text, *, doc=None, language=None, context=None):  # noqa: ANN001 - re-exported, typed in geodata.toponyms.geoparse
    """See :func:`geodata.toponyms.geoparse` (imported lazily so ``import geodata`` is cheap)."""
    from geodata.toponyms.geoparse import geoparse as _geoparse

    return _geoparse(text, doc=doc, language=language, context=context)
