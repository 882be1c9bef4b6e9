#!/usr/bin/python3
"""Generates the table fixtures that tests/layout/tables_test.cpp reads: one document per
way a table keeps its rows and columns, with the tables it holds written out as truth.

Run with Debian's /usr/bin/python3 (it has python3-reportlab):

    /usr/bin/python3 scripts/make_table_fixtures.py     # writes tests/fixtures/tables/

For each NAME it writes NAME.pdf (reportlab), NAME.scan.pdf (every page at 200 dpi grey,
turned by half a degree, light noise, JPEG; fixture_pdf.make_scan, as for the layout
fixtures), NAME.txt (`pdftotext -layout NAME.pdf`) and NAME.truth.json: every table in
reading order with its column count, each column's full header text and every row's
cells (text, first column, colspan), the header rows marked, a header repeated on a later
page marked `repeated` (and not `header`), a group row across the table marked `group` (text without
typography cannot show that it spans), a title row across the top of a ruled table marked
`title` (text laid out with spaces sets it above the table).

    two_row_header   results table under a two-row header: "Mål 2015" over both rows, a
                     spanning "Resultatkrav" over "2013 | 2014" and "Resultat" over
                     "2011 | 2012"; horizontal rules only; group rows; name cells of a
                     bold name over a description of many lines; an empty cell
    grid_status      ruled status table whose header row is shaded; group rows in
                     capitals across the table; cells that wrap over many lines with
                     capitals inside them; a row continued on page 2 without a header
    narrow_columns   results table whose year columns are too narrow for "Resultatkrav":
                     the word breaks without a hyphen, as word processors break it; a bold
                     name that its description follows on the same line
    dark_shading     grid_status with a darker header band (70 % grey) and group rows
                     (80 %): the rules beside a band separate it from the rows
    captions         landscape ruled tables under a caption row across the table
                     ("Handleplan 2016: ..."); caption and header repeated on page 2
                     above the rest of a row; a second table below
    figures          borderless statistics table with rules above and below the header
                     and at the bottom only: seven columns, two spanning headers,
                     right-aligned figures of every width, empty cells, a column empty
                     but for one note, a row of dashes, a wrapped item name, a bold total
                     row; rows set at the leading
    typewriter       whitespace-only table in a monospaced font: header cells on two
                     lines ("Resultatkrav" / "2006"), group rows in capitals
    keyvalue_break   borderless key/value tables (label | value) under captions, the
                     second one broken across the page between two of its rows
    header_ends_page two_row_header's table set so low that only its header and first
                     group row end page 1; the rows go on on page 2 without the header
    statistics       government statistics: nine columns of figures (spaces as thousands
                     separators, "..", "-") under a two-level header, indented names, rules
                     around the header only; the same table as a grid; a first column that
                     spans rows (empty below its first)

Output is deterministic (reportlab's invariant mode, fixed scan seeds, img2pdf without
dates). The fixtures are committed, so the tests need none of these tools; rerun this
script after changing it and commit the result. Needs pdftotext and pdftoppm
(poppler-utils), convert and identify (imagemagick) and img2pdf.
"""

import argparse
import json
import os
import tempfile
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, Spacer

from fixture_pdf import (BOLD, MONO, MONO_BOLD, REGULAR, REPO, make_scan, require_tools, run,
                         table)
import fixture_pdf

AUTHOR = "bilag table fixtures"
DEFAULT_OUT = os.path.join(REPO, "tests", "fixtures", "tables")

HEAD_BG = colors.Color(0.85, 0.85, 0.85)
GROUP_BG = colors.Color(0.93, 0.93, 0.93)
PAD = [("VALIGN", (0, 0), (-1, -1), "TOP"),
       ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
       ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]


def styles(font=REGULAR, bold=BOLD, size=9):
    cell = ParagraphStyle("cell", fontName=font, fontSize=size, leading=size * 1.25)
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=14, leading=18, spaceAfter=10),
        "body": ParagraphStyle("body", fontName=font, fontSize=10, leading=13, spaceAfter=8),
        "cell": cell,
        "bold": ParagraphStyle("cellb", parent=cell, fontName=bold),
        "centre": ParagraphStyle("cellc", parent=cell, fontName=bold, alignment=TA_CENTER),
        "num": ParagraphStyle("num", parent=cell, alignment=TA_RIGHT),
        "numb": ParagraphStyle("numb", parent=cell, fontName=bold, alignment=TA_RIGHT),
    }


