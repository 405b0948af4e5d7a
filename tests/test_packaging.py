"""pyproject.toml: ``pip install .`` gives every module and data file of timeline and geodata,
a ``timeline`` command, and the pinned requirements as dependencies (#18.12)."""
from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.package import ROOT, build_package


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project as pip installs it."""
    return build_package(tmp_path_factory.mktemp("site"))


def tracked(*folders: str) -> set[str]:
    listed = subprocess.run(["git", "ls-files", *folders], cwd=ROOT, capture_output=True, text=True, check=True)
    return {line for line in listed.stdout.splitlines() if line}


def test_the_installed_layout_holds_every_module_and_data_file(site: Path) -> None:
    installed = {str(path.relative_to(site)) for path in site.rglob("*") if path.is_file()}
    assert installed == tracked("timeline", "geodata")


def test_the_installed_packages_work_from_elsewhere(site: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(site), "TIMELINE_FAKE_EXTRACTOR": "fake"}
    check = ("import timeline, geodata; from timeline.sources.demo import load_demo_articles; "
             "from geodata.gazetteer.basemap import country_names; from geodata.export.webmap import asset_data_uri; "
             "assert timeline.__file__.startswith(sys.argv[1]) and len(load_demo_articles()) == 9; "
             "assert country_names()['UA'] and asset_data_uri('leaflet/leaflet.js').startswith('data:')")
    done = subprocess.run([sys.executable, "-c", "import sys; " + check, str(site)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_the_timeline_command_and_the_dependencies() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"] == {"timeline": "timeline.cli.main:main"}
    from timeline.cli.main import main

    assert main(["dates", "missing.txt", "--published", "2025-07-14"]) == 2  # the script's target runs
    assert project["project"]["dynamic"] == ["dependencies"]
    assert project["tool"]["setuptools"]["dynamic"]["dependencies"] == {"file": ["requirements.txt"]}
