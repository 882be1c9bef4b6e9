#include "extractor/extract/raw_cells.h"

#include <algorithm>
#include <string_view>

#include "extractor/base/text.h"
#include "extractor/base/utf8.h"
#include "extractor/extract/plain_cells.h"
#include "extractor/extract/raw_rows.h"
#include "extractor/extract/table_initiatives.h"

namespace bilag {
namespace {

// A name cell is short: a few lines of the first column.
constexpr size_t kMaxNameLines = 3;
constexpr size_t kMaxNameBytes = 100;
// The header cells of one table follow each other within a few lines (a
// header cell wraps: "Resultatkrav" / "2005").
constexpr size_t kMaxHeaderGapLines = 12;
// The lines either side of a line that measure its column's width.
constexpr size_t kWidthWindowLines = 3;
// A word clearly fits on a line when the line with it takes no more than
// this share of the column's width.
constexpr double kClearFit = 0.7;

RawCellLine Part(RawCellRole role, std::string text = {}) {
  RawCellLine part;
  part.role = role;
  part.text = std::move(text);
  return part;
}

bool EndsWithSentenceMark(std::string_view text) {
  return !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?');
}

// a-z or a Latin-1 small letter (æ ø å ...).
bool HasSmallLetter(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (StartsLowerCase(text.substr(i))) return true;
  }
  return false;
}

size_t FirstWordCodePoints(std::string_view text) {
  const size_t space = text.find(' ');
  return CodePoints(space == std::string_view::npos ? text : text.substr(0, space));
}

// The consecutive lines of one cell as the text gives them.
struct Piece {
  size_t first = 0;  // index of its first line in the paragraph
  std::vector<const Line*> lines;
  std::string joined;

