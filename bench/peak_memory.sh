#!/usr/bin/env bash
# Prints the peak RSS (/usr/bin/time -v) of `bilag extract` on text of
# 12.5, 25 and 50 MB (pages of prose and a table, bench/hostile_inputs.py),
# so that memory bounded by the pages in flight shows as a flat figure and
# memory that grows with the document as one that doubles. Goal (issue 16):
# 50 MB of text under 300 MB.
# With --pages, on text-layer PDFs of that many pages instead
# (scripts/make_test_pdfs.py --bench --pages), and with --scan on scans of
# the largest one's first pages (pdftoppm gray at 150 dpi, img2pdf on A4
# pages; OCR without the cache, about 2 s CPU a page). Goal (issue 14): a 300-page
# scan at most 300 MB, 3000 pages at most twice 300.
#
# Usage: bench/peak_memory.sh [--build DIR] [--before BILAG] [--max-mb M]
#                             [--pages N,...] [--scan N,...] [SIZE_MB...]
#   --build DIR      build directory holding the bilag binary (default: build)
#   --before BILAG   also measure this binary (e.g. main's) on the same inputs,
#                    its peak in a column beside
#   --max-mb M       exit 1 when a peak is above M MB (default: only report)
#   --pages N,...    text-layer PDFs of N pages (e.g. 300,3000)
#   --scan N,...     scans of N pages (with --pages)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$repo/build"
max_mb=""
before=""
pages=""
scans=""
sizes=()

die() {
  echo "peak_memory: $*" >&2
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --max-mb) max_mb=$2; shift 2 ;;
    --before) before=$2; shift 2 ;;
    --pages) pages=$2; shift 2 ;;
    --scan) scans=$2; shift 2 ;;
    -h | --help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[[ ${#sizes[@]} -gt 0 || -n "$pages" ]] || sizes=(12.5 25 50)
[[ -z "$scans" || -n "$pages" ]] || die "--scan needs --pages (the scans are made from that PDF)"
bilag="$build/bilag"
[[ -x "$bilag" ]] || die "no $bilag (build first: scripts/build.sh)"
[[ -z "$before" || -x "$before" ]] || die "no $before"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# "PEAK_MB CPU_S" of `extract` by binary $1 on $2 (more arguments go to
# extract). OMP_THREAD_LIMIT=1 as bilag sets it itself before it loads
# Tesseract (older binaries restarted themselves to set it).
peak_of() {
  local binary=$1 input=$2
  shift 2
  OMP_THREAD_LIMIT=1 /usr/bin/time -v -o "$work/time" "$binary" extract "$@" "$input" \
    >"$work/out.json" 2>/dev/null || true
  awk -F': ' '/Maximum resident set size/ { mb = int($2 / 1024) }
              /User time/ { user = $2 } /System time/ { sys = $2 }
              END { printf "%d %.1f\n", mb, user + sys }' "$work/time"
}

failed=0
# One line of the table: input kind, its size, then extract's arguments.
row() {
  local kind=$1 size=$2 input=$3
  shift 3
  local mb cpu before_mb=-
  read -r mb cpu < <(peak_of "$bilag" "$input" "$@")
  local out_mb
  out_mb=$(awk -v b="$(stat -c %s "$work/out.json")" 'BEGIN { printf "%.1f", b / 1e6 }')
  [[ -z "$before" ]] || read -r before_mb _ < <(peak_of "$before" "$input" "$@")
  printf '%-6s %10s %12s %8s %10s %14s\n' "$kind" "$size" "$mb" "$cpu" "$out_mb" "$before_mb"
  if [[ -n "$max_mb" && "$mb" -gt "$max_mb" ]]; then failed=1; fi
}

printf '%-6s %10s %12s %8s %10s %14s\n' input "MB / pages" "peak RSS MB" "CPU s" "output MB" \
  "before RSS MB"
for size in "${sizes[@]}"; do
  /usr/bin/python3 "$repo/bench/hostile_inputs.py" prose "$size" "$work/prose-$size.txt"
  row prose "$size" "$work/prose-$size.txt"
done
largest=0
IFS=, read -r -a page_counts <<<"$pages"
for count in "${page_counts[@]}"; do
  /usr/bin/python3 "$repo/scripts/make_test_pdfs.py" --bench "$work/text-$count.pdf" \
    --pages "$count" >/dev/null
  row pdf "$count" "$work/text-$count.pdf"
  if ((count > largest)); then largest=$count; fi
done
IFS=, read -r -a scan_counts <<<"$scans"
for count in "${scan_counts[@]}"; do
  ((count <= largest)) || die "--scan $count: more pages than the largest PDF ($largest)"
  mkdir -p "$work/scan-$count"
  pdftoppm -gray -r 150 -f 1 -l "$count" "$work/text-$largest.pdf" "$work/scan-$count/p"
  # A PGM carries no resolution: without a page size img2pdf would place
  # each 150 dpi image at its default 96 dpi, on a 33 x 46 cm page that OCR
  # renders at 300 dpi with 2.4 times an A4 page's pixels. A scanner (and
  # the devset's scans) gives an A4 page.
  img2pdf --nodate --pagesize A4 "$work/scan-$count"/p-*.pgm -o "$work/scan-$count.pdf"
  rm -rf "${work:?}/scan-$count"
  row scan "$count" "$work/scan-$count.pdf" --no-cache
done
exit "$failed"
