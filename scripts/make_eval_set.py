#!/usr/bin/python3
"""Generates the evaluation set in tests/eval/: documents bilag has never seen, with answers.

Run with Debian's /usr/bin/python3 (it has python3-reportlab):

    /usr/bin/python3 scripts/make_eval_set.py               # writes tests/eval/
    /usr/bin/python3 scripts/make_eval_set.py --only eval03_handleplan_social

For each document NAME it writes

    NAME.pdf         born-digital, with a text layer (DejaVu Sans, real æ, ø, å)
    NAME.scan.pdf    the same pages as an image-only PDF: rendered at 200 dpi grey,
                     turned by 0.5-1 degree, light noise, JPEG (as an archive scanner
                     leaves them)
    NAME.engocr.pdf  the scan with an invisible text layer from Tesseract's ENGLISH
                     model (`tesseract IMG out -l eng pdf`), as older archive
                     conversions left them: "@konomiforvaltningen", "Mal 2011"
    NAME.truth.json  the answer, written from the same data the page is typeset
                     from: the fields of the output contract that are scored
                     (scripts/eval_f1.py), plus `side_column` (letterhead strings that
                     must not end up in an initiative) and `header_cell` on the
                     targets that come from a results table's year column

The documents imitate the seed families (shared/seeds) with other udvalg,
forvaltninger, initiatives, years and amounts: statusskema key/value tables
(one spanning a page break), letters with a letterhead side column and a
results table, a status table whose row continues on the next page, budget
tables with notes and totals, results-and-targets tables, and handleplan prose
with amounts. Some tables are ruled, some borderless.

Output is deterministic: reportlab's invariant mode, ImageMagick with fixed
seeds, img2pdf's internal engine with --nodate, Tesseract single-threaded with
its creation date pinned. Needs pdftoppm, convert, img2pdf, qpdf and tesseract
(with the eng model).
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
DPI = 200

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(REPO, "tests", "eval")


# --------------------------------------------------------------------------- truth helpers

def A(dkk, year=None, per_year=False, approx=False):
    """An amount of an initiative."""
    return {"dkk": dkk, "year": year, "per_year": per_year, "approximate": approx}


def T(kind, year, value, unit, comparator=None, text=None, header=False):
    """A target. `header`: the target is a cell of a results table whose column header
    gives its kind and year."""
    t = {"kind": kind, "year": year, "value": value, "unit": unit, "comparator": comparator}
    if text:
        t["text"] = text
    if header:
        t["header_cell"] = True
    return t


def B(item, year, dkk, total=False, note=None):
    """A budget cell."""
    return {"item": item, "year": year, "dkk": dkk, "total": total, "note": note}


def initiative(name, section=None, theme=None, amounts=(), targets=()):
    return {"name": name, "section": section, "theme": theme, "amounts": list(amounts),
            "targets": list(targets)}


def document(title, bilag=None, kind=None, committee=None, administration=None, date=None,
             case_number=None, document_number=None, years=None):
    d = {"title": title, "bilag": bilag, "committee": committee,
         "administration": administration, "date": date, "case_number": case_number,
         "document_number": document_number, "years": years}
    if kind is not None:
        d["kind"] = kind
    return d


# --------------------------------------------------------------------------- typesetting

def register_fonts():
    pdfmetrics.registerFont(TTFont(REGULAR, os.path.join(FONT_DIR, "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)


def make_styles():
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13, spaceAfter=6)
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=13, leading=17, spaceAfter=10),
        "sub": ParagraphStyle("sub", fontName=BOLD, fontSize=11, leading=14, spaceAfter=10),
        "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8,
                             spaceAfter=6),
        "body": body,
        "bold": ParagraphStyle("bold", parent=body, fontName=BOLD),
        "item": ParagraphStyle("item", parent=body, leftIndent=18, firstLineIndent=-12,
                               spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=9, leading=11),
        "cellb": ParagraphStyle("cellb", fontName=BOLD, fontSize=9, leading=11),
        "num": ParagraphStyle("num", fontName=REGULAR, fontSize=9, leading=11,
                              alignment=TA_RIGHT),
        "numb": ParagraphStyle("numb", fontName=BOLD, fontSize=9, leading=11,
                               alignment=TA_RIGHT),
        "note": ParagraphStyle("note", fontName=REGULAR, fontSize=8, leading=10, spaceAfter=3),
    }


ST = None  # styles, set in main()

GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 5.4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 5.4),
])

# Borderless: columns aligned by whitespace only, as a Word table without borders.
PLAIN = TableStyle([
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 14),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
])


def P(text, style="body"):
    return Paragraph(escape(text), ST[style])


def cell(value, style="cell"):
    """A table cell: a string, or a list of items typeset as '- item' lines."""
    if isinstance(value, (list, tuple)):
        return Paragraph("<br/>".join("- " + escape(v) for v in value), ST[style])
    return Paragraph(escape(value), ST[style])


def name_cell(name, desc):
    text = "<b>%s</b>" % escape(name)
    if desc:
        text += "<br/>" + escape(desc)
    return Paragraph(text, ST["cell"])


def build(path, story, title, pagesize=A4):
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=title,
                            author="bilag evaluation set", invariant=1)
    doc.build(story)


def kv_table(rows, ruled, keep=True):
    data = [[cell(k, "cellb" if not ruled else "cell"), cell(v)] for k, v in rows]
    table = Table(data, colWidths=[150, 331])
    table.setStyle(GRID if ruled else PLAIN)
    return table


def budget_table(header, rows, widths, ruled, bold_last=True):
    def row(cells, bold):
        first = Paragraph(escape(cells[0]), ST["cellb" if bold else "cell"])
        return [first] + [Paragraph(escape(c), ST["numb" if bold else "num"]) for c in cells[1:]]

    data = [row(header, True)]
    for i, r in enumerate(rows):
        data.append(row(r, bold_last and i == len(rows) - 1))
    table = Table(data, colWidths=widths)
    table.setStyle(GRID if ruled else PLAIN)
    return table


def statusskema_story(intro, ad1, initiatives, ruled):
    """Numbered headings with one key/value table each; returns the flowables."""
    story = list(intro)
    story.append(P(ad1, "bold"))
    for ini in initiatives:
        heading = P(ini["heading"], "h2")
        table = kv_table(ini["rows"], ruled)
        if ini.get("split"):
            story += [heading, table]       # may run over the page break
        else:
            story.append(KeepTogether([heading, table]))
    return story


def truth_of_kv(initiatives):
    return [initiative(i["name"], i["section"], None, i["amounts"], i["targets"])
            for i in initiatives]


def results_table(header, rows, widths, ruled, first_is_name_cell):
    """Column table; rows are dicts with 'cells' (first cell: (name, desc) when
    first_is_name_cell) or 'theme' (one spanning cell)."""
    data = [[cell(h, "cellb") for h in header]]
    spans = []
    for r in rows:
        if "theme" in r:
            spans.append(len(data))
            data.append([Paragraph("<b>%s</b>" % escape(r["theme"]), ST["cell"])] +
                        [""] * (len(header) - 1))
            continue
        cells = r["cells"]
        first = name_cell(*cells[0]) if first_is_name_cell else cell(cells[0])
        data.append([first] + [cell(c) for c in cells[1:]])
    table = Table(data, colWidths=widths)
    style = TableStyle(list((GRID if ruled else PLAIN).getCommands()))
    for i in spans:
        style.add("SPAN", (0, i), (-1, i))
    table.setStyle(style)
    return table


class LetterDoc(BaseDocTemplate):
    """A letter: the first page has a narrow body frame and a letterhead side column on
    the right; later pages use the full width."""

    def __init__(self, path, side, date, **kw):
        BaseDocTemplate.__init__(self, path, pagesize=A4, leftMargin=2 * cm,
                                 rightMargin=2 * cm, topMargin=2.5 * cm, bottomMargin=2 * cm,
                                 invariant=1, author="bilag evaluation set", **kw)
        width, height = A4
        first = Frame(2 * cm, 2 * cm, 12.6 * cm, height - 4.5 * cm, id="first",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        later = Frame(2 * cm, 2 * cm, width - 4 * cm, height - 4.5 * cm, id="later",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.side = side
        self.date = date
        self.addPageTemplates([PageTemplate("first", [first], onPage=self.letterhead),
                               PageTemplate("later", [later])])

    def letterhead(self, c, doc):
        width, height = A4
        x = 15.6 * cm
        c.saveState()
        c.setFont(REGULAR, 9)
        c.drawString(x, height - 2.5 * cm - 9, self.date)
        y = height - 5.2 * cm
        for text, bold in self.side:
            if text is None:
                y -= 11
                continue
            c.setFont(BOLD if bold else REGULAR, 8)
            c.drawString(x, y, text)
            y -= 11
        c.restoreState()


def side_column(case, docno, person, unit, address, postal, phone, email, ean):
    """The letterhead's side column: (text, bold) lines, None for a gap."""
    lines = [("Sagsnr.", True), (case, False), None,
             ("Dokumentnr.", True), (docno, False), None,
             ("Sagsbehandler", True), (person, False)]
    lines += [None] * 14
    lines += [(unit, True), None, (address[0], False), (address[1], False), (postal, False),
              None, ("Telefon", True), (phone, False), None, ("E-mail", True), (email, False),
              None, ("EAN nummer", True), (ean, False), None, ("www.kk.dk", False)]
    return [(None, False) if l is None else l for l in lines]


