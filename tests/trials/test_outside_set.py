"""A ratchet on the outside reviewers' trial judgements: bench/trials_outside.py scores the real CLI
against each outside set (tests/trials/outside/, the development set; heldout/ to heldout92/, the
held-out sets; heldout5 to heldout24, heldout27, heldout41, heldout42 and heldout68 to heldout92 carry
their own records, the others judge shared ones) and no figure may fall behind the bound recorded in
that set's floor file. Closed studies are imported as recruiting (``--closed-as-open``) so that their
criteria, judged blind like the rest, are scored too; that the product never offers them is
test_offering.py's to show."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
FLOOR = HERE / "outside_floor.txt"
SETS = {
    "outside": FLOOR,
    "heldout": HERE / "heldout_floor.txt",
    "heldout2": HERE / "heldout2_floor.txt",
    "heldout3": HERE / "heldout3_floor.txt",
    "heldout4": HERE / "heldout4_floor.txt",
    "heldout5": HERE / "heldout5_floor.txt",
    "heldout6": HERE / "heldout6_floor.txt",
    "heldout7": HERE / "heldout7_floor.txt",
    "heldout8": HERE / "heldout8_floor.txt",
    "heldout9": HERE / "heldout9_floor.txt",
    "heldout10": HERE / "heldout10_floor.txt",
    "heldout11": HERE / "heldout11_floor.txt",
    "heldout12": HERE / "heldout12_floor.txt",
    "heldout13": HERE / "heldout13_floor.txt",
    "heldout14": HERE / "heldout14_floor.txt",
    "heldout15": HERE / "heldout15_floor.txt",
    "heldout16": HERE / "heldout16_floor.txt",
    "heldout17": HERE / "heldout17_floor.txt",
    "heldout18": HERE / "heldout18_floor.txt",
    "heldout19": HERE / "heldout19_floor.txt",
    "heldout20": HERE / "heldout20_floor.txt",
    "heldout21": HERE / "heldout21_floor.txt",
    "heldout22": HERE / "heldout22_floor.txt",
    "heldout23": HERE / "heldout23_floor.txt",
    "heldout24": HERE / "heldout24_floor.txt",
    "heldout25": HERE / "heldout25_floor.txt",
    "heldout26": HERE / "heldout26_floor.txt",
    "heldout27": HERE / "heldout27_floor.txt",
    "heldout28": HERE / "heldout28_floor.txt",
    "heldout29": HERE / "heldout29_floor.txt",
    "heldout30": HERE / "heldout30_floor.txt",
    "heldout31": HERE / "heldout31_floor.txt",
    "heldout32": HERE / "heldout32_floor.txt",
    "heldout33": HERE / "heldout33_floor.txt",
    "heldout34": HERE / "heldout34_floor.txt",
    "heldout35": HERE / "heldout35_floor.txt",
    "heldout36": HERE / "heldout36_floor.txt",
    "heldout37": HERE / "heldout37_floor.txt",
    "heldout38": HERE / "heldout38_floor.txt",
    "heldout39": HERE / "heldout39_floor.txt",
    "heldout40": HERE / "heldout40_floor.txt",
    "heldout41": HERE / "heldout41_floor.txt",
    "heldout42": HERE / "heldout42_floor.txt",
    "heldout43": HERE / "heldout43_floor.txt",
    "heldout44": HERE / "heldout44_floor.txt",
    "heldout45": HERE / "heldout45_floor.txt",
    "heldout46": HERE / "heldout46_floor.txt",
    "heldout47": HERE / "heldout47_floor.txt",
    "heldout48": HERE / "heldout48_floor.txt",
    "heldout49": HERE / "heldout49_floor.txt",
    "heldout50": HERE / "heldout50_floor.txt",
    "heldout51": HERE / "heldout51_floor.txt",
    "heldout52": HERE / "heldout52_floor.txt",
    "heldout53": HERE / "heldout53_floor.txt",
    "heldout54": HERE / "heldout54_floor.txt",
    "heldout55": HERE / "heldout55_floor.txt",
    "heldout56": HERE / "heldout56_floor.txt",
    "heldout57": HERE / "heldout57_floor.txt",
    "heldout58": HERE / "heldout58_floor.txt",
    "heldout59": HERE / "heldout59_floor.txt",
    "heldout60": HERE / "heldout60_floor.txt",
    "heldout61": HERE / "heldout61_floor.txt",
    "heldout62": HERE / "heldout62_floor.txt",
    "heldout63": HERE / "heldout63_floor.txt",
    "heldout64": HERE / "heldout64_floor.txt",
    "heldout65": HERE / "heldout65_floor.txt",
    "heldout66": HERE / "heldout66_floor.txt",
    "heldout67": HERE / "heldout67_floor.txt",
    "heldout68": HERE / "heldout68_floor.txt",
    "heldout69": HERE / "heldout69_floor.txt",
    "heldout70": HERE / "heldout70_floor.txt",
    "heldout71": HERE / "heldout71_floor.txt",
    "heldout72": HERE / "heldout72_floor.txt",
    "heldout73": HERE / "heldout73_floor.txt",
    "heldout74": HERE / "heldout74_floor.txt",
    "heldout75": HERE / "heldout75_floor.txt",
    "heldout76": HERE / "heldout76_floor.txt",
    "heldout77": HERE / "heldout77_floor.txt",
    "heldout78": HERE / "heldout78_floor.txt",
    "heldout79": HERE / "heldout79_floor.txt",
    "heldout80": HERE / "heldout80_floor.txt",
    "heldout81": HERE / "heldout81_floor.txt",
    "heldout82": HERE / "heldout82_floor.txt",
    "heldout83": HERE / "heldout83_floor.txt",
    "heldout84": HERE / "heldout84_floor.txt",
    "heldout85": HERE / "heldout85_floor.txt",
    "heldout86": HERE / "heldout86_floor.txt",
    "heldout87": HERE / "heldout87_floor.txt",
    "heldout88": HERE / "heldout88_floor.txt",
    "heldout89": HERE / "heldout89_floor.txt",
    "heldout90": HERE / "heldout90_floor.txt",
    "heldout91": HERE / "heldout91_floor.txt",
    "heldout92": HERE / "heldout92_floor.txt",
}


def recorded_bounds(text: str) -> list[tuple[str, str, float]]:
    bounds = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, op, value = line.split()
            if op not in (">=", "<="):
                raise ValueError(f"floor file: {line!r} needs >= or <=")
            bounds.append((name, op, float(value)))
    return bounds


def falling_behind(figures: dict[str, float], bounds: list[tuple[str, str, float]]) -> list[str]:
    return [
        f"{name} {figures.get(name)} (recorded {op} {value:g})"
        for name, op, value in bounds
        if name not in figures or (figures[name] < value if op == ">=" else figures[name] > value)
    ]


def test_a_figure_below_its_floor_or_above_its_ceiling_is_reported() -> None:
    bounds = recorded_bounds("agreement >= 0.9\ndangerous <= 0\n")
    assert falling_behind({"agreement": 0.95, "dangerous": 0}, bounds) == []
    assert falling_behind({"agreement": 0.85, "dangerous": 2}, bounds) == [
        "agreement 0.85 (recorded >= 0.9)",
        "dangerous 2 (recorded <= 0)",
    ]


@pytest.mark.skipif(not Path("/work/shared/data/trials").exists(), reason="registry records not present")
@pytest.mark.parametrize("folder", sorted(SETS))
def test_each_outside_set_scores_no_worse_than_its_recorded_figures(folder: str, tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "trials_outside.py"),
            "--folder",
            str(HERE / folder),
            "--worst",
            "0",
            "--closed-as-open",
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert falling_behind(figures, recorded_bounds(SETS[folder].read_text(encoding="utf-8"))) == []
