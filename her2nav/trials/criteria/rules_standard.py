"""Criterion rule for studies that take patients for whom standard therapy is exhausted ("failed all
standard-of-care therapies", "for which standard measures do not exist or are no longer effective",
"no satisfactory alternative treatment").

- ``standard_exhausted``: no standard option is left for the patient (matching/evaluate_standard.py
  judges it against the case's lines and the knowledge base's options for the current line);
- ``regimen_given``: for each of ``options`` (alternative regimens, each a list of agent ids and
  groups), a course that has ended held them all ("eligible to receive <regimen>" asks it negated);
- ``not_standard_candidate``: the patient is not a candidate for the standard options left ("or not
  suitable for standard treatment");
- ``any_of``: alternatives, each a list of requirements that must all hold ("progressed on prior
  treatment, or untreated with no acceptable treatment"): met when one alternative holds, not met
  when every alternative fails.
"""

from __future__ import annotations

import re

from her2nav.knowledge.agents import vocabulary
from her2nav.trials.criteria.rule_text import Req, _findall, _num, _rx, _search, _sub

# "refractory to or not a candidate for standard treatment": whether the patient is a candidate for the
# options left is the treating doctor's judgement (issue 15, held-out review), not a count of options.
# Refusal or intolerance is not candidacy: a case records neither, and the options still exist.
_NOT_A_CANDIDATE = (
    r"(not (a )?(suitable )?candidates?|unsuitable|not suitable|ineligible|not eligible|not appropriate)"
    r"( (for|to receive|to be treated with))?,? (any )?(further )?(standard|approved|available|established)"
    r"( \w+)? (treatments?|therap\w*|care|options?|regimens?)|"
    r"standard (treatments?|therap\w*|of care|options?)[^.;]{0,30}\b(is|are|be|was|were) "
    r"(not (appropriate|suitable|indicated)|inappropriate|unsuitable|contraindicated)|"
    # "… or is contraindicated with available anti-cancer therapies known to confer benefit" (UB)
    r"contraindicated (with|to|for) (the |all )?(available|standard|approved)( anti-?\s?cancer)? "
    r"(treatments?|therap\w*)"
)
_NO_STANDARD_LEFT = (
    # "… for whom standard of care therapy that prolongs survival is unavailable or unsuitable" (ST-067)
    r"standard[^.;]{0,60}(do not exist|does not exist|no longer effective|exhausted|unavailable|"
    r"not (available|tolerated)|refractory|intoleran|failed)|"
    # "should have no appropriate standard therapy available" (NCT06131840, the WB reviewer)
    r"no (available |further |other )?"
    r"(satisfactory |acceptable |available |effective |appropriate |suitable )*"
    # ("… or there is no standard of care therapy": KB707, NCT05970497; twenty-eighth session, WJ)
    r"(alternative |standard (of[- ]care )?)?(treatment|therap|option)|"
    r"(failed|exhausted|progressed on|progression on) (all )?(available )?standard|"
    # "… who is no longer benefiting from standard anti-cancer treatment or for whom, in the opinion of the
    # treating physician, no such treatment is available" (TAPUR, NCT02693535; the WD reviewer)
    r"no longer benefit\w* from (the |their )?(\w+ ){0,2}standard|"
    r"no available treatment options?|"
    # "No other more conventional forms of therapy available with a reasonable chance of cure or
    # significant palliation" (NCT00054457, seventeenth blind set, TS): a standard option left is one
    r"no (other )?(more )?(conventional|established)( forms?| kinds?| types?)?( of)? (treatment|therap)|"
    # "for whom there is no standard approved therapies that impart significant clinical benefit" (UO)
    r"no (standard|approved)( (approved|standard|available|effective))+ (treatments?|therap|options?)|"
    r"lack(s|ing)? (of )?(any )?(effective|available|standard|satisfactory)( \w+)? (treatment|therap|option)|"
    # "… who have progressed or are intolerant to all approved therapies known to confer clinical
    # benefit" (NCT03696771, fourteenth set, TQ): every approved option used, none left
    r"(progress\w*|intoleran\w*|refractory|failed|exhausted)[^.;]{0,30}\ball ((available|approved|standard|"
    r"established) )+(anti-?\s?cancer |systemic )?(therap|treatment|option|regimen)|" + _NOT_A_CANDIDATE
)
# Progression on prior treatment, or refractory to or intolerant of standard treatment: a line already
# given that failed or was not tolerated. "Refractory to standard treatment OR for whom no standard
# therapy is available" is met by such a line (issue 15, held-out review: an OR between the two);
# joined by AND it still asks that no standard option is left.
_PROGRESSED = (
    r"progress\w* (on|after|following|during) (any |a )?(prior|previous|earlier)|"
    # "has disease progression after treatment, is intolerant to treatment, or …" (UB, NCT05514717)
    r"progression (after|on|following) (the |last |most recent )?(anti-?\s?cancer )?(treatment|therapy)\b|"
    # "who has progressed, is intolerant, has refused, or for whom there is no standard …" (UO's
    # NCT05365581): progressed on, or not tolerated, the treatment given
    r"(has|have) progressed,? (or )?(is|are|has been|have been) intoleran|"
    # "Subjects whose advanced cancer has failed treatment or whose cancer has progressed following
    # available standard therapy …" (ARX788, NCT02512237; TJ): a treatment given that failed
    r"(cancer|disease|tumou?rs?) (has |have )?failed (at least one |any |a |prior |previous )*"
    r"(line of )?(anti-?\s?cancer |systemic )?(treatments?|therap\w*)\b|"
    r"(refractory|resistant) (to|of)( or (subjects |patients |participants )?(intolerant (of|to)|"
    r"not (a )?candidates? for))?( the| all)?( current| prior| previous)?( \w+)? standard|"
    # "must have received at least 1-2 prior lines of standard therapies or be intolerant of them"
    r"received (at least )?(?P<lines>\d|one|two|three)(\s*-\s*\d)? (prior |previous )?(lines?|regimens?)|"
    # "non-responsive or intolerant to standard therapies", "relapsed after standard therapy" (issue 15,
    # seventh blind set): standard therapy given that failed or was not tolerated
    r"(non-?\s?responsive|unresponsive|not responsive|refractory|resistant|intoleran[tc]e?|intolerable)"
    r"( (to|of|with))?( or (intoleran[tc]e?|intolerable|refractory|resistant|non-?\s?responsive|"
    r"unresponsive|not responsive))? (to|of|with) (the |all |prior |previous |available |current )*"
    r"standard (\w+ )?"
    r"(therap|treatment|regimen|care|chemotherap)|"
    # "disease progression through standard therapy" (ST-067, NCT04787042; twenty-eighth session, WF)
    r"(relapsed|progressed|recurred|failed|progression) (after|on|following|during|through) "
    r"(the |all |prior |previous )*"
    r"standard (\w+ )?(therap|treatment|regimen|care|chemotherap)|"
    # "solid tumor progressed on, or with demonstrated intolerance to SOC" (PF-07799544, NCT05538130; WL)
    r"progress\w* (on|after|following),? or (with )?(demonstrated )?intoleran\w* (to|of),? (the )?"
    r"(soc|standard)\b|"
    # "disease progression or intolerance to frontline standard of care (SOC) chemotherapy"
    r"(progression|intolerance)( (on|to|after|of|with))?"
    r"( or (progression|intolerance)( (on|to|after|of|with))?)?"
    r" (the |prior |previous |frontline |first[- ]line |1st[- ]line )*"
    r"standard[- ](of[- ]care|therap|treatment|chemo)"
)
_PERMISSION = r"\b(allowed|permitted|acceptable|may (be|have))\b"


