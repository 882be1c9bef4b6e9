#!/usr/bin/python3
"""Scores the tables bilag finds on real-world pages cell by cell.

    scripts/realworld_cells.py [--bilag build/bilag] [--min-f1 F] [--exact] NAME.cells.json...

Each NAME.cells.json (tests/fixtures/realworld/) names a PDF beside it, a page, and the
table on that page written out by hand: its rows, each a list of cell texts by column
("" for an empty cell). `bilag text --layout --json` reads the PDF (no OCR); of the
tables on the page, the one that scores best is compared. A cell is right when the
table has the expected text at the same (row, column), whitespace aside and compared
in NFC (a superscript or subscript comes out as a separate word). Precision is over
the table's non-empty cells, recall over the expected ones; F1 is printed per page
with the rows and columns found and expected, and the cells that differ.

Fails (exit 1) when a page's F1 is below --min-f1, or with --exact when its rows or
columns are not the expected number.
"""

import argparse
import json
import os
import subprocess
import sys
import unicodedata


def squeezed(text):
    return "".join(unicodedata.normalize("NFC", text).split())


def grid_of(table):
    rows = []
    for row in table["rows"]:
        cells = [""] * table["columns"]
        for cell in row["cells"]:
            cells[cell["column"]] = cell["text"]
        rows.append(cells)
    return rows


def score(found, expected):
    def at(rows, r, c):
        return squeezed(rows[r][c]) if r < len(rows) and c < len(rows[r]) else ""

    right = 0
    misses = []
    for r, row in enumerate(expected):
        for c, text in enumerate(row):
            if squeezed(text) and at(found, r, c) == squeezed(text):
                right += 1
            elif squeezed(text) or at(found, r, c):
                misses.append((r, c, text, found[r][c] if r < len(found) and c < len(found[r])
                               else None))
    expected_cells = sum(1 for row in expected for text in row if squeezed(text))
    found_cells = sum(1 for row in found for text in row if squeezed(text))
    precision = right / found_cells if found_cells else 0.0
    recall = right / expected_cells if expected_cells else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, misses


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("truths", nargs="+")
    parser.add_argument("--bilag", default="build/bilag")
    parser.add_argument("--min-f1", type=float, default=0.0)
    parser.add_argument("--exact", action="store_true")
    args = parser.parse_args()
    failed = False
    for path in args.truths:
        with open(path, encoding="utf-8") as f:
            truth = json.load(f)
        pdf = os.path.join(os.path.dirname(path), truth["pdf"])
        out = subprocess.run([args.bilag, "text", "--layout", "--json", "--ocr", "never", pdf],
                             check=True, capture_output=True, text=True).stdout
        page = next(p for p in json.loads(out)["pages"] if p["number"] == truth["page"])
        expected = truth["rows"]
        best = (-1.0, [], None)
        for table in page["tables"]:
            found = grid_of(table)
            f1, misses = score(found, expected)
            if f1 > best[0]:
                best = (f1, misses, found)
        f1, misses, found = best
        rows = len(found) if found is not None else 0
        columns = len(found[0]) if found else 0
        shape_ok = rows == len(expected) and columns == len(expected[0])
        print("%s page %d: cell F1 %.3f, rows %d of %d, columns %d of %d"
              % (truth["pdf"], truth["page"], max(f1, 0.0), rows, len(expected), columns,
                 len(expected[0])))
        for r, c, want, got in misses:
            print("  row %d column %d: expected %r, found %r" % (r, c, want, got))
        if f1 < args.min_f1 or (args.exact and not shape_ok):
            failed = True
    if failed:
        print("FAILED: below --min-f1 %.3f%s" % (args.min_f1, " or not the expected shape"
                                                  if args.exact else ""))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
