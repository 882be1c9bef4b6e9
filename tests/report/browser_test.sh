#!/usr/bin/env bash
# `bilag report` in a real browser: Debian's headless Chromium loads reports
# from file:// URLs. Checks that the page's script ran without errors (its
# self-check marker), that the highlighted values are in the DOM, that a
# click on a table row brings its source line on screen, that a scanned
# page shows its image with the values' boxes, and saves screenshots of a
# text and a scanned document. Prints the size and load time of 200-page
# reports of text and of scans (figures only, no timing is asserted).
#
# usage: browser_test.sh BILAG SOURCE_DIR OUTPUT_DIR [SCAN_FIXTURE]
# SCAN_FIXTURE: tests/report/scan_report_fixture.cpp's binary; without it
# the 200-page scan report is left out. OCR caches where XDG_CACHE_HOME says.
# Exit 77 (skipped) only when chromium is not installed.
set -euo pipefail
bilag=$1
source_dir=$2
out=$3
scan_fixture=${4:-}
seeds="$source_dir/corpus/seeds"
scan="$source_dir/tests/eval/eval04_handleplan_kultur.scan.pdf"

chromium=$(command -v chromium || true)
if [ -z "$chromium" ]; then
  echo "SKIP: chromium is not installed (scripts/install-deps.sh installs it)"
  exit 77
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)  # file:// URLs need absolute paths
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# Flags from .library/env/machines/cpp.md: no sandbox as root, and no
# background connections on this closed network.
chromium_run() {
  local profile
  profile=$(mktemp -d -p "$work")
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --enable-logging=stderr --v=0 "$@"
}

# DOM after the page's script ran; console messages go to $2.
dump_dom() {
  # Virtual time lets the page finish loading what is on screen (its page
  # images) before the DOM is read, also on a loaded machine.
  chromium_run --window-size=1280,2000 --virtual-time-budget=5000 --dump-dom "$1" 2>"$2"
}

check_console() {
  if grep -E "Uncaught|SyntaxError|TypeError|ReferenceError|console\.error" "$1" >/dev/null; then
    fail "console errors in $2:"
    grep -E "Uncaught|Error" "$1" | head -5
  fi
}

selfcheck() {
  grep -o '<output id="selfcheck"[^>]*>[^<]*' "$1" || true
}

attribute() {
  sed -n "s/.* $2=\"\\([^\"]*\\)\".*/\\1/p" <<<"$1"
}

# --- seeds 001 and 003, and an input that fails -----------------------------
report="$out/report-seeds.html"
status=0
"$bilag" report "$seeds/001_eeed997eb7ee906a.txt" "$seeds/003_4de6b8aa97016e05.txt" \
  /no/such/input.pdf -o "$report" 2>"$work/bilag.err" || status=$?
[ "$status" -eq 1 ] || fail "bilag report exit code $status, expected 1 (one input failed)"
grep -q "file-not-found" "$work/bilag.err" || fail "no stderr line for the failed input"

dump_dom "file://$report#selftest" "$work/console.log" >"$work/dom.html"
check_console "$work/console.log" "report-seeds.html"
marker=$(selfcheck "$work/dom.html")
echo "seeds report: $marker"
[ "$(attribute "$marker" data-ok)" = 1 ] || fail "self-check marker missing or not ok"
[ "$(attribute "$marker" data-click)" = ok ] || fail "clicking a table row did not show its value"
for expected in \
  '>7,497 mio. kr.</mark>' \
  '>35.913</mark>' \
  '>At mindst 150 etniske iværksættere og virksomheder modtager rådgivning i 2008,</mark>' \
  '>etnisk iværksætteri</mark>' \
  'Vækst&amp;Mangfoldighed' \
  '<span class="wn">⚠ amount-unparsed' \
  'class="doc failed"'; do
  grep -qF -- "$expected" "$work/dom.html" || fail "not in the DOM: $expected"
