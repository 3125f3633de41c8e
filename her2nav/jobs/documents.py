"""Jobs for uploaded documents: OCR and extraction (``extract_document``), run by any worker."""

from __future__ import annotations
