"""Extraction: one article's text -> its events (triggers, actors, places, dates), and one event
per happening across articles. May import: timeline.model/errors, sources, dates, geodata."""