  std::string_view last() const { return Trim(lines.back()->text); }
};

// Short like a name or group row: a few lines, a capital first, no figures,
// no comma, not ending in punctuation or a small word that a sentence goes
// on from.
bool ShortLabel(const Piece& piece) {
  if (piece.lines.size() > kMaxNameLines || piece.joined.size() > kMaxNameBytes) return false;
  if (!StartsUpperCase(piece.joined) || HasDigit(piece.joined)) return false;
  if (piece.joined.find(',') != std::string::npos) return false;
  const std::string_view last = piece.last();
  const char end = last.back();
  if (end == '.' || end == '!' || end == '?' || end == ':' || end == ';') return false;
  // A sentence that wraps before a capital ("sammen med" / "Københavns
  // Erhvervscenter") leaves a small word at the line's end; a name does not.
  return !EndsInLinkWord(last);
}

// A figure cell of one line set between a name and its description ("8
// procentpoint"): it starts with a figure and ends no sentence.
bool IsFigureLine(const Piece& piece) {
  const std::string_view text = piece.joined;
  return piece.lines.size() == 1 && !text.empty() && IsDigit(text.front()) &&
         text.size() <= kMaxNameBytes && !EndsWithSentenceMark(text);
}

// Whether every line of the piece wrapped because its next word did not
// fit: a next line whose first word would clearly have fitted (within
// kClearFit of the column's width, since letters differ in width) is
// another column's cell that the text set between ("Forældrekurser i de
// almene" / "Ingen" / "boligområder").
bool WrapsCleanly(const Piece& piece, const std::vector<size_t>& widths) {
  for (size_t k = 1; k < piece.lines.size(); ++k) {
    const size_t needed = CodePoints(Trim(piece.lines[k - 1]->text)) + 1 +
                          FirstWordCodePoints(Trim(piece.lines[k]->text));
    if (static_cast<double>(needed) <= kClearFit * static_cast<double>(widths[piece.first + k])) {
      return false;
    }
  }
  return true;
}

bool IsTitle(const Piece& piece) {
  for (const Line* line : piece.lines) {
    if (line->role == LineRole::kTitle) return true;
  }
  return false;
}

// Whether a sentence may go on from the line's end into a capital on the
// next line: it ends in a capitalised word that is not its only word, in a
// line not set in capitals ("dialog med Københavns" / "Erhvervscenter,").
bool MayGoOnIntoCapital(std::string_view line) {
  const size_t space = line.rfind(' ');
  if (space == std::string_view::npos || !StartsUpperCase(line.substr(space + 1))) return false;
  return HasSmallLetter(line);
}

// The width of the column around each line of a paragraph: its widest line
// among the few around it (a note across the page below the table's last
// row is no measure of the first column).
std::vector<size_t> ColumnWidths(const std::vector<const Line*>& paragraph) {
  std::vector<size_t> widths(paragraph.size(), 0);
  for (size_t i = 0; i < paragraph.size(); ++i) {
    const size_t from = i >= kWidthWindowLines ? i - kWidthWindowLines : 0;
    const size_t to = std::min(paragraph.size(), i + kWidthWindowLines + 1);
    for (size_t k = from; k < to; ++k) {
      widths[i] = std::max(widths[i], CodePoints(Trim(paragraph[k]->text)));
    }
  }
  return widths;
}

// Whether pieces[k] opens a row: first in its paragraph, or below a
// sentence's end or a line in capitals (a group row).
bool OpensRow(const std::vector<Piece>& pieces, size_t k) {
  return k == 0 || EndsWithSentenceMark(pieces[k - 1].last()) ||
         !HasSmallLetter(pieces[k - 1].joined);
}

// A paragraph's lines cut into pieces: a capital starts a new piece after
// a sentence's end, or below a short label, unless the label's last word
// may go on into it (a proper noun of two words) and either the capital's
// word would not have fitted on the label's line (text wraps only where
// the next word does not fit; the paragraph's widest line stands for its
// column's width) or the label is a wrapped sentence right below another
// label (a description's first lines). "Københavns" / "Erhvervscenter,"
// stays one sentence, "daginstitutioner" / "Alle tosprogede børn" starts a
// description.
std::vector<Piece> CutIntoPieces(const std::vector<const Line*>& paragraph) {
  size_t width = 0;
  for (const Line* line : paragraph) width = std::max(width, CodePoints(Trim(line->text)));
  std::vector<Piece> pieces;
  for (size_t i = 0; i < paragraph.size(); ++i) {
    const Line* line = paragraph[i];
    const std::string_view text = Trim(line->text);
    bool starts = pieces.empty();
    if (!starts && StartsUpperCase(text)) {
      const Piece& piece = pieces.back();
      const std::string_view above = piece.last();
      const bool would_fit = CodePoints(above) + 1 + FirstWordCodePoints(text) <= width;
      const bool below_label = pieces.size() > 1 && ShortLabel(pieces[pieces.size() - 2]);
      const bool goes_on =
          MayGoOnIntoCapital(above) && (!would_fit || (below_label && piece.lines.size() > 1));
      starts =
          EndsWithSentenceMark(above) || (ShortLabel(piece) && !goes_on) || IsFigureLine(piece);
    } else if (!starts && !text.empty() && IsDigit(text.front()) && !EndsWithSentenceMark(text) &&
               i + 1 < paragraph.size() && StartsUpperCase(Trim(paragraph[i + 1]->text)) &&
               ShortLabel(pieces.back()) && OpensRow(pieces, pieces.size() - 1)) {
      // Another column's figure cell set between a name and its
      // description ("Sprogcaféer på folkeskolerne" / "8 procentpoint" /
      // "Erfaringerne fra ..."): no name goes on in a figure. A sentence
      // that wraps before a figure ("Budget: omkring" / "0,75 mio.kr.")
      // goes on after it in lower case or ends there; a label below
      // another may be a text cell that goes on in the figure ("Der
      // gennemføres" / "30 forløb").
      starts = true;
    }
    if (starts) {
      pieces.emplace_back();
      pieces.back().first = i;
    } else {
      pieces.back().joined += ' ';
    }
    pieces.back().lines.push_back(line);
    pieces.back().joined += text;
  }
  return pieces;
}

// Where a name cell's description runs on from its name's line, read
// without the lexicon (a capital after a proper noun starts nothing).
std::optional<RunOnSplit> RunOnSplitOf(const std::vector<const Line*>& cell) {
  std::vector<Segment> segments;
  segments.reserve(cell.size());
  for (const Line* line : cell) {
    segments.push_back(
        Segment{std::string(Trim(line->text)), line->page, line->number, line->bold});
  }
  return FindRunOnDescription(segments, {});
}

// What a header cell names: no column, another column, a target column.
enum class HeaderCell { kNone, kColumn, kTargetColumn };

HeaderCell ReadHeaderCell(std::string_view text, const RuleSet& rules,
                          const std::optional<std::string>& kind) {
  HeaderCell cell = HeaderCell::kNone;
  for (const ColumnRule& rule : rules.columns) {
    if (!rule.AppliesTo(kind) || !rule.header.Matches(text)) continue;
    if (rule.role == ColumnRole::kTarget) return HeaderCell::kTargetColumn;
    cell = HeaderCell::kColumn;
  }
  return cell;
}

// The header cell that starts at lines[i]: the line alone or with the next
// lines of its paragraph ("Mål" / "2008", "Resultatk" / "rav" / "2008": a
// cell too narrow for its word breaks it without a hyphen).
HeaderCell StartsHeaderCell(const std::vector<const Line*>& lines,
                            const std::vector<bool>& starts_paragraph, size_t i,
                            const RuleSet& rules, const std::optional<std::string>& kind) {
  std::string cell;
  for (size_t k = i; k < lines.size() && k < i + kMaxNameLines; ++k) {
    if (k > i && starts_paragraph[k]) break;
    AppendHeaderLine(Trim(lines[k]->text), &cell);
    const HeaderCell read = ReadHeaderCell(cell, rules, kind);
    if (read != HeaderCell::kNone) return read;
  }
  return HeaderCell::kNone;
}

// The first line below a table header written as lines: two header cells
// or more within a few lines, one of them a target column's ("Indsats" /
// "Succeskriterium", "Mål 2012" / "Resultatkrav"); lines.size() when there
// is none. `first_cell`: the line of the header's first cell.
size_t BelowHeader(const std::vector<const Line*>& lines, const std::vector<bool>& starts_paragraph,
                   const RuleSet& rules, const std::optional<std::string>& kind,
                   size_t* first_cell) {
  std::optional<size_t> last_header;
  bool target_seen = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const HeaderCell cell = StartsHeaderCell(lines, starts_paragraph, i, rules, kind);
    if (cell == HeaderCell::kNone) continue;
    const bool target = cell == HeaderCell::kTargetColumn;
    if (last_header && i - *last_header <= kMaxHeaderGapLines && (target || target_seen)) {
      return i + 1;
    }
    if (!last_header || i - *last_header > kMaxHeaderGapLines) {
      target_seen = false;
      *first_cell = i;
    }
    target_seen = target_seen || target;
    last_header = i;
  }
  return lines.size();
}

}  // namespace