def para(text, style):
    return Paragraph(escape(text), style)


def lines_of(text, style):
    """A cell of several paragraphs (a list: one '- item' paragraph each)."""
    if isinstance(text, (list, tuple)):
        return [para("- " + t, style) for t in text]
    return para(text, style)


def flat(text):
    """A cell's text as the tables read it back: its lines joined by spaces."""
    if isinstance(text, (list, tuple)):
        return " ".join("- " + t for t in text)
    return text


def truth_cell(text, column, colspan=1):
    return {"text": flat(text), "column": column, "colspan": colspan}


def build(path, story, title, pagesize=A4, margins=2):
    fixture_pdf.build(path, story, title, AUTHOR, pagesize=pagesize, side=margins)


# --------------------------------------------------------------------------- two_row_header

TWO_ROW_GROUPS = [
    ("Beskæftigelse", [
        ("Jobcafé i Nordvest",
         "Ledige får hjælp til ansøgninger og jobsamtaler to dage om ugen. Caféen drives "
         "sammen med to boligselskaber og tre frivillige foreninger og har åbent hele året.",
         ["200 ledige har brugt caféen", "250 ledige har brugt caféen", "Ikke opgjort", "140"]),
        ("Virksomhedspraktik",
         "Korte praktikforløb i private virksomheder.",
         ["Mindst 60 forløb", "Mindst 80 forløb", "", "41 forløb"]),
    ]),
    ("Uddannelse", [
        ("Mentorer for elever på erhvervsskoler",
         "Frivillige mentorer følger eleverne gennem det første år på skolen. Indsatsen "
         "koster 1,2 mio. kr. om året.",
         ["Frafaldet er under 20 %", "Frafaldet er under 15 %", "31 %", "24 %"]),
    ]),
]


def two_row_header_table(st):
    """The results table under its two-row header, and its truth rows."""
    widths = [5.2 * cm, 3.3 * cm, 3.3 * cm, 2.5 * cm, 2.5 * cm]
    data = [[para("Mål 2015", st["bold"]), para("Resultatkrav", st["centre"]), "",
             para("Resultat", st["centre"]), ""],
            ["", para("2013", st["centre"]), para("2014", st["centre"]),
             para("2011", st["centre"]), para("2012", st["centre"])]]
    style = PAD + [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)),
                   ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
                   ("LINEBELOW", (1, 0), (2, 0), 0.4, colors.black),
                   ("LINEBELOW", (3, 0), (4, 0), 0.4, colors.black),
                   ("LINEBELOW", (0, 1), (-1, 1), 1.0, colors.black)]
    rows = [{"header": True, "cells": [truth_cell("Mål 2015", 0), truth_cell("Resultatkrav", 1, 2),
                                       truth_cell("Resultat", 3, 2)]},
            {"header": True, "cells": [truth_cell("", 0), truth_cell("2013", 1),
                                       truth_cell("2014", 2), truth_cell("2011", 3),
                                       truth_cell("2012", 4)]}]
    for theme, members in TWO_ROW_GROUPS:
        data.append([para(theme, st["bold"]), "", "", "", ""])
        style.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        rows.append({"group": True, "cells": [truth_cell(theme, 0, 5)]})
        for name, desc, cells in members:
            data.append([[para(name, st["bold"]), para(desc, st["cell"])]] +
                        [para(c, st["cell"]) for c in cells])
            rows.append({"cells": [truth_cell(name + " " + desc, 0)] +
                         [truth_cell(c, i + 1) for i, c in enumerate(cells)]})
    style.append(("LINEBELOW", (0, 2), (-1, -1), 0.4, colors.black))
    return table(data, widths, style, align="LEFT"), rows


TWO_ROW_HEADERS = ["Mål 2015", "Resultatkrav 2013", "Resultatkrav 2014", "Resultat 2011",
                   "Resultat 2012"]
TWO_ROW_TITLE = "Resultater og mål for integrationsindsatsen 2011-2015"
TWO_ROW_INTRO = ("Tabellen viser målene for 2015, resultatkravene for 2013 og 2014 og de "
                 "opnåede resultater i 2011 og 2012.")


