#!/usr/bin/env bash
# Installs the Debian 12 packages bilag needs to build, test and benchmark,
# but only those that are missing (a second run does nothing and is quick).
# With --fuzz, also clang and its libFuzzer runtime for the fuzz targets
# (fuzz/README.md); with --tidy, clang-tidy (scripts/tidy.sh).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config clang-format python3 groff-base dpkg-dev
  libpoppler-cpp-dev libpoppler-private-dev zlib1g-dev poppler-utils libre2-dev libcli11-dev catch2 nlohmann-json3-dev
  libtomlplusplus-dev libutf8proc-dev libsqlite3-dev sqlite3 libssl-dev libhunspell-dev hunspell-da
  libjemalloc-dev
  libtesseract-dev libleptonica-dev tesseract-ocr-dan tesseract-ocr-osd tesseract-ocr
  python3-reportlab python3-jsonschema img2pdf imagemagick qpdf bc chromium
  fonts-dejavu-core fonts-liberation2 fonts-freefont-ttf
)
for option in "$@"; do
  case "$option" in
    --fuzz) packages+=(clang libclang-rt-14-dev) ;;
    --tidy) packages+=(clang-tidy) ;;
    *) echo "install-deps: unknown option $option (--fuzz, --tidy)" >&2; exit 2 ;;
  esac
done

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

echo "installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
