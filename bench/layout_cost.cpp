// Cost of the layout stage (extractor/layout/layout.h) per page, against the
// cost of ingesting the page. Prints figures; asserts nothing. Run through
// bench/layout_cost.sh.
//
// Usage: layout_cost [--runs N] FILE...
//   --runs N  timed runs of each step; the best counts (default 5)
//
// For each FILE (read into memory once, so disk reads are not timed):
//   ingest          IngestBytes with IngestOptions::find_rulings = false
//   ingest+rulings  IngestBytes as the CLI runs it: pages that look like
//                   tables are also rendered at low resolution for rulings
//   layout          AnalyseLayout on a copy of the ingested document (the copy
//                   is made outside the timing)
// Wall time and process CPU time are both given: ingest reads pages on up to
// four threads, the layout stage runs on one, so per-page CPU is the fairer
// comparison of work and wall time what a user waits for.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "extractor/ingest/ingest.h"
#include "extractor/layout/layout.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Cost {
  double wall = 1e300, cpu = 1e300;  // seconds, best of the runs
};

double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Runs `fn` once and keeps its time in `cost` if it is the best so far.
template <typename Fn>
void Time(Cost* cost, Fn fn) {
  double cpu0 = CpuSeconds();
  auto wall0 = Clock::now();
  fn();
  double wall = std::chrono::duration<double>(Clock::now() - wall0).count();
  double cpu = CpuSeconds() - cpu0;
  cost->wall = std::min(cost->wall, wall);
  cost->cpu = std::min(cost->cpu, cpu);
}

bilag::Document IngestOrDie(const std::string& path, const std::string& bytes, bool rulings) {
  bilag::IngestOptions options;
  options.find_rulings = rulings;
  bilag::Result<bilag::Document> doc = bilag::IngestBytes(path, bytes, options);
  if (!doc.ok()) {
    std::fprintf(stderr, "layout_cost: %s: %s\n", path.c_str(), doc.status().ToString().c_str());
    std::exit(2);
  }
  return std::move(doc).value();
}

void PrintRow(const char* name, const Cost& cost, int pages) {
  std::printf("  %-22s %9.3f ms/page wall %9.3f ms/page cpu\n", name, 1e3 * cost.wall / pages,
              1e3 * cost.cpu / pages);
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      runs = std::atoi(argv[++i]);
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "layout_cost: unknown option %s\n", arg.c_str());
      return 2;
    } else {
      files.push_back(arg);
    }
  }
  if (runs < 1) runs = 1;
  if (files.empty()) {
    std::fprintf(stderr, "usage: layout_cost [--runs N] FILE...\n");
    return 2;
  }

  for (const std::string& file : files) {
    bilag::Result<std::string> bytes = bilag::ReadInput(file);
    if (!bytes.ok()) {
      std::fprintf(stderr, "layout_cost: %s\n", bytes.status().ToString().c_str());
      return 2;
    }
    // Untimed warm-up: fonts, poppler's globals, the page cache.
    bilag::Document ruled = IngestOrDie(file, *bytes, true);
    const int pages = std::max<int>(1, static_cast<int>(ruled.pages.size()));

    Cost plain_cost, ruled_cost, layout_cost;
    bilag::LayoutSummary summary;
    for (int run = 0; run < runs; ++run) {
      Time(&plain_cost, [&] { IngestOrDie(file, *bytes, false); });
      Time(&ruled_cost, [&] { ruled = IngestOrDie(file, *bytes, true); });
      bilag::Document copy = ruled;
      Time(&layout_cost, [&] { summary = bilag::AnalyseLayout(&copy); });
    }

    int ruled_pages = 0, rulings = 0;
    for (const bilag::Page& page : ruled.pages) {
      ruled_pages += !page.rulings.empty();
      rulings += static_cast<int>(page.rulings.size());
    }
    Cost render{ruled_cost.wall - plain_cost.wall, ruled_cost.cpu - plain_cost.cpu};
    std::printf("%s\n  %d pages, %d with rulings (%d rulings); layout: %d tables, %d side lines\n",
                file.c_str(), pages, ruled_pages, rulings, summary.tables, summary.side_lines);
    std::printf("  best of %d runs\n", runs);
    PrintRow("ingest", plain_cost, pages);
    PrintRow("ingest+rulings", ruled_cost, pages);
    PrintRow("rulings render", render, pages);
    PrintRow("layout", layout_cost, pages);
    std::printf("  ratio layout/ingest:          %.3f wall, %.3f cpu\n",
                layout_cost.wall / plain_cost.wall, layout_cost.cpu / plain_cost.cpu);
    std::printf("  ratio rulings-render/ingest:  %.3f wall, %.3f cpu\n",
                render.wall / plain_cost.wall, render.cpu / plain_cost.cpu);
    std::printf("  ratio layout/ingest+rulings:  %.3f wall, %.3f cpu\n",
                layout_cost.wall / ruled_cost.wall, layout_cost.cpu / ruled_cost.cpu);
  }
  return 0;
}