done
tr '\n' ' ' <"$work/dom.html" |
  grep -o '<mark class="a" id="d1v[0-9]*" title="[^"]*">7,497 mio. kr.</mark>' |
  grep -q "rule money.million" || fail "the amount's tooltip does not name its rule"

# --- screenshot of one document ----------------------------------------------
single="$out/report-001.html"
"$bilag" report "$seeds/001_eeed997eb7ee906a.txt" -o "$single"
screenshot="$out/report-001.png"
rm -f "$screenshot"
chromium_run --window-size=1280,2000 --hide-scrollbars --screenshot="$screenshot" \
  "file://$single" 2>"$work/shot.log" >/dev/null
check_console "$work/shot.log" "report-001.html"
if [ -s "$screenshot" ] && [ "$(stat -c %s "$screenshot")" -gt 20000 ]; then
  echo "screenshot: $screenshot ($(stat -c %s "$screenshot") bytes)"
else
  fail "no screenshot at $screenshot"
fi

# --- a scanned document: page images with the values' boxes ------------------
scan_report="$out/report-scan.html"
"$bilag" report "$scan" -o "$scan_report"
dump_dom "file://$scan_report#selftest" "$work/scan.log" >"$work/scan-dom.html"
check_console "$work/scan.log" "report-scan.html"
marker=$(selfcheck "$work/scan-dom.html")
echo "scan report: $marker"
[ "$(attribute "$marker" data-ok)" = 1 ] || fail "scan: self-check marker missing or not ok"
[ "$(attribute "$marker" data-click)" = ok ] || fail "scan: clicking a table row did not show its value"
[ "$(attribute "$marker" data-box-click)" = ok ] || fail "scan: clicking a value's box did not show its row"
[ "$(attribute "$marker" data-toggle)" = ok ] || fail "scan: the image/text button did not swap them"
[ "$(attribute "$marker" data-images)" = 2 ] || fail "scan: expected 2 page images"
[ "$(attribute "$marker" data-images-loaded)" -ge 1 ] 2>/dev/null ||
  fail "scan: no page image was loaded"
# The script gave the image on screen its src and drew the boxes over it:
# the committee (metadata) on page 1, the amount "1,8 mio. kr." on page 2.
for expected in \
  '<div class="scan pic" style="aspect-ratio:595.44/842.04"><img alt="page 1 as scanned" src="data:image/png;base64,iVBORw0KGgo' \
  '<button type="button" class="tog">show OCR text</button>'; do
  grep -qF -- "$expected" "$work/scan-dom.html" || fail "scan: not in the DOM: $expected"
done
tr '\n' ' ' <"$work/scan-dom.html" >"$work/scan-dom-flat.html"  # tooltips have line breaks
for expected in \
  '<span class="k m" data-v="[0-9]+" title="committee: Kultur- og Fritidsudvalget [^"]*"[^>]*>Fritidsudvalget</span>' \
  '<span class="k a" data-v="[0-9]+" title="amount: 1.800.000 kr. [^"]*"[^>]*>1,8</span>'; do
  grep -qE -- "$expected" "$work/scan-dom-flat.html" || fail "scan: not in the DOM: $expected"
done
grep -q 'class="pvf"' "$work/scan-dom.html" && fail "scan: a page says its image is missing"

# Screenshot: images load when the script meets them, after the first frame,
# so Chromium's virtual time runs on until they are drawn.
screenshot="$out/report-scan.png"
rm -f "$screenshot"
chromium_run --window-size=1280,2000 --hide-scrollbars --virtual-time-budget=3000 \
  --screenshot="$screenshot" "file://$scan_report" 2>"$work/scan-shot.log" >/dev/null
check_console "$work/scan-shot.log" "report-scan.html (screenshot)"
if [ -s "$screenshot" ] && [ "$(stat -c %s "$screenshot")" -gt 20000 ]; then
  echo "screenshot: $screenshot ($(stat -c %s "$screenshot") bytes)"
