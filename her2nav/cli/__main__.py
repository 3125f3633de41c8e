"""``python -m her2nav.cli``: the same as the ``her2nav`` command."""

from her2nav.cli import main

main()
