"""The knowledge base's explanatory texts and their Simplified Chinese versions, for ``kb check``.

Every text a review shows in words has an English version and may have a Chinese one beside it:
``zh`` in her2_notes.yaml and review_texts.yaml, ``rationale_zh`` (options), ``reason_zh`` (exclusions),
``name_zh``/``reason_zh`` (class exclusions), ``why_zh``/``why_by_agent_zh`` (caution rules), each item
with ``zh_status``: ``team_translation`` (written by the team, awaiting a clinician's review) or
``clinician_reviewed``. ``kb check`` fails when a Chinese template asks for other placeholders or cites
other sources than the English one, and counts the texts still without Chinese.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from string import Formatter

from her2nav.knowledge.models import KnowledgeBase, ZhStatus, cited


@dataclass(frozen=True)
class Translatable:
    owner: str  # the entry zh_status belongs to, e.g. options[taxane]
    field: str  # '' for a template of her2_notes / review_texts
    en: str
    zh: str | None
    status: ZhStatus | None

    @property
    def where(self) -> str:
        return f"{self.owner}.{self.field}" if self.field else self.owner


def translatable(kb: KnowledgeBase) -> Iterator[Translatable]:
    """Every explanatory text of the knowledge base with its Chinese version (None when there is none)."""
    for table, texts in (("her2_notes", kb.her2_notes), ("review_texts", kb.review_texts)):
        for key, note in texts.items():
            yield Translatable(f"{table}[{key}]", "", note.text, note.zh, note.zh_status)
    for oid, option in kb.options.items():
        status = option.zh_status
        yield Translatable(f"options[{oid}]", "rationale", option.rationale, option.rationale_zh, status)
    for eid, ex in kb.exclusions.items():
        yield Translatable(f"exclusions[{eid}]", "reason", ex.reason, ex.reason_zh, ex.zh_status)
    for banned in kb.class_exclusions:
        owner = f"class_exclusions[{banned.group}]"
        yield Translatable(owner, "name", banned.name, banned.name_zh, banned.zh_status)
        yield Translatable(owner, "reason", banned.reason, banned.reason_zh, banned.zh_status)
    for code, rule in kb.caution_rules.items():
        owner = f"caution_rules[{code}]"
        yield Translatable(owner, "why", rule.why, rule.why_zh, rule.zh_status)
        for group, text in rule.why_by_agent.items():
            zh = rule.why_by_agent_zh.get(group)
            yield Translatable(owner, f"why_by_agent[{group}]", text, zh, rule.zh_status)


def _fields(template: str) -> set[tuple[str, str, str | None]]:
    """(name, format spec, conversion) of every placeholder of a template."""
    return {
        (name, spec or "", conv) for _, name, spec, conv in Formatter().parse(template) if name is not None
    }


def _shown(fields: set[tuple[str, str, str | None]]) -> str:
    return (
        ", ".join(sorted("{" + name + (f":{spec}" if spec else "") + "}" for name, spec, _ in fields))
        or "none"
    )


def zh_problems(kb: KnowledgeBase) -> Iterator[str]:
    """A Chinese text whose placeholders or cited sources differ from the English one's; a Chinese text
    without ``zh_status`` (or a status without any Chinese text); Chinese wording for an agent group
    the English wording does not have."""
    has_zh: dict[str, bool] = {}
    for item in translatable(kb):
        has_zh[item.owner] = has_zh.get(item.owner, False) or item.zh is not None
        if item.zh is None:
            continue
        if item.status is None:
            yield f"{item.where}: a Chinese text needs zh_status (team_translation or clinician_reviewed)"
        try:
            en_fields, zh_fields = _fields(item.en), _fields(item.zh)
        except ValueError as err:
            yield f"{item.where}: the Chinese template does not parse ({err})"
            continue
        if en_fields != zh_fields:
            yield (
                f"{item.where}: the Chinese text has placeholders {_shown(zh_fields)}, "
                f"the English {_shown(en_fields)} (they must be the same)"
            )
        if set(cited(item.en)) != set(cited(item.zh)):
            en_keys, zh_keys = ", ".join(cited(item.en)) or "none", ", ".join(cited(item.zh)) or "none"
            yield f"{item.where}: the Chinese text cites {zh_keys}, the English {en_keys} (must be the same)"
    for code, rule in kb.caution_rules.items():
        for group in rule.why_by_agent_zh:
            if group not in rule.why_by_agent:
                yield f"caution_rules[{code}].why_by_agent_zh[{group}]: no English wording for {group!r}"
    statuses = {item.owner: item.status for item in translatable(kb)}
    for owner, status in statuses.items():
        if status is not None and not has_zh[owner]:
            yield f"{owner}: zh_status is set but there is no Chinese text"


def zh_summary(kb: KnowledgeBase) -> tuple[Counter[str], list[str]]:
    """(how many texts have Chinese, by zh_status, plus ``total``; where the texts without Chinese are)."""
    counts: Counter[str] = Counter()
    missing: list[str] = []
    for item in translatable(kb):
        counts["total"] += 1
        if item.zh is None:
            missing.append(item.where)
        else:
            counts[item.status or "no status"] += 1
    return counts, missing
