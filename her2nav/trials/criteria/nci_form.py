"""NCI's PDQ form of eligibility text ("DISEASE CHARACTERISTICS: … PATIENT CHARACTERISTICS: Age: …
Performance status: … PRIOR CONCURRENT THERAPY: Chemotherapy: …") as registry mirrors copy it onto one
paragraph without its bullets (issue 15, the TR and TS blind sets): each section heading goes on a line
of its own, and an item starts wherever a sub-label ("Age:", "Hepatic", "Chemotherapy") or a new
sentence does: a capitalised word after a word that can end one ("… resection is feasible Extension
to the cardia allowed …"), or an abbreviation after a value ("… 1,500/mm^3 WBC at least …"). Names
written in capitals ("No New York Heart Association class III") and words after which a sentence goes
on ("No known Gilbert's disease") start none. run_on_lines.py calls ``nci_items`` for such a line."""

from __future__ import annotations

import re

SECTION = re.compile(r"\s*\b((?:DISEASE|PATIENT) CHARACTERISTICS|PRIOR CONCURRENT THERAPY)\s*:\s*")
# The PDQ sub-labels (with or without their colon, in either case after the first word)
_LABEL = (
    r"Age|Performance [Ss]tatus|Life [Ee]xpectancy|Hematopoietic|Hepatic|Renal|Cardiovascular|Pulmonary|"
    r"Neurologic|Gastrointestinal|Immunologic|Other|Biologic [Tt]herapy|Chemotherapy|Endocrine [Tt]herapy|"
    r"Radiotherapy|Surgery"
)
# a label at the start of a piece: with its colon, or without one before a capital or a number
_LABEL_AT = re.compile(rf"^({_LABEL})(?::\s*|\s+(?=[A-Z0-9]))")
_LABEL_ONLY = re.compile(rf"^({_LABEL}):?$")
# In the multi-line form, a label on a line of its own whose items say nothing alone ("Age:" over "- 18
# to 69", "Life expectancy:" over "- At least 16 weeks"): run_on_lines.py reads each item with it (TR:
# "18 to 69" was not read as an age)
CARRIED_LABEL = re.compile(r"^\s*(Age|Performance [Ss]tatus|Life [Ee]xpectancy)\s*:\s*$")
# words after which a capitalised word goes on the sentence
_GOES_ON = frozenset(
    (
        "a",
        "an",
        "the",
        "of",
        "by",
        "for",
        "to",
        "in",
        "on",
        "at",
        "as",
        "or",
        "and",
        "with",
        "from",
        "than",
        "no",
        "not",
        "known",
        "if",
        "except",
        "including",
        "per",
        "prior",
        "previous",
        "any",
        "all",
        "such",
    )
)
_ABBREVIATION = re.compile(r"^(?!OR$|AND$)[A-Z]{2,}[a-z]?\b")
_OPENS_CRITERION = re.compile(r"^(No|Not|At least|More than|Must|Prior|Previous|Patients?)\b")


def _starts_item(before: str, word: str, after: str) -> bool:
    """Whether ``word`` (with ``after`` the rest of the text) opens an item after the word ``before``."""
    if _LABEL_AT.match(f"{word} {after}") and not before.endswith(":"):
        return True
    if before.endswith((":", ",")) or before.casefold() in _GOES_ON:
        return False
    if re.match(r"[A-Z][a-z]", word):
        # not inside a name written in capitals ("New York Heart Association")
        return before[-1:] in "*%)]" or (before[-1:].isalnum() and not before[:1].isupper())
    if re.match(r"[cpy]?T[0-4X][a-c]?(N[0-3X])?\b", word) and before[-1:].islower():
        return True  # "… or cardia T2N1, T3 any N, …": the stages the study takes
    if _ABBREVIATION.match(word):
        return any(ch.isdigit() for ch in before) or before.endswith((")", "/dL", "/L"))
    return False


def _split(body: str) -> list[str]:
    words = body.split()
    pieces: list[list[str]] = []
    for at, word in enumerate(words):
        if pieces and not _starts_item(pieces[-1][-1], word, " ".join(words[at + 1 : at + 3])):
            pieces[-1].append(word)
        else:
            pieces.append([word])
    return [" ".join(piece) for piece in pieces]


def _labelled(items: list[str]) -> list[str]:
    """Each label written as "Label: …", a label alone joined to the item after it, and the pieces after
    an item that opens a list of its own ("No second malignancy except: Basal cell carcinoma of the skin
    Carcinoma in situ of the cervix") kept with it until one opens a criterion or a sub-label."""
    out: list[str] = []
    listing = alone = False
    for item in items:
        label = _LABEL_AT.match(item)
        if alone:
            out[-1] += " " + item
        elif listing and not _OPENS_CRITERION.match(item) and label is None and not _LABEL_ONLY.match(item):
            out[-1] += "; " + item
            continue
        elif label is not None:
            out.append(f"{label.group(1)}: {item[label.end() :]}")
        else:
            out.append(f"{item.rstrip(':')}:" if _LABEL_ONLY.match(item) else item)
        alone = not alone and _LABEL_ONLY.match(out[-1]) is not None
        listing = ": " in (_LABEL_AT.sub("", out[-1]) if _LABEL_AT.match(out[-1]) else out[-1])
    return out


def nci_items(line: str) -> list[str]:
    """A flattened NCI PDQ text as its section headings and "- " items."""
    out: list[str] = []
    pieces = SECTION.split(line)
    for i in range(1, len(pieces), 2):
        out.append(f"{pieces[i]}:")
        out.extend(f"- {item}" for item in _labelled(_split(pieces[i + 1])))
    return [pieces[0].strip(), *out] if pieces[0].strip() else out
