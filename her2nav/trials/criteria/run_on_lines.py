"""Lines of an eligibility text that lost some of its line breaks (eligibility.py splits them into
criteria): numbered items run together on one line ("… 16. Patients … 17. Receipt …") are split at the
next number of the list; a whole section on one line ("Inclusion Criteria: 1. … Exclusion Criteria: *
… * …", as trial portals copy the registry's eligibility module: issue 15, seventh blind set) gets its
headers and starred items back on lines of their own; lettered items after a lead-in ("Lung criteria:
A. … B. … C. …") are split at each letter in turn."""

from __future__ import annotations

import re
from dataclasses import dataclass

from her2nav.trials.criteria.nci_form import CARRIED_LABEL, SECTION, nci_items
from her2nav.trials.criteria.study_roles import trailing_heading

# Alternatives offered ("one of", "any of", "… or"): a body offering them keeps its letters together, and
# eligibility.py keeps a lead-in offering them with its items
OPTIONS = re.compile(r"\b(one|any|either) of\b|\bat least one\b|(\bor|\bOR|;\s*or)\s*:?\s*$")
_NUMBERED = re.compile(r"^(\s*)(\d{1,2})[.)]\s")
# "- 1. Subjects … 2. Age …": a number after a list mark opens a list run together on the line (a portal
# that put the whole numbered list under one bullet: issue 15, eleventh blind set)
_MARKED_RUN = re.compile(r"^(\s*)[-*•]\s+(\d{1,2})[.)]\s.*?\s(\d{1,2})[.)]\s")
_LETTERED = re.compile(r"(?:^|(?<=[:.;]))\s*A[.)]\s+(?=[A-Z])")


def _next_number(text: str, number: int, mark: str = ".)") -> re.Match[str] | None:
    """Where item ``number`` starts inside ``text``: the number after a space, before a capital or a
    bracket, or before a small letter when a sentence or clause has just ended ("… resection. 7. tumor
    specimen …"); glued to a capital after a semicolon ("…; 4.The presence …", a Chinese registry's
    list, NCT05342389; twenty-second blind set, TY)."""
    for m in re.finditer(rf"(?<=\S)\s+{number}[{mark}](?:\s+(?=[A-Za-z(])|(?<=;\s{number}.)(?=[A-Z]))", text):
        if not text[m.end()].islower() or text[m.start() - 1] in ".;":
            return m
    return None


@dataclass
class _List:
    """Where a numbered list stands: the number of its last item, that item's indent and mark ("." or
    ")"), and the enclosing list's last number and mark when a list marked the other way runs under
    it ("3. … criteria:" then "1) Hemoglobin …; 2) …"), whose next number ("…; 4.The presence …")
    returns to the enclosing list."""

    after: int | None = None
    indent: str = ""
    mark: str = "."
    outer: tuple[int, str] | None = None


def _run_on(line: str, at: _List) -> list[str]:
    """The line split where the list's next numbers start inside it ("… 16. Patients … 17. …"); ``at``
    is moved on to the last number seen."""
    if (m := _NUMBERED.match(line)) or (
        (m := _MARKED_RUN.match(line)) is not None and int(m.group(3)) == int(m.group(2)) + 1
    ):
        number, mark = int(m.group(2)), line[m.end(2)]
        if number == 1 and at.after is not None and mark != at.mark:
            at.outer = (at.after, at.mark)
        at.after, at.indent, at.mark = number, m.group(1), mark
    if at.after is None:
        return [line]
    pieces = [line]
    while True:
        rest = pieces[-1]
        # the number's digits first: a plain substring test, cheaper than the scan that finds none
        if str(at.after + 1) in rest and (m := _next_number(rest, at.after + 1)):
            at.after += 1
        elif (
            at.outer
            and str(at.outer[0] + 1) in rest
            and (m := _next_number(rest, at.outer[0] + 1, at.outer[1]))
        ):
            at.after, at.mark, at.outer = at.outer[0] + 1, at.outer[1], None
        else:
            return pieces
        pieces[-1:] = [rest[: m.start()], f"{at.indent}{at.after}. {rest[m.end() :]}"]


