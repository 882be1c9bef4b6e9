#!/usr/bin/env bash
# `cpack -G DEB` in the build folder makes a .deb holding bin/bilag, the
# rules, the man page and the completion under /usr, whose Depends name the
# Debian packages of the libraries bilag links and the Danish OCR model and
# dictionary; the packaged bilag, unpacked, extracts a seed from /.
# Usage: check_deb.sh BUILD_DIR SOURCE_DIR
source "$(dirname "$0")/common.sh"

# -B keeps the package and CPack's staging out of the build folder, so that
# this test can run beside others.
(cd "$build" && cpack -G DEB -B "$work" > "$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
deb=$(find "$work" -maxdepth 1 -name 'bilag_*.deb')
[ -n "$deb" ] || fail "no bilag_*.deb in $work"

contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/bilag ./usr/share/bilag/rules/metadata.toml ./usr/share/man/man1/bilag.1 \
  ./usr/share/bash-completion/completions/bilag; do
  grep -q " $file\$" <<< "$contents" || fail "$file is not in the package"
done

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libpoppler-cpp libpoppler1 libtesseract liblept libre2 libhunspell libsqlite3 libutf8proc \
  libstdc++6 tesseract-ocr-dan hunspell-da; do
  grep -q "\(^\|, \)$package" <<< "$depends" || fail "Depends names no $package"
done
recommends=$(dpkg-deb -f "$deb" Recommends)
grep -q "tesseract-ocr-osd" <<< "$recommends" || fail "Recommends names no tesseract-ocr-osd"

dpkg-deb -x "$deb" "$work/root"
# jemalloc only where the binary links it (not in sanitizer builds).
if readelf -d "$work/root/usr/bin/bilag" | grep -q "libjemalloc"; then
  grep -q "\(^\|, \)libjemalloc2" <<< "$depends" || fail "Depends names no libjemalloc2"
fi
out=$(extract_seed "$work/root/usr/bin/bilag")
shipped_rules_read "$out" || fail "the packaged bilag did not extract"
echo "deb: $(basename "$deb"), $(stat -c %s "$deb") bytes"
