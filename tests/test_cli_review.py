"""Property tests: random valid cases never crash the review; random invalid ones exit 2 with a field path."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from her2nav.case.errors import CaseError
from her2nav.case.load import case_from_data
from her2nav.cli import app
from her2nav.knowledge.agents import vocabulary
from her2nav.knowledge.regions import REGIONS
from her2nav.review import build_review

AS_OF = dt.date(2026, 11, 23)
STATUSES = {"approved", "approved_restricted", "not_funded", "not_approved", "unknown"}
CONDITIONS = [
    "interstitial_lung_disease",
    "pneumonitis",
    "autoimmune_disease",
    "organ_transplant",
    "heart_failure",
    "brain_metastases",
]

days = st.integers(min_value=0, max_value=2500).map(lambda n: (AS_OF - dt.timedelta(days=n)).isoformat())
maybe = st.none() | st.just(None)


def nullable(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


biomarker = st.one_of(
    st.fixed_dictionaries(
        {
            "kind": st.just("her2_ihc"),
            "score": st.sampled_from(["0", "1+", "2+", "3+"]),
            "specimen": nullable(st.sampled_from(["biopsy", "resection", "cytology"])),
            "criteria": nullable(st.sampled_from(["gastric", "breast", "unknown"])),
            "tested_on": nullable(days),
        }
    ),
    st.fixed_dictionaries(
        {
            "kind": st.just("her2_ish"),
            "ratio": st.floats(0.5, 8, allow_nan=False),
            "tested_on": nullable(days),
        }
    ),
    st.fixed_dictionaries(
        {"kind": st.just("pdl1_cps"), "value": st.floats(0, 100), "tested_on": nullable(days)}
    ),
    st.fixed_dictionaries(
        {"kind": st.just("cldn18_2"), "percent_positive": st.floats(0, 100), "tested_on": nullable(days)}
    ),
    st.fixed_dictionaries({"kind": st.just("mmr"), "result": st.sampled_from(["proficient", "deficient"])}),
    st.fixed_dictionaries(
        {"kind": st.just("msi"), "result": st.sampled_from(["mss", "msi_low", "msi_high"])}
    ),
    st.fixed_dictionaries(
        {"kind": st.just("her2_ctdna"), "result": st.sampled_from(["amplified", "not_detected"])}
    ),
)


@st.composite
def treatments(draw: st.DrawFn) -> list[dict[str, Any]]:
    agents = sorted(vocabulary().by_id)
    n = draw(st.integers(0, 4))
    out: list[dict[str, Any]] = []
    start = AS_OF - dt.timedelta(days=2400)
    for i in range(n):
        begin = start + dt.timedelta(days=draw(st.integers(0, 100)))
        end = begin + dt.timedelta(days=draw(st.integers(10, 300)))
        last = i == n - 1
        ongoing = last and draw(st.booleans())
        stop = (
            "ongoing"
            if ongoing
            else draw(st.sampled_from(["progression", "toxicity", "completed", "patient_choice"]))
        )
        course: dict[str, Any] = {
            "line": i + 1,
            "setting": "palliative",
            "agents": draw(st.lists(st.sampled_from(agents), min_size=1, max_size=3, unique=True)),
            "started_on": begin.isoformat(),
            "stop_reason": stop,
            "toxicities": draw(
                st.lists(
                    st.fixed_dictionaries(
                        {
                            "event": st.sampled_from(["pneumonitis", "neutropenia", "diarrhoea"]),
                            "grade": st.integers(1, 5),
                        }
                    ),
                    max_size=2,
                )
            ),
        }
        if not ongoing:
            course["ended_on"] = end.isoformat()
        out.append(course)
        start = end + dt.timedelta(days=5)
    return out


cases = st.fixed_dictionaries(
    {
        "case_id": st.from_regex(r"[A-Za-z0-9_-]{1,20}", fullmatch=True),
        "as_of": st.just(AS_OF.isoformat()),
        "patient": st.fixed_dictionaries(
            {
                "age": nullable(st.integers(18, 120)),
                "ecog": nullable(st.integers(0, 4)),
                "lvef_percent": nullable(st.integers(20, 80)),
                "conditions": nullable(st.lists(st.sampled_from(CONDITIONS), unique=True, max_size=3)),
                "region": nullable(st.sampled_from(list(REGIONS))),
            }
        ),
        "diagnosis": st.fixed_dictionaries(
            {
                "site": st.sampled_from(["stomach", "gej", "esophagus"]),
                "histology": st.sampled_from(
                    ["adenocarcinoma", "adenocarcinoma", "squamous_cell_carcinoma", "other"]
                ),
                "setting": st.sampled_from(
                    ["resectable", "locally_advanced_unresectable", "metastatic", "recurrent"]
                ),
            }
        ),
        "biomarkers": st.lists(biomarker, max_size=6),
        "treatments": treatments(),
    }
)


@settings(max_examples=1200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=cases)
def test_random_valid_cases_never_crash_and_keep_the_contract(data: dict[str, Any]) -> None:
    try:
        case = case_from_data(data)
    except CaseError:
        reject()  # counted by Hypothesis, which fails the test when most drawn cases are invalid
    review = build_review(case).data
    assert [o["rank"] for o in review["options"]] == list(range(1, len(review["options"]) + 1))
    for option in review["options"]:
        assert set(option["access"]) == set(REGIONS)
        assert {a["status"] for a in option["access"].values()} <= STATUSES
        assert option["preference"] in {"preferred", "alternative", "consider"}
    listed = {o["id"] for o in review["options"]}
    assert not listed & {e["id"] for e in review["excluded"]}
    if case.diagnosis.histology != "adenocarcinoma":
        assert not listed & {"trastuzumab_chemo", "pembrolizumab_trastuzumab_chemo", "trastuzumab_deruxtecan"}
    if review["current_line"] is None:
        assert review["options"] == []


BREAKAGES: list[tuple[str, Any, str]] = [
    ("biomarkers", [{"kind": "her2_ihc", "score": "4+"}], "biomarkers[0].score"),
    ("patient", {"ecog": 7}, "patient.ecog"),
    ("patient", {"lvef_percent": 0}, "patient.lvef_percent"),
    ("patient", {"favourite_colour": "blue"}, "patient.favourite_colour"),
    (
        "diagnosis",
        {"site": "liver", "histology": "adenocarcinoma", "setting": "metastatic"},
        "diagnosis.site",
    ),
    ("diagnosis", {"histology": "adenocarcinoma", "setting": "metastatic"}, "diagnosis.site"),
    ("as_of", "23/11/2026", "as_of"),
    ("case_id", "bad id with spaces", "case_id"),
    ("treatments", [{"line": 1, "setting": "palliative", "agents": ["unicorn-mab"]}], "treatments[0].agents"),
    ("biomarkers", [{"kind": "pdl1_cps", "value": -3}], "biomarkers[0].value"),
    ("biomarkers", [{"kind": "her2_fish", "ratio": 2}], "biomarkers[0]"),
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=cases, breakage=st.sampled_from(BREAKAGES))
def test_random_invalid_cases_exit_2_naming_the_field(
    tmp_path: Path, data: dict[str, Any], breakage: tuple[str, Any, str]
) -> None:
    key, value, path = breakage
    data = {**data, key: value}
    file = tmp_path / "case.json"
    import json

    file.write_text(json.dumps(data))
    result = CliRunner().invoke(app, ["review", str(file), "--json"])
    assert result.exit_code == 2, result.output
    assert path in result.stderr
    assert "Traceback" not in result.output


def test_the_cli_never_prints_a_traceback_for_unreadable_input(tmp_path: Path) -> None:
    samples = {
        "empty.yaml": b"",
        "binary.yaml": b"\x00\x01\x02",
        "list.yaml": b"- 1\n- 2\n",
        "broken.yaml": b"case_id: [unclosed\n",
        "latin1.yaml": "case_id: caf\xe9".encode("latin-1"),
    }
    for name, raw in samples.items():
        (tmp_path / name).write_bytes(raw)
        result = CliRunner().invoke(app, ["review", str(tmp_path / name)])
        assert result.exit_code == 2, (name, result.output)
        assert "Traceback" not in result.output
        assert result.stderr.strip(), name
    missing = CliRunner().invoke(app, ["review", str(tmp_path / "nope.yaml")])
    assert missing.exit_code == 2
    assert "no such file" in missing.stderr


def test_review_json_is_the_same_for_the_same_case() -> None:
    data = {
        "case_id": "same",
        "as_of": "2026-11-23",
        "diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "setting": "metastatic"},
        "biomarkers": [{"kind": "her2_ihc", "score": "3+"}],
    }
    case = case_from_data(data)
    assert build_review(case).to_json() == build_review(case).to_json()