RawCells RawCells::Find(const Document& doc, const RuleSet& rules,
                        const std::optional<std::string>& kind) {
  RawCells found;
  if (!IsPlainCellText(doc)) return found;
  // The lines with text, and where a blank line, a page break or a running
  // line parts them into paragraphs.
  std::vector<const Line*> lines;
  std::vector<bool> starts_paragraph;
  for (const std::vector<const Line*>& paragraph : PlainParagraphs(doc)) {
    for (size_t k = 0; k < paragraph.size(); ++k) {
      lines.push_back(paragraph[k]);
      starts_paragraph.push_back(k == 0);
    }
  }
  size_t first_header_cell = 0;
  const size_t first_body = BelowHeader(lines, starts_paragraph, rules, kind, &first_header_cell);
  std::vector<std::vector<const Line*>> paragraphs;
  for (size_t i = first_body; i < lines.size(); ++i) {
    if (paragraphs.empty() || starts_paragraph[i]) paragraphs.emplace_back();
    paragraphs.back().push_back(lines[i]);
  }
  for (const std::vector<const Line*>& paragraph : paragraphs) found.ReadParagraph(paragraph);
  if (first_body < lines.size()) {
    const RawHeader header =
        ReadRawHeader(lines, starts_paragraph, first_header_cell, kMaxNameLines, rules, kind);
    found.FindNamesByRowOrder(paragraphs, header);
    found.TieFigureCells(paragraphs, header);
  }
  return found;
}

