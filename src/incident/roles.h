// The incident's actors and means: perpetrators (with claims), attackers, targets and
// weapons, each tied to the incident by clause, claim or attribution cues.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "extract/hits.h"
#include "incident/cluster.h"

namespace sitrep {

// Organisations tied to the event by a claim, an attribution, or by acting in its
// clause; a group that only comments is none.
void incident_perpetrators(const IncidentScope& sc, const std::vector<Hit>& cue_hits, nlohmann::ordered_json* perps,
                           nlohmann::ordered_json* claims);
// The people who carried it out ("an unidentified fighter", "gunmen").
nlohmann::ordered_json incident_attackers(const IncidentScope& sc);
// Facilities and bodies attacked, with the nationality of a demonym modifier.
nlohmann::ordered_json incident_targets(const IncidentScope& sc, const std::vector<Hit>& target_hits);
nlohmann::ordered_json incident_weapons(const IncidentScope& sc, const std::vector<Hit>& weapon_hits);

}  // namespace sitrep