def lettered(body: str) -> list[str]:
    """ "Lead-in: A. … B. … C. …" → the lead-in and each lettered item (letters in turn from A)."""
    if "A." not in body and "A)" not in body:  # what _LETTERED needs, found without a regex scan
        return [body]
    start = _LETTERED.search(body)
    if start is None or not re.search(r"\sB[.)]\s+[A-Z]", body[start.end() :]) or OPTIONS.search(body):
        return [body]
    pieces = [body[: start.start()].strip(), body[start.end() :]]
    letter = "B"
    while m := re.search(rf"(?<=\S)\s+{letter}[.)]\s+(?=[A-Z])", pieces[-1]):
        rest = pieces[-1]
        pieces[-1:] = [rest[: m.start()].strip(), rest[m.end() :].strip()]
        letter = chr(ord(letter) + 1)
    return [p for p in pieces if p]


# A copy that lost its line breaks: "Inclusion Criteria: 1. … 7. … Exclusion Criteria: * … * …" (issue
# 15, seventh blind set: eligibility modules copied from trial portals arrive as one line).
# "Inclusion Criteria of the Interventional TRINITY study: 1. …" (a few words naming whose criteria);
# "Inclusion criteria (only for microbiome analysis): * …" (thirteenth blind set)
_SECTION = r"(?:Key )?(?:Inclusion|Exclusion) [Cc]riteria(?: (?:of|for) [^:.;]{1,60}| \([^)]{1,60}\))?"
# "Inclusion Criteria: 1)Aged ≥18 years; 2) Subjects …": the first number without its space (eighteenth
# blind set, TU); "Inclusion Criteria:- Have a histopathologically confirmed …" (NCT02314117, TU): the
# first dash without a space before it
_FLAT_HEADER = re.compile(
    rf"(?:^|(?<=\s))({_SECTION})\s*:\s*"
    r"(?=\*\s|-\s|•|1[.)]\s|1\)(?=[A-Z]))"
)
_FLAT_STAR = re.compile(r"\s+(?=[*•]\s+\S)")
# starred items run together on a line that opens with a star: each star before a capital opens one
_STARRED_RUN = re.compile(r"\s+(?=[*•]\s+[A-Z])")
# "Inclusion Criteria: - Adult patients, >/=18 years of age - Histologically confirmed … - HER2-positive
# tumor - Patients who …" (thirteenth blind set): a dash before a capital opens the next item; not a
# range ("ECOG 0 - 1", "G1 - G3", "stage II - III")
_FLAT_DASH = re.compile(r"\s+(?=-\s+[A-Z](?![0-9])(?![IVX]*\b))")