else
  fail "no screenshot at $screenshot"
fi

# --- a 200-page document -----------------------------------------------------
big="$work/two-hundred-pages.txt"
for i in $(seq 200); do
  [ "$i" -gt 1 ] && printf '\f'
  cat "$seeds/001_eeed997eb7ee906a.txt"
done >"$big"
big_report="$out/report-200-pages.html"
start=$(date +%s%N)
"$bilag" report "$big" -o "$big_report"
generate_ms=$((($(date +%s%N) - start) / 1000000))

# #selftest-brief leaves only the self-check's result in the DOM: dumping
# ten megabytes of DOM would take Chromium longer than loading them.
start=$(date +%s%N)
dump_dom "file://$big_report#selftest-brief" "$work/big.log" >"$work/big-dom.html"
big_ms=$((($(date +%s%N) - start) / 1000000))
check_console "$work/big.log" "report-200-pages.html"
marker=$(selfcheck "$work/big-dom.html")
[ "$(attribute "$marker" data-ok)" = 1 ] || fail "200 pages: self-check marker missing or not ok"
[ "$(attribute "$marker" data-click)" = ok ] || fail "200 pages: click on the last row failed"
grep -q '<b>200:169</b>' "$big_report" || fail "200 pages: line 200:169 missing"

echo "200-page report: $(stat -c %s "$big_report") bytes, written by bilag in ${generate_ms} ms"
echo "200-page report in Chromium: parsed after $(attribute "$marker" data-ms) ms," \
  "script ready after $(attribute "$marker" data-ready-ms) ms;" \
  "click on the last linked row (page 200): $(attribute "$marker" data-click-ms) ms;" \
  "self-check of $(attribute "$marker" data-rows) rows: $(attribute "$marker" data-check-ms) ms;" \
  "whole chromium run, start to exit: ${big_ms} ms"
echo "200-page report: $marker"

# --- a 200-page scanned document ---------------------------------------------
# A dense 3-page scan repeated to 200 pages (OCRed once): the images must not
# slow the opening, so only those near the screen may have loaded.
if [ -n "$scan_fixture" ]; then
  big_scan="$out/report-200-scanned-pages.html"
  start=$(date +%s%N)
  figures=$("$scan_fixture" "$source_dir/tests/eval/eval01_statusskema_buu.scan.pdf" 200 "$big_scan")
  generate_ms=$((($(date +%s%N) - start) / 1000000))
  start=$(date +%s%N)
  dump_dom "file://$big_scan#selftest-brief" "$work/big-scan.log" >"$work/big-scan-dom.html"
  big_ms=$((($(date +%s%N) - start) / 1000000))
  check_console "$work/big-scan.log" "report-200-scanned-pages.html"
  marker=$(selfcheck "$work/big-scan-dom.html")
  [ "$(attribute "$marker" data-ok)" = 1 ] || fail "200 scanned pages: self-check not ok"
  [ "$(attribute "$marker" data-click)" = ok ] || fail "200 scanned pages: click on the last row failed"
  [ "$(attribute "$marker" data-images)" = 200 ] || fail "200 scanned pages: expected 200 images"
  loaded=$(attribute "$marker" data-images-loaded)
  [ "${loaded:-999}" -le 10 ] || fail "200 scanned pages: $loaded images loaded at once, not lazily"
  echo "200-page scan report: $figures; written in ${generate_ms} ms (OCR cached)"
  echo "200-page scan report in Chromium: parsed after $(attribute "$marker" data-ms) ms," \
    "script ready after $(attribute "$marker" data-ready-ms) ms," \
    "loaded after $(attribute "$marker" data-load-ms) ms with $loaded of 200 images loaded;" \
    "click on the last linked row: $(attribute "$marker" data-click-ms) ms;" \
    "whole chromium run, start to exit: ${big_ms} ms"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "browser checks passed"
