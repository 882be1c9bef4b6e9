#!/usr/bin/env bash
# CPU time (user + sys, the fastest of N interleaved runs) and peak RSS,
# side by side in one run: `pdftotext -layout`, `bilag text` and `bilag
# extract` on a 120-page text-layer PDF, and the rule engine's MB/s on ~6 MB
# of seed text
# (extract minus text, --repair off, so ingest and normalising cancel out),
# and `bilag extract` on one 14400 x 14400 pt page of ruled tables
# (tests/fixtures/pdf/huge_page.pdf) beside the same tables on three A4 pages.
# Goals (issue 14 and 16): text at most 1.2x and extract at most 1.5x
# pdftotext; rule engine at least 100 MB/s; the huge page about as costly as
# a normal one. Prints figures; asserts nothing.
#
# Usage: bench/cpu_vs_pdftotext.sh [--build DIR] [--runs N] [--before BILAG]
#                                   [--instructions]
#   --before BILAG   a second bilag binary (e.g. main's) measured in the
#                    same run, printed in a column of its own
#   --instructions   also count instructions under callgrind (valgrind):
#                    deterministic where CPU seconds on a shared machine
#                    move by a third between runs; about a minute more
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$repo/build"
runs=5
before=""
instructions=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --before) before=$2; shift 2 ;;
    --instructions) instructions=1; shift ;;
    -h | --help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "cpu_vs_pdftotext: unknown argument $1" >&2; exit 2 ;;
  esac
done
bilag="$build/bilag"
[[ -x "$bilag" ]] || { echo "cpu_vs_pdftotext: build $bilag first" >&2; exit 2; }
command -v pdftotext > /dev/null || { echo "cpu_vs_pdftotext: install poppler-utils" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pdf="$work/bench_120_pages.pdf"
/usr/bin/python3 "$repo/scripts/make_test_pdfs.py" --bench "$pdf" > /dev/null
for _ in $(seq 1 120); do
  for seed in "$repo"/corpus/seeds/00[1-4]_*.txt; do cat "$seed"; printf '\f'; done
done > "$work/big.txt"
size=$(stat -c %s "$work/big.txt")

# "CPU-SECONDS PEAK-MB" of one run of the command in $@: CPU seconds to the
# microsecond from the rusage of /usr/bin/time's run (which itself prints
# them to the 10 ms, a tenth of what pdftotext takes on the 120-page PDF);
# the peak from /usr/bin/time, whose own is ~2 MB.
cost() {
  python3 -c '
import resource, subprocess, sys
# A shell that execs keeps the figures of the children it had: this one only.
before = resource.getrusage(resource.RUSAGE_CHILDREN)
subprocess.run(["/usr/bin/time", "-f", "%M", "-o", sys.argv[1]] + sys.argv[2:],
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
after = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
print("%.3f %.1f" % (cpu, int(open(sys.argv[1]).read().split()[-1]) / 1024))' "$work/time" "$@"
}
div() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

binaries=("$bilag")
[[ -n "$before" ]] && binaries+=("$before")
label_of() { [[ "$1" == "$bilag" ]] && echo "this build" || echo "before"; }

# Every command once per round, the rounds one after another, and the
# fastest run of each kept: a shared machine's speed wanders over minutes,
# which would fall on one command alone if each ran its runs in a row.
declare -A best_s best_mb
measure() {  # key command...
  local key=$1 s mb
  shift
  read -r s mb < <(cost "$@")
  if [[ -z "${best_s[$key]:-}" ]] || awk -v a="$s" -v b="${best_s[$key]}" 'BEGIN { exit !(a < b) }'; then
    best_s[$key]=$s
    best_mb[$key]=$mb
  fi
}
for ((r = 0; r < runs; r++)); do
  measure pdftotext pdftotext -layout "$pdf" /dev/null
  for b in "${binaries[@]}"; do
    for command in text extract; do measure "$b $command pdf" "$b" "$command" "$pdf"; done
    measure "$b text seed" "$b" text --repair off "$work/big.txt"
    measure "$b extract seed" "$b" extract --repair off "$work/big.txt"
    for name in huge_page.pdf statusskema.pdf; do
      measure "$b $name" "$b" extract --ocr never "$repo/tests/fixtures/pdf/$name"
    done
  done
done

pdftotext_s=${best_s[pdftotext]}
echo "120-page text-layer PDF; CPU s (ratio to pdftotext -layout), peak MB; best of $runs interleaved"
printf '  %-28s %7s s          %6s MB\n' "pdftotext -layout" "$pdftotext_s" "${best_mb[pdftotext]}"
for b in "${binaries[@]}"; do
  for command in text extract; do
    key="$b $command pdf"
    printf '  %-28s %7s s (%5sx) %6s MB\n' "bilag $command ($(label_of "$b"))" "${best_s[$key]}" \
      "$(div "${best_s[$key]}" "$pdftotext_s")" "${best_mb[$key]}"
  done
done
echo "rule engine on $(div "$size" 1000000) MB of seed text (extract - text, --repair off)"
for b in "${binaries[@]}"; do
  text_s=${best_s[$b text seed]}
  extract_s=${best_s[$b extract seed]}
  rules_s=$(awk -v a="$extract_s" -v b="$text_s" 'BEGIN { printf "%.3f", a - b }')
  printf '  %-22s text %6s s, extract %6s s, rules %6s s = %6s MB/s\n' "$(label_of "$b")" \
    "$text_s" "$extract_s" "$rules_s" \
    "$(awk -v n="$size" -v s="$rules_s" 'BEGIN { printf "%.1f", n / 1e6 / s }')"
done
echo "one 14400 x 14400 pt page of tables vs the same tables on A4 (--ocr never)"
for b in "${binaries[@]}"; do
  for name in huge_page.pdf statusskema.pdf; do
    printf '  %-22s %-16s %7s s %7s MB\n' "$(label_of "$b")" "$name" "${best_s[$b $name]}" \
      "${best_mb[$b $name]}"
  done
done

[[ $instructions == 1 ]] || exit 0
command -v valgrind > /dev/null || { echo "cpu_vs_pdftotext: --instructions needs valgrind" >&2; exit 2; }
# Instructions the command in $@ executes, all threads (callgrind).
instr() {
  # Children traced: a --before wrapper script that execs a binary counts as the binary.
  valgrind --tool=callgrind --trace-children=yes --callgrind-out-file=/dev/null "$@" \
    > /dev/null 2> "$work/callgrind"
  grep -o 'Collected : [0-9]*' "$work/callgrind" | tail -1 | awk '{ print $3 }'
}
millions() { awk -v n="$1" 'BEGIN { printf "%.1fM", n / 1e6 }'; }
echo "instructions (callgrind), the 120-page PDF and the seed text"
pdftotext_i=$(instr pdftotext -layout "$pdf" /dev/null)
printf '  %-28s %10s\n' "pdftotext -layout" "$(millions "$pdftotext_i")"
for b in "${binaries[@]}"; do
  label=$([[ "$b" == "$bilag" ]] && echo "this build" || echo "before")
  for command in text extract; do
    i=$(instr "$b" "$command" "$pdf")
    printf '  %-28s %10s (%5sx)\n' "bilag $command ($label)" "$(millions "$i")" "$(div "$i" "$pdftotext_i")"
  done
  text_i=$(instr "$b" text --repair off "$work/big.txt")
  extract_i=$(instr "$b" extract --repair off "$work/big.txt")
  printf '  %-28s %10s (extract %s - text %s)\n' "rule engine ($label)" \
    "$(millions $((extract_i - text_i)))" "$(millions "$extract_i")" "$(millions "$text_i")"
done