# --------------------------------------------------------------------------- eval01
# (a)+(d) statusskema, ruled key/value tables, one over a page break; ruled budget table.

def eval01(path):
    inis = [
        dict(heading="2.1 Indsats vedrørende sprogstimulering i daginstitutioner",
             section="2.1", name="Sprogstimulering i daginstitutioner", rows=[
                 ("Navn på indsats", "Sprogstimulering i daginstitutioner"),
                 ("Økonomi", "4,2 mio. kr. i 2010"),
                 ("Målgruppe", "Tosprogede børn i alderen 3-5 år i kommunens "
                  "daginstitutioner."),
                 ("Beskriv aktiviteterne", "Sprogvurdering af alle tosprogede treårige og "
                  "målrettede sproggrupper i institutionerne. Uddannelse af sprogpædagoger i "
                  "samarbejde med professionshøjskolen."),
                 ("Indsatsens mål", [
                     "At mindst 90 % af de tosprogede treårige bliver sprogvurderet i 2010,",
                     "At alle daginstitutioner i udsatte boligområder har en uddannet "
                     "sprogpædagog"]),
                 ("Hvordan bidrager indsatsen til mål i integrationspolitikken",
                  "Bedre danskkundskaber ved skolestart styrker børnenes muligheder i "
                  "uddannelsessystemet."),
                 ("Planlagt opfølgning", "Evalueres indsatsen: Ja: X Nej: / Intern eller "
                  "ekstern evaluering: Ekstern evaluering"),
                 ("Status ift. målopfyldelse", "Gennemførte aktiviteter: I 2009 blev 1.412 "
                  "børn sprogvurderet, og 36 pædagoger har afsluttet uddannelsen."),
             ],
             amounts=[A(4200000, 2010)],
             targets=[T("goal", 2010, 90, "percent", "at_least",
                        "At mindst 90 % af de tosprogede treårige bliver sprogvurderet i 2010"),
                      T("goal", None, None, None, None,
                        "At alle daginstitutioner i udsatte boligområder har en uddannet "
                        "sprogpædagog")]),
        dict(heading="2.2 Indsats vedrørende forældresamarbejde", section="2.2", split=True,
             name="Forældresamarbejde i udsatte boligområder", rows=[
                 ("Navn på indsats", "Forældresamarbejde i udsatte boligområder"),
                 ("Økonomi", "1,6 mio. kr. i 2010 og 1,4 mio. kr. i 2011"),
                 ("Målgruppe", "Forældre med anden etnisk baggrund end dansk til børn i "
                  "daginstitutioner og skoler i Tingbjerg, Urbanplanen og Akacieparken. "
                  "Særlige karakteristika for målgruppen ift. køn, alder, nationalitet og "
                  "uddannelsesbaggrund: Overvejende mødre med kort eller ingen "
                  "skolegang fra hjemlandet."),
                 ("Beskriv aktiviteterne", "Forældrekurser om skolens forventninger, "
                  "hjemmebesøg ved skolestart, forældrecaféer på skolerne og tolkning ved "
                  "skole-hjem-samtaler. Kurserne holdes om eftermiddagen på skolen, så "
                  "forældrene kan tage deres mindste børn med, og der er børnepasning under "
                  "undervisningen. Hjemmebesøgene aftales gennem institutionernes "
                  "personale, som kender familierne. Forældrecaféerne drives af frivillige "
                  "fra boligområdernes beboerforeninger med støtte fra skolernes "
                  "lærere, og emnerne vælges af forældrene selv: lektier, kost, søvn, "
                  "mobning og overgangen til ungdomsuddannelse."),
                 ("Indsatsens mål", [
                     "At 250 forældre deltager i forældrekurser i 2010,",
                     "At fremmødet til skole-hjem-samtaler på de deltagende skoler stiger til "
                     "75 pct."]),
                 ("Hvordan bidrager indsatsen til mål i integrationspolitikken",
                  "Forældre, der kender skolens forventninger, kan bedre støtte deres børns "
                  "skolegang, og et tættere samarbejde mellem hjem og skole styrker børnenes "
                  "trivsel og faglige udbytte. Indsatsen bidrager dermed til, at flere unge "
                  "gennemfører en ungdomsuddannelse."),
                 ("Planlagt opfølgning", "Evalueres indsatsen: Ja: X Nej: / Intern eller "
                  "ekstern evaluering: Intern evaluering / Gennemføres der statistiske "
                  "opgørelser ift. målopfyldelsen: Ja, fremmødet registreres på hver skole."),
                 ("Status ift. målopfyldelse", "Gennemførte aktiviteter: 212 forældre har "
                  "gennemført et kursus, og der er holdt 64 forældrecaféer. Udestående "
                  "aktiviteter: Hjemmebesøg ved skolestart i august. Samlet vurdering af "
                  "indsatsen: Fremmødet til skole-hjem-samtaler er steget fra 58 til 69 pct. "
                  "på de deltagende skoler, og skolerne melder om en bedre dialog med "
                  "forældrene."),
             ],
             amounts=[A(1600000, 2010), A(1400000, 2011)],
             targets=[T("goal", 2010, 250, "count", None,
                        "At 250 forældre deltager i forældrekurser i 2010"),
                      T("goal", None, 75, "percent", None,
                        "At fremmødet til skole-hjem-samtaler på de deltagende skoler stiger "
                        "til 75 pct.")]),
        dict(heading="2.3 Indsats vedrørende lektiehjælp i folkeskolen", section="2.3",
             name="Lektiehjælp og faglig fordybelse", rows=[
                 ("Navn på indsats", "Lektiehjælp og faglig fordybelse"),
                 ("Økonomi", "Ca. 850.000 kr. årligt i 2010 og 2011"),
                 ("Målgruppe", "Elever i 4.-9. klasse på tolv skoler med en høj andel af "
                  "tosprogede elever."),
                 ("Beskriv aktiviteterne", "Lektiecaféer to eftermiddage om ugen med frivillige "
                  "lektiehjælpere og lærere fra skolen."),
                 ("Mål", "Mindst 600 elever deltager i lektiehjælpen i 2011"),
                 ("Hvordan bidrager indsatsen til mål i integrationspolitikken",
                  "Flere tosprogede elever gennemfører folkeskolens afgangsprøve og kan "
                  "fortsætte i en ungdomsuddannelse."),
                 ("Planlagt opfølgning", "Intern evaluering"),
                 ("Status ift. målopfyldelse", "Lektiecaféerne er etableret på ti af de tolv "
                  "skoler."),
             ],
             amounts=[A(850000, 2010, True, True), A(850000, 2011, True, True)],
             targets=[T("goal", 2011, 600, "count", "at_least",
                        "Mindst 600 elever deltager i lektiehjælpen i 2011")]),
        dict(heading="2.4 Indsats vedrørende brobyggere", section="2.4",
             name="Brobyggere mellem skole og hjem", rows=[
                 ("Navn på indsats", "Brobyggere mellem skole og hjem"),
                 ("Økonomi", "650.000 kr. i 2011"),
                 ("Målgruppe", "Familier med anden etnisk baggrund end dansk, som har "
                  "sproglige eller kulturelle barrierer i kontakten med skolen."),
                 ("Beskriv aktiviteterne", "Brobyggerne deltager i skole-hjem-samtaler, "
                  "formidler kontakt til fritidstilbud og vejleder om skolesystemet."),
                 ("Mål", "At ansætte 8 brobyggere med anden etnisk baggrund end dansk inden "
                  "udgangen af 2010"),
                 ("Hvordan bidrager indsatsen til mål i integrationspolitikken",
                  "Indsatsen styrker forældrenes deltagelse i børnenes skolegang."),
                 ("Planlagt opfølgning", "Intern evaluering"),
                 ("Status ift. målopfyldelse", "Der er ansat seks brobyggere. Yderligere "
                  "120.000 kr. er søgt fra Integrationsministeriets pulje."),
             ],
             amounts=[A(650000, 2011), A(120000)],
             targets=[T("goal", 2010, 8, "count", None,
                        "At ansætte 8 brobyggere med anden etnisk baggrund end dansk inden "
                        "udgangen af 2010")]),
    ]
    intro = [
        P("Bilag 2:", "title"),
        P("Børne- og Ungdomsudvalgets redegørelse for integrationsindsatsen", "sub"),
        P("Forvaltningen skal svare på følgende:"),
        P("1. Børne- og Ungdomsudvalget (BUU) bedes udfylde statusskema for "
          "integrationsindsatser, der bidrager til at nå målene i integrationspolitikken "
          "(enkeltindsatser), herunder vurdere fremdriften.", "item"),
        P("2. BUU bedes udfylde følgende økonomiske oversigt for hele udvalgets "
          "integrationsindsats, herunder også den samlede økonomi i forhold til "
          "integrationsprojekter.", "item"),
        P("Børne- og Ungdomsforvaltningen (BUF) arbejder med en række initiativer, der skal "
          "give alle børn lige muligheder i dagtilbud og skole. I 2009 havde 31 % af eleverne "
          "i folkeskolen en anden etnisk baggrund end dansk, og andelen er højest i de "
          "udsatte boligområder. Forvaltningen vurderer, at den tidlige sprogindsats og et "
          "tættere samarbejde med forældrene er de vigtigste redskaber."),
    ]
    ad1 = ("Ad 1: Børne- og Ungdomsudvalget bedes udfylde statusskema for "
           "integrationsindsatser, der bidrager til at nå målene i integrationspolitikken "
           "(enkeltindsatser).")
    story = statusskema_story(intro, ad1, inis, ruled=True)
    story.append(PageBreak())
    story.append(P("Ad 2: Børne- og Ungdomsudvalget bedes udfylde følgende økonomiske oversigt "
                   "for hele udvalgets integrationsindsats.", "bold"))
    header = ["Oversigt over integrationsindsatser (i 1000 kr.)", "2010", "2011", "2012",
              "I alt"]
    rows = [
        ["Sprogstimulering i daginstitutioner", "4200", "4200", "(Se note 1)", "8400"],
        ["Forældresamarbejde", "1600", "1400", "(Se note 2)", "3000"],
        ["Lektiehjælp og faglig fordybelse", "850", "850", "", "1700"],
        ["Brobyggere mellem skole og hjem", "", "650", "650", "1300"],
        ["Integrationsprojekter – samlet beløb", "6650", "7100", "650", "14.400"],
        ["I alt", "", "", "", "14.400"],
    ]
    story.append(budget_table(header, rows, [201, 65, 65, 75, 75], ruled=True))
    story.append(Spacer(1, 8))
    story.append(P("1) Fra 2012 indgår udgiften i daginstitutionernes budgetter.", "note"))
    story.append(P("2) Videreførelse afhænger af budgetforhandlingerne for 2012.", "note"))
    build(path, story, "Bilag 2")

    budget = [
        B("Sprogstimulering i daginstitutioner", 2010, 4200000),
        B("Sprogstimulering i daginstitutioner", 2011, 4200000),
        B("Sprogstimulering i daginstitutioner", 2012, None, note="1"),
        B("Sprogstimulering i daginstitutioner", None, 8400000, True),
        B("Lektiehjælp og faglig fordybelse", 2010, 850000),
        B("Lektiehjælp og faglig fordybelse", 2011, 850000),
        B("Lektiehjælp og faglig fordybelse", None, 1700000, True),
        B("Forældresamarbejde", 2010, 1600000),
        B("Forældresamarbejde", 2011, 1400000),
        B("Forældresamarbejde", 2012, None, note="2"),
        B("Forældresamarbejde", None, 3000000, True),
        B("Brobyggere mellem skole og hjem", 2011, 650000),
        B("Brobyggere mellem skole og hjem", 2012, 650000),
        B("Brobyggere mellem skole og hjem", None, 1300000, True),
        B("Integrationsprojekter – samlet beløb", 2010, 6650000),
        B("Integrationsprojekter – samlet beløb", 2011, 7100000),
        B("Integrationsprojekter – samlet beløb", 2012, 650000),
        B("Integrationsprojekter – samlet beløb", None, 14400000, True),
        B("I alt", None, 14400000, True),
    ]
    return {
        "family": "statusskema (seed 001): ruled key/value tables, table 2.3 spans a page "
                  "break; ruled budget table (i 1000 kr.) with notes",
        "document": document("Børne- og Ungdomsudvalgets redegørelse for "
                             "integrationsindsatsen", "2", "statusskema",
                             "Børne- og Ungdomsudvalget", "Børne- og Ungdomsforvaltningen"),
        "initiatives": truth_of_kv(inis),
        "budget": budget,
    }


