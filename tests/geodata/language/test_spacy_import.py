"""spaCy imported through geodata leaves its command-line interface out until it is used."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         timeout=120)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_spacy_comes_without_its_cli_and_the_cli_still_works_when_used() -> None:
    got = run("""
import json, sys
import geodata
from geodata.language.pipeline import load_pipeline
doc = load_pipeline(with_parser=False)("Russian troops were seen near Kursk.")
before = {"typer": "typer" in sys.modules, "weasel": "weasel" in sys.modules,
          "ents": [e.text for e in doc.ents]}
from spacy.cli import download            # the real package, imported on use
import spacy.cli
print(json.dumps(dict(before, download=download.__module__, setup_cli=callable(spacy.cli.setup_cli),
                      typer_after="typer" in sys.modules, real=not hasattr(sys.modules["spacy.cli"], "__timeline_stand_in__"))))
""")
    assert got == {"typer": False, "weasel": False, "ents": ["Russian", "Kursk"], "download": "spacy.cli.download",
                   "setup_cli": True, "typer_after": True, "real": True}


def test_spacy_info_calls_the_real_one() -> None:
    got = run("""
import json, geodata, spacy
info = spacy.info()
print(json.dumps({"version": info["spacy_version"] == spacy.__version__}))
""")
    assert got == {"version": True}


def test_spacy_imported_first_is_left_alone() -> None:
    got = run("""
import json, sys, spacy, geodata
print(json.dumps({"typer": "typer" in sys.modules}))
""")
    assert got == {"typer": True}


def test_entry_points_grouped_once_hold_the_same_entry_points() -> None:
    got = run("""
import json, importlib.metadata, catalogue, srsly.msgpack
from geodata.language import spacy_import
from geodata.language.pipeline import load_pipeline
spacy_import.group_entry_points()
grouped = catalogue.AVAILABLE_ENTRY_POINTS
fresh = importlib.metadata.entry_points()
print(json.dumps({
    "plain": type(grouped) is dict,
    "groups": sorted(grouped) == sorted(fresh.groups),
    "same": all(sorted(e.name for e in grouped[g]) == sorted(e.name for e in fresh.select(group=g))
                for g in fresh.groups),
    "registry": sorted(srsly.msgpack.msgpack_decoders.get_entry_points()) == sorted(
        e.name for e in fresh.select(group="srsly_msgpack_decoders")),
    "loads": [e.text for e in load_pipeline(with_parser=False)("Troops left Kursk.").ents]}))
""")
    assert got == {"plain": True, "groups": True, "same": True, "registry": True, "loads": ["Kursk"]}
