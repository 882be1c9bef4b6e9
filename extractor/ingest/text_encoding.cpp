#include "extractor/ingest/text_encoding.h"

#include <array>
#include <cstdint>
#include <utility>

namespace bilag {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Windows-1252 for 0x80..0x9F; the rest of the high half is Latin-1. The five
// bytes Windows leaves undefined become U+FFFD so they stay visible.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,  // 88-8F
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,  // 98-9F
};

char32_t Cp1252(unsigned char byte) {
  if (byte >= 0x80 && byte <= 0x9F) return kCp1252High[byte - 0x80];
  return byte;
}

bool StartsWith(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

// Formats whose bytes may pass the control-byte count on a short sample but
// are never text.
bool HasBinarySignature(std::string_view bytes) {
  static constexpr std::string_view kSignatures[] = {
      std::string_view("PK\x03\x04", 4),        // ZIP: DOCX, ODT
      std::string_view("\xd0\xcf\x11\xe0", 4),  // OLE: DOC, XLS
      std::string_view("\x89PNG", 4),
      std::string_view("\xff\xd8\xff", 3),
      std::string_view("GIF8", 4),
      std::string_view("%PDF-", 5),
      std::string_view("\x1f\x8b", 2),    // gzip
      std::string_view("\x7f\x45LF", 4),  // ELF
      std::string_view("II*\0", 4),
      std::string_view("MM\0*", 4),  // TIFF
  };
  for (std::string_view signature : kSignatures) {
    if (StartsWith(bytes, signature)) return true;
  }
  return false;
}

bool IsTextControl(unsigned char c) {
  return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Real text has next to no control bytes, random or compressed data about
// 11 %. The floors keep a short text with a NUL or two from being refused.
bool LooksBinary(std::string_view bytes) {
  size_t nul = 0;
  size_t control = 0;
  for (unsigned char c : bytes) {
    if (c == 0) {
      ++nul;
    } else if ((c < 0x20 && !IsTextControl(c)) || c == 0x7F) {
      ++control;
    }
  }
  const size_t n = bytes.size();
  if (control >= 4 && control * 20 > n) return true;
  return nul + control >= 16 && (nul + control) * 10 > n;
}

// Length of the valid UTF-8 sequence at the start of `s`, or 0 when it is not
// one (overlong forms, surrogates and values past U+10FFFF are invalid).

std::string DecodeUtf16(std::string_view bytes, bool big_endian) {
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](size_t i) -> char32_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return big_endian ? (char32_t{a} << 8 | b) : (char32_t{b} << 8 | a);
  };
  size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        AppendUtf8(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), &out);
        i += 2;
        continue;
      }
    }
    AppendUtf8(u, &out);  // a lone surrogate becomes U+FFFD there
  }
  if (i < bytes.size()) AppendUtf8(kReplacement, &out);
  return out;
}

// Decodes bytes that may not all be valid UTF-8. When valid multi-byte
// sequences outnumber the invalid bytes, the file is UTF-8 with a few stray
// Windows-1252 bytes (a pasted fragment); otherwise it is a Windows-1252 file
// in which any "valid" pair is a coincidence ("Ã¸" is two Latin-1 letters).
struct Decoded {
  std::string text;
  size_t stray_bytes = 0;  // bytes read as Windows-1252
  bool kept_utf8 = true;   // valid UTF-8 sequences were kept as UTF-8
};

Decoded DecodeMixed(std::string_view bytes) {
  size_t valid_multi = 0;
  size_t invalid = 0;
  for (size_t i = 0; i < bytes.size();) {
    size_t len = Utf8Length(bytes.substr(i));
    if (len == 0) {
      ++invalid;
      i += 1;
    } else {
      if (len > 1) ++valid_multi;
      i += len;
    }
  }
  Decoded decoded;
  if (invalid == 0) {
    decoded.text = std::string(bytes);
    return decoded;
  }
  decoded.kept_utf8 = valid_multi > 0 && valid_multi >= invalid;
  decoded.text.reserve(bytes.size() + bytes.size() / 8);
  for (size_t i = 0; i < bytes.size();) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    size_t len = decoded.kept_utf8 ? Utf8Length(bytes.substr(i)) : (c < 0x80 ? 1 : 0);
    if (len == 0) {
      AppendUtf8(Cp1252(c), &decoded.text);
      ++decoded.stray_bytes;
      i += 1;
    } else {
      decoded.text.append(bytes.substr(i, len));
      i += len;
    }
  }
  return decoded;
}

