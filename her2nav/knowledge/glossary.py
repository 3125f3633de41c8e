"""The clinical glossary (``data/glossary.yaml``): English term -> Simplified Chinese, with sources.

Reports in Chinese name drugs and regimens from here; nothing is translated at run time. A term without
a Chinese entry (``zh: null`` or no entry at all) keeps its English name and is marked by the caller.
``kb check`` runs ``glossary_problems`` (broken references, names that no longer match the knowledge
base) and prints ``untranslated`` (terms shown in English).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import yaml
from pydantic import Field

from her2nav.knowledge.language import text_language
from her2nav.knowledge.models import UNVERIFIED, KnowledgeBase, _Frozen

GLOSSARY_FILE = Path(__file__).resolve().parent / "data" / "glossary.yaml"
SECTIONS = ("agents", "options", "terms")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class GlossarySource(_Frozen):
    key: str = Field(pattern=r"^G\d+$")
    title: str
    url: str


class GlossaryEntry(_Frozen):
    """One English term and its Simplified Chinese name; ``zh`` None: no checked name (stays English)."""

    en: str = Field(min_length=1)
    zh: str | None = None
    sources: tuple[str, ...] = ()

    @property
    def verified(self) -> bool:
        return bool(self.sources) and UNVERIFIED not in self.sources


class Glossary(_Frozen):
    """Agents and options by their ids (CONTRACT §4), clinical terms by a name."""

    glossary_sources: tuple[GlossarySource, ...]
    agents: dict[str, GlossaryEntry]
    options: dict[str, GlossaryEntry]
    terms: dict[str, GlossaryEntry]

    def section(self, name: str) -> dict[str, GlossaryEntry]:
        found: dict[str, GlossaryEntry] = getattr(self, name)
        return found


def load_glossary(path: Path = GLOSSARY_FILE) -> Glossary:
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    if not isinstance(raw, dict):
        raise ValueError(f"{path.name}: expected a mapping at the top level")
    return Glossary.model_validate(raw)


@cache
def glossary() -> Glossary:
    """The installed glossary, validated once per process."""
    return load_glossary()


def chinese(section: str, key: str) -> GlossaryEntry | None:
    """The entry for an agent id, an option id or a term name when it has a Chinese name, else None."""
    entry = glossary().section(section).get(key)
    return entry if entry is not None and entry.zh else None


def glossary_problems(
    found: Glossary,
    *,
    agents: dict[str, set[str]],
    options: dict[str, set[str]],
    source_keys: Iterable[str],
) -> Iterator[str]:
    """Every broken reference: unknown source keys, a Chinese name without a source, an English name that
    is none of the knowledge base's (``agents`` / ``options``: id -> names), an id it does not know."""
    known_sources = {s.key for s in found.glossary_sources} | set(source_keys) | {UNVERIFIED}
    names = {"agents": agents, "options": options}
    for section in SECTIONS:
        for key, entry in found.section(section).items():
            where = f"glossary.{section}[{key}]"
            for source in entry.sources:
                if source not in known_sources:
                    yield f"{where}: unknown source {source!r}"
            if entry.zh and not entry.sources:
                yield f"{where}: a Chinese name needs a source (or M when unchecked)"
            expected = names.get(section, {})
            if section in names and key not in expected:
                yield f"{where}: not an id the knowledge base knows"
            elif section in names and entry.en not in expected[key]:
                known = " or ".join(repr(n) for n in sorted(expected[key]))
                yield f"{where}.en: {entry.en!r} differs from the knowledge base name {known}"


def untranslated(found: Glossary, *, agents: Iterable[str], options: Iterable[str]) -> list[str]:
    """Terms a Chinese report shows in English: entries without ``zh`` and ids with no entry at all."""
    missing = [
        f"{section}.{key} ({entry.en})"
        for section in SECTIONS
        for key, entry in found.section(section).items()
        if not entry.zh
    ]
    missing += [f"agents.{key} (no entry)" for key in sorted(agents) if key not in found.agents]
    missing += [f"options.{key} (no entry)" for key in sorted(options) if key not in found.options]
    return missing


def glossary_report(kb: KnowledgeBase, path: Path = GLOSSARY_FILE) -> tuple[list[str], list[str]]:
    """(problems, terms shown in English) of the glossary against the knowledge base ``kb``."""
    from pydantic import ValidationError

    from her2nav.knowledge.agents import vocabulary

    try:
        found = load_glossary(path)
    except (OSError, ValueError, yaml.YAMLError, ValidationError) as err:
        first = str(err).splitlines()[0] if str(err) else type(err).__name__
        return [f"glossary: {path.name} cannot be read ({first})"], []
    agents = {a.id: {a.name} for a in vocabulary().by_id.values()}
    options: dict[str, set[str]] = {k: {o.name} for k, o in kb.options.items()}
    for key, exclusion in kb.exclusions.items():
        options.setdefault(key, set()).add(exclusion.name)
    problems = list(glossary_problems(found, agents=agents, options=options, source_keys=kb.sources))
    return problems, untranslated(found, agents=agents, options=options)


# Names inside sentences while a review is built in Chinese (knowledge.language.texts_in).
def agent_name(agent_id: str, english: str) -> str:
    """An agent's name inside a sentence: its glossary name while texts are in Chinese, if it has one."""
    return _glossary_name("agents", agent_id, english)


def option_name(option_id: str, english: str) -> str:
    """An option's (or excluded regimen's) name inside a sentence, as ``agent_name``."""
    return _glossary_name("options", option_id, english)


def term_name(term: str, english: str) -> str:
    """A clinical term of the glossary (e.g. ``fluoropyrimidine``) inside a sentence, as ``agent_name``."""
    return _glossary_name("terms", term, english)


def _glossary_name(section: str, key: str, english: str) -> str:
    if text_language() != "zh":
        return english
    entry = chinese(section, key)
    return entry.zh if entry is not None and entry.zh else english
