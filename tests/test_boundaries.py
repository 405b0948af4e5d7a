"""Meta-tests of the house's floors (docs/ARCHITECTURE.md, ../shared/ARCHITECTURE.md).

Every import counts, at module level or inside a function: a lazy import is still an arrow.
Each package is a stack of floors; a module may import its own floor and the floors below,
never a higher one; no two modules import each other through any chain; ``geodata`` never
imports ``timeline`` or ``ui``, ``timeline`` never imports ``ui``; only ``app.py`` and ``ui/``
import Streamlit.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("timeline", "geodata", "ui")

#: Floors from the bottom: a module's floor is the first prefix listed that names it. The
#: package itself (its ``__init__`` and ``__main__``) is the top floor of its package.
FLOORS = {
    "timeline": ["timeline.model", "timeline.errors", "timeline.sources", "timeline.dates", "timeline.events",
                 "timeline.store", "timeline.run", "timeline.view", "timeline.cli"],
    "geodata": ["geodata.model", "geodata.language", "geodata.gazetteer", "geodata.toponyms", "geodata.export"],
}
#: Floors that share a level (neither imports the other).
SAME_LEVEL = {"timeline.errors": "timeline.model"}
STREAMLIT = {"streamlit", "streamlit_folium"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules() -> dict[str, Path]:
    files = [ROOT / "app.py"] + [p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))]
    return {module_name(p): p for p in files}


MODULES = project_modules()


def imports_of(path: Path) -> set[str]:
    """The modules ``path`` imports: ``from a.b import c`` is ``a.b.c`` when that is a module."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                names.add(full if full in MODULES else node.module)
    return names


GRAPH = {name: {i for i in imports_of(path) if i in MODULES} for name, path in MODULES.items()}
EXTERNAL = {name: {i.split(".")[0] for i in imports_of(path)} for name, path in MODULES.items()}


def floor_of(module: str) -> tuple[str, int] | None:
    package = module.split(".")[0]
    floors = FLOORS.get(package)
    if floors is None:
        return None
    for level, prefix in enumerate(floors):
        if module == prefix or module.startswith(prefix + "."):
            same = SAME_LEVEL.get(prefix)
            return package, floors.index(same) if same else level
    if module in (package, f"{package}.__main__"):
        return package, len(floors)
    raise AssertionError(f"{module} sits on no floor: add it to a floor or to FLOORS")


@pytest.mark.parametrize("package", ["timeline", "geodata"])
def test_no_module_imports_a_higher_floor(package: str) -> None:
    upward = []
    for module, targets in GRAPH.items():
        mine = floor_of(module) if module.split(".")[0] == package else None
        for target in targets:
            theirs = floor_of(target)
            if mine and theirs and theirs[0] == package and theirs[1] > mine[1]:
                upward.append(f"{module} -> {target}")
    assert upward == []


def test_no_two_modules_import_each_other_through_any_chain() -> None:
    """Strongly connected components (Tarjan) of the import graph: each must be one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in GRAPH[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in GRAPH:
        if node not in index:
            visit(node)
    assert circles == []


@pytest.mark.parametrize("package", ["timeline", "geodata"])
def test_packages_never_import_streamlit(package: str) -> None:
    offenders = [m for m in MODULES if m.split(".")[0] == package and STREAMLIT & EXTERNAL[m]]
    assert offenders == []


def test_only_app_and_ui_import_streamlit() -> None:
    users = {m for m in MODULES if STREAMLIT & EXTERNAL[m]}
    assert users and all(m == "app" or m.startswith("ui") for m in users)


def test_geodata_never_imports_timeline_or_ui() -> None:
    offenders = [m for m in MODULES if m.startswith("geodata") and {"timeline", "ui"} & EXTERNAL[m]]
    assert offenders == []


def test_timeline_never_imports_ui() -> None:
    assert [m for m in MODULES if m.startswith("timeline") and "ui" in EXTERNAL[m]] == []


@pytest.mark.parametrize("package", ["timeline", "geodata"])
def test_at_most_six_modules_sit_directly_in_a_package(package: str) -> None:
    loose = [p.name for p in (ROOT / package).glob("*.py") if p.name not in ("__init__.py", "__main__.py")]
    assert 0 < len(loose) <= 6


def test_every_floor_says_what_it_holds_and_may_import() -> None:
    packages = [p for p in MODULES.values() if p.name == "__init__.py" and p.parent.parent.parent == ROOT]
    assert packages
    for init in packages:
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and "May import" in doc, f"{init.relative_to(ROOT)} needs a docstring saying what it may import"


def test_the_page_only_arranges_panels() -> None:
    assert len((ROOT / "app.py").read_text(encoding="utf-8").splitlines()) <= 300
