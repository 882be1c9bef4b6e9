#!/usr/bin/env bash
# Runs bilag over the development set (../shared/devset beside the checkout,
# or $BILAG_DEVSET) and scores it with the set's own scorer.
#
#   scripts/devset_f1.sh [--bilag PATH] [--out DIR] [--variants pdf,txt]
#                        [--min-f1 VARIANT=F1 ...] [-- score.py options]
#
# Prints the scorer's per-variant summary. It exits 1 when an input gives no
# output, and with --min-f1 when a variant's F1 over all categories falls
# below its floor, so CTest can keep floors that only go up.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
devset=${BILAG_DEVSET:-$root/../shared/devset}
bilag=$root/build/bilag
out=""
variants="pdf,scan,engocr,txt,htmltxt,rawtxt"
floors=()
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --bilag) bilag=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --variants) variants=$2; shift 2 ;;
    --min-f1) floors+=("$2"); shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "devset_f1.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
if [ ! -f "$devset/score.py" ]; then
  echo "devset_f1.sh: no development set at $devset (set BILAG_DEVSET)" >&2
  exit 2
fi
[ -n "$out" ] || out=$(mktemp -d)
mkdir -p "$out"

# The file name ending of each variant's input.
suffix_of() {
  case "$1" in
    pdf) echo ".pdf" ;; scan) echo ".scan.pdf" ;; engocr) echo ".engocr.pdf" ;;
    txt) echo ".txt" ;; htmltxt) echo ".html.txt" ;; rawtxt) echo ".raw.txt" ;;
  esac
}

inputs=()
IFS=, read -ra wanted <<< "$variants"
for variant in "${wanted[@]}"; do
  suffix=$(suffix_of "$variant")
  for gold in "$devset"/gold/*.json; do
    name=$(basename "$gold" .json)
    input="$devset/inputs/$name$suffix"
    [ -f "$input" ] && inputs+=("$input")
  done
done
# One process per input keeps a failure of one from hiding the others; two
# at a time because OCR of the scans dominates the run.
printf '%s\n' "${inputs[@]}" | xargs -P 2 -I{} sh -c \
  '"$1" extract "$2" > "$3/$(basename "$2").json" 2> "$3/$(basename "$2").err" || true' \
  _ "$bilag" {} "$out"

# An input whose run wrote no JSON scores zero: say which and why, so that a
# broken binary (one built before the rule files it is given, say) is not
# read as a zero F1.
failed=0
for input in "${inputs[@]}"; do
  base=$out/$(basename "$input")
  if [ ! -s "$base.json" ]; then
    failed=$((failed + 1))
    echo "devset_f1.sh: no output for $(basename "$input"): $(head -n 1 "$base.err")" >&2
  fi
done
if [ "$failed" -gt 0 ]; then
  echo "devset_f1.sh: $failed of ${#inputs[@]} inputs gave no output (they score zero below)" >&2
fi

summary=$out/summary.json
python3 "$devset/score.py" "$devset/gold" "$out" --variants "$variants" --quiet \
  --summary-json "$summary" "${extra[@]}"

status=0
for floor in "${floors[@]}"; do
  variant=${floor%%=*}
  minimum=${floor#*=}
  python3 - "$summary" "$variant" "$minimum" <<'EOF' || status=1
import json, sys
summary, variant, minimum = json.load(open(sys.argv[1])), sys.argv[2], float(sys.argv[3])
f1 = summary["variants"][variant]["all"]["f1"]
ok = f1 >= minimum
print(f"devset {variant}: F1 {f1:.3f} {'>=' if ok else '<'} floor {minimum}")
sys.exit(0 if ok else 1)
EOF
done
[ "$failed" -eq 0 ] || status=1
exit $status
