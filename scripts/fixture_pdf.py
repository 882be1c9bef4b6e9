"""What the PDF fixture generators (scripts/make_{foreign,layout,scan,table}_fixtures.py)
share: the fonts, a document in reportlab's invariant mode, tables, the image tools
they run, and the simulated scan of a PDF. In one place so that every fixture folder
gets the same fonts and the same scan, and a rerun stays byte for byte the same.
"""

import os
import shutil
import subprocess
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
MONO_DIR = "/usr/share/fonts/truetype/freefont"
REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"
MONO, MONO_BOLD = "FreeMono", "FreeMonoBold"
DPI = 200
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def register_fonts(mono=False):
    """DejaVu Sans (Danish letters and the dashes of real reports), with its bold as
    <b>; with `mono`, FreeMono too for typewriter tables."""
    pdfmetrics.registerFont(TTFont(REGULAR, os.path.join(FONT_DIR, "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    if mono:
        pdfmetrics.registerFont(TTFont(MONO, os.path.join(MONO_DIR, "FreeMono.ttf")))
        pdfmetrics.registerFont(TTFont(MONO_BOLD, os.path.join(MONO_DIR, "FreeMonoBold.ttf")))
        pdfmetrics.registerFontFamily(MONO, normal=MONO, bold=MONO_BOLD, italic=MONO,
                                      boldItalic=MONO_BOLD)


def build(path, story, title, author, pagesize=A4, side=2, top_bottom=2, on_page=None,
          **info):
    """Typesets `story` into `path`; margins in cm. invariant=1: no date and a fixed
    /ID, so a rerun writes the same bytes. `on_page` draws on every page."""
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=side * cm,
                            rightMargin=side * cm, topMargin=top_bottom * cm,
                            bottomMargin=top_bottom * cm, title=title, author=author,
                            invariant=1, **info)
    if on_page:
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    else:
        doc.build(story)


def table(data, widths=None, style=(), repeat_rows=0, align="CENTER"):
    t = Table(data, colWidths=widths, repeatRows=repeat_rows, hAlign=align)
    t.setStyle(TableStyle(list(style)))
    return t


def _script():
    return os.path.splitext(os.path.basename(sys.argv[0]))[0]


def require_tools(tools):
    for tool in tools:
        if shutil.which(tool) is None:
            sys.exit("%s: %s is not installed" % (_script(), tool))


def run(cmd):
    try:
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    except FileNotFoundError:
        sys.exit("%s: %s is not installed" % (_script(), cmd[0]))
    except subprocess.CalledProcessError as e:
        sys.exit("%s: %s failed with exit code %d" % (_script(), " ".join(cmd), e.returncode))


def page_pixels(png):
    w, h = subprocess.run(["identify", "-format", "%w %h", png], check=True,
                          capture_output=True, text=True).stdout.split()
    return int(w), int(h)


def make_scan(pdf, path, seed, tmp):
    """Every page at 200 dpi grey, turned by 0.5 degree (alternating sign), light noise,
    JPEG; packed as an image-only PDF."""
    prefix = os.path.join(tmp, "raw")
    run(["pdftoppm", "-r", str(DPI), "-gray", "-png", pdf, prefix])
    raws = sorted(f for f in os.listdir(tmp) if f.startswith("raw") and f.endswith(".png"))
    jpegs = []
    for i, raw in enumerate(raws):
        angle = 0.5 if (seed + i) % 2 == 0 else -0.5
        raw = os.path.join(tmp, raw)
        jpeg = os.path.join(tmp, "page-%02d.jpg" % (i + 1))
        run(["convert", raw, "-seed", str(2000 + seed * 10 + i), "-background", "white",
             "-rotate", "%.2f" % angle, "+repage", "-gravity", "center", "-extent",
             "%dx%d" % page_pixels(raw), "-attenuate", "0.15", "+noise", "Gaussian",
             "-blur", "0x0.5", "-colorspace", "Gray", "-depth", "8", "-quality", "45",
             "-sampling-factor", "1x1", "-strip", "-units", "PixelsPerInch", "-density",
             str(DPI), jpeg])
        jpegs.append(jpeg)
    # The internal engine, not pikepdf: pikepdf writes a random /ID.
    run(["img2pdf", "--engine", "internal", "--nodate", "-o", path] + jpegs)
