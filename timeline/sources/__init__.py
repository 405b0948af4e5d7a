"""Sources: articles from text, files, folders, JSONL/zip batches, URLs and feeds, with their
publication dates and datelines. May import: timeline.model, timeline.errors (and geodata)."""
