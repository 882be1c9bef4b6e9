#!/usr/bin/env bash
# Prints the peak RSS (/usr/bin/time -v) of `bilag extract` on text of
# 12.5, 25 and 50 MB (pages of prose and a table, bench/hostile_inputs.py),
# so that memory bounded by the pages in flight shows as a flat figure and
# memory that grows with the document as one that doubles. Goal: 50 MB of
# text under 300 MB.
#
# Usage: bench/peak_memory.sh [--build DIR] [--before BILAG] [--max-mb M] [SIZE_MB...]
#   --build DIR      build directory holding the bilag binary (default: build)
#   --before BILAG   also measure this binary (e.g. main's) on the same inputs,
#                    its peak in a column beside
#   --max-mb M       exit 1 when a peak is above M MB (default: only report)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$repo/build"
max_mb=""
before=""
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
    -h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[[ ${#sizes[@]} -gt 0 ]] || sizes=(12.5 25 50)
bilag="$build/bilag"
[[ -x "$bilag" ]] || die "no $bilag (build first: scripts/build.sh)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[[ -z "$before" || -x "$before" ]] || die "no $before"

# Peak RSS in MB of `extract` on $2 by binary $1; the output goes to $3.
# OMP_THREAD_LIMIT set as bilag sets it itself, which spares its re-exec.
peak_of() {
  OMP_THREAD_LIMIT=1 /usr/bin/time -v -o "$work/time" "$1" extract "$2" >"$3" 2>/dev/null || true
  awk -F': ' '/Maximum resident set size/ { print int($2 / 1024) }' "$work/time"
}

failed=0
printf '%-8s %10s %12s %9s %12s %15s\n' input "size MB" "peak RSS MB" seconds "output MB" "before RSS MB"
for size in "${sizes[@]}"; do
  input="$work/prose-$size.txt"
  /usr/bin/python3 "$repo/bench/hostile_inputs.py" prose "$size" "$input"
  peak_mb=$(peak_of "$bilag" "$input" "$work/out.json")
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$work/time")
  out_mb=$(awk -v b="$(stat -c %s "$work/out.json")" 'BEGIN { printf "%.1f", b / 1e6 }')
  before_mb=-
  [[ -z "$before" ]] || before_mb=$(peak_of "$before" "$input" /dev/null)
  printf '%-8s %10s %12s %9s %12s %15s\n' prose "$size" "$peak_mb" "$seconds" "$out_mb" "$before_mb"
  if [[ -n "$max_mb" && "$peak_mb" -gt "$max_mb" ]]; then failed=1; fi
done
exit "$failed"
