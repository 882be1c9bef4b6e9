#!/usr/bin/env bash
# Quick start, step 1: install what is missing, build, and extract the bundled
# corpus into build/corpus-json/ (one JSON file per document).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
mapfile -t inputs < <(find corpus -type f \( -name '*.txt' -o -name '*.pdf' -o -name '*.html' \) \
  ! -name '*.expected.*' | sort)
build/bilag extract -o build/corpus-json "${inputs[@]}"
echo "extracted ${#inputs[@]} documents into build/corpus-json/"
