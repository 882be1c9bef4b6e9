#!/usr/bin/env bash
# `cmake --install BUILD --prefix P` gives a bilag that needs nothing from the
# source tree: P/bin/bilag, run from / without BILAG_RULES_DIR, extracts a
# seed with the rules in P/share/bilag/rules (a rule switched off there
# changes the output, so no other rules can be the ones read); the man page
# and the bash completion are there; the install still works when moved or
# reached through a symlink. Usage: check_install.sh BUILD_DIR SOURCE_DIR
source "$(dirname "$0")/common.sh"
prefix=$work

cmake --install "$build" --prefix "$prefix/usr" > "$prefix/install.log"
for file in bin/bilag share/bilag/rules/metadata.toml share/bilag/rules/README.md \
  share/man/man1/bilag.1 share/bash-completion/completions/bilag; do
  [ -s "$prefix/usr/$file" ] || fail "$file not installed"
done

out=$(extract_seed "$prefix/usr/bin/bilag") || fail "installed bilag exited $?"
shipped_rules_read "$out" || fail "no case number with the installed rules"
(cd / && env -u BILAG_RULES_DIR "$prefix/usr/bin/bilag" text "$seed" | grep -q Sagsnr) ||
  fail "bilag text failed"

# Switch meta.case_number off in the installed rules only: when the case
# number goes while the document number stays, those are the rules read.
sed -i '/^id = "meta.case_number"/a enabled = false' "$prefix/usr/share/bilag/rules/metadata.toml"
edited() { ! shipped_rules_read "$1" && grep -q '"2010-204624"' <<< "$1"; }
out=$(extract_seed "$prefix/usr/bin/bilag")
edited "$out" || fail "the installed rules are not the ones read"

# Moved elsewhere, and started through a symlink: the real path decides.
mv "$prefix/usr" "$prefix/moved"
ln -s "$prefix/moved/bin/bilag" "$prefix/bilag-link"
out=$(extract_seed "$prefix/bilag-link")
edited "$out" || fail "a moved install through a symlink"

# Without its rules it says where it looked; BILAG_RULES_DIR points elsewhere.
mv "$prefix/moved/share/bilag/rules" "$prefix/rules-elsewhere"
set +e
err=$(extract_seed "$prefix/moved/bin/bilag" 2>&1 >/dev/null)
code=$?
set -e
[ "$code" -eq 2 ] || fail "rules missing: exit $code, not 2"
grep -q "share/bilag/rules" <<< "$err" || fail "rules missing: the error names no folder: $err"
out=$(extract_seed env BILAG_RULES_DIR="$prefix/rules-elsewhere" "$prefix/moved/bin/bilag")
edited "$out" || fail "BILAG_RULES_DIR"
echo "install: bin/bilag, rules, man page and completion; runs from / on its own rules"
