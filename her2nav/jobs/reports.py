"""Jobs that render a case review report or packet to a stored file (``render_report``)."""

from __future__ import annotations
