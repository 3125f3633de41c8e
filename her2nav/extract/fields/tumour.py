"""Tumour descriptors: histology, Lauren type, grade, site and specimen type.

Lauren rule: the type after "Lauren" (with or without "type", "分型" or a colon); a type whose clause
goes on to call the tumour mixed ("肠型为主（混合型…）") is mixed.

Site rule: one site, where the tumour arises (a labelled site, epicentre or Siewert type first, then the
first mention outside macroscopy, history and comments); organs it involves or extends into are not the
site. ``cardia`` without a junction statement is ``stomach`` with a note (AJCC 8 stages it by its
epicentre distance from the junction, which a reviewer confirms from the report).
Lymph-node stations and margins named after a site (``cardia lymph node``) are not the tumour site, nor
are sites given as alternatives (``GASTRIC / GASTROESOPHAGEAL ADENOCARCINOMA`` in a report's title).
"""

from __future__ import annotations

import re

from her2nav.extract.fields.base import Context, Hit

_NOT_TUMOUR_SITE = re.compile(r"^[\s\-,)]{0,3}(?:lymph|LN\b|node|margin|淋巴结|切缘)", re.IGNORECASE)

# The whole-report scans below are case-sensitive patterns in lower case, run on ``ctx.folded``.
# WHO gastric types: poorly cohesive (signet ring) carcinoma is an adenocarcinoma; lymphoepithelioma-like
# carcinoma (carcinoma with lymphoid stroma) is another type.
_HISTOLOGY = re.compile(
    r"(?P<adeno>adenocarcinoma\w*|signet[- ]ring cell carcinoma|poorly cohesive carcinoma"
    r"|腺癌|印戒细胞癌|低黏附性癌)|(?P<squamous>squamous cell carcinoma|鳞状细胞癌|鳞癌)"
    r"|(?P<other>(?:invasive|infiltrating) (?:ductal|lobular) carcinoma|carcinoma (?:ductale|lobulare)"
    r"|lymphoepithelioma-like carcinoma|淋巴上皮瘤样癌"
    r"|melanoma|神经内分泌癌)",
)
# Words that make the histology after them a suspicion (within its clause).
_SUSPECTED = re.compile(
    r"(?:suspicious (?:for|of)|suspected|cannot (?:be )?exclude[d]?|\?|可疑|疑似|疑为|不除外)"
    r"[^,，;；。.\n]{0,20}$"
)
# A quoted diagnosis that this report says still stands is asserted again: "The original diagnosis
# (poorly cohesive carcinoma) is unchanged".
_STANDS = re.compile(
    r"[^.;。；\n]{0,80}?(?:(?:is|remains) (?:unchanged|confirmed)|\bstands\b|维持原诊断|诊断不变)",
    re.IGNORECASE,
)


def histology(ctx: Context) -> list[Hit]:
    """Histology named in the report. One only suspected ("suspicious for", "可疑", "不除外") is no finding:
    the contract has no "uncertain" assertion, and a suspicion is not a diagnosis."""
    hits: list[Hit] = []
    for m in _HISTOLOGY.finditer(ctx.folded):
        if ctx.in_legend(m.start(), m.end()):
            continue
        if _SUSPECTED.search(ctx.folded, max(0, m.start() - 30), m.start()):
            continue
        if m.group("adeno"):
            value = "adenocarcinoma"
        elif m.group("squamous"):
            value = "squamous_cell_carcinoma"
        else:
            value = "other"
        assertion = "negated" if ctx.negated(m.start()) else ctx.assertion_for(m.start(), m.end())
        if assertion == "historical" and _STANDS.match(ctx.text, m.end()):
            assertion = "present"
        hits.append(
            Hit(
                "histology",
                value,
                m.start(),
                m.end(),
                assertion,
                extra={"detail": ctx.text[m.start() : m.end()]},
            )
        )
    return hits


