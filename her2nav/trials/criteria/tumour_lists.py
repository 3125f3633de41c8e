"""A list of tumour types in one inclusion criterion, whose qualifiers bind to single items (issue 15,
held-out review, class 2).

"… triple-negative breast cancer, serous ovarian cancer, MSI-H colorectal cancer, oesophagogastric
adenocarcinoma …": "MSI-H" is the colorectal item's own condition (the tumour types a basket study
takes are listed with what each needs), not a requirement for the oesophagogastric patient. Before the
rules read such a criterion, each item that names another tumour together with its own tumour noun
("MSI-H CRC", "triple negative breast cancer", "HER2-positive breast cancer (IHC 3+)") is replaced by
that tumour's plain name ("colorectal cancer"): the disease rule still sees the tumour, no rule sees
its qualifiers. An item without its own tumour noun ("HER2-amplified breast, gastric or lung cancer")
is left alone: there the qualifier may be meant for every item; so are the words after the last
item's tumour noun ("…, HCC and colorectal cancer with measurable disease": said of every item). Only
criteria that name a gastro-oesophageal tumour as an item of their own are rewritten.
"""

from __future__ import annotations

import re

from her2nav.trials.criteria.tumour_cohorts import GASTRO_OESOPHAGEAL, OTHER_TUMOURS

# The tumour noun an item needs to own its qualifiers ("… cancer", "… carcinoma", "CRC", "TNBC" …).
_OWN_NOUN = re.compile(
    r"cancers?\b|carcinomas?\b|tumou?rs?\b|mesothelioma|melanoma|sarcoma|"
    r"\b(nsclc|sclc|crc|rcc|hcc|btc|pdac|tnbc|m?bc|hnscc|scchn|crpc|mcrpc|uc)\b"
)
_STAGE_WORDS = re.compile(r"\s*(?:(locally advanced|advanced|unresectable|metastatic|recurrent|or)\s+)*")
_SEPARATOR = re.compile(r",\s*(?:and\s+|or\s+)?|;\s*|\s+(?:and|or|and/or)\s+")
# What opens the list inside the first item ("Must have … advanced solid tumor including but not
# restricted to breast cancer, gastric …": UF's NCT04704661); the words before it are said of every item.
_INTRODUCER = re.compile(r"\b(?:including(?: but not (?:limited|restricted) to)?|such as|e\.g\.,?)\s+")


def _items(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the list items of a sentence: split at commas, semicolons, "and" and "or" that
    are not inside parentheses."""
    spans: list[tuple[int, int]] = []
    depth = start = 0
    at = 0
    while at < len(sentence):
        char = sentence[at]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        # a separator opens with a comma, a semicolon or white space (\s: str.isspace); others cannot
        elif depth == 0 and (char in ",;" or char.isspace()) and (m := _SEPARATOR.match(sentence, at)):
            spans.append((start, at))
            start = at = m.end()
            continue
        at += 1
    spans.append((start, len(sentence)))
    return [(a, b) for a, b in spans if sentence[a:b].strip()]


def _other_tumour(item: str) -> str | None:
    """The plain name of the one other tumour an item names, or None."""
    if re.search(GASTRO_OESOPHAGEAL, item):
        return None
    found = [plain for _, pattern, plain in OTHER_TUMOURS if re.search(pattern, item)]
    return found[0] if len(found) == 1 else None


# A list item that takes any tumour type by a marker of its own ("any histology if known to be MSI-H",
# "any solid tumour with an NTRK fusion"): one more route into the study, beside the listed tumours.
_ANY_TUMOUR_ROUTE = re.compile(
    r"(?P<sep>^|[;,:]|\s(?:or|and/or)(?=\s))\s*(?:or\s+)?any (?:other )?(?:(?:advanced|metastatic|solid)\s+)*"
    r"(?:histolog\w*|tumou?r(?:\s+types?)?s?|cancers?(?:\s+types?)?|malignanc\w*)\b"
    r"(?!\s+(?:other than|except|types? other))\s+(?:if|with|that|which|whose|harbou?ring|known|"
    r"positive|showing|carrying|bearing)\b[^;.]*"
)
# (Spelt letter-first, rule_text.py: x(?<=\bx) for \bx, the punctuation as literals.)
_A_LIST = re.compile(r"o(?<=\bo)ne of\b|a(?<=\ba)ny of\b|e(?<=\be)ither of\b|l(?<=\bl)isted below\b|;|,")


def drop_any_tumour_routes(text: str) -> str:
    """``text`` (lower-cased) without the "any tumour type with <marker>" items of a list that also
    names a gastro-oesophageal tumour: such an item is an alternative route (ICH E9: a basket study's
    listed populations are alternatives), not a condition on the other items, and the listed
    gastro-oesophageal tumour is this product's patient's own route. Unchanged otherwise."""
    if not _A_LIST.search(text) or not re.search(GASTRO_OESOPHAGEAL, text):
        return text
    kept = _ANY_TUMOUR_ROUTE.sub(lambda m: m["sep"] if m["sep"] in ";,:" else "", text)
    return kept if re.search(GASTRO_OESOPHAGEAL, kept) else text


def unbind_list_qualifiers(text: str, kind: str) -> str:
    """``text`` (lower-cased) with the qualifiers of other tumours' list items dropped, and items for any
    tumour by a marker of their own (drop_any_tumour_routes; module docstring); unchanged when it lists
    no gastro-oesophageal item beside another tumour's."""
    if kind != "inclusion" or not re.search(GASTRO_OESOPHAGEAL, text):
        return text
    if re.search(r"\b(beyond|excluding|except|other than|not including)\b", text):
        return text  # "… digestive system tumor beyond CRC and GC&GEJA": the list leaves tumours out (TS)
    text = drop_any_tumour_routes(text)
    if "," not in text:
        return text
    out: list[str] = []
    for sentence in re.split(r"(?<=[.;:])\s+", text):
        spans = _items(sentence)
        own = any(
            re.search(GASTRO_OESOPHAGEAL, sentence[a:b]) and _OWN_NOUN.search(sentence[a:b]) for a, b in spans
        )
        if len(spans) < 2 or not own:
            out.append(sentence)
            continue
        rewritten, last = [], 0
        for at, (a, b) in enumerate(spans):
            if intro := _INTRODUCER.search(sentence, a, b):
                a = intro.end()  # "advanced solid tumor including … breast cancer": the head is kept
            item = sentence[a:b]
            plain = _other_tumour(item)
            noun = _OWN_NOUN.search(item)
            if plain is None or noun is None:
                continue
            lead = _STAGE_WORDS.match(item)
            keep = item[: lead.end()] if lead else ""
            if at == len(spans) - 1:  # "… and colorectal cancer with measurable disease": said of all
                tail = re.match(r"\s*\([^)]*\)", item[noun.end() :])
                b = a + noun.end() + (tail.end() if tail else 0)
            rewritten += [sentence[last:a], keep, plain]
            last = b
        rewritten.append(sentence[last:])
        out.append("".join(rewritten))
    return " ".join(out)
