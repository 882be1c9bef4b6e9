#!/usr/bin/env bash
# Runs clang-tidy with the project's checks (.clang-tidy) over every source
# file of extractor/ and fails on any finding. Needs a configured build
# folder for its compile_commands.json (default build/, as scripts/test.sh
# leaves it; or $BUILD_DIR). Files may be named to check only those:
#
#   scripts/tidy.sh                                 # all of extractor/
#   scripts/tidy.sh extractor/values/amount.cpp     # one file
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
scripts/install-deps.sh --tidy
[[ -f "$build/compile_commands.json" ]] ||
  { echo "tidy: $build/compile_commands.json not found: configure first (scripts/build.sh)" >&2; exit 2; }
if [[ $# -gt 0 ]]; then
  exec clang-tidy -p "$build" --quiet "$@"
fi
# Headers are checked through the files that include them (.clang-tidy's
# HeaderFilterRegex); run-clang-tidy exits 1 when any file has a finding.
echo "clang-tidy over extractor/ on $(nproc) cores"
run-clang-tidy -p "$build" -quiet -j "$(nproc)" "$PWD/extractor/" > "$build/tidy.log" 2>&1 || {
  grep -E "(error|warning): " "$build/tidy.log" | sort -u
  echo "tidy: findings above (whole log: $build/tidy.log)" >&2
  exit 1
}
echo "clang-tidy: no findings"
