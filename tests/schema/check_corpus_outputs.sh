#!/usr/bin/env bash
# Runs `bilag extract` on every corpus document and a set of bad inputs, and
# validates every JSON object it writes against schema/bilag.schema.json.
# Usage: check_corpus_outputs.sh BILAG_BINARY SOURCE_DIR
set -euo pipefail
bilag=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mapfile -t inputs < <(find "$src/corpus" -type f \( -name '*.txt' -o -name '*.pdf' -o -name '*.html' \) \
  ! -name '*.expected.*' | sort)
[ "${#inputs[@]}" -gt 0 ] || { echo "no corpus inputs found"; exit 1; }

# Bad inputs: each must still give a valid (error) object.
printf '' > "$work/empty.txt"
head -c 4096 /dev/urandom > "$work/garbage.bin"
bad=("$work/empty.txt" "$work/garbage.bin" "$work/missing.pdf" "$work")
[ -d "$src/tests/fixtures/pdf" ] && bad+=("$src"/tests/fixtures/pdf/*.pdf)

status=0
"$bilag" extract "${inputs[@]}" > "$work/corpus.jsonl" || status=$?
[ "$status" -eq 0 ] || { echo "bilag extract failed on the corpus (exit $status)"; exit 1; }
"$bilag" extract "${bad[@]}" > "$work/bad.jsonl" || true
"$bilag" extract -o "$work/out" "${inputs[0]}" >/dev/null
/usr/bin/python3 "$src/tests/schema/validate_outputs.py" "$src/schema/bilag.schema.json" \
  "$work/corpus.jsonl" "$work/bad.jsonl" "$work"/out/*.json
