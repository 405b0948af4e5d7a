"""The bundled demo corpus: short articles written for this project (see articles.json).

Seven follow the Russia–North Korea story of July 2025; two are unrelated stories on
other continents, so that the map and the filters have something to separate.
"""
from __future__ import annotations

import json
from pathlib import Path

from timeline.model import Article
from timeline.sources.ingest import from_text

DEMO_DIR = Path(__file__).resolve().parent


def load_demo_articles() -> list[Article]:
    """The demo articles with their titles, publication dates, sources and URLs."""
    manifest = json.loads((DEMO_DIR / "articles.json").read_text(encoding="utf-8"))
    articles = []
    for entry in manifest:
        text = (DEMO_DIR / entry["file"]).read_text(encoding="utf-8")
        article = from_text(text, published=entry["published"], title=entry.get("title"),
                            url=entry.get("url"), source=entry.get("source"))
        article.published_from = "demo manifest"
        articles.append(article)
    return articles