_LAUREN = re.compile(
    r"(?:Lauren[^.;:。]{0,25}[:：]?\s*(?:\w+\s){0,1}|)(?P<v>intestinal"
    r"|diffuse|mixed)(?:[-\s]type|\s+pattern|(?<=\w)\.?\s*type)"
    r"|Lauren[^.;。]{0,25}?[:：]\s*(?P<v2>intestinal|diffuse|mixed)"
    r"|(?P<v3>intestinal|diffuse|mixed)\s+type\s+(?:according to|acc\.? to)\s+(?:the\s+)?Lauren"
    r"|Lauren\s*(?:classification|type)?\s*[:：]?\s*(?P<v4>intestinal|diffuse|mixed)\b"
    r"|Lauren\s*(?:分型|分类)?\s*[:：]?\s*(?P<zh>肠型|弥漫型|混合型)",
    re.IGNORECASE,
)
_ZH_LAUREN = {"肠型": "intestinal", "弥漫型": "diffuse", "混合型": "mixed"}
# "肠型为主（混合型，弥漫型约 30%）", "intestinal-predominant (mixed)": a type said to be mixed in the rest
# of its clause is mixed.
_MIXED_AFTER = re.compile(r"(?:(?!\.\s)[^;。；\n]){0,20}?(?:混合型|\bmixed\b)", re.IGNORECASE)


def lauren(ctx: Context) -> list[Hit]:
    if not ctx.mentions("intestinal", "diffuse", "mixed", "lauren"):
        return []
    hits: list[Hit] = []
    for m in _LAUREN.finditer(ctx.text):
        raw = m.group("v") or m.group("v2") or m.group("v3") or m.group("v4")
        value = raw.lower() if raw else _ZH_LAUREN[m.group("zh")]
        if value != "mixed" and _MIXED_AFTER.match(ctx.text, m.end()):
            value = "mixed"
        if re.match(r"\s*(?:metaplasia|mucosa)", ctx.text[m.end() : m.end() + 20], re.IGNORECASE):
            continue
        hits.append(Hit("lauren", value, m.start(), m.end(), ctx.assertion_for(m.start(), m.end())))
    return hits


_GRADE = re.compile(
    r"(?<![A-Za-z])(?P<g>g[1-4])(?![A-Za-z0-9])"
    r"|\bgrade\s*(?:[:=]\s*)?(?P<n>[1-4]|i{1,3}v?|iv)\b(?!\s*(?:of|/)\s*[34]\b)?"
    r"|(?P<poor_mod>moderately\s+(?:to|-)\s+poorly|poorly\s+(?:to|-)\s+moderately)\s+differentiated"
    r"|(?P<word>well|moderately|poorly"
    r"|weakly)\s+differentiated|(?P<zh>高分化|中分化|低分化|中-低分化|中低分化)",
)  # words may be split by a line break (a wrapped or OCR'd line)
_BLOCK_LABEL = re.compile(r"label(?:l)?ed|cassettes?|blocks?|summary\s*:", re.IGNORECASE)
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4"}
_WORD = {"well": "G1", "moderately": "G2", "poorly": "G3", "weakly": "G3"}
_ZH_GRADE = {"高分化": "G1", "中分化": "G2", "低分化": "G3", "中-低分化": "G2-G3", "中低分化": "G2-G3"}


