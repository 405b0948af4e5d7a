"""Storage: the SQLite store, analysts' corrections and imported datasets (GeoJSON, ACLED CSV).
May import: timeline.model/errors, sources, dates, events, geodata."""
