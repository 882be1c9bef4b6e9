// SHA-256 of a byte string, as lowercase hex: the identity of an input file in
// the JSON output and, later, the key of the import database and OCR cache.
#ifndef BILAG_EXTRACTOR_BASE_SHA256_H_
#define BILAG_EXTRACTOR_BASE_SHA256_H_

#include <string>
#include <string_view>

namespace bilag {

std::string Sha256Hex(std::string_view bytes);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_BASE_SHA256_H_
