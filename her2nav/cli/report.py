"""``her2nav report CASE --lang en|zh --out FILE.pdf|FILE.html [--audience clinician|family]``, the
referral packet ``--packet FILE.zip`` and ``her2nav report --verify-packet FILE.zip`` (CONTRACT §8).

Bad input ends with one line per problem on stderr and exit 2, before anything is rendered: an invalid
case (the contract's field-path lines), an unknown language or audience, an --out that is not .pdf or
.html or cannot be written. The file is written whole or not at all (temporary file, then renamed)."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, cast

import typer

from her2nav.case.errors import CaseError
from her2nav.cli.output import fail_with_problems

if TYPE_CHECKING:
    from her2nav.i18n import Language
    from her2nav.reports.view import Audience

LANGS = ("en", "zh")
AUDIENCES = ("clinician", "family")
FORMATS = (".pdf", ".html")


def _fail(message: str, code: int = 2) -> NoReturn:
    print(message, file=sys.stderr)
    raise typer.Exit(code)


def _check_writable(path: Path, option: str) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        _fail(f"{option} {path}: is a folder, not a file")
    if not folder.is_dir():
        _fail(f"{option} {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        _fail(f"{option} {path}: cannot be written (permission denied)")


def _write(path: Path, data: bytes, option: str) -> None:
    try:
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False) as handle:
            handle.write(data)
        Path(handle.name).replace(path)
    except OSError as err:
        _fail(f"{option} {path}: cannot be written ({err.strerror or err})")


def _verify(packet: Path) -> None:
    from her2nav.reports.packet import verify_packet

    try:
        data = packet.read_bytes()
    except OSError as err:
        _fail(f"--verify-packet {packet}: cannot be read ({err.strerror or err})")
    problems, checked = verify_packet(data)
    for problem in problems:
        print(f"{packet}: {problem}", file=sys.stderr)
    if problems:
        raise typer.Exit(1)
    print(f"{packet}: packet OK, {checked} file(s) match the manifest (SHA-256)")


def _registry_label(with_trials: bool) -> str:
    if not with_trials:
        return "not used (--no-trials)"
    from her2nav.trials.matching.for_review import registry_state

    fingerprint, problem = registry_state()
    return f"fingerprint {fingerprint[:16]}" if fingerprint else f"not read ({problem})"


def report(
    case_file: Path | None = typer.Argument(
        None, help="Case file (YAML or JSON, CONTRACT §1).", show_default=False
    ),
    langs: list[str] = typer.Option(
        ["en"], "--lang", help="en or zh (Simplified Chinese); repeat for a packet."
    ),
    audience: str = typer.Option("clinician", "--audience", help="clinician, or family (plain language)."),
    out: Path | None = typer.Option(None, "--out", help="FILE.pdf or FILE.html.", show_default=False),
    packet: Path | None = typer.Option(
        None, "--packet", help="Write a referral packet FILE.zip.", show_default=False
    ),
    verify_packet: Path | None = typer.Option(
        None, "--verify-packet", help="Check FILE.zip against its manifest and exit.", show_default=False
    ),
    prepared_by: str | None = typer.Option(None, "--prepared-by", help="Who prepared the report (cover)."),
    patient_label: str | None = typer.Option(
        None, "--patient-label", help="How the cover names the patient (default: the case id only)."
    ),
    with_trials: bool = typer.Option(
        True, "--trials/--no-trials", help="Match the installed trial registry."
    ),
) -> None:
    """Case review report as PDF or HTML (en/zh, clinician/family), or a referral packet.

    Local output: no consent is checked (the API checks it for reports sent outside)."""
    if verify_packet is not None:
        _verify(verify_packet)
        return
    if case_file is None:
        _fail("CASE: a case file is needed (or --verify-packet FILE.zip)")
    for lang in langs:
        if lang not in LANGS:
            _fail(f"--lang: {lang!r} is not one of {', '.join(LANGS)}")
    if audience not in AUDIENCES:
        _fail(f"--audience: {audience!r} is not one of {', '.join(AUDIENCES)}")
    if out is None and packet is None:
        _fail("--out FILE.pdf|FILE.html or --packet FILE.zip is needed")
    if out is not None:
        if out.suffix.lower() not in FORMATS:
            _fail(f"--out {out}: the name must end in .pdf or .html")
        if len(set(langs)) > 1:
            _fail("--out: one --lang per report file (several languages go into a --packet)")
        _check_writable(out, "--out")
    if packet is not None:
        if packet.suffix.lower() != ".zip":
            _fail(f"--packet {packet}: the name must end in .zip")
        _check_writable(packet, "--packet")

    from her2nav.case.load import load_case

    try:
        case = load_case(case_file)
    except CaseError as err:
        fail_with_problems(err)
    from her2nav.reports.render import html_to_pdf, render_html
    from her2nav.reports.view import ReportMeta
    from her2nav.review import build_review, review_with_trials

    chosen = [cast("Language", lang) for lang in dict.fromkeys(langs)]
    reader = cast("Audience", audience)
    review = (review_with_trials(case) if with_trials else build_review(case)).data
    meta = ReportMeta(
        patient_label=patient_label,
        prepared_by=prepared_by,
        prepared_on=dt.date.today(),
        registry=_registry_label(with_trials),
    )
    rendered: dict[str, bytes] = {}

    def pdf(lang: Language) -> bytes:
        if lang not in rendered:
            rendered[lang] = html_to_pdf(render_html(case, review, lang=lang, audience=reader, meta=meta))
        return rendered[lang]

    if out is not None:
        lang = chosen[0]
        if out.suffix.lower() == ".html":
            html = render_html(case, review, lang=lang, audience=reader, meta=meta)
            _write(out, html.encode("utf-8"), "--out")
        else:
            _write(out, pdf(lang), "--out")
        print(f"report written: {out}")
    if packet is not None:
        from her2nav.reports.packet import PacketFile, build_packet

        files = [PacketFile(f"report-{lang}-{audience}.pdf", pdf(lang)) for lang in chosen]
        case_json = json.dumps(case.model_dump(mode="json", exclude_none=True), ensure_ascii=False, indent=2)
        files.append(PacketFile("case.json", case_json.encode("utf-8")))
        files.append(
            PacketFile("review.json", json.dumps(review, ensure_ascii=False, indent=2).encode("utf-8"))
        )
        about = {
            "case_id": case.case_id,
            "created_on": meta.prepared_on.isoformat() if meta.prepared_on else None,
            "prepared_by": prepared_by,
            "source": "case file (no source documents)",
        }
        _write(packet, build_packet(files, about=about), "--packet")
        print(f"packet written: {packet} ({len(files)} files and manifest.json)")


def register(app: typer.Typer) -> None:
    app.command()(report)