def make_two_row_header(path):
    st = styles(size=8.5)
    t, rows = two_row_header_table(st)
    story = [para(TWO_ROW_TITLE, st["title"]), para(TWO_ROW_INTRO, st["body"]), t,
             Spacer(1, 10),
             para("Resultaterne for 2012 er opgjort pr. 1. december 2012.", st["body"])]
    build(path, story, "Resultater og mål")
    return [{"columns": 5, "headers": TWO_ROW_HEADERS, "rows": rows}]


def make_header_ends_page(path):
    """two_row_header's table pushed down until only its header and first group row fit
    on page 1: its rows go on at the top of page 2, the header not repeated."""
    st = styles(size=8.5)
    t, rows = two_row_header_table(st)
    story = [para(TWO_ROW_TITLE, st["title"]), para(TWO_ROW_INTRO, st["body"]),
             Spacer(1, 18.3 * cm), t]
    build(path, story, "Resultater og mål")
    return [{"columns": 5, "headers": TWO_ROW_HEADERS, "rows": rows}]


# --------------------------------------------------------------------------- narrow_columns

NARROW_HEADER = ["Mål 2016", "Resultat 2013", "Resultatkrav 2014", "Resultatkrav 2015"]
NARROW_ROWS = [
    ("Jobcafé i Nordvest", "Ledige får hjælp til ansøgninger to dage om ugen.",
     ["140 ledige", "Mindst 200 ledige", "Mindst 250 ledige"]),
    ("Skolementorer", "Frivillige følger eleverne det første år på erhvervsskolen.",
     ["31 pct.", "Frafaldet falder 2 procentpoint", "Frafaldet er under 20 pct."]),
]


def make_narrow_columns(path):
    """Year columns too narrow for "Resultatkrav": the cell breaks the word without a
    hyphen ("Resultatkr" / "av 2014"), as word processors do. The second row's bold name
    runs on into its description on the same line."""
    st = styles(size=9)
    widths = [6.0 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm]
    data = [[para(h, st["bold"]) for h in NARROW_HEADER]]
    rows = [{"header": True, "cells": [truth_cell(h, i) for i, h in enumerate(NARROW_HEADER)]}]
    for i, (name, desc, cells) in enumerate(NARROW_ROWS):
        # the second name runs on into its description in one paragraph
        first = ([para(name, st["bold"]), para(desc, st["cell"])] if i == 0 else
                 Paragraph("<b>%s</b> %s" % (escape(name), escape(desc)), st["cell"]))
        data.append([first] + [para(c, st["cell"]) for c in cells])
        rows.append({"cells": [truth_cell(name + " " + desc, 0)] +
                     [truth_cell(c, i + 1) for i, c in enumerate(cells)]})
    t = table(data, widths, [("GRID", (0, 0), (-1, -1), 0.6, colors.black)] + PAD,
              align="LEFT")
    story = [para("Resultater og mål for integrationsindsatsen 2013-2016", st["title"]), t]
    build(path, story, "Resultater og mål")
    return [{"columns": 4, "headers": NARROW_HEADER, "rows": rows}]


# --------------------------------------------------------------------------- grid_status

GRID_HEADER = ["Indsats", "Succeskriterium", "Status pr. 1. oktober 2016"]
GRID_ROWS = [
    ("TIDLIG INDSATS",),
    ("Sprogvejledere i vuggestuer",
     "Vejlederne besøger hver vuggestue en gang om måneden. Personalet lærer at bruge "
     "hverdagens situationer til sprog. Indsatsen er finansieret med 1,5 mio. kr. fra "
     "satspuljen i perioden 2015-2017.",
     ["80 pct. af personalet har deltaget", "Alle vuggestuer er besøgt"],
     "Der er gennemført 112 besøg. Tre vuggestuer mangler. De besøges i november."),
    ("Familiekurser",
     "Kurser for forældre om børns sprog.",
     ["150 familier deltager"],
     "132 familier har deltaget. Kurserne fortsætter i 2017."),
    ("SKOLE OG FRITID",),
    ("Lektiestøtte i klubberne",
     "Frivillige og pædagoger hjælper med lektier. Klubberne har udvidet åbningstiden, "
     "så eleverne kan komme efter skole hver dag. Der samarbejdes med skolerne om, hvilke "
     "elever der har mest brug for hjælpen. Erfaringerne samles i en guide til andre "
     "klubber.",
     ["300 elever bruger tilbuddet", "Mindst 90 pct. er tilfredse"],
     "Tilbuddet bruges af 280 elever. En undersøgelse i juni viste, at 93 pct. var "
     "tilfredse. Guiden udkommer i december."),
]
GRID_CONTINUED = (["Klubberne melder om færre konflikter"],
                  "Tre klubber har fået en ekstra medarbejder. Evalueringen foreligger i "
                  "marts 2017.")


