// ErrorCode: the stable machine code of every failure bilag reports.
//
// Code branches on these values, never on strings; the kebab-case names
// (ToKebab) are what the JSON's "error.code", the CLI's "[code]" suffix, the
// store's status column and README.md's exit-code table show, so a name never
// changes once released. A new failure gets a new value here and a case in
// error_code.cpp (the compiler's -Wswitch finds a missing one).
#ifndef BILAG_EXTRACTOR_BASE_ERROR_CODE_H_
#define BILAG_EXTRACTOR_BASE_ERROR_CODE_H_

#include <string_view>

namespace bilag {

enum class ErrorCode {
  kOk,  // no failure
  kAmountEmpty,
  kAmountForeignCurrency,
  kAmountFractionalKroner,
  kAmountMalformed,
  kAmountNoNumber,
  kAmountNoUnit,
  kAmountOverflow,
  kAmountRange,
  kAmountSeveral,
  kAmountTrailingText,
  kBadShard,
  kCellEmpty,
  kCellNote,
  kCellUnreadable,
  kDateEmpty,
  kDateInvalid,
  kDateNoYear,
  kDateUnreadable,
  kEmptyFile,
  kExpectationSyntax,
  kExportWrite,
  kFileNotFound,
  kImageDamaged,
  kInternalError,
  kIsDirectory,
  kLexiconMissing,
  kNeedsOcr,
  kNotAFile,
  kNumberEmpty,
  kNumberSyntax,
  kNumberTooLong,
  kOcrCacheError,
  kOcrFailed,
  kOcrUnavailable,
  kOutputWrite,
  kPasswordFile,
  kPdfDamaged,
  kPdfEncrypted,
  kPdfNoPages,
  kPercentEmpty,
  kPercentNoUnit,
  kPercentSeveral,
  kPercentTrailingText,
  kPreviewFailed,
  kPreviewUnavailable,
  kReadError,
  kRenderFailed,
  kRuleError,
  kRuleRegex,
  kRulesNotFound,
  kStoreBusy,
  kStoreError,
  kStoreLocked,
  kStoreOpen,
  kStoreSchema,
  kStoreUnknownTable,
  kUnsupportedFormat,
  kWriteError,
  kYearNone,
};

// The last value, for code that walks them all (the uniqueness test).
inline constexpr ErrorCode kLastErrorCode = ErrorCode::kYearNone;

// "pdf-encrypted" for kPdfEncrypted; "ok" for kOk.
std::string_view ToKebab(ErrorCode code);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_BASE_ERROR_CODE_H_
