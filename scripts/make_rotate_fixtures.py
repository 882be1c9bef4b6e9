#!/usr/bin/python3
"""Generates the fixtures that tests/layout/rotated_test.cpp reads: turned pages.

Run with Debian's /usr/bin/python3 (it has python3-pikepdf):

    /usr/bin/python3 scripts/make_rotate_fixtures.py     # writes tests/fixtures/rotate/

Every fixture is tests/fixtures/layout/status_ruled.pdf (a statusrapport: a title, a
subtitle and a ruled landscape table Indsatser | Succeskriterier | Status over two
pages; made by make_layout_fixtures.py) turned one way or another, so that each must
read, and extract, exactly as the upright file does:

    rotate90.pdf     every page says /Rotate 90: a viewer shows it turned a quarter
                     clockwise, and its text runs downwards
    rotate270.pdf    /Rotate 270: turned a quarter anticlockwise, text runs upwards
    letter_rotate90.pdf  tests/fixtures/layout/letter.pdf (a letter: letterhead side
                     column, title, prose, a small results table) with /Rotate 90
    sideways.pdf     no /Rotate: each page is portrait and its content is drawn turned
                     a quarter anticlockwise, as a landscape table printed sideways
    scan0.png        page 1 rendered at 150 dpi grey, upright: what the turned scans
                     must read as
    scan90.png       the same, turned 90 degrees clockwise
    scan180.png      the same, upside down
    scan270.png      the same, turned 90 degrees anticlockwise

Output is deterministic: pikepdf with static IDs, ImageMagick without dates. The
fixtures are committed, so the tests need none of these tools; rerun this script after
changing it and commit the result. Needs pdftoppm (poppler-utils) and convert
(imagemagick).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

import pikepdf

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(REPO, "tests", "fixtures", "layout", "status_ruled.pdf")
LETTER = os.path.join(REPO, "tests", "fixtures", "layout", "letter.pdf")
DEFAULT_OUT = os.path.join(REPO, "tests", "fixtures", "rotate")
SCAN_DPI = 150


def save(pdf, path):
    pdf.save(path, static_id=True)


def with_rotate(path, degrees, source=SOURCE):
    with pikepdf.open(source) as pdf:
        for page in pdf.pages:
            page.obj.Rotate = degrees
        save(pdf, path)


def sideways(path):
    """Each page's content drawn turned a quarter anticlockwise on a portrait page."""
    with pikepdf.open(SOURCE) as pdf:
        for page in pdf.pages:
            x0, y0, x1, y1 = [float(v) for v in page.obj.MediaBox]
            height = y1 - y0
            # (x, y) -> (height - y, x): the landscape page's left edge becomes the
            # portrait page's bottom, so its lines run upwards.
            page.contents_add(pikepdf.Stream(pdf, b"Q"), prepend=False)
            page.contents_add(
                pikepdf.Stream(pdf, b"q 0 1 -1 0 %.3f 0 cm" % height), prepend=True)
            page.obj.MediaBox = pikepdf.Array([0, 0, height, x1 - x0])
            if "/CropBox" in page.obj:
                del page.obj["/CropBox"]
        save(pdf, path)


def scans(out, tmp):
    raw = os.path.join(tmp, "page1")
    run(["pdftoppm", "-r", str(SCAN_DPI), "-gray", "-png", "-singlefile", "-f", "1", "-l", "1",
         SOURCE, raw])
    for degrees in (0, 90, 180, 270):
        # 16 grey levels keep each PNG small; OCR reads it as well as 256.
        # No -strip: ImageMagick 6 then drops the resolution (pHYs) too, and OCR
        # would assume 300 dpi.
        run(["convert", raw + ".png", "-rotate", str(degrees), "-posterize", "16",
             "-units", "PixelsPerInch", "-density", str(SCAN_DPI),
             "-define", "png:exclude-chunks=date,time",
             os.path.join(out, "scan%d.png" % degrees)])


def run(cmd):
    try:
        subprocess.run(cmd, check=True)
    except FileNotFoundError:
        sys.exit("make_rotate_fixtures: %s is not installed" % cmd[0])
    except subprocess.CalledProcessError as e:
        sys.exit("make_rotate_fixtures: %s failed with exit code %d" % (" ".join(cmd),
                                                                          e.returncode))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", default=DEFAULT_OUT,
                        help="where the fixtures go (default: tests/fixtures/rotate)")
    args = parser.parse_args()
    for tool in ("pdftoppm", "convert"):
        if shutil.which(tool) is None:
            sys.exit("make_rotate_fixtures: %s is not installed" % tool)
    out = args.out_dir
    os.makedirs(out, exist_ok=True)
    with_rotate(os.path.join(out, "rotate90.pdf"), 90)
    with_rotate(os.path.join(out, "rotate270.pdf"), 270)
    with_rotate(os.path.join(out, "letter_rotate90.pdf"), 90, LETTER)
    sideways(os.path.join(out, "sideways.pdf"))
    with tempfile.TemporaryDirectory() as tmp:
        scans(out, tmp)


if __name__ == "__main__":
    main()
