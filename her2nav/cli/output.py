"""What every command does with bad input: one line per problem on stderr, exit 2, no traceback."""

from __future__ import annotations

import sys
from typing import NoReturn

import typer

from her2nav.case.errors import CaseError


def fail_with_problems(err: CaseError, code: int = 2) -> NoReturn:
    """CONTRACT §5: one line per problem on stderr, naming the field path; exit 2; no traceback."""
    for problem in err.problems:
        print(str(problem), file=sys.stderr)
    raise typer.Exit(code)
