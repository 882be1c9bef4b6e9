// Tesseract loaded at run time (extractor/ocr/tesseract_library.h). CTest
// runs this with OMP_THREAD_LIMIT unset (tests/ocr/CMakeLists.txt), as a
// user's shell has it, so that the limit seen is the one bilag set.
#include "extractor/ocr/tesseract_library.h"

#include <dlfcn.h>

#include <cstdlib>
#include <string>

#include <catch2/catch.hpp>

namespace bilag {
namespace {

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Tesseract's OpenMP runtime, if the process has loaded it; null otherwise.
void* LoadedOpenMp() { return dlopen("libgomp.so.1", RTLD_NOW | RTLD_NOLOAD); }

TEST_CASE("first OCR use loads Tesseract with OpenMP limited to one thread", "[ocr]") {
  REQUIRE(std::getenv("OMP_THREAD_LIMIT") == nullptr);
  // Nothing bilag links brings OpenMP in before Tesseract does; if it did,
  // the limit set below would come too late.
  REQUIRE(LoadedOpenMp() == nullptr);

  const Result<const TesseractApi*> loaded = Tesseract();
  REQUIRE(loaded.ok());
  CHECK(*loaded != nullptr);
  CHECK(std::string(std::getenv("OMP_THREAD_LIMIT")) == "1");

  void* openmp = LoadedOpenMp();
  REQUIRE(openmp != nullptr);
  using ThreadLimit = int (*)();
  auto thread_limit = reinterpret_cast<ThreadLimit>(dlsym(openmp, "omp_get_thread_limit"));
  REQUIRE(thread_limit != nullptr);
  CHECK(thread_limit() == 1);
  dlclose(openmp);  // drops only the reference taken above

  // Later calls give the same library, loaded once.
  const Result<const TesseractApi*> again = Tesseract();
  REQUIRE(again.ok());
  CHECK(*again == *loaded);
}

TEST_CASE("a missing Tesseract library is an error naming it and its package", "[ocr]") {
  const auto bound = BindTesseract("libtesseract.so.4242");
  REQUIRE_FALSE(bound.ok());
  CHECK(bound.status().code() == ErrorCode::kOcrUnavailable);
  CHECK(Contains(bound.status().message(), "libtesseract.so.4242"));
  CHECK(Contains(bound.status().message(), kTesseractPackage));
}

TEST_CASE("a library without Tesseract's C API is an error naming what it lacks", "[ocr]") {
  // libm loads but has none of the functions.
  const auto bound = BindTesseract("libm.so.6");
  REQUIRE_FALSE(bound.ok());
  CHECK(bound.status().code() == ErrorCode::kOcrUnavailable);
  CHECK(Contains(bound.status().message(), "libm.so.6"));
  CHECK(Contains(bound.status().message(), "no TessVersion"));
}

}  // namespace
}  // namespace bilag
