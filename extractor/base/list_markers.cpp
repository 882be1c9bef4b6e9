#include "extractor/base/list_markers.h"

#include <algorithm>

#include "extractor/base/utf8.h"

namespace bilag {

const ListMarkers& BuiltinListMarkers() {
  static const ListMarkers kMarkers = {
      .signs = {"\u2022", "\u2023", "\u25aa", "\u25cf", "\u25e6", "\u2013", "\u2014", "-", "*",
                "\u2026", "\u00b7", "\u00b0", "\u00ab", "\u00bb", ".", ">", "+", "\""},
      .letters = {"o"},
  };
  return kMarkers;
}

bool IsBulletGlyphs(std::string_view text, const ListMarkers& markers) {
  // A bullet is a few signs: more is a rule or a row of dots. Four, as OCR
  // reads one round bullet as up to four ('"…….' before a tab stop).
  constexpr size_t kMaxSigns = 4;
  if (text.empty() || CodePoints(text) > kMaxSigns) return false;
  for (bool removed = true; removed && !text.empty();) {
    removed = false;
    for (const std::string& sign : markers.signs) {
      if (!sign.empty() && text.starts_with(sign)) {
        text.remove_prefix(sign.size());
        removed = true;
      }
    }
  }
  return text.empty();
}

bool IsListMarker(std::string_view text, const ListMarkers& markers) {
  if (IsBulletGlyphs(text, markers) ||
      std::find(markers.letters.begin(), markers.letters.end(), text) != markers.letters.end()) {
    return true;
  }
  if (text.size() < 2 || (text.back() != '.' && text.back() != ')')) return false;
  const std::string_view body = text.substr(0, text.size() - 1);
  if (body.size() == 1 && body[0] >= 'a' && body[0] <= 'z') return text.back() == ')';
  if (body.empty() || body.size() > 3) return false;
  for (char c : body) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace bilag
