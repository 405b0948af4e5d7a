"""spaCy imported without its command-line interface, until something uses it.

``import spacy`` also imports ``spacy.cli`` (for the ``spacy.info`` shortcut), and with it
typer, weasel, httpx and every training command: about a third of spaCy's import time,
which no process of this project needs. :func:`install` (run by ``import geodata``, and
cheap) puts a finder first on ``sys.meta_path`` that answers only while spaCy's own
``__init__`` runs, with stand-ins for ``spacy.cli`` and ``spacy.cli.info``. The first use
of anything else in ``spacy.cli`` (``python -m spacy``, ``from spacy.cli import download``)
or a call of ``spacy.info`` imports the real package in their place. Nothing of spaCy's
is changed on disk; once spaCy is imported, the finder does nothing.

:func:`group_entry_points` makes spaCy's registry reads cheap (see there).
"""
from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
import types
from typing import Any

_NAMES = ("spacy.cli", "spacy.cli.info")


def _real_cli() -> types.ModuleType:
    """Import the real ``spacy.cli`` in place of the stand-ins."""
    for name in reversed(_NAMES):
        module = sys.modules.get(name)
        if module is not None and getattr(module, "__timeline_stand_in__", False):
            del sys.modules[name]
    return importlib.import_module("spacy.cli")


def _cli_attribute(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    return getattr(_real_cli(), name)


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real one, imported on first use."""
    return _real_cli().info(*args, **kwargs)


class _StandInFinder:
    """Stand-ins for ``spacy.cli`` and ``spacy.cli.info`` while ``spacy/__init__.py`` runs
    (a meta path finder and its loader; ``importlib.abc`` is not imported for them: it
    would cost more import time than the class saves)."""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in _NAMES:
            return None
        spacy = sys.modules.get("spacy")
        if spacy is None or not getattr(getattr(spacy, "__spec__", None), "_initializing", False):
            return None
        real = importlib.machinery.PathFinder.find_spec(fullname, path)
        if real is None:  # spaCy is laid out differently: let the import fail or succeed as usual
            return None
        spec = importlib.util.spec_from_loader(fullname, self, is_package=fullname == "spacy.cli")
        if spec is not None and fullname == "spacy.cli":
            spec.submodule_search_locations = list(real.submodule_search_locations or [])
        return spec

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None  # the default module

    def exec_module(self, module: types.ModuleType) -> None:
        module.__timeline_stand_in__ = True  # type: ignore[attr-defined]
        if module.__name__ == "spacy.cli":
            module.__getattr__ = _cli_attribute  # type: ignore[method-assign] # PEP 562
        else:
            module.info = _info  # type: ignore[attr-defined]


_FINDER = _StandInFinder()


def install() -> None:
    """Put the finder first on ``sys.meta_path`` (once), unless spaCy is already imported."""
    if "spacy" not in sys.modules and _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)


def group_entry_points() -> None:
    """Group the installed entry points once, for catalogue (spaCy's and srsly's registries).

    catalogue reads the installed entry points once, at import, but its registries look up
    their group on every read, and on Python 3.11 each lookup flattens every group again:
    srsly does such a read on each of the ~80 msgpack reads of a model load (about 40 ms of a
    cold start). The plain mapping of group to entry points set here is the other form
    catalogue accepts; its contents are the same, read at the same moment.
    """
    import catalogue

    found = catalogue.AVAILABLE_ENTRY_POINTS
    if hasattr(found, "select") and hasattr(found, "groups"):
        catalogue.AVAILABLE_ENTRY_POINTS = {group: found.select(group=group) for group in found.groups}
