"""Words the coordination pages put on the codes of CONTRACT §10 (stages, task types, channels, consent
purposes, job states) and on the requirements a stage move names. Message ids for the catalogue, so
both languages show them; ``tests/web/pages/test_coordination_words.py`` fails when a code or a
requirement of ``coordination.stages`` has no label here."""

from __future__ import annotations

from her2nav.coordination.errors import MissingRequirements
from her2nav.reports.words import Words


def N_(message: str) -> str:
    """Marks a message for the catalogue; translated where it is shown."""
    return message


STAGE_LABELS = {
    "inquiry": N_("first contact"),
    "records": N_("gathering records"),
    "review": N_("case review"),
    "screening": N_("trial or hospital screening"),
    "appointment": N_("appointment"),
    "travel": N_("travel"),
    "treatment": N_("treatment"),
    "follow_up": N_("follow-up"),
    "closed": N_("closed"),
}
TASK_LABELS = {
    "records_request": N_("records request"),
    "translation": N_("translation"),
    "appointment": N_("appointment"),
    "travel": N_("travel"),
    "visa_letter": N_("visa letter"),
    "call_back": N_("call back"),
    "other": N_("other"),
}
TASK_STATUS_LABELS = {"open": N_("open"), "done": N_("done"), "cancelled": N_("cancelled")}
CHANNEL_LABELS = {
    "email": N_("e-mail"),
    "phone": N_("phone"),
    "message": N_("message"),
    "letter": N_("letter"),
    "meeting": N_("meeting"),
}
PURPOSE_LABELS = {
    "case_review": N_("case review"),
    "share_with": N_("sharing with a hospital or trial team"),
    "cross_border_transfer": N_("cross-border transfer (the data leaves the country of residence)"),
}
JOB_LABELS = {
    "queued": N_("waiting"),
    "running": N_("running"),
    "done": N_("finished"),
    "failed": N_("failed, will be tried again"),
    "dead": N_("failed for good"),
}
TIMELINE_KINDS = {
    "stage": N_("stage"),
    "task": N_("task"),
    "communication": N_("message"),
    "appointment": N_("appointment"),
    "travel": N_("travel"),
    "consent": N_("consent"),
    "note": N_("note"),
    "record": N_("record"),
}
# The requirement words of coordination.stages, as message ids (the flow's text is the id).
REQUIREMENT_WORDS = (
    N_("a HER2 result (IHC or ISH)"),
    N_("consent to case review"),
    N_("consent to share with a hospital or trial team"),
    N_("an appointment"),
    N_("a travel plan"),
)
# Problems the coordination flows name in fixed words (shown beside their field).
PROBLEM_WORDS = (
    N_("closing a case needs a reason"),
    N_("no active staff account with this username"),
    N_("names the hospital or trial team the case is shared with"),
    N_("give given_on (consent given) or withdrawn_on (withdrawn)"),
    N_("is before given_on"),
    N_("is before departs_on"),
    N_("is not a known time zone (e.g. Asia/Shanghai)"),
    N_("no document of this case has this id"),
)
LIST_SEPARATOR = N_("; ")  # between the missing requirements
CANNOT_MOVE = N_("The case cannot move to “{stage}”: missing {missing}.")
REQUIRED = N_("is required")
NOT_A_DATE = N_("is not a date (YYYY-MM-DD)")
NOT_A_TIME = N_("is not a date and time")


def missing_words(err: MissingRequirements, words: Words) -> str:
    """The 409 of a stage move in the page's language: the stage and each missing requirement."""
    missing = words(LIST_SEPARATOR).join(words(item) for item in err.missing)
    return words(CANNOT_MOVE, stage=words(STAGE_LABELS.get(err.stage, err.stage)), missing=missing)


PAST = N_("is in the past (today is {today})")


def problem_words(message: str, words: Words) -> str:
    """A flow's problem in the page's language where its words are known; else as the flow said it."""
    if message.startswith("is in the past (today is ") and message.endswith(")"):
        return words(PAST, today=message[len("is in the past (today is ") : -1])
    return words(message)