void RawCells::FindNamesByRowOrder(const std::vector<std::vector<const Line*>>& paragraphs,
                                   const RawHeader& header) {
  if (header.below == nullptr) return;
  const size_t row_blocks = FigureColumns(header.columns) + 1;
  if (row_blocks < 2) return;
  // What each paragraph may be: a row's name already read (with its
  // description), a lone label that may be a name without one, a name
  // cell whose description runs on from its name's line ("Tolkebistand
  // for etniske iværksættere Tilbuddet er åbent to"), prose that may be
  // such a cell though where its name ends is not told (it may start a
  // row but gives no name), or a block of another kind.
  enum class Block { kNamed, kLabel, kRunOn, kProse, kOther };
  std::vector<Block> blocks;
  std::vector<bool> has_figure;
  std::vector<std::optional<RunOnSplit>> run_on;  // where a kRunOn cell's description starts
  blocks.reserve(paragraphs.size());
  has_figure.reserve(paragraphs.size());
  run_on.reserve(paragraphs.size());
  for (const std::vector<const Line*>& paragraph : paragraphs) {
    Block block = Block::kOther;
    std::optional<RunOnSplit> split;
    bool read = false;
    for (const Line* line : paragraph) {
      const RawCellLine* part = At(*line);
      if (part == nullptr) continue;
      read = true;
      if (part->role == RawCellRole::kName) block = Block::kNamed;
    }
    if (!read) {
      const std::vector<Piece> pieces = CutIntoPieces(paragraph);
      const Piece& piece = pieces.front();
      if (pieces.size() == 1 && ShortLabel(piece) && !IsTitle(piece) &&
          HasSmallLetter(piece.joined) && piece.joined.find(' ') != std::string::npos &&
          WrapsCleanly(piece, ColumnWidths(paragraph))) {
        block = Block::kLabel;
      } else if (StartsUpperCase(piece.joined) && HasSmallLetter(paragraph.front()->text) &&
                 !HasDigit(paragraph.front()->text) && EndsWithSentenceMark(pieces.back().last())) {
        split = RunOnSplitOf(paragraph);
        block = split ? Block::kRunOn : Block::kProse;
      }
    }
    blocks.push_back(block);
    run_on.push_back(split);
    bool figure = false;
    for (const Line* line : paragraph) figure = figure || HasDigit(line->text);
    has_figure.push_back(figure);
  }
  // Whether a row starts at paragraphs[i]: a block that may be a name
  // cell, then the row's figure blocks on its page, none of them a name.
  const auto row_at = [&](size_t i) {
    if (i + row_blocks > paragraphs.size() || blocks[i] == Block::kOther) return false;
    for (size_t k = i + 1; k < i + row_blocks; ++k) {
      if (blocks[k] == Block::kNamed ||
          paragraphs[k].front()->page != paragraphs[i].front()->page) {
        return false;
      }
    }
    return true;
  };
  // Runs of rows, each starting where the one before it cannot; a run
  // counts with three rows or more whose blocks between the names hold
  // figures at least half the time (a column of prose or a list is no
  // table).
  struct Run {
    size_t first, rows, new_names;
  };
  std::vector<Run> runs;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (!row_at(i) || (i >= row_blocks && row_at(i - row_blocks))) continue;
    Run run{i, 0, 0};
    size_t figures = 0;
    for (size_t r = i; row_at(r); r += row_blocks) {
      ++run.rows;
      run.new_names += blocks[r] == Block::kLabel || blocks[r] == Block::kRunOn;
      for (size_t k = r + 1; k < r + row_blocks; ++k) figures += has_figure[k];
    }
    const size_t between = run.rows * (row_blocks - 1);
    if (run.rows >= 3 && 2 * figures >= between) runs.push_back(run);
  }
  // Two runs over the same blocks spaced differently, even one of names
  // already read: neither is sure (a text cell that reads like a label,
  // "Erfaringerne formidles til de øvrige forvaltninger", can start rows
  // one block off the names'). The runs are in the order they start: one
  // overlaps another when a run before it ends after it starts, or the
  // next starts before it ends.
  const auto end_of = [&](const Run& run) { return run.first + run.rows * row_blocks; };
  size_t ends_before = 0;  // the furthest end of the runs before
  for (size_t a = 0; a < runs.size(); ++a) {
    const bool alone = runs[a].new_names > 0 && ends_before <= runs[a].first &&
                       (a + 1 == runs.size() || end_of(runs[a]) <= runs[a + 1].first);
    ends_before = std::max(ends_before, end_of(runs[a]));
    if (!alone) continue;
    for (size_t r = runs[a].first; r < end_of(runs[a]); r += row_blocks) {
      if (blocks[r] == Block::kLabel) ReadLoneName(paragraphs[r]);
      if (blocks[r] == Block::kRunOn) ReadRunOnName(paragraphs[r], *run_on[r]);
    }
  }
}

