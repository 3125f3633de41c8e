"""Criterion rule for studies that take patients for whom standard therapy is exhausted ("failed all
standard-of-care therapies", "for which standard measures do not exist or are no longer effective",
"no satisfactory alternative treatment").

- ``standard_exhausted``: no standard option is left for the patient (matching/evaluate_standard.py
  judges it against the case's lines and the knowledge base's options for the current line);
- ``any_of``: alternatives, each a list of requirements that must all hold ("progressed on prior
  treatment, or untreated with no acceptable treatment"): met when one alternative holds, not met
  when every alternative fails.
"""

from __future__ import annotations

from her2nav.trials.criteria.rule_text import Req, _search

# "refractory to or not a candidate for standard treatment": whether the patient is a candidate for the
# options left is the treating doctor's judgement (issue 15, held-out review), not a count of options.
# Refusal or intolerance is not candidacy: a case records neither, and the options still exist.
_NOT_A_CANDIDATE = (
    r"(not (a )?(suitable )?candidates?|unsuitable|not suitable|ineligible|not eligible|not appropriate)"
    r"( (for|to receive|to be treated with))?,? (any )?(further )?(standard|approved|available|established)"
    r"( \w+)? (treatments?|therap\w*|care|options?|regimens?)|"
    r"standard (treatments?|therap\w*|of care|options?)[^.;]{0,30}\b(is|are|be|was|were) "
    r"(not (appropriate|suitable|indicated)|inappropriate|unsuitable|contraindicated)"
)
_NO_STANDARD_LEFT = (
    r"standard[^.;]{0,60}(do not exist|does not exist|no longer effective|exhausted|"
    r"not (available|tolerated)|refractory|intoleran|failed)|"
    r"no (available |further |other )?(satisfactory |acceptable |available |effective )*"
    r"(alternative |standard )?(treatment|therap|option)|"
    r"(failed|exhausted|progressed on) (all )?(available )?standard|no available treatment options?|"
    + _NOT_A_CANDIDATE
)
_PROGRESSED = r"progress\w* (on|after|following|during) (any |a )?(prior|previous|earlier)"


def standard_therapy(text: str, kind: str) -> list[Req]:
    if kind != "inclusion" or (left := _search(_NO_STANDARD_LEFT, text)) is None:
        return []
    progressed = _search(_PROGRESSED, text)
    if (
        progressed
        and progressed.end() < left.start()
        and _search(r"\bor\b", text[progressed.end() : left.start()])
    ):
        return [
            {
                "type": "any_of",
                "options": [[{"type": "prior_lines", "min": 1}], [{"type": "standard_exhausted"}]],
            }
        ]
    if _search(_NOT_A_CANDIDATE, text):
        return [{"type": "any_of", "options": [[{"type": "standard_exhausted"}], [_NOT_A_CANDIDATE_PART]]}]
    return [{"type": "standard_exhausted"}]


# Not a candidate for the standard options left: no case field says so (rules_parts.open_parts).
_NOT_A_CANDIDATE_PART: Req = {
    "type": "open_parts",
    "parts": ["not a candidate for the standard options left (the treating doctor's judgement)"],
}