# --------------------------------------------------------------------------- eval02
# (a) statusskema with borderless key/value tables and other label wordings.

def eval02(path):
    inis = [
        dict(heading="3.1 Indsats vedrørende sundhedsformidlere i lokalområderne",
             section="3.1", name="Sundhedsformidlere", rows=[
                 ("Navn på indsats:", "Sundhedsformidlere"),
                 ("Økonomi:", "540.000 kr. i 2011"),
                 ("Målgruppe:", "Borgere med anden etnisk baggrund end dansk, især kvinder over "
                  "40 år, i Bispebjerg og på Amager."),
                 ("Aktiviteter:", "Uddannelse af frivillige sundhedsformidlere, som holder "
                  "oplæg om kost, motion og forebyggelse i foreninger og på sprogskoler."),
                 ("Mål:", ["20 sundhedsformidlere uddannes i 2011",
                           "Mindst 1.000 borgere deltager i oplæg om sundhed og forebyggelse"]),
                 ("Planlagt opfølgning:", "Intern evaluering efter hvert hold."),
                 ("Status:", "Det første hold på 11 formidlere er uddannet."),
             ],
             amounts=[A(540000, 2011)],
             targets=[T("goal", 2011, 20, "count", None,
                        "20 sundhedsformidlere uddannes i 2011"),
                      T("goal", None, 1000, "count", "at_least",
                        "Mindst 1.000 borgere deltager i oplæg om sundhed og forebyggelse")]),
        dict(heading="3.2 Indsats vedrørende mangfoldig rekruttering på plejecentrene",
             section="3.2", name="Mangfoldig rekruttering på plejecentrene", rows=[
                 ("Navn på indsats:", "Mangfoldig rekruttering på plejecentrene"),
                 ("Økonomi:", "Finansieres inden for forvaltningens eksisterende ramme."),
                 ("Målgruppe:", "Ledige med anden etnisk baggrund end dansk og elever på social- "
                  "og sundhedsuddannelserne."),
                 ("Aktiviteter:", "Jobmesser, praktikforløb og mentorordning for nyansatte."),
                 ("Succeskriterier:", "Andelen af medarbejdere med ikke-vestlig baggrund skal "
                  "være mindst 18 pct. i 2012"),
                 ("Planlagt opfølgning:", "Årlig personalestatistik."),
                 ("Status:", "Andelen var 16,2 pct. ved udgangen af 2010."),
             ],
             amounts=[],
             targets=[T("success_criterion", 2012, 18, "percent", "at_least",
                        "Andelen af medarbejdere med ikke-vestlig baggrund skal være mindst "
                        "18 pct. i 2012")]),
        dict(heading="3.3 Indsats vedrørende tolkebistand i hjemmeplejen", section="3.3",
             name="Videotolkning i hjemmeplejen", rows=[
                 ("Navn på indsats:", "Videotolkning i hjemmeplejen"),
                 ("Budget:", "1,1 mio. kr. årligt i 2011, 2012 og 2013"),
                 ("Målgruppe:", "Ældre borgere, der ikke taler dansk, og deres pårørende."),
                 ("Aktiviteter:", "Hjemmeplejegrupperne udstyres med tablets, så en tolk kan "
                  "deltage via video ved besøg og visitation."),
                 ("Indsatsens mål:", ["Ventetiden på tolk skal nedbringes med 50 procent",
                                      "Alle hjemmeplejegrupper har adgang til videotolkning "
                                      "ultimo 2012"]),
                 ("Planlagt opfølgning:", "Ekstern evaluering i 2013."),
                 ("Status:", "Fire af ni grupper er i gang."),
             ],
             amounts=[A(1100000, 2011, True), A(1100000, 2012, True),
                      A(1100000, 2013, True)],
             targets=[T("goal", None, 50, "percent", None,
                        "Ventetiden på tolk skal nedbringes med 50 procent"),
                      T("goal", 2012, None, None, None,
                        "Alle hjemmeplejegrupper har adgang til videotolkning ultimo 2012")]),
        dict(heading="3.4 Indsats vedrørende ældre indvandreres trivsel", section="3.4",
             name="Forebyggende hjemmebesøg hos ældre indvandrere", rows=[
                 ("Navn på indsats:", "Forebyggende hjemmebesøg hos ældre indvandrere"),
                 ("Økonomi:", "Ca. 300.000 kr."),
                 ("Målgruppe:", "Indvandrere over 75 år, som bor alene."),
                 ("Aktiviteter:", "Hjemmebesøg med tolk og opfølgende samtale efter et halvt "
                  "år."),
                 ("Mål:", "At mindst 400 ældre indvandrere får tilbudt et forebyggende "
                  "hjemmebesøg"),
                 ("Planlagt opfølgning:", "Intern evaluering."),
                 ("Status:", "Indsatsen begynder i efteråret."),
             ],
             amounts=[A(300000, None, False, True)],
             targets=[T("goal", None, 400, "count", "at_least",
                        "At mindst 400 ældre indvandrere får tilbudt et forebyggende "
                        "hjemmebesøg")]),
    ]
    intro = [
        P("Bilag 1: Sundheds- og Omsorgsudvalgets statusskema for integrationsindsatser 2011",
          "title"),
        P("Sundheds- og Omsorgsforvaltningen har udfyldt statusskemaet for de indsatser, der "
          "bidrager til integrationspolitikkens mål om sundhed og beskæftigelse. Forvaltningen "
          "har i alt 9.400 medarbejdere, og mange af dem arbejder i hjemmeplejen og på "
          "plejecentrene, hvor borgere med anden etnisk baggrund end dansk udgør en voksende "
          "gruppe."),
    ]
    ad1 = "Statusskema for integrationsindsatser (enkeltindsatser)"
    story = statusskema_story(intro, ad1, inis, ruled=False)
    story.append(Spacer(1, 10))
    story.append(P("Skemaet er udfyldt af forvaltningens sekretariat og godkendt af "
                   "direktionen."))
    build(path, story, "Bilag 1")
    return {
        "family": "statusskema (seed 001): borderless key/value tables, labels with colons "
                  "and other wordings (Budget, Succeskriterier, Aktiviteter)",
        "document": document("Sundheds- og Omsorgsudvalgets statusskema for "
                             "integrationsindsatser 2011", "1", "statusskema",
                             "Sundheds- og Omsorgsudvalget",
                             "Sundheds- og Omsorgsforvaltningen", years=[2011]),
        "initiatives": truth_of_kv(inis),
        "budget": [],
    }


