#!/usr/bin/python3
"""Generates the scanned pages that tests/ocr/scan_render_test.cpp reads: one
image that fills the page, in each encoding and resolution scanners and img2pdf
write, so that the test can check that a page computed from its image
(extractor/render/pdf_page_image.h, AsRendered) is poppler's render of it, byte
for byte, and that what Splash draws some other way is left to the render.

Run with Debian's /usr/bin/python3 (it has python3-pil and python3-reportlab):

    /usr/bin/python3 scripts/make_scan_render_fixtures.py   # tests/fixtures/scan_render/

The scan is a small born-digital page (DejaVu Sans, 10 x 5 cm; Letter for the
Letter page) rendered by `pdftoppm -gray` at the file's resolution, blurred a
little as a scanner would. The PDFs are written here, object by object, so each
encoding is exactly what its name says:

  computed at 300 dpi (drawn scaled up by bilinear interpolation):
    grey_flate_150.pdf              8-bit grey, Flate with PNG predictors, each
                                    row with the next of the five PNG filters
    grey_flate_300.pdf              the same at 300 dpi (drawn at about 1:1)
    grey_flate_123.pdf              at 123 dpi: a page a fraction of a pixel
                                    taller and wider than its bitmap
    grey_flate_nopredictor_150.pdf  Flate without a predictor
    rgb_flate_200.pdf               8-bit RGB (tinted), Flate with PNG predictors
    rgb_jpeg_150.pdf                RGB JPEG (DCTDecode)
    grey_jpeg_200.pdf               grey JPEG
    letter_grey_jpeg_100.pdf        a Letter page, grey JPEG at 100 dpi
    palette_flate_150.pdf           8-bit indices into a 16-colour RGB palette
    bilevel_flate_200.pdf           1-bit, Flate
    inverted_decode_150.pdf         8-bit grey stored inverted, /Decode [1 0]
    interpolate_72.pdf              72 dpi with /Interpolate: bilinear at 4x too
    grey_flate_600.pdf              600 dpi (even sizes): drawn smaller, a box
                                    average
    grey_flate_98.pdf               98 dpi: the page ends 0.63 into the bitmap's
                                    last column, which Splash draws whole (the
                                    crop box is no clip of Splash's)
    grey_flate_98_over_box.pdf      the same over a grey box: the image hides it
    grey_flate_98_dark_edge.pdf     98 dpi with a scanner's dark right edge: ink
                                    in the last column, drawn whole
    grey_flate_98_dark_edge_clipped.pdf
                                    the same under the content's own clip 0.1 pt
                                    short of the page's edge: the last column
                                    drawn in a quarter, blended with the paper
    grey_flate_600_odd.pdf          600 dpi, 2363 pixels across: at 300 dpi the
                                    page ends half-way into the last column
    rgb_jpeg_400.pdf                RGB JPEG at 400 dpi: 3 source pixels to 4
  rendered:
    tiny_grey_flate_1300.pdf        a 2 x 1 cm page at 1300 dpi: over 4x smaller
    grey_flate_72.pdf               72 dpi: 4x and more, pixels repeated
    grey_flate_98_clipped_over_box.pdf
                                    the dark edge clipped as above over a grey
                                    box: what shows through the part-drawn
                                    column is not paper
    grey_flate_150_clip_on_sample.pdf
                                    the dark edge at 150 dpi under a clip that
                                    ends on the edge of one of Splash's
                                    anti-aliasing samples at 300 dpi: too close
                                    to call
    grey16_flate_150.pdf            16-bit grey
    icc_rgb_jpeg_150.pdf            RGB JPEG through an sRGB ICC profile
    image_and_text.pdf              the image and a line of visible text
    rotated_150.pdf                 the page turned by /Rotate 90

The fixtures are committed, so the tests need none of these tools; rerun this
script after changing it and commit the result. Needs pdftoppm (poppler-utils).
"""

import argparse
import io
import os
import tempfile
import zlib

from PIL import Image, ImageCms, ImageFilter
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import cm

from fixture_pdf import REPO, register_fonts, require_tools, run
from make_page_image_fixtures import make_page
from make_test_pdfs import write_raw_pdf

SMALL_PAGE = (10 * cm, 5 * cm)
DEFAULT_OUT = os.path.join(REPO, "tests", "fixtures", "scan_render")


def scan_of(page_pdf, dpi, tmp):
    """The page rendered grey at `dpi` and softened a little, as scanned."""
    out = os.path.join(tmp, "scan-%d" % dpi)
    run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile", page_pdf, out])
    return Image.open(out + ".png").convert("L").filter(ImageFilter.GaussianBlur(0.6))


