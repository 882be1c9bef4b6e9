#include "extractor/store/schema.h"

#include <iterator>
#include <string>
#include <vector>

namespace bilag {
namespace {

struct Migration {
  int version;
  const char* sql;
};

// Append only: a released step never changes, a new version adds a step.
const Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,            -- as found by the import (first path of this content)
  sha256 TEXT UNIQUE,            -- of the file's bytes; NULL only when it could not be read
  size INTEGER,                  -- bytes
  media_type TEXT,
  pages INTEGER,
  kind TEXT,
  title TEXT,
  bilag TEXT,
  committee TEXT,
  administration TEXT,
  date TEXT,                     -- ISO yyyy-mm-dd
  case_number TEXT,
  document_number TEXT,
  years TEXT,                    -- JSON array, e.g. [2008,2009]; NULL = unknown
  rules_sha256 TEXT NOT NULL,
  tool_version TEXT NOT NULL,
  options TEXT NOT NULL,         -- extraction options that change the output
  extracted_at TEXT NOT NULL,    -- ISO 8601 UTC; the only non-deterministic column
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
  error_code TEXT,
  error_message TEXT,
  CHECK ((status = 'ok') = (error_code IS NULL))
);
CREATE INDEX documents_path ON documents(path);
CREATE INDEX documents_committee ON documents(committee);
CREATE INDEX documents_kind ON documents(kind);
CREATE INDEX documents_failed ON documents(error_code) WHERE status = 'failed';

CREATE TABLE document_years (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  PRIMARY KEY (document_id, year)
) WITHOUT ROWID;
CREATE INDEX document_years_year ON document_years(year);

CREATE TABLE provenance (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  field TEXT NOT NULL,
  page INTEGER,
  line INTEGER,
  rule TEXT NOT NULL,
  PRIMARY KEY (document_id, field)
) WITHOUT ROWID;

CREATE TABLE initiatives (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  section TEXT,
  theme TEXT,
  page INTEGER,
  line INTEGER,
  rule TEXT NOT NULL,
  UNIQUE (document_id, position)
);
CREATE INDEX initiatives_name ON initiatives(name);

CREATE TABLE fields (
  initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (initiative_id, key)
);
CREATE INDEX fields_document ON fields(document_id);
CREATE INDEX fields_key ON fields(key);

CREATE TABLE amounts (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  dkk INTEGER NOT NULL,          -- whole kroner
  year INTEGER,
  approximate BOOLEAN NOT NULL,
  per_year BOOLEAN NOT NULL,
  text TEXT NOT NULL,
  page INTEGER,
  line INTEGER,
  rule TEXT NOT NULL
);
CREATE INDEX amounts_document ON amounts(document_id);
CREATE INDEX amounts_initiative ON amounts(initiative_id);
CREATE INDEX amounts_dkk ON amounts(dkk);

CREATE TABLE targets (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('goal', 'requirement', 'result', 'success_criterion')),
  year INTEGER,
  text TEXT NOT NULL,
  value REAL,
  value_max REAL,
  unit TEXT CHECK (unit IN ('count', 'percent', 'percentage_points', 'dkk')),
  comparator TEXT CHECK (comparator IN ('at_least', 'at_most', 'equal')),
  page INTEGER,
  line INTEGER,
  rule TEXT NOT NULL
);
CREATE INDEX targets_document ON targets(document_id);
CREATE INDEX targets_initiative ON targets(initiative_id);
CREATE INDEX targets_year_unit ON targets(year, unit);

CREATE TABLE budget_cells (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  item TEXT NOT NULL,
  year INTEGER,
  dkk INTEGER,                   -- NULL when the cell holds only a note reference
  total BOOLEAN NOT NULL,
  note TEXT,
  page INTEGER,
  line INTEGER,
  rule TEXT NOT NULL
);
CREATE INDEX budget_cells_document ON budget_cells(document_id);
CREATE INDEX budget_cells_year ON budget_cells(year);
CREATE INDEX budget_cells_item ON budget_cells(item);

CREATE TABLE corrections (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  from_text TEXT NOT NULL,
  to_text TEXT NOT NULL,
  page INTEGER,
  line INTEGER,
  rule TEXT NOT NULL
);
CREATE INDEX corrections_document ON corrections(document_id);

CREATE TABLE warnings (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  page INTEGER,
  line INTEGER
);
CREATE INDEX warnings_document ON warnings(document_id);
CREATE INDEX warnings_code ON warnings(code);
)sql"},
    // Every path where an import found a document's content, so a file
    // filed twice in an archive is findable by either path.
    {2, R"sql(
CREATE TABLE document_paths (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  PRIMARY KEY (document_id, path)
) WITHOUT ROWID;
CREATE INDEX document_paths_path ON document_paths(path);
INSERT INTO document_paths (document_id, path) SELECT id, path FROM documents;
)sql"},
};

constexpr const char* kVersionTable =
    "CREATE TABLE IF NOT EXISTS schema_version ("
    "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)";

}  // namespace

int LatestSchemaVersion() { return kMigrations[std::size(kMigrations) - 1].version; }

Result<int> SchemaVersion(Database* db) {
  Result<int64_t> has_table = db->QueryInt(
      "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'");
  if (!has_table.ok()) return has_table.status();
  if (*has_table == 0) return 0;
  Result<int64_t> version = db->QueryInt("SELECT coalesce(max(version), 0) FROM schema_version");
  if (!version.ok()) return version.status();
  return static_cast<int>(*version);
}

Status Migrate(Database* db) {
  // Cheap check first: an up-to-date database needs no write lock.
  Result<int> current = SchemaVersion(db);
  if (!current.ok()) return current.status();
  if (*current == LatestSchemaVersion()) return Status::Ok();
  if (*current > LatestSchemaVersion()) {
    return Status::Error(ErrorCode::kStoreSchema,
                         db->path() + ": written by a newer bilag (schema version " +
                             std::to_string(*current) + ", this build knows " +
                             std::to_string(LatestSchemaVersion()) + ")");
  }
  for (const Migration& migration : kMigrations) {
    Result<Transaction> transaction = Transaction::Begin(db);
    if (!transaction.ok()) return transaction.status();
    // Read again inside the transaction: another process may have migrated.
    Status status = db->Exec(kVersionTable);
    Result<int> version = status.ok() ? SchemaVersion(db) : Result<int>(status);
    if (!version.ok()) return version.status();
    if (*version >= migration.version) continue;
    status = db->Exec(migration.sql);
    if (status.ok()) {
      status =
          db->Exec("INSERT INTO schema_version (version, applied_at) VALUES (" +
                   std::to_string(migration.version) + ", strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
    }
    if (status.ok()) status = transaction->Commit();
    if (!status.ok()) {
      return Status::Error(ErrorCode::kStoreSchema, "migration to schema version " +
                                                        std::to_string(migration.version) +
                                                        " failed: " + status.message());
    }
  }
  return Status::Ok();
}

const std::vector<std::string>& StoreTables() {
  static const std::vector<std::string> kTables = {
      "documents", "document_paths", "document_years", "provenance",  "initiatives", "fields",
      "amounts",   "targets",        "budget_cells",   "corrections", "warnings"};
  return kTables;
}

}  // namespace bilag