def standard_therapy(text: str, kind: str) -> list[Req]:
    if kind != "inclusion":
        return []
    progressed = _search(_PROGRESSED, text)
    lefts = list(_rx(_NO_STANDARD_LEFT).finditer(text))
    if not lefts:
        # refractory to or intolerant of standard therapy, with no "no option left" beside it: at
        # least one line given that failed or was not tolerated
        said = progressed.group(0) if progressed else ""
        if _search(r"standard|\bsoc\b", said) and not _search(_PERMISSION, text):
            if _search(r"frontline|front-line|first[- ]line|1st[- ]line", said):
                return [{"type": "prior_lines", "min": 1}]  # the first line named: one line is it
            return [_refractory_to_standard(1)]
        return []
    if progressed and _search(r"\bor\b", text[progressed.end() : max(lefts[-1].end(), progressed.end())]):
        low = _num(progressed.group("lines")) if progressed.group("lines") else 1
        if "standard" in progressed.group(0) and not progressed.group("lines"):
            return [_refractory_to_standard(low, _search(_STAGE_AS_ALTERNATIVE, text) is not None)]
        options: list[list[Req]] = [[{"type": "prior_lines", "min": low}], [{"type": "standard_exhausted"}]]
        if _search(_STAGE_AS_ALTERNATIVE, text):
            options.append([_STAGE_ALONE_PART])
        if _search(_NOT_A_CANDIDATE, text):  # "… or not a candidate for": the doctor's judgement
            options.append([_NOT_A_CANDIDATE_PART])
        return [{"type": "any_of", "options": options}]
    if _search(_NOT_A_CANDIDATE, text):
        return [{"type": "any_of", "options": [[{"type": "standard_exhausted"}], [_NOT_A_CANDIDATE_PART]]}]
    if _search(_NO_SATISFACTORY, text):
        return [{"type": "any_of", "options": [[{"type": "standard_exhausted"}], [_NO_SATISFACTORY_PART]]}]
    return [{"type": "standard_exhausted"}]


# "Refractory to or intolerant of standard treatment": a standard line given that failed is needed;
# whether one is enough while standard options remain is read both ways by specialists (issue 15:
# TC/TD and TH met, TI not met after one line, unknown after two), so it stays open until none is
# left. An untreated patient does not meet it.
_STANDARD_LEFT_OPEN: Req = {
    "type": "open_parts",
    "parts": ["refractory to standard treatment while standard options remain (the study's reading)"],
}


