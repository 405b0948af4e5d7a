"""The page with events from articles in other languages: the language filter and the gloss
beside the original sentence (AppTest, a store of hand-made events; no language model loads)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import fill_store, make_event, sample_events

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture
def mixed_store(tmp_path: Path) -> Path:
    russian = make_event("ev-ru", event_type="visit", actors=["Sergei Lavrov"], date_start=dt.date(2025, 7, 11),
                         date_end=dt.date(2025, 7, 11), sentence="Лавров в пятницу прибыл в Вонсан.", language="ru",
                         gloss="visit: Sergei Lavrov — Wonsan (KP) — 2025-07-11")
    return fill_store(tmp_path / "mixed.sqlite", sample_events() + [russian])


def test_language_filter_and_gloss(mixed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_FIRST_RUN", "full")
    monkeypatch.setenv("TIMELINE_DB", str(mixed_store))
    monkeypatch.setenv("TIMELINE_DEMO", "0")
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["event"] = "ev-ru"
    at.run()
    assert not at.exception
    texts = [t.value for t in at.text]
    assert "Лавров в пятницу прибыл в Вонсан." in texts
    assert "In English: visit: Sergei Lavrov — Wonsan (KP) — 2025-07-11" in texts
    languages = at.multiselect(key="filter_languages")
    assert languages.options == ["en", "ru"]
    languages.set_value(["ru"]).run()
    assert not at.exception
    assert at.query_params.get("lang") in (["ru"], "ru")
