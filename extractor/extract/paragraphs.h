// The paragraphs that stay open over several lines while initiatives.cpp
// walks the prose: a labelled paragraph ("Økonomi: 1,6 mio. kr.", "Mål:"
// over a list), a target sentence that wraps ("Målet er, at mindst 75 pct.
// ... i 2015.") and the list a [[target_list]] intro announces. Each keeps
// its own lines until it ends and then hands them to the open initiative.
#ifndef BILAG_EXTRACTOR_EXTRACT_PARAGRAPHS_H_
#define BILAG_EXTRACTOR_EXTRACT_PARAGRAPHS_H_

#include <string>
#include <vector>

#include "extractor/extract/initiative_builder.h"
#include "extractor/extract/rows.h"
#include "extractor/model/document.h"
#include "extractor/rules/rule_set.h"

namespace bilag {

// Frees the words of `doc`'s pages that the extraction's walk never reads,
// once its tables are read (ReadUnitTables reads the words' boxes and
// type): of a PDF or OCR line the walk reads only where its first two words
// start (a list item's text after its marker: TextLeft), and the words with
// their boxes are the largest part of a document's memory (a 3000-page text
// PDF: 50 of 134 MB of heap, bench/README.md). Each line keeps its first
// two words, renumbered; the rulings go too.
void KeepOnlyWordsExtractionReads(Document* doc);

class TargetSentence;

class LabelParagraph {
 public:
  // Opens a paragraph when `text` starts with a [[label]] ("Økonomi: ...");
  // flushes the open paragraph and sentence first.
  bool Start(const Line& line, const std::string& text, InitiativeBuilder* builder,
             TargetSentence* sentence);
  bool open() const { return rule_ != nullptr; }
  // Takes `text` when it goes on in the paragraph's block, or is a list item
  // below the label ("Mål:" / "• ..." / "• ...", each item a block of its own).
  // A label alone on its line ("Mål:") has its value below it, so the first
  // block after it is taken as well: set in bold, the label is a block of
  // its own (a heading), and a scan's bullets may be read as anything.
  bool Continue(const Line& line, const std::string& text);
  void Flush(InitiativeBuilder* builder);

 private:
  const LabelRule* rule_ = nullptr;
  std::vector<Segment> segments_;
  int block_ = 0;
};

class TargetSentence {
 public:
  // Opens a sentence where a [[target_sentence]] pattern matches, unless one
  // is open.
  void Start(const Line& line, const std::string& text, InitiativeBuilder* builder);
  // Takes the next line of the sentence's block on its page; flushes it
  // otherwise.
  void Continue(const Line& line, const std::string& text, InitiativeBuilder* builder);
  void Flush(InitiativeBuilder* builder);

 private:
  const TargetSentenceRule* rule_ = nullptr;
  Segment sentence_;
  int block_ = 0;
};

class TargetList {
 public:
  // `markers`: the rules' bullets, which the items' text starts after.
  void Open(const TargetListRule* rule, const ListMarkers* markers) {
    rule_ = rule;
    markers_ = markers;
  }
  bool open() const { return rule_ != nullptr; }
  // Text inputs set a blank line between list items: the list goes on if
  // the next line is an item.
  void Pause() {
    if (rule_ != nullptr && !items_.empty()) paused_ = true;
  }
  // Whether `line` ends the list: after a pause, a line that is no item;
  // on a page with geometry, a line that starts a sentence left of where
  // the items' text starts (the paragraph after an indented list, which
  // the layout may have put in the list's block).
  bool EndsAt(const Line& line, const std::string& text, const Document& doc) const;
  void Resume() { paused_ = false; }
  void Add(const Line& line, const std::string& text, const Document& doc);
  void Flush(InitiativeBuilder* builder);

 private:
  const TargetListRule* rule_ = nullptr;
  const ListMarkers* markers_ = &BuiltinListMarkers();
  std::vector<Segment> items_;
  bool paused_ = false;    // a blank line after list items: the next line decides
  double text_left_ = -1;  // x where the first item's text starts; -1 = unknown
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_PARAGRAPHS_H_
