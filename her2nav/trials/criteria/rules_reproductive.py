"""Criteria about who consents and who can conceive, read before anything else (rules_scope.py):

- ``reproductive``: pregnancy, breastfeeding, contraception and egg or sperm donation items, with
  ``who`` (women | men | both) the people the item is addressed to, and ``ages`` ([lowest, highest])
  when it is addressed to women of one age group only (what counts as menopause for them);
- ``consent``: informed consent and willingness to take part, obtained at screening (only when the
  criterion asks nothing else: "aged 18 or over when signing the consent form" is an age);
- ``definition``: what counts as menopause or child-bearing potential (menopause_defined).
"""

from __future__ import annotations

import re

from her2nav.trials.criteria.rule_text import Req, _has, _sub

# Every alternative opens with a plain letter (a word boundary is checked just after it: "w(?<=\bw)"
# is "\bw"), so that re skips quickly to the places where one of those letters stands: every criterion
# is tested against this pattern.
_REPRODUCTIVE = (
    r"pregnan|breast-?\s?feed|lactat|nursing (women|mothers|female)|contracepti|birth control|"
    r"child-?\s?bearing|reproductive potential|w(?<=\bw)ocbp\b|sterili[sz]|abstinen|condom|"
    r"donat\w* (or \w+ )?(\w+ )?(ova|eggs?|sperm|oocytes?)|o(?<=\bo)(va|ocytes?)\b|s(?<=\bs)perm\b|"
    # "a woman aged 50 or older is considered menopausal if …": who can conceive, defined
    r"post-?\s?menopaus|considered (to be )?(post-?\s?)?menopaus|fetus|foetus"
)
# Contraceptive pills named as drugs ("hormonal therapy, except oral contraceptives") ask nothing.
_CONTRACEPTIVE_DRUGS = (
    r"oral contraceptives?( pills?)?|hormonal contraceptives?( pills?)?|hormone[- ]replacement"
)
# Words one of which every _REPRODUCTIVE alternative contains: most criteria hold none, and a substring
# test is much cheaper than the pattern (its opening letters are common ones).
_REPRODUCTIVE_WORDS = (
    "pregnan",
    "breast",
    "lactat",
    "nursing",
    "contracepti",
    "birth control",
    "child",
    "reproductive potential",
    "wocbp",
    "sterili",
    "abstinen",
    "condom",
    "donat",
    "ova",
    "oocyte",
    "sperm",
    "menopaus",
    "fetus",
    "foetus",
)
# (Spelt letter-first, rule_text.py: x(?<=\bx) for \bx, the words of a leading group as alternatives.)
_WOMEN = (
    r"w(?<=\bw)omen\b|w(?<=\bw)oman\b|f(?<=\bf)emales?\b|"
    r"f(?<=\bf)emale (participants?|patients?|subjects?)\b|w(?<=\bw)ocbp\b|m(?<=\bm)others?\b|pregnan|"
    r"breast-?\s?feed|lactat|o(?<=\bo)va\b|oocytes?|post-?\s?menopaus|child-?\s?bearing potential"
)
_MEN = r"\b(men|males?|male (participants?|patients?|subjects?))\b|\bsperm|condom|vasectom"
# "women … and men with a partner of child-bearing potential": the men are asked too (not "spermicide";
# spelt letter-first, rule_text.py).
_MEN_ASKED = r"m(?<=\bm)(?:en|ales?)\b(?! or female)|s(?<=\bs)perm\b|condom|vasectom"

