"""The README's two commands are the ones CI runs, and a newcomer's first steps are in it (issue 17, item 9)."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
TEST_ONLY = ("pytest", "playwright", "geopandas", "pyproj", "hypothesis", "trustme")


def code_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```\n(.*?)```", text, flags=re.DOTALL)]


def test_ci_runs_exactly_the_readme_install_and_test_commands() -> None:
    blocks = code_blocks(README)
    install = next(b for b in blocks if b.startswith("python -m pip install -r requirements.txt"))
    test = next(b for b in blocks if "python -m pytest" in b)
    ci_lines = [line.strip() for line in CI.splitlines()]
    assert install.replace(" && streamlit run app.py", "") in ci_lines
    assert test == "python -m pip install -r requirements-test.txt && python -m pytest"
    assert test in ci_lines


def test_the_app_needs_no_test_package() -> None:
    pinned = {line.split("==")[0].lower() for line in (ROOT / "requirements.txt").read_text().splitlines()
              if "==" in line}
    assert not pinned & set(TEST_ONLY)
    tests = (ROOT / "requirements-test.txt").read_text()
    assert "-r requirements.txt" in tests and all(f"{name}==" in tests for name in TEST_ONLY)


def test_install_says_venv_localhost_and_the_one_time_builds() -> None:
    install = README[README.index("## Install and run"):README.index("## Test")]
    assert "python3 -m venv .venv" in install
    assert "--server.address 127.0.0.1" in install
    assert "place-name index" in install and "once" in install
    assert "basemap_tiles" in install
