#!/usr/bin/env bash
# Rule engine throughput with the full shipped rule set, and extraction end
# to end per page. Prints figures; asserts nothing.
#
#   rule engine MB/s = text size / (time of `bilag extract` - time of `bilag text`)
#     on the same normalised text, so ingest and normalisation cancel out;
#   per page = `bilag extract` on a 120-page text-layer PDF / 120, beside
#     `pdftotext -layout` on the same file.
set -euo pipefail
cd "$(dirname "$0")/.."
bilag=${BILAG:-build/bilag}
[ -x "$bilag" ] || { echo "build first: $bilag is missing" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ~10 MB of seed text: the four clean seeds, many times over, page-broken.
for i in $(seq 1 120); do
  for seed in corpus/seeds/00[1-4]_*.txt; do cat "$seed"; printf '\f'; done
done > "$work/big.txt"
size=$(stat -c %s "$work/big.txt")

best() {  # best of 3 wall-clock seconds of a command
  local best=""
  for _ in 1 2 3; do
    local start end t
    start=$(date +%s.%N); "$@" > /dev/null; end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || (( $(echo "$t < $best" | bc -l) )); then best=$t; fi
  done
  echo "$best"
}

text_s=$(best "$bilag" text --repair off "$work/big.txt")
extract_s=$(best "$bilag" extract --repair off "$work/big.txt")
rules_s=$(echo "$extract_s - $text_s" | bc -l)
printf 'text input: %.1f MB\n' "$(echo "$size / 1000000" | bc -l)"
printf '  bilag text    %.3f s (ingest + normalise)\n' "$text_s"
printf '  bilag extract %.3f s\n' "$extract_s"
printf '  rule engine   %.3f s = %.1f MB/s\n' "$rules_s" "$(echo "$size / 1000000 / $rules_s" | bc -l)"

pdf="$work/bench_120_pages.pdf"
/usr/bin/python3 scripts/make_test_pdfs.py --bench "$pdf" > /dev/null
pdftotext_s=$(best pdftotext -layout "$pdf" /dev/null)
pdf_extract_s=$(best "$bilag" extract "$pdf")
printf '120-page text-layer PDF:\n'
printf '  pdftotext -layout %.3f s (%.1f ms/page)\n' "$pdftotext_s" "$(echo "$pdftotext_s * 1000 / 120" | bc -l)"
printf '  bilag extract     %.3f s (%.1f ms/page)\n' "$pdf_extract_s" "$(echo "$pdf_extract_s * 1000 / 120" | bc -l)"
printf '  ratio extract / pdftotext: %.2f\n' "$(echo "$pdf_extract_s / $pdftotext_s" | bc -l)"
