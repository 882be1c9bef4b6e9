#include "extractor/extract/nearest_miss.h"

#include <algorithm>

#include "extractor/base/text.h"

namespace bilag {
namespace {

bool IsLetterStart(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC3;
}

// Letters of one UTF-8 word at `i` (ASCII letters and any two-byte letter).
size_t WordEnd(const std::string& text, size_t i) {
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      ++i;
    } else if (c >= 0xC3 && c <= 0xC5 && i + 1 < text.size()) {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

size_t Letters(const std::string& word) {
  size_t count = 0;
  for (unsigned char c : word) count += (c & 0xC0) != 0x80;
  return count;
}

}  // namespace

std::vector<std::string> LiteralWords(const std::string& pattern) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < pattern.size()) {
    char c = pattern[i];
    if (c == '\\') {  // an escape is never part of a word: \s, \pL, \d ...
      i += (i + 1 < pattern.size() && (pattern[i + 1] == 'p' || pattern[i + 1] == 'P')) ? 3 : 2;
      continue;
    }
    if (c == '[') {  // a class is not a literal
      size_t close = pattern.find(']', i + 2);
      i = close == std::string::npos ? pattern.size() : close + 1;
      continue;
    }
    if (c == '(' && i + 2 < pattern.size() && pattern[i + 1] == '?') {
      size_t close = pattern.find_first_of(":)>", i);  // (?i), (?P<name>, (?:
      i = close == std::string::npos ? pattern.size() : close + 1;
      continue;
    }
    if (!IsLetterStart(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    size_t end = WordEnd(pattern, i);
    if (end == i) {
      ++i;
      continue;
    }
    std::string word = FoldCase(pattern.substr(i, end - i));
    if (Letters(word) >= 4 && std::find(words.begin(), words.end(), word) == words.end()) {
      words.push_back(word);
    }
    i = end;
  }
  return words;
}

std::optional<NearestMiss> FindNearestMiss(const std::string& pattern, const Document& doc) {
  std::vector<std::string> words = LiteralWords(pattern);
  if (words.empty()) return std::nullopt;
  std::optional<NearestMiss> best;
  double best_score = 0;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      std::string folded = FoldCase(line.text);
      NearestMiss candidate{page.number, line.number, line.text, {}, {}};
      double score = 0;
      for (const std::string& word : words) {
        if (folded.find(word) != std::string::npos) {
          score += 1;
          candidate.found.push_back(word);
        } else if (folded.find(word.substr(0, 4)) != std::string::npos) {
          score += 0.5;  // the word's start: "Sags nr" for "sagsnr"
          candidate.found.push_back(word.substr(0, 4) + "...");
          candidate.missing.push_back(word);
        } else {
          candidate.missing.push_back(word);
        }
      }
      if (score > best_score) {
        best_score = score;
        best = std::move(candidate);
      }
    }
  }
  return best;
}

}  // namespace bilag
