// The intermediate form of text ingest: what one source line (or one HTML
// block) says, before page marks, table ids and row ids are assigned.
//
//   bytes -> text_encoding -> text_lines / html_document -> SourceLines
//         -> page_builder -> Document pages
//
// Internal to extractor/ingest; nothing outside this folder includes it.
#ifndef BILAG_EXTRACTOR_INGEST_SOURCE_LINE_H_
#define BILAG_EXTRACTOR_INGEST_SOURCE_LINE_H_

#include <functional>
#include <string>
#include <vector>

namespace bilag {

// One line of text inside a table cell or an HTML block, with what the markup
// said about all of it.
struct TextFragment {
  std::string text;
  bool bold = false;      // every visible character was inside <b>/<strong>/**
  int heading_level = 0;  // 1..6 when inside <h1>..<h6>
};

enum class SourceKind {
  kText,        // `text`, `bold`
  kHeading,     // `text`, `heading_level`, `bold`
  kRow,         // `cells`: one list of fragments per column, empty = empty cell
  kBlank,       // an empty or whitespace-only line
  kPageBreak,   // a form feed
  kTableBreak,  // the source closed a table (HTML </table>): the next row starts a new one
};

struct SourceLine {
  SourceKind kind = SourceKind::kText;
  std::string text;
  int heading_level = 0;
  bool bold = false;
  std::vector<std::vector<TextFragment>> cells;
  // kRow only: the line's only tabs were leading ones ("\tIndented text").
  // The page builder keeps it as a row continuation when a table is open and
  // otherwise turns it back into text: `text` holds the leading tabs and the
  // cell's text with its markup taken off, `bold` whether all of it was bold.
  bool indent_only = false;
};

// Where a parser hands its lines, one at a time.
using SourceLineSink = std::function<void(SourceLine&&)>;

// A line with only a kind: kBlank, kPageBreak, kTableBreak.
inline SourceLine MarkerLine(SourceKind kind) {
  SourceLine line;
  line.kind = kind;
  return line;
}

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_INGEST_SOURCE_LINE_H_
