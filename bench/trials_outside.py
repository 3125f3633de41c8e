"""Score `her2nav trials match` against the outside reviewers' criterion judgements.

tests/trials/outside/ holds patient cases (cases/*.case.yaml) and, per reviewer, one file per trial
(<reviewer>/NCT….yaml) with every criterion as written in the registry record, its kind, and a status
per case (met | not_met | unknown, CONTRACT §3), plus a verdict per case. The reviewers had not read
the matcher. A set whose trials are not among the shared records carries them in its own `records/`
folder (ClinicalTrials.gov API v2 JSON). This script imports exactly those trials into a scratch
registry, runs the real CLI for each case, aligns the tool's criteria with the reviewer's by text
(an item found among another cohort's criteria, which the tool lists under ``other_cohorts``, is
counted as unaligned: the tool judges the patient under the cohort that suits him), and prints:

- decidable agreement: of the criteria both the tool and the reviewer decided (met / not_met), the
  share where they agree (target ≥ 0.90);
- dangerous passes: the tool says met where the reviewer says not_met (target 0);
- unknowns the case decides, passes the reviewer cannot confirm, false exclusions;
- trial verdict agreement over every (case, trial) pair; a trial the tool does not list counts as
  "not offered", which agrees only with a reviewer's `ineligible` (target ≥ 0.95);
- for information, the same agreement without the pairs of a closed study (completed, terminated,
  withdrawn, or one whose results the knowledge base cites) that the tool does not offer (issue 15
  class 10: never offered) and a reviewer judged on its eligibility text alone.

    .venv/bin/python bench/trials_outside.py [--worst 25] [--json FILE] [--closed-as-open]

``--closed-as-open`` imports closed studies as recruiting so that their criteria, judged blind like
any other, are scored as well; its verdict figures then count pairs the product would never offer.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUTSIDE = ROOT / "tests" / "trials" / "outside"
RECORDS = [ROOT.parent / "shared" / "data" / "trials" / f for f in ("her2-gastric", "hk-sample")]
DECIDED = {"met", "not_met"}


def normal(text: str) -> str:
    """Criterion text compared without bullets, numbering, case, punctuation runs or white space."""
    text = re.sub(r"^\s*(?:[-*•·]|\d+[.)]|[a-z][.)])\s*", "", text.strip().lower())
    return re.sub(r"[\s\W_]+", " ", text).strip()


def align(wanted: str, tool_texts: list[str]) -> int | None:
    """Index of the tool's criterion that is the reviewer's (same text, one inside the other, or close)."""
    target = normal(wanted)
    if not target:
        return None
    texts = [normal(t) for t in tool_texts]
    for i, text in enumerate(texts):
        if text == target:
            return i
    for i, text in enumerate(tool_texts):  # "Age: 18 to 69": NCI's label the tool reads with its item
        if normal(re.sub(r"^(Age|Performance status|Life expectancy)\s*:\s*", "", text)) == target:
            return i
    for i, text in enumerate(texts):
        if len(target) > 20 and len(text) > 20 and (target in text or text in target):
            return i
    best, best_ratio = None, 0.0
    for i, text in enumerate(texts):
        ratio = difflib.SequenceMatcher(None, target, text, autojunk=False).ratio()
        if ratio > best_ratio:
            best, best_ratio = i, ratio
    return best if best_ratio >= 0.85 else None


@dataclass
class Score:
    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)  # (tool, reviewer) statuses
    unaligned: int = 0
    other_cohort: int = 0  # of the unaligned: items of a cohort the tool does not judge the patient in
    judged: int = 0
    verdicts: Counter[bool] = field(default_factory=Counter)
    closed_not_offered: int = 0  # pairs of a closed study the tool did not offer, reviewer not ineligible
    worst: list[str] = field(default_factory=list)

    def decidable(self) -> tuple[int, int]:
        both = {k: v for k, v in self.pairs.items() if k[0] in DECIDED and k[1] in DECIDED}
        agree = sum(v for (tool, rev), v in both.items() if tool == rev)
        return agree, sum(both.values())


def trial_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*/NCT*.yaml"))


CLOSED = {"COMPLETED", "TERMINATED", "WITHDRAWN"}


def _record(nct: str, own: Path | None) -> Path:
    places = [*RECORDS, *([own] if own and own.is_dir() else [])]
    source = next((d / f"{nct}.json" for d in places if (d / f"{nct}.json").exists()), None)
    if source is None:
        raise SystemExit(f"no registry record for {nct} in {', '.join(map(str, places))}")
    return source


def closed(nct: str, own: Path | None) -> bool:
    """Closed by its record's status, or a study whose results the knowledge base cites (the product
    never offers those either, whatever a stale record says: registry/study.results_reported)."""
    record = json.loads(_record(nct, own).read_text(encoding="utf-8"))
    status = record.get("protocolSection", {}).get("statusModule", {}).get("overallStatus")
    return str(status).upper() in CLOSED or nct in _results_reported()


def _results_reported() -> set[str]:
    sys.path.insert(0, str(ROOT))
    from her2nav.trials.registry.study import results_reported

    return set(results_reported())


def install_registry(
    ncts: set[str], env: dict[str, str], own: Path | None = None, closed_as_open: bool = False
) -> None:
    """Import the judged trials: from the shared records, or from the set's own `records/` folder.
    With ``closed_as_open`` a completed, terminated or withdrawn study is imported as recruiting, so
    that the tool judges its criteria too (the product never offers it: issue 15 class 10)."""
    folder = Path(tempfile.mkdtemp(prefix="outside-trials-"))
    for nct in ncts:
        source = _record(nct, own)
        record = json.loads(source.read_text(encoding="utf-8"))
        status = record.get("protocolSection", {}).get("statusModule", {})
        if closed_as_open and str(status.get("overallStatus")).upper() in CLOSED:
            status["overallStatus"] = "RECRUITING"
        (folder / source.name).write_text(json.dumps(record), encoding="utf-8")
    her2nav = str(ROOT / ".venv" / "bin" / "her2nav")
    subprocess.run([her2nav, "trials", "import", str(folder)], env=env, check=True, capture_output=True)


def match(case_file: Path, env: dict[str, str]) -> dict[str, dict[str, Any]]:
    her2nav = str(ROOT / ".venv" / "bin" / "her2nav")
    done = subprocess.run(
        [her2nav, "trials", "match", str(case_file), "--json"], env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"{case_file.name}: {done.stderr.strip()}")
    return {entry["nct_id"]: entry for entry in json.loads(done.stdout)}


def judged_criteria(entry: dict[str, Any]) -> list[dict[str, Any]]:
    """Every criterion the tool judged for a trial: those shown for the cohort that suits the patient
    first, then each other cohort's (``other_cohorts``), so that a reviewer's item for another cohort
    is found with its own text rather than matched to a look-alike of the shown cohort's."""
    others = [c for other in entry.get("other_cohorts") or [] for c in other["criteria"]]
    return [*entry["criteria"], *others]


