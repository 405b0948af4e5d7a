"""What the app and the exports draw from the stored events: filters, the URL view, the timeline
chart. May import: timeline.model/errors, the floors below, and geodata."""
