"""The texts of coordination e-mails and in-app notifications, in English and Simplified Chinese.

English message ids are the texts; the Chinese are a Babel catalogue beside this module
(``locale/zh_Hans/LC_MESSAGES/coordination.po``, a domain of its own so that the reports' catalogue
in ``her2nav.i18n`` keeps exactly the reports' messages). Placeholders are ``str.format`` fields."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from her2nav.i18n import LOCALE_DIRS, Language

DOMAIN = "coordination"
LOCALE_ROOT = Path(__file__).resolve().parent / "locale"
FOOTER = "This is decision support, never a verdict: check the criteria with the trial team."
TASK_WORDS = {
    "records_request": "records request",
    "translation": "translation",
    "appointment": "appointment",
    "travel": "travel",
    "visa_letter": "visa letter",
    "call_back": "call back",
    "other": "other",
}
VERDICT_WORDS = {"eligible": "likely eligible", "possibly_eligible": "possibly eligible"}


@cache
def _translations(lang: Language) -> NullTranslations:
    path = LOCALE_ROOT / LOCALE_DIRS[lang] / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.exists():
        return NullTranslations()  # English: the ids are the texts
    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=LOCALE_DIRS[lang], domain=DOMAIN)
    buffer = BytesIO()
    write_mo(buffer, catalogue, use_fuzzy=False)
    buffer.seek(0)
    return Translations(fp=buffer, domain=DOMAIN)


def text(lang: Language, message: str, **fields: object) -> str:
    return _translations(lang).gettext(message).format(**fields)


def language(code: str | None) -> Language:
    return "zh" if (code or "").lower().startswith("zh") else "en"


@dataclass(frozen=True)
class Message:
    subject: str
    body: str


def reminder(lang: Language, *, title: str, task_type: str, case_id: str, due_on: dt.date) -> Message:
    kind = text(lang, TASK_WORDS.get(task_type, "other"))
    fields = {"title": title, "type": kind, "case_id": case_id, "due_on": due_on.isoformat()}
    body = "\n\n".join(
        [
            text(lang, 'The task "{title}" ({type}) of case {case_id} is due on {due_on}.', **fields),
            text(lang, "Mark it done or change its due date on the case page."),
        ]
    )
    return Message(text(lang, "Reminder: {title} is due on {due_on}", **fields), body)


def trial_alert(
    lang: Language,
    *,
    case_id: str,
    trial_id: str,
    title: str,
    verdict: str,
    status: str | None,
    phase: str | None,
    summary: str | None,
) -> Message:
    fields = {"case_id": case_id, "trial_id": trial_id, "title": title}
    words = text(lang, VERDICT_WORDS.get(verdict, "possibly eligible"))
    parts = [
        text(lang, "{trial_id} ({title}) now looks {verdict} for case {case_id}.", verdict=words, **fields),
        text(lang, "Status: {status}. Phase: {phase}.", status=status or "?", phase=phase or "?"),
    ]
    if summary:
        parts.append(summary)
    parts.append(text(lang, FOOTER))
    return Message(text(lang, "New trial for case {case_id}: {trial_id}", **fields), "\n\n".join(parts))
