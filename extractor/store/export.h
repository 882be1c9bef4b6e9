// Export: one table of an import database as CSV or JSON Lines, for people
// and tools that do not speak SQL.
//
// CSV follows RFC 4180: a header row of column names, records ended by CRLF,
// a field quoted when it holds a comma, a double quote, CR or LF, with inner
// quotes doubled. NULL is an empty field; reals print as SQLite prints them.
// Text is UTF-8 as stored (no byte order mark).
//
// JSON Lines: one object per row, keys in column order; NULL is null, INTEGER
// and REAL are numbers, BOOLEAN columns are true/false, TEXT is a string.
//
// Rows come in primary-key order (the documents' import order), so the same
// database always exports the same bytes.
#ifndef BILAG_EXTRACTOR_STORE_EXPORT_H_
#define BILAG_EXTRACTOR_STORE_EXPORT_H_

#include <ostream>
#include <string>

#include "extractor/base/status.h"
#include "extractor/store/database.h"

namespace bilag {

enum class ExportFormat { kCsv, kJsonl };

// Writes `table` (one of StoreTables(), or "schema_version") of `db` to
// `out`. Fails with store-unknown-table for any other name, store-error when
// reading fails, and export-write when `out` goes bad.
Status ExportTable(Database* db, const std::string& table, ExportFormat format, std::ostream& out);

// The CSV field for `text` (quoted only when it has to be).
std::string CsvField(const std::string& text);
// `text` as a JSON string literal, quotes included.
std::string JsonString(const std::string& text);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_STORE_EXPORT_H_
