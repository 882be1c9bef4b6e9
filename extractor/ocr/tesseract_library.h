// Tesseract, loaded at run time rather than linked: bilag starts without
// it (and without the libgomp, libcurl and libarchive it pulls in), and the
// first OCR loads it after OMP_THREAD_LIMIT=1 is in the environment, which
// libgomp reads when it is loaded. Its OpenMP threads spin and make OCR
// ~6x slower on 2 cores; a limit the user set is kept.
//
// Tesseract is never unloaded: it keeps global state and its OpenMP
// threads for the life of the process.
#ifndef BILAG_EXTRACTOR_OCR_TESSERACT_LIBRARY_H_
#define BILAG_EXTRACTOR_OCR_TESSERACT_LIBRARY_H_

#include <memory>
#include <string>

#include "extractor/base/status.h"

namespace bilag {

// The functions of Tesseract's C API that bilag calls (tesseract_api.h,
// which only extractor/ocr includes: it includes Tesseract's headers).
struct TesseractApi;

// The soname of Tesseract 5, whose C API tesseract_api.h binds, and the
// Debian package that holds it.
inline constexpr const char* kTesseractLibrary = "libtesseract.so.5";
inline constexpr const char* kTesseractPackage = "libtesseract5";

// Loads `library` and binds the C API's functions in it. Fails with
// ocr-unavailable naming the library and kTesseractPackage when it cannot be
// loaded or lacks one of them.
Result<std::shared_ptr<const TesseractApi>> BindTesseract(const std::string& library);

// The process's Tesseract: kTesseractLibrary, bound on the first call (after
// setting OMP_THREAD_LIMIT=1 unless it is set), the same result after.
// Thread-safe; setenv is not safe beside other threads' getenv, so the first
// call should come before worker threads start where that can be arranged.
Result<const TesseractApi*> Tesseract();

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_OCR_TESSERACT_LIBRARY_H_
