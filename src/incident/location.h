// The incident's location: the most specific place of its sentences (the lead first,
// never where a statement was made), the dateline's place as fallback, and the site.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/hits.h"
#include "incident/cluster.h"
#include "incident/record.h"

namespace sitrep {

// The SPEC location, none when the text places nothing; *tz gets the place's IANA zone
// ("" if none).
std::optional<RecordLocation> incident_location(const IncidentScope& sc, const std::vector<Hit>& target_hits, std::string* tz);

}  // namespace sitrep
