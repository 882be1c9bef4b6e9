#include "extractor/store/database.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace bilag {
namespace {

// Long enough to ride out a checkpoint or an export reading at the same time;
// a concurrent *import* is refused earlier by the lock file (lock_file.h).
constexpr int kBusyTimeoutMs = 10000;

ErrorCode CodeFor(int rc) {
  int primary = rc & 0xff;
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) return ErrorCode::kStoreBusy;
  return ErrorCode::kStoreError;
}

// SQLite says "disk I/O error" whatever the system said, and its own record
// of the system's error is often 0 (3.40, a failed write to the WAL); the
// system's reason ("File too large", "No space left on device") is what tells
// the user what to do. `errno_after` is errno right after the failed call:
// nothing between the call and here sets it.
std::string WithSystemReason(sqlite3* db, int rc, std::string message, int errno_after) {
  const int primary = rc & 0xff;
  if (primary != SQLITE_IOERR && primary != SQLITE_FULL && primary != SQLITE_CANTOPEN) {
    return message;
  }
  int system = db != nullptr ? sqlite3_system_errno(db) : 0;
  if (system == 0) system = errno_after;
  if (system == 0) return message;
  return message + ": " + std::strerror(system);
}

}  // namespace

Statement::Statement(sqlite3_stmt* stmt, std::string db_path)
    : stmt_(stmt), db_path_(std::move(db_path)) {}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)),
      db_path_(std::move(other.db_path_)),
      bind_error_(other.bind_error_) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    db_path_ = std::move(other.db_path_);
    bind_error_ = other.bind_error_;
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

void Statement::Bind(int index, int64_t value) {
  int rc = sqlite3_bind_int64(stmt_, index, value);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
}

void Statement::Bind(int index, double value) {
  int rc = sqlite3_bind_double(stmt_, index, value);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
}

void Statement::Bind(int index, std::string_view text) {
  // SQLITE_TRANSIENT: SQLite copies, so the caller's string may go away
  // before Step().
  int rc =
      sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
}

void Statement::BindNull(int index) {
  int rc = sqlite3_bind_null(stmt_, index);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
}

void Statement::BindPlace(int index, int number) {
  if (number > 0) {
    Bind(index, static_cast<int64_t>(number));
  } else {
    BindNull(index);
  }
}

Status Statement::Error(int rc) const {
  const int errno_after = errno;
  sqlite3* db = sqlite3_db_handle(stmt_);
  std::string message = WithSystemReason(
      db, rc, db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc), errno_after);
  const char* sql = sqlite3_sql(stmt_);
  std::string first_words = sql != nullptr ? std::string(sql).substr(0, 40) : "";
  return Status::Error(CodeFor(rc), db_path_ + ": " + message + " (in \"" + first_words + "...\")");
}

Result<bool> Statement::Step() {
  if (bind_error_ != 0) {
    int rc = std::exchange(bind_error_, 0);
    return Status::Error(ErrorCode::kStoreError, db_path_ + ": cannot bind a parameter: " +
                                                     std::string(sqlite3_errstr(rc)));
  }
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Status error = Error(rc);
  sqlite3_reset(stmt_);
  return error;
}

Status Statement::Run() {
  Result<bool> row = Step();
  while (row.ok() && *row) row = Step();
  sqlite3_reset(stmt_);
  return row.status();
}

void Statement::Reset() { sqlite3_reset(stmt_); }

int Statement::ColumnCount() const { return sqlite3_column_count(stmt_); }

std::string Statement::ColumnName(int column) const {
  const char* name = sqlite3_column_name(stmt_, column);
  return name != nullptr ? name : "";
}

std::string Statement::ColumnDeclType(int column) const {
  const char* type = sqlite3_column_decltype(stmt_, column);
  return type != nullptr ? type : "";
}

SqlValue Statement::Column(int column) const {
  SqlValue value;
  switch (sqlite3_column_type(stmt_, column)) {
    case SQLITE_NULL:
      return value;
    case SQLITE_INTEGER:
      value.type = SqlValue::Type::kInteger;
      value.integer = sqlite3_column_int64(stmt_, column);
      break;
    case SQLITE_FLOAT:
      value.type = SqlValue::Type::kReal;
      value.real = sqlite3_column_double(stmt_, column);
      break;
    default:  // text; the schema holds no blobs, and one would read as text
      value.type = SqlValue::Type::kText;
      break;
  }
  value.text = ColumnText(column);
  return value;
}

int64_t Statement::ColumnInt(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string Statement::ColumnText(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return "";
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

Result<Database> Database::Open(const std::string& path, Mode mode) {
  sqlite3* db = nullptr;
  int flags =
      mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  // NOMUTEX: one connection per thread (see the header), no locking needed.
  int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status::Error(ErrorCode::kStoreOpen, path + ": cannot open the database: " + message);
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  Database database(db, path);
  // Reading the schema is the first thing that notices a file that is not a
  // database at all ("file is not a database").
  Result<int64_t> probe = database.QueryInt("SELECT count(*) FROM sqlite_schema");
  if (!probe.ok()) {
    return Status::Error(ErrorCode::kStoreOpen,
                         path + ": not a bilag database: " + probe.status().message());
  }
  return database;
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    sqlite3_close(db_);
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
  }
  return *this;
}

Database::~Database() {
  // sqlite3_close (not _v2) refuses while statements are open; the header
  // asks owners to destroy their Statements first.
  sqlite3_close(db_);
}

Status Database::Error(const std::string& what) const {
  const int errno_after = errno;
  int rc = sqlite3_extended_errcode(db_);
  return Status::Error(
      CodeFor(rc),
      path_ + ": " + what + ": " + WithSystemReason(db_, rc, sqlite3_errmsg(db_), errno_after));
}

Status Database::Exec(const std::string& sql) {
  char* message = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return Status::Ok();
  const int errno_after = errno;
  std::string text =
      WithSystemReason(db_, sqlite3_extended_errcode(db_),
                       message != nullptr ? message : sqlite3_errstr(rc), errno_after);
  sqlite3_free(message);
  return Status::Error(CodeFor(rc), path_ + ": " + text + " (in \"" + sql.substr(0, 40) + "...\")");
}

Result<Statement> Database::Prepare(const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) return Error("cannot prepare \"" + sql.substr(0, 60) + "\"");
  return Statement(stmt, path_);
}

Result<std::vector<SqlRow>> Database::Query(const std::string& sql) {
  Result<Statement> stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  std::vector<SqlRow> rows;
  for (;;) {
    Result<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    SqlRow values;
    for (int i = 0; i < stmt->ColumnCount(); ++i) values.push_back(stmt->Column(i));
    rows.push_back(std::move(values));
  }
  return rows;
}

Result<int64_t> Database::QueryInt(const std::string& sql) {
  Result<Statement> stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  Result<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  return *row ? stmt->ColumnInt(0) : int64_t{0};
}

int64_t Database::LastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }

Result<Transaction> Transaction::Begin(Database* db, const std::string& begin) {
  Status status = db->Exec(begin);
  if (!status.ok()) return status;
  return Transaction(db);
}

Transaction::~Transaction() {
  // Nothing to report to: the caller is already returning an error.
  if (db_ != nullptr) db_->Exec("ROLLBACK").ok();
}

Status Transaction::Commit() {
  Status status = db_->Exec("COMMIT");
  if (status.ok()) db_ = nullptr;
  return status;
}

}  // namespace bilag
