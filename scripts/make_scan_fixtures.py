#!/usr/bin/python3
"""Generates the scanned fixtures that tests/ocr/ reads.

Run with Debian's /usr/bin/python3 (it has python3-reportlab):

    /usr/bin/python3 scripts/make_scan_fixtures.py     # writes tests/fixtures/ocr/

Each scan is made the way platform-notes.md describes: a small born-digital
page (DejaVu Sans, so æ, ø and å are real glyphs) rendered by
`pdftoppm -r 200 -gray`, turned by 0.7 degrees with a little Gaussian noise by
ImageMagick (seeded, so reruns give the same bytes), then packed:

    scan.pdf          page 1 as an image-only PDF (img2pdf, JPEG inside)
    scan.png          page 1 as a PNG (8-bit gray)
    scan.tiff         pages 1 and 2 as a two-frame TIFF (1-bit, Group 4, as fax
                      and archive scanners write them)
    broken_layer.pdf  page 1's scan with an invisible text layer of garbage,
                      as left by a PDF tool that lost the font's encoding
    scan_page1.txt    the text drawn on page 1, one line per line: the truth
    scan_page2.txt    the same for page 2

The fixtures are committed, so the tests need none of these tools; rerun this
script after changing it and commit the result. Needs pdftoppm
(poppler-utils), convert (imagemagick) and img2pdf.
"""

import argparse
import io
import os
import tempfile

from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from fixture_pdf import (BOLD, DPI, REGULAR, REPO, page_pixels, register_fonts, require_tools,
                         run)

PAGE_SIZE = (15 * cm, 8 * cm)  # small: keeps every fixture well under 300 KB
DEFAULT_OUT = os.path.join(REPO, "tests", "fixtures", "ocr")

# (bold, text) per line. Page 1 carries æ, ø, å in both cases, a case number
# and Danish number punctuation; page 2 is different text, so a test can tell
# the frames of the TIFF apart.
PAGE1 = [
    (True, "Bilag 2: Status for integrationsindsatsen"),
    (False, "Økonomiforvaltningen, Københavns Kommune"),
    (False, "Sagsnr. 2010-32472"),
    (False, "Målet for 2009 er, at mindst 150 borgere får"),
    (False, "rådgivning om job og uddannelse. Indsatsen koster"),
    (False, "2,5 mio. kr. årligt og følges op hvert kvartal."),
    (False, "Særlige hensyn: børn, unge og ældre på Østerbro."),
]
PAGE2 = [
    (True, "Side 2: Opfølgning og økonomi"),
    (False, "Beskæftigelses- og Integrationsforvaltningen"),
    (False, "Resultatkrav 2010: 75 procent i job efter et år."),
    (False, "Udgifterne var 1.250.000 kr. i alt for perioden."),
    (False, "Næste møde i udvalget holdes den 23. marts 2010."),
]

# What the broken text layer holds: symbols that a font without a usable
# encoding map turns real text into.
GARBAGE = "#$%&'()*+ ¤¦§¨ ©ª«¬ ®¯°± ²³´µ ¶·¸¹ º»¼½ ¾¿×÷ ^_`{|}~ <=>@[\\]"


def make_page(path, lines):
    c = canvas.Canvas(path, pagesize=PAGE_SIZE, invariant=1)
    c.setAuthor("bilag test fixtures")
    y = PAGE_SIZE[1] - 1.3 * cm
    for bold, text in lines:
        c.setFont(BOLD if bold else REGULAR, 12)
        c.drawString(1 * cm, y, text)
        y -= 18 if bold else 16
    c.showPage()
    c.save()


def scan(pdf, out_prefix, tmp):
    """Renders `pdf` as a noisy, slightly turned 8-bit gray PNG; returns its path."""
    raw = os.path.join(tmp, os.path.basename(out_prefix) + "-raw")
    run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile", pdf, raw])
    out = out_prefix + ".png"
    run(["convert", raw + ".png", "-seed", "7", "-background", "white", "-rotate", "0.7",
         "+repage", "-attenuate", "0.3", "+noise", "Gaussian", "-colorspace", "Gray",
         "-depth", "8", "-units", "PixelsPerInch", "-density", str(DPI), "-define",
         "png:exclude-chunks=date,time", "-strip", "-units", "PixelsPerInch", "-density",
         str(DPI), out])
    return out


def make_broken_layer(jpeg, width_px, height_px, path):
    w = width_px * 72.0 / DPI
    h = height_px * 72.0 / DPI
    c = canvas.Canvas(path, pagesize=(w, h), invariant=1)
    c.setAuthor("bilag test fixtures")
    # From memory: reportlab names an image from a file by its (temporary) path.
    with open(jpeg, "rb") as f:
        c.drawImage(ImageReader(io.BytesIO(f.read())), 0, 0, width=w, height=h)
    text = c.beginText(1 * cm, h - 1.3 * cm)
    text.setTextRenderMode(3)  # invisible, like an OCR layer
    text.setFont("Helvetica", 12)
    for _ in range(6):
        text.textLine(GARBAGE)
    c.drawText(text)
    c.showPage()
    c.save()


def write_truth(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        for _, text in lines:
            f.write(text + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", default=DEFAULT_OUT,
                        help="where the fixtures go (default: tests/fixtures/ocr)")
    args = parser.parse_args()
    require_tools(("pdftoppm", "convert", "identify", "img2pdf"))
    register_fonts()
    out = args.out_dir
    os.makedirs(out, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        page1_pdf = os.path.join(tmp, "page1.pdf")
        page2_pdf = os.path.join(tmp, "page2.pdf")
        make_page(page1_pdf, PAGE1)
        make_page(page2_pdf, PAGE2)
        page1 = scan(page1_pdf, os.path.join(tmp, "page1"), tmp)
        page2 = scan(page2_pdf, os.path.join(tmp, "page2"), tmp)

        # 32 grey levels: an 8-bit PNG of sensor noise would not stay under 300 KB.
        run(["convert", page1, "-posterize", "32", "-define", "png:exclude-chunks=date,time",
             "-strip", "-units", "PixelsPerInch", "-density", str(DPI),
             os.path.join(out, "scan.png")])
        jpeg = os.path.join(tmp, "page1.jpg")
        run(["convert", page1, "-quality", "75", "-units", "PixelsPerInch", "-density",
             str(DPI), "-strip", "-units", "PixelsPerInch", "-density", str(DPI), jpeg])
        # The internal engine, not pikepdf: pikepdf writes a random /ID.
        run(["img2pdf", "--engine", "internal", "--nodate", "-o", os.path.join(out, "scan.pdf"),
             jpeg])
        run(["convert", page1, page2, "-threshold", "60%", "-monochrome", "-compress", "Group4",
             "-units", "PixelsPerInch", "-density", str(DPI), "-define",
             "tiff:timestamp=false", os.path.join(out, "scan.tiff")])
        width, height = page_pixels(page1)
        make_broken_layer(jpeg, width, height, os.path.join(out, "broken_layer.pdf"))

    write_truth(os.path.join(out, "scan_page1.txt"), PAGE1)
    write_truth(os.path.join(out, "scan_page2.txt"), PAGE2)


if __name__ == "__main__":
    main()
