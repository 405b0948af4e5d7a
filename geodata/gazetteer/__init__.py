"""Places known offline: the GeoNames-derived index (built once into the cache), curated places,
the geocoder interface and basemap data. May import: geodata.model, geodata.language."""
