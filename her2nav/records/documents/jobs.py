"""Limits on one extraction job (issue 20, item 6): a page cap and an image-pixel cap checked from the
file's header before any work, and a time limit enforced by running the extraction in a child process
that is killed when the time is up (a thread cannot be stopped; OCR of a large PDF could run for
hours and keep every worker busy).

Children fork from a server process that has already imported the extraction code (``forkserver``
with preload), so a job starts in milliseconds, not the second a fresh interpreter would take."""

from __future__ import annotations

import io
import multiprocessing
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from her2nav.extract.run import ExtractionResult


class JobRefused(Exception):
    """The job was refused or stopped by a limit; the message says which, in words."""


class JobInterrupted(Exception):
    """The server is stopping and killed the job: it is done again at the next start."""


class JobCrashed(Exception):
    """The extraction failed for a reason that is not the document's (a bug, a missing tool): the
    queue tries it again, and after the last attempt the job is in the dead-letter list."""


# Called in the parent as each OCR'd page is done: (pages done, pages to OCR).
PageProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class JobLimits:
    max_pages: int = 50
    seconds: float = 120.0
    max_pixels: int = 40_000_000  # one page or image: 40 MP (an A4 page scanned at 600 dpi is 35 MP)


def _guard_pixels(max_pixels: int) -> None:
    """Pillow refuses images over ``max_pixels`` (DecompressionBombError beyond twice it, and the
    warning in between is made an error too)."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = max_pixels
    warnings.simplefilter("error", Image.DecompressionBombWarning)


def preflight(data: bytes, media_type: str, limits: JobLimits) -> None:
    """Refuse, from headers only, a document over the page or pixel cap (``JobRefused``). A file that
    cannot even be opened passes: the extraction then says why it is unreadable."""
    if media_type == "application/pdf":
        from pypdf import PdfReader

        try:
            pages = len(PdfReader(io.BytesIO(data)).pages)
        except Exception:  # pypdf raises many kinds on a damaged file
            return
        if pages > limits.max_pages:
            raise JobRefused(f"the document has {pages} pages; at most {limits.max_pages} are read")
        return
    if not media_type.startswith("image/"):
        return
    from PIL import Image

    with warnings.catch_warnings():
        _guard_pixels(limits.max_pixels)
        try:
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                frames = int(getattr(image, "n_frames", 1))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise JobRefused(f"the image has more than {limits.max_pixels} pixels") from None
        except Exception:
            return
    if width * height > limits.max_pixels:
        raise JobRefused(f"the image has {width * height} pixels; at most {limits.max_pixels} are read")
    if frames > limits.max_pages:
        raise JobRefused(f"the image has {frames} pages; at most {limits.max_pages} are read")


def _child(conn: Connection, path: str, media_type: str, source: str, max_pixels: int) -> None:
    from her2nav.extract.run import UnreadableInput, extract_bytes

    _guard_pixels(max_pixels)

    def page_done(done: int, total: int, _seconds: float) -> None:
        conn.send(("progress", (done, total)))

    try:
        result = extract_bytes(Path(path).read_bytes(), media_type, source=source, progress=page_done)
    except UnreadableInput as err:
        conn.send(("unreadable", str(err) or "the document could not be read"))
    except OSError as err:
        conn.send(("unreadable", f"the stored file cannot be read: {err.strerror or err}"))
    except Exception as err:
        from PIL import Image

        if isinstance(err, Image.DecompressionBombError | Image.DecompressionBombWarning):
            conn.send(("unreadable", f"an image in the document has more than {max_pixels} pixels"))
        else:
            conn.send(("error", f"extraction failed unexpectedly ({type(err).__name__}: {err})"))
    else:
        conn.send(("done", result))
    finally:
        conn.close()


_context: Any = None
_context_lock = threading.Lock()
_start_lock = threading.Lock()
_live: set[BaseProcess] = set()
_killed: set[BaseProcess] = set()


def _forkserver() -> Any:
    global _context
    with _context_lock:
        if _context is None:
            _context = multiprocessing.get_context("forkserver")
            _context.set_forkserver_preload(["her2nav.extract.run"])
        return _context


def _start(process: BaseProcess) -> None:
    """Start the child, also from a daemonic process: ``her2nav worker`` runs jobs in huey's worker
    processes, which are daemonic, and multiprocessing refuses children there only so that none is
    left behind at exit; this child is always killed or reaped by ``run_limited`` (and dies with its
    pipe when the worker itself is killed)."""
    config = multiprocessing.current_process()._config  # type: ignore[attr-defined]
    with _start_lock:  # one flag for the whole process: threads starting children take turns
        daemonic = config.get("daemon", False)
        config["daemon"] = False
        try:
            process.start()
        finally:
            config["daemon"] = daemonic


def run_limited(
    path: Path, media_type: str, source: str, limits: JobLimits, progress: PageProgress | None = None
) -> ExtractionResult:
    """Extract in a child process; ``JobRefused`` when a limit stops it or the document cannot be read
    (the caller stores the reason), ``JobCrashed`` when the extraction itself failed. ``progress`` is
    called here, in the caller's thread, as the child reports each OCR'd page."""
    context = _forkserver()
    receiver, sender = context.Pipe(duplex=False)
    process: BaseProcess = context.Process(
        target=_child, args=(sender, str(path), media_type, source, limits.max_pixels), daemon=True
    )
    with _context_lock:
        _live.add(process)
    _start(process)
    sender.close()
    deadline = time.monotonic() + limits.seconds
    try:
        while True:
            if not receiver.poll(max(0.0, deadline - time.monotonic())):
                raise JobRefused(f"extraction took longer than {limits.seconds:g} s and was stopped")
            kind, value = receiver.recv()
            if kind != "progress":
                break
            if progress is not None:
                progress(*value)
    except EOFError:
        with _context_lock:
            interrupted = process in _killed
        if interrupted:
            raise JobInterrupted from None
        raise JobRefused("extraction stopped before it finished (out of memory?)") from None
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(5)
        with _context_lock:
            _live.discard(process)
            _killed.discard(process)
    if kind == "error":
        raise JobCrashed(value)
    if kind != "done":
        raise JobRefused(value)
    result: ExtractionResult = value
    return result


def stop_all() -> None:
    """Kill every running extraction child (server shutdown: nothing waits for a long OCR)."""
    with _context_lock:
        running = list(_live)
        _killed.update(running)
    for process in running:
        if process.is_alive():
            process.kill()
