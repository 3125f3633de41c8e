"""Suite-wide fixtures and Hypothesis profiles. Domain fixtures live in tests/<domain>/conftest.py.

Hypothesis runs the "ci" profile unless HYPOTHESIS_PROFILE names another: derandomized, so that
`make test` draws the same examples on every machine and a failure can be run again as it was.
"dev" draws new random examples each run (fewer of them) to look further while working."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", max_examples=25, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session", autouse=True)
def _trial_registry_outside_the_tree(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Reviews match the installed trial registry; in tests it lives in a temporary SQLite file (the
    shipped snapshot is installed into it on first use), never in the working tree's var/."""
    if "HER2NAV_REGISTRY_URL" in os.environ:
        yield
        return
    path: Path = tmp_path_factory.mktemp("registry") / "registry.sqlite"
    os.environ["HER2NAV_REGISTRY_URL"] = f"sqlite:///{path}"
    try:
        yield
    finally:
        os.environ.pop("HER2NAV_REGISTRY_URL", None)