def make_grid_status(path, head_bg=HEAD_BG, group_bg=GROUP_BG):
    st = styles(size=9)
    widths = [6.4 * cm, 5.0 * cm, 5.6 * cm]

    def row_cells(name, desc, crit, stat):
        first = [para(name, st["bold"]), para(desc, st["cell"])] if name else ""
        return [first, lines_of(crit, st["cell"]), para(stat, st["cell"])]

    data = [[para(h, st["bold"]) for h in GRID_HEADER]]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
             ("BACKGROUND", (0, 0), (-1, 0), head_bg)] + PAD
    rows = [{"header": True, "cells": [truth_cell(h, i) for i, h in enumerate(GRID_HEADER)]}]
    for r in GRID_ROWS:
        if len(r) == 1:
            data.append([para(r[0], st["bold"]), "", ""])
            ri = len(data) - 1
            style += [("SPAN", (0, ri), (-1, ri)), ("BACKGROUND", (0, ri), (-1, ri), group_bg)]
            rows.append({"group": True, "cells": [truth_cell(r[0], 0, 3)]})
            continue
        data.append(row_cells(*r))
        rows.append({"cells": [truth_cell(r[0] + " " + r[1], 0), truth_cell(r[2], 1),
                               truth_cell(r[3], 2)]})
    t = table(data, widths, style, align="LEFT")
    # The last row goes on at the top of page 2, its first cell empty.
    crit, stat = GRID_CONTINUED
    t2 = table([["", lines_of(crit, st["cell"]), para(stat, st["cell"])]], widths,
               [("GRID", (0, 0), (-1, -1), 0.6, colors.black)] + PAD, align="LEFT")
    last = rows[-1]["cells"]
    last[1]["text"] += " " + flat(crit)
    last[2]["text"] += " " + stat
    story = [para("Status på udvalgets integrationsindsats 2016", st["title"]),
             para("Nedenfor følger status for de indsatser, som udvalget besluttede i "
                  "forbindelse med budget 2016.", st["body"]),
             t, PageBreak(), t2, Spacer(1, 10),
             para("Næste status forelægges udvalget i foråret 2017.", st["body"])]
    build(path, story, "Status")
    return [{"columns": 3, "headers": GRID_HEADER, "rows": rows}]


# --------------------------------------------------------------------------- captions

CAPTION_HEADER = ["Indsatser", "Succeskriterier", "Status"]
CAPTION_TABLES = [
    ("Handleplan 2016: SPROG OG LÆRING", [
        ("Læsevenner", "Ældre elever læser med yngre elever to gange om ugen.",
         ["120 elever deltager", "Mindst 10 skoler er med"],
         "Der deltager 104 elever på ni skoler."),
        ("Bogstart", "Familier med små børn får bøger og besøg af en bibliotekar. Indsatsen "
                     "når især familier, der ikke selv kommer på biblioteket.",
         ["800 familier får besøg"],
         "Der er gennemført 640 besøg. Bibliotekerne melder, at mange familier siden er "
         "kommet på biblioteket. Flere familier har lånt bøger på deres eget sprog. "
         "Besøgene fortsætter i 2017 med samme antal bibliotekarer."),
    ], (["Halvdelen af familierne låner bøger inden for et år"],
        "Udlånet opgøres i januar 2017, når det første hold familier har haft kortet i et "
        "år.")),
    ("Handleplan 2016: KULTUR", [
        ("Kulturpas", "Unge får gratis adgang til museer og koncerter i et år.",
         ["500 unge får et kulturpas"], "Der er udleveret 410 pas."),
    ], None),
]