def score(folder: Path, worst: int, closed_as_open: bool = False) -> Score:
    files = trial_files(folder)
    judgements = [(f, yaml.safe_load(f.read_text(encoding="utf-8"))) for f in files]
    env = {**os.environ, "HER2NAV_REGISTRY_URL": f"sqlite:///{tempfile.mkdtemp()}/outside.sqlite"}
    install_registry({j["nct_id"] for _, j in judgements}, env, folder / "records", closed_as_open)
    cases = {p.name.split(".")[0]: p for p in sorted((folder / "cases").glob("*.case.yaml"))}
    matched = {name: match(path, env) for name, path in cases.items()}
    result = Score()
    for path, judged in judgements:
        nct = judged["nct_id"]
        for case, verdict in (judged.get("verdicts") or {}).items():
            entry = matched.get(case, {}).get(nct)
            tool = entry["verdict"] if entry else "not_offered"
            agree = tool == verdict or (tool == "not_offered" and verdict == "ineligible")
            result.verdicts[agree] += 1
            if not agree and tool == "not_offered" and closed(nct, folder / "records"):
                result.closed_not_offered += 1
            if not agree:
                result.worst.append(f"{case} {nct}: verdict {tool}, reviewer {verdict}")
        for criterion in judged.get("criteria") or []:
            reasons = criterion.get("reasons") or {}
            for case, wanted in (criterion.get("judgements") or {}).items():
                entry = matched.get(case, {}).get(nct)
                if entry is None:
                    continue  # the tool did not list the trial: its verdict is scored above
                result.judged += 1
                tool_criteria = judged_criteria(entry)
                at = align(criterion["text"], [c["text"] for c in tool_criteria])
                if at is None or at >= len(entry["criteria"]):
                    # another cohort's item: the tool judges the patient under the cohort that suits
                    # him, the reviewer mostly as "does not apply"; not comparable either way
                    result.other_cohort += at is not None
                    result.unaligned += 1
                    continue
                got = tool_criteria[at]
                result.pairs[(got["status"], wanted)] += 1
                if got["status"] == "met" and wanted == "not_met":
                    why = reasons.get(case, "")
                    result.worst.insert(
                        0, f"DANGEROUS {case} {nct} [{path.parent.name}]: {criterion['text'][:90]!r} ({why})"
                    )
    del result.worst[worst:]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--worst", type=int, default=25)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--folder", type=Path, default=OUTSIDE, help="the outside set (default: %(default)s)")
    parser.add_argument(
        "--closed-as-open",
        action="store_true",
        help="import closed studies as recruiting, so that their criteria are scored too (verdict figures"
        " then count pairs the product would never offer)",
    )
    args = parser.parse_args()
    if not trial_files(args.folder):
        print(f"no outside judgements in {args.folder}")
        return 1
    result = score(args.folder, args.worst, args.closed_as_open)
    agree, decided = result.decidable()
    compared = sum(result.pairs.values())
    same = sum(v for (tool, reviewer), v in result.pairs.items() if tool == reviewer)
    figures = {
        "judgements": result.judged,
        "aligned": compared,
        "unaligned": result.unaligned,
        "other_cohort_items": result.other_cohort,
        "decidable_agreement": round(agree / max(1, decided), 3),
        "decided_by_both": decided,
        "dangerous_met": result.pairs[("met", "not_met")],
        "unknown_where_case_decides": result.pairs[("unknown", "met")] + result.pairs[("unknown", "not_met")],
        "met_where_reviewer_unknown": result.pairs[("met", "unknown")],
        "false_exclusions": result.pairs[("not_met", "met")],
        "all_status_agreement": round(same / max(1, compared), 3),
        "verdict_agreement": round(result.verdicts[True] / max(1, sum(result.verdicts.values())), 3),
        "verdict_pairs": sum(result.verdicts.values()),
        "verdict_agreement_open_studies": round(
            result.verdicts[True] / max(1, sum(result.verdicts.values()) - result.closed_not_offered), 3
        ),
    }
    for key, value in figures.items():
        print(f"{key:28} {value}")
    print("status pairs (tool, reviewer):", dict(sorted(result.pairs.items())))
    print("worst disagreements:")
    for line in result.worst:
        print("  " + line)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
