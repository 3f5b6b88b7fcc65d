// The incident's actors and means: perpetrators (with claims), attackers, targets and
// weapons, each tied to the incident by clause, claim or attribution cues.
#pragma once

#include <vector>

#include "extract/hits.h"
#include "incident/cluster.h"
#include "incident/record.h"

namespace sitrep {

// How words relate to an incident's triggers in their clause: the doer ("gunmen attacked",
// "killed by rebels", "the FMLN's attack") or the thing acted on ("attacked the embassy",
// "the bridge was blown up", "an attack on a bus"). Syntax by cue words, not position alone.
enum class Role { kNone, kAgent, kPatient };
Role role_in_incident(const IncidentScope& sc, uint32_t first, uint32_t end);

// The agents (a.agents indexes: generic people and forces) who carried out the incident,
// its doers: found once per incident and handed to the functions below.
std::vector<size_t> attacker_agents(const IncidentScope& sc);

// Organisations tied to the event by a claim, an attribution, or by acting in its
// clause; a group that only comments is none.
// `commenting`: the names of groups the report shows condemning or denouncing
// (commenting_groups, once per document).
void incident_perpetrators(const IncidentScope& sc, const std::vector<size_t>& doers, const std::vector<Hit>& cue_hits,
                           const std::vector<std::string_view>& commenting, std::vector<Perpetrator>* perps,
                           std::vector<Claim>* claims);
// The names (actors-table `name`) of groups the report shows commenting on violence ("the
// FMLN condemned the attack", "the union denounced"): a group that condemns or denounces
// an act is not its author (issue 5), so one tied to an incident by no syntax, only named
// near it or in the report, is no perpetrator when it does.
std::vector<std::string_view> commenting_groups(const Analysis& a, const std::vector<Hit>& cue_hits);
// The people who carried it out ("an unidentified fighter", "gunmen").
std::vector<Attacker> incident_attackers(const IncidentScope& sc, const std::vector<size_t>& doers);
// Facilities and bodies attacked, with the nationality of a demonym modifier.
std::vector<Target> incident_targets(const IncidentScope& sc, const std::vector<size_t>& doers,
                                     const std::vector<Hit>& target_hits);
std::vector<Weapon> incident_weapons(const IncidentScope& sc, const std::vector<Hit>& weapon_hits);

}  // namespace sitrep