_CONSENT = (
    # "informed consensus of patients" (a Chinese registry's English, eighteenth blind set, TU)
    r"informed (written )?con[cs]ent|informed consensus|consent (form|document)|i(?<=\bi)cf\b|"
    r"able to (understand|comply)|"
    r"c(?<=\bc)apable (to|of) sign(ing)?\b|"  # "Capable to sign the informed" (cut by a mirror; TY)
    r"willing(ness)? (and (able|ability) )?"
    r"to (comply|sign|provide|participate|follow)|h(?<=\bh)ipaa\b|"
    r"c(?<=\bc)ompliance with (all )?(the )?(study|protocol)|"  # an undertaking, as consent (TRINITY)
    # "willing to enroll the clinical study", "decide for themselves whether to participate", "provided
    # written consent", "signed the IC" (thirteenth blind set)
    r"willing(ness)? to (enrol|enroll|take part)|"
    r"decide for (themselves|himself|herself) whether to (participate|take part)|"
    r"provided (written )?consent|signed the (ic|consent)\b|"
    # "The subject consents to provide paired tumor biopsies" (a phase 2 record, NCT00725712; TX)
    r"c(?<=\bc)onsents? to (provide|undergo|participate|allow|send|submit)\b|"
    # "Patients must be accessible for treatment and follow-up" (an undertaking, sixteenth blind set, TR)
    r"accessible for (treatment and )?follow-?\s?up|"
    # "Participant agrees not to participate in another interventional study while receiving study
    # intervention" (NCT05365581, NCT06901531): an undertaking given at consent (C1; UL, UO, UF and UQ
    # met it, TD and TE left it open)
    r"a(?<=\ba)grees? not to (participate|take part|enrol+) in (any )?(another|other)|"
    # "Agree to have a biopsy prior to enrollment, at acceptable risk in the judgement of the
    # Investigator" (NCT06921837; UC and UO met it): a procedure consented to, like "consents to provide"
    r"a(?<=\ba)grees? to (have|undergo|provide) (an? |the )?(fresh |new |tumou?r |mandatory )*"
    r"(biops|tumou?r (tissue|sample)|tissue sample)|"
    # "The patient can adhere to the study visit schedule and other protocol requirements" (NTX-1088,
    # NCT05378425; twenty-ninth session: the WM reviewer met it, C1)
    r"a(?<=\ba)dhere to (the )?(study|protocol|visit|treatment schedule)"
)
# "… obtained from the patient/legal representative": the patient may consent; only a representative
# consenting alone says the patient cannot
_PATIENT_OR_REPRESENTATIVE = (
    r"(patients?|participants?|subjects?)\s?(/|or|and/or)\s?(his |her |their )?(legal(ly)?|authori[sz]ed)"
    r"( authori[sz]ed| acceptable)? (guardian|representative)s?"
)
_NOT_CONSENT = r"prior to|before|within|\d+ days|unless|except|legal(ly)? (guardian|representative)"
# "… signed the consent form before any study-specific procedure": when consent is taken, not a time
# limit on something else (ICH E6(R2) 4.8.8: consent is signed before participation begins).
_CONSENT_TIMING = (
    r"(prior to|before) [^.;,]{0,60}?(procedures?|activit\w*|assessments?|evaluations?|testing|tests?|"
    r"the study|study entry|randomi[sz]ation|registration|enrol+ment|"
    r"(commencing |starting |beginning )?(the )?study (treatment|drug))\b"  # TW; TX
)
# An exclusion of patients who will not consent ("unwilling or unable to sign the consent form").
_REFUSES_CONSENT = (
    r"(u(?<=\bu)nwilling|u(?<=\bu)nable|r(?<=\br)efus\w*|n(?<=\bn)ot willing|d(?<=\bd)eclin\w*)\b"
    r"[^.;]{0,40}(consent|\bicf\b|participat|"  # "Refusal of the patient to participate in the study"
    # "Unwilling or unable to follow protocol requirements" (NCT04511039; twenty-ninth session, WP: C1)
    r"(follow|comply with|adhere to) (the )?(study|protocol))"
)
# "… with a non-sterilised male partner", "… a female partner of child-bearing potential": the partner
# is not the person the item is addressed to.
_PARTNER = (
    r"\b(non-?\s?steril\w+ |fertile )?(fe)?male partners?"
    r"( (is |are )?of (child-?\s?bearing|reproductive) potential)?|"
    r"\b(women|woman) of child-?\s?bearing (potential )?partners?|\bmale condoms?"
)


def reproductive(text: str, kind: str) -> list[Req]:
    if "contraceptive" in text or "hormone" in text:  # the words of the pattern (a cheap test first)
        text = _sub(_CONTRACEPTIVE_DRUGS, " ", text)
    for word in _REPRODUCTIVE_WORDS:  # a plain loop: a generator in any() costs twice as much here
        if word in text:
            break
    else:
        return []
    if not _has(_REPRODUCTIVE, text):
        return []
    addressed = _sub(_PARTNER, " ", text)
    women = _has(_WOMEN, addressed) or _has(r"pregnan|child-?\s?bearing|reproductive potential", addressed)
    men = _has(_MEN_ASKED, addressed)
    if (
        men
        and _has(r"partners? (of|with|who)|female partners?", text)
        and not _has(r"\b(men|males?)\b", text)
    ):
        men = False  # "women whose partners …": addressed to women only
    if _has(
        r"either sex|both sex|all (participants|patients|subjects)|if of reproductive potential|"
        r"(?<!male )(participants?|patients?|subjects?) (in|of) (reproductive|child-?\s?bearing) age",
        text,
    ):
        women = men = True
    who = "both" if women and men else "men" if men else "women"
    req: Req = {"type": "reproductive", "who": who}
    if (
        (kind == "inclusion" or _has(_UNWILLING, text))
        and _has(_UNDERTAKING, text)
        and not _has(_MORE_THAN_AN_UNDERTAKING, text)
    ):
        req["undertaking"] = True
    return [req]


