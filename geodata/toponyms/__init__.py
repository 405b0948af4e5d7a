"""Geoparsing: toponym recognition in a parsed text and resolution to gazetteer entries
(geoparse.py). May import: geodata.model, language, gazetteer."""
