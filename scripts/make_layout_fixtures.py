#!/usr/bin/python3
"""Generates the fixtures that tests/layout/ reads: small documents whose layout is known.

Run with Debian's /usr/bin/python3 (it has python3-reportlab):

    /usr/bin/python3 scripts/make_layout_fixtures.py     # writes tests/fixtures/layout/

Each document imitates a seed family (shared/seeds) with its own text, in DejaVu Sans
so that æ, ø and å are real glyphs, and is built from the same data the tests assert
cell by cell (tests/layout/layout_test.cpp spells the cells out again):

    results.pdf         results and targets (seed 000): borderless landscape table, an
                        unlabelled name column | Mål 2014 | Resultatkrav 2014 |
                        Resultatkrav 2013 | Resultat 2012; name cells wrap over lines
    statusskema.pdf     statusskema (seed 001): ruled two-column key/value table that
                        runs over the page break between two of its rows
    status.pdf          statusrapport (seed 003): borderless Indsatser | Succeskriterier |
                        Status; the third row continues on page 2, below the header
                        repeated there
    status_ruled.pdf    the same rows, ruled, without the repeated header
    letter.pdf          handleplan letter (seed 004): letterhead side column (date, case
                        numbers, address, phone) beside the body and its small results
                        table
    budget.pdf          budget overview (seed 001, Ad 2): ruled table (i 1.000 kr.) |
                        2015 | 2016 | 2017 | I alt, with a total row

and NAME.scan.pdf for results, statusskema and letter: every page rendered at 200 dpi
grey, turned by 0.5 degree, light noise, JPEG, as an image-only PDF.

Output is deterministic: reportlab's invariant mode, ImageMagick with fixed seeds,
img2pdf's internal engine with --nodate. The fixtures are committed, so the tests need
none of these tools; rerun this script after changing it and commit the result. Needs
pdftoppm (poppler-utils), convert and identify (imagemagick) and img2pdf.
"""

import argparse
import os
import tempfile
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer

from fixture_pdf import BOLD, REGULAR, REPO, make_scan, register_fonts, require_tools, table
import fixture_pdf

AUTHOR = "bilag layout fixtures"

DEFAULT_OUT = os.path.join(REPO, "tests", "fixtures", "layout")


# --------------------------------------------------------------------------- typesetting

def make_styles():
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13, spaceAfter=6)
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=13, leading=17, spaceAfter=10),
        "sub": ParagraphStyle("sub", fontName=BOLD, fontSize=11, leading=14, spaceAfter=10),
        "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8,
                             spaceAfter=6),
        "body": body,
        "bold": ParagraphStyle("bold", parent=body, fontName=BOLD),
        "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=9, leading=11),
        "cellb": ParagraphStyle("cellb", fontName=BOLD, fontSize=9, leading=11),
        "num": ParagraphStyle("num", fontName=REGULAR, fontSize=9, leading=11,
                              alignment=TA_RIGHT),
        "numb": ParagraphStyle("numb", fontName=BOLD, fontSize=9, leading=11,
                               alignment=TA_RIGHT),
        "note": ParagraphStyle("note", fontName=REGULAR, fontSize=8, leading=10, spaceAfter=3),
    }


ST = None  # styles, set in main()

GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 5.4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 5.4),
]

# Borderless: columns aligned by whitespace only, as a Word table without borders.
PLAIN = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 14),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
]


def P(text, style="body"):
    return Paragraph(escape(text), ST[style])


def cell(value, style="cell"):
    """A table cell: a string, or a list of items typeset as '- item' lines."""
    if isinstance(value, (list, tuple)):
        return Paragraph("<br/>".join("- " + escape(v) for v in value), ST[style])
    return Paragraph(escape(value), ST[style])


def name_cell(name, desc):
    return Paragraph("<b>%s</b><br/>%s" % (escape(name), escape(desc)), ST["cell"])


def page_number(canvas, doc):
    """'Side N af M' in the bottom margin: page furniture between two parts of a table."""
    canvas.saveState()
    canvas.setFont(REGULAR, 8)
    width = canvas._pagesize[0]
    canvas.drawRightString(width - 2 * cm, 1.2 * cm, "Side %d af 2" % doc.page)
    canvas.restoreState()


def build(path, story, title, pagesize=A4, numbered=False):
    fixture_pdf.build(path, story, title, AUTHOR, pagesize=pagesize,
                      on_page=page_number if numbered else None)


# --------------------------------------------------------------------------- results

