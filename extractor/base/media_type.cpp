#include "extractor/base/media_type.h"

#include <algorithm>
#include <cctype>

namespace bilag {
namespace {

bool StartsWith(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

// HTML is told from plain text by markup near the start; the seeds' plain
// text also holds <p> and <b> inside table cells, so only document-level
// tags count.
bool LooksLikeHtml(std::string_view bytes) {
  std::string head(bytes.substr(0, 1024));
  std::transform(head.begin(), head.end(), head.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  size_t first = head.find_first_not_of(" \t\r\n\xef\xbb\xbf");
  if (first == std::string::npos || head[first] != '<') return false;
  for (std::string_view tag : {"<!doctype html", "<html", "<table", "<body", "<head"}) {
    if (head.compare(first, tag.size(), tag) == 0) return true;
  }
  return false;
}

// Text may be UTF-8, UTF-16 with a BOM or a single-byte Windows encoding, so
// only control bytes tell binary apart. A NUL or two in text is tolerated
// (ingest drops them with a warning); many are not.
bool LooksLikeText(std::string_view bytes) {
  if (StartsWith(bytes, "\xff\xfe") || StartsWith(bytes, "\xfe\xff")) return true;
  std::string_view sample = bytes.substr(0, size_t{64} * 1024);
  size_t control = 0;
  for (unsigned char c : sample) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  }
  // Text ingest judges the rest (it knows encodings and drops stray NULs).
  return control * 10 <= sample.size();
}

}  // namespace

std::string SniffMediaType(std::string_view bytes) {
  // Some PDF writers put junk before the header; readers accept it within 1 KiB.
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return "application/pdf";
  if (StartsWith(bytes, "\x89PNG\r\n\x1a\n")) return "image/png";
  if (StartsWith(bytes, "\xff\xd8\xff")) return "image/jpeg";
  if (StartsWith(bytes, std::string_view("II*\0", 4)) ||
      StartsWith(bytes, std::string_view("MM\0*", 4))) {
    return "image/tiff";
  }
  if (!LooksLikeText(bytes)) return "application/octet-stream";
  return LooksLikeHtml(bytes) ? "text/html" : "text/plain";
}

}  // namespace bilag
