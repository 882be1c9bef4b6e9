#include "extractor/ocr/ocr_pages.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "extractor/layout/quarter_turn.h"
#include "extractor/ocr/ocr.h"
#include "extractor/ocr/ocr_cache.h"
#include "extractor/ocr/ocr_page.h"
#include "extractor/ocr/ocr_runner.h"
#include "extractor/ocr/text_layer_quality.h"
#include "extractor/render/image_decode.h"
#include "extractor/render/pdf_page_image.h"
#include "extractor/render/pdf_render.h"

namespace bilag {
namespace {

// An image frame may decode to at most this many times the pixel limit
// before it is scaled down; beyond, decoding alone would take too much memory.
constexpr int64_t kMaxDecodeFactor = 4;

// "page 5", "pages 1-3, 5" for 1-based page numbers in ascending order.
std::string PageList(const std::vector<int>& pages) {
  std::string out = pages.size() == 1 ? "page " : "pages ";
  for (size_t i = 0; i < pages.size();) {
    size_t j = i;
    while (j + 1 < pages.size() && pages[j + 1] == pages[j] + 1) ++j;
    if (i > 0) out += ", ";
    out += std::to_string(pages[i]);
    if (j > i) out += "-" + std::to_string(pages[j]);
    i = j + 1;
  }
  return out;
}

// A page that is one scanned image is computed as the render would draw it
// (PdfPageImages::AsRendered: the same pixels for less CPU) where that is
// mirrored; any other page is rendered at the task's resolution. The PDF
// is opened for each on the first page that needs it.
class PdfSource : public PageImageSource {
 public:
  PdfSource(const std::string& bytes, const std::string& password)
      : bytes_(bytes), password_(password) {}
  Result<PageImage> Load(const OcrTask& task) override {
    if (images_ == nullptr && !images_failed_) {
      Result<std::unique_ptr<PdfPageImages>> opened = PdfPageImages::Open(bytes_, password_);
      images_failed_ = !opened.ok();  // the renderer says why
      if (opened.ok()) images_ = std::move(opened).value();
    }
    if (images_ != nullptr) {
      std::optional<GrayImage> drawn = images_->AsRendered(task.page, task.dpi);
      if (drawn) return PageImage{std::move(*drawn), static_cast<double>(task.dpi)};
    }
    if (renderer_ == nullptr) {
      Result<std::unique_ptr<PdfRenderer>> opened = PdfRenderer::Open(bytes_, password_);
      if (!opened.ok()) return opened.status();
      renderer_ = std::move(opened).value();
    }
    Result<GrayImage> image = renderer_->Render(task.page, task.dpi);
    if (!image.ok()) return image.status();
    return PageImage{std::move(image).value(), static_cast<double>(task.dpi)};
  }

 private:
  const std::string& bytes_;
  const std::string& password_;
  std::unique_ptr<PdfPageImages> images_;
  bool images_failed_ = false;
  std::unique_ptr<PdfRenderer> renderer_;
};

class ImageSource : public PageImageSource {
 public:
  ImageSource(const std::string& bytes, int assumed_dpi)
      : bytes_(bytes), assumed_dpi_(assumed_dpi) {}
  Result<PageImage> Load(const OcrTask& task) override {
    Result<DecodedFrame> frame = DecodeImageFrame(bytes_, task.page, task.scale);
    if (!frame.ok()) return frame.status();
    // Files without a resolution often say 1 or 72 "dpi" by default; below
    // kMinOcrDpi the stated value is no information.
    double dpi = frame->dpi;
    if (dpi < kMinOcrDpi) dpi = assumed_dpi_ * task.scale;
    return PageImage{std::move(frame->image), std::max(1.0, dpi)};
  }