# --------------------------------------------------------------------------- letters
# (b) a handleplan letter with a letterhead side column and a results table.

def letter(path, side, date, addressee, bilag_title, before, table_intro, header, rows,
           ruled, after, later=()):
    doc = LetterDoc(path, side, date, title=bilag_title)
    story = [NextPageTemplate("later"), P(addressee), Spacer(1, 1.2 * cm),
             P(bilag_title, "sub")]
    story += [P(t) for t in before]
    story.append(P(table_intro))
    data = [[cell(h, "cellb") for h in header]] + [[cell(c) for c in r] for r in rows]
    table = Table(data, colWidths=[4.2 * cm, 2.8 * cm, 2.8 * cm, 2.8 * cm])
    table.setStyle(GRID if ruled else PLAIN)
    story.append(table)
    story.append(Spacer(1, 8))
    story += [P(t) for t in after]
    story += list(later)
    doc.build(story)


def eval03(path):
    side_strings = ["Sagsnr.", "2011-51837", "Dokumentnr.", "2011-612094", "Sagsbehandler",
                    "Mette Kjærgaard", "Enhed for Personaleudvikling", "Sjællandsgade 40",
                    "2200 København N", "3366 4120", "mk7x@sof.kk.dk", "5798009812345",
                    "www.kk.dk", "Telefon", "EAN nummer"]
    side = side_column("2011-51837", "2011-612094", "Mette Kjærgaard",
                       "Enhed for Personaleudvikling", ("Sjællandsgade 40,", "3. sal"),
                       "2200 København N", "3366 4120", "mk7x@sof.kk.dk", "5798009812345")
    header = ["Mål 2012", "Resultatkrav 2012", "Resultatkrav 2011", "Resultat 2010"]
    row1 = ["Andelen af medarbejdere med anden etnisk baggrund end dansk i "
            "Socialforvaltningen skal være 14 pct.", "13,5 pct.", "13 pct.", "12,1 pct."]
    row2 = ["Mindst 150 pædagogstuderende med anden etnisk baggrund end dansk er i praktik i "
            "forvaltningen i 2012", "140 studerende", "125 studerende", "118 studerende"]
    before = [
        "Socialforvaltningen ønsker at styrke arbejdet med ligebehandling og integration, "
        "både over for borgerne og som arbejdsplads. Sammensætningen af medarbejderne skal "
        "afspejle befolkningen i kommunen, og forvaltningen opstiller derfor mål for andelen "
        "af medarbejdere og studerende med anden etnisk baggrund end dansk.",
        "Målene følges op hvert år og justeres i 2013 i forhold til udviklingen i "
        "befolkningen.",
    ]
    after = [
        "Fremover skal ligebehandling være en fast del af forvaltningens personalepolitik, "
        "og lederne på botilbud, væresteder og i myndighedsenhederne skal have redskaber til "
        "mangfoldig rekruttering.",
        "Forvaltningen vil i samarbejde med professionshøjskolerne arbejde for, at flere "
        "studerende med anden etnisk baggrund vælger praktik i forvaltningens tilbud, og at "
        "de bliver fastholdt efter endt uddannelse.",
    ]
    later = [
        P("Der skal arbejdes målrettet med at placere integrationsstillingerne i enheder, hvor "
          "en medarbejder med anden etnisk baggrund kan medvirke til yderligere rekruttering "
          "og fastholdelse. Forud herfor er det nødvendigt at afdække, hvor forvaltningens "
          "arbejdspladser ikke lever op til målene."),
        P("Økonomi", "bold"),
        P("Handleplanen gennemføres inden for forvaltningens eksisterende budget."),
    ]
    letter(path, side, "14-09-2011", "Til Socialudvalget",
           "Bilag 4. Socialforvaltningens handleplan for ligebehandling og integration "
           "2012-2015", before, "Mål vedrørende integrationsindsatsen:", header,
           [row1, row2], True, after, [PageBreak()] + later)
    inis = [
        initiative(row1[0], targets=[
            T("goal", 2012, 14, "percent", None, row1[0], True),
            T("requirement", 2012, 13.5, "percent", None, "13,5 pct.", True),
            T("requirement", 2011, 13, "percent", None, "13 pct.", True),
            T("result", 2010, 12.1, "percent", None, "12,1 pct.", True)]),
        initiative(row2[0], targets=[
            T("goal", 2012, 150, "count", "at_least", row2[0], True),
            T("requirement", 2012, 140, "count", None, "140 studerende", True),
            T("requirement", 2011, 125, "count", None, "125 studerende", True),
            T("result", 2010, 118, "count", None, "118 studerende", True)]),
    ]
    return {
        "family": "handleplan letter (seed 004): letterhead side column beside the body, "
                  "ruled results table Mål | Resultatkrav | Resultatkrav | Resultat",
        "document": document("Socialforvaltningens handleplan for ligebehandling og "
                             "integration 2012-2015", "4", None, "Socialudvalget",
                             "Socialforvaltningen", "2011-09-14", "2011-51837", "2011-612094",
                             [2012, 2013, 2014, 2015]),
        "initiatives": inis,
        "budget": [],
        "side_column": side_strings,
    }


