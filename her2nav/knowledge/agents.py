"""The agent vocabulary: ids, synonyms and classes, loaded from ``data/agents.yaml``.

Kept apart from the rest of the knowledge base so that validating a case file (which must resolve
agent synonyms) stays cheap: it reads one small file.
"""

from __future__ import annotations

import difflib
import re
from functools import cache, cached_property
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict

AgentClass = Literal[
    "anti_her2_antibody",
    "her2_adc",
    "her2_bispecific",
    "her2_tki",
    "pd1",
    "vegfr2",
    "cldn18_2",
    "chemotherapy",
]
ChemoFamily = Literal[
    "fluoropyrimidine", "platinum", "taxane", "topoisomerase_i", "nucleoside_analogue", "anthracycline"
]
Payload = Literal["topoisomerase_i", "maytansinoid", "mmae"]
# The kind of molecule (or cell product), as the agent's label describes it.
Modality = Literal["monoclonal_antibody", "adc", "bispecific", "small_molecule", "cell_therapy", "cytotoxic"]

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Agent(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str
    agent_class: AgentClass
    targets: tuple[str, ...] = ()
    family: ChemoFamily | None = None
    payload: Payload | None = None
    modality: Modality | None = None
    # The agent this one is a formulation of (a liposomal irinotecan is irinotecan): "prior irinotecan"
    # covers it, while "prior liposomal irinotecan" does not cover the plain formulation.
    formulation_of: str | None = None
    # what the payload inhibits (agents.yaml payload_mechanisms): "tubulin" makes a tubulin_inhibitor_adc
    payload_inhibits: str | None = None
    synonyms: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    # elimination half-life in days (agents.yaml half_life, antibodies only) and what says so
    half_life_days: float | None = None
    half_life_sources: tuple[str, ...] = ()

    @property
    def her2_directed(self) -> bool:
        """True for every agent whose target list names HER2 (antibodies, ADCs, bispecifics, TKIs)."""
        return "HER2" in self.targets

    @cached_property
    def groups(self) -> frozenset[str]:
        """Every label this agent can be asked about: id, class, family, payload, 'her2_directed', and
        'systemic_therapy', which every agent the knowledge base lists is ("prior systemic therapy")."""
        labels = {self.id, self.agent_class, "systemic_therapy"}
        if self.formulation_of:
            labels.add(self.formulation_of)
        if self.family:
            labels.add(self.family)
        if self.modality == "cell_therapy":  # "prior CAR-T or other cellular therapy" (therapy_groups.py)
            labels.add(self.modality)
        if self.payload:
            labels.add(f"{self.payload}_adc")
        if self.payload_inhibits:
            labels.add(f"{self.payload_inhibits}_inhibitor_adc")
        if self.her2_directed:
            labels.add("her2_directed")
        if self.agent_class != "pd1" and self.targets:
            # "other targeted therapy" beside immunotherapy (NCT01468389, NCT02461407: the VX reviewer):
            # an agent aimed at a molecular target of the tumour or its vessels, not a checkpoint inhibitor
            labels.add("targeted")
        return frozenset(labels)


def normalise_name(name: str) -> str:
    """Key for synonym lookup: case-folded, without spaces, hyphens, dots, slashes or underscores."""
    return re.sub(r"[\s\-./_]+", "", name.casefold())


class AgentVocabulary:
    """Looks agents up by id or synonym; expands regimen shorthands (CAPOX → capecitabine + oxaliplatin)."""

    def __init__(self, agents: list[Agent], regimens: dict[str, list[str]]) -> None:
        self.by_id: dict[str, Agent] = {a.id: a for a in agents}
        self._lookup: dict[str, str] = {}
        for agent in agents:
            for name in (agent.id, agent.name, *agent.synonyms):
                self._lookup[normalise_name(name)] = agent.id
        self.regimens: dict[str, tuple[str, ...]] = {normalise_name(k): tuple(v) for k, v in regimens.items()}

    def resolve(self, name: str) -> tuple[str, ...] | None:
        """Agent ids a written name stands for (one for an agent, several for a regimen), or None."""
        key = normalise_name(name)
        if key in self._lookup:
            return (self._lookup[key],)
        return self.regimens.get(key)

    def get(self, agent_id: str) -> Agent:
        return self.by_id[agent_id]

    def misspelt(self, name: str) -> str | None:
        """The agent a name of 8 letters or more is a near miss for ("oxaplatin": oxaliplatin), by
        difflib's similarity ratio ≥ 0.85 (two names in use differ more: pertuzumab/trastuzumab 0.76)."""
        key = normalise_name(name)
        if len(key) < 8:
            return None
        close = difflib.get_close_matches(key, self._lookup, n=1, cutoff=0.85)
        return self._lookup[close[0]] if close else None

    def ids_in_group(self, group: str) -> frozenset[str]:
        return frozenset(a.id for a in self.by_id.values() if group in a.groups)


def _read_yaml(name: str) -> object:
    text = resources.files("her2nav.knowledge").joinpath("data", name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=_Loader)


@cache
def vocabulary() -> AgentVocabulary:
    raw = _read_yaml("agents.yaml")
    assert isinstance(raw, dict)
    inhibits = {m["payload"]: m["inhibits"] for m in raw.get("payload_mechanisms", [])}
    agents = [
        Agent(
            id=a["id"],
            name=a["name"],
            agent_class=a["class"],
            targets=tuple(a.get("targets", ())),
            family=a.get("family"),
            payload=a.get("payload"),
            payload_inhibits=inhibits.get(a.get("payload")),
            modality=a.get("modality"),
            formulation_of=a.get("formulation_of"),
            synonyms=tuple(str(s) for s in a.get("synonyms", ())),
            sources=tuple(a.get("sources", ())),
            half_life_days=a.get("half_life", {}).get("days"),
            half_life_sources=tuple(a.get("half_life", {}).get("sources", ())),
        )
        for a in raw["agents"]
    ]
    return AgentVocabulary(agents, raw.get("regimens", {}))
