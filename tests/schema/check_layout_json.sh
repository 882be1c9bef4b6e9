#!/usr/bin/env bash
# Runs `bilag text --layout --json` on the layout fixtures (PDFs, scans and
# their text renditions), the corpus and the development set's born-digital
# PDFs and text renditions (../shared/devset, when present), and validates
# every object against schema/layout.schema.json; then checks what the
# schema cannot: every row has its columns covered once, and a table's
# `headers` have one entry per column.
# Usage: check_layout_json.sh BILAG_BINARY SOURCE_DIR
set -euo pipefail
bilag=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

inputs=()
for dir in "$src/tests/fixtures/layout" "$src/tests/fixtures/tables"; do
  [ -d "$dir" ] && inputs+=("$dir"/*.pdf "$dir"/*.txt)
done
mapfile -t corpus < <(find "$src/corpus" -type f \( -name '*.txt' -o -name '*.pdf' -o -name '*.html' \) \
  ! -name '*.expected.*' | sort)
inputs+=("${corpus[@]}")
devset=$src/../shared/devset/inputs
if [ -d "$devset" ]; then
  inputs+=("$devset"/*[0-9].pdf "$devset"/*[0-9].txt)
fi
[ "${#inputs[@]}" -gt 0 ] || { echo "no inputs found"; exit 1; }

"$bilag" text --layout --json "${inputs[@]}" > "$work/layout.jsonl"
"$bilag" text --layout --json "${inputs[0]}" > "$work/one.json"
/usr/bin/python3 "$src/tests/schema/validate_outputs.py" "$src/schema/layout.schema.json" \
  "$work/layout.jsonl" "$work/one.json"
/usr/bin/python3 - "$work/layout.jsonl" <<'PY'
import json, sys
problems = 0
for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    for page in doc["pages"]:
        for table in page["tables"]:
            if len(table["headers"]) != table["columns"]:
                problems += 1
                print(f"{doc['source']} p{page['number']} table {table['id']}: "
                      f"{len(table['headers'])} headers for {table['columns']} columns")
            for row in table["rows"]:
                covered = []
                for cell in row["cells"]:
                    covered += range(cell["column"], cell["column"] + cell["colspan"])
                if covered != list(range(table["columns"])):
                    problems += 1
                    print(f"{doc['source']} p{page['number']} table {table['id']} row {row['id']}: "
                          f"cells cover columns {covered}")
print(f"{problems} structure problems")
sys.exit(1 if problems else 0)
PY
