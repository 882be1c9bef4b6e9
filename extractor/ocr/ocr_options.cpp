#include "extractor/ocr/ocr_options.h"

namespace bilag {

std::optional<OcrMode> ParseOcrMode(std::string_view name) {
  if (name == "auto") return OcrMode::kAuto;
  if (name == "always") return OcrMode::kAlways;
  if (name == "never") return OcrMode::kNever;
  return std::nullopt;
}

const char* OcrModeName(OcrMode mode) {
  switch (mode) {
    case OcrMode::kAuto:
      return "auto";
    case OcrMode::kAlways:
      return "always";
    case OcrMode::kNever:
      return "never";
  }
  return "auto";
}

bool IsValidOcrLanguage(std::string_view lang) {
  bool empty_name = true;
  for (char c : lang) {
    if (c == '+') {
      if (empty_name) return false;
      empty_name = true;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_') {
      empty_name = false;
    } else {
      return false;
    }
  }
  return !empty_name;
}

}  // namespace bilag
