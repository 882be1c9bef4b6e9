#!/usr/bin/python3
"""Generates the target fixtures that tests/extract/targets_test.cpp reads: small born-digital
bilag, each set the way a family document sets the targets a mechanism of the extract stage
reads (see the test for what each asserts).

Run with Debian's /usr/bin/python3 (it has python3-reportlab):

    /usr/bin/python3 scripts/make_target_fixtures.py     # writes tests/fixtures/targets/

    results_year_under_group   results table under a two-row header: "Mål 2012" and
                               "Resultatkrav 2011" over both rows, "Resultat" spanning the
                               years "2010 | 2009" of the row below (newest first)
    results_wrapped_years      one-line headers in columns too narrow for "Resultatkrav
                               2010": the years wrap under the word, the other headers
                               ("Resultat 2008", "Mål 2012") keep theirs on one line
    results_group_word_to_one_side
                               unruled two-row header: "Resultat" centred over the years
                               "2010 | 2011", which the layout sets over 2011 only, beside a
                               one-column "Resultatkrav 2013" that wraps its word
    results_ruling_breaks_off  ruled results table whose header's lower row ("2007 | 2008"
                               under two "Resultatkrav") has no ruling right of "2008": the
                               year stays in its column, "Resultat 2006" and "Mål 2009"
                               keep their own years
    handleplan_list_then_prose sub-goals with "Derfor etableres følgende mål:" over an
                               indented list without markers (an item starting with a
                               figure) and over a "-" list, each followed by a sentence
                               with figures at the margin, as a paragraph; a list followed by
                               a labelled "Økonomi:" paragraph and a sentence after it

Output is deterministic (reportlab's invariant mode). The fixtures are committed, so the
tests need none of these tools; rerun this script after changing it and commit the result.
"""

import argparse
import os
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer

from fixture_pdf import BOLD, REGULAR, REPO, register_fonts, table
import fixture_pdf

AUTHOR = "bilag target fixtures"
DEFAULT_OUT = os.path.join(REPO, "tests", "fixtures", "targets")
GRID = [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]


def styles():
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=10.5)
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=13.5, spaceAfter=6)
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19, spaceAfter=12),
        "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=12, leading=15, spaceBefore=8,
                             spaceAfter=4),
        "body": body,
        "cell": cell,
        "head": ParagraphStyle("head", parent=cell, fontName=BOLD),
        "centre": ParagraphStyle("centre", parent=cell, fontName=BOLD, alignment=TA_CENTER),
        "item": ParagraphStyle("item", parent=body, leftIndent=12, spaceAfter=3),
        "dash": ParagraphStyle("dash", parent=body, leftIndent=16, bulletIndent=2, spaceAfter=3),
    }


def para(text, style, bullet=None):
    return Paragraph(escape(text), style, bulletText=bullet)


def name_cell(name, description, st):
    return [para(name, st["head"]), para(description, st["cell"])]


def make_results_year_under_group(path, st):
    head = st["head"]
    data = [[para("Mål 2012", head), para("Resultatkrav 2011", head), para("Resultat", head), ""],
            ["", "", para("2010", head), para("2009", head)]]
    rows = [("Lektiehjælp på bibliotekerne", "Frivillige hjælper elever med lektierne.",
             ["20 pct.", "80 pct.", "15 pct."]),
            ("Jobmentorer for unge ledige", "Mentorer følger de unge i det første job.",
             ["Mindst 50 procent", "70%", "40 %"])]
    for name, description, cells in rows:
        data.append([name_cell(name, description, st)] + [para(c, st["cell"]) for c in cells])
    style = GRID + [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (3, 0))]
    story = [para("Resultater og mål for integrationsindsatsen 2009-2012", st["title"]),
             table(data, widths=[200, 80, 70, 70], style=style)]
    fixture_pdf.build(path, story, "results_year_under_group", AUTHOR)


def make_results_wrapped_years(path, st):
    head = st["head"]
    data = [[para(h, st["centre"]) for h in
             ["Indsats", "Resultatkrav 2010", "Resultatkrav 2011", "Resultat 2008", "Mål 2012"]]]
    rows = [("Motionshold i daginstitutionerne", ["35 pct.", "40 pct.", "Mindst 10,4 procent",
                                                  "65 procent"]),
            ("Praktikpladser for nyankomne familier", ["20", "25", "90", "6"])]
    data.append([para("MEDARBEJDERE", head), "", "", "", ""])
    for name, cells in rows:
        data.append([para(name, head)] + [para(c, st["cell"]) for c in cells])
    grey = colors.Color(0.78, 0.78, 0.78)
    style = [("GRID", (0, 0), (-1, -1), 1.0, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), grey), ("SPAN", (0, 1), (-1, 1)),
             ("BACKGROUND", (0, 1), (-1, 1), colors.Color(0.9, 0.9, 0.9))]
    story = [para("Resultatkrav og mål for integrationsindsatsen 2010-2012", st["title"]),
             table(data, widths=[140, 76, 76, 86, 86], style=style)]
    fixture_pdf.build(path, story, "results_wrapped_years", AUTHOR)


