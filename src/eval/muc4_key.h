// MUC-3/4 answer keys (key-tst2.v4 ...) and message files (tst2-muc4 ...) -> GTT gold
// templates, converted the way GTT's preprocessing did (brendano/muc4_proc proc_keys.py, then
// GTT's data/muc/scripts/preprocess.py), so that key-tst1.v7 + key-tst2.v4 give dev.json.
//
// The conversion, as those scripts have it:
// - Lines starting with ';' are comments. A template is a block of lines ended by an empty
//   line or by the next "0." line. A line's slot name is in its first 33 columns ("12. PHYS
//   TGT: ID"), the fill after them; a line with nothing there continues the slot above, as
//   one more fill (one more entity).
// - INCIDENT: TYPE is lower-cased, a trailing "(...)" removed; templates of type "*"
//   (irrelevant messages) are dropped. MESSAGE: ID loses a trailing "(NOSC)" and the like.
// - Slots used: PERP: INDIVIDUAL ID -> PerpInd, PERP: ORGANIZATION ID -> PerpOrg, PHYS TGT: ID
//   -> Target, HUM TGT: NAME -> Victim (not HUM TGT: DESCRIPTION: dev.json's Victim has the
//   names only), INCIDENT: INSTRUMENT ID -> Weapon. "*" and "-" are empty; "?" (optional)
//   fills are kept as ordinary ones; "A" / "B" are the mentions of one entity; C-style
//   escapes (\") are decoded; a fill without quotes is quoted.
// - Mentions are lower-cased and kept only when they occur in the GTT text of the message
//   (gtt_message_text); mentions are ordered by first occurrence, entities by their first
//   mention's. Templates identical after that count once (eval.py's loader).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval/gtt_score.h"
#include "eval/result.h"

namespace sitrep::eval {

struct MucKeyTemplate {
  std::string message_id;     // "TST2-MUC4-0048"
  std::string incident_type;  // lower-cased: "attack", "bombing / attack", "*"
  // Fills per GTT role (GttTemplate::entities order), upper case as in the key; each fill
  // is the list of its alternative strings.
  std::array<std::vector<std::vector<std::string>>, kGttEntityRoles> fills;
  bool optional = false;  // MESSAGE: TEMPLATE "n (OPTIONAL)"
  // INCIDENT: DATE and INCIDENT: LOCATION as written (continuation lines joined by " / "),
  // "" when the slot is absent; read by muc_date_ranges / muc_locations.
  std::string date_fill, location_fill;
  int line = 0;           // line of the template's first slot
};

struct MucKeyFile {
  std::vector<MucKeyTemplate> templates;  // "*" templates included (they mark irrelevant messages)
  std::vector<std::string> warnings;
};

// Parses an answer key file. Errors (unknown slot, malformed MESSAGE: TEMPLATE, template
// without MESSAGE: ID or INCIDENT: TYPE, cross-reference in a GTT slot, unbalanced quotes)
// name the file and line.
Result<MucKeyFile> parse_muc_keys(std::string_view content, std::string_view filename);

struct MucMessage {
  std::string id;        // "TST2-MUC4-0001"
  std::string text;      // the message as it is: upper case, dateline and all
  std::string date_iso;  // from the dateline ("3 JAN 90" -> "1990-01-03"), or ""
  std::string gtt_text;  // the text as GTT processed it (gtt_message_text)
  int line = 0;
};

// Splits a message file at its header lines ("TST2-MUC4-0001", "DEV-MUC3-0001 (NOSC)").
Result<std::vector<MucMessage>> parse_muc_messages(std::string_view content, std::string_view filename);

// The message body as GTT's dev.json has it: from after the first "--" (the dateline's end),
// leading "[...]" tags removed, other brackets made parentheses, paragraph breaks and line
// breaks made spaces, lower-cased, trimmed.
std::string gtt_message_text(std::string_view body);

// The dateline's date as YYYY-MM-DD ("SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) --"), or "".
std::string muc_dateline_date(std::string_view body);

// GTT templates of one message from its key templates and GTT text.
std::vector<GttTemplate> muc_gtt_templates(const std::vector<const MucKeyTemplate*>& keys,
                                           std::string_view gtt_text);

// INCIDENT: DATE (task documentation 7.3): "21 JAN 89" (that day), "15 JAN 89 - 21 JAN 89"
// (on or between), "- 21 JAN 89" (on or before: counted as the week up to the date, as ACLED's
// time precision 2), alternatives separated by "/" and optionally parenthesised. Returns the
// alternatives as inclusive [first, last] ISO date pairs; empty for "*", "-" or no date.
std::vector<std::pair<std::string, std::string>> muc_date_ranges(std::string_view fill);

// True when `iso` (YYYY-MM-DD) falls inside one of the ranges.
bool muc_date_matches(const std::vector<std::pair<std::string, std::string>>& ranges, std::string_view iso);

// One alternative of INCIDENT: LOCATION (7.4): "EL SALVADOR: SAN SALVADOR (CITY): ESCALON
// (NEIGHBORHOOD)" -> country "EL SALVADOR", city "SAN SALVADOR" (the first CITY, TOWN,
// VILLAGE or CAPITAL component; "" when none is given).
struct MucLocation {
  std::string country, city;
};
// The alternatives of a fill ("?" and parentheses around alternatives dropped); empty for
// "*" or "-".
std::vector<MucLocation> muc_locations(std::string_view fill);

// ISO 3166-1 alpha-2 of a country name as MUC's keys write it ("EL SALVADOR" -> "SV"), ""
// when unknown.
std::string muc_country_iso(std::string_view name);

// A record's location (SPEC section 3: location.country, location.name) against one
// alternative: the country must agree and, when the key names a city, the record's place
// name too (case and accents ignored).
bool muc_location_matches(const MucLocation& gold, const nlohmann::json& record);

}  // namespace sitrep::eval
