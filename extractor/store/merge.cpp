#include "extractor/store/merge.h"

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extractor/store/schema.h"

namespace bilag {
namespace {

constexpr const char* kDocumentColumns =
    "path, sha256, size, media_type, pages, kind, title, bilag, committee, administration, date, "
    "case_number, document_number, years, rules_sha256, tool_version, options, extracted_at, "
    "status, error_code, error_message";

// Copies of one document's children: ?1 = its id in src, ?2 = its new id.
// Initiatives keep `position`, which is how fields, amounts and targets find
// their new initiative id.
const char* const kCopyChildren[] = {
    "INSERT OR IGNORE INTO main.document_paths (document_id, path) "
    "SELECT ?2, path FROM src.document_paths WHERE document_id = ?1",
    "INSERT INTO main.document_years (document_id, year) "
    "SELECT ?2, year FROM src.document_years WHERE document_id = ?1",
    "INSERT INTO main.provenance (document_id, field, page, line, rule) "
    "SELECT ?2, field, page, line, rule FROM src.provenance WHERE document_id = ?1",
    "INSERT INTO main.initiatives (document_id, position, name, section, theme, page, line, rule) "
    "SELECT ?2, position, name, section, theme, page, line, rule FROM src.initiatives "
    "WHERE document_id = ?1 ORDER BY id",
    "INSERT INTO main.fields (initiative_id, document_id, key, value) "
    "SELECT n.id, ?2, f.key, f.value FROM src.fields f "
    "JOIN src.initiatives o ON o.id = f.initiative_id "
    "JOIN main.initiatives n ON n.document_id = ?2 AND n.position = o.position "
    "WHERE f.document_id = ?1 ORDER BY f.rowid",
    "INSERT INTO main.amounts (document_id, initiative_id, position, dkk, year, approximate, "
    "per_year, text, page, line, rule) "
    "SELECT ?2, n.id, a.position, a.dkk, a.year, a.approximate, a.per_year, a.text, a.page, "
    "a.line, a.rule FROM src.amounts a JOIN src.initiatives o ON o.id = a.initiative_id "
    "JOIN main.initiatives n ON n.document_id = ?2 AND n.position = o.position "
    "WHERE a.document_id = ?1 ORDER BY a.id",
    "INSERT INTO main.targets (document_id, initiative_id, position, kind, year, text, value, "
    "value_max, unit, comparator, page, line, rule) "
    "SELECT ?2, n.id, t.position, t.kind, t.year, t.text, t.value, t.value_max, t.unit, "
    "t.comparator, t.page, t.line, t.rule FROM src.targets t "
    "JOIN src.initiatives o ON o.id = t.initiative_id "
    "JOIN main.initiatives n ON n.document_id = ?2 AND n.position = o.position "
    "WHERE t.document_id = ?1 ORDER BY t.id",
    "INSERT INTO main.budget_cells (document_id, position, item, year, dkk, total, note, page, "
    "line, rule) SELECT ?2, position, item, year, dkk, total, note, page, line, rule "
    "FROM src.budget_cells WHERE document_id = ?1 ORDER BY id",
    "INSERT INTO main.corrections (document_id, position, from_text, to_text, page, line, rule) "
    "SELECT ?2, position, from_text, to_text, page, line, rule FROM src.corrections "
    "WHERE document_id = ?1 ORDER BY id",
    "INSERT INTO main.warnings (document_id, position, code, message, page, line) "
    "SELECT ?2, position, code, message, page, line FROM src.warnings "
    "WHERE document_id = ?1 ORDER BY id",
};

Status CheckInput(const std::string& target_path, const std::string& input_path) {
  std::error_code ec;
  if (!std::filesystem::exists(input_path, ec)) {
    return Status::Error(ErrorCode::kStoreOpen, input_path + ": no such database");
  }
  if (std::filesystem::equivalent(target_path, input_path, ec)) {
    return Status::Error(ErrorCode::kStoreOpen, input_path + ": is the database being merged into");
  }
  Result<Database> input = Database::Open(input_path, Database::Mode::kReadOnly);
  if (!input.ok()) return input.status();
  Result<int> version = SchemaVersion(&input.value());
  if (!version.ok()) return version.status();
  if (*version != LatestSchemaVersion()) {
    return Status::Error(ErrorCode::kStoreSchema,
                         input_path + ": schema version " + std::to_string(*version) +
                             ", this build writes " + std::to_string(LatestSchemaVersion()) +
                             " (open it with `bilag import` once to migrate it)");
  }
  return Status::Ok();
}

// The statements of one merge; they name `src`, so they live only while it
// is attached.
struct MergeStatements {
  std::optional<Statement> documents, existing, delete_by_sha, delete_unreadable, copy_document,
      add_paths;
  std::vector<Statement> children;

