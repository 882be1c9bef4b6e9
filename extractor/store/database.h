// Database: one SQLite connection behind bilag's Status/Result, so that only
// the store's .cpp files include sqlite3.h. Every failure becomes a Status
// whose message names the database file and quotes SQLite's own message.
//
// A Database and its Statements belong to one thread at a time (SQLite's
// serialized mode would allow more, but the store never needs it). A
// Statement must not outlive the Database that prepared it; declare it after
// the Database in a class so it is destroyed first.
//
// Status codes:
//   store-open    the file cannot be opened or is not an SQLite database
//   store-busy    another connection held a lock past the busy timeout
//   store-error   any other SQLite failure (full disk, constraint, I/O)
#ifndef BILAG_EXTRACTOR_STORE_DATABASE_H_
#define BILAG_EXTRACTOR_STORE_DATABASE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extractor/base/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace bilag {

// One value of a result column, as SQLite stores it.
struct SqlValue {
  enum class Type { kNull, kInteger, kReal, kText };
  Type type = Type::kNull;
  int64_t integer = 0;
  double real = 0;
  std::string text;  // kText; also SQLite's rendering of integers and reals

  bool is_null() const { return type == Type::kNull; }
};

using SqlRow = std::vector<SqlValue>;

class Statement {
 public:
  Statement(Statement&&) noexcept;
  Statement& operator=(Statement&&) noexcept;
  ~Statement();

  // Binders take 1-based parameter indexes. A failing bind (an index out of
  // range: a programming error) is reported by the next Step().
  void Bind(int index, int64_t value);
  void Bind(int index, double value);
  void Bind(int index, std::string_view text);
  void BindNull(int index);
  template <typename T>
  void Bind(int index, const std::optional<T>& value) {
    if (value) {
      Bind(index, *value);
    } else {
      BindNull(index);
    }
  }
  // 0 is how the model says "no page/line"; the database says NULL.
  void BindPlace(int index, int number);

  // true: a row is ready; false: done. Errors carry SQLite's message.
  Result<bool> Step();
  // Steps to the end and resets, for statements that return no rows.
  Status Run();
  // Makes the statement ready to run again (bindings stay).
  void Reset();

  int ColumnCount() const;
  std::string ColumnName(int column) const;
  // The column's declared type ("INTEGER", "BOOLEAN"), empty for expressions.
  std::string ColumnDeclType(int column) const;
  SqlValue Column(int column) const;
  int64_t ColumnInt(int column) const;
  std::string ColumnText(int column) const;  // "" for NULL

 private:
  friend class Database;
  Statement(sqlite3_stmt* stmt, std::string db_path);
  Status Error(int rc) const;

  sqlite3_stmt* stmt_ = nullptr;
  std::string db_path_;
  int bind_error_ = 0;
};

class Database {
 public:
  enum class Mode { kReadWriteCreate, kReadOnly };

  // Opens `path`; kReadWriteCreate creates the file when missing. Sets a
  // busy timeout so that a short lock by another reader waits instead of
  // failing. Fails with store-open.
  static Result<Database> Open(const std::string& path, Mode mode);

  Database(Database&&) noexcept;
  Database& operator=(Database&&) noexcept;
  ~Database();

  // Runs one or more ';'-separated statements that return no rows of interest.
  Status Exec(const std::string& sql);
  Result<Statement> Prepare(const std::string& sql);
  // Every row of one query; for small results (tests, schema checks).
  Result<std::vector<SqlRow>> Query(const std::string& sql);
  // The first column of the first row as an integer; 0 when there is no row.
  Result<int64_t> QueryInt(const std::string& sql);

  int64_t LastInsertRowId() const;
  const std::string& path() const { return path_; }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  Status Error(const std::string& what) const;

  sqlite3* db_ = nullptr;
  std::string path_;
};

// Runs Exec("ROLLBACK") when destroyed unless Commit() succeeded, so every
// early return inside a transaction leaves the database as it was.
class Transaction {
 public:
  // `begin` is the statement that opens it: "BEGIN IMMEDIATE" for writers
  // (takes the write lock up front, so the commit cannot deadlock).
  static Result<Transaction> Begin(Database* db, const std::string& begin = "BEGIN IMMEDIATE");
  Transaction(Transaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  Status Commit();

 private:
  explicit Transaction(Database* db) : db_(db) {}
  Database* db_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_STORE_DATABASE_H_
