"""Fonts from Debian's font packages (fonts-dejavu-core, fonts-liberation2,
fonts-freefont-ttf).  A font whose package is missing falls back to the DejaVu
font of the same kind, so a generator still runs (the gold does not depend on
the font)."""
import os

D = "/usr/share/fonts/truetype/dejavu/"
L = "/usr/share/fonts/truetype/liberation2/"
F = "/usr/share/fonts/truetype/freefont/"

FONTS = {
    "dejavu_sans": (D + "DejaVuSans.ttf", D + "DejaVuSans-Bold.ttf", "sans"),
    "dejavu_sans_condensed": (D + "DejaVuSansCondensed.ttf", D + "DejaVuSansCondensed-Bold.ttf", "sans"),
    "dejavu_serif": (D + "DejaVuSerif.ttf", D + "DejaVuSerif-Bold.ttf", "serif"),
    "liberation_sans": (L + "LiberationSans-Regular.ttf", L + "LiberationSans-Bold.ttf", "sans"),
    "liberation_serif": (L + "LiberationSerif-Regular.ttf", L + "LiberationSerif-Bold.ttf", "serif"),
    "freesans": (F + "FreeSans.ttf", F + "FreeSansBold.ttf", "sans"),
    "freeserif": (F + "FreeSerif.ttf", F + "FreeSerifBold.ttf", "serif"),
    "freemono": (F + "FreeMono.ttf", F + "FreeMonoBold.ttf", "mono"),
}
FALLBACK = {"sans": "dejavu_sans", "serif": "dejavu_serif", "mono": None}
MONO_FALLBACK = (D + "DejaVuSansMono.ttf", D + "DejaVuSansMono-Bold.ttf")


def font_files(key):
    """(regular, bold) paths for a font key, falling back when the package is missing"""
    reg, bold, kind = FONTS[key]
    if os.path.exists(reg) and os.path.exists(bold):
        return reg, bold
    if kind == "mono":
        return MONO_FALLBACK
    return FONTS[FALLBACK[kind]][:2]


def register(key):
    """registers the font family with reportlab; returns (regular name, bold name)"""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    name, bold_name = "G_" + key, "G_" + key + "-Bold"
    if name not in pdfmetrics.getRegisteredFontNames():
        reg, bold = font_files(key)
        pdfmetrics.registerFont(TTFont(name, reg))
        pdfmetrics.registerFont(TTFont(bold_name, bold))
        addMapping(name, 0, 0, name)
        addMapping(name, 1, 0, bold_name)
        addMapping(name, 0, 1, name)
        addMapping(name, 1, 1, bold_name)
    return name, bold_name