def make_captions(path):
    st = styles(size=9)
    widths = [8.0 * cm, 8.0 * cm, 8.7 * cm]

    def head():
        data = [[para(CAPTION_TABLES[0][0], st["bold"]), "", ""],
                [para(h, st["bold"]) for h in CAPTION_HEADER]]
        style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("SPAN", (0, 0), (-1, 0)),
                 ("BACKGROUND", (0, 0), (-1, 0), GROUP_BG),
                 ("BACKGROUND", (0, 1), (-1, 1), HEAD_BG)] + PAD
        return data, style

    def body(name, desc, crit, stat):
        return [[para(name, st["bold"]), para(desc, st["cell"])], lines_of(crit, st["cell"]),
                para(stat, st["cell"])]

    truth = []
    story = [para("Kultur- og Fritidsudvalgets statusrapport 2016", st["title"])]
    for number, (caption, members, continued) in enumerate(CAPTION_TABLES):
        data, style = head()
        data[0][0] = para(caption, st["bold"])
        rows = [{"title": True, "cells": [truth_cell(caption, 0, 3)]},
                {"header": True,
                 "cells": [truth_cell(h, i) for i, h in enumerate(CAPTION_HEADER)]}]
        for name, desc, crit, stat in members:
            data.append(body(name, desc, crit, stat))
            rows.append({"cells": [truth_cell(name + " " + desc, 0), truth_cell(crit, 1),
                                   truth_cell(stat, 2)]})
        t = table(data, widths, style, align="LEFT")
        story.append(t)
        if continued:
            crit, stat = continued
            story.append(PageBreak())
            data, style = head()
            data.append(["", lines_of(crit, st["cell"]), para(stat, st["cell"])])
            t = table(data, widths, style, align="LEFT")
            story.append(t)
            rows += [{"title": True, "repeated": True,
                      "cells": [truth_cell(caption, 0, 3)]},
                     {"repeated": True,
                      "cells": [truth_cell(h, i) for i, h in enumerate(CAPTION_HEADER)]}]
            # A row is where it starts: the rest after the repeated head
            # belongs to the last row of page 1.
            last = rows[-3]["cells"]
            last[1]["text"] += " " + flat(crit)
            last[2]["text"] += " " + stat
        story.append(Spacer(1, 14))
        truth.append({"columns": 3, "headers": CAPTION_HEADER, "rows": rows})
    build(path, story, "Statusrapport", pagesize=landscape(A4))
    return truth


# --------------------------------------------------------------------------- figures

FIGURE_HEADERS = ["Område", "Budget 2015", "Budget 2016", "Regnskab 2015", "Regnskab 2016",
                  "Afvigelse", "Note"]
FIGURE_ROWS = [
    ("Sprogcentre", "12.450", "12.800", "12.311", "", "-139", ""),
    ("Tilskud til foreninger og aftenskoler", "3.100", "3.250", "2.987", "", "-113", "1)"),
    ("Boligsociale indsatser", "815", "1.020", "815", "", "0", ""),
    ("Tolkebistand", "-", "-", "-", "-", "-", ""),
    ("Mentorordninger", "7", "95.400", "12", "", "5", ""),
]
FIGURE_TOTAL = ("I alt", "16.372", "112.470", "16.125", "", "-247", "")