def grade(ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    for m in _GRADE.finditer(ctx.folded):
        if m.group("g"):
            if _BLOCK_LABEL.search(ctx.text[max(0, m.start() - 25) : m.start()]) or re.match(
                r"\s*-", ctx.text[m.end() : m.end() + 3]
            ):
                continue  # a cassette / block label such as "G1 - three lymph node candidates"
            value = m.group("g").upper()
        elif m.group("n"):
            n = m.group("n").upper()
            value = "G" + _ROMAN.get(n, n)
        elif m.group("poor_mod"):
            value = "G2-G3"
        elif m.group("word"):
            value = _WORD[m.group("word").lower()]
        else:
            value = _ZH_GRADE[m.group("zh")]
        if ctx.in_legend(m.start(), m.end()):
            continue
        hits.append(Hit("grade", value, m.start(), m.end(), ctx.assertion_for(m.start(), m.end())))
    return hits


_SITE = re.compile(
    r"(?P<gej>gastro-?o?esophageal junction|gastro-?o?esophageal|o?esophago-?gastric (?:junction|transition)"
    r"|\bg[eo]j\b|\begj\b|siewert (?:type )?(?:i|ii|1|2)\b|胃食管(?:结合部|交界)|食管胃(?:结合部|交界)"
    r"|siewert\s*[ⅰⅱ12]型?)"
    r"|(?P<esophagus>o?esophag(?:us|eal) (?:adeno|squamous"
    r"|carcinoma|cancer|tumou?r)|(?:distal|mid|lower) (?:third of the )?o?esophagus|barrett"
    r"|食管(?:癌|中段|下段|腺癌))"
    r"|(?P<stomach>stomach|gastric (?:adeno|carcinoma|cancer|body|antrum|primary|origin|fundus|cardia)"
    r"|antrum|antral|pylor\w+|ventricul[ia]|cardia|subcardial|fundus|lesser curv\w*|greater curv\w*"
    r"|siewert (?:type )?(?:iii|3)\b|siewert\s*(?:ⅲ|3)型?"
    r"|胃(?:窦|体|底|癌|角|来源|原发|小弯|大弯)|贲门|幽门|(?:远端|近端)胃(?![+＋食管]))",
)
# A site statement says where the tumour arises; the words before a mention may make it involvement.
_SITE_LABEL = re.compile(
    r"(?:tumou?r )?(?:site|location|epicent(?:re|er))\s*[:：]|arising (?:in|at|from)|centred (?:in|at|on)"
    r"|epicent(?:re|er)|primary site|部位\s*[:：]|原发",
)
_INVOLVEMENT = re.compile(
    r"(?:involv\w*|extend\w*|into|invad\w*|infiltrat\w*|reach\w*|to(?:wards)?|from|above|below|of the"
    r"|距|累及|侵及|侵犯|达|至|near|crossing|cross\w*)\W{0,3}(?:the\s+)?(?:\w+\s+){0,2}$",
)
# Sites given as alternatives ("gastric / gastroesophageal", "stomach or gej") name the kind of report.
_ALTERNATIVE_AFTER = re.compile(r"\s*(?:/|\bor\b|或)\s*(?:gastr|o?esophag|stomach|g[eo]j|胃|食管)")
_ALTERNATIVE_BEFORE = re.compile(r"(?:gastric|stomach|o?esophageal|g[eo]j|胃|食管)\s*(?:/|\bor\b|或)\s*$")
_NOT_SITE_SECTION = re.compile(r"macro|gross|大体|肉眼|margin|切缘|lymph|淋巴结|criteria|标准", re.IGNORECASE)


def _site_value(m: re.Match[str]) -> str:
    return "gej" if m.group("gej") else "esophagus" if m.group("esophagus") else "stomach"


def site(ctx: Context) -> list[Hit]:
    """One site per report: where the tumour arises (a labelled site or epicentre first, then the first
    mention in the diagnosis), not the organs it involves, margins, nodes or the macroscopy."""
    best: tuple[int, re.Match[str]] | None = None
    for m in _SITE.finditer(ctx.folded):
        if _NOT_TUMOUR_SITE.match(ctx.text[m.end() : m.end() + 20]) or ctx.in_legend(m.start(), m.end()):
            continue
        line_start = ctx.folded.rfind("\n", 0, m.start()) + 1
        before = ctx.folded[max(line_start, m.start() - 40) : m.start()]
        score = 0
        if _SITE_LABEL.search(before) or re.match(
            r"[\s,(]*(?:epicent|siewert)", ctx.folded[m.end() : m.end() + 30]
        ):
            score += 4
        if m.group(0).startswith("siewert") or "siewert" in m.group(0):
            score += 3
        if _INVOLVEMENT.search(before):
            score -= 3
        if _ALTERNATIVE_BEFORE.search(before) or _ALTERNATIVE_AFTER.match(ctx.folded, m.end()):
            score -= 3  # "gastric / gastro-oesophageal adenocarcinoma": a family of tumours, not a site
        kind = ctx.section_kind(m.start())
        if kind == "history":
            score -= 1
        elif kind in ("legend", "comment"):
            score -= 2
        if _NOT_SITE_SECTION.search(ctx.section_at(m.start()) or ""):
            score -= 2
        if best is None or score > best[0]:
            best = (score, m)
    if best is None:
        return []
    m = best[1]
    note = None
    if re.search(r"cardia|贲门", m.group(0)):
        note = "cardia without a junction statement read as stomach; confirm the epicentre distance (AJCC 8)"
    return [Hit("site", _site_value(m), m.start(), m.end(), "present", note=note)]


_SPECIMEN_TYPE = re.compile(
    r"(?P<resection>(?:total|subtotal|partial|distal|proximal"
    r"|radical) gastrectomy|gastrectomy|o?esophagectomy"
    r"|o?esophagogastrectomy|mastectomy|lumpectomy|wide local excision|(?:total )?organ resection"
    r"|gastric resection|surgical (?:resection|excision)"
    r"|(?:stomach|gastric|antrum|cardia|junction|o?esophag\w*|goj|gej)[^\n.:;]{0,60},\s*resection\b|胃(?:癌)?(?:根治|切除)术?|根治(?:术|标本)|切除标本)"
    r"|(?P<biopsy>(?:endoscopic|core|needle|gastric|mucosal|forceps|tumou?r"
    r"|incisional) biops(?:y|ies)|junction biops(?:y|ies)|biopsy specimen"
    r"|(?P<part>(?:stomach|gastric|antrum|cardia|junction|o?esophag\w*|goj|gej)[^\n.:;]{0,40},\s*biops(?:y|ies)\b)"
    r"|胃镜活检|活检标本|活检)"
    r"|(?P<cytology>cytology|cell block|fine[- ]needle aspirat\w+|\bfna\b|细胞学|细胞块)",
)


# A specimen word that names scoring rules or another report is not this report's specimen.
_NOT_THE_SPECIMEN = re.compile(r"\s*(?:criteria|rules?|scoring|guidelines?|report)\b|判读标准|评分标准|报告")


def specimen_type(ctx: Context) -> list[Hit]:
    """The specimen: resection, biopsy or cytology. "Organ, ..., biopsies" names a biopsy specimen,
    unless the report is about a resection (its margins and nodes are sent as "biopsy" parts). A
    specimen word naming scoring rules ("gastric biopsy criteria") or another report ("separate
    cytology report") is no specimen."""
    hits: list[Hit] = []
    resected = any(m.group("resection") for m in _SPECIMEN_TYPE.finditer(ctx.folded))
    for m in _SPECIMEN_TYPE.finditer(ctx.folded):
        value = "resection" if m.group("resection") else "biopsy" if m.group("biopsy") else "cytology"
        if ctx.in_legend(m.start(), m.end()):
            continue
        if m.group("part") and resected:
            continue  # "Stomach, distal margin, biopsy": a part sent with a resection
        if _NOT_THE_SPECIMEN.match(ctx.folded, m.end()) or ctx.folded.endswith("separate ", 0, m.start()):
            continue  # "the gastric biopsy criteria", "(separate cytology report)": not this specimen
        hits.append(Hit("specimen_type", value, m.start(), m.end(), ctx.assertion_for(m.start(), m.end())))
    return hits