RESULTS_HEADER = ["", "Mål 2014", "Resultatkrav 2014", "Resultatkrav 2013", "Resultat 2012"]
RESULTS_ROWS = [
    [("Lektiecaféer på bibliotekerne",
      "Frivillige hjælper skolebørn med lektier to eftermiddage om ugen. Der er afsat "
      "0,8 mio. kr. årligt i 2012-2014."),
     "Lektiecaféer på alle 20 biblioteker", "18 biblioteker", "14 biblioteker",
     "11 biblioteker"],
    [("Foreningsguider i boligområderne",
      "Guiderne hjælper børn og forældre med at finde en forening, der passer til dem."),
     "500 børn er blevet medlem af en forening", "400 børn", "250 børn", "Ingen"],
    [("Mangfoldighed i idrætsforeningerne",
      "Kurser for trænere og bestyrelser i at tage imod nye medlemmer med anden etnisk "
      "baggrund end dansk."),
     "Andelen af medlemmer med anden etnisk baggrund end dansk øges til 20 %", "18 %", "16 %",
     "14,5 %"],
]


def make_results(path):
    data = [[cell(h, "cellb") for h in RESULTS_HEADER]]
    for r in RESULTS_ROWS:
        data.append([name_cell(*r[0])] + [cell(c) for c in r[1:]])
    story = [
        P("Resultater og mål for integrationsindsatsen på kultur- og fritidsområdet "
          "2012-2014", "title"),
        P("Kultur- og Fritidsforvaltningen", "sub"),
        Spacer(1, 6),
        table(data, [8.0 * cm, 5.4 * cm, 4.2 * cm, 4.2 * cm, 3.9 * cm], PLAIN),
        Spacer(1, 8),
        P("Resultaterne for 2012 er opgjort af bibliotekerne og idrætsforeningerne.", "note"),
    ]
    build(path, story, "Resultater og mål", pagesize=landscape(A4))


# --------------------------------------------------------------------------- statusskema

STATUSSKEMA_ROWS = [
    ("Navn på indsats", "Virksomhedspraktik for nyankomne flygtninge"),
    ("Økonomi", "2,8 mio. kr. årligt i 2014 og 2015"),
    ("Målgruppe", "Flygtninge og familiesammenførte i integrationsprogrammet, som har været "
     "i Danmark i mindre end et år."),
    ("Beskriv aktiviteterne", "Jobkonsulenter finder praktikpladser i private virksomheder "
     "og følger op hver fjortende dag. Deltagerne får danskundervisning med fagligt indhold "
     "fra praktikstedet."),
    # page break here
    ("Indsatsens mål", ["150 flygtninge starter i virksomhedspraktik i 2014",
                        "Mindst 40 % er i ordinært job eller uddannelse efter et år"]),
    ("Status", "Der er indgået aftaler med 64 virksomheder, og 112 deltagere er startet i "
     "praktik. Heraf er 31 allerede i job med løntilskud."),
]


def make_statusskema(path):
    intro = [
        P("Bilag 2: Beskæftigelses- og Integrationsudvalgets statusskema for 2014", "title"),
        P("Forvaltningen skal svare på følgende:", "bold"),
        P("1. Beskæftigelses- og Integrationsudvalget bedes udfylde statusskema for de "
          "integrationsindsatser, der bidrager til at nå målene i integrationspolitikken, "
          "herunder vurdere fremdriften i indsatserne."),
        P("2. Udvalget bedes udfylde en økonomisk oversigt over hele udvalgets "
          "integrationsindsats."),
        P("Beskæftigelses- og Integrationsforvaltningen har i 2014 særligt fokus på, at "
          "nyankomne flygtninge hurtigt kommer i kontakt med arbejdsmarkedet. Erfaringerne "
          "viser, at praktik i en privat virksomhed er den vej, der oftest fører til job, "
          "og at danskundervisningen lykkes bedst, når den tager udgangspunkt i "
          "arbejdspladsen."),
        P("Indsatserne nedenfor er udvalgt, fordi de bidrager direkte til målet om, at "
          "andelen af beskæftigede indvandrere og efterkommere i kommunen skal øges. "
          "Forvaltningen følger op på indsatserne hvert halve år og afrapporterer til "
          "udvalget i forbindelse med budgetopfølgningen."),
        P("De to tidligere indsatser for flygtninge, introduktionsforløbet i jobcentret og "
          "mentorordningen, er lagt sammen i den nye indsats. Midlerne fra "
          "mentorordningen indgår derfor i økonomien for 2014."),
        Spacer(1, 9.5 * cm),
        P("Ad 1)", "bold"),
        P("2.1 Indsats vedrørende virksomhedspraktik", "h2"),
    ]
    data = [[cell(k), cell(v)] for k, v in STATUSSKEMA_ROWS]
    story = intro + [table(data, [150, 331], GRID)]
    build(path, story, "Statusskema", numbered=True)


