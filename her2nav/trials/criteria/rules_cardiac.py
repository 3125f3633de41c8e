"""Criterion rule for cardiac function (requirement type ``lvef``: ``op`` and ``value``, with
``by_method`` when the cut-off depends on how the ejection fraction is measured)."""

from __future__ import annotations

from her2nav.knowledge.load import threshold
from her2nav.trials.criteria.rule_text import _OP, _OPS, Req, _findall, _has, _search

_CARDIAC_METHOD = r"echo|muga|multi-?\s?gated|radionuclide|ventriculograph|cardiac (?:mri|magnetic)"


# "Adequate cardiac function" with no number: an ejection fraction below the knowledge base's floor for
# the HER2 antibodies these studies give (kb.yaml lvef_min_percent; ESC 2021 heart failure guidelines:
# below 50% is mildly reduced or reduced) is not adequate; one at or above it, or none recorded, leaves
# the protocol's cardiac work-up open (TY's and TH's reviewers failed 45% and 40% with heart failure; TC's
# and TH's left normal values open: "LVEF alone does not decide it")
_ADEQUATE_HEART = (
    r"(adequate|normal|sufficient|acceptable|good) (\w+ ){0,2}(cardiac|heart) functions?|"
    # "Has protocol defined adequate bone marrow and organ function including cardiac, renal and hepatic
    # function" (DESTINY-Gastric03 and DESTINY-PanTumor02: the VM and VQ reviewers failed LVEF 40 and 44%)
    r"(adequate|normal|sufficient|acceptable) [^.;]{0,40}?\bfunctions?,? "
    r"(including|such as|i\.e\.,?|e\.g\.,?) [^.;]{0,30}?\b(cardiac|heart)\b"
)


def _adequate_heart() -> list[Req]:
    return [{"type": "lvef", "op": ">=", "value": int(threshold("lvef_min_percent")), "fails_only": True}]


def lvef(text: str, kind: str) -> list[Req]:
    """LVEF against a cut-off; when the cut-off depends on the method ("≥ 55% by echocardiogram or
    ≥ 50% by MUGA"), every cut-off is kept in ``by_method`` (ASCO/ESC cardio-oncology: the methods'
    normal ranges differ), and a value between them stays open until the method is known. "Adequate
    cardiac function" alone fails an ejection fraction below the floor and is open otherwise."""
    if not _has(r"lvef|ejection fraction|e(?<=\be)f\b", text):
        if kind == "inclusion" and _has(_ADEQUATE_HEART, text):
            return _adequate_heart()
        return []
    found: list[Req] = []
    if m := _search(rf"{_OP}\s*(\d{{2}})\s*%", text):
        found = [{"type": "lvef", "op": _OPS[m.group(1)], "value": int(m.group(2))}]
    elif m := _search(r"(at least|of at least|above|greater than)\s*(\d{2})\s*%", text):
        found = [{"type": "lvef", "op": ">=", "value": int(m.group(2))}]
    elif m := _search(r"(below|less than|lower than|under)\s*(\d{2})\s*%", text):
        found = [{"type": "lvef", "op": "<", "value": int(m.group(2))}]
    cuts = sorted({int(n) for n in _findall(r"(\d{2})\s*%", text) if 30 <= int(n) <= 80})
    if found and len(cuts) > 1 and len(set(_findall(_CARDIAC_METHOD, text))) > 1:
        found[0]["by_method"] = cuts
    return found
