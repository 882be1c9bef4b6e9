#!/usr/bin/env bash
# Writes the text renditions of the layout fixtures that
# tests/layout/text_grid_test.cpp reads, as earlier conversions left them:
#
#   tests/fixtures/layout/NAME.layout.txt   pdftotext -layout NAME.pdf
#                                           (text laid out with spaces: tables
#                                           as columns of characters)
#   tests/fixtures/layout/NAME.raw.txt      pdftotext NAME.pdf (without -layout:
#                                           a table's cells one after another)
#
# The PDFs are those of scripts/make_layout_fixtures.py, whose cells the tests
# know. The texts are committed, so the tests need no poppler-utils; rerun
# this after the PDFs change and commit the result. Written with pdftotext
# 22.12.0 (Debian 12); another version may place a column a character off.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=tests/fixtures/layout
for name in results status budget letter statusskema; do
  pdftotext -layout "$dir/$name.pdf" "$dir/$name.layout.txt"
done
for name in results status; do
  pdftotext "$dir/$name.pdf" "$dir/$name.raw.txt"
done
