"""Page clean-up before OCR with OpenCV: deskew, denoise, binarise.

- **Deskew**: the text pixels (dark on light, after Otsu's threshold and a small median filter that
  drops grain) are joined into line blobs; the minimum-area rectangle of each long line gives its
  angle, and the median angle over lines is the page's skew. Pages tilted between ``MIN_SKEW`` and
  ``MAX_SKEW`` degrees are turned level (a larger angle is left to Tesseract's orientation detection).
- **Denoise** (``denoise``): a 3x3 median filter, which drops grain (pages not in Han script).
- **Smooth** (``smooth``): a bilateral filter, which drops grain and keeps stroke edges (Han pages).
- **Binarise** (``binarise``): a median filter, then adaptive (local Gaussian) thresholding, which keeps
  strokes on an unevenly lit or grey scan.

Each step is kept only where the outside scans showed it helps both English and Chinese pages
(``bench/extract_outside.py --scans``); see ``CLEAN_STEPS``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

MIN_SKEW = 0.3  # degrees; below this a turn only blurs the page
MAX_SKEW = 8.0
# Steps applied by ``ocr_image``: measured on the outside scans (see the module docstring).
CLEAN_STEPS: frozenset[str] = frozenset({"deskew", "denoise"})
# A page in Han script: an edge-preserving (bilateral) filter instead of the median. On the six Chinese
# outside scans, read with chi_sim alone, the character error rate against their source text was 6.7 %
# with no filter, 5.4 % with the median and 5.7 % with the bilateral filter, but the median broke thin
# strokes inside values (胃窦 read as 胃守, pT1b as pT1Lb) where the bilateral filter kept them.
# Adaptive binarising cost both scripts.
HAN_STEPS: frozenset[str] = frozenset({"deskew", "smooth"})


def _load(path: Path) -> Any:
    import cv2

    image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    if image is None:
        raise ValueError(f"OpenCV cannot read {path.name}")
    return image


def skew_angle(gray: Any) -> float:
    """The page's skew in degrees (positive: text rises to the right), 0.0 when it cannot be told."""
    import cv2
    import numpy as np

    small = gray
    scale = 1.0
    if gray.shape[1] > 1600:  # measure on a smaller copy: the angle does not depend on resolution
        scale = 1600 / gray.shape[1]
        small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink = cv2.threshold(cv2.medianBlur(small, 3), 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)[1]
    width = small.shape[1]
    joined = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (max(9, width // 60), 3)))
    contours = cv2.findContours(joined, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)[0]
    angles: list[float] = []
    weights: list[float] = []
    for contour in contours:
        (_, _), (w, h), angle = cv2.minAreaRect(contour)
        w, h = max(w, h), min(w, h)
        if w < width * 0.15 or h == 0 or w / h < 5:
            continue  # not a line of text
        angles.append((angle + 45.0) % 90.0 - 45.0)  # OpenCV versions differ in the range they give
        weights.append(w)
    if len(angles) < 3:
        return 0.0
    order = np.argsort(angles)
    cumulative = np.cumsum(np.asarray(weights)[order])
    median = float(np.asarray(angles)[order][np.searchsorted(cumulative, cumulative[-1] / 2)])
    return -median


def deskew(gray: Any, angle: float) -> Any:
    import cv2

    height, width = gray.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), -angle, 1.0)
    return cv2.warpAffine(
        gray, matrix, (width, height), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT, borderValue=255
    )


def binarise(gray: Any) -> Any:
    import cv2

    return cv2.adaptiveThreshold(
        cv2.medianBlur(gray, 3), 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 31, 15
    )


def clean_page(path: Path, out_dir: Path, steps: frozenset[str] = CLEAN_STEPS) -> tuple[Path, float]:
    """A cleaned copy of the page image in ``out_dir`` (PGM) and the skew removed, in degrees.
    The original path is returned unchanged when no step applies."""
    import cv2

    if not steps:
        return path, 0.0
    gray = _load(path)
    changed = False
    angle = 0.0
    if "deskew" in steps:
        angle = skew_angle(gray)
        if MIN_SKEW <= abs(angle) <= MAX_SKEW:
            gray = deskew(gray, angle)
            changed = True
        else:
            angle = 0.0
    if "denoise" in steps:
        gray = cv2.medianBlur(gray, 3)
        changed = True
    if "smooth" in steps:
        gray = cv2.bilateralFilter(gray, 5, 40, 5)
        changed = True
    if "binarise" in steps:
        gray = binarise(gray)
        changed = True
    if not changed:
        return path, 0.0
    cleaned = out_dir / f"{path.stem}-clean.pgm"
    cv2.imwrite(str(cleaned), gray)
    return cleaned, angle