def png_rows(raw, row_bytes, bpp):
    """`raw` with a PNG filter byte before each row, the five filters in turn."""
    out = bytearray()
    previous = bytes(row_bytes)
    for y in range(len(raw) // row_bytes):
        row = raw[y * row_bytes:(y + 1) * row_bytes]
        kind = y % 5
        out.append(kind)
        for i in range(row_bytes):
            left = row[i - bpp] if i >= bpp else 0
            up = previous[i]
            corner = previous[i - bpp] if i >= bpp else 0
            if kind == 0:
                predicted = 0
            elif kind == 1:
                predicted = left
            elif kind == 2:
                predicted = up
            elif kind == 3:
                predicted = (left + up) >> 1
            else:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predicted = left if pa <= pb and pa <= pc else up if pb <= pc else corner
            out.append((row[i] - predicted) & 0xFF)
        previous = row
    return bytes(out)


def pdf_object_bytes(entries):
    return ("<< " + " ".join("/%s %s" % item for item in entries.items()) + " >>").encode()


def write_pdf(path, page_size, image_entries, image_data, extra_objects=(), content_before=b"",
              content_after=b"", rotate=None, font=False):
    """A one-page PDF whose page draws one image over all of it. `image_entries`
    are the image dictionary's entries besides Type, Subtype and Length;
    `extra_objects` are objects 6 on (an ICC profile stream, say)."""
    w, h = page_size
    content = content_before + b"q %.4f 0 0 %.4f 0 0 cm /Im0 Do Q\n" % (w, h) + content_after
    page = {"Type": "/Page", "Parent": "2 0 R", "MediaBox": "[0 0 %.4f %.4f]" % (w, h),
            "Resources": "<< /XObject << /Im0 4 0 R >>%s >>" %
                         (" /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"
                          if font else ""),
            "Contents": "5 0 R"}
    if rotate is not None:
        page["Rotate"] = str(rotate)
    image = {"Type": "/XObject", "Subtype": "/Image"}
    image.update(image_entries)
    image["Length"] = str(len(image_data))
    objects = [
        pdf_object_bytes({"Type": "/Catalog", "Pages": "2 0 R"}),
        pdf_object_bytes({"Type": "/Pages", "Kids": "[3 0 R]", "Count": "1"}),
        pdf_object_bytes(page),
        pdf_object_bytes(image) + b"\nstream\n" + image_data + b"\nendstream",
        pdf_object_bytes({"Length": str(len(content))}) + b"\nstream\n" + content + b"\nendstream",
    ] + list(extra_objects)
    write_raw_pdf(path, objects)


def page_of(image, dpi):
    return (image.size[0] * 72.0 / dpi, image.size[1] * 72.0 / dpi)


def flate_image(path, image, dpi, space="/DeviceGray", predictor=True, extra=None, bits=8,
                data=None, **kwargs):
    components = {"/DeviceGray": 1, "/DeviceRGB": 3}.get(space, 1)
    raw = data if data is not None else image.tobytes()
    entries = {"Width": str(image.size[0]), "Height": str(image.size[1]), "ColorSpace": space,
               "BitsPerComponent": str(bits), "Filter": "/FlateDecode"}
    if predictor:
        row_bytes = image.size[0] * components * bits // 8
        raw = png_rows(raw, row_bytes, components * bits // 8)
        entries["DecodeParms"] = "<< /Predictor 15 /Colors %d /BitsPerComponent %d /Columns %d >>" % (
            components, bits, image.size[0])
    entries.update(extra or {})
    write_pdf(path, page_of(image, dpi), entries, zlib.compress(raw, 9), **kwargs)


def jpeg_image(path, image, dpi, extra=None, **kwargs):
    data = io.BytesIO()
    image.save(data, format="JPEG", quality=85)
    space = "/DeviceRGB" if image.mode == "RGB" else "/DeviceGray"
    entries = {"Width": str(image.size[0]), "Height": str(image.size[1]), "ColorSpace": space,
               "BitsPerComponent": "8", "Filter": "/DCTDecode"}
    entries.update(extra or {})
    write_pdf(path, page_of(image, dpi), entries, data.getvalue(), **kwargs)


def dark_edge(grey):
    """`grey` with the shadow a scanner's lid leaves along the right edge: ink
    up to the last column, darker towards the edge."""
    edged = grey.copy()
    width, height = edged.size
    band = max(4, width // 25)
    for x in range(width - band, width):
        shade = 200 - 190 * (x - (width - band)) // (band - 1)
        for y in range(height):
            edged.putpixel((x, y), min(edged.getpixel((x, y)), shade))
    return edged


def clip_short_of_right_edge(image, dpi, points):
    """The content's own clip to the page less `points` at its right edge."""
    w, h = page_of(image, dpi)
    return b"0 0 %.4f %.4f re W n\n" % (w - points, h)


def tinted(grey):
    """Grey paper and ink as three slightly different channels."""
    return Image.merge("RGB", (grey, grey.point(lambda v: max(0, v - 12)),
                               grey.point(lambda v: min(255, v + 9))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", default=DEFAULT_OUT,
                        help="where the fixtures go (default: tests/fixtures/scan_render)")
    args = parser.parse_args()
    require_tools(("pdftoppm",))
    register_fonts()
    out = args.out_dir
    os.makedirs(out, exist_ok=True)
    at = lambda name: os.path.join(out, name)  # noqa: E731

    with tempfile.TemporaryDirectory() as tmp:
        small, letter = os.path.join(tmp, "small.pdf"), os.path.join(tmp, "letter.pdf")
        make_page(small, SMALL_PAGE)
        make_page(letter, LETTER)
        scans = {dpi: scan_of(small, dpi, tmp) for dpi in (72, 98, 123, 150, 200, 300, 400, 600)}

        flate_image(at("grey_flate_150.pdf"), scans[150], 150)
        flate_image(at("grey_flate_300.pdf"), scans[300], 300)
        flate_image(at("grey_flate_123.pdf"), scans[123], 123)
        flate_image(at("grey_flate_nopredictor_150.pdf"), scans[150], 150, predictor=False)
        flate_image(at("rgb_flate_200.pdf"), tinted(scans[200]), 200, space="/DeviceRGB")
        jpeg_image(at("rgb_jpeg_150.pdf"), tinted(scans[150]), 150)
        jpeg_image(at("grey_jpeg_200.pdf"), scans[200], 200)
        jpeg_image(at("letter_grey_jpeg_100.pdf"), scan_of(letter, 100, tmp), 100)
        palette = scans[150].quantize(16)
        rgb_palette = bytes(palette.getpalette()[:48])
        flate_image(at("palette_flate_150.pdf"), palette, 150, predictor=False,
                    space="[/Indexed /DeviceRGB 15 <%s>]" % rgb_palette.hex())
        bilevel = scans[200].point(lambda v: 255 if v >= 153 else 0).convert("1")
        flate_image(at("bilevel_flate_200.pdf"), bilevel, 200, predictor=False, bits=1)
        flate_image(at("inverted_decode_150.pdf"), scans[150], 150,
                    data=bytes(255 - v for v in scans[150].tobytes()),
                    extra={"Decode": "[1 0]"})
        flate_image(at("interpolate_72.pdf"), scans[72], 72, extra={"Interpolate": "true"})

        # An even number of pixels each way, as a 600 dpi A4 scan has (4960 x
        # 7016): at 300 dpi the page is then whole pixels.
        fine = scans[600]
        fine = fine.crop((0, 0, fine.size[0] // 2 * 2, fine.size[1] // 2 * 2))
        flate_image(at("grey_flate_600.pdf"), fine, 600)
        jpeg_image(at("rgb_jpeg_400.pdf"), tinted(scans[400]), 400)
        tiny = os.path.join(tmp, "tiny.pdf")
        make_page(tiny, (2 * cm, 1 * cm))
        flate_image(at("tiny_grey_flate_1300.pdf"), scan_of(tiny, 1300, tmp), 1300)
        flate_image(at("grey_flate_72.pdf"), scans[72], 72)
        flate_image(at("grey_flate_98.pdf"), scans[98], 98)
        flate_image(at("grey_flate_98_over_box.pdf"), scans[98], 98,
                    content_before=b"0.5 g 0 0 500 500 re f\n")
        flate_image(at("grey_flate_600_odd.pdf"), scans[600], 600)
        edged98 = dark_edge(scans[98])
        flate_image(at("grey_flate_98_dark_edge.pdf"), edged98, 98)
        clip98 = clip_short_of_right_edge(edged98, 98, 0.1)
        flate_image(at("grey_flate_98_dark_edge_clipped.pdf"), edged98, 98, content_before=clip98)
        flate_image(at("grey_flate_98_clipped_over_box.pdf"), edged98, 98,
                    content_before=b"0.5 g 0 0 500 500 re f\n" + clip98)
        # 591 pixels at 150 dpi are 1182 at 300: a clip 0.12 pt short of the
        # edge ends at 1181.5, on a sample's edge (4 samples a pixel).
        edged150 = dark_edge(scans[150])
        assert edged150.size[0] == 591, edged150.size
        flate_image(at("grey_flate_150_clip_on_sample.pdf"), edged150, 150,
                    content_before=clip_short_of_right_edge(edged150, 150, 0.12))
        grey16 = bytes(b for v in scans[150].tobytes() for b in (v, v))
        flate_image(at("grey16_flate_150.pdf"), scans[150], 150, predictor=False, bits=16,
                    data=grey16)
        profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
        # A fixed creation date and no profile ID (which hashes the date): a
        # rerun writes the same bytes.
        profile[24:36] = bytes([0x07, 0xea, 0, 12, 0, 6, 0, 0, 0, 0, 0, 0])
        profile[84:100] = bytes(16)
        profile = bytes(profile)
        icc = pdf_object_bytes({"N": "3", "Alternate": "/DeviceRGB", "Length": str(len(profile))})
        jpeg_image(at("icc_rgb_jpeg_150.pdf"), tinted(scans[150]), 150,
                   extra={"ColorSpace": "[/ICCBased 6 0 R]"},
                   extra_objects=[icc + b"\nstream\n" + profile + b"\nendstream"])
        flate_image(at("image_and_text.pdf"), scans[150], 150, font=True,
                    content_after=b"BT /F1 9 Tf 20 8 Td (Modtaget 12.03.2013) Tj ET\n")
        flate_image(at("rotated_150.pdf"), scans[150], 150, rotate=90)


if __name__ == "__main__":
    main()