  Status Prepare(Database* db) {
    std::string columns = kDocumentColumns;
    const std::pair<std::optional<Statement>*, std::string> sql[] = {
        {&documents,
         "SELECT id, sha256, path, rules_sha256, tool_version, options FROM src.documents "
         "ORDER BY id"},
        {&existing,
         "SELECT rules_sha256 = ?2 AND tool_version = ?3 AND options = ?4 FROM main.documents "
         "WHERE sha256 = ?1"},
        {&delete_by_sha, "DELETE FROM main.documents WHERE sha256 = ?1"},
        {&delete_unreadable, "DELETE FROM main.documents WHERE sha256 IS NULL AND path = ?1"},
        {&copy_document, "INSERT INTO main.documents (" + columns + ") SELECT " + columns +
                             " FROM src.documents WHERE id = ?1"},
        {&add_paths,
         "INSERT OR IGNORE INTO main.document_paths (document_id, path) "
         "SELECT m.id, p.path FROM src.document_paths p, main.documents m "
         "WHERE p.document_id = ?1 AND m.sha256 = ?2"},
    };
    for (const auto& [slot, text] : sql) {
      Result<Statement> stmt = db->Prepare(text);
      if (!stmt.ok()) return stmt.status();
      slot->emplace(std::move(stmt).value());
    }
    for (const char* text : kCopyChildren) {
      Result<Statement> stmt = db->Prepare(text);
      if (!stmt.ok()) return stmt.status();
      children.push_back(std::move(stmt).value());
    }
    return Status::Ok();
  }
};

// Copies every document of the attached `src` into main, in one transaction.
Status CopyDocuments(Database* db, MergeCounts* counts) {
  MergeStatements stmts;
  if (Status status = stmts.Prepare(db); !status.ok()) return status;
  Result<Transaction> transaction = Transaction::Begin(db);
  if (!transaction.ok()) return transaction.status();
  MergeCounts added;
  for (;;) {
    Result<bool> row = stmts.documents->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    int64_t old_id = stmts.documents->ColumnInt(0);
    SqlValue sha256 = stmts.documents->Column(1);
    Status status;
    if (sha256.is_null()) {
      stmts.delete_unreadable->Bind(1, stmts.documents->ColumnText(2));
      status = stmts.delete_unreadable->Run();
    } else {
      Statement& existing = *stmts.existing;
      existing.Bind(1, sha256.text);
      for (int i = 2; i <= 4; ++i) existing.Bind(i, stmts.documents->ColumnText(i + 1));
      Result<bool> found = existing.Step();
      bool same = found.ok() && *found && existing.ColumnInt(0) == 1;
      existing.Reset();
      if (!found.ok()) return found.status();
      if (same) {
        // The same document, maybe found at other paths on the other machine.
        stmts.add_paths->Bind(1, old_id);
        stmts.add_paths->Bind(2, sha256.text);
        if (status = stmts.add_paths->Run(); !status.ok()) return status;
        ++added.skipped;
        continue;
      }
      stmts.delete_by_sha->Bind(1, sha256.text);
      status = stmts.delete_by_sha->Run();
    }
    if (!status.ok()) return status;
    stmts.copy_document->Bind(1, old_id);
    if (status = stmts.copy_document->Run(); !status.ok()) return status;
    int64_t new_id = db->LastInsertRowId();
    for (Statement& child : stmts.children) {
      child.Bind(1, old_id);
      child.Bind(2, new_id);
      if (status = child.Run(); !status.ok()) return status;
    }
    ++added.merged;
  }
  stmts.documents->Reset();
  if (Status status = transaction->Commit(); !status.ok()) return status;
  counts->merged += added.merged;
  counts->skipped += added.skipped;
  return Status::Ok();
}

}  // namespace

Status MergeInto(Store* store, const std::string& input_path, MergeCounts* counts) {
  Database& db = store->db();
  if (Status status = CheckInput(db.path(), input_path); !status.ok()) return status;
  {
    // Finalized before DETACH, which refuses while statements are open.
    Result<Statement> attach = db.Prepare("ATTACH DATABASE ?1 AS src");
    if (!attach.ok()) return attach.status();
    attach->Bind(1, input_path);
    if (Status status = attach->Run(); !status.ok()) return status;
  }
  Status status = CopyDocuments(&db, counts);
  Status detached = db.Exec("DETACH DATABASE src");
  if (!status.ok()) {
    return Status::Error(status.code(), "cannot merge " + input_path + ": " + status.message());
  }
  return detached;
}

}  // namespace bilag
