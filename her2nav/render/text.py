"""Text view of a review for navigators (Rich)."""

from __future__ import annotations

from her2nav.review import ReviewResult


def print_review(result: ReviewResult) -> None:
    print(result.to_json())