def make_figures(path):
    st = styles(size=9)
    widths = [5.6 * cm, 1.8 * cm, 1.8 * cm, 2.0 * cm, 2.0 * cm, 1.9 * cm, 1.6 * cm]
    data = [[para("Område", st["bold"]), para("Budget", st["centre"]), "",
             para("Regnskab", st["centre"]), "", para("Afvigelse", st["numb"]),
             para("Note", st["bold"])],
            ["", para("2015", st["numb"]), para("2016", st["numb"]), para("2015", st["numb"]),
             para("2016", st["numb"]), "", ""]]
    rows = [{"header": True, "cells": [truth_cell("Område", 0), truth_cell("Budget", 1, 2),
                                       truth_cell("Regnskab", 3, 2), truth_cell("Afvigelse", 5),
                                       truth_cell("Note", 6)]},
            {"header": True, "cells": [truth_cell("", 0), truth_cell("2015", 1),
                                       truth_cell("2016", 2), truth_cell("2015", 3),
                                       truth_cell("2016", 4), truth_cell("", 5),
                                       truth_cell("", 6)]}]
    for row in FIGURE_ROWS + [FIGURE_TOTAL]:
        bold = row is FIGURE_TOTAL
        data.append([para(row[0], st["bold" if bold else "cell"])] +
                    [para(v, st["numb" if bold else "num"]) for v in row[1:6]] +
                    [para(row[6], st["cell"])])
        rows.append({"cells": [truth_cell(v, i) for i, v in enumerate(row)]})
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
             ("LEFTPADDING", (6, 0), (6, -1), 14),
             ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)),
             ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
             ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.black),
             ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black)]
    t = table(data, widths, style, align="LEFT")
    story = [para("Tabel 3. Udgifter til integration efter område (1.000 kr.)", st["title"]),
             t, Spacer(1, 8),
             para("1) Heraf 400.000 kr. til aftenskoler.", st["body"]),
             para("Kilde: Økonomiforvaltningen, regnskab 2015 og budget 2016.", st["body"])]
    build(path, story, "Tabel 3")
    return [{"columns": 7, "headers": FIGURE_HEADERS, "rows": rows}]


# --------------------------------------------------------------------------- typewriter

TYPEWRITER_HEADER = [("Mål", "2007"), ("Resultat", "2005"), ("Resultatkrav", "2006")]
TYPEWRITER_GROUPS = [
    ("SPORT OG MOTION", [
        ("Svømning for kvinder", "Hold med kvindelige trænere i tre haller.",
         ["260 kvinder", "Mindst 320 kvinder"]),
        ("Motion for ældre", "Gåhold i parkerne hver uge.", ["Ingen", "Mindst 8 gåhold"]),
    ]),
    ("BIBLIOTEKER", [
        ("Bøger på andre sprog", "Indkøb af bøger på de største sprog.",
         ["Udlån: 31.000", "Udlånet øges med 8 %"]),
    ]),
]


def make_typewriter(path):
    st = styles(MONO, MONO_BOLD, size=10)
    widths = [7.0 * cm, 4.6 * cm, 4.6 * cm]
    data = [[Paragraph(escape(a) + "<br/>" + escape(b), st["cell"])
             for a, b in TYPEWRITER_HEADER]]
    rows = [{"header": True, "cells": [truth_cell(a + " " + b, i)
                                       for i, (a, b) in enumerate(TYPEWRITER_HEADER)]}]
    style = PAD + [("LEFTPADDING", (0, 0), (-1, -1), 2),
                   ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]
    for theme, members in TYPEWRITER_GROUPS:
        data.append([para(theme, st["cell"]), "", ""])
        style.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        rows.append({"group": True, "cells": [truth_cell(theme, 0, 3)]})
        for name, desc, cells in members:
            data.append([[para(name, st["cell"]), para(desc, st["cell"])]] +
                        [para(c, st["cell"]) for c in cells])
            rows.append({"cells": [truth_cell(name + " " + desc, 0)] +
                         [truth_cell(c, i + 1) for i, c in enumerate(cells)]})
    t = table(data, widths, style, align="LEFT")
    story = [para("Resultater og mål 2005-2007", ParagraphStyle(
                 "t", fontName=MONO_BOLD, fontSize=13, leading=17, spaceAfter=10)),
             para("Oversigten omfatter forvaltningens indsatser på idræts- og "
                  "biblioteksområdet.", st["cell"]),
             Spacer(1, 10), t]
    build(path, story, "Resultater og mål")
    headers = [a + " " + b for a, b in TYPEWRITER_HEADER]
    return [{"columns": 3, "headers": headers, "rows": rows}]


# --------------------------------------------------------------------------- keyvalue_break

