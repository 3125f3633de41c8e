"""Words in the report's language: catalogue messages, drug and regimen names from the clinical
glossary, the review's explanations written in the report's language (``review_in_language``), and free
text that has no translation (kept in English and marked).

A ``Text`` carries its language, so the template can set ``lang="en"`` on English inside a Chinese
report and add the marker. Nothing is machine-translated.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from her2nav.i18n import Language, translations
from her2nav.knowledge.agents import vocabulary
from her2nav.knowledge.glossary import chinese

UNTRANSLATED = "untranslated"  # English kept in a Chinese report: no checked Chinese name or text
UNCHECKED = "unchecked"  # a Chinese name that rests on general knowledge (glossary source M)


@dataclass(frozen=True)
class Text:
    text: str
    lang: Language = "en"
    mark: str | None = None  # UNTRANSLATED | UNCHECKED | None

    def __str__(self) -> str:
        return self.text


class Words:
    def __init__(self, lang: Language, translated: frozenset[str] = frozenset()) -> None:
        """``translated``: the texts known to be written in ``lang`` (the explanations of the review in
        that language that differ from the English review's); every other free text is English."""
        self.lang: Language = lang
        self._gettext = translations(lang).gettext
        self.translated = translated

    def __call__(self, message: str, **values: object) -> str:
        text = self._gettext(message)
        return text.format(**values) if values else text

    def label(self, table: Mapping[str, str], key: str | None) -> str:
        """A code's label from one of the ``texts`` tables; an unknown code shows as itself."""
        if key is None:
            return self("unknown")
        return self(table[key]) if key in table else key

    def free(self, text: str | None) -> Text:
        """Free text of the review or the knowledge base: in the report's language when it is one of
        the ``translated`` texts, else English (marked in a report in another language)."""
        value = text or ""
        if self.lang == "en" or not value:
            return Text(value)
        if value in self.translated:
            return Text(value, self.lang)
        return Text(value, "en", UNTRANSLATED)

    def _named(self, section: str, key: str, english: str) -> Text:
        if self.lang == "en":
            return Text(english)
        entry = chinese(section, key)
        if entry is None or entry.zh is None:
            return Text(english, "en", UNTRANSLATED)
        return Text(entry.zh, self.lang, None if entry.verified else UNCHECKED)

    def agent(self, agent_id: str) -> Text:
        vocab = vocabulary()
        english = vocab.get(agent_id).name if agent_id in vocab.by_id else agent_id
        return self._named("agents", agent_id, english)

    def option(self, option: Mapping[str, Any]) -> Text:
        """The name of an option or an excluded regimen (review entry with ``id`` and ``name``)."""
        return self._named("options", str(option["id"]), str(option.get("name") or option["id"]))

    def term(self, key: str, english: str) -> Text:
        return self._named("terms", key, english)
