// Status and Result: how every fallible function in bilag reports failure.
//
// Library code never throws, prints or exits. A function that can fail returns
// a Status (nothing to hand back) or a Result<T> (a value or a Status). The
// status carries a stable machine code ("pdf-encrypted", "rule-syntax", ...)
// that the JSON output and the exit-code table in README.md use, and a
// one-line message for people that names the file and the place (page/line of
// a document, file:line:column of a rule file).
//
// Problems with the *data* (an amount the parser cannot read, a page that will
// not render) are not Status errors: they are Warnings on the Document.
#ifndef BILAG_EXTRACTOR_BASE_STATUS_H_
#define BILAG_EXTRACTOR_BASE_STATUS_H_

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace bilag {

class Status {
 public:
  // A default-constructed Status is OK.
  Status() = default;

  static Status Ok() { return Status(); }
  // `code` is a short kebab-case identifier, stable across releases, e.g.
  // "file-not-found". `message` is one line for a person.
  static Status Error(std::string code, std::string message) {
    return Status(std::move(code), std::move(message));
  }

  bool ok() const { return code_.empty(); }
  const std::string& code() const { return code_; }
  const std::string& message() const { return message_; }

  // "code: message", or "ok".
  std::string ToString() const { return ok() ? "ok" : code_ + ": " + message_; }

 private:
  Status(std::string code, std::string message)
      : code_(std::move(code)), message_(std::move(message)) {}

  std::string code_;
  std::string message_;
};

// A value of type T, or the Status that explains why there is none.
template <typename T>
class Result {
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
