"""Tumour sites an inclusion leaves out ("excluding breast and gastric cancer", "other than gastric
cancer", "digestive system tumor beyond CRC and GC&GEJA"): read by rules_disease.py, which keeps the
rest of the text as the study's sites."""

from __future__ import annotations

from her2nav.trials.criteria.rule_text import _has, _search

_SITE_WORDS = (
    ("stomach", r"gastric|stomach|g(?<=\bg)c\b"),
    ("gej", r"junction|gastro-?\s?o?esophageal|g(?<=\bg)eja?\b|e(?<=\be)gj\b"),
)
# … and "digestive system tumor beyond CRC and GC&GEJA" (seventeenth blind set, TS: a basket of the
# tumours other than those two)
BASKET_BEYOND = r"t(?<=\bt)umou?rs? beyond|c(?<=\bc)ancers? beyond"
LEFT_OUT = (
    r"(?:e(?<=\be)xcluding|e(?<=\be)xcept|o(?<=\bo)ther than|n(?<=\bn)ot including|"
    + BASKET_BEYOND
    + r")\b[^.;)]*"
)


def left_out_sites(left_out: str, kept: str) -> list[str]:
    """Tumour sites a clause leaves out ("excluding breast and gastric cancer"). Adenocarcinoma of the
    junction is staged and treated as gastric cancer (AJCC 8 stages Siewert III tumours as gastric; the
    HER2 trials take "gastric or GEJ" together), so leaving out gastric cancer leaves out the junction
    too, unless the rest of the text takes the junction in by name."""
    out = [site for site, pattern in _SITE_WORDS if _search(pattern, left_out)]
    if "stomach" in out and "gej" not in out and not _has(r"junction|\bgej|\begj", kept):
        out.append("gej")
    return out
