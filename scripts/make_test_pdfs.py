#!/usr/bin/python3
"""Generates the PDF fixtures that tests/ingest/pdf_ingest_test.cpp reads.

Run with Debian's /usr/bin/python3 (it has python3-reportlab):

    /usr/bin/python3 scripts/make_test_pdfs.py            # writes tests/fixtures/pdf/
    /usr/bin/python3 scripts/make_test_pdfs.py --bench OUT.pdf   # 120-page benchmark PDF
    /usr/bin/python3 scripts/make_test_pdfs.py --bench OUT.pdf --pages 3000

The fixtures are committed, so the tests do not need reportlab; rerun this
script after changing it and commit the result. Output is byte-for-byte
deterministic (reportlab's invariant mode, img2pdf's internal engine with
--nodate, qpdf's static id and IV), so a rerun without changes leaves git
clean.

Content follows the seed documents in shared/seeds (001: a statusskema with
key/value tables and a budget table; 004: a letter with a sidebar and a
results table), in DejaVu Sans so that æ, ø and å are real glyphs with a
ToUnicode map, as in the born-digital originals.

Besides reportlab this needs pdftoppm (poppler-utils), img2pdf and qpdf.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
USER_PASSWORD = "hemmelig"
OWNER_PASSWORD = "ejer-hemmelig"

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(REPO, "tests", "fixtures", "pdf")


def register_fonts():
    pdfmetrics.registerFont(TTFont(REGULAR, os.path.join(FONT_DIR, "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)


def styles():
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13, spaceAfter=6,
                          alignment=TA_JUSTIFY)
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=12, leading=16, spaceAfter=10),
        "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8,
                             spaceAfter=6),
        "body": body,
        "bold": ParagraphStyle("bold", parent=body, fontName=BOLD),
        "item": ParagraphStyle("item", parent=body, leftIndent=18, firstLineIndent=-12),
        "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=9, leading=11),
        "cellb": ParagraphStyle("cellb", fontName=BOLD, fontSize=9, leading=11),
        "num": ParagraphStyle("num", fontName=REGULAR, fontSize=9, leading=11,
                              alignment=TA_RIGHT),
        "numb": ParagraphStyle("numb", fontName=BOLD, fontSize=9, leading=11,
                               alignment=TA_RIGHT),
        "note": ParagraphStyle("note", fontName=REGULAR, fontSize=8, leading=10, spaceAfter=3),
    }


GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    # Word's default cell margin (0.19 cm) on both sides.
    ("LEFTPADDING", (0, 0), (-1, -1), 5.4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 5.4),
])

# Seed 001, section 1.1 to 1.3: (heading, [(key, value), ...]).
INITIATIVES = [
    ("1.1 Indsats vedrørende etnisk iværksætteri", [
        ("Navn på indsats", "Etnisk iværksætteri"),
        ("Økonomi", "2 mio. kr. var oprindeligt afsat via Integrationsaftalen, men pga. loftet "
         "over serviceudgifter blev disse midler udskudt."),
        ("Målgruppe", "Indvandrevirksomheder og iværksættere med anden etnisk baggrund i "
         "Københavns Kommune."),
        ("Beskriv aktiviteterne", "Opsøgende rådgivning til indvandrevirksomheder og "
         "potentielle iværksættere"),
        ("Indsatsens mål", "- At mindst 150 etniske iværksættere og virksomheder modtager "
         "rådgivning i 2008,<br/>- At Københavns Erhvervscenter indgår i div. projekter omkring "
         "målgruppen"),
        ("Hvordan bidrager indsatsen til mål i integrationspolitikken",
         "At styrke selvforsørgelsen blandt etniske minoriteter i København"),
        ("Planlagt opfølgning", "Intern evaluering"),
        ("Status ift. målopfyldelse", "Københavns Erhvervscenter har i alt haft 692 "
         "rådgivningskontakter med etniske erhvervsdrivende/potentielle iværksættere i 2008 og "
         "55 med anden etnisk baggrund har deltaget i kurser."),
    ]),
    ("1.2 Indsats vedrørende oprettelse af integrations- og oplæringsstillinger", [
        ("Navn på indsats", "Oprettelse af integrations- og oplæringsstillinger"),
        ("Økonomi", "7,5 mio. kr. i 2009"),
        ("Målgruppe", "Oprettelsen sker i hht. aftale mellem KL og KTO om integrations- og "
         "oplæringsstillinger med særligt fokus på akademikere, brandmænd, specialarbejdere og "
         "servicemedarbejdere."),
        ("Beskriv aktiviteterne", "Oprettelse af min. 30 integrations- og oplæringsstillinger i "
         "2009. De centralt afsatte midler bruges til tilskud til den enkelte forvaltnings "
         "aflønning i stillingen det første år af pågældendes ansættelse."),
        ("Mål", "Der skal ansættes minimum 30 integrations og oplæringsstillinger i 2009"),
        ("Hvordan bidrager indsatsen til mål i integrationspolitikken", "Indsatsen gavner KK, "
         "fordi den er med til at integrere flere etniske minoritetsdanskere på "
         "arbejdspladserne."),
        ("Planlagt opfølgning", "Evalueres indsatsen: Ja: X Nej:<br/>Intern eller ekstern "
         "evaluering: Intern evaluering"),
        ("Status ift. målopfyldelse", "Gennemførte aktiviteter: I 2007 er der ansat 29 personer, "
         "i 2008 27 personer (4 ekstra personer planlagt)."),
    ]),
    ("1.3 Indsats vedrørende Mangfoldighedskorps", [
        ("Navn på indsats", "Mangfoldighedskorps"),
        ("Økonomi", "Ca. 200.000 i 2009"),
        ("Målgruppe", "Offentligheden, kommende kandidater til stillinger i KK, "
         "uddannelsesinstitutioner, netværk og politikere."),
        ("Beskriv aktiviteterne", "Diverse arrangementer: Møder med politikere, karriere- og "
         "jobmesser, relevante arrangementer i KK, pressedækning mm."),
        ("Mål", "At rekruttere og fastholde personale ud fra et "
         "mangfoldighedsledelsesmæssigt perspektiv"),
        ("Planlagt opfølgning", "Evalueres indsatsen: Ja: X Nej:"),
        ("Status ift. målopfyldelse", "Kommunens indsats som mangfoldig arbejdsplads styrkes."),
    ]),
]

INTRO = [
    "Forvaltningen skal svare på følgende:",
    "1. Økonomiudvalget (ØU) bedes udfylde statusskema for integrationsindsatser, der bidrager "
    "til at nå målene i integrationspolitikken (enkeltindsatser), herunder vurdere fremdriften "
    "samt hvorledes de bidrager til opfyldelse af følgende generelle mål på "
    "integrationsområdet:",
    "2. ØU bedes udfylde følgende økonomiske oversigt for hele udvalgets integrationsindsats, "
    "herunder også den samlede økonomi i forhold til integrationsprojekter.",
    "Økonomiforvaltningen (ØKF) arbejder med en række initiativer til at gøre Københavns "
    "Kommune til en mere etnisk mangfoldig arbejdsplads, herunder at ansætte og fastholde flere "
    "medarbejdere med anden etnisk baggrund end dansk. Kommunen er selv den største "
    "arbejdsgiver og har derudover en vigtig synlig rolle i indsatsen for at øge "
    "beskæftigelsesfrekvensen blandt etniske minoriteter.",
    "Status for Københavns Kommune har for første gang nået måltalsvisionen, som "
    "Borgerrepræsentationen vedtog i forbindelse med Budget 2007 for andelen af medarbejdere med "
    "”ikke-vestlig baggrund”. I 2008 har 10,7 % af de ansatte i Københavns Kommune rødder i "
    "ikke-vestlige lande, mens 10,5 % af den samlede arbejdsstyrke i København har rødder i "
    "ikke-vestlige lande.",
]

# Seed 001, "Ad 2": the economic overview (i 1000 kr.).
BUDGET_HEADER = ["Integrationsindsatser i relation til mål i integrationspolitikken "
                 "(i 1000 kr.)", "2008", "2009", "2010", "2011", "I alt"]
BUDGET_ROWS = [
    ["Etnisk iværksætter", "2000", "(note 1)", "", "", "2000"],
    ["Integrations- og oplæringsstillinger", "7770", "7520", "(note 2)", "(note 2)", "15.290"],
    ["Mangfoldighedskorps", "300", "200", "", "", "500"],
    ["Anti-diskrimination", "300", "323", "", "", "623"],
    ["Præmieordning", "200", "(note 3)", "", "", "200"],
    ["Elev- og praktikantstillinger", "5400", "5400", "(note 2)", "(note 2)", "10.800"],
    ["Midlertidige aktiviteter på DSB-arealet", "500", "2500", "1000", "", "4000"],
    ["Sociale klausuler", "500", "1000", "1000", "", "2500"],
    ["Integrationsprojekter – samlet beløb", "16.970", "16.943", "2000", "", "35.913"],
]
BUDGET_TOTAL = ["I alt", "", "", "", "", "135.913"]
NOTES = [
    "1) Fra 2009 er omkostningerne dækket via midlerne til Københavns Erhvervscenter",
    "2) Borgerrepræsentationen vedtog i forbindelse med budget 2009, at der skal oprettes 30 "
    "integrationsstillinger fra 2009 til 2011.",
    "3) Konkurrence og præmieuddeling i 2009 pt. uafklaret.",
]


def key_value_table(st, rows):
    data = [[Paragraph(k, st["cell"]), Paragraph(v, st["cell"])] for k, v in rows]
    table = Table(data, colWidths=[150, 331])
    table.setStyle(GRID)
    return table


def budget_table(st):
    def row(cells, bold):
        name = Paragraph(cells[0], st["cellb" if bold else "cell"])
        return [name] + [Paragraph(c, st["numb" if bold else "num"]) for c in cells[1:]]

    data = [row(BUDGET_HEADER, True)] + [row(r, False) for r in BUDGET_ROWS]
    data.append(row(BUDGET_TOTAL, True))
    table = Table(data, colWidths=[181, 60, 60, 60, 60, 60])
    table.setStyle(GRID)
    return table


def statusskema_story(st, part=None):
    """The flowables of seed 001; copy number `part` of several is "Bilag <part>"."""
    story = [Paragraph("Bilag %d: Økonomiudvalgets redegørelse for integrationsindsatsen" %
                       (part or 1), st["title"])]
    story.append(Paragraph(INTRO[0], st["body"]))
    story.append(Paragraph(INTRO[1], st["item"]))
    story.append(Paragraph(INTRO[2], st["item"]))
    for text in INTRO[3:]:
        story.append(Paragraph(text, st["body"]))
    story.append(Paragraph("Ad 1: Økonomiudvalget bedes udfylde statusskema for "
                           "integrationsindsatser.", st["bold"]))
    for heading, rows in INITIATIVES:
        story.append(KeepTogether([Paragraph(heading, st["h2"]), key_value_table(st, rows)]))
    story.append(PageBreak())
    story.append(Paragraph("Ad 2: Økonomiudvalget bedes udfylde følgende økonomiske oversigt.",
                           st["bold"]))
    story.append(budget_table(st))
    story.append(Spacer(1, 8))
    for note in NOTES:
        story.append(Paragraph(note, st["note"]))
    return story


def build_doc(path, story, title):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=title,
                            author="bilag test fixtures", invariant=1)
    doc.build(story)


def make_statusskema(path, st):
    build_doc(path, statusskema_story(st), "Bilag 1")


def make_bench(path, st, pages=120):
    """Repeats the statusskema until the PDF has exactly `pages` pages."""
    story = []
    part = 1
    # One copy of the story is 3 pages; build a few extra and cut with qpdf.
    while len(story) == 0 or part <= pages // 3 + 1:
        story.extend(statusskema_story(st, part))
        story.append(PageBreak())
        part += 1
    with tempfile.TemporaryDirectory() as tmp:
        full = os.path.join(tmp, "full.pdf")
        build_doc(full, story, "bilag benchmark")
        run(["qpdf", "--deterministic-id", "--empty", "--pages", full, "1-%d" % pages, "--",
             path])


def make_huge_page(path, st):
    """The statusskema's tables on one 14400 x 14400 pt page (200 x 200 inches,
    PDF's largest): a drawing-sized sheet whose ruled tables still must read."""
    doc = SimpleDocTemplate(path, pagesize=(14400, 14400), leftMargin=2 * cm,
                            rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Bilag 1", author="bilag test fixtures", invariant=1)
    story = [Paragraph("Bilag 1: Økonomiudvalgets redegørelse for integrationsindsatsen",
                       st["title"])]
    for heading, rows in INITIATIVES:
        story.append(KeepTogether([Paragraph(heading, st["h2"]), key_value_table(st, rows)]))
    story.append(Paragraph("Ad 2: Økonomiudvalget bedes udfylde følgende økonomiske oversigt.",
                           st["bold"]))
    story.append(budget_table(st))
    doc.build(story)


def make_letter(path, st):
    """Seed 004: addressee, date, title, a sidebar with case data, prose and a 4-column table."""
    width, height = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Bilag 3")
    c.setAuthor("bilag test fixtures")
    left, body_width, side_x = 2 * cm, 12 * cm, 15.5 * cm

    c.setFont(REGULAR, 10)
    c.drawString(left, height - 3 * cm, "Til Beskæftigelses- og Integrationsudvalget")
    c.drawString(side_x, height - 3 * cm, "23-03-2010")

    sidebar = [("Sagsnr.", True), ("2010-32472", False), ("", False),
               ("Dokumentnr.", True), ("2010-204624", False), ("", False),
               ("Sagsbehandler", True), ("Joy Torpdahl", False)]
    y = height - 5 * cm
    for text, bold in sidebar:
        c.setFont(BOLD if bold else REGULAR, 8)
        c.drawString(side_x, y, text)
        y -= 10

    title = Paragraph("Bilag 3. Handleplan for integration på det sociale område for perioden "
                      "2011-2014", ParagraphStyle("lt", parent=st["title"], fontSize=11))
    _, h = title.wrap(body_width, height)
    y = height - 4.5 * cm - h
    title.drawOn(c, left, y)

    prose = [
        "Socialforvaltningen ønsker løbende at medvirke til integrationsindsatsen i Københavns "
        "Kommune. Forvaltningen vil derfor øge indsatsen mod at arbejde målrettet med "
        "integrationsindsatsen i forhold til rekruttering og fastholdelse af medarbejdere med "
        "anden etnisk baggrund.",
        "P.t. er der defineret mål for 2011 jf. nedenfor.",
        "Mål vedrørende integrationsindsats:",
    ]
    y -= 12
    for text in prose:
        p = Paragraph(text, st["body"])
        _, h = p.wrap(body_width, height)
        y -= h
        p.drawOn(c, left, y)
        y -= 6

    header = ["Mål 2011", "Resultatkrav 2011", "Resultatkrav 2010", "Resultat 2008"]
    row = ["Andelen af medarbejdere med anden etnisk baggrund end dansk i Socialforvaltningen "
           "(år 2011 = 10 % forøgelse i forhold til resultatet i 2008)",
           "6,8 pct.", "6,8 pct.", "6,2 pct."]
    table = Table([[Paragraph(t, st["cellb"]) for t in header],
                   [Paragraph(t, st["cell"]) for t in row]],
                  colWidths=[200, 93, 93, 95])
    table.setStyle(GRID)
    _, h = table.wrap(width, height)
    y -= h + 4
    table.drawOn(c, left, y)

    after = Paragraph("Fremover vil integration af medarbejdere med anden etnisk baggrund være "
                      "en integreret del af forvaltningens HR-strategi, herunder "
                      "rekrutteringsstrategi.", st["body"])
    _, h = after.wrap(body_width, height)
    y -= h + 12
    after.drawOn(c, left, y)

    c.setFont(REGULAR, 7)
    c.drawString(side_x, 3 * cm, "www.kk.dk")
    c.showPage()
    c.save()


def make_hyphenated(path):
    """Lines placed by hand, so the hyphen sits exactly at the end of a line."""
    width, height = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Orddeling")
    c.setAuthor("bilag test fixtures")
    lines = [
        "Indsatsen skal øge andelen af indvandrere i beskæfti-",
        "gelse med 10 procentpoint frem til udgangen af 2010.",
        "Sagen forelægges Beskæftigelses- og Integrationsudvalget",
        "på mødet den 23. marts 2010.",
    ]
    c.setFont(REGULAR, 11)
    y = height - 3 * cm
    for text in lines:
        c.drawString(2 * cm, y, text)
        y -= 15
    c.showPage()
    c.save()


def draw_ruled_shapes(c, width, height):
    """A table whose borders come in every way a PDF draws them."""
    left, right, top = 2 * cm, width - 2 * cm, height - 3 * cm
    mid = left + 7 * cm
    row = 20
    # A dark header band with white text (no ruling: FindRulings finds none in
    # a filled area) over a light one that is no ink at all.
    c.setFillGray(0.25)
    c.rect(left, top - row, right - left, row, stroke=0, fill=1)
    c.setFillGray(0.93)
    c.rect(left, top - 3 * row, right - left, row, stroke=0, fill=1)
    c.setFillGray(1)
    c.setFont(BOLD, 10)
    c.drawString(left + 4, top - row + 6, "Indsats")
    c.drawString(mid + 4, top - row + 6, "Resultat 2012")
    c.setFillGray(0)
    c.setFont(REGULAR, 10)
    labels = ["Jobcafé i Nordvest", "Virksomhedspraktik", "Mentorer", "Lektiecafé"]
    values = ["140 ledige", "41 forløb", "24 %", "60 elever"]
    for i, (label, value) in enumerate(zip(labels, values)):
        y = top - (i + 2) * row + 6
        c.drawString(left + 4, y, label)
        c.drawString(mid + 4, y, value)
    bottom = top - 5 * row
    # Stroked lines: the top and bottom border, hairline and 1 pt.
    c.setLineWidth(1)
    c.line(left, top, right, top)
    c.line(left, bottom, right, bottom)
    c.setLineWidth(0.25)
    # A rule under row 1 in pieces, one per cell, as word processors draw it.
    c.line(left, top - 2 * row, mid, top - 2 * row)
    c.line(mid, top - 2 * row, right, top - 2 * row)
    # Thin filled boxes as rules (under rows 2 and 3).
    c.rect(left, top - 3 * row - 0.4, right - left, 0.8, stroke=0, fill=1)
    c.rect(left, top - 4 * row - 0.4, right - left, 0.8, stroke=0, fill=1)
    # Vertical borders: a stroked outline's sides and a thin box in the middle.
    c.setLineWidth(0.5)
    c.rect(left, bottom, right - left, top - bottom, stroke=1, fill=0)
    c.rect(mid - 0.3, bottom, 0.6, top - bottom, stroke=0, fill=1)
    # Not rulings: a 6 pt bar, a short tick, a curve.
    c.setLineWidth(6)
    c.line(left, bottom - 40, right, bottom - 40)
    c.setLineWidth(0.5)
    c.line(left, bottom - 70, left + 20, bottom - 70)
    c.bezier(left, bottom - 100, left + 60, bottom - 90, left + 120, bottom - 110, right,
             bottom - 100)


def make_ruled_shapes(path):
    """The same ruled table upright and on a page turned by /Rotate 90."""
    width, height = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Linjer")
    c.setAuthor("bilag test fixtures")
    draw_ruled_shapes(c, width, height)
    c.showPage()
    # reportlab lays this page's media box out landscape.
    c.setPageRotation(90)
    draw_ruled_shapes(c, height, width)
    c.showPage()
    c.save()


def make_line_grouping(path):
    """Layouts that line grouping must get right: a superscript note mark, two font sizes on
    one baseline, a note turned 90 degrees in the margin, and a landscape page (/Rotate 90)."""
    width, height = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Linjer")
    c.setAuthor("bilag test fixtures")
    x, y = 2 * cm, height - 3 * cm
    c.setFont(REGULAR, 10)
    c.drawString(x, y, "Samlet budget 2009")
    c.setFont(REGULAR, 6)
    c.drawString(x + pdfmetrics.stringWidth("Samlet budget 2009", REGULAR, 10) + 0.5, y + 4, "1")
    c.setFont(REGULAR, 10)
    c.drawString(x + 110, y, "udgør 35.913 t.kr.")
    y -= 14
    c.drawString(x, y, "Næste linje med tæt linjeafstand.")
    y -= 24
    c.setFont(BOLD, 14)
    c.drawString(x, y, "Overskrift")
    c.setFont(REGULAR, 9)
    c.drawString(x + pdfmetrics.stringWidth("Overskrift ", BOLD, 14), y, "med lille tekst")
    c.saveState()
    c.translate(width - 1.5 * cm, height / 2)
    c.rotate(90)
    c.setFont(REGULAR, 8)
    c.drawString(0, 0, "Dokumentnr. 2010-204624")
    c.restoreState()
    c.showPage()

    # A page shown turned 90 degrees clockwise: its top edge is the unturned page's left edge,
    # so a line that reads horizontally on screen runs up the unturned page.
    # reportlab writes the MediaBox of a turned page with its sides swapped, so the unturned
    # page is A4 portrait and the page is shown as A4 landscape.
    c.setPageSize((height, width))
    c.setPageRotation(90)
    c.saveState()
    c.translate(3 * cm, 2 * cm)
    c.rotate(90)
    c.setFont(REGULAR, 10)
    c.drawString(0, 0, "Tværformat: Oversigt over indsatser")
    c.restoreState()
    c.showPage()
    c.save()


def write_raw_pdf(path, objects):
    """Writes objects 1..n (object 1 the catalog) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    with open(path, "wb") as f:
        f.write(out)


def make_empty(path):
    """A valid PDF whose page tree has no pages (reportlab always adds one page)."""
    write_raw_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
    ])


def make_missing_page(path):
    """Two pages in the page tree, but the second points at an object that is not a page."""
    content = b"BT /F1 12 Tf 72 720 Td (Side et) Tj ET"
    write_raw_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"null",
    ])


def make_shared_resources(path):
    """Four pages drawn in one setting (one resources object, one font) that
    interpreting them one after another must keep apart: page 1 leaves an
    optional content group that is switched off open (/OC /hidden BDC, no
    EMC), page 2 writes a line, page 3 leaves two graphics states saved and a
    text colour set, page 4 writes a line. Each page reads as on its own."""
    def stream(data):
        return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
    line = b"BT /F1 12 Tf 72 720 Td (%s) Tj ET"
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 3 0 R "
            b"/Contents %d 0 R >>")
    write_raw_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R "
        b"/OCProperties << /OCGs [5 0 R] /D << /OFF [5 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [6 0 R 7 0 R 8 0 R 9 0 R] /Count 4 >>",
        b"<< /Font << /F1 4 0 R >> /Properties << /hidden 5 0 R >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /OCG /Name (Skjult) >>",
        page % 10, page % 11, page % 12, page % 13,
        stream(line % b"Side et" + b" /OC /hidden BDC " + b"BT /F1 12 Tf 72 600 Td (Skjult) Tj ET"),
        stream(line % b"Side to"),
        stream(b"q q 1 0 0 rg 3 Tr " + line % b"Side tre"),
        stream(line % b"Side fire"),
    ])


def make_mixed(text_pdf, image_pdf, path):
    """A text page followed by a scanned page: only the second needs OCR."""
    run(["qpdf", "--deterministic-id", "--empty", "--pages", text_pdf, image_pdf, "--", path])


def make_nine_pages(path, st):
    """Three copies of the statusskema: enough pages that ingest reads them in parallel."""
    story = []
    for part in (1, 2, 3):
        story.extend(statusskema_story(st, part))
        story.append(PageBreak())
    story.pop()
    build_doc(path, story, "Bilag 1, tre gange")


def make_truncated(source, path):
    with open(source, "rb") as f:
        data = f.read()
    with open(path, "wb") as f:
        f.write(data[:len(data) // 2])


def make_encrypted(source, path):
    # --static-id and --static-aes-iv only make the fixture reproducible; AES-128 (R4) because
    # qpdf draws fresh random salts for AES-256 that no option pins.
    run(["qpdf", "--static-id", "--static-aes-iv", "--encrypt", USER_PASSWORD, OWNER_PASSWORD,
         "128", "--use-aes=y", "--", source, path])


def make_image_only(source, path):
    with tempfile.TemporaryDirectory() as tmp:
        prefix = os.path.join(tmp, "page")
        run(["pdftoppm", "-r", "100", "-gray", "-png", "-f", "1", "-l", "1", "-singlefile",
             source, prefix])
        # The internal engine, not pikepdf: pikepdf writes a random /ID.
        run(["img2pdf", "--engine", "internal", "--nodate", "-o", path, prefix + ".png"])


def run(cmd):
    try:
        subprocess.run(cmd, check=True)
    except FileNotFoundError:
        sys.exit("make_test_pdfs: %s is not installed" % cmd[0])
    except subprocess.CalledProcessError as e:
        sys.exit("make_test_pdfs: %s failed with exit code %d" % (" ".join(cmd), e.returncode))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", default=DEFAULT_OUT,
                        help="where the fixtures go (default: tests/fixtures/pdf)")
    parser.add_argument("--bench", metavar="OUT.pdf",
                        help="only write the 120-page benchmark PDF to OUT.pdf")
    parser.add_argument("--pages", type=int, default=120,
                        help="with --bench: how many pages (default: 120)")
    args = parser.parse_args()
    if args.pages < 1:
        sys.exit("make_test_pdfs: --pages must be at least 1")

    for tool in ("qpdf",) if args.bench else ("qpdf", "pdftoppm", "img2pdf"):
        if shutil.which(tool) is None:
            sys.exit("make_test_pdfs: %s is not installed" % tool)
    register_fonts()
    st = styles()

    if args.bench:
        make_bench(args.bench, st, args.pages)
        return

    out = args.out_dir
    os.makedirs(out, exist_ok=True)
    statusskema = os.path.join(out, "statusskema.pdf")
    letter = os.path.join(out, "letter.pdf")
    hyphenated = os.path.join(out, "hyphenated.pdf")
    image_only = os.path.join(out, "image_only.pdf")
    make_statusskema(statusskema, st)
    make_letter(letter, st)
    make_hyphenated(hyphenated)
    make_line_grouping(os.path.join(out, "line_grouping.pdf"))
    make_ruled_shapes(os.path.join(out, "ruled_shapes.pdf"))
    make_nine_pages(os.path.join(out, "nine_pages.pdf"), st)
    make_huge_page(os.path.join(out, "huge_page.pdf"), st)
    make_empty(os.path.join(out, "empty_pages.pdf"))
    make_missing_page(os.path.join(out, "missing_page.pdf"))
    make_shared_resources(os.path.join(out, "shared_resources.pdf"))
    make_encrypted(letter, os.path.join(out, "encrypted.pdf"))
    make_truncated(statusskema, os.path.join(out, "truncated.pdf"))
    # The hyphenated page renders to a small PNG, which keeps the fixture small.
    make_image_only(hyphenated, image_only)
    make_mixed(hyphenated, image_only, os.path.join(out, "mixed.pdf"))

if __name__ == "__main__":
    main()
