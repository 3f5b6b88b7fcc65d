// Codebook views: a record's kind, status, actors and counts -> its ACLED, GTD, CAMEO,
// PLOVER and MUC-4 views, through the kinds table (data/events/kinds.tsv) and the
// codebooks' inclusion rules (data/events/status_views.tsv). Null where that codebook
// would not record the incident.
#pragma once

#include <string>

#include "extract/analysis.h"
#include "incident/record.h"

namespace sitrep {

// Fills the record's acled, gtd, cameo, plover and muc4 from its other fields.
void add_views(const Analysis& a, uint32_t kind_row, const std::string& status, Record* record);

}  // namespace sitrep
