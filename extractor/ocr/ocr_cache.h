// OCR results cached on disk, one file per page, so that reading the same
// scans again costs no OCR.
//
// Key: the SHA-256 (hex) of everything that changes what OCR reads
// (OcrCacheKeyParts): the input file's bytes (its SHA-256) and the page or
// frame, the resolution the page was rendered at or the scale an image was
// decoded at, the language
// model(s), the Tesseract and poppler versions, and kOcrCacheFormat. PDF
// pages are keyed by the file and page rather than by the rendered pixels:
// a lookup then costs no rendering (~95 ms a page at 300 dpi), and the
// poppler version in the key stands for how the pixels were drawn.
//
// Location: OcrOptions::cache_dir, else $XDG_CACHE_HOME/bilag, else
// $HOME/.cache/bilag; entries live in DIR/ocr-v<format>/<2 hex>/<key>.
// Deleting the folder clears the cache; nothing else refers to it.
//
// Entry: the line "bilag-ocr-cache <format>", the SHA-256 of the body, then
// the body (page size and resolution, one line per word, one per text line,
// the page's quarter turn when it was read turned back, one line per
// ruling). A page without rulings has no ruling lines, so an entry of
// format 1 (before rulings were kept) could not be told from one whose page
// has none: the format is in the key and the folder, and old entries are
// never read.
// An entry whose header, checksum or body does not check out is kDamaged:
// never trusted, and overwritten by the next Store. Store writes a temporary
// file in the same folder and renames it, so neither a crash nor two runs at
// once leave a partial entry under a key's name.
#ifndef BILAG_EXTRACTOR_OCR_OCR_CACHE_H_
#define BILAG_EXTRACTOR_OCR_OCR_CACHE_H_

#include <string>

#include "extractor/base/status.h"
#include "extractor/ocr/ocr.h"

namespace bilag {

// Bump when OcrPageResult, the entry format, the Tesseract settings in
// ocr.cpp or what FindRulings finds change: old entries are then simply
// never looked up again. 2: rulings. 3: rulings beside shaded bands. 4: rulings
// are solid runs (no text). 5: the page's quarter turn. 6: words' stroke
// widths. 7: a grid's short inner borders (WithGridSegments). 8: dashed
// rules. 9: a short border on a scan runs on in another row or parts its
// row with another. 10: a page read upside down stands unless turned it
// reads better. (A scanned page computed from its image instead of drawn,
// extractor/render/pdf_page_image.h, is the render's pixels: no change.)
inline constexpr int kOcrCacheFormat = 10;

struct OcrCacheKeyParts {
  std::string input_sha256;  // hex, of the input file's bytes
  int page = 0;              // 0-based page or frame
  int dpi = 0;         // PDF: render resolution; images: resolution assumed when the file has none
  double scale = 1;    // images: scale factor applied while decoding
  std::string lang;    // "dan", "dan+eng"
  std::string engine;  // OcrEngineName()
  std::string renderer;  // RendererName() for PDF pages, "image" for image frames
};

std::string OcrCacheKey(const OcrCacheKeyParts& parts);

enum class CacheLookup {
  kHit,      // *result holds the cached page
  kMiss,     // no entry
  kDamaged,  // an entry that fails its checks: treat as a miss
};

class OcrCache {
 public:
  // `dir` is the cache folder; empty disables the cache (every Load misses,
  // Store does nothing).
  explicit OcrCache(std::string dir) : dir_(std::move(dir)) {}

  // $XDG_CACHE_HOME/bilag, else $HOME/.cache/bilag; empty when neither
  // variable is set.
  static std::string DefaultDir();

  bool enabled() const { return !dir_.empty(); }

  CacheLookup Load(const std::string& key, OcrPageResult* result) const;

  // Fails with ocr-cache-error (folder not creatable, disk full), naming the
  // path; the caller goes on without the cache.
  Status Store(const std::string& key, const OcrPageResult& result) const;

  // The entry's file for `key` (whether or not it exists).
  std::string PathFor(const std::string& key) const;

 private:
  std::string dir_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_OCR_OCR_CACHE_H_
