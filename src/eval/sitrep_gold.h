// sitrep's own gold format for regression tests: per-field accuracy and per-document
// pass/fail of extraction against hand-written expectations.
//
// The format: JSON Lines, one document a line (blank lines and lines starting with '#' are
// skipped):
//
//   {"id": "mosul-1", "text": "On Monday, ISIS claimed ...", "date": "2021-03-16",
//    "incidents": [
//      {"kind": "suicide_bombing", "location.country": "AF",
//       "killed": {"value": 6}, "perpetrators": [{"name": "Islamic State"}],
//       "date.value": {"any_of": ["2022-09-05", "2022-09-04"]}}],
//    "complete": true}
//
// - "id" and "text" are required; "date" (ISO) anchors relative dates as in `extract`.
// - "incidents" lists the incidents `sitrep extract` should print. Each is a subset of a
//   record: every key is one scored field; a key may be a dotted path ("location.country").
// - An expected value matches when: a scalar is equal (numbers by value); null means the
//   field is null or missing; an object matches a record object that has every key with a
//   matching value (extra keys are fine); an array matches when every element matches some
//   element of the record's array, and [] only an empty or missing array; {"any_of": [...]}
//   matches when one alternative does.
// - Each expected incident is paired with a different record (any status, so "status":
//   "background" can be asked for), the pairing that matches most fields.
// - A document passes when every field of every expected incident matches and, unless it
//   says "complete": false, no other record of the statuses `extract` prints (reported,
//   attempted, foiled) is left over. "incidents": [] thus asks for no incident at all.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval/result.h"

namespace sitrep::eval {

struct SitrepGoldDoc {
  std::string id, text, date;
  std::vector<nlohmann::json> incidents;  // objects: field (maybe dotted) -> expected value
  bool complete = true;
  int line = 0;
};

Result<std::vector<SitrepGoldDoc>> parse_sitrep_gold(std::string_view content, std::string_view filename);

// Does `actual` (a record's value, or nullptr when absent) satisfy `expected`?
bool expectation_matches(const nlohmann::json& expected, const nlohmann::json* actual);

// The value at a dotted path of a record, or nullptr.
const nlohmann::json* value_at_path(const nlohmann::json& record, std::string_view path);

struct SitrepFieldResult {
  std::string field;
  bool ok = false;
  nlohmann::json expected, actual;  // actual is null when absent
};

struct SitrepDocScore {
  bool pass = false;
  std::vector<int> paired;  // per expected incident, the record index or -1
  std::vector<std::vector<SitrepFieldResult>> fields;  // per expected incident
  int extra_records = 0;  // unpaired records of default status
  int failed_fields() const;
};

SitrepDocScore score_sitrep_doc(const SitrepGoldDoc& gold, const std::vector<nlohmann::json>& records);

}  // namespace sitrep::eval