# --------------------------------------------------------------------------- status

STATUS_HEADER = ["Indsatser", "Succeskriterier", "Status"]
STATUS_ROWS = [
    dict(name="Sundhedsformidlere i boligområderne",
         desc="Beboere uddannes til at formidle viden om kost, motion og sundhedstilbud.",
         criteria=["12 sundhedsformidlere uddannes", "800 beboere deltager i oplæg"],
         status="Der er uddannet 14 sundhedsformidlere, og 650 beboere har deltaget."),
    dict(name="Motion for kvinder",
         desc="Holdtræning i lokale haller med kvindelige instruktører.",
         criteria=["6 hold i gang", "120 faste deltagere"],
         status="Der er startet 5 hold med i alt 96 deltagere."),
    dict(name="Trivsel i udskolingen",
         desc="Samtalegrupper for elever i 7.-9. klasse om trivsel og fremtid.",
         criteria=["10 skoler deltager", "200 elever gennemfører forløbet"],
         status="Der er 9 skoler med i projektet, og 170 elever er i gang."),
]
# The third row goes on at the top of page 2: one more criterion and its status.
STATUS_CONTINUED = dict(criteria=["Mindst 60 % oplever bedre trivsel"],
                        status="Evalueringen foreligger i marts 2016.")
STATUS_PAGE2 = [
    dict(name="Rådgivning om rygestop",
         desc="Rygestopkurser på arabisk, tyrkisk og urdu.",
         criteria=["4 kurser om året"],
         status="Der er holdt 3 kurser med 41 deltagere."),
]


def make_status(path, ruled):
    def row(r):
        first = name_cell(r["name"], r["desc"]) if "name" in r else ""
        return [first, cell(r["criteria"]), cell(r["status"])]

    header = [cell(h, "cellb") for h in STATUS_HEADER]
    widths = [7.6 * cm, 7.6 * cm, 10.5 * cm]
    style = GRID if ruled else PLAIN
    page1 = table([header] + [row(r) for r in STATUS_ROWS], widths, style)
    # Word repeats a header row marked so on every page; the ruled version does not.
    page2 = [header] if not ruled else []
    page2 += [row(STATUS_CONTINUED)] + [row(r) for r in STATUS_PAGE2]
    story = [
        P("Statusrapport for Et stærkere fællesskab 2015: SUNDHED OG TRIVSEL", "title"),
        P("Sundheds- og Omsorgsforvaltningen", "sub"),
        Spacer(1, 9.2 * cm),
        page1,
        PageBreak(),
        table(page2, widths, style),
    ]
    build(path, story, "Statusrapport", pagesize=landscape(A4), numbered=True)


# --------------------------------------------------------------------------- letter

LETTER_SIDE = [
    ("Sagsnr.", True), ("2015-118734", False), None,
    ("Dokumentnr.", True), ("2015-307551", False), None,
    ("Sagsbehandler", True), ("Amira Hansen", False),
    None, None, None, None, None, None, None, None,
    ("Center for Forebyggelse", True), None,
    ("Ingerslevsgade 44", False), ("1705 København V", False), None,
    ("Telefon", True), ("3317 5210", False), None,
    ("E-mail", True), ("ah4k@suf.kk.dk", False), None,
    ("EAN nummer", True), ("5798009811208", False), None,
    ("www.kk.dk", False),
]
LETTER_DATE = "14-04-2015"
LETTER_HEADER = ["Mål 2016", "Resultatkrav 2016", "Resultatkrav 2015", "Resultat 2013"]
LETTER_ROW = ["Andelen af tosprogede ældre, der bruger forebyggende hjemmebesøg, skal være "
              "45 pct.", "40 pct.", "35 pct.", "28 pct."]


class LetterDoc(BaseDocTemplate):
    """A one-page letter: a narrow body frame, the letterhead side column on the right."""

    def __init__(self, path, **kw):
        BaseDocTemplate.__init__(self, path, pagesize=A4, leftMargin=2 * cm,
                                 rightMargin=2 * cm, topMargin=2.5 * cm, bottomMargin=2 * cm,
                                 invariant=1, author=AUTHOR, **kw)
        width, height = A4
        body = Frame(2 * cm, 2 * cm, 12.6 * cm, height - 4.5 * cm, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("letter", [body], onPage=self.letterhead)])

    def letterhead(self, c, doc):
        width, height = A4
        x = 15.6 * cm
        c.saveState()
        c.setFont(REGULAR, 9)
        c.drawString(x, height - 2.5 * cm - 9, LETTER_DATE)
        y = height - 5.2 * cm
        for line in LETTER_SIDE:
            if line is not None:
                text, bold = line
                c.setFont(BOLD if bold else REGULAR, 8)
                c.drawString(x, y, text)
            y -= 11
        c.restoreState()


