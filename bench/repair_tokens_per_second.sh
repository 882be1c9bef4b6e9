#!/usr/bin/env bash
# Words per second of the OCR repair stage (extractor/repair/repair.h):
# seed 000 (OCR without a Danish model: every word judged, ~100 repaired)
# and clean seed 001, both in `on` mode (every word checked) and in `auto`
# mode (where 001 is skipped after the cheap signs). Prints figures; asserts
# nothing.
#
# Usage: bench/repair_tokens_per_second.sh [--build DIR] [--repeat N] [--signs] [FILE...]
#   --build DIR   build directory (default: build); repair_bench is built there
#   --repeat N    the warm figure repairs each document N times over (default: 50)
#   --signs       print only the auto-mode signs of each file (no timing)
#   FILE...       documents to measure instead of seeds 000 and 001
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$repo/build"
repeat=50
signs=""
files=()

die() {
  echo "repair_tokens_per_second: $*" >&2
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --signs) signs="--signs"; shift ;;
    -h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) files+=("$1"); shift ;;
  esac
done
[[ "$repeat" =~ ^[1-9][0-9]*$ ]] || die "--repeat needs a positive whole number, not '$repeat'"
[[ -f "$build/CMakeCache.txt" ]] || die "$build is not a configured build directory"

# repair_bench is not part of the default build (EXCLUDE_FROM_ALL).
cmake --build "$build" --target repair_bench > /dev/null || die "could not build repair_bench"
bench="$build/repair_bench"
[[ -x "$bench" ]] || bench=$(find "$build" -name repair_bench -type f -perm -u+x | head -n 1)
[[ -x "$bench" ]] || die "repair_bench not found under $build"

if [[ ${#files[@]} -eq 0 ]]; then
  files=("$repo/corpus/seeds/000_7fcc06969d5505f7.txt" "$repo/corpus/seeds/001_eeed997eb7ee906a.txt")
fi

if [[ -n "$signs" ]]; then
  "$bench" --signs "${files[@]}"
  exit 0
fi
for mode in on auto; do
  echo "== --repair $mode"
  "$bench" --mode "$mode" --repeat "$repeat" "${files[@]}"
done
