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