def make_letter(path):
    data = ([[cell(h, "cellb") for h in LETTER_HEADER]] +
            [[cell(c) for c in LETTER_ROW]])
    story = [
        P("Til Sundheds- og Omsorgsudvalget"),
        Spacer(1, 1.2 * cm),
        P("Bilag 4. Handleplan for integration på sundheds- og omsorgsområdet 2015-2018",
          "sub"),
        P("Sundheds- og Omsorgsforvaltningen vil gøre det lettere for ældre med anden "
          "etnisk baggrund end dansk at bruge kommunens forebyggende tilbud. Mange "
          "tosprogede ældre kender ikke tilbuddene, og forvaltningen vil derfor samarbejde "
          "med foreninger, moskeer og boligsociale medarbejdere om at nå dem."),
        P("Forvaltningen opstiller mål for, hvor mange tosprogede ældre der takker ja til "
          "et forebyggende hjemmebesøg. Målene følges op hvert år."),
        P("Mål vedrørende integrationsindsatsen:"),
        # Narrow columns: "Resultatkrav" and "2016" wrap onto two header lines.
        table(data, [4.2 * cm, 2.9 * cm, 2.9 * cm, 2.6 * cm],
              PLAIN + [("RIGHTPADDING", (0, 0), (-1, -1), 8)]),
        Spacer(1, 8),
        P("Hjemmebesøgene udføres af sundhedsplejersker, som kan tilkalde tolk. Der er "
          "afsat 1,2 mio. kr. årligt til tolkning og oversatte pjecer."),
        P("Handleplanen gennemføres inden for forvaltningens eksisterende budget."),
    ]
    LetterDoc(path, title="Bilag 4").build(story)


# --------------------------------------------------------------------------- budget

BUDGET_HEADER = ["(i 1.000 kr.)", "2015", "2016", "2017", "I alt"]
BUDGET_ROWS = [
    ["Sundhedsformidlere", "1.200", "1.250", "1.250", "3.700"],
    ["Motion for kvinder", "450", "450", "500", "1.400"],
    ["Forebyggende hjemmebesøg med tolk", "1.200", "1.200", "1.200", "3.600"],
    ["Rygestopkurser på flere sprog", "300", "350", "", "650"],
    ["I alt", "3.150", "3.250", "2.950", "9.350"],
]


def make_budget(path):
    def row(cells, bold):
        first = Paragraph(escape(cells[0]), ST["cellb" if bold else "cell"])
        return [first] + [Paragraph(escape(c), ST["numb" if bold else "num"]) for c in cells[1:]]

    data = [row(BUDGET_HEADER, True)]
    for i, r in enumerate(BUDGET_ROWS):
        data.append(row(r, i == len(BUDGET_ROWS) - 1))
    story = [
        P("Bilag 6: Økonomisk oversigt over Sundheds- og Omsorgsudvalgets "
          "integrationsindsats 2015-2017", "title"),
        P("Oversigten viser udvalgets bevillinger til integrationsindsatser i "
          "budgetperioden. Rygestopkurserne er finansieret af en pulje, der udløber i 2016."),
        Spacer(1, 6),
        table(data, [200, 62, 62, 62, 72], GRID),
        Spacer(1, 8),
        P("Beløbene er i 2015-priser.", "note"),
    ]
    build(path, story, "Bilag 6")


DOCUMENTS = [
    ("results", make_results, True),
    ("statusskema", make_statusskema, True),
    ("status", lambda p: make_status(p, ruled=False), False),
    ("status_ruled", lambda p: make_status(p, ruled=True), False),
    ("letter", make_letter, True),
    ("budget", make_budget, False),
]


def main():
    global ST
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", default=DEFAULT_OUT,
                        help="where the fixtures go (default: tests/fixtures/layout)")
    parser.add_argument("--no-scans", action="store_true", help="only the text-layer PDFs")
    args = parser.parse_args()
    require_tools(("pdftoppm", "convert", "identify", "img2pdf"))
    register_fonts()
    ST = make_styles()
    os.makedirs(args.out_dir, exist_ok=True)
    for seed, (name, make, scanned) in enumerate(DOCUMENTS, start=1):
        pdf = os.path.join(args.out_dir, name + ".pdf")
        make(pdf)
        if scanned and not args.no_scans:
            with tempfile.TemporaryDirectory() as tmp:
                make_scan(pdf, os.path.join(args.out_dir, name + ".scan.pdf"), seed, tmp)


if __name__ == "__main__":
    main()
