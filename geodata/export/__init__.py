"""Output formats of event records: GeoJSON, CSV, GeoParquet, KML, TimelineJS and the offline
folium web map with its static assets. May import every floor of geodata below it."""
