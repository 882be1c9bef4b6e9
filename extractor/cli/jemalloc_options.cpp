// jemalloc's options for bilag, which jemalloc reads from this symbol of the
// executable before main (MALLOC_CONF in the environment still overrides
// them). Built only with BILAG_JEMALLOC.
//
// thp:always asks the kernel for transparent huge pages for jemalloc's
// memory (on a kernel whose setting is "madvise", the usual one; "never"
// turns it off whatever this says). Most of what bilag does is first
// touches of fresh memory: the page faults of a large text's lines and of
// Tesseract's page-sized buffers, which on a virtual machine cost more than
// the work on them. With it (bench/README.md, "jemalloc"): `text` on 6 MB
// of seed text 0.29 -> 0.17 CPU s, OCR -7 % per page, at a few MB more per
// document and per OCR worker.
extern "C" {
// NOLINTNEXTLINE(readability-identifier-naming): jemalloc's name for it
extern const char* malloc_conf;
const char* malloc_conf = "thp:always";
}
