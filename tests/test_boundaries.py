"""Meta-tests of the package boundaries in shared/ARCHITECTURE.md."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def package_files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", ["timeline", "geodata"])
def test_packages_never_import_streamlit(package: str) -> None:
    offenders = [str(p.relative_to(ROOT)) for p in package_files(package)
                 if {"streamlit", "streamlit_folium"} & imported_modules(p)]
    assert offenders == []


def test_geodata_never_imports_timeline() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in package_files("geodata") if "timeline" in imported_modules(p)]
    assert offenders == []


def test_package_files_exist() -> None:
    assert package_files("timeline") and package_files("geodata")