// UTF-8 C1 controls (U+0080..U+009F) are Windows-1252 punctuation that an
// earlier conversion read as Latin-1: U+0096 was meant as an en dash.
std::string RepairC1(const std::string& text, size_t* repaired) {
  *repaired = 0;
  if (text.find('\xc2') == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const unsigned char next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (c == 0xC2 && next >= 0x80 && next <= 0x9F) {
      AppendUtf8(Cp1252(next), &out);
      ++*repaired;
      ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

struct Cleaned {
  std::string text;
  size_t nul = 0;
  size_t control = 0;
};

// Line ends to LF, NULs and stray controls out; the input is UTF-8, whose
// multi-byte sequences never contain bytes below 0x80.
Cleaned Clean(std::string_view text) {
  auto needs_cleaning = [](unsigned char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\f') || c == 0x7F;
  };
  Cleaned result;
  result.text.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    // Nearly all of a text is kept as it is: copy it a run at a time.
    const size_t run = i;
    while (i < text.size() && !needs_cleaning(static_cast<unsigned char>(text[i]))) ++i;
    result.text.append(text.substr(run, i - run));
    if (i == text.size()) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\r') {
      result.text.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (c == '\v') {
      result.text.push_back('\n');
    } else if (c == 0) {
      ++result.nul;
    } else {
      ++result.control;
    }
  }
  return result;
}

}  // namespace

size_t Utf8Length(std::string_view s) {
  if (s.empty()) return 0;
  auto at = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  auto cont = [&](size_t i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return i < s.size() && at(i) >= lo && at(i) <= hi;
  };
  const unsigned char c = at(0);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (c >= 0xE1 && c <= 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacement;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

Result<std::string> DecodeText(std::string_view bytes, Document* doc) {
  std::string utf8;
  if (StartsWith(bytes, "\xff\xfe") || StartsWith(bytes, "\xfe\xff")) {
    const bool big_endian = bytes[0] == '\xfe';
    utf8 = DecodeUtf16(bytes.substr(2), big_endian);
    doc->AddWarning("encoding-converted", big_endian ? "input is UTF-16BE; converted to UTF-8"
                                                     : "input is UTF-16LE; converted to UTF-8");
  } else {
    if (StartsWith(bytes, "\xef\xbb\xbf")) bytes.remove_prefix(3);
    // NUL padding at the end (fixed-size export buffers) says nothing about
    // whether the rest is text.
    std::string_view body = bytes.substr(0, bytes.find_last_not_of('\0') + 1);
    if (HasBinarySignature(body) || LooksBinary(body)) {
      return Status::Error(ErrorCode::kUnsupportedFormat,
                           "binary data, not a document this tool reads");
    }
    Decoded decoded = DecodeMixed(bytes);
    utf8 = std::move(decoded.text);
    if (decoded.stray_bytes == 0) {
      size_t repaired = 0;
      utf8 = RepairC1(utf8, &repaired);
      if (repaired > 0) {
        doc->AddWarning(
            "encoding-converted",
            std::to_string(repaired) + " C1 control characters read as Windows-1252 punctuation");
      }
    } else if (!decoded.kept_utf8) {
      doc->AddWarning("encoding-converted", "input is not UTF-8; decoded as Windows-1252/Latin-1");
    } else {
      doc->AddWarning("encoding-converted", "input is not valid UTF-8; " +
                                                std::to_string(decoded.stray_bytes) +
                                                " stray bytes decoded as Windows-1252/Latin-1");
    }
  }
  Cleaned cleaned = Clean(utf8);
  if (cleaned.nul > 0) {
    doc->AddWarning("nul-bytes-removed", std::to_string(cleaned.nul) + " NUL bytes removed");
  }
  if (cleaned.control > 0) {
    doc->AddWarning("control-chars-removed",
                    std::to_string(cleaned.control) + " control characters removed");
  }
  return std::move(cleaned.text);
}

}  // namespace bilag
