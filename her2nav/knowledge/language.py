"""The language of the texts the knowledge base gives out while one review is being built.

English is the language of the review (CONTRACT §2). ``build_review(case, lang="zh")`` builds the same
review inside ``texts_in("zh")``: every text that has a Chinese version in the data (``zh`` beside
``text`` in her2_notes.yaml and review_texts.yaml, ``rationale_zh``, ``reason_zh``, ``why_zh`` …) is
given out in Chinese, drug and regimen names inside sentences come from the clinical glossary, and a
text without a Chinese version stays English. Nothing is translated at run time.

The language is a context variable, set only for the duration of one ``texts_in`` block, so a review
built in another thread or task (the web service) keeps its own language, and English reviews never
see Chinese.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Literal

TextLanguage = Literal["en", "zh"]
_CURRENT: ContextVar[TextLanguage] = ContextVar("her2nav_text_language", default="en")
_SENTENCE_GAP: dict[TextLanguage, str] = {"en": " ", "zh": ""}  # Chinese sentences end in 。 without a space
_AND: dict[TextLanguage, str] = {"en": " and ", "zh": "、"}


def text_language() -> TextLanguage:
    return _CURRENT.get()


@contextmanager
def texts_in(lang: TextLanguage) -> Iterator[None]:
    """Within the block, knowledge texts come in ``lang`` where the data has them."""
    token = _CURRENT.set(lang)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def pick(english: str, chinese: str | None) -> str:
    """``chinese`` while texts are in Chinese and it exists, else ``english``."""
    return chinese if chinese and _CURRENT.get() == "zh" else english


def sentences(*parts: str) -> str:
    """Sentences one after another (a space between them in English, none in Chinese); empty parts
    are left out."""
    return _SENTENCE_GAP[_CURRENT.get()].join(p for p in parts if p)


def and_list(items: list[str]) -> str:
    """'a and b' in English, 'a、b' in Chinese."""
    return _AND[_CURRENT.get()].join(items)


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
    if _CURRENT.get() != "zh":
        return english
    from her2nav.knowledge.glossary import chinese

    entry = chinese(section, key)
    return entry.zh if entry is not None and entry.zh else english
