// The incident's location: the most specific place of its sentences (the lead first,
// never where a statement was made), the dateline's place as fallback, and the site.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/hits.h"
#include "incident/cluster.h"

namespace sitrep {

// The SPEC location object or null; *tz gets the place's IANA zone ("" if none).
nlohmann::ordered_json incident_location(const IncidentScope& sc, const std::vector<Hit>& target_hits, std::string* tz);

}  // namespace sitrep
