#!/usr/bin/python3
"""Generates government-statistics table pages, as public table-extraction test suites
hold them (ICDAR 2013's EU/US documents, Camelot's and tabula's test files), with the
expected cells of every table: a stand-in for those suites (issue 12), scored by
scripts/stats_cells.py.

Run with Debian's /usr/bin/python3 (it has python3-reportlab):

    /usr/bin/python3 scripts/make_stats_tables.py --seeds 1-40 --out /tmp/stats
    /usr/bin/python3 scripts/make_stats_tables.py --seeds 3,7 --out tests/fixtures/stats_tables

Each seed N gives stats_NNNN.pdf (one page) and stats_NNNN.truth.json:

    {"pdf": "stats_0007.pdf", "page": 1, "seed": 7,
     "tables": [{"style": "booktabs", "borderless": true,
                 "rows": [["", "Men", "", "Women", ""], ["Region", "2019", ...], ...]}]}

`rows` are the table's rows top to bottom (header rows first), one text per column, ""
for an empty cell and for the columns a spanning cell covers (its text is in its first
column); a label or header that wraps over two lines is one cell, its lines joined by a
space; a footnote mark set small and raised is part of its cell's text. Captions, notes
and sources around a table are not cells.

What a seed draws at random: the table's subject (regions, industries, age groups,
products, ...), 3-11 columns, the rulings (`grid`: every cell ruled, `box`: a frame and
the header ruled off, `booktabs`: rules above and below the header and at the bottom,
with short rules under spanning headers, `header_rule`: one rule under the header,
`none`: whitespace only; all but `grid` and `box` are borderless), a spanning header
level over sub-columns, a stub column of group rows with indented members, figures
right-aligned with thousands separators (",", ".", a space) and decimals, empty markers
("–", "..", "n/a", "-", "x", ":"), footnote marks, a totals row (bold, maybe under a
rule), a row of dashes, header cells wrapped over two lines, a long label wrapped, wide
and narrow column gaps, prose beside the table or above and below it, two tables on a
page, a landscape page or a portrait page that says /Rotate 90 with the landscape
content drawn turned, and the font (DejaVu, Liberation, FreeFont: sans, serif,
condensed). Output is deterministic for a seed (reportlab's invariant mode).
"""