KEYVALUE_TABLES = [
    ("Skema 1", [("Projektnavn", "Iværksætterrådgivning for nydanskere"),
                 ("Finansiering", "1,2 mio. kr. årligt i 2005 og 2006"),
                 ("Succeskriterier", ["200 rådgivningsforløb i 2006",
                                      "Mindst 25 nye virksomheder i 2006"]),
                 ("Status", "I 2005 blev der gennemført 164 forløb.")]),
    ("Skema 2", [("Projektnavn", "Integrationsstillinger i centralforvaltningen"),
                 ("Finansiering", "2,4 mio. kr. i 2006"),
                 ("Målgruppe", "Ledige med anden etnisk baggrund end dansk og en "
                               "videregående uddannelse."),
                 ("Beskrivelse", "Stillingerne oprettes for et år ad gangen med løntilskud "
                                 "og en mentor i den afdeling, der ansætter."),
                 ("Succeskriterier", "Mindst 12 stillinger er besat i 2006"),
                 ("Status", "8 stillinger var besat pr. 1. marts 2006.")]),
]


def make_keyvalue_break(path):
    st = styles(size=9.5)
    widths = [4.5 * cm, 12.0 * cm]
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
             ("BACKGROUND", (0, 0), (0, -1), GROUP_BG)]
    truth = []
    story = [para("Økonomiudvalgets statusskema 2006", st["title"]),
             para("Skemaerne beskriver udvalgets enkeltindsatser.", st["body"])]
    for number, (caption, pairs) in enumerate(KEYVALUE_TABLES):
        story.append(para(caption, ParagraphStyle("cap", fontName=BOLD, fontSize=10,
                                                  leading=13, spaceBefore=6, spaceAfter=4)))
        data = [[para(k, st["cell"]), lines_of(v, st["cell"])] for k, v in pairs]
        rows = [{"cells": [truth_cell(k, 0), truth_cell(v, 1)]} for k, v in pairs]
        if number == 1:
            # Broken across the page between its second and third rows.
            first = table(data[:2], widths, style, align="LEFT")
            rest = table(data[2:], widths, style, align="LEFT")
            story += [first, PageBreak(), rest]
        else:
            t = table(data, widths, style, align="LEFT")
            story.append(t)
        truth.append({"columns": 2, "headers": ["", ""], "rows": rows})
    story.append(Spacer(1, 10))
    story.append(para("Skemaerne opdateres hvert forår.", st["body"]))
    build(path, story, "Statusskema")
    return truth


# --------------------------------------------------------------------------- statistics

STAT_YEARS = ["2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023"]
STAT_ROWS = [
    ("Hele landet", False, ["249 623", "621 529", "570 765", "136 858", "388 026", "960 537",
                            "633 356", "497 181"]),
    ("København", True, ["656 215", "609 167", "68 811", "635 117", "13 907", "953 065",
                         "878 249", "492 125"]),
    ("Frederiksberg", True, ["272 052", "577 639", "245 813", "201 158", "752 084", "493 207",
                             "567 352", "877 193"]),
    ("Region Sjælland", False, ["576 430", "499 592", "416 525", "670 211", "902 947",
                                "158 032", "243 287", "665 799"]),
    ("Køge", True, ["815 089", "67 241", "167 242", "..", "-", "44 967", "316 002", "818 069"]),
    ("I alt", False, ["32 618", "863 676", "907 671", "282 619", "495 813", "623 740", "753 841",
                      "964 954"]),
]
STAT_REGIONS = [("Hovedstaden", "København"), ("", "Frederiksberg"), ("", "Gentofte"),
                ("Sjælland", "Roskilde"), ("", "Køge")]


