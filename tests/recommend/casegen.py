"""Random valid case data (CONTRACT §1) from a seeded generator, shared by bench/review.py and the
golden-output test. Covers HER2/PD-L1/CLDN18.2/MMR markers, 0-4 palliative lines, every region,
ECOG, LVEF, conditions, histology and setting; it does not aim at clinical realism."""

from __future__ import annotations

import random
from typing import Any

from her2nav.knowledge.agents import vocabulary
from her2nav.knowledge.regions import REGIONS

CONDITIONS = ["interstitial_lung_disease", "pneumonitis", "autoimmune_disease", "organ_transplant"]


def random_case(rng: random.Random, i: int) -> dict[str, Any]:
    """One case; the same ``rng`` state and ``i`` always give the same case."""
    agents = sorted(vocabulary().by_id)
    markers: list[dict[str, Any]] = []
    if rng.random() < 0.9:
        markers.append(
            {"kind": "her2_ihc", "score": rng.choice(["0", "1+", "2+", "3+"]), "tested_on": "2025-02-20"}
        )
    if rng.random() < 0.4:
        markers.append(
            {"kind": "her2_ish", "ratio": round(rng.uniform(0.8, 6), 1), "tested_on": "2025-02-25"}
        )
    if rng.random() < 0.8:
        markers.append({"kind": "pdl1_cps", "value": rng.choice([0, 0.5, 1, 3, 5, 10, 30])})
    if rng.random() < 0.5:
        markers.append({"kind": "cldn18_2", "percent_positive": rng.randint(0, 100)})
    if rng.random() < 0.7:
        markers.append({"kind": "mmr", "result": rng.choice(["proficient"] * 9 + ["deficient"])})
    lines = []
    for n in range(1, rng.randint(0, 4) + 1):
        lines.append(
            {
                "line": n,
                "setting": "palliative",
                "agents": rng.sample(agents, rng.randint(1, 3)),
                "started_on": f"2025-0{n + 2}-01",
                "ended_on": f"2025-0{n + 2}-25",
                "stop_reason": rng.choice(["progression", "progression", "toxicity", "completed"]),
            }
        )
    return {
        "case_id": f"bench-{i}",
        "as_of": rng.choice(["2025-12-01", "2026-02-01", "2026-11-23"]),
        "patient": {
            "ecog": rng.choice([0, 1, 1, 2, 3, None]),
            "lvef_percent": rng.choice([40, 55, 62, None]),
            "conditions": rng.sample(CONDITIONS, rng.randint(0, 1)),
            "region": rng.choice(REGIONS),
        },
        "diagnosis": {
            "site": rng.choice(["stomach", "gej", "esophagus"]),
            "histology": rng.choice(["adenocarcinoma"] * 9 + ["squamous_cell_carcinoma"]),
            "setting": rng.choice(["metastatic"] * 8 + ["resectable", "recurrent"]),
        },
        "biomarkers": markers,
        "treatments": lines,
    }


def random_cases(n: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [random_case(rng, i) for i in range(n)]
