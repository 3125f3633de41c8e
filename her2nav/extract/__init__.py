"""Extraction: pathology and biomarker reports (PDF, scan, image, text) → suggested findings, each with
the exact text span it rests on (CONTRACT §7). Entry point: ``her2nav.extract.run.extract_bytes``.

Suggestions only: a person confirms each finding before it enters a case record.
"""
