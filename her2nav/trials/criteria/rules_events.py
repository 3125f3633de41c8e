"""Events that happened on a prior therapy, named in an exclusion ("bleeding in the setting of prior
VEGFR2-directed therapy", "immune-related toxicity on prior anti-PD-1"): the therapy is the setting,
not what excludes; rules_history.prior_therapy then asks for ``event_on`` instead of prior therapy.
"""

from __future__ import annotations

from her2nav.trials.criteria.rule_text import _has

# An event that happened on a prior therapy ("bleeding in the setting of prior VEGFR2-directed therapy",
# "immune-related toxicity on prior anti-PD-1"): the therapy is the setting, the event is what the item
# asks about (requirement ``event_on``: ``events``, some of matching/evaluate_history.EVENTS, absent when the
# event is not one a case records).
# Words that make a therapy the setting of an event whatever the event is ...
# ("cytokine release syndrome … following prior T cell engagers or CAR-T cell therapy": NCT06005493)
_SETTING = (
    r"in the setting of|while (on|receiving|taking|being treated)|attributed to|caused by|induced by|"
    r"following (prior|previous)"
)
# ... and words that do so only beside an event word ("discontinued due to toxicity")
_BESIDE_EVENT = (
    r"(related|due|attributable|secondary) to|associated with|"
    r"(toxicit\w*|events?|\baes?\b|bleeding|ha?emorrhage|perforation) (on|during|with|from|after|to)|"
    r"(therap\w*|treatment|inhibitors?|agents?) (with|and|that (caused|led to)) (an? )?(\w+ ){0,2}"
    r"(immune[- ](related|mediated)|toxicit|adverse|bleed|ha?emorrhag|perforat)"
)
_EVENT_WORDS = {
    "bleeding": r"bleed|ha?emorrhag",
    "perforation": r"perforat",
    "hypersensitivity": r"hypersensitiv|infusion[- ]related|anaphyla|allerg",
    "immune_related": r"immune[- ](related|mediated)|i(?<=\bi)rae",
    # not "immune effector cell associated neurotoxicity" (ICANS), a kind no case records; an oxaliplatin
    # "neurotoxicity" is a toxicity as any other
    "toxicity": (
        r"(?<!associated neuro)(?<!associated-neuro)toxicit|adverse (event|reaction)|a(?<=\ba)es?\b|intoleran"
    ),
}


def events_on_therapy(text: str, kind: str) -> list[str] | None:
    """The events a one-sentence exclusion names as happening on the therapy it names (``[]``: an event
    no case records); None when the therapy is not a setting."""
    if kind != "exclusion" or _has(r"[.;:]\s", text.rstrip(" .;")):
        return None
    found = [name for name, pattern in _EVENT_WORDS.items() if _has(pattern, text)]
    if not (_has(_SETTING, text) or (found and _has(_BESIDE_EVENT, text))):
        return None
    if "immune_related" in found or len(found) > 1:
        found = [e for e in found if e != "toxicity"] or found
    return found
