// The import database's schema and its migrations.
//
// The schema is normalised: one row per document (metadata, how and when it
// was extracted, or why it failed), and child tables for everything the JSON
// output lists, each row with the page/line/rule it came from:
//
//   documents        1 row per distinct input content (sha256 UNIQUE); path
//                    is the first path it was found at
//   document_paths   every path an import found that content at (a copy of a
//                    file is skipped as a duplicate but its path is kept
//                    here); a path belongs to one document: when the file
//                    changes, its path moves to the new content (v2)
//   document_years   the years a document covers, one row each
//   provenance       page/line/rule of each metadata field of a document
//   initiatives      ordered by `position` within their document
//   fields           an initiative's labelled text fields (key, value)
//   amounts          an initiative's money amounts
//   targets          an initiative's targets
//   budget_cells     cells of a document's budget tables
//   corrections      OCR repairs applied to a document's text
//   warnings         what the tool was unsure of in a document
//   schema_version   one row per applied migration
//
// Every child row references its document with ON DELETE CASCADE, so deleting
// a document row removes all it owns. `position` (0-based) keeps the JSON's
// order; page/line are NULL where the JSON has null; booleans are 0/1 in
// columns declared BOOLEAN; enumerations are the JSON's strings.
//
// Migrations are an ordered list of SQL steps, each applied with the version
// bump in one transaction; a database newer than this build is refused.
#ifndef BILAG_EXTRACTOR_STORE_SCHEMA_H_
#define BILAG_EXTRACTOR_STORE_SCHEMA_H_

#include <string>
#include <vector>

#include "extractor/base/status.h"
#include "extractor/store/database.h"

namespace bilag {

// The version this build writes.
int LatestSchemaVersion();

// The schema version of `db`; 0 for a database bilag never touched.
Result<int> SchemaVersion(Database* db);

// Brings `db` to LatestSchemaVersion(). Fails with store-schema when the
// database was written by a newer bilag, or when a step fails (the step is
// rolled back; earlier steps stay).
Status Migrate(Database* db);

// The data tables in dependency order (parents first), for export and merge.
const std::vector<std::string>& StoreTables();

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_STORE_SCHEMA_H_