def eval04(path):
    side_strings = ["Sagsnr.", "2012-08815", "Dokumentnr.", "2012-101772", "Sagsbehandler",
                    "Ahmad Rasouli", "Center for Kultur og Idræt", "Islands Brygge 37",
                    "2300 København S", "3366 7521", "ar9q@kff.kk.dk", "5798009734521",
                    "www.kk.dk", "Telefon", "EAN nummer"]
    side = side_column("2012-08815", "2012-101772", "Ahmad Rasouli",
                       "Center for Kultur og Idræt", ("Islands Brygge 37,", "2. sal"),
                       "2300 København S", "3366 7521", "ar9q@kff.kk.dk", "5798009734521")
    header = ["Mål 2013", "Resultatkrav 2013", "Resultatkrav 2012", "Resultat 2011"]
    row1 = ["Andelen af foreningsaktive børn med anden etnisk baggrund end dansk skal være "
            "mindst 45 pct.", "43 pct.", "41 pct.", "38,5 pct."]
    row2 = ["Mindst 2.500 besøg i bibliotekernes lektiecaféer", "2.300 besøg", "2.000 besøg",
            "1.740 besøg"]
    before = [
        "Kultur- og Fritidsforvaltningen fremlægger hermed udvalgets handleplan for "
        "integration. Handleplanen bygger på erfaringerne fra de seneste to år, hvor "
        "idrætsforeninger og biblioteker har været de vigtigste samarbejdspartnere.",
        "Forvaltningen foreslår, at udvalget fastholder resultatmålene fra 2011 og hæver "
        "niveauet for 2013.",
    ]
    after = [
        "Resultaterne for 2011 viser fremgang på begge områder, men der er stadig langt "
        "færre piger end drenge med anden etnisk baggrund i foreningslivet.",
    ]
    later = [
        PageBreak(),
        P("Ad 1. Idrætspartnerskaber i udsatte boligområder", "h2"),
        P("Forvaltningen indgår partnerskaber med idrætsforeninger i fem udsatte "
          "boligområder om nye hold for børn og unge, med særligt fokus på piger. Der er "
          "afsat 1,8 mio. kr. årligt i 2012 og 2013 til trænerløn og haltid."),
        P("Derfor etableres følgende mål:"),
        P("- At 300 nye medlemmer med anden etnisk baggrund end dansk optages i de deltagende "
          "foreninger i 2013", "item"),
        Spacer(1, 6),
        P("Ad 2. Bibliotekernes lektiecaféer", "h2"),
        P("Lektiecaféerne på ni biblioteker tilbyder hjælp til skolearbejdet fire dage om "
          "ugen. Bibliotekerne brugte i 2011 ca. 450.000 kr. på lektiecaféerne, heraf "
          "størstedelen til honorarer for frivillige koordinatorer."),
        P("Økonomi", "bold"),
        P("Handleplanen finansieres inden for udvalgets eksisterende budget."),
    ]
    letter(path, side, "7. februar 2012", "Til Kultur- og Fritidsudvalget",
           "Bilag 2. Kultur- og Fritidsudvalgets handleplan for integration 2012-2013",
           before, "Resultatmål for integrationsindsatsen:", header, [row1, row2], False,
           after, later)
    inis = [
        initiative(row1[0], targets=[
            T("goal", 2013, 45, "percent", "at_least", row1[0], True),
            T("requirement", 2013, 43, "percent", None, "43 pct.", True),
            T("requirement", 2012, 41, "percent", None, "41 pct.", True),
            T("result", 2011, 38.5, "percent", None, "38,5 pct.", True)]),
        initiative(row2[0], targets=[
            T("goal", 2013, 2500, "count", "at_least", row2[0], True),
            T("requirement", 2013, 2300, "count", None, "2.300 besøg", True),
            T("requirement", 2012, 2000, "count", None, "2.000 besøg", True),
            T("result", 2011, 1740, "count", None, "1.740 besøg", True)]),
        initiative("Idrætspartnerskaber i udsatte boligområder", "1",
                   amounts=[A(1800000, 2012, True), A(1800000, 2013, True)],
                   targets=[T("goal", 2013, 300, "count", None,
                              "At 300 nye medlemmer med anden etnisk baggrund end dansk "
                              "optages i de deltagende foreninger i 2013")]),
        initiative("Bibliotekernes lektiecaféer", "2",
                   amounts=[A(450000, 2011, False, True)]),
    ]
    return {
        "family": "handleplan letter (seed 004) + prose (seed 002): side column, borderless "
                  "results table, 'Ad N.' sections with amounts and a goal list",
        "document": document("Kultur- og Fritidsudvalgets handleplan for integration "
                             "2012-2013", "2", None, "Kultur- og Fritidsudvalget",
                             "Kultur- og Fritidsforvaltningen", "2012-02-07", "2012-08815",
                             "2012-101772", [2012, 2013]),
        "initiatives": inis,
        "budget": [],
        "side_column": side_strings,
    }


# --------------------------------------------------------------------------- eval05
# (c) status table Indsatser | Succeskriterier | Status, a row continued on the next page.

def eval05(path):
    SC = "success_criterion"
    part1 = [
        dict(name="Ligebehandling i praksis",
             desc="Indsats med fokus på ligebehandling af borgerne i Beskæftigelses- og "
                  "Integrationsforvaltningens jobcentre og borgerservice.",
             criteria=["Kursusforløb for 120 medarbejdere i jobcentrene.",
                       "75 pct. af deltagerne vurderer, at kurset har styrket deres "
                       "kompetencer."],
             status=["Der er gennemført fire kursusforløb med i alt 96 deltagere. Evalueringen "
                     "viser, at 81 pct. af deltagerne har fået nye redskaber."],
             targets=[T(SC, None, 120, "count", None,
                        "Kursusforløb for 120 medarbejdere i jobcentrene."),
                      T(SC, None, 75, "percent", None,
                        "75 pct. af deltagerne vurderer, at kurset har styrket deres "
                        "kompetencer.")]),
        dict(name="Netværk for minoritetsforeninger",
             desc="Et netværk, hvor foreninger kan udveksle erfaringer og få rådgivning om "
                  "fundraising.",
             criteria=["4 netværksmøder om året",
                       "Mindst 25 foreninger deltager i netværket"],
             status=["Der har været holdt tre netværksmøder, og 22 foreninger deltager. Det "
                     "fjerde møde holdes i december."],
             targets=[T(SC, None, 4, "count", None, "4 netværksmøder om året"),
                      T(SC, None, 25, "count", "at_least",
                        "Mindst 25 foreninger deltager i netværket")]),
        dict(name="Mentorordning for udsatte unge",
             desc="Unge ledige med anden etnisk baggrund end dansk får en frivillig mentor "
                  "fra erhvervslivet, som hjælper med netværk, ansøgninger og de første "
                  "måneder i job eller uddannelse.",
             criteria=["60 unge tilknyttes en mentor i 2014",
                       "Min. 50 % af de unge er i job eller uddannelse efter et år"],
             status=["Der er rekrutteret 48 mentorer fra 31 virksomheder, og 52 unge er "
                     "tilknyttet en mentor. Matchningen sker på et fælles arrangement, hvor "
                     "unge og mentorer mødes i mindre grupper og selv vælger hinanden.",
                     "De første forløb er afsluttet i september. Af de 19 unge, der har "
                     "afsluttet et forløb, er 11 i job og 4 i uddannelse. Fire unge er "
                     "stoppet før tid, primært på grund af flytning eller sygdom.",
                     "Mentorerne får et kort introduktionskursus og kan søge sparring hos "
                     "projektets koordinator. Der er holdt to netværksaftener for mentorerne, "
                     "hvor erfaringer fra forløbene er drøftet."]),
    ]
    cont = dict(criteria=["Mindst 40 virksomheder stiller praktikpladser til rådighed"],
                status=["Samarbejdet med virksomhederne er udvidet, og 34 virksomheder har "
                        "indtil videre tilbudt praktik. Endelig opgørelse foreligger i "
                        "januar 2015."])
    t3 = [T(SC, 2014, 60, "count", None, "60 unge tilknyttes en mentor i 2014"),
          T(SC, None, 50, "percent", "at_least",
            "Min. 50 % af de unge er i job eller uddannelse efter et år"),
          T(SC, None, 40, "count", "at_least",
            "Mindst 40 virksomheder stiller praktikpladser til rådighed")]
    part2 = [
        dict(name="Netværk for etniske erhvervsdrivende",
             desc="Rådgivning og netværk for selvstændige med anden etnisk baggrund end dansk.",
             criteria=["30 virksomheder deltager i netværket",
                       "1.500 rådgivningssamtaler i løbet af året"],
             status=["Netværket har 27 medlemsvirksomheder. Der er gennemført 1.320 "
                     "rådgivningssamtaler."],
             targets=[T(SC, None, 30, "count", None, "30 virksomheder deltager i netværket"),
                      T(SC, None, 1500, "count", None,
                        "1.500 rådgivningssamtaler i løbet af året")]),
        dict(name="Kulturmøder i lokalområderne",
             desc="Arrangementer, hvor beboere med forskellig baggrund mødes om mad, musik og "
                  "fortællinger.",
             criteria=["Der afholdes 10 arrangementer",
                       "70 pct. af deltagerne er tilfredse med arrangementet"],
             status=["Der er afholdt otte arrangementer med i alt ca. 1.900 deltagere. Der er "
                     "brugt 180.000 kr. af puljen."],
             amounts=[A(180000)],
             targets=[T(SC, None, 10, "count", None, "Der afholdes 10 arrangementer"),
                      T(SC, None, 70, "percent", None,
                        "70 pct. af deltagerne er tilfredse med arrangementet")]),
    ]

    widths = [7.2 * cm, 7.6 * cm, 10.9 * cm]

    def rows_of(items):
        out = []
        for r in items:
            status = Paragraph("<br/><br/>".join(escape(s) for s in r["status"]), ST["cell"])
            crit = cell(r["criteria"])
            first = name_cell(r["name"], r.get("desc")) if "name" in r else ""
            out.append([first, crit, status])
        return out

    def table(title_row, items, header=True):
        data = []
        style = list(GRID.getCommands())
        if title_row:
            data.append([Paragraph("<b>%s</b>" % escape(title_row), ST["cell"]), "", ""])
            style.append(("SPAN", (0, 0), (-1, 0)))
        if header:
            data.append([cell(h, "cellb") for h in ("Indsatser", "Succeskriterier", "Status")])
        data += rows_of(items)
        t = Table(data, colWidths=widths)
        t.setStyle(TableStyle(style))
        return t

    story = [table("Statusrapport for Sammen i København 2014 LIGE MULIGHEDER", part1),
             PageBreak(),
             table(None, [cont], header=False),
             Spacer(1, 14),
             table("Handleplan 2014: INKLUSION OG FÆLLESSKAB", part2)]
    build(path, story, "Statusrapport", pagesize=landscape(A4))

    inis = [initiative(r["name"], None, "LIGE MULIGHEDER", r.get("amounts", []),
                       r.get("targets", t3)) for r in part1]
    inis += [initiative(r["name"], None, "INKLUSION OG FÆLLESSKAB", r.get("amounts", []),
                        r["targets"]) for r in part2]
    return {
        "family": "statusrapport (seed 003): ruled landscape table Indsatser | "
                  "Succeskriterier | Status; the third row continues on page 2 with an empty "
                  "first cell (one more criterion there); themes in capitals",
        "document": document("Statusrapport for Sammen i København 2014", None,
                             "statusrapport", None,
                             "Beskæftigelses- og Integrationsforvaltningen", years=[2014]),
        "initiatives": inis,
        "budget": [],
    }


