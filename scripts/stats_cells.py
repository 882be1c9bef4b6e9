#!/usr/bin/python3
"""Aligned-cell F1 of bilag's tables on generated statistics pages (issue 12's stand-in for
the public table-extraction suites; pages from scripts/make_stats_tables.py).

    scripts/stats_cells.py [--bilag build/bilag] --seeds 1-40 [-v]       # generates into a temp folder
    scripts/stats_cells.py [--bilag build/bilag] DIR/stats_0003.truth.json ... [--min-f1 F]

For every expected table of a page, the table bilag finds on that page that scores best
is compared with it. Cells are compared as scripts/realworld_cells.py does (whitespace
aside, NFC), after aligning the two grids the way the suites' scorers do: the columns by
one offset for the whole table (bilag may find an extra column at the left), the rows
in order, each expected row with at most one found row, so that one extra or missing row
(a caption kept in the table, a note under it) costs that row only. Precision is over
the found table's non-empty cells, recall over the expected ones, summed over tables.

Prints per page with -v (and the differing cells with -vv), then F1 over all tables and
over borderless ones (no vertical rulings) and ruled ones; fails (exit 1) when the
overall F1 is below --min-f1 or the borderless one below --min-borderless-f1.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from realworld_cells import grid_of, squeezed  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def row_matches(found_row, expected_row, offset):
    right = 0
    for c, text in enumerate(expected_row):
        want = squeezed(text)
        k = c + offset
        if want and 0 <= k < len(found_row) and squeezed(found_row[k]) == want:
            right += 1
    return right


def aligned_right(found, expected, offset):
    """Most right cells over monotone pairings of expected rows with found rows."""
    n, m = len(expected), len(found)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            best[i][j] = max(best[i - 1][j], best[i][j - 1],
                             best[i - 1][j - 1] + row_matches(found[j - 1], expected[i - 1],
                                                              offset))
    # Walk back for the pairing, to name the cells that differ.
    pairs, i, j = [], n, m
    while i > 0 and j > 0:
        if best[i][j] == best[i - 1][j]:
            i -= 1
        elif best[i][j] == best[i][j - 1]:
            j -= 1
        else:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
    return best[n][m], pairs[::-1]


def count_cells(rows):
    return sum(1 for row in rows for text in row if squeezed(text))


def score_table(found, expected):
    best = None
    for offset in range(-2, 3):
        right, pairs = aligned_right(found, expected, offset)
        if best is None or right > best[0]:
            best = (right, pairs, offset)
    return best


def layout_of(bilag, pdf):
    out = subprocess.run([bilag, "text", "--layout", "--json", "--ocr", "never", pdf],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def score_page(bilag, truth_path):
    with open(truth_path, encoding="utf-8") as f:
        truth = json.load(f)
    pdf = os.path.join(os.path.dirname(truth_path), truth["pdf"])
    page = next(p for p in layout_of(bilag, pdf)["pages"] if p["number"] == truth["page"])
    results = []
    for expected_table in truth["tables"]:
        expected = expected_table["rows"]
        best = None
        for table in page["tables"]:
            found = grid_of(table)
            right, pairs, offset = score_table(found, expected)
            if best is None or right > best[0] or (right == best[0] and best[1] is None):
                best = (right, found, pairs, offset)
        if best is None:
            best = (0, [], [], 0)
        right, found, pairs, offset = best
        results.append({"borderless": expected_table["borderless"],
                        "style": expected_table["style"], "right": right,
                        "found": count_cells(found), "expected": count_cells(expected),
                        "shape": (len(found), len(found[0]) if found else 0),
                        "want_shape": (len(expected), len(expected[0])),
                        "misses": misses(found, expected, pairs, offset)})
    return truth, results


def misses(found, expected, pairs, offset):
    paired = dict(pairs)
    out = []
    for i, row in enumerate(expected):
        j = paired.get(i)
        got_row = found[j] if j is not None else None
        for c, text in enumerate(row):
            k = c + offset
            got = got_row[k] if got_row is not None and 0 <= k < len(got_row) else None
            if squeezed(text) != squeezed(got or ""):
                out.append((i, c, text, got))
    return out


def f1_of(right, found, expected):
    precision = right / found if found else 0.0
    recall = right / expected if expected else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def totals(results, keep):
    picked = [r for r in results if keep(r)]
    right = sum(r["right"] for r in picked)
    return (f1_of(right, sum(r["found"] for r in picked), sum(r["expected"] for r in picked)),
            len(picked))


def seed_truths(seeds, folder):
    subprocess.run(["/usr/bin/python3", os.path.join(REPO, "scripts", "make_stats_tables.py"),
                    "--seeds", seeds, "--out", folder], check=True)
    return sorted(os.path.join(folder, f) for f in os.listdir(folder)
                  if f.endswith(".truth.json"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("truths", nargs="*")
    parser.add_argument("--bilag", default="build/bilag")
    parser.add_argument("--seeds", help="generate these pages (e.g. 1-40) and score them")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--min-f1", type=float, default=0.0)
    parser.add_argument("--min-borderless-f1", type=float, default=0.0)
    parser.add_argument("-v", "--verbose", action="count", default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        truths = list(args.truths)
        if args.seeds:
            truths += seed_truths(args.seeds, tmp)
        with ThreadPoolExecutor(args.jobs) as pool:
            pages = list(pool.map(lambda t: score_page(args.bilag, t), truths))
    results = []
    for truth, page_results in pages:
        results.extend(page_results)
        if args.verbose:
            for n, r in enumerate(page_results):
                print("%s table %d (%s, %s): F1 %.3f, rows %d of %d, columns %d of %d"
                      % (truth["pdf"], n + 1, r["style"], truth.get("layout", ""),
                         f1_of(r["right"], r["found"], r["expected"]), r["shape"][0],
                         r["want_shape"][0], r["shape"][1], r["want_shape"][1]))
                if args.verbose > 1:
                    for row, col, want, got in r["misses"]:
                        print("  row %d column %d: expected %r, found %r" % (row, col, want, got))
    overall, n_all = totals(results, lambda r: True)
    borderless, n_borderless = totals(results, lambda r: r["borderless"])
    ruled, n_ruled = totals(results, lambda r: not r["borderless"])
    print("aligned-cell F1: overall %.3f (%d tables), borderless %.3f (%d), ruled %.3f (%d)"
          % (overall, n_all, borderless, n_borderless, ruled, n_ruled))
    if overall < args.min_f1 or borderless < args.min_borderless_f1:
        print("FAILED: below --min-f1 %.3f or --min-borderless-f1 %.3f"
              % (args.min_f1, args.min_borderless_f1))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
