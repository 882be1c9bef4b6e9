// Helpers shared by the OCR tests: fixtures, a temporary folder, and the
// character accuracy of OCR text against the text that was drawn.
#ifndef BILAG_TESTS_OCR_OCR_TEST_UTIL_H_
#define BILAG_TESTS_OCR_OCR_TEST_UTIL_H_

#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "extractor/model/document.h"

namespace bilag::testing {

inline const std::string kOcrFixtures = BILAG_SOURCE_DIR "/tests/fixtures/ocr/";
inline const std::string kPdfFixtures = BILAG_SOURCE_DIR "/tests/fixtures/pdf/";

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A fresh folder, removed at the end.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "bilag-ocr-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

// Every regular file below `dir`.
inline std::vector<std::filesystem::path> FilesBelow(const std::string& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Code points, so that "ø" is one character, as a reader counts.
inline std::u32string CodePoints(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : c & (0xFF >> (n + 1));
    for (size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

// Lines joined by '\n', runs of spaces and blank lines folded, so that
// accuracy measures the characters, not Tesseract's idea of paragraphs.
inline std::string Folded(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\t') c = ' ';
    if ((c == ' ' || c == '\n') && (out.empty() || out.back() == ' ' || out.back() == '\n')) {
      if (c == '\n' && !out.empty() && out.back() == ' ') out.back() = '\n';
      continue;
    }
    out.push_back(c);
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out;
}

inline std::string PageText(const Page& page) {
  std::string text;
  for (const Line& line : page.lines) text += line.text + "\n";
  return text;
}

// 1 - Levenshtein distance / length of the truth, over code points.
inline double CharacterAccuracy(const std::string& ocr, const std::string& truth) {
  const std::u32string a = CodePoints(Folded(ocr));
  const std::u32string b = CodePoints(Folded(truth));
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return b.empty() ? 0.0 : 1.0 - static_cast<double>(row[b.size()]) / static_cast<double>(b.size());
}

}  // namespace bilag::testing

#endif  // BILAG_TESTS_OCR_OCR_TEST_UTIL_H_
