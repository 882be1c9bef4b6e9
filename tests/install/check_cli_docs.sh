#!/usr/bin/env bash
# The man page and the bash completion that the build makes from bilag's
# help (scripts/make_cli_docs.py): the man page is clean roff and shows every
# command's usage and every flag that `bilag help COMMAND` lists; the
# completion completes commands, flags, flag choices and `help COMMAND`.
# Usage: check_cli_docs.sh BUILD_DIR
set -euo pipefail
build=$(realpath "$1")
bilag=$build/bilag
man_page=$build/docs/bilag.1
completion=$build/docs/bilag.bash
fail() { echo "FAIL: $*" >&2; exit 1; }

warnings=$(groff -man -ww -z "$man_page" 2>&1)
[ -z "$warnings" ] || fail "groff warns: $warnings"
# As man shows it, on a wide page (no line breaks inside a usage line).
text=$(groff -man -Tascii -P-cbou -rLL=200n "$man_page")
grep -q "^NAME" <<< "$text" || fail "no NAME section"

commands=(text extract "rules check" "rules test" explain report import export merge help)
flags=0
for command in "${commands[@]}"; do
  # shellcheck disable=SC2086  # "rules check" is two words
  help=$("$bilag" help $command)
  usage=$(grep '^Usage: ' <<< "$help" | sed 's/^Usage: //')
  grep -qF "$usage" <<< "$text" || fail "man page lacks the usage '$usage'"
  for flag in $(grep -oE '^  (-[a-zA-Z],)?--[a-z-]+' <<< "$help" | sed 's/^ *//; s/.*,//'); do
    grep -qE -- "(^|[ ,])$flag([ =]|$)" <<< "$text" || fail "man page lacks $command $flag"
    flags=$((flags + 1))
  done
done
for section in "SHIPPED RULES" ENVIRONMENT "EXIT STATUS"; do
  grep -q "^$section" <<< "$text" || fail "man page lacks the section $section"
done
grep -q BILAG_RULES_DIR <<< "$text" || fail "man page does not name BILAG_RULES_DIR"

# complete WORD... : what bash offers for the last word.
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _bilag
           printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$@"
}
expect() {
  local want=$1; shift
  local got
  got=$(complete_words "$@" | tr '\n' ' ' | sed 's/ $//')
  [ "$got" = "$want" ] || fail "completing '$*': '$got', not '$want'"
}
expect "extract explain export" bilag ex
expect "check test" bilag rules ""
expect "--split-bilag" bilag extract --sp
expect "on off auto" bilag extract --repair ""
expect "always" bilag --color al
expect "never" bilag explain FILE --color n
expect "csv jsonl" bilag export --format ""
expect "rules report" bilag help r
expect "check" bilag help rules ch
# A flag's value is no command: --color's "never" keeps the next word a command.
expect "extract" bilag --color never extr
expect "--update" bilag rules test --up
dir_reply=$(cd "$build/.." && complete_words bilag extract -o cor)
[ "$dir_reply" = "corpus" ] || fail "-o DIR completes folders: '$dir_reply'"
echo "man page: ${#commands[@]} commands, $flags flags; completion: 13 cases"
