// Reading sitrep incident records (SPEC section 3 JSON) for scoring: the GTT template of a
// record (SPEC section 7's role mapping and MUC-4's scope) and tolerant field accessors, so
// that a record missing a field scores as "nothing predicted" instead of throwing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval/gtt_score.h"

namespace sitrep::eval {

// The string at `key` of an object, or "" (missing, null, not a string, not an object).
std::string string_field(const nlohmann::json& object, std::string_view key);

// The object at `key`, or a null json.
const nlohmann::json& object_field(const nlohmann::json& object, std::string_view key);

// The array at `key`, or an empty array.
const nlohmann::json& array_field(const nlohmann::json& object, std::string_view key);

// Statuses `sitrep extract` prints without --status all (SPEC section 3).
bool is_default_status(const nlohmann::json& record);

// MUC-4's nine countries (task documentation, section 1.0).
bool is_muc_country(std::string_view iso2);

// SPEC section 7: the incident is out of MUC's scope only when something places it
// elsewhere and nothing places it in one of the nine countries. Looked at:
// location.country, perpetrators[].country, targets[].nationality, victims[].nationality.
bool in_muc_scope(const nlohmann::json& record);

// The GTT template of a record, or nullopt when its muc4 view is null or it is out of
// MUC's scope. incident_type = muc4.type lower-cased ("attack" if missing, eval.py's rule
// for a type that is not a string); one single-mention entity per
// attackers[].text (PerpInd), perpetrators[].text (PerpOrg, the words as written),
// targets[].text (Target), victims[].name when given (Victim: MUC's HUM TGT: NAME),
// weapons[].text (Weapon). Within a role, entities with the same normalised words count
// once (the same group named twice in one report is one entity).
std::optional<GttTemplate> gtt_template_from_record(const nlohmann::json& record);

// The templates of one document's records, in record order.
std::vector<GttTemplate> gtt_templates_from_records(const std::vector<nlohmann::json>& records);

}  // namespace sitrep::eval