void RawCells::ReadLoneName(const std::vector<const Line*>& name) {
  std::string joined;
  for (size_t k = 0; k < name.size(); ++k) {
    if (k > 0) {
      joined += ' ';
      lines_[name[k]] = Part(RawCellRole::kNameContinuation);
    }
    joined += Trim(name[k]->text);
  }
  lines_[name.front()] = Part(RawCellRole::kName, std::move(joined));
}

void RawCells::ReadRunOnName(const std::vector<const Line*>& cell, const RunOnSplit& split) {
  RawCellLine head = Part(RawCellRole::kName);
  for (size_t k = 0; k < cell.size(); ++k) {
    const std::string_view text = Trim(cell[k]->text);
    if (k <= split.line) {
      const std::string_view name_part = k < split.line ? text : text.substr(0, split.offset);
      if (!head.text.empty()) head.text += ' ';
      head.text += Trim(name_part);
    }
    if (k >= split.line) {
      const std::string_view described = k == split.line ? text.substr(split.offset) : text;
      head.description.push_back(
          Segment{std::string(described), cell[k]->page, cell[k]->number, cell[k]->bold});
    }
    if (k > 0) {
      lines_[cell[k]] =
          Part(k <= split.line ? RawCellRole::kNameContinuation : RawCellRole::kDescription);
    }
  }
  lines_[cell.front()] = std::move(head);
}

void RawCells::TieFigureCells(const std::vector<std::vector<const Line*>>& paragraphs,
                              const RawHeader& header) {
  const auto part_of = [this](const Line* line) {
    const RawCellLine* cell = At(*line);
    if (cell == nullptr || cell->role == RawCellRole::kOtherCell) return RawRowPart::kOutside;
    if (cell->role == RawCellRole::kName) return RawRowPart::kName;
    if (cell->role == RawCellRole::kTheme) return RawRowPart::kGroup;
    return RawRowPart::kNameCell;
  };
  const RawTiedRows tied = bilag::TieFigureCells(paragraphs, header, part_of);
  for (const auto& [name, cells] : tied.cells) {
    std::vector<RawCellTarget>& targets = lines_[name].cells;
    for (const RawFigureCell& cell : cells) {
      targets.push_back({cell.column, {}});
      for (const Line* line : cell.lines) {
        targets.back().lines.push_back(
            Segment{std::string(Trim(line->text)), line->page, line->number, line->bold});
        // Read with its row, the cell is no prose of its own.
        lines_[line] = Part(RawCellRole::kOtherCell);
      }
    }
  }
  if (!tied.name_target) return;
  for (auto& [line, part] : lines_) {
    if (part.role == RawCellRole::kName) part.name_target = tied.name_target;
  }
}

