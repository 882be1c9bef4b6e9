#!/usr/bin/python3
"""Generates the PDFs of tests/fixtures/page_image/, which
tests/ocr/scan_render_test.cpp reads: pages that are one scanned image (OCR
computes them as the render would draw them, extractor/render/pdf_page_image.h)
and pages that are more than that (OCR renders them).

Run with Debian's /usr/bin/python3 (it has python3-reportlab):

    /usr/bin/python3 scripts/make_page_image_fixtures.py   # writes tests/fixtures/page_image/

The scan is a small born-digital page (DejaVu Sans, 10 x 5 cm) rendered by
`pdftoppm -r 150 -gray`; its 1-bit copy is thresholded at 60 %. Then:

    scan.png            the 150 dpi 8-bit grey scan
    scan_1bit.png       the same, 1-bit
    one_image.pdf       scan.png packed by img2pdf (the page is the image): computed
    one_image_1bit.pdf  scan_1bit.png packed by img2pdf: computed
    ocr_layer.pdf       the image and an invisible text layer (render mode 3), as
                        ocrmypdf writes: computed
    under_image.pdf     a visible line and a white box, then the image over
                        them: computed (what lies under the image is hidden)
    visible_text.pdf    the image and a visible line of text: rendered
    vector_line.pdf     the image and a stroked line over it: rendered
    two_images.pdf      the image's halves as two images: rendered
    half_page.pdf       the image over half the page: rendered
    clipped.pdf         the image clipped to an ellipse: rendered
    rotated.pdf         scan.png packed with /Rotate 90: rendered

The fixtures are committed, so the tests need none of these tools; rerun this
script after changing it and commit the result. Needs pdftoppm
(poppler-utils), img2pdf and python3-pil.
"""

import argparse
import io
import os
import tempfile

from PIL import Image
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from fixture_pdf import REGULAR, REPO, register_fonts, require_tools, run

DPI = 150
PAGE_SIZE = (10 * cm, 5 * cm)
DEFAULT_OUT = os.path.join(REPO, "tests", "fixtures", "page_image")
LINES = ["Bilag 3: Status for indsatsen", "Målet for 2012 er 75 procent.", "Økonomi: 2,5 mio. kr."]


def make_page(path, size=PAGE_SIZE):
    """The born-digital page the scans are made of (make_scan_render_fixtures.py
    makes its scans of it too)."""
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setAuthor("bilag test fixtures")
    c.setFont(REGULAR, 11)
    y = size[1] - 1.2 * cm
    for text in LINES:
        c.drawString(0.8 * cm, y, text)
        y -= 15
    c.line(0.8 * cm, 0.8 * cm, size[0] - 0.8 * cm, 0.8 * cm)
    c.showPage()
    c.save()


def reader(image):
    """An image for reportlab that it names by its bytes: from a file's path it
    would name it by the path, which a rerun in another folder changes."""
    data = io.BytesIO()
    image.save(data, format="PNG")
    data.seek(0)
    return ImageReader(data)


def new_canvas(path, size):
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setAuthor("bilag test fixtures")
    return c


def image_page(path, png, before=None, after=None, clip=None, size=None, box=None):
    """A page of `size` points (default: the scan's own) with `png` drawn into `box`
    (x, y, w, h; default: the whole page); `before` and `after` draw on the canvas
    before and after the image, `clip` sets a clip path first."""
    w, h = Image.open(png).size
    size = size or (w * 72.0 / DPI, h * 72.0 / DPI)
    c = new_canvas(path, size)
    if before:
        before(c, size)
    c.saveState()
    if clip:
        clip(c, size)
    x, y, bw, bh = box or (0, 0, size[0], size[1])
    c.drawImage(reader(Image.open(png)), x, y, width=bw, height=bh)
    c.restoreState()
    if after:
        after(c, size)
    c.showPage()
    c.save()


def invisible_text(c, size):
    text = c.beginText(0.8 * cm, size[1] - 1.2 * cm)
    text.setTextRenderMode(3)
    text.setFont("Helvetica", 11)
    for line in LINES:
        text.textLine(line)
    c.drawText(text)


def visible_text(c, size):
    c.setFont("Helvetica", 9)
    c.drawString(0.8 * cm, 0.3 * cm, "Modtaget 12.03.2013")


def line_and_white_box(c, size):
    c.line(0, size[1] / 2, size[0], size[1] / 2)
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, size[0], size[1], stroke=0, fill=1)


def stroked_line(c, size):
    c.setLineWidth(1)
    c.line(0.5 * cm, 0.5 * cm, size[0] - 0.5 * cm, 0.5 * cm)


def ellipse_clip(c, size):
    path = c.beginPath()
    path.ellipse(0, 0, size[0], size[1])
    c.clipPath(path, stroke=0, fill=0)


def two_images(path, png):
    image = Image.open(png)
    w, h = image.size
    top, bottom = reader(image.crop((0, 0, w, h // 2))), reader(image.crop((0, h // 2, w, h)))
    size = (w * 72.0 / DPI, h * 72.0 / DPI)
    c = new_canvas(path, size)
    top_h = (h // 2) * 72.0 / DPI
    c.drawImage(top, 0, size[1] - top_h, width=size[0], height=top_h)
    c.drawImage(bottom, 0, 0, width=size[0], height=size[1] - top_h)
    c.showPage()
    c.save()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", default=DEFAULT_OUT,
                        help="where the fixtures go (default: tests/fixtures/page_image)")
    args = parser.parse_args()
    require_tools(("pdftoppm", "img2pdf"))
    register_fonts()
    out = args.out_dir
    os.makedirs(out, exist_ok=True)
    at = lambda name: os.path.join(out, name)  # noqa: E731

    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "page.pdf")
        make_page(page)
        raw = os.path.join(tmp, "raw")
        run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile", page, raw])
        png, png1 = at("scan.png"), at("scan_1bit.png")
        scan = Image.open(raw + ".png").convert("L")
        scan.save(png, dpi=(DPI, DPI))
        scan.point(lambda v: 255 if v >= 153 else 0).convert("1").save(png1, dpi=(DPI, DPI))
        # The internal engine, not pikepdf: pikepdf writes a random /ID.
        img2pdf = ["img2pdf", "--engine", "internal", "--nodate"]
        run(img2pdf + ["-o", at("one_image.pdf"), png])
        run(img2pdf + ["-o", at("one_image_1bit.pdf"), png1])
        run(img2pdf + ["--rotation", "90", "-o", at("rotated.pdf"), png])
        image_page(at("ocr_layer.pdf"), png, after=invisible_text)
        image_page(at("under_image.pdf"), png, before=line_and_white_box)
        image_page(at("visible_text.pdf"), png, after=visible_text)
        image_page(at("vector_line.pdf"), png, after=stroked_line)
        image_page(at("clipped.pdf"), png, clip=ellipse_clip)
        w, h = Image.open(png).size
        size = (w * 72.0 / DPI, h * 72.0 / DPI)
        image_page(at("half_page.pdf"), png, size=size, box=(0, 0, size[0] / 2, size[1] / 2))
        two_images(at("two_images.pdf"), png)


if __name__ == "__main__":
    main()
