// Turns what OCR read on a page image into the Document's Page: the same
// shape a PDF text layer gives (extractor/ingest/pdf_ingest.h), so later
// stages need not know where the words came from.
//
//   - Word boxes are in PDF points, origin top-left: pixels * 72 / dpi, on
//     the page turned level (ocr_deskew.h: Page::deskew says by how much).
//     Word::confidence is Tesseract's (0..100) and kept for every word, low
//     or not; font and font_size are unknown (empty, 0). Word::bold comes
//     from the word's stroke width against the page's usual one (stems
//     kBoldStrokeRatio times as wide); Line::bold when every word of the
//     line is bold.
//   - Lines follow Tesseract's text lines, top to bottom. Tesseract reads a
//     table's columns as separate blocks, so a visual row comes back as
//     several text lines side by side; such lines are joined into one Line,
//     left to right, when the end of one and the start of the next sit at
//     the same height (scans are seldom straight: whole-line boxes of two
//     neighbouring lines of a turned page overlap). Each joined piece starts
//     a Cell, as does a gap wider than kOcrCellGapLines word heights inside
//     one piece; a Line with several cells is a kTableRow whose cells carry
//     their x extents, like a PDF table row. Tesseract also cuts a line of
//     prose in two now and then (a justified line beside a side column:
//     "første år viser," | "at en tæt kontakt til Dansk"): a piece whose gap
//     to the one before is no wider than kOcrPieceSpaceToSpace times the
//     ordinary word space of the two (their first-quartile gap) goes on in
//     the same cell. Where the two have fewer than two gaps, too few to
//     measure a space, the piece starts a cell.
//   - Page::words are ordered as the lines use them; Line::words index them.
//   - page->width/height are kept when set (a PDF page), else taken from
//     the image; a PDF page read turned a quarter (OcrPageResult::
//     quarter_turn) swaps them, since its words are those of the page turned
//     upright. page->rulings are the result's.
//   - Tesseract reads a scanned table's vertical rulings as words ("|",
//     "I", "l", "[", "!") and its horizontal ones as "_" or "—". Such words
//     would become cells of their own and push the row's values into the
//     wrong columns, so a word made only of stroke characters (and
//     punctuation) whose box lies on a ruling of the page of its kind is
//     dropped: within kRulingStrokePoints of it for bars, brackets and
//     underscores; through the box itself for I, l, parentheses and dashes,
//     which real text puts a few points from a cell's border ("I alt", a
//     "-" for nothing). So is a word of next to no confidence
//     (kSpeckStrokeConfidence) that a horizontal ruling runs through: the
//     ruling's edge read as letters.
//   - A vertical ruling between two words of one Tesseract line starts a
//     new cell, however narrow the gap: it is a column border. A bar that
//     Tesseract stuck to a word's end or start where a vertical ruling runs
//     ("249623|") is cut off the word.
#ifndef BILAG_EXTRACTOR_OCR_OCR_PAGE_H_
#define BILAG_EXTRACTOR_OCR_OCR_PAGE_H_

#include <cstddef>

#include "extractor/model/document.h"
#include "extractor/ocr/ocr.h"

namespace bilag {

inline constexpr double kOcrCellGapLines = 2.0;
// A narrower gap starts a cell when it is at least kOcrMinCellGapLines word
// heights and kOcrCellGapToSpace times the line's ordinary word space.
inline constexpr double kOcrMinCellGapLines = 1.0;
inline constexpr double kOcrCellGapToSpace = 3.0;
// A cell gap in a table is at least two cell margins, several word spaces;
// a gap between two pieces of one prose line is a word space, a little
// wider at most where Tesseract measured the comma into it.
inline constexpr double kOcrPieceSpaceToSpace = 1.5;
// How far from a ruling a stroke word may lie: a scan's ruling is a point
// or two thick, and Tesseract's box of it a little wider.
inline constexpr double kRulingStrokePoints = 3.0;
// A word of stroke characters only ("—", "|", "_") that Tesseract reads
// with a confidence below this is a speck or a fold of the paper, not a
// dash: it is dropped like a ruling, or it would part a cell gap into two
// word spaces ("eftermiddage — %"). A printed dash reads at 50 or more.
inline constexpr float kSpeckStrokeConfidence = 10;
// A word is bold when its stems are this much wider than the page's median
// (a word of fewer than kMinLettersForWordStroke letters: when its nearer
// neighbour's are); a page needs kMinLettersForBold measured letters for a median.
inline constexpr double kBoldStrokeRatio = 1.25;
inline constexpr size_t kMinLettersForWordStroke = 2;
inline constexpr size_t kMinLettersForBold = 40;

// Replaces page->words, page->lines and page->rulings with `result`'s;
// clears needs_ocr. Returns the number of words dropped as rulings or
// specks.
int FillPageFromOcr(const OcrPageResult& result, Page* page);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_OCR_OCR_PAGE_H_