void RawCells::ReadParagraph(const std::vector<const Line*>& paragraph) {
  const std::vector<size_t> widths = ColumnWidths(paragraph);
  const std::vector<Piece> pieces = CutIntoPieces(paragraph);
  for (size_t i = 0; i + 1 < pieces.size(); ++i) {
    const Piece* name = &pieces[i];
    const Piece* group = i > 0 ? &pieces[i - 1] : nullptr;
    const Piece* other_cell = nullptr;
    // Two one-line labels above a description: a group row over its row's
    // name, or a name with another column's short cell set between it and
    // its description ("Jobmentorer i Tingbjerg og Husum" / "Ikke opgjort").
    // Group rows are short words for a field, names say more: the longer
    // one is the name.
    if (group != nullptr && group->lines.size() == 1 && name->lines.size() == 1 &&
        ShortLabel(*group) && HasSmallLetter(group->joined) &&
        CodePoints(group->joined) > CodePoints(name->joined)) {
      other_cell = name;
      name = group;
      group = i > 1 ? &pieces[i - 2] : nullptr;
    }
    // Another column's figure cell set between the name and its
    // description; not below another label in small letters, which would
    // make one of the two another cell ("Brobyggere for etniske
    // iværksættere" / "Der gennemføres" / "30 forløb").
    size_t described_from = i + 1;
    const bool below_label =
        group != nullptr && ShortLabel(*group) && HasSmallLetter(group->joined) && !IsTitle(*group);
    if (other_cell == nullptr && !below_label && i + 2 < pieces.size() &&
        IsFigureLine(pieces[i + 1])) {
      other_cell = &pieces[i + 1];
      described_from = i + 2;
    }
    const Piece& first = pieces[described_from];
    // A line in capitals is a group row, never a row's name.
    if (!ShortLabel(*name) || IsTitle(*name) || !HasSmallLetter(name->joined) ||
        !WrapsCleanly(*name, widths) || ShortLabel(first) || !EndsWithSentenceMark(first.last())) {
      continue;
    }
    // A group row spans the table: one line.
    if (group != nullptr && group->lines.size() == 1 && ShortLabel(*group) && !IsTitle(*group)) {
      lines_[group->lines.front()] = Part(RawCellRole::kTheme, group->joined);
    }
    if (other_cell != nullptr) {
      lines_[other_cell->lines.front()] = Part(RawCellRole::kOtherCell);
    }
    RawCellLine head = Part(RawCellRole::kName, name->joined);
    for (size_t k = 1; k < name->lines.size(); ++k) {
      lines_[name->lines[k]] = Part(RawCellRole::kNameContinuation);
    }
    // The description: the pieces up to the next short label.
    for (size_t j = described_from; j < pieces.size() && !ShortLabel(pieces[j]); ++j) {
      for (const Line* line : pieces[j].lines) {
        head.description.push_back(
            Segment{std::string(Trim(line->text)), line->page, line->number, line->bold});
        lines_[line] = Part(RawCellRole::kDescription);
      }
    }
    lines_[name->lines.front()] = std::move(head);
  }
}

const RawCellLine* RawCells::At(const Line& line) const {
  auto it = lines_.find(&line);
  return it == lines_.end() ? nullptr : &it->second;
}

}  // namespace bilag
