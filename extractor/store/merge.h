// Merge: copies the documents of other import databases (the shards of a
// `bilag import --shard K/N` run on several machines) into a Store.
//
// Each input is ATTACHed read-only and copied in one transaction, so a merge
// killed midway leaves each input either wholly merged or not at all. Row ids
// are renumbered; a document's children follow it. For a content hash that
// is already in the target:
//   same rules sha256, tool version and options -> kept, the input's skipped
//   anything else                               -> replaced by the input's
// so merging the same shard twice changes nothing, and inputs named later
// win over earlier ones. An input must have this build's schema version.
#ifndef BILAG_EXTRACTOR_STORE_MERGE_H_
#define BILAG_EXTRACTOR_STORE_MERGE_H_

#include <cstddef>
#include <string>

#include "extractor/base/status.h"
#include "extractor/store/store.h"

namespace bilag {

struct MergeCounts {
  size_t merged = 0;   // documents copied (new or replacing)
  size_t skipped = 0;  // already there with the same version
};

// Merges the database at `input_path` into `store`, adding to *counts. Fails
// with store-open (not a database), store-schema (another schema version) or
// store-error; the target is then unchanged by this input.
Status MergeInto(Store* store, const std::string& input_path, MergeCounts* counts);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_STORE_MERGE_H_
