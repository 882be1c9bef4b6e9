#include "extractor/ocr/ocr_cache.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "extractor/base/output_file.h"
#include "extractor/base/sha256.h"

namespace bilag {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kMagic = "bilag-ocr-cache ";

// Words never hold whitespace, but an entry must survive any text.
void AppendEscaped(std::string_view text, std::string* out) {
  for (char c : text) {
    if (c == '\\') {
      *out += "\\\\";
    } else if (c == '\n') {
      *out += "\\n";
    } else if (c == '\r') {
      *out += "\\r";
    } else {
      out->push_back(c);
    }
  }
}

bool Unescape(std::string_view text, std::string* out) {
  out->clear();
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\') {
      out->push_back(text[i]);
      continue;
    }
    if (++i == text.size()) return false;
    if (text[i] == '\\') {
      out->push_back('\\');
    } else if (text[i] == 'n') {
      out->push_back('\n');
    } else if (text[i] == 'r') {
      out->push_back('\r');
    } else {
      return false;
    }
  }
  return true;
}

template <typename T>
void AppendNumber(T value, std::string* out) {
  char buffer[32];
  // Shortest form that reads back to the same value, whatever the locale.
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), value);
  out->append(buffer, ec == std::errc() ? end : buffer);
}

std::string Serialise(const OcrPageResult& result) {
  std::string body = "page ";
  AppendNumber(result.width, &body);
  body += ' ';
  AppendNumber(result.height, &body);
  body += ' ';
  AppendNumber(result.dpi, &body);
  body += '\n';
  for (const OcrWord& word : result.words) {
    body += 'w';
    for (int v : {word.x0, word.y0, word.x1, word.y1}) {
      body += ' ';
      AppendNumber(v, &body);
    }
    body += ' ';
    AppendNumber(word.confidence, &body);
    body += ' ';
    AppendNumber(word.stroke, &body);
    body += ' ';
    AppendEscaped(word.text, &body);
    body += '\n';
  }
  for (const std::vector<int>& line : result.lines) {
    body += 'l';
    for (int index : line) {
      body += ' ';
      AppendNumber(index, &body);
    }
    body += '\n';
  }
  if (result.quarter_turn != 0) {
    body += "t ";
    AppendNumber(result.quarter_turn, &body);
    body += '\n';
  }
  for (const Ruling& ruling : result.rulings) {
    body += 'r';
    for (double v : {ruling.x0, ruling.y0, ruling.x1, ruling.y1}) {
      body += ' ';
      AppendNumber(v, &body);
    }
    body += '\n';
  }
  return body;
}

// Reads the next space-separated number from *rest.
template <typename T>
bool TakeNumber(std::string_view* rest, T* value) {
  while (!rest->empty() && rest->front() == ' ') rest->remove_prefix(1);
  auto [end, ec] = std::from_chars(rest->data(), rest->data() + rest->size(), *value);
  if (ec != std::errc()) return false;
  rest->remove_prefix(static_cast<size_t>(end - rest->data()));
  return rest->empty() || rest->front() == ' ';
}

