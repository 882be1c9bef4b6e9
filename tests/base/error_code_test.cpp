// The kebab names are the contract (JSON "error.code", the CLI's "[code]",
// the store's status column): one per code, never empty, never shared. The
// JSON of real failing inputs is checked end to end in
// tests/cli/cli_test.cpp ("each bad input gets one named error line").
#include "extractor/base/error_code.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "extractor/base/status.h"

namespace bilag {
namespace {

TEST_CASE("every error code has its own kebab-case name", "[status]") {
  std::set<std::string> seen;
  for (int i = 0; i <= static_cast<int>(kLastErrorCode); ++i) {
    const std::string name(ToKebab(static_cast<ErrorCode>(i)));
    INFO("code " << i << ": '" << name << "'");
    CHECK_FALSE(name.empty());
    CHECK(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos);
    CHECK(seen.insert(name).second);
  }
  // The switch's fallback name is a real code's, so it must not be reached.
  CHECK(seen.size() == static_cast<size_t>(kLastErrorCode) + 1);
}

TEST_CASE("the kebab names are the strings released before the enum", "[status]") {
  CHECK(ToKebab(ErrorCode::kNeedsOcr) == "needs-ocr");
  CHECK(ToKebab(ErrorCode::kPdfEncrypted) == "pdf-encrypted");
  CHECK(ToKebab(ErrorCode::kEmptyFile) == "empty-file");
  CHECK(ToKebab(ErrorCode::kPdfDamaged) == "pdf-damaged");
  CHECK(ToKebab(ErrorCode::kFileNotFound) == "file-not-found");
  CHECK(ToKebab(ErrorCode::kAmountForeignCurrency) == "amount-foreign-currency");
  CHECK(ToKebab(ErrorCode::kStoreUnknownTable) == "store-unknown-table");
}

TEST_CASE("a status shows its code's name", "[status]") {
  const Status error = Status::Error(ErrorCode::kPdfEncrypted, "a.pdf: needs a password");
  CHECK_FALSE(error.ok());
  CHECK(error.code() == ErrorCode::kPdfEncrypted);
  CHECK(error.code_name() == "pdf-encrypted");
  CHECK(error.ToString() == "pdf-encrypted: a.pdf: needs a password");
  CHECK(Status::Ok().ok());
  CHECK(Status::Ok().ToString() == "ok");
}

}  // namespace
}  // namespace bilag
