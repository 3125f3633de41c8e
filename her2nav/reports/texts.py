"""Words the reports put around the review's codes: labels of statuses, titles of gaps, warnings and
cautions, and their plain-language versions for families. Each is an English message id (marked with
``N_`` for extraction) translated through the catalogues of ``her2nav.i18n`` at render time.

The gap -> action mapping is ``her2nav.render.actions.GAP_ACTIONS`` (one definition for every view); the
catalogue tool extracts its texts too, so a Chinese report shows the same step in Chinese.
"""

from __future__ import annotations


def N_(message: str) -> str:
    """Marks a message for extraction; translated where it is shown."""
    return message


HER2_STATUS = {
    "positive": N_("positive"),
    "negative": N_("negative"),
    "equivocal": N_("equivocal"),
    "unknown": N_("unknown"),
}
HER2_CATEGORY = {
    "positive": N_("HER2-positive"),
    "low": N_("HER2-low"),
    "zero": N_("HER2-zero"),
    "pending": N_("pending (IHC 2+ awaiting ISH)"),
    "unknown": N_("unknown"),
}
PREFERENCE = {"preferred": N_("preferred"), "alternative": N_("alternative"), "consider": N_("consider")}
ACCESS = {
    "approved": N_("approved"),
    "approved_restricted": N_("licensed with a condition not met or not shown"),
    "not_funded": N_("licensed, not routinely funded"),
    "not_approved": N_("not approved"),
    "unknown": N_("unknown"),
}
ACCESS_FAMILY = {
    "approved": N_("can be given where you live"),
    "approved_restricted": N_("can be given where you live only if a condition is met"),
    "not_funded": N_("licensed where you live but not usually paid for"),
    "not_approved": N_("not approved where you live"),
    "unknown": N_("not known whether it can be given where you live"),
}
REGIONS = {
    "US": N_("United States (FDA)"),
    "EU": N_("European Union (EMA)"),
    "GB": N_("England (MHRA licence, NICE funding)"),
    "CN": N_("China (NMPA)"),
    "JP": N_("Japan (PMDA)"),
}
SEVERITY = {"high": N_("high: blocks the decision"), "medium": N_("medium"), "low": N_("low")}
GAP_TITLES = {
    "HER2_UNTESTED": N_("HER2 has not been tested"),
    "HER2_ISH_REQUIRED": N_("HER2 ISH result needed (IHC 2+)"),
    "HER2_RETEST_RECOMMENDED": N_("HER2 should be retested"),
    "HER2_RESCORE_GASTRIC_CRITERIA": N_("HER2 was not scored with gastric criteria"),
    "PDL1_CPS_UNKNOWN": N_("PD-L1 CPS not known"),
    "CLDN18_UNKNOWN": N_("CLDN18.2 not known"),
    "MMR_UNKNOWN": N_("MMR / MSI status not known"),
    "LVEF_UNKNOWN": N_("Heart function (LVEF) not known"),
    "ECOG_UNKNOWN": N_("Performance status (ECOG) not recorded"),
    "TREATMENT_SETTING_UNKNOWN": N_("Line or setting of a prior treatment not recorded"),
}
GAP_FAMILY = {
    "HER2_UNTESTED": N_(
        "A test of the tumour for HER2 has not been done yet. It decides which medicines fit."
    ),
    "HER2_ISH_REQUIRED": N_(
        "The HER2 test gave a middle result; a second lab test on the same sample decides it."
    ),
    "HER2_RETEST_RECOMMENDED": N_(
        "The tumour can change after HER2 medicines. A new sample may be tested before the next one."
    ),
    "HER2_RESCORE_GASTRIC_CRITERIA": N_(
        "The HER2 test should be read again with the rules for stomach cancer."
    ),
    "PDL1_CPS_UNKNOWN": N_("A test for PD-L1 would show whether immunotherapy is likely to help."),
    "CLDN18_UNKNOWN": N_("A test for CLDN18.2 would show whether one more kind of medicine could fit."),
    "MMR_UNKNOWN": N_("A test of the tumour's DNA repair (MMR or MSI) can open the way to immunotherapy."),
    "LVEF_UNKNOWN": N_("A heart scan is needed: some HER2 medicines can weaken the heart."),
    "ECOG_UNKNOWN": N_("The doctors need to note how well you manage day-to-day activities."),
    "TREATMENT_SETTING_UNKNOWN": N_("The records should say when and why each past treatment was given."),
}
WARNING_TITLES = {
    "HER2_LOSS": N_("HER2 may have been lost"),
    "HER2_DISCORDANT": N_("HER2 results disagree"),
    "HER2_HETEROGENEOUS": N_("HER2 differs within the tumour"),
    "NOT_ADENOCARCINOMA": N_("Not an adenocarcinoma"),
    "NOT_ADVANCED_SETTING": N_("Not an advanced setting"),
    "MSI_HIGH": N_("MSI-high / dMMR tumour"),
    "TRIALS_UNAVAILABLE": N_("Trials could not be matched"),
}
CAUTION_TITLES = {
    "LVEF_BELOW_50": N_("Heart function below 50%"),
    "ILD_HISTORY": N_("History of interstitial lung disease"),
    "AUTOIMMUNE_DISEASE": N_("Autoimmune disease"),
    "ORGAN_TRANSPLANT": N_("Organ transplant"),
    "ECOG_OUTSIDE_EVIDENCE": N_("Performance status outside the trials"),
    "PRIOR_SEVERE_TOXICITY": N_("Severe side effect on earlier treatment"),
}
VERDICT = {
    "eligible": N_("eligible"),
    "possibly_eligible": N_("possibly eligible"),
    "ineligible": N_("ineligible"),
}
CRITERION_STATUS = {"met": N_("met"), "not_met": N_("not met"), "unknown": N_("unknown")}
STOP_REASON = {
    "progression": N_("progression"),
    "toxicity": N_("toxicity"),
    "completed": N_("completed"),
    "patient_choice": N_("patient's choice"),
    "ongoing": N_("ongoing"),
}
TREATMENT_SETTING = {
    "palliative": N_("palliative"),
    "perioperative": N_("perioperative"),
    "adjuvant": N_("adjuvant"),
    "neoadjuvant": N_("neoadjuvant"),
}
MARKER_KIND = {
    "her2_ihc": N_("HER2 IHC"),
    "her2_ish": N_("HER2 ISH"),
    "her2_ctdna": N_("HER2 ctDNA"),
    "pdl1_cps": N_("PD-L1 CPS"),
    "cldn18_2": N_("CLDN18.2"),
    "mmr": N_("MMR"),
    "msi": N_("MSI"),
}
SPECIMEN = {"biopsy": N_("biopsy"), "resection": N_("resection"), "cytology": N_("cytology")}
CRITERIA = {
    "gastric": N_("gastric criteria"),
    "breast": N_("breast criteria"),
    "unknown": N_("criteria unknown"),
}
AUDIENCE = {
    "clinician": N_("Case review for clinicians"),
    "family": N_("Case summary for the patient and family"),
}