bool Parse(std::string_view body, OcrPageResult* result) {
  *result = OcrPageResult();
  bool have_page = false;
  while (!body.empty()) {
    const size_t newline = body.find('\n');
    if (newline == std::string_view::npos) return false;  // every line ends in '\n'
    std::string_view line = body.substr(0, newline);
    body.remove_prefix(newline + 1);
    if (line.starts_with("page ")) {
      line.remove_prefix(4);
      if (have_page || !TakeNumber(&line, &result->width) || !TakeNumber(&line, &result->height) ||
          !TakeNumber(&line, &result->dpi) || !line.empty()) {
        return false;
      }
      have_page = true;
    } else if (line.starts_with("w ")) {
      line.remove_prefix(1);
      OcrWord word;
      if (!TakeNumber(&line, &word.x0) || !TakeNumber(&line, &word.y0) ||
          !TakeNumber(&line, &word.x1) || !TakeNumber(&line, &word.y1) ||
          !TakeNumber(&line, &word.confidence) || !TakeNumber(&line, &word.stroke) ||
          !std::isfinite(word.stroke) || word.stroke < 0 || line.size() < 2 ||
          !Unescape(line.substr(1), &word.text) || word.text.empty()) {
        return false;
      }
      result->words.push_back(std::move(word));
    } else if (line.starts_with("l")) {
      line.remove_prefix(1);
      std::vector<int>& indices = result->lines.emplace_back();
      while (!line.empty()) {
        int index = -1;
        if (!TakeNumber(&line, &index) || index < 0 ||
            static_cast<size_t>(index) >= result->words.size()) {
          return false;
        }
        indices.push_back(index);
      }
      if (indices.empty()) return false;
    } else if (line.starts_with("t ")) {
      line.remove_prefix(1);
      if (!TakeNumber(&line, &result->quarter_turn) || !line.empty() || result->quarter_turn < 1 ||
          result->quarter_turn > 3) {
        return false;
      }
    } else if (line.starts_with("r ")) {
      line.remove_prefix(1);
      Ruling ruling;
      if (!TakeNumber(&line, &ruling.x0) || !TakeNumber(&line, &ruling.y0) ||
          !TakeNumber(&line, &ruling.x1) || !TakeNumber(&line, &ruling.y1) || !line.empty() ||
          !std::isfinite(ruling.x0) || !std::isfinite(ruling.y0) || !std::isfinite(ruling.x1) ||
          !std::isfinite(ruling.y1)) {
        return false;
      }
      result->rulings.push_back(ruling);
    } else {
      return false;
    }
  }
  return have_page && result->width > 0 && result->height > 0 && result->dpi > 0;
}

template <typename T>
std::string Number(T value) {
  std::string out;
  AppendNumber(value, &out);
  return out;
}

std::string Header(std::string_view body) {
  return std::string(kMagic) + std::to_string(kOcrCacheFormat) + "\n" + Sha256Hex(body) + "\n";
}

}  // namespace

std::string OcrCacheKey(const OcrCacheKeyParts& parts) {
  std::ostringstream key;
  key << "bilag-ocr-cache-key\nformat=" << kOcrCacheFormat << "\ninput=" << parts.input_sha256
      << "\npage=" << parts.page << "\ndpi=" << parts.dpi << "\nscale=" << Number(parts.scale)
      << "\nlang=" << parts.lang << "\nengine=" << parts.engine << "\nrenderer=" << parts.renderer
      << "\n";
  return Sha256Hex(key.str());
}

std::string OcrCache::DefaultDir() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/') {
    return (fs::path(xdg) / "bilag").string();
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return (fs::path(home) / ".cache" / "bilag").string();
  }
  return "";
}

std::string OcrCache::PathFor(const std::string& key) const {
  return (fs::path(dir_) / ("ocr-v" + std::to_string(kOcrCacheFormat)) / key.substr(0, 2) / key)
      .string();
}

CacheLookup OcrCache::Load(const std::string& key, OcrPageResult* result) const {
  if (!enabled()) return CacheLookup::kMiss;
  std::ifstream in(PathFor(key), std::ios::binary);
  if (!in) return CacheLookup::kMiss;
  const std::string entry((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return CacheLookup::kDamaged;
  const std::string header = Header("");  // only its length matters here
  if (entry.size() < header.size()) return CacheLookup::kDamaged;
  const std::string_view body = std::string_view(entry).substr(header.size());
  if (entry.compare(0, header.size(), Header(body)) != 0 || !Parse(body, result)) {
    *result = OcrPageResult();
    return CacheLookup::kDamaged;
  }
  return CacheLookup::kHit;
}

Status OcrCache::Store(const std::string& key, const OcrPageResult& result) const {
  if (!enabled()) return Status::Ok();
  const fs::path path = PathFor(key);
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) {
    return Status::Error(
        ErrorCode::kOcrCacheError,
        "cannot create the OCR cache folder " + path.parent_path().string() + ": " + ec.message());
  }
  const std::string body = Serialise(result);
  Status status = WriteOutputFile(path.string(), Header(body) + body);
  if (!status.ok()) return Status::Error(ErrorCode::kOcrCacheError, status.message());
  return Status::Ok();
}

}  // namespace bilag