# A section copied as one paragraph without any list marks ("Inclusion Criteria: Signed written informed
# consent Male or female* ≥ 18 years of age; Patients in …", issue 15, ninth blind set): an item starts
# where a word that opens criteria follows the end of the one before without a break. Words that also
# open a second sentence of an item ("Patients must also have received …") start one only after a word
# or a semicolon, not after a full stop.
_BARE_HEADER = re.compile(r"(?:^|(?<=\s))((?:Key )?(?:Inclusion|Exclusion) Criteria)\s*:\s+(?=[A-Z])")
_OPENS = (
    r"Signed|Written|Male|Female|Histologically|Histological|Cytologically|Pathologically|Metastatic|"
    r"Locally|Measurable|Adequate|Life|Aged?|Phase (?:I{1,3}|[123])\b"
)
# … and after a full stop only: "… per RECIST v1.1. No previous systemic therapy. … There is at least one
# …" (TV, NCT05918094), not "The ECOG performance status …"
# (Sarah Cannon's template, flattened by a mirror: "… clinical stage I, II, or III. Received no previous
# treatment … Measurable or evaluable disease Able to perform … Be at least 3 weeks from … Have an
# indwelling … History of significant heart disease Inoperable on the basis …  Please note: There are
# additional inclusion/exclusion criteria." NCT00193141; twenty-second blind set, TY)
_OPENS_AFTER_STOP = r"No|There|Agree|ECOG|Received|Be|Have|Please note"
_ALSO_CONTINUES = (
    r"Patients?|Participants?|Subjects?|Prior|Previous|Known|History|Active|Presence|Evidence|Pregnant|"
    r"Uncontrolled|Serious|Significant|Documented|Radiological|Women|Men|Able|Willing|Inability|Unable|"
    r"Inoperable|Please note|Be|Have|"
    # words that open many listed items of the registry's records and almost never follow a word in
    # lower case inside one (counted over the shared and the sets' records, 2026-12-07: "Has" opens 543
    # items and follows such a word twice; "Must" 78 and 0; "Ability" 11 and 0), so that a flattened
    # paragraph's "… stage T1-4N0-3M0 Candidate for trimodality therapy … Surgical consultation has …"
    # (a mirror's copy of NCT06078709, seventieth blind set, VU) is split into its items
    r"Has|Any|Must|Is|Major|Diagnosis|Diagnosed|Current|Currently|Concurrent|Concomitant|Not|All|"
    r"Pregnancy|Confirmed|Expected|Ability|Previously|Untreated|Unresectable|Capable|Adequately|Eligible|"
    r"Symptomatic|Provision|Availability|Completed|Receiving|Negative|Chronic|Candidate|Surgical|Co-morbid"
)
# "Eastern Cooperative Oncology Group …" opens 79 items and follows a word in lower case 49 times,
# mostly "according to", "per" or "by" it: an item starts there only after another word
_EASTERN = (
    r"(?<=[a-z0-9)%*;])(?<!\bto)(?<!\bper)(?<!\bby)(?<!\bthe)(?<!\bof)(?<!\busing)"
    r"\s+(?=Eastern Cooperative\b)"
)
_ITEM_START = re.compile(
    rf"(?<=[a-z0-9)%*.;])\s+(?=(?:{_OPENS})\b)|(?<=[a-z0-9)%*;])\s+(?=(?:{_ALSO_CONTINUES})\b)|{_EASTERN}|"
    rf"(?<=\.)\s+(?=(?:{_OPENS_AFTER_STOP})\b)|"
    # the template's lead-ins: "To be included in this study, you must meet the following criteria:",
    # "You cannot participate in this study if any of the following apply to you:"
    r"(?<=the following criteria:)\s+(?=[A-Z])|(?<=following apply to you:)\s+(?=[A-Z])|"
    # "… regardless of gender; BMI ≥ 18.5 …; The physical condition score …": in a section with no list
    # marks, a semicolon before a capital ends an item (issue 15, eleventh blind set)
    r"(?<=;)\s+(?=[A-Z])"
)


# A list mark in a flattened line; a dash between numbers or grades ("ECOG 0 - 1", "G0 - G4") is a
# range, not a mark (issue 15, twelfth blind set).
_LIST_MARK = re.compile(r"\s(\*|•|1[.)])\s|(?<![0-9A-Za-z])\s-\s")


def _bare_items(line: str) -> list[str]:
    """A section without list marks, as its header and items (each piece a line of its own)."""
    out: list[str] = []
    for piece in re.split(r"\s+(?=(?:Key )?(?:Inclusion|Exclusion) Criteria\s*:\s)", line):
        if m := _BARE_HEADER.match(piece):
            out.append(m.group(1) + ":")
            out.extend(f"* {item}" for item in _ITEM_START.split(piece[m.end() :]) if item.strip())
        else:
            out.append(piece)
    return out


# "… GEJ adenocarcinoma •Eastern Cooperative Oncology Group …": a bullet glued to its item's first word
# in a flattened list (RILOMET-1's record, NCT01697072; twenty-first blind set, TX)
_GLUED_BULLET = re.compile(r"(?<=\s)•(?=[A-Z])")
# a bulleted lead with a numbered list run into it ("• … adenocarcinoma 1. Prior … 2. Patients …")
_LEAD_THEN_NUMBERED = re.compile(r"^(\s*[•*-]\s+)([A-Z][^\n]*?[a-z)])\s+(1[.)]\s+[A-Z].*)$")
_SECOND_NUMBER = re.compile(r"\s2[.)]\s+[A-Z]")


