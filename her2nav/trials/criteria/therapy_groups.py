"""Which agent groups a criterion names: classes by phrase ("anti-PD-1", "topoisomerase I ADC",
"platinum") and agents by name (agent_names.py), as ids agents.yaml knows. Read by the treatment-history
rules (rules_history.py, rules_after.py, rules_scope.py, rules_targets.py, rules_agent_lists.py)."""

from __future__ import annotations

from her2nav.trials.criteria.agent_names import known_agents
from her2nav.trials.criteria.rule_text import _search

_TUBULIN_ADC = (
    r"(micro)?tubulin[- ]?(inhibitor|binding|targeting|disrupting)?[^.;]{0,30}(adc|conjugate|payload)|"
    r"(adc|conjugate)s?[^.;]{0,40}(micro)?tubulin"
)
_ADC = r"(adcs?\b|antibody[- ]drug conjugates?)"
_CLASS_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "pd1",
        # "PD-(L)1 monoclonal antibody", "PD-1/PD-L1 mAb" (issue 15, seventh blind set)
        r"anti-?\s?pd-?\s?\(?l?\)?-?1|pd-?1\s*(/\s*pd-?l1\s*)?(monoclonal\s+)?"
        r"(inhibitor|antibod|blockade|blocker|target|mabs?\b)|"
        r"pd-?\(?l\)?-?1\s*(monoclonal\s+)?(inhibitor|antibod|mabs?\b)|immune[- ]checkpoint|"
        r"checkpoint inhibitor|immune-oncology|"
        r"immuno-?oncology|i(?<=\bi)ci\b|i(?<=\bi)cis\b|immunotherapy|"
        # "any antibody or drug targeting T-cell coregulatory proteins (immune checkpoints)" (KEYNOTE-059's
        # wording; NCT02625610, TT)
        r"t-?\s?cell co-?\s?(regulatory|stimulatory|inhibitory) (proteins?|receptors?|molecules?)",
    ),
    (
        "topoisomerase_i_adc",
        # "topoisomerase inhibitor-based ADC" without the "I": every topoisomerase ADC payload in use
        # (deruxtecan, SN-38, exatecan) inhibits topoisomerase I; not a topoisomerase II one
        r"topoisomerase(?![- ]?ii\b)([- ]?(i|1)\b)?[^.;]{0,40}(adc|conjugate|payload)|"
        r"(adc|conjugate)s?[^.;]{0,60}topoisomerase[- ]?(i|1)\b|exatecan|"
        r"topo-?(1|i)i?\s*(inhibitor\s*)?(adc|payload)",
    ),
    ("mmae_adc", r"\bmmae\b|monomethyl auristatin"),
    # "an ADC loaded with a tubulin inhibitor": the payloads agents.yaml says inhibit tubulin
    ("tubulin_inhibitor_adc", _TUBULIN_ADC),
    # "HER2-targeted antibody-drug conjugate": the HER2 ADC class (agents.yaml), not every HER2 agent
    ("her2_adc", rf"(anti-?\s?her-?2|her-?2)[- ]?((targeted|directed|targeting)\s)?{_ADC}"),
    (
        "her2_directed",
        rf"anti-?\s?her-?2(?![- ]?((targeted|directed|targeting)\s)?{_ADC})|"
        rf"her-?2[- ]?(targeted|directed|targeting|therap|blocking|based)(?!\s?{_ADC})",
    ),
    (
        "cldn18_2",
        r"(claudin|cldn)\s?-?18(\.2)?[- ]?(targeted|directed|target|therap|agent|antibod|car)|"
        r"anti-?\s?(cldn|claudin)|targeting (claudin|cldn)\s?-?18",
    ),
    (
        "vegfr2",  # the one VEGF-pathway class agents.yaml holds (ramucirumab, apatinib)
        r"anti-?\s?vegfr?\b|anti-?vegfr|"
        r"vegfr?-?2?\)?[- ](inhibit|antibod|antagonist|targeted|directed|blocker)|"
        r"(targeting|against|directed at)[^.;]{0,20}(vascular endothelial growth factor|vegf)|"
        # "Previous therapy targeting at angiogenesis or vasculogenesis pathway" (NCT01468389, VX)
        r"anti-?\s?angiogen|(targeting|against|directed at|inhibit\w*)( at)? (the )?(angiogen|vasculogen)|"
        r"angiogenesis inhibitor",
    ),
    # the chemotherapy families agents.yaml holds ("prior fluoropyrimidine and platinum"); "platinum"
    # beside "-based", "-containing" or "chemotherapy", not "platinum-resistant ovarian cancer" alone
    # kinds of therapy no agent agents.yaml lists belongs to today (CONTRACT §4 records none): a case's
    # courses hold none of them, so "prior CAR-T therapy" excludes no recorded case and "nitrosoureas or
    # mitomycin C ≥ 6 weeks" times no recorded course (NCT05365581, NCT06085755, NCT00970138: the UL,
    # UO, VC, TH and TY reviewers); an agent added with modality cell_therapy joins the first. Not
    # "CART" unspaced: cell-free and concentrated ascites reinfusion therapy (NCT06085755)
    (
        "cell_therapy",
        r"chimeric antigen receptor|car[- ]t\b|car[- ]t-?\s?cells?|(?<!stem )cell(ular)? therap|"
        r"adoptive (t-?\s?)?cell|induced pluripotent",
    ),
    ("t_cell_engager", r"t-?\s?cell engag\w*|bispecific t-?\s?cell|t(?<=\bt)ces?\b"),
    # "… or other targeted therapy", "molecular targeted therapy" (the VX reviewer: trastuzumab and
    # ramucirumab are); not "HER2-targeted therapy", a class of its own above
    (
        "targeted",
        r"(o(?<=\bo)ther|a(?<=\ba)ny|m(?<=\bm)olecular(ly)?|p(?<=\bp)rior|p(?<=\bp)revious|o(?<=\bo)r) "
        r"targeted "
        r"(therap|agent|drug|treatment)",
    ),
    ("mitomycin", r"mitomycin"),
    ("nitrosourea", r"n(?<=\bn)itroso(-?\s?ureas?)?\b"),
    ("fluoropyrimidine", r"fluoropyrimidines?|fluoro-pyrimidines?"),
    ("taxane", r"taxanes?\b"),
    ("platinum", r"platinum(?!-?(resistant|sensitive|refractory|free))|(?<![a-z])platin-based"),
    (
        "topoisomerase_i",  # the chemotherapy family (irinotecan), not an ADC payload
        r"topoisomerase[- ]?(i|1)?[- ]?inhibitors?(?![- ]?(based )?(adcs?|antibod|conjugate|payload))",
    ),
)


