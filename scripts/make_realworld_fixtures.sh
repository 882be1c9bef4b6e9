#!/usr/bin/env bash
# Cuts the real-world table pages of tests/fixtures/realworld/ out of the
# documentation PDFs that Debian 12 packages ship (see that folder's
# README.md for what each page is and its licence). Each fixture is the
# manual's page with its copyright and permission notice, then the page with
# the table, so the notice travels with the page.
#
#   scripts/make_realworld_fixtures.sh     # writes tests/fixtures/realworld/*.pdf
#
# Downloads the two .deb files with apt-get (no root needed: into a temporary
# folder) and needs dpkg-deb and qpdf. The fixtures are committed; rerun only
# to remake them, and check the package versions against the README.
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/fixtures/realworld
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && apt-get download r-doc-pdf=4.2.2.20221110-2 gnuplot-doc=5.4.4+dfsg1-2 \
  r-cran-xtable=1:1.8-4-2)
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/root"; done

# FILE NOTICE_PAGE TABLE_PAGE OUT: pages are the PDF's own (1-based).
cut_pages() {
  qpdf --empty --deterministic-id --pages "$1" "$2,$3" -- "$4"
}
cut_pages "$work/root/usr/share/doc/r-doc-pdf/manual/R-intro.pdf" 2 39 "$out/r-intro-read-table.pdf"
cut_pages "$work/root/usr/share/doc/gnuplot/gnuplot.pdf" 21 34 "$out/gnuplot-enhanced-text.pdf"
# The xtable gallery's title page names its authors (the package is GPL-2+).
xtable="$work/root/usr/lib/R/site-library/xtable/doc/xtableGallery.pdf"
cut_pages "$xtable" 1 3 "$out/xtable-gallery-anova.pdf"
cut_pages "$xtable" 1 7 "$out/xtable-gallery-time-series.pdf"
