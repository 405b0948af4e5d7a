"""Building the project as ``pip install .`` would lay it out, without pip or a network:
setuptools' ``build_py`` reads pyproject.toml and copies the packages and their data files
into a folder, which is what the wheel pip builds holds (pure Python, no compiled parts).
Used by tests/test_packaging.py and tests/timeline/run/test_cluster.py."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BUILD = """
import os, sys, warnings
warnings.simplefilter("ignore")
from setuptools.config.pyprojecttoml import apply_configuration
from setuptools.dist import Distribution
dist = apply_configuration(Distribution(), "pyproject.toml")
dist.script_name = "pyproject.toml"
command = dist.get_command_obj("build_py")
command.build_lib = sys.argv[1]
command.compile = False
dist.run_command("build_py")
"""


def build_package(target: Path) -> Path:
    """The project's packages and data files, as installed, in ``target`` (returned)."""
    subprocess.run([sys.executable, "-c", BUILD, str(target)], cwd=ROOT, check=True, capture_output=True,
                   timeout=120)
    return target
