"""Scanned reports made for the tests: pages of text drawn with Pillow and saved as a PDF of images
(no text layer, so every page is OCR'd), one synthetic report line set per page."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PAGES = (
    ("SYNTHETIC TEST REPORT - NOT A REAL PATIENT", "Specimen A: Stomach, antrum, endoscopic biopsy."),
    ("Diagnosis: Invasive adenocarcinoma, intestinal type.", "Reported after review."),
    ("Immunohistochemistry (specimen A):", "HER2 (4B5): 3+ (positive), scored using gastric criteria."),
    ("PD-L1 (22C3): CPS 12.", "Mismatch repair proteins: retained expression."),
)


def page_image(lines: tuple[str, ...]) -> Image.Image:
    image = Image.new("L", (1240, 500), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 28)
    for i, line in enumerate(lines):
        draw.text((60, 60 + 50 * i), line, fill=0, font=font)
    return image


def scanned_pdf(pages: tuple[tuple[str, ...], ...] = PAGES) -> bytes:
    images = [page_image(lines) for lines in pages]
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=150)
    return out.getvalue()
