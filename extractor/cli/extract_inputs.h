// The inputs of `bilag extract` and where -o puts their JSON.
//
// A folder among the inputs is walked recursively with the same default
// filter as `bilag import` (documents only: no hidden files or folders, no
// Thumbs.db, no *.expected.json; see extractor/store/input_files.h), and with
// -o OUT its documents' JSON mirrors the folder: DIR/2009/a.pdf gives
// OUT/2009/a.json. A file named on the command line gives OUT/NAME.json.
#ifndef BILAG_EXTRACTOR_CLI_EXTRACT_INPUTS_H_
#define BILAG_EXTRACTOR_CLI_EXTRACT_INPUTS_H_

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "extractor/base/status.h"

namespace bilag::cli {

struct ExtractInput {
  std::string path;
  // Where its JSON goes below the output folder, without ".json": the file's
  // stem, or its path below the walked folder without the extension.
  std::filesystem::path key;
  Status error;  // a folder that could not be listed
};

struct ExtractInputs {
  std::vector<ExtractInput> inputs;
  size_t not_documents = 0;  // left out of the walked folders
};

ExtractInputs ExpandExtractInputs(const std::vector<std::string>& args);

// One output file per input below `dir`: KEY.json, made unique in input
// order ("a.json", "a-2.json") so inputs with the same stem (a.pdf beside
// a.txt, or files of two folders) never overwrite each other.
std::vector<std::filesystem::path> OutputNames(const std::vector<ExtractInput>& inputs,
                                               const std::filesystem::path& dir);

}  // namespace bilag::cli

#endif  // BILAG_EXTRACTOR_CLI_EXTRACT_INPUTS_H_
