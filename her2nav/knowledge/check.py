"""``her2nav kb check``: validates the knowledge base."""

from __future__ import annotations

from her2nav.knowledge.agents import vocabulary


def run_check() -> int:
    vocab = vocabulary()
    print(f"{len(vocab.by_id)} agents")
    return 0
