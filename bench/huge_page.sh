#!/usr/bin/env bash
# CPU time and peak RSS of `bilag extract` on one 14400 x 14400 pt page with
# ruled tables (tests/fixtures/pdf/huge_page.pdf) beside the same tables on
# three A4 pages (statusskema.pdf), and `pdftotext -layout` on each. The goal
# is that the huge page costs about what a normal one does. Prints figures;
# asserts nothing.
#
# Usage: bench/huge_page.sh [--build DIR] [--runs N]   (default: build, 5)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$repo/build"
runs=5
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "huge_page: unknown argument $1" >&2; exit 2 ;;
  esac
done
bilag="$build/bilag"
[[ -x "$bilag" ]] || { echo "huge_page: build $bilag first" >&2; exit 2; }

# "CPU-SECONDS PEAK-KB" of the fastest of `runs` runs of the command in $@.
times=$(mktemp)
trap 'rm -f "$times"' EXIT
cost() {
  local r
  for ((r = 0; r < runs; r++)); do
    /usr/bin/time -f "%U %S %M" -o "$times" "$@" > /dev/null 2>&1
    awk '{ printf "%.3f %d\n", $1 + $2, $3 }' "$times"
  done | sort -g | head -1
}

printf '%-34s %10s %10s\n' "command" "CPU s" "peak MB"
for name in huge_page.pdf statusskema.pdf; do
  pdf="$repo/tests/fixtures/pdf/$name"
  read -r cpu kb < <(cost "$bilag" extract --ocr never "$pdf")
  printf '%-34s %10s %10.1f\n' "bilag extract $name" "$cpu" "$(echo "$kb / 1024" | bc -l)"
  read -r cpu kb < <(cost pdftotext -layout "$pdf" /dev/null)
  printf '%-34s %10s %10.1f\n' "pdftotext -layout $name" "$cpu" "$(echo "$kb / 1024" | bc -l)"
done