# --------------------------------------------------------------------------- eval06
# (d) borderless budget tables: (i 1.000 kr.) above the table, notes, subtotal and total
# rows, and a second table in mio. kr.

def eval06(path):
    story = [
        P("Bilag 5: Økonomisk oversigt over Økonomiudvalgets integrationsindsats 2013-2015",
          "title"),
        P("Økonomiforvaltningen har på udvalgets vegne samlet de bevillinger, der i "
          "budgetperioden går til integrationsindsatser under udvalget. Oversigten omfatter "
          "både varige bevillinger og midler fra puljer, hvor beløbene for de kommende år "
          "endnu ikke er endeligt fastlagt."),
        Spacer(1, 6),
        P("Tabel 1. Integrationsindsatser fordelt på år (i 1.000 kr.)", "bold"),
    ]
    header = ["Indsats", "2013", "2014", "2015", "I alt"]
    rows = [
        ["Virksomhedsrettet aktivering", "3.250", "3.400", "3.400", "10.050"],
        ["Jobcenterets mentorkorps", "1.120", "1.120", "(Se note 1)", "2.240"],
        ["Danskuddannelse med praktik", "2.600", "2.000", "1.500", "6.100"],
        ["Brobygning til uddannelse (Se note 2)", "800", "950", "", "1.750"],
        ["Integrationsindsatser – samlet beløb", "7.770", "7.470", "4.900", "20.140"],
        ["Boligsocial jobindsats (Se note 3)", "", "", "", "5.000"],
        ["I alt", "", "", "", "25.140"],
    ]
    story.append(budget_table(header, rows, [200, 62, 62, 72, 72], ruled=False))
    story.append(Spacer(1, 6))
    story += [
        P("1) Finansieringen fra 2015 afklares ved budgetforhandlingerne.", "note"),
        P("2) Indsatsen udføres i samarbejde med Børne- og Ungdomsforvaltningen.", "note"),
        P("3) Pulje fra Ministeriet for By, Bolig og Landdistrikter; fordelingen på år er "
          "endnu ikke fastlagt.", "note"),
        Spacer(1, 14),
        P("Tabel 2. Projektsamarbejder (mio. kr.)", "bold"),
    ]
    rows2 = [
        ["EU-projekt Nye veje til job", "1,5", "2,0", "3,5"],
        ["Partnerskab med Region Hovedstaden", "0,8", "0,8", "1,6"],
        ["I alt", "2,3", "2,8", "5,1"],
    ]
    story.append(budget_table(["Projekt", "2013", "2014", "I alt"], rows2,
                              [200, 62, 62, 72], ruled=False))
    story.append(Spacer(1, 10))
    story.append(P("Beløbene i tabel 2 er udgifter, der afholdes af projektpartnerne i "
                   "fællesskab. Kommunens andel indgår i tabel 1."))
    build(path, story, "Bilag 5")
    budget = [
        B("Virksomhedsrettet aktivering", 2013, 3250000),
        B("Virksomhedsrettet aktivering", 2014, 3400000),
        B("Virksomhedsrettet aktivering", 2015, 3400000),
        B("Virksomhedsrettet aktivering", None, 10050000, True),
        B("Jobcenterets mentorkorps", 2013, 1120000),
        B("Jobcenterets mentorkorps", 2014, 1120000),
        B("Jobcenterets mentorkorps", 2015, None, note="1"),
        B("Jobcenterets mentorkorps", None, 2240000, True),
        B("Danskuddannelse med praktik", 2013, 2600000),
        B("Danskuddannelse med praktik", 2014, 2000000),
        B("Danskuddannelse med praktik", 2015, 1500000),
        B("Danskuddannelse med praktik", None, 6100000, True),
        B("Brobygning til uddannelse", 2013, 800000, note="2"),
        B("Brobygning til uddannelse", 2014, 950000, note="2"),
        B("Brobygning til uddannelse", None, 1750000, True, note="2"),
        B("Integrationsindsatser – samlet beløb", 2013, 7770000),
        B("Integrationsindsatser – samlet beløb", 2014, 7470000),
        B("Integrationsindsatser – samlet beløb", 2015, 4900000),
        B("Integrationsindsatser – samlet beløb", None, 20140000, True),
        B("Boligsocial jobindsats", None, 5000000, True, note="3"),
        B("I alt", None, 25140000, True),
        B("EU-projekt Nye veje til job", 2013, 1500000),
        B("EU-projekt Nye veje til job", 2014, 2000000),
        B("EU-projekt Nye veje til job", None, 3500000, True),
        B("Partnerskab med Region Hovedstaden", 2013, 800000),
        B("Partnerskab med Region Hovedstaden", 2014, 800000),
        B("Partnerskab med Region Hovedstaden", None, 1600000, True),
        B("I alt", 2013, 2300000),
        B("I alt", 2014, 2800000),
        B("I alt", None, 5100000, True),
    ]
    return {
        "family": "budget overview (seed 001, Ad 2): borderless tables, unit in the line "
                  "above ('(i 1.000 kr.)', 'mio. kr.'), notes in cells and item names, "
                  "subtotal and total rows",
        "document": document("Økonomisk oversigt over Økonomiudvalgets integrationsindsats "
                             "2013-2015", "5", None, "Økonomiudvalget", "Økonomiforvaltningen",
                             years=[2013, 2014, 2015]),
        "initiatives": [],
        "budget": budget,
    }


# --------------------------------------------------------------------------- eval07
# (e) results and targets, 5 ruled columns, theme rows, amounts in the name cell.

