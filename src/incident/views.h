// Codebook views: a record's kind, status, actors and counts -> its ACLED, GTD, CAMEO,
// PLOVER and MUC-4 views, through the kinds table (data/events/kinds.tsv) and the
// codebooks' inclusion rules (data/events/status_views.tsv). Null where that codebook
// would not record the incident.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "extract/analysis.h"

namespace sitrep {

void add_views(const Analysis& a, uint32_t kind_row, const std::string& status, nlohmann::ordered_json* record);

}  // namespace sitrep
