#include "extractor/layout/layout.h"

#include "extractor/layout/side_columns.h"
#include "extractor/layout/tables.h"

namespace bilag {

LayoutSummary AnalyseLayout(Document* doc) {
  LayoutSummary summary;
  // Side columns first: a table beside an address column has its columns
  // only once the address is out of its rows.
  for (Page& page : doc->pages) summary.side_lines += layout::SeparateSideColumns(&page);
  summary.tables = layout::StructureTables(doc);
  return summary;
}

}  // namespace bilag