def make_results_group_word_to_one_side(path, st):
    centre = st["centre"]
    data = [[para("Indsatsområde", st["head"]), para("Mål 2014", centre),
             para("Resultatkrav 2013", centre), para("Resultat", centre), ""],
            ["", "", "", para("2010", centre), para("2011", centre)]]
    rows = [("Sprogcaféer på Nørrebro", ["Højst 500 forløb", "80 forløb", "60 forløb", "75 forløb"]),
            ("Lektiehjælp på bibliotekerne", ["50 pct.", "45 pct.", "30 pct.", "35 pct."])]
    for name, cells in rows:
        data.append([para(name, st["head"])] + [para(c, st["cell"]) for c in cells])
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
             ("SPAN", (2, 0), (2, 1)), ("SPAN", (3, 0), (4, 0))]
    story = [para("Resultater og mål for integrationsindsatsen 2010-2014", st["title"]),
             table(data, widths=[150, 70, 70, 70, 70], style=style)]
    fixture_pdf.build(path, story, "results_group_word_to_one_side", AUTHOR)


def make_results_ruling_breaks_off(path, st):
    centre = st["centre"]
    data = [[para("Initiativ", st["head"]), para("Resultatkrav", centre),
             para("Resultatkrav", centre), para("Resultat 2006", centre), para("Mål 2009", centre)],
            ["", para("2007", centre), para("2008", centre), "", ""]]
    rows = [("Brobyggere på bibliotekerne", ["17 pct.", "Minimum 5 pct.", "13,9 procent",
                                             "Højst 55 pct."]),
            ("Lektiehjælp for unge ledige", ["20 pct.", "62,5 pct.", "Højst 20 pct.",
                                             "35 pct."])]
    for name, cells in rows:
        data.append([para(name, st["head"])] + [para(c, st["cell"]) for c in cells])
    last = len(data) - 1
    # Every row ruled below; the columns ruled apart, but the rulings beside
    # the header's lower row stop short right of "2008" (as a scan's faint
    # ruling breaks off there).
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
             ("SPAN", (0, 0), (0, 1)), ("SPAN", (3, 0), (3, 1)), ("SPAN", (4, 0), (4, 1)),
             ("LINEBELOW", (0, 1), (-1, last), 0.6, colors.black),
             ("LINEBELOW", (1, 0), (2, 0), 0.6, colors.black),
             ("LINEAFTER", (0, 0), (1, last), 0.6, colors.black),
             ("LINEAFTER", (2, 0), (3, 0), 0.6, colors.black),
             ("LINEAFTER", (2, 2), (3, last), 0.6, colors.black)]
    story = [para("Resultatkrav og mål for integrationsindsatsen 2007-2009", st["title"]),
             table(data, widths=[150, 76, 76, 76, 76], style=style)]
    fixture_pdf.build(path, story, "results_ruling_breaks_off", AUTHOR)


def make_handleplan_list_then_prose(path, st):
    story = [para("Handleplan for integration 2012-2013", st["title"]),
             para("Delmål 1: Lektiehjælp på bibliotekerne", st["h2"]),
             para("Tilbuddet er åbent to eftermiddage om ugen og bemandes af frivillige.",
                  st["body"]),
             para("Derfor etableres følgende mål:", st["body"]),
             para("Min. 70 procent af eleverne består prøven inden 2013", st["item"]),
             para("90 procent af deltagerne oplever, at deres dansk er blevet bedre i 2012",
                  st["item"]),
             Spacer(1, 4),
             para("I 2011 deltog 568 borgere i forvaltningens tilbud.", st["body"]),
             para("Delmål 2: Jobmentorer for unge ledige", st["h2"]),
             para("Mentorerne følger de unge i det første job.", st["body"]),
             para("Derfor etableres følgende mål:", st["body"]),
             para("45% af de unge gennemfører en ungdomsuddannelse i løbet af 2013", st["dash"],
                  bullet="-"),
             Spacer(1, 4),
             para("Til sammenligning fik 27 borgere i målgruppen et tilbud i 2011.", st["body"]),
             para("Delmål 3: Sprogcaféer for forældre", st["h2"]),
             para("Derfor etableres følgende mål:", st["body"]),
             para("At højst 30 % af kursisterne består modultesten i 2013", st["dash"],
                  bullet="-"),
             para("Økonomi: Til lektiehjælp under delmål 1 er der afsat 650.000 kr. i 2013.",
                  st["body"]),
             Spacer(1, 12),
             para("Til sammenligning brugte forvaltningen 0,3 mio. kr. på tilsvarende "
                  "aktiviteter i 2011.", st["body"])]
    fixture_pdf.build(path, story, "handleplan_list_then_prose", AUTHOR)


FIXTURES = {
    "results_year_under_group": make_results_year_under_group,
    "results_wrapped_years": make_results_wrapped_years,
    "results_group_word_to_one_side": make_results_group_word_to_one_side,
    "results_ruling_breaks_off": make_results_ruling_breaks_off,
    "handleplan_list_then_prose": make_handleplan_list_then_prose,
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: %(default)s)")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    register_fonts()
    st = styles()
    for name, make in FIXTURES.items():
        make(os.path.join(a.out, name + ".pdf"), st)
        print(os.path.join(a.out, name + ".pdf"))


if __name__ == "__main__":
    main()
