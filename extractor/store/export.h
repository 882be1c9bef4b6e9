// Export: one table of an import database as CSV or JSON Lines, for people
// and tools that do not speak SQL.
//
// CSV follows RFC 4180: a header row of column names, records ended by CRLF,
// a field quoted when it holds a comma, a double quote, CR or LF, with inner
// quotes doubled. NULL is an empty field; reals print as SQLite prints them.
// Text is UTF-8 as stored (no byte order mark).
//
// Excel CSV (`--excel`) is what Excel with Danish regional settings opens in
// columns on a double click: a UTF-8 byte order mark (without it Excel reads
// the bytes as Windows-1252 and breaks æøå), ';' between fields (the list
// separator where ',' is the decimal mark), CRLF, fields quoted when they
// hold a ';', a double quote, CR or LF. REAL columns (targets.value,
// value_max) are written with a decimal comma ("12,5") so that Excel reads
// them as numbers; INTEGER columns (kroner, years, ids) have no decimals and
// no thousands separators and are read as numbers as they are; text is as
// stored (a JSON list such as years "[2008,2009]" stays one field).
//
// JSON Lines: one object per row, keys in column order; NULL is null, INTEGER
// and REAL are numbers, BOOLEAN columns are true/false, TEXT is a string,
// except list columns (documents.years), which are JSON arrays.
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

enum class ExportFormat { kCsv, kExcelCsv, kJsonl };

// Writes `table` (one of StoreTables(), or "schema_version") of `db` to
// `out`. Fails with store-unknown-table for any other name, store-error when
// reading fails, and export-write when `out` goes bad.
Status ExportTable(Database* db, const std::string& table, ExportFormat format, std::ostream& out);

// The CSV field for `text` between `separator`s (quoted only when it has to be).
std::string CsvField(const std::string& text, char separator = ',');
// `text` as a JSON string literal, quotes included.
std::string JsonString(const std::string& text);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_STORE_EXPORT_H_