# Words one of which every alternative of a class phrase contains (a substring test is much cheaper
# than the phrase itself, and most criteria name no class).
_CLASS_WORDS: dict[str, tuple[str, ...]] = {
    "pd1": ("pd", "immun", "checkpoint", "ici", "cell co"),
    "topoisomerase_i_adc": ("topo", "exatecan"),
    "mmae_adc": ("mmae", "monomethyl auristatin"),
    "tubulin_inhibitor_adc": ("tubulin",),
    "her2_adc": ("her2", "her-2"),
    "her2_directed": ("her2", "her-2"),
    "cldn18_2": ("claudin", "cldn"),
    "vegfr2": ("vegf", "vascular endothelial", "angiogen"),
    "topoisomerase_i": ("topoisomerase",),
    "cell_therapy": ("chimeric", "car", "cell", "pluripotent"),
    "t_cell_engager": ("engag", "bispecific t", "tce"),
    "targeted": ("targeted",),
    "mitomycin": ("mitomycin",),
    "nitrosourea": ("nitroso",),
    "fluoropyrimidine": ("fluoro",),
    "taxane": ("taxane",),
    "platinum": ("platin",),
}


def therapy_groups(text: str) -> list[str]:
    groups: list[str] = []
    for group, phrase in _CLASS_PHRASES:
        for word in _CLASS_WORDS[group]:  # plain loops: generators cost about twice as much here
            if word in text:
                if _search(phrase, text):
                    groups.append(group)
                break
    if "topoisomerase_i_adc" in groups and "topoisomerase_i" in groups and "chemo" not in text:
        # "an ADC which consists of an exatecan derivative that is a topoisomerase I inhibitor" (UF's
        # NCT06085755): the inhibitor is the conjugate's payload, not irinotecan
        groups.remove("topoisomerase_i")
    for agent_id, _, _ in known_agents(text):
        if agent_id not in groups:
            groups.append(agent_id)
    return groups
