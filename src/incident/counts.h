// Casualty counting: the victim groups of one effect in one incident -> its count
// (value, vague, span, evidence), by SPEC section 3's conventions.
#pragma once

#include <optional>
#include <vector>

#include "extract/analysis.h"
#include "incident/record.h"

namespace sitrep {

// None when no group reports this effect.
std::optional<CasualtyCount> casualty_count(const Analysis& a, const std::vector<const VictimGroup*>& groups);

struct IncidentScope;
// The incident's victims, killed, attackers_killed and injured, from the victim groups
// that belong to it (victim_cluster: the incident of each group, -2 for none in
// particular); fills targets from the victims when the record has none.
void incident_casualties(const IncidentScope& sc, const std::vector<int>& victim_cluster, Record* record);

// The words of tokens [first, end): their text and bytes.
TextSpan spanned(const Analysis& a, uint32_t first, uint32_t end);

}  // namespace sitrep
