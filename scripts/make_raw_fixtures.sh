#!/usr/bin/env bash
# Writes the plain `pdftotext` (without -layout) fixtures in tests/fixtures/raw/:
# generated family documents (scripts/make_family.py, variant raw), trimmed
# to the lines the tests read. A rerun writes the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/fixtures/raw
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 scripts/make_family.py --family results --seeds 308 --variants raw --out "$work" --quiet
/usr/bin/python3 scripts/make_family.py --family results --seeds 303 --variants raw --out "$work" --quiet
/usr/bin/python3 scripts/make_family.py --family results --seeds 812,816,905,911 --variants raw --out "$work" --quiet
/usr/bin/python3 scripts/make_family.py --family letter --seeds 903 --variants raw --out "$work" --quiet
/usr/bin/python3 scripts/make_family.py --family status --seeds 305 --variants raw --out "$work" --quiet
/usr/bin/python3 scripts/make_family.py --family handleplan --seeds 327 --variants raw --out "$work" --quiet
/usr/bin/python3 scripts/make_family.py --family statusskema --seeds 600 --variants raw --out "$work" --quiet
/usr/bin/python3 scripts/make_family.py --family statusskema --seeds 349,372 --variants raw --out "$work" --quiet
# The header, the first three rows (two names with a description, one
# without) and the fourth row's name.
head -n 64 "$work/results-308.raw.txt" > "$out/results-308.raw.txt"
# The header (Indsats, Resultat 2009, Resultatkrav 2009, Mål 2009), a row
# whose name has no description, two rows with a name, a description and
# three figure cells each, and the next row's name with its description.
head -n 55 "$work/results-303.raw.txt" > "$out/results-303.raw.txt"
# All of it: a Målsætning | Resultatkrav | Resultat table whose rows are a
# name and two figure cells each, three of the names without a description.
cp "$work/results-812.raw.txt" "$out/results-812.raw.txt"
# All of it: a Mål | Resultatkrav | Resultat | Resultat table whose names
# run on into their descriptions on the name's line ("Tolkebistand for
# etniske iværksættere Tilbuddet er åbent to"), others alone.
cp "$work/results-816.raw.txt" "$out/results-816.raw.txt"
# The header and the first two rows: a name in a group row's capitals,
# another column's figure cell between it and its description.
head -n 50 "$work/results-905.raw.txt" > "$out/results-905.raw.txt"
# All of it: a text cell ("Erfaringerne formidles til de øvrige" /
# "forvaltninger") that reads like a name stands a row's blocks before the
# names of the rows below it, one block off the rows above.
cp "$work/results-911.raw.txt" "$out/results-911.raw.txt"
# All of it: a letter whose table's first column is headed "Indsatsområde",
# above names alone and a name with its description.
cp "$work/letter-903.raw.txt" "$out/letter-903.raw.txt"
# Two pages of an Indsatser | Succeskriterier | "Status ultimo 2011" table:
# the header again on page 2, a row whose bullet and status cells follow its
# description, and the next row's name with its description.
head -n 65 "$work/status-305.raw.txt" > "$out/status-305.raw.txt"
# The running header with its page mark above the title and "Bilag N",
# and the form feed that ends the page, as pdftotext ends every page.
{ head -n 24 "$work/handleplan-327.raw.txt"; printf '\f'; } > "$out/handleplan-327.raw.txt"
# Three pages of key/value forms, each label and value a block of its own:
# a label cell wrapped over three lines, and "Navn på indsats" below a
# numbered heading near the top of pages 2 and 3.
head -n 200 "$work/statusskema-600.raw.txt" > "$out/statusskema-600.raw.txt"
# Budget overviews cell by cell: the title, then the overview to the end.
# 349: dashes for empty cells, note references as cells, two rows whose
# items pdftotext set after the table; 372: every item in the unit cell's
# block above the year headers, a note below them.
budget_part() { sed -n "/$2/,\$p" "$work/$1.raw.txt"; }
{ head -n 16 "$work/statusskema-349.raw.txt"; budget_part statusskema-349 '^Ad 2: Økonomisk oversigt'; } \
  > "$out/statusskema-349-budget.raw.txt"
{ head -n 7 "$work/statusskema-372.raw.txt"; budget_part statusskema-372 '^Ad 2: Økonomisk oversigt'; } \
  > "$out/statusskema-372-budget.raw.txt"
