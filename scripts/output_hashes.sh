#!/usr/bin/env bash
# SHA-256 of `bilag extract`'s output for every corpus document and every
# text-layer and text input of the development set: a fingerprint of what
# extraction produces, so a change meant only to make bilag faster can show
# that its output stayed byte-identical.
#
#   scripts/output_hashes.sh [--bilag PATH] write FILE   records the hashes
#   scripts/output_hashes.sh [--bilag PATH] check FILE   exits 1 on a difference
#
# FILE is tests/fixtures/output_hashes.txt. The scans (*.scan.pdf,
# *.engocr.pdf) are left out: their text depends on the installed Tesseract,
# not only on bilag. Before hashing, the fields that name the machine or the
# build rather than the extraction are blanked: source.path (where the input
# lies), tool.version and rules.sha256 (a hash of the rules' files: what the
# rules do to the output still counts). When a change is meant to alter output,
# re-record with `write` and say why in the commit.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
devset=${BILAG_DEVSET:-$root/../shared/devset}
bilag=$root/build/bilag
if [ "${1:-}" = --bilag ]; then
  bilag=$2
  shift 2
fi
mode=${1:-}
file=${2:-}
if [ -z "$file" ] || { [ "$mode" != write ] && [ "$mode" != check ]; }; then
  echo "usage: output_hashes.sh [--bilag PATH] write|check FILE" >&2
  exit 2
fi
[ -x "$bilag" ] || { echo "output_hashes.sh: $bilag is missing: build first" >&2; exit 2; }
[ -d "$devset/inputs" ] || { echo "output_hashes.sh: no development set at $devset" >&2; exit 2; }

# Names relative to the corpus or devset folder, so the list reads the same
# on every machine.
inputs=()
while IFS= read -r path; do inputs+=("$path"); done < <(
  cd "$root" && find corpus -type f \( -name '*.txt' -o -name '*.pdf' \) ! -name '*.expected.*' | sort
  cd "$devset" && find inputs -type f \( -name '*.txt' -o -name '*.pdf' \) \
    ! -name '*.scan.pdf' ! -name '*.engocr.pdf' | sort | sed 's|^|devset/|')

# One line per input: "HASH  NAME". Blanks the machine-dependent header
# fields (see above) before hashing: the first "version", "sha256" and "path"
# of the output are the tool's, the rules' and the source's.
hash_of() {
  local name=$1 path
  case "$name" in
    devset/*) path=$devset/${name#devset/} ;;
    *) path=$root/$name ;;
  esac
  "$bilag" extract "$path" 2> /dev/null |
    sed -E '0,/"version": /s/"version": "[^"]*"/"version": ""/
            0,/"sha256": /s/"sha256": "[^"]*"/"sha256": ""/
            0,/"path": /s/"path": "[^"]*"/"path": ""/' |
    sha256sum | awk -v n="$name" '{ print $1 "  " n }'
}

actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
for name in "${inputs[@]}"; do hash_of "$name"; done > "$actual"

if [ "$mode" = write ]; then
  cp "$actual" "$file"
  echo "wrote $(wc -l < "$file") hashes to $file"
  exit 0
fi
if diff -u "$file" "$actual" > /dev/null; then
  echo "all $(wc -l < "$actual") outputs identical to $file"
  exit 0
fi
echo "outputs that differ from $file (expected, then actual):"
diff "$file" "$actual" | grep '^[<>]' || true
exit 1