def _refractory_to_standard(low: int, stage_alone: bool = False) -> Req:
    options: list[list[Req]] = [
        [{"type": "prior_lines", "min": low}, {"type": "standard_exhausted"}],
        [{"type": "prior_lines", "min": low}, _STANDARD_LEFT_OPEN],
    ]
    if stage_alone:
        options.append([_STAGE_ALONE_PART])
    return {"type": "any_of", "options": options}


# "No satisfactory alternative treatment option" (the wording of tumour-agnostic approvals): an option
# left may still not be satisfactory for this patient, which is the treating doctor's judgement; none
# left settles it.
_NO_SATISFACTORY = r"no (\w+ )?(satisfactory|acceptable|appropriate) (\w+ )?(treatments?|therap\w*|options?)"
_NO_SATISFACTORY_PART: Req = {
    "type": "open_parts",
    "parts": ["no satisfactory option left (the treating doctor's judgement)"],
}


# "… solid tumours that are unresectable, metastatic, or have relapsed after standard therapies, … or
# lack effective treatment options": whether advanced disease alone is one of the alternatives is not
# clear from the words (issue 15, seventh blind set: the reviewer left it open for an untreated patient).
_STAGE_AS_ALTERNATIVE = (
    r"(unresectable|metastatic|advanced),? or (have |has |had )?(relapsed|progressed|recurred|failed)"
)
_STAGE_ALONE_PART: Req = {
    "type": "open_parts",
    "parts": ["whether unresectable or metastatic disease alone is one of the alternatives"],
}


# Not a candidate for the standard options left (matching/evaluate_standard.py): the treating doctor's
# judgement, except for a fit patient who has had no line for advanced disease yet.
_NOT_A_CANDIDATE_PART: Req = {"type": "not_standard_candidate"}


# "Eligible to receive trastuzumab plus fluoropyrimidine and platinum chemotherapy" (a study that
# takes patients for a named standard regimen): whether a doctor would give it is not recorded, but a
# patient who has already had the whole regimen, in one course now ended, is past it.
CANDIDATE_FOR = (
    # (?<!not )(?<!in)(eligible|…) spelt letter-first: each word's lookbehinds just after its letter
    r"(e(?<!not e)(?<!ine)ligible|c(?<!not c)(?<!inc)andidates?|s(?<!not s)(?<!ins)uitable|"
    # "… and are subject to receive FOLFOX as SOC per investigator's judgement" (BOLD-100, NCT04421820;
    # the WE reviewer: not met once FOLFOX has been given)
    r"f(?<!not f)(?<!inf)it|a(?<!not a)(?<!ina)ppropriate|s(?<!not s)ubject(?= to receive)) "
    r"(for|to (receive|be treated with|start))( treatment with| therapy with)? "
    r"(?P<regimen>((?!\b(after|following|progress\w*|prior|previous|who|having|if|unless)\b)[^.;])+)"
)


# word endings of drug names (INN stems: -mab antibodies, -nib/-lib kinase inhibitors, -platin, -taxel,
# -rubicin, -trexed, -abine …): a drug the agent vocabulary does not know leaves the regimen unread
_DRUG_STEM = r"(mab|nib|lib|platin|taxel|xel|rubicin|mycin|trexed|abine|stine|parib|cept|tecan|cel)$"


def _regimen_groups(words: str) -> list[str] | None:
    """What ``words`` name of agents.yaml, in order: an agent by its id, a chemotherapy agent by its
    family (CAPOX and FOLFOX are both a fluoropyrimidine with a platinum), a family by its name. The
    bare word "chemotherapy" names no regimen. None when a drug the vocabulary does not know is named."""
    vocab = vocabulary()
    found: list[str] = []
    for token in _findall(r"[\w/]+(?:-[\w/]+)*", words):
        for name in (token, *_findall(r"[^-/]+", token)):
            named = [vocab.get(i).family or i for i in vocab.resolve(name) or ()]
            for family in (name, name.removesuffix("s")):
                if not named and family != "chemotherapy" and vocab.ids_in_group(family):
                    named = [family]
            found += [item for item in named if item not in found]
            if named:
                break
            if _search(_DRUG_STEM, name):
                return None
    return found


def regimen_candidate(text: str, kind: str) -> list[Req]:
    """An inclusion asking that the patient can receive a regimen named by its agents ("either A or B":
    each alternative): the regimens not all received yet (``regimen_given`` negated) and the doctor's
    judgement left open."""
    text = _sub(r"\b(i\.\s?e|e\.\s?g)\.", "ie", text)  # "(i.e. A or B)" does not end the sentence
    if kind != "inclusion" or (m := _search(CANDIDATE_FOR, text)) is None:
        return []
    options = [_regimen_groups(part) for part in re.split(r"\bor\b", m.group("regimen"))]
    if not options or any(not groups for groups in options):
        return []
    return [
        {"type": "regimen_given", "options": options, "negated": True},
        {
            "type": "open_parts",
            "parts": ["candidacy for the named regimen (the treating doctor's judgement)"],
        },
    ]
