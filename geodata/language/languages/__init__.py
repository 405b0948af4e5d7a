"""One module per language backend of :mod:`geodata.language.native`, each the same shape: ``load(language)``
returns an object with ``analyze(text)`` and ``base_forms(word)``. Heavy packages are imported in ``load``."""
