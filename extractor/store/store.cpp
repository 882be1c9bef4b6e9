#include "extractor/store/store.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extractor/store/lock_file.h"
#include "extractor/store/schema.h"

namespace bilag {

namespace {

// The statements Put() runs for every document, prepared once.
enum StatementId {
  kFindBySha,
  kDeleteBySha,
  kDeleteUnreadable,
  kInsertDocument,
  kInsertYear,
  kInsertProvenance,
  kInsertInitiative,
  kInsertField,
  kInsertAmount,
  kInsertTarget,
  kInsertBudgetCell,
  kInsertCorrection,
  kInsertWarning,
  kPathsOf,
  kInsertPath,
  kMovePath,
  kStatementCount,
};

const char* const kStatementSql[kStatementCount] = {
    "SELECT id FROM documents WHERE sha256 = ?1",
    "DELETE FROM documents WHERE sha256 = ?1",
    "DELETE FROM documents WHERE sha256 IS NULL AND path = ?1",
    "INSERT INTO documents (path, sha256, size, media_type, pages, kind, title, bilag, committee, "
    "administration, date, case_number, document_number, years, rules_sha256, tool_version, "
    "options, extracted_at, status, error_code, error_message, id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
    "?19, ?20, ?21, ?22)",
    "INSERT INTO document_years (document_id, year) VALUES (?1, ?2)",
    "INSERT INTO provenance (document_id, field, page, line, rule) VALUES (?1, ?2, ?3, ?4, ?5)",
    "INSERT INTO initiatives (document_id, position, name, section, theme, page, line, rule) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    "INSERT INTO fields (initiative_id, document_id, key, value) VALUES (?1, ?2, ?3, ?4)",
    "INSERT INTO amounts (document_id, initiative_id, position, dkk, year, approximate, per_year, "
    "text, page, line, rule) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    "INSERT INTO targets (document_id, initiative_id, position, kind, year, text, value, "
    "value_max, unit, comparator, page, line, rule) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    "INSERT INTO budget_cells (document_id, position, item, year, dkk, total, note, page, line, "
    "rule) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    "INSERT INTO corrections (document_id, position, from_text, to_text, page, line, rule) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    "INSERT INTO warnings (document_id, position, code, message, page, line) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    "SELECT path FROM document_paths WHERE document_id = ?1 ORDER BY path",
    "INSERT OR IGNORE INTO document_paths (document_id, path) VALUES (?1, ?2)",
    "DELETE FROM document_paths WHERE path = ?1 AND document_id != ?2",
};

std::optional<std::string> NonEmpty(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return text;
}

std::optional<int64_t> Widen(const std::optional<int>& value) {
  if (!value) return std::nullopt;
  return static_cast<int64_t>(*value);
}

std::optional<std::string> OrNull(const char* text) {
  if (text == nullptr) return std::nullopt;
  return std::string(text);
}

std::string YearsJson(const std::vector<int>& years) {
  std::string json = "[";
  for (size_t i = 0; i < years.size(); ++i) {
    if (i > 0) json += ',';
    json += std::to_string(years[i]);
  }
  return json + "]";
}

int64_t Flag(bool value) { return value ? 1 : 0; }

}  // namespace

struct Store::Impl {
  Impl(LockFile lock_file, Database database)
      : lock(std::move(lock_file)), db(std::move(database)) {}

  Statement& operator[](StatementId id) { return *statements[id]; }

  Result<std::optional<int64_t>> FindBySha(const std::string& sha256);
  // *id: the id to reuse, or nullopt for a new one; then the id given.
  Status InsertDocument(const DocumentRecord& record, std::optional<int64_t>* id);
  Status InsertContent(int64_t document_id, const Extraction& extraction);
  Status InsertInitiative(int64_t document_id, int64_t position, const Initiative& initiative);
  Status PathsOf(int64_t document_id, std::vector<std::string>* paths);
  // Adds `path` to the document's paths and takes it from any other.
  Status InsertPath(int64_t document_id, const std::string& path);

  // Destroyed in reverse order: statements, then the connection, then the
  // lock, so no other writer gets in before the connection is closed.
  LockFile lock;
  Database db;
  std::optional<Statement> statements[kStatementCount];
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Database& Store::db() { return impl_->db; }

Result<Store> Store::Open(const std::string& path) {
  Result<LockFile> lock = LockFile::Acquire(path);
  if (!lock.ok()) return lock.status();
  Result<Database> db = Database::Open(path, Database::Mode::kReadWriteCreate);
  if (!db.ok()) return db.status();
  auto impl = std::make_unique<Impl>(std::move(lock).value(), std::move(db).value());
  Status status =
      impl->db.Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
  if (status.ok()) status = Migrate(&impl->db);
  if (!status.ok()) return status;
  for (int id = 0; id < kStatementCount; ++id) {
    Result<Statement> stmt = impl->db.Prepare(kStatementSql[id]);
    if (!stmt.ok()) return stmt.status();
    impl->statements[id].emplace(std::move(stmt).value());
  }
  return Store(std::move(impl));
}

Result<std::unordered_map<std::string, ImportedVersion>> Store::ImportedVersions() {
  Result<Statement> stmt = impl_->db.Prepare(
      "SELECT sha256, rules_sha256, tool_version, options, status = 'failed' FROM documents "
      "WHERE sha256 IS NOT NULL");
  if (!stmt.ok()) return stmt.status();
  std::unordered_map<std::string, ImportedVersion> versions;
  for (;;) {
    Result<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    versions[stmt->ColumnText(0)] = {stmt->ColumnText(1), stmt->ColumnText(2), stmt->ColumnText(3),
                                     stmt->ColumnInt(4) != 0};
  }
  return versions;
}

Status Store::Put(const DocumentRecord& record) {
  Impl& impl = *impl_;
  Result<Transaction> transaction = Transaction::Begin(&impl.db);
  if (!transaction.ok()) return transaction.status();
  Statement& unreadable = impl[kDeleteUnreadable];
  unreadable.Bind(1, record.path);
  Status status = unreadable.Run();
  // A document extracted again keeps its id, so references to it (and the
  // order of the documents table) survive a re-import.
  std::optional<int64_t> document_id;
  std::vector<std::string> paths;  // of the content as stored before
  if (status.ok() && !record.sha256.empty()) {
    Result<std::optional<int64_t>> old_id = impl.FindBySha(record.sha256);
    if (old_id.ok()) {
      document_id = *old_id;
      if (document_id) status = impl.PathsOf(*document_id, &paths);
      Statement& by_sha = impl[kDeleteBySha];
      by_sha.Bind(1, record.sha256);
      if (status.ok()) status = by_sha.Run();
    } else {
      status = old_id.status();
    }
  }
  if (status.ok()) status = impl.InsertDocument(record, &document_id);
  paths.push_back(record.path);
  for (size_t i = 0; status.ok() && i < paths.size(); ++i) {
    status = impl.InsertPath(*document_id, paths[i]);
  }
  if (status.ok() && record.status.ok() && record.extraction) {
    status = impl.InsertContent(*document_id, *record.extraction);
  }
  if (status.ok()) status = transaction->Commit();
  if (!status.ok()) {
    return Status::Error(status.code(), "cannot store " + record.path + ": " + status.message());
  }
  return status;
}

Status Store::AddPath(const std::string& sha256, const std::string& path) {
  Impl& impl = *impl_;
  Result<std::optional<int64_t>> id = impl.FindBySha(sha256);
  if (!id.ok()) return id.status();
  if (!*id) {
    return Status::Error(ErrorCode::kStoreError,
                         "cannot store the path " + path + ": no document has its content");
  }
  Result<Transaction> transaction = Transaction::Begin(&impl.db);
  if (!transaction.ok()) return transaction.status();
  Status status = impl.InsertPath(**id, path);
  if (status.ok()) status = transaction->Commit();
  if (!status.ok()) {
    return Status::Error(status.code(), "cannot store the path " + path + ": " + status.message());
  }
  return status;
}

Status Store::Impl::PathsOf(int64_t document_id, std::vector<std::string>* paths) {
  Statement& stmt = (*this)[kPathsOf];
  stmt.Bind(1, document_id);
  for (;;) {
    Result<bool> row = stmt.Step();
    if (!row.ok()) {
      stmt.Reset();
      return row.status();
    }
    if (!*row) break;
    paths->push_back(stmt.ColumnText(0));
  }
  stmt.Reset();
  return Status::Ok();
}

Status Store::Impl::InsertPath(int64_t document_id, const std::string& path) {
  // A path shows one content: the file there may have changed since.
  Statement& move = (*this)[kMovePath];
  move.Bind(1, path);
  move.Bind(2, document_id);
  if (Status status = move.Run(); !status.ok()) return status;
  Statement& insert = (*this)[kInsertPath];
  insert.Bind(1, document_id);
  insert.Bind(2, path);
  return insert.Run();
}

Result<std::optional<int64_t>> Store::Impl::FindBySha(const std::string& sha256) {
  Statement& stmt = (*this)[kFindBySha];
  stmt.Bind(1, sha256);
  Result<bool> row = stmt.Step();
  std::optional<int64_t> id;
  if (row.ok() && *row) id = stmt.ColumnInt(0);
  stmt.Reset();
  if (!row.ok()) return row.status();
  return id;
}

Status Store::Impl::InsertDocument(const DocumentRecord& record, std::optional<int64_t>* id) {
  Statement& stmt = (*this)[kInsertDocument];
  static const DocumentInfo kNoInfo;
  const DocumentInfo& info = record.extraction ? record.extraction->info : kNoInfo;
  stmt.Bind(1, record.path);
  stmt.Bind(2, NonEmpty(record.sha256));
  stmt.Bind(3, record.size);
  stmt.Bind(4, NonEmpty(record.media_type));
  stmt.Bind(5, Widen(record.pages));
  stmt.Bind(6, info.kind);
  stmt.Bind(7, info.title);
  stmt.Bind(8, info.bilag);
  stmt.Bind(9, info.committee);
  stmt.Bind(10, info.administration);
  stmt.Bind(11, info.date);
  stmt.Bind(12, info.case_number);
  stmt.Bind(13, info.document_number);
  if (info.years) {
    stmt.Bind(14, YearsJson(*info.years));
  } else {
    stmt.BindNull(14);
  }
  stmt.Bind(15, record.rules_sha256);
  stmt.Bind(16, record.tool_version);
  stmt.Bind(17, record.options);
  stmt.Bind(18, record.extracted_at);
  bool ok = record.status.ok();
  stmt.Bind(19, std::string_view(ok ? "ok" : "failed"));
  stmt.Bind(20, ok ? std::nullopt : std::optional<std::string>(record.status.code_name()));
  stmt.Bind(21, ok ? std::nullopt : std::optional<std::string>(record.status.message()));
  stmt.Bind(22, *id);
  Status status = stmt.Run();
  if (!status.ok()) return status;
  *id = db.LastInsertRowId();
  int64_t document_id = **id;

  if (info.years) {
    Statement& year = (*this)[kInsertYear];
    // The model's years are sorted but may repeat; the key may not.
    std::optional<int> last;
    for (int value : *info.years) {
      if (last == value) continue;
      last = value;
      year.Bind(1, document_id);
      year.Bind(2, static_cast<int64_t>(value));
      if (Status s = year.Run(); !s.ok()) return s;
    }
  }
  Statement& provenance = (*this)[kInsertProvenance];
  for (const auto& [field, place] : info.provenance) {
    provenance.Bind(1, document_id);
    provenance.Bind(2, field);
    provenance.BindPlace(3, place.page);
    provenance.BindPlace(4, place.line);
    provenance.Bind(5, place.rule);
    if (Status s = provenance.Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

Status Store::Impl::InsertContent(int64_t document_id, const Extraction& extraction) {
  for (size_t i = 0; i < extraction.initiatives.size(); ++i) {
    Status status =
        InsertInitiative(document_id, static_cast<int64_t>(i), extraction.initiatives[i]);
    if (!status.ok()) return status;
  }
  Statement& cell_stmt = (*this)[kInsertBudgetCell];
  for (size_t i = 0; i < extraction.budget.size(); ++i) {
    const BudgetCell& cell = extraction.budget[i];
    cell_stmt.Bind(1, document_id);
    cell_stmt.Bind(2, static_cast<int64_t>(i));
    cell_stmt.Bind(3, cell.item);
    cell_stmt.Bind(4, Widen(cell.year));
    cell_stmt.Bind(5, cell.dkk);
    cell_stmt.Bind(6, Flag(cell.total));
    cell_stmt.Bind(7, cell.note);
    cell_stmt.BindPlace(8, cell.page);
    cell_stmt.BindPlace(9, cell.line);
    cell_stmt.Bind(10, cell.rule);
    if (Status s = cell_stmt.Run(); !s.ok()) return s;
  }
  const Document& doc = extraction.document;
  Statement& correction_stmt = (*this)[kInsertCorrection];
  for (size_t i = 0; i < doc.corrections.size(); ++i) {
    const Correction& correction = doc.corrections[i];
    correction_stmt.Bind(1, document_id);
    correction_stmt.Bind(2, static_cast<int64_t>(i));
    correction_stmt.Bind(3, correction.from);
    correction_stmt.Bind(4, correction.to);
    correction_stmt.BindPlace(5, correction.page);
    correction_stmt.BindPlace(6, correction.line);
    correction_stmt.Bind(7, correction.rule);
    if (Status s = correction_stmt.Run(); !s.ok()) return s;
  }
  Statement& warning_stmt = (*this)[kInsertWarning];
  for (size_t i = 0; i < doc.warnings.size(); ++i) {
    const Warning& warning = doc.warnings[i];
    warning_stmt.Bind(1, document_id);
    warning_stmt.Bind(2, static_cast<int64_t>(i));
    warning_stmt.Bind(3, warning.code);
    warning_stmt.Bind(4, warning.message);
    warning_stmt.BindPlace(5, warning.page);
    warning_stmt.BindPlace(6, warning.line);
    if (Status s = warning_stmt.Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

Status Store::Impl::InsertInitiative(int64_t document_id, int64_t position,
                                     const Initiative& initiative) {
  Statement& stmt = (*this)[kInsertInitiative];
  stmt.Bind(1, document_id);
  stmt.Bind(2, position);
  stmt.Bind(3, initiative.name);
  stmt.Bind(4, initiative.section);
  stmt.Bind(5, initiative.theme);
  stmt.BindPlace(6, initiative.page);
  stmt.BindPlace(7, initiative.line);
  stmt.Bind(8, initiative.rule);
  if (Status s = stmt.Run(); !s.ok()) return s;
  int64_t initiative_id = db.LastInsertRowId();

  Statement& field_stmt = (*this)[kInsertField];
  for (const auto& [key, value] : initiative.fields) {
    field_stmt.Bind(1, initiative_id);
    field_stmt.Bind(2, document_id);
    field_stmt.Bind(3, key);
    field_stmt.Bind(4, value);
    if (Status s = field_stmt.Run(); !s.ok()) return s;
  }
  Statement& amount_stmt = (*this)[kInsertAmount];
  for (size_t i = 0; i < initiative.amounts.size(); ++i) {
    const Amount& amount = initiative.amounts[i];
    amount_stmt.Bind(1, document_id);
    amount_stmt.Bind(2, initiative_id);
    amount_stmt.Bind(3, static_cast<int64_t>(i));
    amount_stmt.Bind(4, amount.dkk);
    amount_stmt.Bind(5, Widen(amount.year));
    amount_stmt.Bind(6, Flag(amount.approximate));
    amount_stmt.Bind(7, Flag(amount.per_year));
    amount_stmt.Bind(8, amount.text);
    amount_stmt.BindPlace(9, amount.page);
    amount_stmt.BindPlace(10, amount.line);
    amount_stmt.Bind(11, amount.rule);
    if (Status s = amount_stmt.Run(); !s.ok()) return s;
  }
  Statement& target_stmt = (*this)[kInsertTarget];
  for (size_t i = 0; i < initiative.targets.size(); ++i) {
    const Target& target = initiative.targets[i];
    target_stmt.Bind(1, document_id);
    target_stmt.Bind(2, initiative_id);
    target_stmt.Bind(3, static_cast<int64_t>(i));
    target_stmt.Bind(4, std::string_view(TargetKindName(target.kind)));
    target_stmt.Bind(5, Widen(target.year));
    target_stmt.Bind(6, target.text);
    target_stmt.Bind(7, target.value);
    target_stmt.Bind(8, target.value_max);
    target_stmt.Bind(9, OrNull(TargetUnitName(target.unit)));
    target_stmt.Bind(10, OrNull(ComparatorName(target.comparator)));
    target_stmt.BindPlace(11, target.page);
    target_stmt.BindPlace(12, target.line);
    target_stmt.Bind(13, target.rule);
    if (Status s = target_stmt.Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace bilag
