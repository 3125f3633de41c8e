"""The layers of DESIGN.md are enforced: `lint-imports` (run by `make lint`) passes on the package as
it is and fails as soon as a lower layer imports a higher one."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
LINT = str(Path(sys.executable).with_name("lint-imports"))


def lint(folder: Path) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": str(folder), "PATH": "/usr/bin:/bin"}
    return subprocess.run([LINT], cwd=folder, env=env, capture_output=True, text=True, timeout=120)


def copy_of_the_package(tmp_path: Path) -> Path:
    shutil.copytree(
        ROOT / "her2nav", tmp_path / "her2nav", ignore=shutil.ignore_patterns("__pycache__", "data")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_package_keeps_every_layer_contract(tmp_path: Path) -> None:
    result = lint(copy_of_the_package(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_case_model_importing_the_web_app_breaks_the_build(tmp_path: Path) -> None:
    folder = copy_of_the_package(tmp_path)
    models = folder / "her2nav" / "case" / "models.py"
    models.write_text(
        models.read_text(encoding="utf-8") + "\nimport her2nav.web.app  # noqa\n", encoding="utf-8"
    )
    result = lint(folder)
    assert result.returncode != 0
    assert "her2nav.case is not allowed to import her2nav.web" in result.stdout


def test_a_cycle_inside_trials_breaks_the_build(tmp_path: Path) -> None:
    folder = copy_of_the_package(tmp_path)
    store = folder / "her2nav" / "trials" / "registry" / "store.py"
    store.write_text(
        store.read_text(encoding="utf-8") + "\nimport her2nav.trials.matching.match  # noqa\n",
        encoding="utf-8",
    )
    assert lint(folder).returncode != 0
