# Sourced by the install tests: arguments, a scratch folder removed on exit,
# and seed 004 extracted from / by a given bilag.
# Usage in a test: source common.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(mktemp -d /tmp/bilag-install-test-XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Seed 004 says "Sagsnr. 2010-32472" and "Dokumentnr. 2010-204624"; a copy
# outside the checkout, read from / without BILAG_RULES_DIR unless the
# command sets it (extract_seed env BILAG_RULES_DIR=D BILAG).
seed=$work/seed.txt
cp "$source_dir/corpus/seeds/004_d1d70512bbcf75c7.txt" "$seed"
extract_seed() { (cd / && env -u BILAG_RULES_DIR "$@" extract --no-cache "$seed"); }
shipped_rules_read() { grep -q '"case_number": "2010-32472"' <<< "$1"; }
