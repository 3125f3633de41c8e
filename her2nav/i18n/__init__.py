"""Message catalogues (Babel) shared by the web pages and the reports: English and Simplified Chinese.

The catalogues are the ``.po`` files under ``locale/<dir>/LC_MESSAGES/messages.po``, read with Babel's
``read_po`` and compiled in memory once per process (no ``.mo`` files to keep in step). Message ids are
the English texts, so an untranslated message shows in English. ``her2nav.reports.catalogue`` extracts
the messages and updates both files; a test fails when a Chinese translation is missing.
"""

from __future__ import annotations

from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Literal

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

Language = Literal["en", "zh"]
LANGUAGES: tuple[Language, ...] = ("en", "zh")
LOCALE_DIRS: dict[Language, str] = {"en": "en", "zh": "zh_Hans"}
HTML_LANG: dict[Language, str] = {"en": "en", "zh": "zh-Hans"}
LOCALE_ROOT = Path(__file__).resolve().parent / "locale"
DOMAIN = "messages"


def po_path(lang: Language) -> Path:
    return LOCALE_ROOT / LOCALE_DIRS[lang] / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalogue(lang: Language) -> Catalog:
    with po_path(lang).open("rb") as handle:
        return read_po(handle, locale=LOCALE_DIRS[lang], domain=DOMAIN)


@cache
def translations(lang: Language) -> Translations:
    """The language's translations (fuzzy entries are left out, as gettext does)."""
    buffer = BytesIO()
    write_mo(buffer, read_catalogue(lang), use_fuzzy=False)
    buffer.seek(0)
    return Translations(fp=buffer, domain=DOMAIN)


def gettext(lang: Language, message: str) -> str:
    return translations(lang).gettext(message)