def eval07(path):
    H = True
    rows = [
        dict(cells=[("Grønne job til ledige indvandrere",
                     "I forbindelse med budgetforliget for 2010 blev der afsat 1,5 mio. kr. "
                     "årligt for 2010, 2011 og 2012 til et jobprojekt i forvaltningens "
                     "driftsafdelinger."),
                    "40 ledige indvandrere er i ordinær beskæftigelse efter endt forløb",
                    "35 personer i job", "25 personer i job", "Ingen"],
             amounts=[A(1500000, 2010, True), A(1500000, 2011, True), A(1500000, 2012, True)],
             targets=[T("goal", 2012, 40, "count", None, None, H),
                      T("requirement", 2012, 35, "count", None, None, H),
                      T("requirement", 2011, 25, "count", None, None, H)]),
        dict(theme="Alsidig beboersammensætning"),
        dict(cells=[("Byfornyelse i Sydhavnen",
                     "Kvarterløftet skal gøre området mere attraktivt for nye beboergrupper. "
                     "Det samlede budget er ca. 18 mio. kr."),
                    "3 fysiske projekter er gennemført i kvarteret",
                    "Helhedsplanen er vedtaget",
                    "Borgerinddragelse med mindst 200 deltagere",
                    "140 deltagere i borgermøder"],
             amounts=[A(18000000, None, False, True)],
             targets=[T("goal", 2012, 3, "count", None, None, H),
                      T("requirement", 2012, None, None, None, None, H),
                      T("requirement", 2011, 200, "count", "at_least", None, H),
                      T("result", 2010, 140, "count", None, None, H)]),
        dict(cells=[("Flere ejerboliger i almene bebyggelser",
                     "Målet er at opføre nye ejer- og andelsboliger i tilknytning til "
                     "eksisterende almene bebyggelser for derved at bidrage til en mere "
                     "alsidig beboersammensætning."),
                    "Andelen af ejer- og andelsboliger i de udvalgte områder øges til 15 %",
                    "12 %", "Ingen", "9,6 %"],
             targets=[T("goal", 2012, 15, "percent", None, None, H),
                      T("requirement", 2012, 12, "percent", None, None, H),
                      T("result", 2010, 9.6, "percent", None, None, H)]),
        dict(theme="Interne projekter i Teknik- og Miljøforvaltningen"),
        dict(cells=[("Mangfoldig rekruttering",
                     "Stillingsopslag skal nå flere ansøgere med anden etnisk baggrund end "
                     "dansk, blandt andet gennem jobbanker og netværk."),
                    "Fremgang i andelen af ansøgere med anden etnisk oprindelse end dansk til "
                    "12 %", "10 % af ansøgerne", "8 % af ansøgerne", "6,9 % af ansøgerne*"],
             targets=[T("goal", 2012, 12, "percent", None, None, H),
                      T("requirement", 2012, 10, "percent", None, None, H),
                      T("requirement", 2011, 8, "percent", None, None, H),
                      T("result", 2010, 6.9, "percent", None, None, H)]),
        dict(cells=[("Lederkursus om mangfoldighed",
                     "Kursus for ledere om rekruttering og fastholdelse af medarbejdere med "
                     "anden etnisk baggrund end dansk."),
                    "Alle ledere har gennemført kurset", "60 ledere", "40 ledere",
                    "22 ledere"],
             targets=[T("goal", 2012, None, None, None, None, H),
                      T("requirement", 2012, 60, "count", None, None, H),
                      T("requirement", 2011, 40, "count", None, None, H),
                      T("result", 2010, 22, "count", None, None, H)]),
    ]
    header = ["", "Mål 2012", "Resultatkrav 2012", "Resultatkrav 2011", "Resultat 2010"]
    story = [
        P("Resultater og mål for integrationsindsatsen på teknik- og miljøområdet 2010-2012",
          "title"),
        P("Teknik- og Miljøforvaltningen", "sub"),
        results_table(header, rows, [8.2 * cm, 5.2 * cm, 4.2 * cm, 4.2 * cm, 3.9 * cm],
                      ruled=True, first_is_name_cell=True),
        Spacer(1, 8),
        P("*Tallet er skønnet på baggrund af forvaltningens ansøgningssystem.", "note"),
    ]
    build(path, story, "Resultater og mål", pagesize=landscape(A4))
    inis = []
    theme = None
    for r in rows:
        if "theme" in r:
            theme = r["theme"]
            continue
        inis.append(initiative(r["cells"][0][0], None, theme, r.get("amounts", []),
                               r["targets"]))
    return {
        "family": "results and targets (seed 000): ruled landscape table, unlabelled name "
                  "column | Mål 2012 | Resultatkrav 2012 | Resultatkrav 2011 | Resultat 2010, "
                  "theme rows, amounts in the description",
        "document": document("Resultater og mål for integrationsindsatsen på teknik- og "
                             "miljøområdet 2010-2012", None, "resultatmaal", None,
                             "Teknik- og Miljøforvaltningen", years=[2010, 2011, 2012]),
        "initiatives": inis,
        "budget": [],
    }


# --------------------------------------------------------------------------- eval08
# (e) a borderless results table with a named first column.

def eval08(path):
    H = True
    rows = [
        dict(cells=["Modersmålsundervisning",
                    "Mindst 1.200 elever modtager modersmålsundervisning", "1.100 elever",
                    "1.046 elever"],
             targets=[T("goal", 2009, 1200, "count", "at_least", None, H),
                      T("requirement", 2009, 1100, "count", None, None, H),
                      T("result", 2008, 1046, "count", None, None, H)]),
        dict(cells=["Klubtilbud for piger",
                    "Andelen af piger med anden etnisk baggrund i klubberne skal være 35 pct.",
                    "32 pct.", "29,4 pct."],
             targets=[T("goal", 2009, 35, "percent", None, None, H),
                      T("requirement", 2009, 32, "percent", None, None, H),
                      T("result", 2008, 29.4, "percent", None, None, H)]),
        dict(cells=["Uddannelsesvejledning",
                    "95 % af eleverne i 9. klasse har en uddannelsesplan", "Ingen", "91 %"],
             targets=[T("goal", 2009, 95, "percent", None, None, H),
                      T("result", 2008, 91, "percent", None, None, H)]),
        dict(cells=["Forældre i skolebestyrelser",
                    "Forældre med anden etnisk baggrund er repræsenteret i alle "
                    "skolebestyrelser", "-", "-"],
             targets=[T("goal", 2009, None, None, None, None, H)]),
    ]
    story = [
        P("Resultatmål for integrationsindsatsen i skoler og klubber 2009", "title"),
        P("Børne- og Ungdomsforvaltningen", "sub"),
        P("Børne- og Ungdomsudvalget har vedtaget nedenstående resultatmål for "
          "integrationsindsatsen. Resultaterne for 2008 er opgjort på baggrund af skolernes "
          "indberetninger og forvaltningens klubstatistik."),
        Spacer(1, 6),
        results_table(["Indsats", "Mål 2009", "Resultatkrav 2009", "Resultat 2008"], rows,
                      [4.8 * cm, 5.6 * cm, 3.2 * cm, 3.4 * cm], ruled=False,
                      first_is_name_cell=False),
        Spacer(1, 10),
        P("Resultatkravene for 2010 fastlægges, når resultaterne for 2009 foreligger."),
    ]
    build(path, story, "Resultatmål 2009")
    inis = [initiative(r["cells"][0], None, None, [], r["targets"]) for r in rows]
    return {
        "family": "results and targets (seed 000/004): borderless table Indsats | Mål 2009 | "
                  "Resultatkrav 2009 | Resultat 2008, 'Ingen' and '-' cells",
        "document": document("Resultatmål for integrationsindsatsen i skoler og klubber 2009",
                             None, "resultatmaal", "Børne- og Ungdomsudvalget",
                             "Børne- og Ungdomsforvaltningen", years=[2009]),
        "initiatives": inis,
        "budget": [],
    }


# --------------------------------------------------------------------------- eval09
# (f) handleplan prose (seed 002) with amounts in sentences and goal lists.

