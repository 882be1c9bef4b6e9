// Status and Result: how every fallible function in bilag reports failure.
//
// Library code never throws, prints or exits. A function that can fail returns
// a Status (nothing to hand back) or a Result<T> (a value or a Status). The
// status carries an ErrorCode (error_code.h; its kebab name, "pdf-encrypted",
// is what the JSON output and the exit-code table in README.md show), and a
// one-line message for people that names the file and the place (page/line of
// a document, file:line:column of a rule file).
//
// Problems with the *data* (an amount the parser cannot read, a page that will
// not render) are not Status errors: they are Warnings on the Document.
//
// Both types are [[nodiscard]]: a failure dropped without a look is a bug.
#ifndef BILAG_EXTRACTOR_BASE_STATUS_H_
#define BILAG_EXTRACTOR_BASE_STATUS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "extractor/base/error_code.h"

namespace bilag {

class [[nodiscard]] Status {
 public:
  // A default-constructed Status is OK.
  Status() = default;

  static Status Ok() { return Status(); }
  // `message` is one line for a person. `code` is not kOk.
  static Status Error(ErrorCode code, std::string message) {
    return Status(code, std::move(message));
  }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  // The code as the JSON and the CLI show it: "file-not-found".
  std::string_view code_name() const { return ToKebab(code_); }
  const std::string& message() const { return message_; }

  // "code: message", or "ok".
  std::string ToString() const { return ok() ? "ok" : std::string(code_name()) + ": " + message_; }

 private:
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

// A value of type T, or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}         // NOLINT: implicit by design.
  Result(Status status) : state_(std::move(status)) {}  // NOLINT

  bool ok() const { return std::holds_alternative<T>(state_); }
  // Ok() when there is a value.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(state_); }

  // Precondition: ok().
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_BASE_STATUS_H_
