#!/usr/bin/env bash
# Cost of the layout stage per page against the cost of ingest, printed as
# ratios (layout/ingest, rulings-render/ingest), with `pdftotext -layout` on
# the same files beside them. Prints figures; asserts nothing.
#
# Usage: bench/layout_cost.sh [--build DIR] [--runs N] [--copies N] [PDF...]
#   --build DIR   build directory (default: build); layout_cost is built there
#   --runs N      timed runs of each step; the best counts (default: 5)
#   --copies N    pages of the ruled eval07 document repeated (default: 40)
#   PDF...        files to measure instead of the two below
#
# Default files, made in DIR when missing:
#   bench_120_pages.pdf       120 text-layer pages of seed 001's statusskema
#                             (ruled key/value and budget tables), from
#                             scripts/make_test_pdfs.py --bench
#   bench_eval07_xN.pdf       tests/eval/eval07_resultater_tmf.pdf (a ruled
#                             landscape results table) repeated N times by qpdf
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$repo/build"
runs=5
copies=40
files=()

die() {
  echo "layout_cost: $*" >&2
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --copies) copies=$2; shift 2 ;;
    -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) files+=("$1"); shift ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive whole number, not '$runs'"
[[ "$copies" =~ ^[1-9][0-9]*$ ]] || die "--copies needs a positive whole number, not '$copies'"
[[ -f "$build/CMakeCache.txt" ]] || die "$build is not a configured build directory"
command -v pdftotext > /dev/null || die "pdftotext not found: install poppler-utils"

# layout_cost is not part of the default build (EXCLUDE_FROM_ALL).
cmake --build "$build" --target layout_cost > /dev/null || die "could not build layout_cost"
bench="$build/layout_cost"
[[ -x "$bench" ]] || bench=$(find "$build" -name layout_cost -type f -perm -u+x | head -n 1)
[[ -x "$bench" ]] || die "layout_cost not found under $build"

if [[ ${#files[@]} -eq 0 ]]; then
  statusskema="$build/bench_120_pages.pdf"
  if [[ ! -s "$statusskema" ]]; then
    echo "making $statusskema ..." >&2
    /usr/bin/python3 "$repo/scripts/make_test_pdfs.py" --bench "$statusskema" ||
      die "could not make $statusskema (needs /usr/bin/python3 with reportlab, and qpdf)"
  fi
  eval07="$build/bench_eval07_x$copies.pdf"
  if [[ ! -s "$eval07" ]]; then
    command -v qpdf > /dev/null || die "qpdf not found: needed to repeat eval07"
    source_pdf="$repo/tests/eval/eval07_resultater_tmf.pdf"
    repeated=()
    for ((i = 0; i < copies; i++)); do repeated+=("$source_pdf"); done
    qpdf --deterministic-id --empty --pages "${repeated[@]}" -- "$eval07" ||
      die "could not make $eval07"
  fi
  files=("$statusskema" "$eval07")
fi

best_of_loop() {  # best wall seconds of `runs` runs of pdftotext -layout on $1
  local pdf=$1 i start end
  pdftotext -layout "$pdf" /dev/null  # warm-up
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s.%N)
    pdftotext -layout "$pdf" /dev/null
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f\n", e - s }'
  done | sort -g | head -n 1
}

for pdf in "${files[@]}"; do
  [[ -s "$pdf" ]] || die "$pdf: no such file"
  out=$("$bench" --runs "$runs" "$pdf") || die "layout_cost failed on $pdf"
  echo "$out"
  pages=$(pdfinfo "$pdf" 2> /dev/null | awk '/^Pages:/ { print $2 }')
  pdftotext_s=$(best_of_loop "$pdf")
  ingest_ms=$(awk '$1 == "ingest" { print $2; exit }' <<< "$out")
  layout_ms=$(awk '$1 == "layout" { print $2; exit }' <<< "$out")
  awk -v s="$pdftotext_s" -v p="${pages:-1}" -v i="$ingest_ms" -v l="$layout_ms" 'BEGIN {
    ms = 1e3 * s / p
    printf "  %-22s %9.3f ms/page wall (whole process, best of runs)\n", "pdftotext -layout", ms
    printf "  ratio ingest/pdftotext:       %.3f wall\n", i / ms
    printf "  ratio layout/pdftotext:       %.3f wall\n", l / ms
  }'
done
