#!/usr/bin/env bash
# Throughput of `bilag import` on text-layer PDFs: documents per second with
# -j 1 and -j 2, and import time against `bilag extract -o DIR` of the same
# files. Goals: -j 2 at least 1.7 times -j 1; import (-j 1) at most 1.2 times
# extract (both extract one document at a time then).
#
# Usage: bench/import_throughput.sh [--build DIR] [--docs N] [--runs N]
#   --build DIR   build directory holding the bilag binary (default: build)
#   --docs N      PDFs to make (default: 200): copies of statusskema.pdf and
#                 letter.pdf from tests/fixtures/pdf, each with a PDF comment
#                 appended so every copy has its own content hash
#   --runs N      timed runs of each command; the fastest counts (default: 3)
#
# Every import writes a fresh database (removed before each run), so no run
# skips anything. One untimed warm-up run of extract fills the page cache.
# Prints wall and CPU (user + sys) seconds: on a busy machine the wall times
# (and so the -j speed-up) are unreliable, the CPU times much less so.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$repo/build"
docs=200
runs=3

die() {
  echo "import_throughput: $*" >&2
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --docs) docs=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    -h | --help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
[[ "$docs" =~ ^[1-9][0-9]*$ ]] || die "--docs needs a positive whole number, not '$docs'"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive whole number, not '$runs'"
bilag="$build/bilag"
[[ -x "$bilag" ]] || die "$bilag not found: build the CLI first (cmake --build $build --target bilag)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/pdfs"
sources=("$repo/tests/fixtures/pdf/statusskema.pdf" "$repo/tests/fixtures/pdf/letter.pdf")
for ((i = 0; i < docs; i++)); do
  source=${sources[i % ${#sources[@]}]}
  target=$(printf '%s/pdfs/%04d-%s' "$work" "$i" "$(basename "$source")")
  { cat "$source"; printf '\n%% bench variant %d\n' "$i"; } > "$target"
done
pages=$(for f in "${sources[@]}"; do pdfinfo "$f" 2> /dev/null | awk '/^Pages:/ { print $2 }'; done |
  awk -v n="$docs" '{ s += $1; c++ } END { if (c) printf "%d", s / c * n; else print "?" }')

# "WALL CPU" seconds of one run of the command in $@ (CPU = user + sys of
# the process and its children).
seconds() {
  local TIMEFORMAT="%R %U %S" times
  times=$( { time "$@" > /dev/null 2>&1; } 2>&1) || die "'$*' failed"
  awk '{ printf "%.4f %.4f\n", $1, $2 + $3 }' <<< "$times"
}

# The fastest of the runs: on a shared machine other work only ever adds
# time, so the minimum is the best estimate of the command's own cost.
best() { sort -g | head -1; }

run_extract() {
  rm -rf "$work/json"
  "$bilag" extract -o "$work/json" "$work"/pdfs/*.pdf
}

run_import() {  # $1 = jobs
  rm -f "$work"/db.sqlite*
  "$bilag" import --db "$work/db.sqlite" -j "$1" --progress=none "$work/pdfs"
}

# How many cores this script gets at all: CPU/wall of two busy loops in
# parallel (2.00 on an idle 2-core machine). On a shared machine the -j 2
# speed-up cannot exceed it, whatever the code does.
busy() { local i; for ((i = 0; i < 400000; i++)); do :; done; }
cores_available() {
  local TIMEFORMAT="%R %U %S" times
  times=$( { time (busy & busy & wait); } 2>&1)
  awk '{ printf "%.2f", ($2 + $3) / $1 }' <<< "$times"
}

available_before=$(cores_available)
run_extract > /dev/null 2>&1 || die "extract failed"  # warm-up
read -r extract_s extract_cpu < <(for ((r = 0; r < runs; r++)); do seconds run_extract; done | best)
read -r j1_s j1_cpu < <(for ((r = 0; r < runs; r++)); do seconds run_import 1; done | best)
read -r j2_s j2_cpu < <(for ((r = 0; r < runs; r++)); do seconds run_import 2; done | best)

rate() { awk -v n="$docs" -v s="$1" 'BEGIN { printf "%.1f", n / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

available_after=$(cores_available)
load=$(cut -d' ' -f1 /proc/loadavg)
echo "documents:            $docs text-layer PDFs (~$pages pages), best of $runs runs"
echo "machine:              $(nproc) cores, load average $load; cores this script got:" \
  "$available_before before, $available_after after the runs"
printf 'extract -o DIR:       %6.2f s wall %7s docs/s  %6.2f s CPU\n' "$extract_s" \
  "$(rate "$extract_s")" "$extract_cpu"
printf 'import -j 1:          %6.2f s wall %7s docs/s  %6.2f s CPU\n' "$j1_s" "$(rate "$j1_s")" \
  "$j1_cpu"
printf 'import -j 2:          %6.2f s wall %7s docs/s  %6.2f s CPU\n' "$j2_s" "$(rate "$j2_s")" \
  "$j2_cpu"
echo "speed-up -j 2 / -j 1:  $(ratio "$j1_s" "$j2_s") (goal: at least 1.7)"
echo "cores used (CPU/wall): -j 1 $(ratio "$j1_cpu" "$j1_s"), -j 2 $(ratio "$j2_cpu" "$j2_s")"
echo "import -j 1 / extract: $(ratio "$j1_s" "$extract_s") wall, $(ratio "$j1_cpu" "$extract_cpu") CPU (goal: at most 1.2)"
echo "import -j 2 / extract: $(ratio "$j2_s" "$extract_s") wall"
awk -v a="$available_before" -v b="$available_after" 'BEGIN { exit !(a < 1.8 || b < 1.8) }' &&
  echo "note: other work took part of the cores (see 'cores this script got'); wall times and" \
    "the speed-up are unreliable then, CPU times much less so" >&2
exit 0
