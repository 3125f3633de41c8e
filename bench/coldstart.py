"""Cold start of `her2nav review CASE --json` against a bare interpreter start (issue 12 point 7).

Times, in one run and on the same interpreter (the one in .venv):
  bare    `.venv/bin/python -c pass`
  review  `.venv/bin/her2nav review CASE --json` (trial matching on, the default, against the shipped
          trial registry)
and prints the median of each over --runs processes and their ratio. Target: ratio <= 10
(`--check` exits 1 when it is above). For scale it also times a floor that no change to her2nav can go
below while the review matches trials through the SQLAlchemy registry:
  floor   `.venv/bin/python -c "import sqlalchemy, pydantic"` (the registry's and the models' libraries,
          imported and nothing else)

The review runs with a fresh registry location in a temporary folder (HER2NAV_REGISTRY_URL,
HER2NAV_VAR_DIR; working directory there too), so nothing in the tree or the user's folders is read or
written. The registry is installed from the shipped snapshot on first use: ONE WARM-UP REVIEW RUNS BEFORE
TIMING, so that the install is not counted; every timed run is a later start, as a user sees it from the
second review on.
The warm-up's output is checked: it must be a review with its trials matched (no TRIALS_UNAVAILABLE).

Bare and review runs alternate, so that load from other work on the shared machine falls on both.
The environment is passed on as it is. Note that the development shell sets PYTHONDONTWRITEBYTECODE and
the venv (uv sync) holds no .pyc files, so there every module is compiled from source at every start;
`--bytecode-cache` instead lets Python cache compiled modules in a temporary folder (one warm-up run of
each command fills it), as an installed package would have them.

Run: .venv/bin/python bench/coldstart.py [--runs 5] [--case FILE] [--check] [--bytecode-cache]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
HER2NAV = ROOT / ".venv" / "bin" / "her2nav"
DEFAULT_CASE = ROOT / ".." / "shared" / "examples" / "e01-first-line-her2-positive-cps10.case.yaml"
TARGET_RATIO = 10.0


def _environment(scratch: Path, bytecode_cache: bool) -> dict[str, str]:
    env = dict(os.environ)
    env["HER2NAV_REGISTRY_URL"] = f"sqlite:///{scratch / 'registry.sqlite'}"
    env["HER2NAV_VAR_DIR"] = str(scratch / "var")
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    return env


def _seconds(command: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed (exit {done.returncode}): {done.stderr.decode().strip()}")
    return elapsed


def _warm_up(review: list[str], env: dict[str, str], cwd: Path) -> int:
    """One review before timing (installs the registry); returns how many trials it listed."""
    done = subprocess.run(review, env=env, cwd=cwd, capture_output=True, check=False)
    if done.returncode != 0:
        sys.exit(f"the warm-up review failed (exit {done.returncode}): {done.stderr.decode().strip()}")
    data = json.loads(done.stdout)
    codes = [w.get("code") for w in data.get("warnings", [])]
    if "TRIALS_UNAVAILABLE" in codes or data.get("trials") is None:
        sys.exit("the warm-up review did not match trials: the figures would not include the registry")
    return len(data["trials"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="processes timed for each command (median)")
    parser.add_argument("--case", type=Path, default=DEFAULT_CASE.resolve(), help="case file to review")
    parser.add_argument("--check", action="store_true", help=f"exit 1 if the ratio is above {TARGET_RATIO:g}")
    parser.add_argument(
        "--bytecode-cache", action="store_true", help="let Python cache compiled modules (temporary folder)"
    )
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if not args.case.is_file():
        parser.error(f"no case file at {args.case}")

    bare = [str(PYTHON), "-c", "pass"]
    floor = [str(PYTHON), "-c", "import sqlalchemy, pydantic"]
    review = [str(HER2NAV), "review", str(args.case.resolve()), "--json"]
    with tempfile.TemporaryDirectory(prefix="her2nav-coldstart-") as folder:
        scratch = Path(folder)
        env = _environment(scratch, args.bytecode_cache)
        trials = _warm_up(review, env, scratch)
        _seconds(bare, env, scratch)
        _seconds(floor, env, scratch)
        bare_times: list[float] = []
        review_times: list[float] = []
        floor_times: list[float] = []
        for _ in range(args.runs):
            bare_times.append(_seconds(bare, env, scratch))
            review_times.append(_seconds(review, env, scratch))
            floor_times.append(_seconds(floor, env, scratch))

    bare_median = statistics.median(bare_times)
    review_median = statistics.median(review_times)
    floor_median = statistics.median(floor_times)
    ratio = review_median / bare_median
    mode = "bytecode cached in a temporary folder" if args.bytecode_cache else "environment as given"
    if not args.bytecode_cache and os.environ.get("PYTHONDONTWRITEBYTECODE"):
        mode += " (PYTHONDONTWRITEBYTECODE set: a module without a cached .pyc is compiled at every start)"
    print(f"case: {args.case.name}; {trials} trials listed; {mode}")
    print("one warm-up review ran first (shipped registry installed); not counted")
    rows = (
        ("bare", "`python -c pass`", bare_median),
        ("review", "`her2nav review CASE --json`", review_median),
        ("floor", "`python -c 'import sqlalchemy, pydantic'`", floor_median),
    )
    for label, command, median in rows:
        print(f"{label:<6} {command:<43} median of {args.runs}: {median * 1000:7.1f} ms")
    print(f"  (floor / bare: {floor_median / bare_median:.1f}x)")
    print(
        f"  (review runs: {', '.join(f'{t * 1000:.0f}' for t in sorted(review_times))} ms; "
        f"bare: {', '.join(f'{t * 1000:.0f}' for t in sorted(bare_times))} ms)"
    )
    print(f"ratio review / bare: {ratio:.1f}x (target <= {TARGET_RATIO:g}x)")
    if args.check and ratio > TARGET_RATIO:
        sys.exit(1)


if __name__ == "__main__":
    main()