 private:
  const std::string& bytes_;
  int assumed_dpi_;
};

OcrCache MakeCache(const OcrOptions& options) {
  if (!options.use_cache) return OcrCache("");
  return OcrCache(options.cache_dir.empty() ? OcrCache::DefaultDir() : options.cache_dir);
}

// pdf_ingest's "page-needs-ocr" says OCR is missing; for pages this stage
// handled that is no longer true, and they get warnings of their own.
void DropPageNeedsOcr(const std::set<int>& pages, Document* doc) {
  std::erase_if(doc->warnings, [&](const Warning& w) {
    return w.code == "page-needs-ocr" && pages.count(w.page) > 0;
  });
}

// "0.8 megapixels": limits are set in millions, tests use fractions.
std::string Megapixels(double pixels) {
  char text[32];
  std::snprintf(text, sizeof(text), "%.1f megapixels", pixels / 1e6);
  return text;
}

// Keeps the first `max_pages` pages; warns about the rest.
void ApplyPageLimit(int max_pages, std::vector<PageNeed>* candidates, Document* doc) {
  const size_t limit = static_cast<size_t>(std::max(0, max_pages));
  if (candidates->size() <= limit) return;
  std::vector<int> left;
  for (size_t i = limit; i < candidates->size(); ++i) left.push_back((*candidates)[i].page + 1);
  candidates->resize(limit);
  doc->AddWarning("ocr-page-limit",
                  PageList(left) + " not read with OCR: at most " + std::to_string(limit) +
                      " pages of a document are; what they hold without OCR is kept");
}

struct Applied {
  int read = 0;  // pages OCR read
  Status fatal;  // ocr-unavailable: nothing was applied
};

// Runs `tasks` and puts what OCR read into doc (see ocr_pages.h).
Applied RunAndApply(const std::vector<OcrTask>& tasks, const std::vector<std::string>& reasons,
                    const PageImageSourceFactory& make_source, const OcrOptions& options,
                    Document* doc, const std::vector<bool>& only_if_better = {}) {
  Applied applied;
  if (tasks.empty()) return applied;
  const OcrRun run = RunOcrTasks(tasks, make_source, options, MakeCache(options));
  if (!run.status.ok()) {
    applied.fatal = run.status;
    return applied;
  }
  struct ReasonGroup {
    std::string reason;
    std::vector<int> pages;
    int strokes = 0;  // words dropped as rulings or specks
  };
  std::vector<ReasonGroup> by_reason;
  OcrInfo info;
  double confidence_sum = 0;
  int64_t word_count = 0;
  for (size_t i = 0; i < tasks.size(); ++i) {
    const OcrTaskResult& result = run.results[i];
    Page& page = doc->pages[static_cast<size_t>(tasks[i].page)];
    if (!result.status.ok()) {
      doc->AddWarning("ocr-failed",
                      "page " + std::to_string(page.number) +
                          " could not be read with OCR: " + result.status.message(),
                      page.number);
      continue;
    }
    int strokes = 0;
    if (i < only_if_better.size() && only_if_better[i]) {
      Page reread = page;
      strokes = FillPageFromOcr(result.page, &reread);
      const DanishLetters before = CountDanishLetters(page);
      const DanishLetters after = CountDanishLetters(reread);
      auto percent = [](double share) {
        return std::to_string(static_cast<double>(std::lround(share * 1000)) / 10.0).substr(0, 4) +
               " %";
      };
      const std::string figures = "æøå " + percent(before.Share()) + " of " +
                                  std::to_string(before.letters) + " letters in the layer, " +
                                  percent(after.Share()) + " of " + std::to_string(after.letters) +
                                  " read again";
      if (!ReadsBetter(before, after)) {
        doc->AddWarning("ocr-layer-kept",
                        "page " + std::to_string(page.number) +
                            ": a Danish re-reading was no better than the text layer (" + figures +
                            "); the layer is kept",
                        page.number);
        continue;
      }
      doc->AddWarning("ocr-layer-replaced",
                      "page " + std::to_string(page.number) +
                          ": the text layer reads like OCR without a Danish model; the page was "
                          "read again with Tesseract (" +
                          options.lang + ") and that reading is used (" + figures + ")",
                      page.number);
      page = std::move(reread);
    } else {
      strokes = FillPageFromOcr(result.page, &page);
    }
    ++applied.read;
    if (result.page.quarter_turn != 0) {
      doc->AddWarning("page-rotated", PageReadRotatedMessage(page.number, result.page.quarter_turn),
                      page.number);
    }
    info.pages.push_back(page.number);
    // Over the words the page keeps: rulings read as text are no words.
    for (const Word& word : page.words) confidence_sum += word.confidence;
    word_count += static_cast<int64_t>(page.words.size());
    auto group = std::find_if(by_reason.begin(), by_reason.end(),
                              [&](const ReasonGroup& g) { return g.reason == reasons[i]; });
    if (group == by_reason.end()) group = by_reason.insert(by_reason.end(), {reasons[i], {}, 0});
    group->pages.push_back(page.number);
    group->strokes += strokes;
  }
  for (const ReasonGroup& group : by_reason) {
    // Rulings and specks read as text are counted, not listed: a ruled
    // table gives dozens, and they say nothing about the document.
    std::string message = PageList(group.pages) + (group.pages.size() == 1 ? " was" : " were") +
                          " read with OCR: " + group.reason;
    if (group.strokes > 0) {
      message += "; " + std::to_string(group.strokes) +
                 (group.strokes == 1 ? " ruling line or speck read as text was"
                                     : " ruling lines or specks read as text were") +
                 " dropped";
    }
    doc->AddWarning("ocr-applied", message, group.pages.size() == 1 ? group.pages[0] : 0);
  }
  if (!run.cache_status.ok()) {
    doc->AddWarning("ocr-cache-error", run.cache_status.message() + " (results not cached)");
  }
  if (!info.pages.empty()) {
    info.engine = OcrEngineName();
    info.lang = options.lang;
    std::sort(info.pages.begin(), info.pages.end());
    if (word_count > 0) {
      // One decimal: enough for people, and stable in the output.
      info.mean_confidence = std::round(confidence_sum / static_cast<double>(word_count) * 10) / 10;
    }
    doc->ocr = std::move(info);
  }
  return applied;
}

// The status of an input whose every page needed OCR, after OCR: fine when
// some page was read, else the first page's "ocr-failed" as the reason.
Status AfterAllNeededOcr(const Applied& applied, const Document& doc,
                         const std::string& nothing_read) {
  if (!applied.fatal.ok()) return applied.fatal;
  if (applied.read > 0) return Status::Ok();
  for (const Warning& warning : doc.warnings) {
    if (warning.code == "ocr-failed") {
      return Status::Error(ErrorCode::kOcrFailed,
                           "no page could be read with OCR; " + warning.message);
    }
  }
  return Status::Error(ErrorCode::kNeedsOcr, nothing_read);
}

}  // namespace

Status OcrPdfPages(const std::string& bytes, const std::string& password, const OcrPlan& plan,
                   const OcrOptions& ocr, Document* doc) {
  std::vector<PageNeed> candidates = plan.pages;
  std::set<int> handled;
  for (const PageNeed& c : candidates) handled.insert(c.page + 1);
  DropPageNeedsOcr(handled, doc);
  ApplyPageLimit(ocr.max_pages, &candidates, doc);

  std::vector<OcrTask> tasks;
  std::vector<std::string> reasons;
  std::vector<bool> only_if_better;
  for (const PageNeed& candidate : candidates) {
    const Page& page = doc->pages[static_cast<size_t>(candidate.page)];
    int dpi = ocr.dpi;
    const double pixels = (page.width * dpi / 72.0) * (page.height * dpi / 72.0);
    if (pixels > static_cast<double>(ocr.max_pixels_per_page)) {
      dpi = static_cast<int>(
          std::floor(dpi * std::sqrt(static_cast<double>(ocr.max_pixels_per_page) / pixels)));
      const std::string size = Megapixels(pixels) + " at " + std::to_string(ocr.dpi) +
                               " dpi, over the limit of " +
                               Megapixels(static_cast<double>(ocr.max_pixels_per_page));
      if (dpi < kMinOcrDpi) {
        doc->AddWarning(
            "ocr-failed",
            "page " + std::to_string(page.number) + " is too large to read with OCR (" + size + ")",
            page.number);
        continue;
      }
      doc->AddWarning("ocr-dpi-reduced",
                      "page " + std::to_string(page.number) + " is rendered at " +
                          std::to_string(dpi) + " dpi for OCR (" + size + ")",
                      page.number);
    }
    OcrTask task;
    task.page = candidate.page;
    task.dpi = dpi;
    task.cache_key = OcrCacheKey(
        {doc->sha256, candidate.page, dpi, 1.0, ocr.lang, OcrEngineName(), RendererName()});
    tasks.push_back(std::move(task));
    reasons.push_back(candidate.reason);
    only_if_better.push_back(candidate.OnlyIfBetter());
  }

  const PageImageSourceFactory make_source = [&]() -> Result<std::unique_ptr<PageImageSource>> {
    return std::unique_ptr<PageImageSource>(new PdfSource(bytes, password));
  };
  const Applied applied = RunAndApply(tasks, reasons, make_source, ocr, doc, only_if_better);
  if (plan.nothing_readable) {
    return AfterAllNeededOcr(applied, *doc,
                             "no text layer on any page, and no page was read with OCR");
  }
  return applied.fatal;
}

Status OcrImagePages(const std::string& bytes, const OcrPlan& plan, const OcrOptions& ocr,
                     Document* doc) {
  std::vector<PageNeed> candidates = plan.pages;
  ApplyPageLimit(ocr.max_pages, &candidates, doc);

  std::vector<OcrTask> tasks;
  std::vector<std::string> reasons;
  for (const PageNeed& candidate : candidates) {
    const int number = candidate.page + 1;
    Result<ImageFrameInfo> info = ReadImageFrameInfo(bytes, candidate.page);
    if (!info.ok()) {
      doc->AddWarning("ocr-failed",
                      "page " + std::to_string(number) +
                          " could not be read with OCR: " + info.status().message(),
                      number);
      continue;
    }
    double scale = 1;
    const double pixels = static_cast<double>(info->width) * info->height;
    if (pixels > static_cast<double>(ocr.max_pixels_per_page)) {
      const std::string size = std::to_string(info->width) + " x " + std::to_string(info->height) +
                               " pixels, over the limit of " +
                               Megapixels(static_cast<double>(ocr.max_pixels_per_page));
      if (pixels > static_cast<double>(kMaxDecodeFactor * ocr.max_pixels_per_page)) {
        doc->AddWarning(
            "ocr-failed",
            "page " + std::to_string(number) + " is too large to read with OCR (" + size + ")",
            number);
        continue;
      }
      scale = std::sqrt(static_cast<double>(ocr.max_pixels_per_page) / pixels);
      doc->AddWarning("ocr-dpi-reduced",
                      "page " + std::to_string(number) + " is scaled to " +
                          std::to_string(std::lround(scale * 100)) + "% for OCR (" + size + ")",
                      number);
    }
    OcrTask task;
    task.page = candidate.page;
    task.scale = scale;
    task.cache_key = OcrCacheKey(
        {doc->sha256, candidate.page, ocr.dpi, scale, ocr.lang, OcrEngineName(), "image"});
    tasks.push_back(std::move(task));
    reasons.push_back(candidate.reason);
  }

  const PageImageSourceFactory make_source = [&]() -> Result<std::unique_ptr<PageImageSource>> {
    return std::unique_ptr<PageImageSource>(new ImageSource(bytes, ocr.dpi));
  };
  const Applied applied = RunAndApply(tasks, reasons, make_source, ocr, doc);
  return AfterAllNeededOcr(applied, *doc, "no page of the image could be read with OCR");
}

}  // namespace bilag
