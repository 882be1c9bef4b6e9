// The name cells of a table that plain `pdftotext` (without -layout) wrote
// cell after cell: no tabs, no runs of spaces, no word boxes, each cell's
// text wrapped to its column's width and the cells one after another
// (header cells first, then row by row or column block by column block).
//
// What still shows which cell is a row's name: a table's first column
// holds a short name (one to three lines, starting with a capital, no
// figures, no full stop: "Sprogstimulering i" / "daginstitutioner")
// followed by its description (prose that starts with a capital and ends
// with a full stop); a second such short line right above a name is the
// group row the name belongs to ("Dagtilbud og skole"). A name with its
// description is read as an initiative with the amounts of the
// description; the figure cells go to its row only where their order and
// count leave no doubt (raw_rows.h), else to no initiative (their order
// depends on how tall each column's cells are).
//
// Only text with a table header written as lines counts: two lines or more,
// close together, that each name a column of the rules' [[column]] headers,
// one of them a target column ("Mål 2012" / "Resultatkrav", "Indsats" /
// "Succeskriterium"); names are read below them.
#ifndef BILAG_EXTRACTOR_EXTRACT_RAW_CELLS_H_
#define BILAG_EXTRACTOR_EXTRACT_RAW_CELLS_H_

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "extractor/extract/raw_rows.h"
#include "extractor/extract/rows.h"
#include "extractor/model/document.h"
#include "extractor/rules/rule_set.h"

namespace bilag {

struct RunOnSplit;  // table_initiatives.h

// The id initiatives read from name cells carry.
inline constexpr const char* kRawNameCellRule = "table.raw-name-cell";

enum class RawCellRole {
  kTheme,             // a group row above a name
  kName,              // the first line of a name cell
  kNameContinuation,  // a further line of the name cell
  kDescription,       // a line of the description below the name
  kOtherCell,         // another column's cell set between a name and its description
};

// A figure cell of a name's row, tied to its column (raw_rows.h).
struct RawCellTarget {
  RawColumn column;
  std::vector<Segment> lines;
};

struct RawCellLine {
  RawCellRole role = RawCellRole::kDescription;
  std::string text;                  // kTheme, kName: its lines joined by spaces
  std::vector<Segment> description;  // kName: the description's lines
  // kName: the row's figure cells, when the text ties them to their columns.
  std::vector<RawCellTarget> cells;
  // kName: the names' column when it is a target column ("Mål 2008").
  std::optional<RawColumn> name_target;
};

// What the lines of a document are, for the lines that are name cells,
// their descriptions and group rows; empty unless the document is plain
// cell text (no line with cells, no page with word boxes) with a table
// header written as lines.
class RawCells {
 public:
  static RawCells Find(const Document& doc, const RuleSet& rules,
                       const std::optional<std::string>& kind);

  // The line's part, or nullptr for a line outside every name cell and
  // description.
  const RawCellLine* At(const Line& line) const;
  bool empty() const { return lines_.empty(); }

 private:
  void ReadParagraph(const std::vector<const Line*>& paragraph);
  // Names without a description, told by where they stand among the
  // table's blocks (pdftotext writes a row as its name, then one block per
  // figure column).
  void FindNamesByRowOrder(const std::vector<std::vector<const Line*>>& paragraphs,
                           const RawHeader& header);
  // A row's name cell that is its name alone, or its name with a
  // description that runs on from the name's line.
  void ReadLoneName(const std::vector<const Line*>& name);
  void ReadRunOnName(const std::vector<const Line*>& cell, const RunOnSplit& split);
  // Gives each name the figure cells and the name column's target that
  // the header and the paragraphs below it tie to its row.
  void TieFigureCells(const std::vector<std::vector<const Line*>>& paragraphs,
                      const RawHeader& header);

  std::unordered_map<const Line*, RawCellLine> lines_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_RAW_CELLS_H_
