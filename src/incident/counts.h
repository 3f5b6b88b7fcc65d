// Casualty counting: the victim groups of one effect in one incident -> its count
// (value, vague, span, evidence), by SPEC section 3's conventions.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "extract/analysis.h"

namespace sitrep {

// Null (and *any = false) when no group reports this effect.
nlohmann::ordered_json count_json(const Analysis& a, const std::vector<const VictimGroup*>& groups, bool* any);

struct IncidentScope;
// The incident's victims, killed, attackers_killed and injured, from the victim groups
// that belong to it (victim_cluster: the incident of each group, -2 for none in
// particular); fills targets from the victims when the record has none.
void incident_casualties(const IncidentScope& sc, const std::vector<int>& victim_cluster,
                         nlohmann::ordered_json* record);

// The JSON {"text", "span"} of tokens [first, end).
nlohmann::ordered_json spanned(const Analysis& a, uint32_t first, uint32_t end);

}  // namespace sitrep
