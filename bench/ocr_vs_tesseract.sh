#!/usr/bin/env bash
# Times bilag's OCR against the tesseract command line on the same page
# images, in one run, and prints the figures and their ratios:
#
#   per page    `bilag text --ocr always --no-cache -j 1` on an 8-page scanned
#               PDF against `tesseract LIST - -l dan` on PNGs of the same
#               renders (one process each, model loaded once; goal: bilag at
#               most 1.05x)
#   -j 2        the same bilag run with -j 2 against -j 1 (goal: at least
#               1.8x faster on 2 cores)
#   warm cache  a re-run on a filled cache against the run that filled it
#               (goal: at most 2% of the cold run)
#
# The pages are tests/fixtures/pdf/statusskema.pdf (3 pages) and letter.pdf
# (both twice), rendered by pdftoppm at 300 dpi in grey and packed by img2pdf, so that
# bilag renders them back to the same pixels tesseract reads. Both run with
# OMP_THREAD_LIMIT=1, Tesseract's fastest setting on few cores. Each command
# runs --runs times, interleaved with the others (fair under changing load);
# the fastest run counts. Wall-clock and CPU seconds are printed, as a loaded
# machine shows in the difference.
#
# Usage: bench/ocr_vs_tesseract.sh [--build DIR] [--runs N] [--before BILAG]
#   --build DIR     build directory holding the bilag binary (default: build)
#   --runs N        timed runs of each command (default: 3)
#   --before BILAG  also time this binary's -j 1 run (e.g. main's), interleaved
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$repo/build"
runs=3
before=""

die() {
  echo "ocr_vs_tesseract: $*" >&2
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --before) before=$2; shift 2 ;;
    -h | --help) sed -n '2,28p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive whole number, not '$runs'"
bilag="$build/bilag"
[[ -x "$bilag" ]] || die "$bilag not found: build the CLI first (cmake --build $build --target bilag)"
[[ -z "$before" || -x "$before" ]] || die "no $before"
for tool in tesseract pdftoppm img2pdf; do
  command -v "$tool" > /dev/null || die "$tool not found (scripts/install-deps.sh installs it)"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cores=$(nproc)  # before OMP_THREAD_LIMIT, which nproc obeys
export OMP_THREAD_LIMIT=1
# A binary copied out of its build finds the rules here.
export BILAG_RULES_DIR=${BILAG_RULES_DIR:-$repo/rules}

pdftoppm -r 300 -gray -png "$repo/tests/fixtures/pdf/statusskema.pdf" "$work/a"
pdftoppm -r 300 -gray -png "$repo/tests/fixtures/pdf/letter.pdf" "$work/b"
# Twice over: 8 pages, so that two workers are not left waiting for one
# long last page (the pages differ in cost by up to 1.6x).
pngs=("$work"/a-*.png "$work"/b-*.png "$work"/a-*.png "$work"/b-*.png)
pages=${#pngs[@]}
printf '%s\n' "${pngs[@]}" > "$work/list.txt"
img2pdf --engine internal -o "$work/scan.pdf" "${pngs[@]}"

# Runs a command; prints "wall cpu" seconds (cpu = user + system, children included).
timed() {
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" > /dev/null 2> "$work/stderr" ||
    { cat "$work/stderr" >&2; die "'$*' failed"; }
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$work/time"
}

# The fastest of the runs so far for each name, by wall time.
declare -A best_wall best_cpu
record() {  # name "wall cpu"
  local name=$1 wall cpu
  [[ -n "$2" ]] || die "the timed run of $name failed (above)"
  read -r wall cpu <<< "$2"
  if [[ -z "${best_wall[$name]:-}" ]] || awk -v a="$wall" -v b="${best_wall[$name]}" 'BEGIN { exit !(a < b) }'; then
    best_wall[$name]=$wall
    best_cpu[$name]=$cpu
  fi
}

load=$(cut -d' ' -f1-3 /proc/loadavg)
bilag_text=("$bilag" text --ocr always)
for ((run = 0; run < runs; run++)); do
  record tesseract "$(timed tesseract "$work/list.txt" - -l dan)"
  record j1 "$(timed "${bilag_text[@]}" --no-cache -j 1 "$work/scan.pdf")"
  [[ -z "$before" ]] ||
    record before "$(timed "$before" text --ocr always --no-cache -j 1 "$work/scan.pdf")"
  record j2 "$(timed "${bilag_text[@]}" --no-cache -j 2 "$work/scan.pdf")"
  rm -rf "$work/cache"
  record cold "$(timed "${bilag_text[@]}" --cache "$work/cache" "$work/scan.pdf")"
  record warm "$(timed "${bilag_text[@]}" --cache "$work/cache" "$work/scan.pdf")"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
per_page() { awk -v t="$1" -v n="$pages" 'BEGIN { printf "%.3f", t / n }'; }
line() {  # label name
  printf '%-44s %7.3f s wall %7.3f s cpu  (%s s/page)\n' "$1" "${best_wall[$2]}" \
    "${best_cpu[$2]}" "$(per_page "${best_wall[$2]}")"
}

echo "pages:        $pages at 300 dpi"
echo "machine:      $cores cores; load average $load before, $(cut -d' ' -f1-3 /proc/loadavg) after"
echo "timing:       fastest of $runs interleaved runs, OMP_THREAD_LIMIT=1"
echo "engine:       $(tesseract --version 2>&1 | head -1)"
line "tesseract LIST - -l dan" tesseract
line "bilag text --ocr always --no-cache -j 1" j1
[[ -z "$before" ]] || line "before: bilag text --ocr always --no-cache -j 1" before
line "bilag text --ocr always --no-cache -j 2" j2
line "bilag text --ocr always (cold cache)" cold
line "bilag text --ocr always (warm cache)" warm
echo "per page, bilag -j 1 / tesseract:  $(ratio "${best_wall[j1]}" "${best_wall[tesseract]}") wall, $(ratio "${best_cpu[j1]}" "${best_cpu[tesseract]}") cpu (goal: at most 1.05)"
[[ -z "$before" ]] ||
  echo "per page, before -j 1 / tesseract: $(ratio "${best_wall[before]}" "${best_wall[tesseract]}") wall, $(ratio "${best_cpu[before]}" "${best_cpu[tesseract]}") cpu"
echo "speed-up of -j 2 over -j 1:        $(ratio "${best_wall[j1]}" "${best_wall[j2]}") (goal: at least 1.8)"
echo "warm cache / cold run:             $(ratio "${best_wall[warm]}" "${best_wall[cold]}") (goal: at most 0.02)"