import argparse
import json
import os
import random

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_FAMILIES = [
    ("dejavu", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("dejavu", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    ("dejavu", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    ("dejavu", "DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf"),
    ("liberation2", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("liberation2", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    ("freefont", "FreeSans.ttf", "FreeSansBold.ttf"),
    ("freefont", "FreeSerif.ttf", "FreeSerifBold.ttf"),
]
FONT_ROOT = "/usr/share/fonts/truetype"

SUBJECTS = [
    {"title": "Population by region", "stub": "Region",
     "groups": [("North", ["Aalborg", "Hjørring", "Thisted", "Frederikshavn"]),
                ("Central", ["Aarhus", "Randers", "Viborg", "Herning", "Silkeborg"]),
                ("South", ["Odense", "Esbjerg", "Kolding", "Vejle"]),
                ("Capital", ["Copenhagen", "Frederiksberg", "Gentofte"])],
     "magnitude": (5000, 900000)},
    {"title": "Persons employed by industry", "stub": "Industry",
     "groups": [("Primary sector", ["Agriculture and forestry", "Fishing", "Mining and quarrying"]),
                ("Manufacturing", ["Food products", "Textiles and leather", "Chemicals",
                                   "Machinery and equipment"]),
                ("Services", ["Trade and transport", "Information and communication",
                              "Financial and insurance", "Public administration",
                              "Education", "Health and social work"])],
     "magnitude": (800, 250000)},
    {"title": "Households by size and age of the oldest person", "stub": "Age",
     "groups": [("Under 30 years", ["18-24 years", "25-29 years"]),
                ("30-64 years", ["30-39 years", "40-49 years", "50-64 years"]),
                ("65 years and over", ["65-79 years", "80 years and over"])],
     "magnitude": (1000, 400000)},
    {"title": "Imports by product group", "stub": "Product group",
     "groups": [("Food and live animals", ["Meat", "Dairy products and eggs", "Fish",
                                          "Cereals", "Vegetables and fruit"]),
                ("Raw materials", ["Wood and cork", "Textile fibres", "Metal ores"]),
                ("Fuels", ["Coal", "Crude oil", "Natural gas"])],
     "magnitude": (50, 90000)},
    {"title": "Pupils in primary and lower secondary school", "stub": "School type",
     "groups": [("Public schools", ["Ordinary classes", "Special classes", "Reception classes"]),
                ("Private schools", ["Independent schools", "Continuation schools",
                                     "Boarding schools"])],
     "magnitude": (200, 600000)},
    {"title": "Dwellings by type and ownership", "stub": "Type of dwelling",
     "groups": [("Owner-occupied", ["Detached houses", "Terraced houses", "Flats"]),
                ("Rented", ["Private rental", "Social housing", "Student housing"]),
                ("Other", ["Cooperative housing", "Holiday homes"])],
     "magnitude": (300, 1200000)},
]
COLUMN_SETS = [
    ("years", None),
    ("sex", ["Men", "Women", "Total"]),
    ("change", ["Number", "Change", "Per cent"]),
    ("money", ["DKK m", "EUR m", "Share (%)"]),
]
SPAN_GROUPS = ["Persons", "Per cent", "Number", "Thousands", "Men", "Women", "Value",
               "Volume", "Index 2015=100", "Change from previous year"]
EMPTY_MARKERS = ["–", "..", "n/a", "-", "x", ":"]
FOOTNOTE_MARKS = ["1", "2", "a", "*", "3"]
PROSE = [
    "The figures are compiled from the administrative registers and cover the whole "
    "population at the end of the year.",
    "Changes in the classification from 2019 mean that the figures are not fully "
    "comparable with earlier years.",
    "Provisional figures are revised when the final annual statistics are published, "
    "normally in the spring of the following year.",
    "Small numbers are suppressed where a figure could identify a person or an "
    "enterprise; such cells are marked in the table.",
    "The decline in the last year is mainly due to fewer persons moving into the area "
    "and a lower number of births.",
    "Totals may differ from the sum of the items because of rounding.",
]


class Fonts:
    def __init__(self, rnd):
        folder, regular, bold = rnd.choice(FONT_FAMILIES)
        self.regular = os.path.splitext(regular)[0]
        self.bold = os.path.splitext(bold)[0]
        for name, file in ((self.regular, regular), (self.bold, bold)):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_ROOT, folder, file)))

    def width(self, text, bold, size):
        return pdfmetrics.stringWidth(text, self.bold if bold else self.regular, size)


def number_text(rnd, value, sep, decimals, dec_point):
    whole = int(value)
    digits = "{:,}".format(whole).replace(",", sep)
    if decimals:
        frac = ("%.*f" % (decimals, value - whole))[2:]
        return digits + dec_point + frac
    return digits


class Cell:
    """One drawn cell: its text lines, a footnote mark, bold, indent, alignment."""

    def __init__(self, text, align="right", bold=False, indent=0, mark=None):
        self.lines = [text] if isinstance(text, str) else list(text)
        self.align, self.bold, self.indent, self.mark = align, bold, indent, mark

    def truth(self):
        text = " ".join(line for line in self.lines if line)
        return text + (self.mark or "")


def wrap(fonts, text, bold, size, width):
    words, lines, line = text.split(), [], ""
    for word in words:
        trial = (line + " " + word).strip()
        if line and fonts.width(trial, bold, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    lines.append(line)
    return lines


def make_table(rnd, fonts, size, max_width, max_columns):
    """A table as header rows (lists of (Cell, first column, span)), body rows (lists of
    Cell per column, with a flag for a rule above) and column widths."""
    subject = rnd.choice(SUBJECTS)
    kind, names = rnd.choice(COLUMN_SETS)
    start_year = rnd.randint(2008, 2019)
    n_values = rnd.randint(2, max(2, max_columns - 1))
    spanning = rnd.random() < 0.45 and n_values >= 4
    if kind == "years" or spanning:
        if spanning:
            per_group = rnd.choice([2, 3]) if n_values >= 6 else 2
            n_groups = max(2, min(n_values // per_group, 3))
            years = [str(start_year + i) for i in range(per_group)]
            sub = years * n_groups
            groups = rnd.sample(SPAN_GROUPS, n_groups)
        else:
            sub = [str(start_year + i) for i in range(n_values)]
            groups = None
    else:
        sub = (names * 3)[:n_values] if len(names) >= n_values else names
        groups = None
    n_values = len(sub)
    sep = rnd.choice([",", " ", ".", ","])
    dec_point = "," if sep in (".", " ") else "."
    decimals = [1 if (rnd.random() < 0.25 or "cent" in name or "%" in name) else 0
                for name in sub]
    lo, hi = subject["magnitude"]
    scale = [rnd.uniform(lo, hi) for _ in sub]

    marks = iter(rnd.sample(FOOTNOTE_MARKS, len(FOOTNOTE_MARKS)))
    header_bold = rnd.random() < 0.5
    stub_head = Cell(subject["stub"], align="left", bold=header_bold)
    sub_cells = []
    for name in sub:
        mark = next(marks, None) if rnd.random() < 0.1 else None
        sub_cells.append(Cell(name, bold=header_bold, mark=mark,
                              align=rnd.choice(["right", "right", "center"])))
    if kind == "change" and rnd.random() < 0.5:  # a header too wide for its figures
        for cell in sub_cells:
            if cell.lines == ["Change"]:
                cell.lines = ["Change from", "last year"]

    # Body: group rows with indented members, figures, empty markers, a row of dashes.
    body = []
    label_width_cap = rnd.choice([None, None, 120])
    dash = rnd.choice(["–", "-", ".."])
    groups_used = rnd.sample(subject["groups"], min(len(subject["groups"]), rnd.randint(2, 3)))
    group_values = rnd.random() < 0.5  # a group row holds its subtotal, or is a label only
    dash_row_at = rnd.randint(1, 6) if rnd.random() < 0.3 else -1

    def figures(weight):
        cells = []
        for k in range(n_values):
            roll = rnd.random()
            if roll < 0.06:
                cells.append(Cell(rnd.choice(EMPTY_MARKERS)))
            elif roll < 0.08:
                cells.append(Cell(""))
            else:
                cells.append(Cell(number_text(rnd, scale[k] * weight * rnd.uniform(0.8, 1.2),
                                              sep, decimals[k], dec_point)))
        return cells

    for group, members in groups_used:
        members = members[:rnd.randint(2, len(members))]
        label = Cell(group, align="left", bold=rnd.random() < 0.6)
        body.append({"cells": [label] + (figures(1.0) if group_values
                                         else [Cell("") for _ in range(n_values)]),
                     "rule": False})
        for member in members:
            mark = next(marks, None) if rnd.random() < 0.12 else None
            cell = Cell(member, align="left", indent=rnd.choice([8, 10, 12]), mark=mark)
            body.append({"cells": [cell] + figures(rnd.uniform(0.1, 0.4)), "rule": False})
            if len(body) == dash_row_at:
                body.append({"cells": [Cell(rnd.choice(["Unallocated", "Not stated",
                                                        "Unknown"]), align="left",
                                            indent=cell.indent)]
                             + [Cell(dash) for _ in range(n_values)], "rule": False})
    if rnd.random() < 0.7:
        body.append({"cells": [Cell(rnd.choice(["Total", "All", "Total, all"]), align="left",
                                    bold=True)] + figures(3.0),
                     "rule": rnd.random() < 0.5, "bold": True})
        for cell in body[-1]["cells"]:
            cell.bold = True

    # Column widths: the stub fits its longest label (or wraps under a cap), figures
    # their widest text plus a gap that may be narrow or wide.
    stub_width = max(fonts.width(c["cells"][0].truth(), c["cells"][0].bold, size)
                     + c["cells"][0].indent for c in body)
    stub_width = max(stub_width, fonts.width(stub_head.truth(), header_bold, size))
    if label_width_cap and stub_width > label_width_cap:
        stub_width = label_width_cap
        for row in body:
            cell = row["cells"][0]
            cell.lines = wrap(fonts, cell.lines[0], cell.bold, size, stub_width - cell.indent)
    gap = rnd.choice([6, 10, 14, 20, 30])
    widths = [stub_width + gap]
    for k in range(n_values):
        w = max(fonts.width(row["cells"][k + 1].truth(), True, size) for row in body)
        w = max(w, max(fonts.width(line, header_bold, size) for line in sub_cells[k].lines))
        widths.append(w + gap)
    if spanning:
        per = len(sub) // len(groups)
        for g, name in enumerate(groups):
            need = fonts.width(name, header_bold, size) + gap
            have = sum(widths[1 + g * per:1 + (g + 1) * per])
            if need > have:
                for k in range(per):
                    widths[1 + g * per + k] += (need - have) / per
    # Too wide for its place: narrower gaps first (4 points at least), then a
    # smaller font, as a typesetter would; text never runs over its column.
    if sum(widths) > max_width:
        texts = [w - gap for w in widths]
        gap = max(4.0, (max_width - sum(texts)) / len(widths))
        if sum(texts) + gap * len(widths) > max_width:
            shrink = (max_width - gap * len(widths)) / sum(texts)
            size *= shrink
            texts = [t * shrink for t in texts]
        widths = [t + gap for t in texts]

    header = []
    if spanning:
        per = len(sub) // len(groups)
        top = [(Cell("", align="left"), 0, 1)]
        for g, name in enumerate(groups):
            top.append((Cell(name, align="center", bold=header_bold), 1 + g * per, per))
        stub_on_top = rnd.random() < 0.4
        if stub_on_top:
            top[0] = (stub_head, 0, 1)
        header.append(top)
        header.append([(Cell("", align="left") if stub_on_top else stub_head, 0, 1)]
                      + [(c, 1 + k, 1) for k, c in enumerate(sub_cells)])
    else:
        corner = stub_head if rnd.random() < 0.75 else Cell("", align="left")
        header.append([(corner, 0, 1)] + [(c, 1 + k, 1) for k, c in enumerate(sub_cells)])
    return {"header": header, "body": body, "widths": widths, "size": size,
            "title": subject["title"], "years": (start_year, start_year + len(sub))}


def draw_text(c, fonts, cell, x0, x1, y, size, line_gap):
    """Draws a cell's lines from baseline y down; returns nothing."""
    for i, line in enumerate(cell.lines):
        font = fonts.bold if cell.bold else fonts.regular
        w = fonts.width(line, cell.bold, size)
        if cell.align == "left":
            x = x0 + cell.indent
        elif cell.align == "center":
            x = (x0 + x1 - w) / 2
        else:
            x = x1 - w
        if cell.mark and i == len(cell.lines) - 1 and cell.align != "left":
            x -= fonts.width(cell.mark, False, size * 0.6) + 0.5
        c.setFont(font, size)
        c.drawString(x, y - i * line_gap, line)
        if cell.mark and i == len(cell.lines) - 1:
            c.setFont(fonts.regular, size * 0.6)
            c.drawString(x + w + 0.5, y - i * line_gap + size * 0.4, cell.mark)


def draw_table(c, fonts, table, style, x, y_top, pad):
    """Draws the table with its top at y_top; returns its bottom y."""
    size, widths = table["size"], table["widths"]
    line_gap = size * 1.22
    edges = [x]
    for w in widths:
        edges.append(edges[-1] + w)
    inner = pad if style in ("grid", "box") else 0
    # Each column's width holds its gap to the column before: right-aligned text ends
    # 3 points (plus the padding) before the column's right edge.
    def cell_span(first, span):
        return edges[first] + 3 + inner, edges[first + span] - 3 - inner

    y = y_top
    row_tops = [y]
    c.setLineWidth(0.6)
    for h, row in enumerate(table["header"]):
        n_lines = max(len(cell.lines) for cell, _, _ in row)
        height = n_lines * line_gap + 2 * inner + 2
        base = y - inner - size - 1
        for cell, first, span in row:
            x0, x1 = cell_span(first, span)
            extra = (n_lines - len(cell.lines)) * line_gap  # bottom-align header cells
            draw_text(c, fonts, cell, x0, x1, base - extra, size, line_gap)
            if span > 1 and style == "booktabs":
                c.line(edges[first] + 4, y - height + 1, edges[first + span] - 4,
                       y - height + 1)
        y -= height
        row_tops.append(y)
    header_bottom = y
    if style != "grid" and style != "none":
        c.line(edges[0], header_bottom, edges[-1], header_bottom)
    body_tops = []
    for row in table["body"]:
        n_lines = max(len(cell.lines) for cell in row["cells"])
        height = n_lines * line_gap + 2 * inner + (2 if style in ("grid", "box") else 0)
        if row.get("rule") and style not in ("grid",):
            c.line(edges[0], y - 1, edges[-1], y - 1)
            y -= 3
        base = y - inner - size - 1
        body_tops.append(y)
        for k, cell in enumerate(row["cells"]):
            x0, x1 = cell_span(k, 1)
            draw_text(c, fonts, cell, x0, x1, base, size, line_gap)
        y -= height
        row_tops.append(y)
    bottom = y - 3
    if style == "grid":
        for top in row_tops[:1] + row_tops[1:len(table["header"])] + [header_bottom] \
                + body_tops + [bottom]:
            c.line(edges[0], top, edges[-1], top)
        for k, e in enumerate(edges):
            c.line(e, y_top, e, bottom)
    elif style == "box":
        c.rect(edges[0], bottom, edges[-1] - edges[0], y_top - bottom)
        c.line(edges[1], y_top, edges[1], bottom)
    elif style == "booktabs":
        c.setLineWidth(1.0)
        c.line(edges[0], y_top, edges[-1], y_top)
        c.line(edges[0], bottom, edges[-1], bottom)
    return bottom


def truth_rows(table):
    n = len(table["widths"])
    rows = []
    for row in table["header"]:
        cells = [""] * n
        for cell, first, _ in row:
            cells[first] = cell.truth()
        rows.append(cells)
    for row in table["body"]:
        rows.append([cell.truth() for cell in row["cells"]])
    return rows


def draw_prose(c, fonts, rnd, x, y, width, size, lines_max=99):
    text = " ".join(rnd.sample(PROSE, rnd.randint(2, 4)))
    lines = wrap(fonts, text, False, size, width)[:lines_max]
    c.setFont(fonts.regular, size)
    for i, line in enumerate(lines):
        c.drawString(x, y - i * size * 1.35, line)
    return y - len(lines) * size * 1.35


def draw_caption(c, fonts, number, table, x, y, size):
    c.setFont(fonts.bold, size + 1)
    first, last = table["years"]
    c.drawString(x, y, "Table %d. %s, %d-%d" % (number, table["title"], first, last - 1))
    return y - (size + 1) * 1.8


def draw_notes(c, fonts, rnd, x, y, size):
    c.setFont(fonts.regular, size - 1)
    notes = ["Source: Statistics Denmark, register-based statistics.",
             "1) Provisional figures.  .. Not available.  – Nil."]
    for i, note in enumerate(notes[:rnd.randint(1, 2)]):
        c.drawString(x, y - 4 - (size - 1) - i * (size - 1) * 1.3, note)
    return y - 4 - 2 * (size - 1) * 1.3


def make_page(seed, out):
    rnd = random.Random(seed)
    fonts = Fonts(rnd)
    layout = rnd.choice(["single", "single", "prose_around", "beside_prose", "two_tables",
                         "landscape", "rotate90"])
    portrait_w, portrait_h = A4
    if layout in ("landscape", "rotate90"):
        width, height = landscape(A4)
    else:
        width, height = A4
    name = "stats_%04d" % seed
    path = os.path.join(out, name + ".pdf")
    c = canvas.Canvas(path, pagesize=(portrait_w, portrait_h) if layout == "rotate90"
                      else (width, height), invariant=1)
    c.setTitle("Statistics page %d" % seed)
    if layout == "rotate90":
        # The page says /Rotate 90: a viewer turns it a quarter clockwise, so the
        # landscape content is drawn a quarter anticlockwise on the portrait page.
        c.setPageRotation(90)
        c.translate(portrait_w, 0)
        c.rotate(90)
    margin = rnd.choice([50, 60, 72])
    size = rnd.choice([7, 8, 8.5, 9, 10])
    styles = ["grid", "box", "booktabs", "booktabs", "header_rule", "none"]
    tables = []
    y = height - margin
    x = margin
    text_width = width - 2 * margin
    c.setFont(fonts.bold, size + 4)
    c.drawString(x, y, rnd.choice(["Statistical yearbook", "Population and elections",
                                   "Labour market", "Business statistics",
                                   "Social conditions"]))
    y -= (size + 4) * 2

    def place(number, x, y, max_width, max_columns):
        table = make_table(rnd, fonts, size, max_width, max_columns)
        style = rnd.choice(styles)
        y = draw_caption(c, fonts, number, table, x, y, size)
        bottom = draw_table(c, fonts, table, style, x, y, pad=rnd.choice([2, 3, 4]))
        tables.append({"style": style, "borderless": style not in ("grid", "box"),
                       "rows": truth_rows(table)})
        if rnd.random() < 0.7:
            bottom = draw_notes(c, fonts, rnd, x, bottom, size)
        return bottom

    wide = layout in ("landscape", "rotate90")
    if layout == "prose_around":
        y = draw_prose(c, fonts, rnd, x, y, text_width, size + 1) - 14
        y = place(1, x, y, text_width, 8)
        draw_prose(c, fonts, rnd, x, y - 20, text_width, size + 1)
    elif layout == "beside_prose":
        table_width = text_width * 0.6
        prose_left = rnd.random() < 0.5
        prose_x = x if prose_left else x + table_width + 24
        table_x = x + text_width - table_width if prose_left else x
        draw_prose(c, fonts, rnd, prose_x, y, text_width - table_width - 24, size + 1, 40)
        place(1, table_x, y, table_width, 4)
    elif layout == "two_tables":
        y = place(1, x, y, text_width, 7) - 30
        place(2, x, y, text_width, 7)
    else:
        y = place(1, x, y, text_width, 11 if wide else 8)
        if rnd.random() < 0.5:
            draw_prose(c, fonts, rnd, x, y - 24, text_width, size + 1)
    c.showPage()
    c.save()
    truth = {"pdf": name + ".pdf", "page": 1, "seed": seed, "layout": layout,
             "tables": tables}
    with open(os.path.join(out, name + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return path


def seed_list(text):
    seeds = []
    for part in text.split(","):
        if "-" in part:
            a, b = part.split("-")
            seeds.extend(range(int(a), int(b) + 1))
        else:
            seeds.append(int(part))
    return seeds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1-40", help="e.g. 1-40 or 3,7,12")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for seed in seed_list(args.seeds):
        make_page(seed, args.out)


if __name__ == "__main__":
    main()
