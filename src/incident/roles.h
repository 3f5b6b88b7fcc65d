// The incident's actors and means: perpetrators (with claims), attackers, targets and
// weapons, each tied to the incident by clause, claim or attribution cues.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "extract/hits.h"
#include "incident/cluster.h"

namespace sitrep {

// How words relate to an incident's triggers in their clause: the doer ("gunmen attacked",
// "killed by rebels", "the FMLN's attack") or the thing acted on ("attacked the embassy",
// "the bridge was blown up", "an attack on a bus"). Syntax by cue words, not position alone.
enum class Role { kNone, kAgent, kPatient };
Role role_in_incident(const IncidentScope& sc, uint32_t first, uint32_t end);

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