def _unflatten(line: str) -> list[str]:
    """A line holding a whole section ("Inclusion Criteria: 1. … Exclusion Criteria: * …") as the
    lines it lost: each header on its own, and for starred lists each star on its own line (numbered
    items run together are split by _run_on)."""
    if "•" in line:
        line = _GLUED_BULLET.sub("• ", line)
    if "CHARACTERISTICS" in line and len(line) > 200 and SECTION.match(line) and not _LIST_MARK.search(line):
        return nci_items(line)  # NCI's PDQ form on one paragraph (nci_form.py)
    if line.startswith(("* ", "• ")) and len(_STARRED_RUN.findall(line)) >= 2:
        return _STARRED_RUN.split(line)  # "* Histological … adenocarcinoma. * Evidence of … * ECOG 0-1" (TV)
    if (m := _LEAD_THEN_NUMBERED.match(line)) is not None and _SECOND_NUMBER.search(m.group(3)):
        # "• Histologically … adenocarcinoma 1. Prior … allowed … 4. Cohort B: … - Availability of … -
        # Eastern Cooperative …" (NCT04082364; the TV reviewer): the lead, its numbered items (split by
        # _run_on) and the dashed items after them, each a line of its own
        numbered, *dashed = _FLAT_DASH.split(m.group(3))
        return [f"{m.group(1)}{m.group(2)}", numbered, *(f"- {d[1:].strip()}" for d in dashed)]
    if "riteria" not in line:
        return [line]
    if not _FLAT_HEADER.search(line):
        bare = len(line) > 200 and _BARE_HEADER.search(line) and not _LIST_MARK.search(line)
        return _bare_items(line) if bare else [line]
    out: list[str] = []
    for piece in re.split(
        rf"\s+(?={_SECTION}\s*:\s)",
        line,
    ):
        if m := _FLAT_HEADER.match(piece):
            out.append(m.group(1) + ":")
            rest = piece[m.end() :]
            if rest.startswith("1)") and rest[2:3].isupper():
                rest = f"1) {rest[2:]}"
            if rest.startswith(("*", "•")):
                out.extend(_FLAT_STAR.split(rest))
            else:
                out.extend(_FLAT_DASH.split(rest) if rest.startswith("- ") else [rest])
        else:
            out.append(piece)
    return out


_BULLETED = re.compile(r"^(\s*[-*•]\s+)(.*)$")


# NCI's PDQ form as paragraphs wrapped at a fixed width ("DISEASE CHARACTERISTICS: Histologically
# confirmed … of\nthe stomach … Bidimensionally measurable …", NCT00005607; twenty-fourth blind set, UA):
# each paragraph is one flattened section, read whole
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_MARKED_LINE = re.compile(r"^\s*([-*•]|\d{1,2}[.)])\s")


def _unwrapped(text: str) -> str:
    if "CHARACTERISTICS" not in text:
        return text
    paragraphs = _PARAGRAPH.split(text)
    return "\n\n".join(
        " ".join(p.split())
        if SECTION.match(p) and "\n" in p.strip() and not any(_MARKED_LINE.match(x) for x in p.splitlines())
        else p
        for p in paragraphs
    )


_STRAY_MARK = re.compile(r"(?<=\S)\s+[*•]\s*$")
# "* Combination treatment excludes … or hypersensitivity Combination treatment may also require no
# significant cardiac deficiencies …" (ABBV-514, NCT05005403; sixty-seventh blind set, VR): an item whose
# two opening words open a second sentence after a word in lower case lost the full stop between two
# items; the second is an item of its own under the same mark
_OPENING = re.compile(r"^(\s*[-*•]\s+)([A-Z][a-z]{2,} [a-z]{3,})\b")


def _repeated_opening(raw: str) -> list[str]:
    if (m := _OPENING.match(raw)) is None or raw.count(m.group(2)) < 2:  # the cheap test first
        return [raw]
    again = re.search(rf"(?<=[a-z]) +(?={re.escape(m.group(2))}\b)", raw[m.end() :])
    if again is None:
        return [raw]
    cut = m.end() + again.start()
    return [raw[:cut], m.group(1) + raw[cut:].lstrip()]


def lines(text: str) -> list[str]:
    """Lines of the (unescaped) text, with sections and numbered items that run together on one line
    split apart."""
    text = _unwrapped(text)
    out: list[str] = []
    at = _List()
    label: str | None = None
    for raw in (
        bit for line in text.splitlines() for piece in _unflatten(line) for bit in trailing_heading(piece)
    ):
        # "* Has given and signed the IC. *" before a flattened section's next heading: the list's next
        # mark, left behind (NCT04015466)
        raw = _STRAY_MARK.sub("", raw)
        if raw.strip():
            if (bare := CARRIED_LABEL.match(raw)) is not None:
                label = bare.group(1)
                continue
            if label is not None and (item := _BULLETED.match(raw)) is not None:
                raw = f"{item.group(1)}{label}: {item.group(2)}"
            else:
                label = None
        out.extend(piece for bit in _run_on(raw, at) for piece in _repeated_opening(bit))
    return out
