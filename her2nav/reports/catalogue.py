"""Keeps the message catalogues of ``her2nav.i18n`` in step with the reports.

``python -m her2nav.reports.catalogue`` extracts every message (Babel's extractors over the templates
and the report modules, plus the texts of ``render.actions.GAP_ACTIONS`` and of
``render.headline.at_home_phrase`` for every status and region, which the report translates by message
id) and rewrites each ``messages.po``: translations are kept, new messages added untranslated, messages
no longer used dropped. It prints the messages still untranslated in Chinese; a test fails on any.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import write_po

from her2nav.i18n import LANGUAGES, LOCALE_DIRS, Language, po_path, read_catalogue
from her2nav.knowledge.regions import REGIONS
from her2nav.render.actions import GAP_ACTIONS
from her2nav.render.headline import at_home_phrase
from her2nav.reports.render import PAGE_OF, TEMPLATES

PACKAGE = Path(__file__).resolve().parent
# The web pages share the catalogues (issue 17): their templates and the label modules of the pages.
WEB = PACKAGE.parent / "web"
TEMPLATE_DIRS = (TEMPLATES, WEB / "templates")
PYTHON_DIRS = (PACKAGE, WEB / "pages")
PYTHON_KEYWORDS = {"N_": None, "words": None}
JINJA_KEYWORDS = {"_": None}
ACCESS_STATUSES = ("approved", "approved_restricted", "not_funded", "not_approved", "unknown", None)


def _from_code() -> Iterator[str]:
    """Messages whose text is built by a shared function, translated by the report as a whole."""
    yield PAGE_OF
    yield from GAP_ACTIONS.values()
    for status in ACCESS_STATUSES:
        for region in (*REGIONS, None):
            yield at_home_phrase(status, region)


def extract_messages() -> list[str]:
    """Every message id of the reports and the web pages, in a stable order, once each."""
    found: list[str] = []
    for path in [p for folder in TEMPLATE_DIRS for p in sorted(folder.glob("*.html"))]:
        for _, message, _, _ in extract_from_file("jinja2.ext:babel_extract", path, keywords=JINJA_KEYWORDS):
            found.append(message if isinstance(message, str) else message[0])
    for path in [p for folder in PYTHON_DIRS for p in sorted(folder.glob("*.py"))]:
        for _, message, _, _ in extract_from_file("python", path, keywords=PYTHON_KEYWORDS):
            found.append(message if isinstance(message, str) else message[0])
    found += list(_from_code())
    return list(dict.fromkeys(m for m in found if m))


def updated(lang: Language, messages: list[str]) -> Catalog:
    """The language's catalogue with exactly ``messages``, keeping every translation it had."""
    old = read_catalogue(lang) if po_path(lang).exists() else Catalog()
    catalogue = Catalog(
        locale=LOCALE_DIRS[lang],
        domain="messages",
        project="her2nav",
        copyright_holder="her2nav",
        creation_date=old.creation_date,  # stable headers: a re-run changes only messages
        revision_date=old.revision_date,
        fuzzy=False,
    )
    for message in messages:
        previous = old.get(message)
        text = previous.string if previous is not None and isinstance(previous.string, str) else ""
        catalogue.add(message, text)
    return catalogue


def missing(lang: Language, messages: list[str] | None = None) -> list[str]:
    """Message ids with no translation in ``lang`` (English needs none: the id is the text)."""
    if lang == "en":
        return []
    catalogue = read_catalogue(lang)
    wanted = messages if messages is not None else extract_messages()
    found = {m: catalogue.get(m) for m in wanted}
    return [m for m, entry in found.items() if entry is None or not entry.string]


def write(lang: Language, catalogue: Catalog) -> None:
    path = po_path(lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalogue, width=110, omit_header=False, sort_output=False, no_location=True)


def main() -> int:
    messages = extract_messages()
    for lang in LANGUAGES:
        write(lang, updated(lang, messages))
    untranslated = missing("zh", messages)
    print(f"{len(messages)} messages; {len(untranslated)} without a Chinese translation")
    for message in untranslated:
        print(f"  {message}")
    return 1 if untranslated else 0


if __name__ == "__main__":
    sys.exit(main())
