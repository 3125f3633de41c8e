#!/usr/bin/env python3
"""Render some of the outside-set text reports as degraded "scans".

Run with the project venv (Pillow needed):
    /work/main/.venv/bin/python tests/extract/outside/render_scans.py
Output is deterministic (fixed seeds). Each scan sits next to its .txt; the .gold.yaml `report:` field names
the scan. A4 page, 200-300 dpi, 11-12 pt text, 1-4 degree rotation, slight blur, grain, JPEG round-trip
at quality 60-80; PNG, JPEG or image-only PDF (multi-page when the text does not fit on one page).
"""

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"  # for the ASCII-table report
CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# stem: (font, output extension, dpi, point size, rotation in degrees, jpeg quality)
SCANS = {
    "x02-uk-nhs-biopsy-ish-to-follow": (LATIN, "png", 200, 11, 1.5, 75),
    "x06-recommend-her2-no-result": (LATIN, "jpg", 200, 12, -2.5, 65),
    "x10-ihc3-fish-not-required": (LATIN, "pdf", 200, 11, 3.0, 70),
    "x14-cerbb2-uppercase-herceptest": (LATIN, "pdf", 250, 11, -1.2, 72),
    "x15-au-biomarker-table-dmmr": (MONO, "pdf", 200, 11, 2.0, 78),
    "x19-ascites-cell-block-her2": (LATIN, "jpg", 300, 11, -3.5, 60),
    "x24-zh-radical-gastrectomy-her2-0": (CJK, "png", 200, 11, -1.8, 75),
    "x30-zh-eber-positive-lelc": (CJK, "jpg", 250, 12, 2.2, 68),
    "x36-zh-her2-3plus-no-fish-needed": (CJK, "pdf", 200, 12, -4.0, 70),
    "x40-zh-her2-in-progress": (CJK, "png", 200, 12, 1.0, 80),
    "x42-zh-mixed-lauren-body": (CJK, "pdf", 250, 11, 1.6, 65),
    "x43-zh-fish-not-amplified": (CJK, "jpg", 300, 11, -2.8, 62),
}

A4_INCH = (8.27, 11.69)
MAX_BYTES = 1_500_000


def wrap(line, font, width):
    """Greedy wrap by pixel width (char by char, so it works for Chinese too)."""
    out, cur = [], ""
    for ch in line:
        if font.getlength(cur + ch) > width and cur:
            # prefer to break at the last space for Latin text
            cut = cur.rfind(" ")
            if cut > len(cur) // 2:
                out.append(cur[:cut])
                cur = "    " + cur[cut + 1 :] + ch
            else:
                out.append(cur)
                cur = "    " + ch
        else:
            cur += ch
    out.append(cur)
    return out


def render_pages(text, font_path, dpi, pt):
    w, h = int(A4_INCH[0] * dpi), int(A4_INCH[1] * dpi)
    px = round(pt / 72 * dpi)
    font = ImageFont.truetype(font_path, px)
    margin = int(0.7 * dpi)
    step = int(px * 1.4)
    lines = []
    for raw in text.splitlines():
        lines.extend(wrap(raw.rstrip(), font, w - 2 * margin) if raw.strip() else [""])
    per_page = (h - 2 * margin) // step
    pages = []
    for i in range(0, len(lines), per_page):
        img = Image.new("L", (w, h), 255)
        d = ImageDraw.Draw(img)
        y = margin
        for ln in lines[i : i + per_page]:
            d.text((margin, y), ln, font=font, fill=20)
            y += step
        pages.append(img)
    return pages


def degrade(img, angle, quality, rng):
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    # paper grain: sparse low-amplitude noise (kept mild so files stay small)
    noise = Image.effect_noise(img.size, 18).point(lambda v: 0 if v > 168 else 255)
    img = Image.composite(img, Image.new("L", img.size, 215), noise.filter(ImageFilter.MaxFilter(1)))
    # a few dark specks
    d = ImageDraw.Draw(img)
    for _ in range(60):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        d.ellipse((x, y, x + rng.randint(1, 3), y + rng.randint(1, 3)), fill=rng.randint(60, 140))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)  # JPEG artefacts even for PNG/PDF output
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def main():
    for stem, (font, ext, dpi, pt, angle, quality) in SCANS.items():
        rng = random.Random(stem)
        text = (HERE / f"{stem}.txt").read_text(encoding="utf-8")
        pages = [degrade(p, angle, quality, rng) for p in render_pages(text, font, dpi, pt)]
        out = HERE / f"{stem}.{ext}"
        if ext == "pdf":
            pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
        elif ext == "jpg":
            pages[0].save(out, "JPEG", quality=quality, dpi=(dpi, dpi))
        else:
            # scanner-style background clean-up + few grey levels keep the PNG under the size limit
            page = pages[0].point(lambda v: 255 if v > 200 else v)
            page.quantize(8).save(out, "PNG", optimize=True, dpi=(dpi, dpi))
        size = out.stat().st_size
        print(f"{out.name}: {len(pages)} page(s), {size / 1e6:.2f} MB")
        assert size < MAX_BYTES, f"{out.name} too large"
        if ext != "pdf" and len(pages) > 1:
            print(f"  WARNING: {stem} needs {len(pages)} pages; only page 1 saved")


if __name__ == "__main__":
    main()
