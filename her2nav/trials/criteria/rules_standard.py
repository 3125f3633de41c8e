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

_NO_STANDARD_LEFT = (
    r"standard[^.;]{0,60}(do not exist|does not exist|no longer effective|exhausted|"
    r"not (available|tolerated)|refractory|intoleran|failed)|"
    r"no (available |further |other )?(satisfactory |acceptable |available |effective )*"
    r"(alternative |standard )?(treatment|therap|option)|"
    r"(failed|exhausted|progressed on) (all )?(available )?standard|no available treatment options?"
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
    return [{"type": "standard_exhausted"}]
