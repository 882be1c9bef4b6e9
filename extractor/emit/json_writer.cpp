#include "extractor/emit/json_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "extractor/base/byte_words.h"

namespace bilag {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Bytes of the well-formed UTF-8 sequence (RFC 3629: no overlong form, no
// surrogate, nothing past U+10FFFF) that starts at text[at]; 0 when there
// is none. The same sequences nlohmann's decoder accepts.
size_t SequenceLength(std::string_view text, size_t at) {
  const unsigned char lead = static_cast<unsigned char>(text[at]);
  size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  const unsigned char second = static_cast<unsigned char>(text[at + 1]);
  if (second < low || second > high) return 0;
  for (size_t k = 2; k < length; ++k) {
    if (!IsContinuation(static_cast<unsigned char>(text[at + k]))) return 0;
  }
  return length;
}

// The escape nlohmann writes for a byte below 0x80, or nullptr when the byte
// stands as it is.
const char* Escape(unsigned char c, char (&numeric)[7]) {
  switch (c) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\b':
      return "\\b";
    case '\f':
      return "\\f";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
    default:
      if (c >= 0x20) return nullptr;
      std::snprintf(numeric, sizeof numeric, "\\u%04x", static_cast<unsigned>(c));
      return numeric;
  }
}

}  // namespace

void AppendJsonString(std::string_view text, std::string* out) {
  const size_t start = out->size();
  out->push_back('"');
  size_t run = 0;  // first byte not yet copied
  char numeric[7];
  for (size_t i = 0; i < text.size();) {
    if constexpr (byte_words::kLittleEndian) {
      // Eight bytes at once: those that stand as they are (ASCII, no control
      // character, quote or backslash) are passed, up to the first that
      // does not (most of a text; in Danish, up to its next æ, ø or å).
      if (i + 8 <= text.size()) {
        const uint64_t word = byte_words::Load(text.data() + i);
        const uint64_t special = (word & byte_words::kHighBits) |
                                 byte_words::BytesBelow(word, 0x20) |
                                 byte_words::BytesBelow(word ^ (byte_words::kOnes * '"'), 1) |
                                 byte_words::BytesBelow(word ^ (byte_words::kOnes * '\\'), 1);
        if (special == 0) {
          i += 8;
          continue;
        }
        i += byte_words::FirstFlagged(special);
      }
    }
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const size_t length = SequenceLength(text, i);
      if (length == 0) {
        // Ill-formed text (ingest never lets it through): nlohmann's own
        // replacement, rather than a second implementation of it.
        out->resize(start);
        *out += nlohmann::json(std::string(text))
                    .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      i += length;
      continue;
    }
    const char* escape = Escape(c, numeric);
    if (escape != nullptr) {
      out->append(text.data() + run, i - run);
      *out += escape;
      run = i + 1;
    }
    ++i;
  }
  out->append(text.data() + run, text.size() - run);
  out->push_back('"');
}

void JsonWriter::Newline(int depth) {
  if (!pretty_) return;
  // The line break and its indent in one append: a value's members each
  // start a line, so this runs about once per value written.
  static constexpr std::string_view kIndents =
      "\n                                                                ";
  const size_t indent = 2 * static_cast<size_t>(base_depth_ + depth);
  if (indent < kIndents.size()) {
    out_->append(kIndents.data(), indent + 1);
    return;
  }
  out_->push_back('\n');
  out_->append(indent, ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (open_.empty()) return;
  if (open_.back()) out_->push_back(',');
  open_.back() = 1;
  Newline(static_cast<int>(open_.size()));
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  const bool comma = open_.back() != 0;
  open_.back() = 1;
  after_key_ = true;
  const size_t indent = pretty_ ? 2 * (static_cast<size_t>(base_depth_) + open_.size()) : 0;
  // Keys are the contract's names, plain ASCII: the comma, the line break,
  // the indent and the quoted name go out in one append (a key is written
  // for every member of every value, so this is much of the writing).
  char line[128];
  const bool plain = std::all_of(key.begin(), key.end(), [](char c) {
    return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
  });
  if (plain && indent + key.size() + 6 <= sizeof line) {
    char* at = line;
    if (comma) *at++ = ',';
    if (pretty_) {
      *at++ = '\n';
      at = std::fill_n(at, indent, ' ');
    }
    *at++ = '"';
    at = std::copy(key.begin(), key.end(), at);
    *at++ = '"';
    *at++ = ':';
    if (pretty_) *at++ = ' ';
    out_->append(line, static_cast<size_t>(at - line));
    return *this;
  }
  if (comma) out_->push_back(',');
  Newline(static_cast<int>(open_.size()));
  if (plain) {
    out_->push_back('"');
    out_->append(key);
    *out_ += pretty_ ? "\": " : "\":";
  } else {
    AppendJsonString(key, out_);
    *out_ += pretty_ ? ": " : ":";
  }
  return *this;
}

void JsonWriter::Open(char bracket) {
  BeforeValue();
  out_->push_back(bracket);
  open_.push_back(0);
}

void JsonWriter::Close(char bracket) {
  const bool filled = open_.back() != 0;
  open_.pop_back();
  // An empty object or array stays on its line: "{}", "[]".
  if (filled) Newline(static_cast<int>(open_.size()));
  out_->push_back(bracket);
}

void JsonWriter::String(std::string_view text) {
  BeforeValue();
  AppendJsonString(text, out_);
}

void JsonWriter::Int(int64_t number) {
  BeforeValue();
  char digits[24];
  const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, number);
  out_->append(digits, end.ptr);
}

void JsonWriter::Number(double value) {
  const double whole = std::round(value);
  if (std::fabs(value - whole) < 1e-9 && std::fabs(whole) < 9e15) {
    Int(static_cast<int64_t>(whole));
    return;
  }
  BeforeValue();
  *out_ += nlohmann::json(value).dump();
}

}  // namespace bilag
