// Sniffs the media type of an input from its first bytes.
#ifndef BILAG_EXTRACTOR_BASE_MEDIA_TYPE_H_
#define BILAG_EXTRACTOR_BASE_MEDIA_TYPE_H_

#include <string>
#include <string_view>

namespace bilag {

// Returns "application/pdf", "image/png", "image/jpeg", "image/tiff",
// "text/html", "text/plain", or "application/octet-stream" for bytes that
// look like no text and no known format.
std::string SniffMediaType(std::string_view bytes);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_BASE_MEDIA_TYPE_H_