def eval09(path):
    story = [
        P("Teknik- og Miljøudvalgets handleplan for integration 2012-2015", "title"),
        P("Teknik- og Miljøudvalgets handleplan vedrører primært byudvikling, de boligsociale "
          "indsatser og forvaltningen som arbejdsplads. De tværgående emner drøftes i "
          "forbindelse med den overordnede integrationspolitik."),
        P("Overordnet målsætning", "bold"),
        P("Det er den overordnede målsætning, at ingen dele af byen udvikler sig til udsatte "
          "boligområder. Målene tager afsæt i en baselinemåling fra 2011 og forventes "
          "indfriet ved udgangen af 2015."),
        P("Således foreslår Teknik- og Miljøforvaltningen, at hovedmålet for udvalgets "
          "handleplan er følgende resultatmål:"),
        P("- at antallet af udsatte boligområder i kommunen højst er 3 ved udgangen af 2015 "
          "(Seneste status viser 5 udsatte boligområder)", "item"),
        Spacer(1, 4),
        P("Følgende 4 underordnede mål præsenteres nedenfor: Tryghed i byrummet, Grønne "
          "pladser og fællesskaber, Blandede boligformer og forvaltningen som arbejdsplads."),
        P("Ad. 1 Tryghed i byrummet", "bold"),
        P("Mange beboere i de udsatte områder oplever stier, tunneler og pladser som utrygge "
          "om aftenen. Der er afsat 2,5 mio. kr. årligt for 2012, 2013 og 2014 til belysning "
          "og renovering af stiforløb."),
        P("Derfor etableres følgende mål:"),
        P("- At 80 procent af beboerne i de udvalgte områder oplever området som trygt ultimo "
          "2014", "item"),
        Spacer(1, 4),
        P("I dag er niveauet 64 procent. Andelen skal således stige med 16 procentpoint."),
        P("Ad. 2 Grønne pladser og fællesskaber", "bold"),
        P("Forvaltningen vil sammen med beboerne omdanne ubrugte arealer til "
          "nyttehaver og mødesteder. Ca. 200.000 kr. anvendes til lokale aktiviteter i 2013."),
        P("Konkrete aktiviteter:"),
        P("- Nyttehaver i tre boligområder", "item"),
        P("- Fælles plantedage med skoler og daginstitutioner", "item"),
        Spacer(1, 4),
        P("Ad. 3 Blandede boligformer", "bold"),
        P("En mere alsidig beboersammensætning kræver flere boligtyper i de almene "
          "områder. Byfornyelsesmidlerne til formålet udgør 12,5 mio. kr. i perioden."),
        P("Derfor etableres følgende mål:"),
        P("- Mindst 150 nye private boliger opføres i tilknytning til almene bebyggelser "
          "frem mod 2015", "item"),
        P("- Andelen af almene familieboliger i nye lokalplaner skal være mindst 25 pct.",
          "item"),
        Spacer(1, 4),
        P("Ad. 4 Teknik- og Miljøforvaltningen som arbejdsplads", "bold"),
        P("Forvaltningen ønsker at være en mangfoldig arbejdsplads. Ved udgangen af 2011 "
          "havde 7,9 % af de ansatte en ikke-vestlig baggrund."),
        P("Derfor etableres følgende mål:"),
        P("- Andelen af ansatte med ikke-vestlig baggrund skal stige med 2 procentpoint",
          "item"),
        Spacer(1, 4),
        P("Økonomi", "bold"),
        P("Handleplanen realiseres i det væsentlige inden for udvalgets eksisterende budget. "
          "Til aktiviteterne under delmål 2 søges yderligere 400.000 kr. fra "
          "Integrationsministeriets pulje."),
    ]
    build(path, story, "Handleplan")
    inis = [
        initiative("Overordnet målsætning", None, targets=[
            T("goal", 2015, 3, "count", "at_most",
              "at antallet af udsatte boligområder i kommunen højst er 3 ved udgangen af "
              "2015")]),
        initiative("Tryghed i byrummet", "1",
                   amounts=[A(2500000, 2012, True), A(2500000, 2013, True),
                            A(2500000, 2014, True)],
                   targets=[T("goal", 2014, 80, "percent", None,
                              "At 80 procent af beboerne i de udvalgte områder oplever "
                              "området som trygt ultimo 2014")]),
        initiative("Grønne pladser og fællesskaber", "2",
                   amounts=[A(200000, 2013, False, True), A(400000)]),
        initiative("Blandede boligformer", "3", amounts=[A(12500000)], targets=[
            T("goal", 2015, 150, "count", "at_least",
              "Mindst 150 nye private boliger opføres i tilknytning til almene bebyggelser "
              "frem mod 2015"),
            T("goal", None, 25, "percent", "at_least",
              "Andelen af almene familieboliger i nye lokalplaner skal være mindst 25 pct.")]),
        initiative("Teknik- og Miljøforvaltningen som arbejdsplads", "4", targets=[
            T("goal", None, 2, "percentage_points", None,
              "Andelen af ansatte med ikke-vestlig baggrund skal stige med 2 procentpoint")]),
    ]
    return {
        "family": "handleplan prose (seed 002): 'Ad. N' sections, goal lists after 'Derfor "
                  "etableres følgende mål:', amounts in sentences (årligt for three years, "
                  "ca.), an amount in the closing economy paragraph tied to delmål 2",
        "document": document("Teknik- og Miljøudvalgets handleplan for integration 2012-2015",
                             None, "handleplan", "Teknik- og Miljøudvalget",
                             "Teknik- og Miljøforvaltningen",
                             years=[2012, 2013, 2014, 2015]),
        "initiatives": inis,
        "budget": [],
    }


DOCUMENTS = [
    ("eval01_statusskema_buu", eval01),
    ("eval02_statusskema_suu", eval02),
    ("eval03_handleplan_social", eval03),
    ("eval04_handleplan_kultur", eval04),
    ("eval05_statusrapport", eval05),
    ("eval06_budget_oekonomi", eval06),
    ("eval07_resultater_tmf", eval07),
    ("eval08_resultater_buf", eval08),
    ("eval09_handleplan_tmu", eval09),
]


# --------------------------------------------------------------------------- scans

def run(cmd, env=None, quiet=False):
    try:
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL if quiet else None)
    except FileNotFoundError:
        sys.exit("make_eval_set: %s is not installed" % cmd[0])
    except subprocess.CalledProcessError as e:
        sys.exit("make_eval_set: %s failed with exit code %d" % (" ".join(cmd), e.returncode))


def page_count(pdf):
    out = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def scan_pages(pdf, tmp, seed):
    """Renders every page at 200 dpi grey, turns it by 0.5-1 degree (sign and size from the
    seed), adds light noise and writes a JPEG; returns the JPEG paths."""
    prefix = os.path.join(tmp, "raw")
    run(["pdftoppm", "-r", str(DPI), "-gray", "-png", pdf, prefix])
    raws = sorted(f for f in os.listdir(tmp) if f.startswith("raw") and f.endswith(".png"))
    out = []
    for i, raw in enumerate(raws):
        k = seed * 7 + i * 3
        angle = (0.5 + (k % 6) * 0.1) * (1 if (seed + i) % 2 == 0 else -1)
        jpeg = os.path.join(tmp, "page-%02d.jpg" % (i + 1))
        run(["convert", os.path.join(tmp, raw), "-seed", str(1000 + k), "-background", "white",
             "-rotate", "%.2f" % angle, "+repage", "-gravity", "center", "-extent",
             "%dx%d" % page_pixels(os.path.join(tmp, raw)), "-attenuate", "0.25", "+noise",
             "Gaussian", "-blur", "0x0.5", "-colorspace", "Gray", "-depth", "8", "-quality",
             "50", "-sampling-factor", "1x1", "-strip", "-units", "PixelsPerInch",
             "-density", str(DPI), jpeg])
        out.append(jpeg)
    return out


_sizes = {}


def page_pixels(png):
    if png not in _sizes:
        w, h = subprocess.run(["identify", "-format", "%w %h", png], check=True,
                              capture_output=True, text=True).stdout.split()
        _sizes[png] = (int(w), int(h))
    return _sizes[png]


def make_scan(jpegs, path):
    # The internal engine, not pikepdf: pikepdf writes a random /ID.
    run(["img2pdf", "--engine", "internal", "--nodate", "-o", path] + jpegs)


def make_engocr(jpegs, path, tmp):
    """`tesseract IMG out -l eng pdf` over the scan's pages, as one PDF."""
    listing = os.path.join(tmp, "pages.txt")
    with open(listing, "w") as f:
        f.write("\n".join(jpegs) + "\n")
    base = os.path.join(tmp, "engocr")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    run(["tesseract", listing, base, "-l", "eng", "--dpi", str(DPI), "pdf"], env=env,
        quiet=True)
    with open(base + ".pdf", "rb") as f:
        data = f.read()
    # Tesseract stamps the time of the run; pin it (same length, so offsets stay right).
    data = re.sub(rb"\(D:\d{14}", b"(D:20000101000000", data)
    with open(path, "wb") as f:
        f.write(data)


def main():
    global ST
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", default=DEFAULT_OUT,
                        help="where the documents go (default: tests/eval)")
    parser.add_argument("--only", action="append", metavar="NAME",
                        help="only this document (repeatable)")
    parser.add_argument("--no-scans", action="store_true",
                        help="only the text-layer PDFs and truth files")
    args = parser.parse_args()
    for tool in ("pdftoppm", "pdfinfo", "convert", "identify", "img2pdf", "tesseract"):
        if shutil.which(tool) is None:
            sys.exit("make_eval_set: %s is not installed" % tool)
    register_fonts()
    ST = make_styles()
    os.makedirs(args.out_dir, exist_ok=True)

    for seed, (name, make) in enumerate(DOCUMENTS, start=1):
        if args.only and name not in args.only:
            continue
        pdf = os.path.join(args.out_dir, name + ".pdf")
        truth = make(pdf)
        truth = dict({"name": name, "pages": page_count(pdf)}, **truth)
        truth.setdefault("side_column", [])
        with open(os.path.join(args.out_dir, name + ".truth.json"), "w",
                  encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        if args.no_scans:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            jpegs = scan_pages(pdf, tmp, seed)
            make_scan(jpegs, os.path.join(args.out_dir, name + ".scan.pdf"))
            make_engocr(jpegs, os.path.join(args.out_dir, name + ".engocr.pdf"), tmp)
        print(name, truth["pages"], "pages")


if __name__ == "__main__":
    main()
