#!/usr/bin/env bash
# Quick start, step 1: install what is missing, build build/bilag (only the
# program: scripts/test.sh builds the tests and benchmarks), and extract the
# bundled corpus into build/corpus-json/ (one JSON file per document).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== installing the Debian packages bilag needs (only those missing)"
scripts/install-deps.sh
echo "== building build/bilag"
BUILD_TARGET=bilag scripts/build.sh
mapfile -t inputs < <(find corpus -type f \( -name '*.txt' -o -name '*.pdf' -o -name '*.html' \) \
  ! -name '*.expected.*' | sort)
echo "== extracting ${#inputs[@]} documents of corpus/ into build/corpus-json/"
build/bilag extract -o build/corpus-json "${inputs[@]}"
echo "extracted ${#inputs[@]} documents into build/corpus-json/; next: scripts/test.sh runs the tests"
