"""The shared spaCy pipelines and their fast exact stand-ins (per language later); spaCy without its
CLI until used. May import: geodata.model only. Kept import-free so that `import geodata` stays cheap."""