# The same undertaking as an exclusion of its refusal ("Fertile males and females who are unwilling to
# use effective contraceptive methods": UB's NCT04309578, NCT04943653)
_UNWILLING = r"\b(unwilling|not willing|refus\w*|unable or unwilling|do not agree|does not agree) to\b"


# An inclusion that asks only for contraception ("Sexually active subjects (male and female) must use a
# medically-accepted method of contraception during the course of the study"): an undertaking given at
# consent, which a woman who may conceive can give as well as one who cannot (the outside reviewers'
# convention C1: across all twenty-three blind sets the reviewers met 86 such judgements and left 54
# open, 19 of those for men, whom the product met already). One that also asks for a pregnancy test, for
# not being pregnant or nursing, or defines who can conceive asks what the case does not record.
_UNDERTAKING = r"contracepti|birth control|abstinen|condoms?\b"
_MORE_THAN_AN_UNDERTAKING = (
    r"pregnancy test|pregnan\w* (test|screen)|negative (serum |urine )?(pregnancy|β|beta|b-?hcg|hcg)|"
    r"hcg|breast-?\s?feed|lactat|nursing|not (be )?pregnan|non-?\s?pregnan|pregnant (or|and|women)|"
    r"(is|are|be|become) pregnant|childbearing potential is defined|steril|menopaus|defined as"
)


def consent(text: str, kind: str) -> list[Req]:
    if kind == "exclusion" and _has(_REFUSES_CONSENT, text) and not _has(_NOT_CONSENT, text):
        return [{"type": "consent", "negated": True}]
    if kind != "inclusion":
        return []
    text = _sub(_PATIENT_OR_REPRESENTATIVE, " patient ", _sub(_CONSENT_TIMING, " ", text))
    if not _has(_CONSENT, text) or _has(_NOT_CONSENT, text):
        return []
    return [{"type": "consent"}]


# "A woman aged 50 years or older is considered menopausal if" and its items "she has had amenorrhea for at
# least 12 months …, or", "she has undergone bilateral oophorectomy …"; "Women of non-child-bearing
# potential defined as pre-menopausal females with a documented tubal ligation …" (NCT06732856, NCT04704661;
# blind sets VD and VF): what counts as past child-bearing, a definition; the pregnancy item that uses it
# is judged (reproductive above) …
_DEFINES_MENOPAUSE = re.compile(
    r"^(an? |the )?(wom[ae]n|females?|participants?|patients?|subjects?)\b[^.;:]{0,60}\b(is|are) considered "
    r"(to be )?(post-?\s?)?menopausal\b|"
    r"^(wom[ae]n|females?)( participants?)? (of|with) non-?\s?child-?\s?bearing potential "
    r"(is |are )?defined as\b|"
    r"^she (has had|had|became|has undergone|underwent|is)\b[^.;]{0,120}\b(amenorrh|menopaus|oophorectom|"
    r"hysterectom|salpingectom|sterili[sz])"
)
# … unless the item also asks something of her ("Females on hormone replacement therapy … will be required
# to use one of the contraception methods", NCT04704661): then it is the pregnancy item itself. A definition
# for one age group ("A woman under age 50 is considered menopausal if 1) … 2) …") is, for a woman of that
# age whose child-bearing potential no case field records, open like the pregnancy item, and does not
# apply to anyone else (TD, UQ and VD judge it so: unknown for women under 50, met for the rest).
_ASKS_OF_HER = re.compile(r"\b(must|required|should|need to|contracepti\w*|pregnancy test)\b")
_FOR_AGES = re.compile(
    r"^(an? |the )?(wom[ae]n|females?)\b[^.;:]{0,20}?\b"
    r"(?:(under|younger than|below|less than|<) (the )?(age )?(of )?(?P<under>\d{2})|"
    r"(aged? |of age )?(?P<over>\d{2}) (years )?(of age )?(or|and) (older|above|over|more))"
)


def menopause_defined(text: str) -> list[Req]:
    """What an item defining menopause or child-bearing potential asks: nothing (a definition), or the
    pregnancy item for the age group it defines; empty when it is no such item."""
    if not _DEFINES_MENOPAUSE.match(text) or _ASKS_OF_HER.search(text):
        return []
    if (group := _FOR_AGES.match(text)) is None:
        return [{"type": "definition"}]
    ages = [0, int(group["under"]) - 1] if group["under"] else [int(group["over"]), 150]
    return [{"type": "reproductive", "who": "women", "ages": ages}]
