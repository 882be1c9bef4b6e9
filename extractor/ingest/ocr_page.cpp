#include "extractor/ingest/ocr_page.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace bilag {
namespace {

// One Tesseract text line, in pixels, with the vertical centre and height of
// its first and last words: scans are seldom straight, so only the ends of
// two lines side by side can be compared.
struct Piece {
  const std::vector<int>* words = nullptr;
  int x0 = 0, x1 = 0;
  double left_centre = 0, left_height = 0;
  double right_centre = 0, right_height = 0;
};

Piece MakePiece(const OcrPageResult& result, const std::vector<int>& words) {
  const OcrWord& first = result.words[static_cast<size_t>(words.front())];
  const OcrWord& last = result.words[static_cast<size_t>(words.back())];
  Piece piece;
  piece.words = &words;
  piece.x0 = first.x0;
  piece.x1 = last.x1;
  for (int index : words) {
    piece.x0 = std::min(piece.x0, result.words[static_cast<size_t>(index)].x0);
    piece.x1 = std::max(piece.x1, result.words[static_cast<size_t>(index)].x1);
  }
  piece.left_centre = (first.y0 + first.y1) / 2.0;
  piece.left_height = first.y1 - first.y0;
  piece.right_centre = (last.y0 + last.y1) / 2.0;
  piece.right_height = last.y1 - last.y0;
  return piece;
}

// Lines side by side (a table row that Tesseract read column by column) form
// one row: left to right, a line joins the row whose last line ends before
// it starts, at the same height (centres within half a word height), the
// nearest one when several qualify. Rows come out top to bottom.
std::vector<std::vector<Piece>> GroupRows(std::vector<Piece> pieces) {
  std::stable_sort(pieces.begin(), pieces.end(),
                   [](const Piece& a, const Piece& b) { return a.x0 < b.x0; });
  std::vector<std::vector<Piece>> rows;
  for (const Piece& piece : pieces) {
    std::vector<Piece>* best = nullptr;
    double best_distance = 0;
    for (std::vector<Piece>& row : rows) {
      const Piece& last = row.back();
      if (last.x1 > piece.x0) continue;
      const double distance = std::abs(last.right_centre - piece.left_centre);
      const double tolerance = 0.5 * std::max(last.right_height, piece.left_height);
      if (distance <= tolerance && (best == nullptr || distance < best_distance)) {
        best = &row;
        best_distance = distance;
      }
    }
    if (best != nullptr) {
      best->push_back(piece);
    } else {
      rows.push_back({piece});
    }
  }
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.front().left_centre < b.front().left_centre;
  });
  return rows;
}

}  // namespace

void FillPageFromOcr(const OcrPageResult& result, Page* page) {
  const double to_points = result.dpi > 0 ? 72.0 / result.dpi : 1.0;
  if (page->width <= 0 || page->height <= 0) {
    page->width = result.width * to_points;
    page->height = result.height * to_points;
  }
  page->words.clear();
  page->lines.clear();
  page->needs_ocr = false;

  std::vector<Piece> pieces;
  pieces.reserve(result.lines.size());
  for (const std::vector<int>& line : result.lines) {
    if (!line.empty()) pieces.push_back(MakePiece(result, line));
  }
  for (const std::vector<Piece>& row : GroupRows(std::move(pieces))) {
    Line line;
    std::vector<Cell> cells(1);
    const OcrWord* previous = nullptr;
    for (const Piece& piece : row) {
      for (size_t k = 0; k < piece.words->size(); ++k) {
        const OcrWord& ocr = result.words[static_cast<size_t>((*piece.words)[k])];
        if (previous != nullptr) {
          const int height = std::max({1, ocr.y1 - ocr.y0, previous->y1 - previous->y0});
          const bool new_cell = k == 0 || ocr.x0 - previous->x1 > kOcrCellGapLines * height;
          if (new_cell) {
            cells.emplace_back();
          } else {
            cells.back().text.push_back(' ');
          }
        }
        Word word;
        word.text = ocr.text;
        word.box = {ocr.x0 * to_points, ocr.y0 * to_points, ocr.x1 * to_points, ocr.y1 * to_points};
        word.confidence = ocr.confidence;
        Cell& cell = cells.back();
        cell.text += word.text;
        cell.x0 = cell.x0 < 0 ? word.box.x0 : std::min(cell.x0, word.box.x0);
        cell.x1 = std::max(cell.x1, word.box.x1);
        line.words.push_back(static_cast<int>(page->words.size()));
        page->words.push_back(std::move(word));
        previous = &ocr;
      }
    }
    if (cells.size() == 1) {
      line.text = std::move(cells[0].text);
    } else {
      line.kind = LineKind::kTableRow;
      for (size_t c = 0; c < cells.size(); ++c) {
        if (c > 0) line.text.push_back('\t');
        line.text += cells[c].text;
        cells[c].column = static_cast<int>(c);
      }
      line.cells = std::move(cells);
    }
    page->lines.push_back(std::move(line));
  }
  page->Renumber();
}

}  // namespace bilag
