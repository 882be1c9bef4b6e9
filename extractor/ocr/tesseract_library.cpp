#include "extractor/ocr/tesseract_library.h"

#include <dlfcn.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "extractor/ocr/tesseract_api.h"

namespace bilag {
namespace {

std::string Unavailable(const std::string& library, const std::string& why) {
  return "cannot load Tesseract's library " + library + " (is the Debian package " +
         kTesseractPackage + " installed?): " + why;
}

}  // namespace

Result<std::shared_ptr<const TesseractApi>> BindTesseract(const std::string& library) {
  // RTLD_LOCAL: its symbols stay out of the way of anything loaded later.
  void* handle = dlopen(library.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = dlerror();
    return Status::Error(ErrorCode::kOcrUnavailable,
                         Unavailable(library, why != nullptr ? why : "dlopen failed"));
  }
  auto api = std::make_shared<TesseractApi>();
#define BILAG_TESSERACT_BIND(name)                                                       \
  api->name = reinterpret_cast<decltype(api->name)>(dlsym(handle, #name));               \
  if (api->name == nullptr) {                                                            \
    dlclose(handle);                                                                     \
    return Status::Error(ErrorCode::kOcrUnavailable, Unavailable(library, "no " #name)); \
  }
  BILAG_TESSERACT_FUNCTIONS(BILAG_TESSERACT_BIND)
#undef BILAG_TESSERACT_BIND
  return std::shared_ptr<const TesseractApi>(std::move(api));
}

Result<const TesseractApi*> Tesseract() {
  static const Result<std::shared_ptr<const TesseractApi>> loaded = [] {
    // Before the load: libgomp, which Tesseract needs, reads it then.
    setenv("OMP_THREAD_LIMIT", "1", /*overwrite=*/0);
    return BindTesseract(kTesseractLibrary);
  }();
  if (!loaded.ok()) return loaded.status();
  return loaded->get();
}

}  // namespace bilag
