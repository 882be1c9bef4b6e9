#!/usr/bin/env bash
# Doubles hostile inputs and prints how the time grows per doubling: a
# linear stage takes about twice as long (ratio ~2; up to ~2.3 is noise and
# cache effects), a quadratic one four times as long.
#
# Usage: bench/linear_time.sh [--build DIR] [--runs N] [--max-ratio R] [CASE...]
#   --build DIR     build directory holding the bilag binary (default: build)
#   --runs N        runs per size; the fastest counts (default: 3)
#   --max-ratio R   exit 1 when a ratio is above R (default: only report)
#   CASE            numbers, tabwords, pages, longline (default: all four)
#
#   numbers   bilag extract on one line of 8,000 .. 32,000 "1.000.000"
#   tabwords  bilag text --layout on a tab line of 32,000 .. 128,000 words
#   pages     bilag extract on 250 .. 1,000 pages of prose and a table
#   longline  bilag extract on one line of 5 .. 20 MB
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$repo/build"
runs=3
max_ratio=""
cases=()

die() {
  echo "linear_time: $*" >&2
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --max-ratio) max_ratio=$2; shift 2 ;;
    -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) cases+=("$1"); shift ;;
  esac
done
[[ ${#cases[@]} -gt 0 ]] || cases=(numbers tabwords pages longline)
bilag="$build/bilag"
[[ -x "$bilag" ]] || die "no $bilag (build first: scripts/build.sh)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The fastest of $runs runs, in seconds.
best_time() {
  local best="" t
  for ((r = 0; r < runs; r++)); do
    /usr/bin/time -f %e -o "$work/time" "$@" >/dev/null 2>&1 || true
    t=$(tail -1 "$work/time")
    if [[ -z "$best" ]] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t; fi
  done
  echo "$best"
}

failed=0
printf '%-9s %12s %9s %8s\n' case size seconds ratio
for name in "${cases[@]}"; do
  case "$name" in
    numbers) sizes=(8000 16000 32000); command=(extract) ;;
    tabwords) sizes=(32000 64000 128000); command=(text --layout) ;;
    pages) sizes=(250 500 1000); command=(extract) ;;
    longline) sizes=(5 10 20); command=(extract) ;;
    *) die "unknown case $name" ;;
  esac
  previous=""
  for size in "${sizes[@]}"; do
    input="$work/$name-$size.txt"
    /usr/bin/python3 "$repo/bench/hostile_inputs.py" "$name" "$size" "$input"
    seconds=$(best_time "$bilag" "${command[@]}" "$input")
    ratio="-"
    if [[ -n "$previous" ]]; then
      ratio=$(awk -v a="$seconds" -v b="$previous" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
      if [[ -n "$max_ratio" ]] && awk -v r="$ratio" -v m="$max_ratio" 'BEGIN { exit !(r > m) }'; then
        failed=1
      fi
    fi
    printf '%-9s %12s %9s %8s\n' "$name" "$size" "$seconds" "$ratio"
    previous=$seconds
  done
done
exit "$failed"
