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
import warnings
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
    try:
        result = extract_bytes(Path(path).read_bytes(), media_type, source=source)
    except UnreadableInput as err:
        conn.send(("unreadable", str(err) or "the document could not be read"))
    except OSError as err:
        conn.send(("unreadable", f"the stored file cannot be read: {err.strerror or err}"))
    except Exception as err:
        from PIL import Image

        if isinstance(err, Image.DecompressionBombError | Image.DecompressionBombWarning):
            conn.send(("unreadable", f"an image in the document has more than {max_pixels} pixels"))
        else:
            conn.send(("error", f"extraction failed unexpectedly ({type(err).__name__})"))
    else:
        conn.send(("done", result))
    finally:
        conn.close()


_context: Any = None
_context_lock = threading.Lock()
_live: set[BaseProcess] = set()
_killed: set[BaseProcess] = set()


def _forkserver() -> Any:
    global _context
    with _context_lock:
        if _context is None:
            _context = multiprocessing.get_context("forkserver")
            _context.set_forkserver_preload(["her2nav.extract.run"])
        return _context


def run_limited(path: Path, media_type: str, source: str, limits: JobLimits) -> ExtractionResult:
    """Extract in a child process; ``JobRefused`` when a limit stops it, ``UnreadableInput``-like
    reasons come back as ``JobRefused`` too (the caller stores the reason either way)."""
    context = _forkserver()
    receiver, sender = context.Pipe(duplex=False)
    process: BaseProcess = context.Process(
        target=_child, args=(sender, str(path), media_type, source, limits.max_pixels), daemon=True
    )
    with _context_lock:
        _live.add(process)
    process.start()
    sender.close()
    try:
        if not receiver.poll(limits.seconds):
            raise JobRefused(f"extraction took longer than {limits.seconds:g} s and was stopped")
        kind, value = receiver.recv()
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
