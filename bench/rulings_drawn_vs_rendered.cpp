// Prints, for every page of the PDFs given, the rulings found from the
// page's drawing operators beside those FindRulings finds in a 50 dpi render
// (the way text-layer pages were read before): counts, how many of each
// found no partner, the largest offset of a matched pair. Pages that do not
// look like a table (ingest only looks for rulings on those) are marked.
// Then the same for what the layout stage keeps of each (grids.h's
// TableRulings, which drops "rulings" that run through words).
//
// Usage: rulings_drawn_vs_rendered [--list] FILE.pdf...   (--list prints
// every ruling: R rendered, D drawn)
#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "extractor/ingest/ingest.h"
#include "extractor/ingest/pdf_drawing.h"
#include "extractor/ingest/pdf_ingest.h"
#include "extractor/layout/grids.h"
#include "extractor/layout/rulings.h"
#include "extractor/render/pdf_render.h"
#include "tests/ingest/ruling_comparison.h"

namespace {

int TableRows(const bilag::Page& page) {
  int rows = 0;
  for (const bilag::Line& line : page.lines) rows += line.kind == bilag::LineKind::kTableRow;
  return rows;
}

void Print(const char* source, const bilag::Ruling& r) {
  std::cout << "  " << source << " " << r.x0 << "," << r.y0 << " " << r.x1 << "," << r.y1 << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  int differing = 0;
  const bool list = argc > 1 && std::string(argv[1]) == "--list";
  for (int a = list ? 2 : 1; a < argc; ++a) {
    std::ifstream in(argv[a], std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bilag::Document doc;
    bilag::IngestOptions options;
    options.find_rulings = false;
    bilag::Status read = bilag::IngestPdf(bytes, options, &doc);
    auto drawing = bilag::PdfDrawing::Open(bytes, "");
    auto renderer = bilag::PdfRenderer::Open(bytes, "");
    if (!read.ok() || !drawing.ok() || !renderer.ok()) {
      std::cout << argv[a] << ": cannot read\n";
      continue;
    }
    for (const bilag::Page& page : doc.pages) {
      auto drawn = (*drawing)->Rulings(page.number - 1);
      auto image = (*renderer)->Render(page.number - 1, bilag::kRulingDpi, 2e6);
      if (!drawn.ok() || !image.ok()) {
        std::cout << argv[a] << " p" << page.number << ": failed\n";
        continue;
      }
      // The page's long side, whichever way ingest turned it upright.
      const double ppp = std::max(page.width, page.height) / std::max(image->width, image->height);
      const std::vector<bilag::Ruling> rendered = bilag::FindRulings(*image, ppp);
      const bilag::RulingComparison c = bilag::CompareRulings(*drawn, rendered);
      // What the layout stage keeps of each: rulings that run through words
      // are text the render blurred.
      bilag::Page with_drawn = page, with_rendered = page;
      with_drawn.rulings = *drawn;
      with_rendered.rulings = rendered;
      const bilag::RulingComparison kept = bilag::CompareRulings(
          bilag::layout::TableRulings(with_drawn), bilag::layout::TableRulings(with_rendered));
      if (list) {
        for (const bilag::Ruling& r : rendered) Print("R", r);
        for (const bilag::Ruling& r : *drawn) Print("D", r);
      }
      const bool table = TableRows(page) >= 2;
      if (table && (kept.drawn_unmatched > 0 || kept.rendered_unmatched > 0)) ++differing;
      std::cout << argv[a] << " p" << page.number << (table ? " table" : " -----") << " drawn "
                << c.drawn << " rendered " << c.rendered << " unmatched drawn " << c.drawn_unmatched
                << " rendered " << c.rendered_unmatched << " max offset " << c.max_offset
                << "; kept by layout: drawn " << kept.drawn << " rendered " << kept.rendered
                << " unmatched " << kept.drawn_unmatched << "/" << kept.rendered_unmatched << "\n";
    }
  }
  std::cout << "table pages whose rulings kept by layout differ: " << differing << "\n";
  return 0;
}
