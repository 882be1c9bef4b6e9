#!/usr/bin/env bash
# Runs hundreds of generated documents (scripts/make_family.py) with fresh
# random seeds through bilag and prints, per family, the F1 per category and
# over all categories, and the worst documents with their seeds and scores.
# A worst document is rebuilt with
#   scripts/make_family.py --family FAMILY --seeds SEED --out DIR
# (DIR/choices/FAMILY-SEED.json lists what was drawn for it).
#
# Usage: bench/family_worst.sh [--build DIR] [--count N] [--first SEED]
#                              [--variants pdf,txt,scan] [--worst N] [--family F] [--keep DIR]
#   --build DIR     build directory holding the bilag binary (default: build)
#   --count N       documents per family (default: 200)
#   --first SEED    first seed (default: a fresh random one, printed)
#   --variants V    input variants to score (default: pdf; scan is slow)
#   --worst N       worst documents listed per family (default: 10)
#   --family F      one family or a comma-separated list (default: all)
#   --keep DIR      keep documents, gold and outputs in DIR
# Needs ../shared/devset/score.py (the development set's scorer).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$repo/build"
count=200
first=""
variants=pdf
worst=10
family=all
keep=""

die() {
  echo "family_worst: $*" >&2
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --count) count=$2; shift 2 ;;
    --first) first=$2; shift 2 ;;
    --variants) variants=$2; shift 2 ;;
    --worst) worst=$2; shift 2 ;;
    --family) family=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h | --help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
[[ "$count" =~ ^[1-9][0-9]*$ ]] || die "--count needs a positive whole number, not '$count'"
if [[ -z "$first" ]]; then
  first=$(( (RANDOM << 15 | RANDOM) % 900000 + 100000 ))
fi
[[ "$first" =~ ^[0-9]+$ ]] || die "--first needs a whole number, not '$first'"
last=$(( first + count - 1 ))
[[ -x "$build/bilag" ]] || die "no bilag binary in $build (scripts/build.sh builds it)"

echo "family_worst: seeds $first-$last per family (rerun with --first $first --count $count), variants $variants"
args=(--family "$family" --seeds "$first-$last" --variants "$variants" --bilag "$build/bilag"
      --worst "$worst" --jobs "$(nproc)")
[[ -n "$keep" ]] && args+=(--out "$keep")
XDG_CACHE_HOME="${XDG_CACHE_HOME:-$build/test-cache}" exec python3 "$repo/scripts/family_f1.py" "${args[@]}"
