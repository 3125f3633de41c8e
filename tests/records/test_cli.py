"""``her2nav db upgrade`` and ``her2nav demo`` as a newcomer runs them (real processes, loopback only)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.web.test_crash_safety import _free_port

HER2NAV = str(Path(sys.executable).with_name("her2nav"))


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HER2NAV_")}
    env["HER2NAV_VAR_DIR"] = str(tmp_path)
    return env


def test_db_upgrade_builds_a_fresh_sqlite_database_under_the_var_folder(tmp_path: Path) -> None:
    done = subprocess.run(
        [HER2NAV, "db", "upgrade"], env=_env(tmp_path), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "up to date" in done.stdout
    assert (tmp_path / "her2nav.db").is_file()


def test_serve_refuses_production_mode_with_the_default_secret(tmp_path: Path) -> None:
    env = {**_env(tmp_path), "HER2NAV_MODE": "production"}
    done = subprocess.run([HER2NAV, "serve"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "HER2NAV_SECRET_KEY" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_the_demo_starts_with_the_example_cases_and_working_accounts(tmp_path: Path) -> None:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [HER2NAV, "demo", "--port", str(port), "--var-dir", str(tmp_path / "demo")],
        env={**_env(tmp_path), "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        printed = []
        for line in process.stdout:
            printed.append(line)
            if line.startswith("cases:"):
                break
        accounts = dict(re.findall(r"^\s+\w+\s+(\w+) / (\S+)$", "".join(printed), re.MULTILINE))
        assert set(accounts) == {"admin", "coordinator", "clinician", "patient"}
        for _ in range(300):
            try:
                if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        seen = {}
        for name, password in accounts.items():
            client = httpx.Client(base_url=base)
            assert (
                client.post("/api/session", json={"username": name, "password": password}).status_code == 200
            )
            seen[name] = len(client.get("/api/cases").json())
        assert seen == {"admin": 7, "coordinator": 7, "clinician": 2, "patient": 1}
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=20)
