#include "extractor/store/export.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "extractor/store/schema.h"

namespace bilag {

std::string CsvField(const std::string& text, char separator) {
  const char special[] = {separator, '"', '\r', '\n', '\0'};
  if (text.find_first_of(special) == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

namespace {

// The length of the valid UTF-8 sequence at text[i], or 0 when the bytes
// there are not one (overlong forms, surrogates and stray continuation
// bytes included).
size_t Utf8SequenceLength(const std::string& text, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  size_t length = lead < 0x80                    ? 1
                  : lead >= 0xC2 && lead <= 0xDF ? 2
                  : lead >= 0xE0 && lead <= 0xEF ? 3
                  : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  unsigned char second = length > 1 ? byte(i + 1) : 0;
  if (lead == 0xE0 && second < 0xA0) return 0;   // overlong
  if (lead == 0xED && second >= 0xA0) return 0;  // surrogate
  if (lead == 0xF0 && second < 0x90) return 0;   // overlong
  if (lead == 0xF4 && second >= 0x90) return 0;  // above U+10FFFF
  return length;
}

}  // namespace

std::string JsonString(const std::string& text) {
  std::string out = "\"";
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escape[8];
          std::snprintf(escape, sizeof(escape), "\\u%04x", static_cast<unsigned>(c));
          out += escape;
        } else if (size_t length = Utf8SequenceLength(text, i); length > 0) {
          out.append(text, i, length);
          i += length;
          continue;
        } else {
          // A file name need not be UTF-8; JSON must be.
          out += "\\ufffd";
        }
    }
    ++i;
  }
  return out + "\"";
}

namespace {

// Columns that hold a JSON list as TEXT (see schema.cpp).
bool IsListColumn(const std::string& table, const std::string& column) {
  return table == "documents" && column == "years";
}

// Whether `text` is a list of integers as the store writes it ("[2008,2009]"),
// so that it can go into JSON as it is.
bool IsIntegerList(const std::string& text) {
  if (text.size() < 2 || text.front() != '[' || text.back() != ']') return false;
  bool digit_before = false;
  for (size_t i = 1; i + 1 < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      digit_before = true;
    } else if (c == ',' && digit_before) {
      digit_before = false;
    } else if (!(c == '-' && !digit_before)) {
      return false;
    }
  }
  return digit_before || text == "[]";
}

// A REAL as Excel reads numbers where ',' is the decimal mark.
std::string DecimalComma(std::string text) {
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

std::string JsonValue(const SqlValue& value, bool boolean, bool list) {
  switch (value.type) {
    case SqlValue::Type::kNull:
      return "null";
    case SqlValue::Type::kInteger:
      if (boolean) return value.integer != 0 ? "true" : "false";
      return value.text;
    case SqlValue::Type::kReal:
      // JSON has no NaN or infinity; the schema never stores them.
      return std::isfinite(value.real) ? value.text : "null";
    case SqlValue::Type::kText:
      return list && IsIntegerList(value.text) ? value.text : JsonString(value.text);
  }
  return "null";
}

// The stream's last write left its reason in errno.
Status WriteFailed(const std::string& table) {
  return Status::Error(ErrorCode::kExportWrite,
                       "cannot write the export of table " + table + ": " + std::strerror(errno));
}

bool Known(const std::string& table) {
  const std::vector<std::string>& tables = StoreTables();
  return table == "schema_version" ||
         std::find(tables.begin(), tables.end(), table) != tables.end();
}

}  // namespace

Status ExportTable(Database* db, const std::string& table, ExportFormat format, std::ostream& out) {
  if (!Known(table)) {
    std::string names;
    for (const std::string& name : StoreTables()) names += (names.empty() ? "" : ", ") + name;
    return Status::Error(ErrorCode::kStoreUnknownTable,
                         "no table '" + table + "' in an import database (tables: " + names + ")");
  }
  // The name is one of ours (checked above), so splicing it in is safe.
  // WITHOUT ROWID tables have no rowid; their primary key orders them.
  bool has_rowid = table != "document_years" && table != "provenance" && table != "document_paths";
  Result<Statement> stmt =
      db->Prepare("SELECT * FROM " + table + (has_rowid ? " ORDER BY rowid" : " ORDER BY 1, 2"));
  if (!stmt.ok()) return stmt.status();
  int columns = stmt->ColumnCount();
  std::vector<std::string> names;
  std::vector<bool> boolean, list;
  for (int i = 0; i < columns; ++i) {
    names.push_back(stmt->ColumnName(i));
    boolean.push_back(stmt->ColumnDeclType(i) == "BOOLEAN");
    list.push_back(IsListColumn(table, names.back()));
  }
  const bool csv = format != ExportFormat::kJsonl;
  const bool excel = format == ExportFormat::kExcelCsv;
  const char separator = excel ? ';' : ',';
  std::string line = excel ? "\xef\xbb\xbf" : "";
  if (csv) {
    for (int i = 0; i < columns; ++i) {
      if (i > 0) line += separator;
      line += CsvField(names[static_cast<size_t>(i)], separator);
    }
    out << line << "\r\n";
  }
  for (;;) {
    Result<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    line.clear();
    if (csv) {
      for (int i = 0; i < columns; ++i) {
        if (i > 0) line += separator;
        SqlValue value = stmt->Column(i);
        if (value.is_null()) continue;
        bool real = value.type == SqlValue::Type::kReal;
        line += excel && real ? DecimalComma(value.text) : CsvField(value.text, separator);
      }
      line += "\r\n";
    } else {
      line += '{';
      for (int i = 0; i < columns; ++i) {
        size_t column = static_cast<size_t>(i);
        if (i > 0) line += ',';
        line += JsonString(names[column]) + ":" +
                JsonValue(stmt->Column(i), boolean[column], list[column]);
      }
      line += "}\n";
    }
    out << line;
    if (!out) return WriteFailed(table);
  }
  out.flush();
  if (!out) return WriteFailed(table);
  return Status::Ok();
}

}  // namespace bilag
