#!/usr/bin/env bash
# Times `bilag text` against `pdftotext -layout` on the same 120-page PDF.
# The goal is that bilag takes at most 1.5 times as long.
#
# Usage: bench/text_vs_pdftotext.sh [--build DIR] [--runs N] [--max-ratio R] [PDF]
#   --build DIR     build directory holding the bilag binary (default: build)
#   --runs N        timed runs of each command; the median counts (default: 11)
#   --max-ratio R   exit 1 when bilag/pdftotext is above R (default: only report)
#   PDF             file to time (default: DIR/bench_120_pages.pdf, made by
#                   scripts/make_test_pdfs.py --bench when missing)
#
# Uses hyperfine when installed, else a bash loop with date +%s.%N. Both
# commands run the same number of times after one untimed warm-up run each,
# so neither is measured with a cold page cache.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$repo/build"
runs=11
max_ratio=""
pdf=""

die() {
  echo "text_vs_pdftotext: $*" >&2
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --max-ratio) max_ratio=$2; shift 2 ;;
    -h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) pdf=$1; shift ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive whole number, not '$runs'"

bilag="$build/bilag"
[[ -x "$bilag" ]] ||
  die "$bilag not found: build the CLI first (cmake --build $build --target bilag)"
command -v pdftotext > /dev/null || die "pdftotext not found: install poppler-utils"

if [[ -z "$pdf" ]]; then
  pdf="$build/bench_120_pages.pdf"
  if [[ ! -s "$pdf" ]]; then
    echo "making $pdf ..." >&2
    /usr/bin/python3 "$repo/scripts/make_test_pdfs.py" --bench "$pdf" \
      || die "could not make $pdf (needs /usr/bin/python3 with reportlab, and qpdf)"
  fi
fi
[[ -s "$pdf" ]] || die "$pdf: no such file"

# Both must succeed before their times mean anything; this is also the warm-up.
"$bilag" text "$pdf" > /dev/null || die "'$bilag text $pdf' failed (exit $?)"
pdftotext -layout "$pdf" /dev/null || die "'pdftotext -layout $pdf' failed (exit $?)"

bilag_cmd="$(printf '%q' "$bilag") text $(printf '%q' "$pdf") > /dev/null"
pdftotext_cmd="pdftotext -layout $(printf '%q' "$pdf") /dev/null"

median_of_loop() {  # median wall seconds of `runs` runs of the shell command $1
  local cmd=$1 i start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s.%N)
    eval "$cmd"
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f\n", e - s }'
  done | sort -g | awk '{ t[NR] = $1 }
    END { print (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'
}

if command -v hyperfine > /dev/null; then
  json=$(mktemp)
  trap 'rm -f "$json"' EXIT
  hyperfine --style none --warmup 1 --runs "$runs" --export-json "$json" \
    "$bilag_cmd" "$pdftotext_cmd" > /dev/null
  read -r bilag_s pdftotext_s < <(/usr/bin/python3 -c '
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
print(*(statistics.median(r["times"]) for r in results))' "$json")
  how="hyperfine, median of $runs runs"
else
  # Interleaving would be fairer under changing load, but a whole series per
  # command keeps each one's caches warm, as hyperfine does.
  bilag_s=$(median_of_loop "$bilag_cmd")
  pdftotext_s=$(median_of_loop "$pdftotext_cmd")
  how="bash loop, median of $runs runs"
fi

pages=$(pdfinfo "$pdf" 2> /dev/null | awk '/^Pages:/ { print $2 }')
ratio=$(awk -v a="$bilag_s" -v b="$pdftotext_s" 'BEGIN { printf "%.2f", a / b }')
echo "file:               $pdf (${pages:-?} pages)"
echo "timing:             $how"
printf 'bilag text:         %.3f s\n' "$bilag_s"
printf 'pdftotext -layout:  %.3f s\n' "$pdftotext_s"
echo "ratio:              $ratio (goal: at most 1.5)"

if [[ -n "$max_ratio" ]] && awk -v r="$ratio" -v m="$max_ratio" 'BEGIN { exit !(r > m) }'; then
  echo "text_vs_pdftotext: bilag text is $ratio times pdftotext -layout, above $max_ratio" >&2
  exit 1
fi