def make_statistics(path):
    """Government statistics: nine columns of figures with spaces as thousands separators
    under a two-level header, indented region names, rules above and below the header only
    (and the same table ruled as a grid, whose figure columns a coarse render blurs into
    upright bands); then a table whose first column spans rows (left empty below)."""
    st = styles(size=8)
    indented = ParagraphStyle("ind", parent=st["cell"], leftIndent=8)
    data = [[para("Område", st["bold"]), para("Mænd", st["centre"]), "", "", "",
             para("Kvinder", st["centre"]), "", "", ""],
            [""] + [para(y, st["numb"]) for y in STAT_YEARS]]
    rows = [{"header": True, "cells": [truth_cell("Område", 0), truth_cell("Mænd", 1, 4),
                                       truth_cell("Kvinder", 5, 4)]},
            {"header": True, "cells": [truth_cell("", 0)] +
             [truth_cell(y, i + 1) for i, y in enumerate(STAT_YEARS)]}]
    for name, indent, values in STAT_ROWS:
        data.append([para(name, indented if indent else st["cell"])] +
                    [para(v, st["num"]) for v in values])
        rows.append({"cells": [truth_cell(name, 0)] +
                     [truth_cell(v, i + 1) for i, v in enumerate(values)]})
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
             ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
             ("SPAN", (1, 0), (4, 0)), ("SPAN", (5, 0), (8, 0)),
             ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
             ("LINEBELOW", (1, 0), (4, 0), 0.4, colors.black),
             ("LINEBELOW", (5, 0), (8, 0), 0.4, colors.black),
             ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.black),
             ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
    widths = [3.0 * cm] + [1.65 * cm] * 8
    plain = table(data, widths, style, align="LEFT")
    grid = table(data, widths, style + [("GRID", (0, 0), (-1, -1), 0.5, colors.black)],
                 align="LEFT")
    headers = ["Område"] + ["Mænd " + y for y in STAT_YEARS[:4]] + \
        ["Kvinder " + y for y in STAT_YEARS[4:]]
    region_data = [[para(h, st["bold"]) for h in ["Region", "Kommune", "2021", "2022"]]]
    region_rows = [{"header": True, "cells": [truth_cell(h, i) for i, h in
                                              enumerate(["Region", "Kommune", "2021", "2022"])]}]
    for number, (region, town) in enumerate(STAT_REGIONS):
        values = ["%d %03d" % (3 + number, 100 + 37 * number), "%d %03d" % (4 + number, 7 * number)]
        region_data.append([para(region, st["cell"]), para(town, st["cell"])] +
                           [para(v, st["num"]) for v in values])
        region_rows.append({"cells": [truth_cell(region, 0), truth_cell(town, 1)] +
                            [truth_cell(v, 2 + i) for i, v in enumerate(values)]})
    regions = table(region_data, [3 * cm, 3 * cm, 2 * cm, 2 * cm],
                    [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)], align="LEFT")
    story = [para("Tabel 1. Befolkningen 1. januar efter område og køn", st["title"]), plain,
             Spacer(1, 6), para("Kilde: Danmarks Statistik. .. = ikke oplyst.", st["body"]),
             Spacer(1, 14), para("Tabel 2. Samme tal, med gitter", st["title"]), grid,
             Spacer(1, 14), para("Tabel 3. Kommuner under deres region", st["title"]), regions]
    build(path, story, "Statistik")
    return [{"columns": 9, "headers": headers, "rows": rows},
            {"columns": 9, "headers": headers, "rows": rows},
            {"columns": 4, "headers": ["Region", "Kommune", "2021", "2022"], "rows": region_rows}]


DOCUMENTS = [
    ("two_row_header", make_two_row_header),
    ("grid_status", make_grid_status),
    ("captions", make_captions),
    ("figures", make_figures),
    ("typewriter", make_typewriter),
    ("keyvalue_break", make_keyvalue_break),
    ("statistics", make_statistics),
    ("dark_shading", lambda path: make_grid_status(path, colors.Color(0.7, 0.7, 0.7),
                                                   colors.Color(0.8, 0.8, 0.8))),
    ("narrow_columns", make_narrow_columns),
    ("header_ends_page", make_header_ends_page),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", default=DEFAULT_OUT,
                        help="where the fixtures go (default: tests/fixtures/tables)")
    parser.add_argument("--no-scans", action="store_true", help="no NAME.scan.pdf")
    parser.add_argument("names", nargs="*", help="only these documents")
    args = parser.parse_args()
    require_tools(("pdftotext", "pdftoppm", "convert", "identify", "img2pdf"))
    fixture_pdf.register_fonts(mono=True)
    os.makedirs(args.out_dir, exist_ok=True)
    for seed, (name, make) in enumerate(DOCUMENTS, start=11):
        if args.names and name not in args.names:
            continue
        pdf = os.path.join(args.out_dir, name + ".pdf")
        tables = make(pdf)
        with open(os.path.join(args.out_dir, name + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump({"tables": tables}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        run(["pdftotext", "-layout", pdf, os.path.join(args.out_dir, name + ".txt")])
        if not args.no_scans:
            with tempfile.TemporaryDirectory() as tmp:
                make_scan(pdf, os.path.join(args.out_dir, name + ".scan.pdf"), seed, tmp)


if __name__ == "__main__":
    main()
