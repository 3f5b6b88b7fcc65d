// The incident record (SPEC section 3, shared/schema/incident.schema.json) as plain values:
// assembly (assemble, location, roles, counts, views) fills a Record, and one writer turns
// it into its JSON line. No JSON inside: records are easy to compare and to merge across
// documents (the store), and writing one is a single walk with no tree built and freed.
//
// Conventions of the fields: std::optional is written as null when empty (the key is
// always there); a field commented "left out when empty" is omitted from the JSON when it
// is "" (or nullopt); lists are written in order, empty ones as [].
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

// The words a value came from: their text and byte offsets [begin, end) into the document
// ("text", "span").
struct TextSpan {
  std::string text;
  uint32_t begin = 0, end = 0;
  bool operator==(const TextSpan&) const = default;
};

struct RecordDate {
  std::optional<std::string> value;      // YYYY-MM-DD; null without an anchor
  std::optional<std::string> precision;  // day | week | month | year
  std::optional<std::string> weekday;    // "Monday" ...
  TextSpan words;
  bool operator==(const RecordDate&) const = default;
};

struct RecordTime {
  std::optional<std::string> local, utc;  // HH:MM
  std::optional<std::string> tz;          // IANA zone
  TextSpan words;
  bool operator==(const RecordTime&) const = default;
};

struct RecordLocation {
  std::string name;
  std::optional<uint32_t> geonames_id;
  std::string country;  // ISO 3166-1 alpha-2
  std::optional<std::string> admin1, admin2;
  std::optional<double> lat, lon;
  std::optional<int> precision;  // ACLED geo_precision 1-3
  std::optional<std::string> site;
  TextSpan words;
  bool operator==(const RecordLocation&) const = default;
};

struct Perpetrator {
  TextSpan words;
  std::string name;  // canonical
  std::string kind;  // group | state
  std::optional<int> inter;  // ACLED actor type
  std::optional<std::string> lexicon_id;
  std::string country;  // left out when empty
  std::string status;   // claimed | attributed | suspected | denied | reported
  std::optional<double> confidence;  // left out when empty (tied to the incident by syntax)
  bool operator==(const Perpetrator&) const = default;
};

struct Attacker {
  TextSpan words;
  std::string member_of;         // left out when empty
  std::optional<int64_t> count;  // left out when empty
  bool operator==(const Attacker&) const = default;
};

struct Target {
  TextSpan words;
  std::string kind;
  std::string nationality;      // left out when empty
  std::string gtd_target_type;  // left out when empty
  bool people = false;          // named by the people attacked; written only when true
  bool operator==(const Target&) const = default;
};

struct Victim {
  TextSpan words;
  std::string name;              // left out when empty
  std::optional<int64_t> count;  // left out when empty
  std::optional<std::string> effect;
  std::string nationality;  // left out when empty
  bool operator==(const Victim&) const = default;
};

struct Weapon {
  TextSpan words;
  std::string gtd_weapon_type;
  std::optional<std::string> gtd_weapon_subtype;
  bool operator==(const Weapon&) const = default;
};

// killed, injured, attackers_killed: the figure, the words of its main group and every
// group it rests on.
struct CasualtyCount {
  std::optional<int64_t> value;
  std::optional<bool> vague;  // left out when empty (attackers_killed)
  TextSpan words;
  std::vector<TextSpan> evidence;
  bool operator==(const CasualtyCount&) const = default;
};

struct Claim {
  TextSpan words;
  std::string by;
  std::optional<std::string> channel;
  bool operator==(const Claim&) const = default;
};

struct Source {
  std::string speaker;
  std::optional<std::string> role, org, channel, outlet, quote;
  TextSpan words;  // written "span" first, then "text"
  bool operator==(const Source&) const = default;
};

struct AcledView {
  std::string event_type, sub_event_type;
  std::optional<std::string> actor1, assoc_actor_1;
  std::optional<int> inter1;
  std::optional<std::string> actor2, assoc_actor_2;
  std::optional<int> inter2, interaction;
  std::optional<std::string> civilian_targeting;
  int64_t fatalities = 0;
  std::optional<int> geo_precision, time_precision;
  bool operator==(const AcledView&) const = default;
};

struct GtdView {
  std::string attack_type;
  std::optional<std::string> weapon_type, weapon_subtype, target_type;
  bool suicide = false, success = false;
  std::string gname;
  bool claimed = false;
  std::optional<std::string> claimmode;
  std::optional<int64_t> nkill, nkillter, nwound;
  bool operator==(const GtdView&) const = default;
};

struct PloverView {
  std::string event_type;
  std::optional<std::string> mode;
  bool operator==(const PloverView&) const = default;
};

struct Muc4View {
  std::string type, stage;
  bool operator==(const Muc4View&) const = default;
};

struct Record {
  std::string id;
  std::string doc;
  std::string source, url, title;  // left out when empty
  int incident = 0;
  std::string status;
  std::string kind;
  TextSpan trigger;
  std::optional<RecordDate> date;
  std::optional<RecordLocation> location;
  std::optional<RecordTime> time;
  std::vector<Perpetrator> perpetrators;
  std::vector<Attacker> attackers;
  std::vector<Target> targets;
  std::vector<Victim> victims;
  std::optional<CasualtyCount> killed, attackers_killed, injured;
  std::vector<Weapon> weapons;
  std::vector<Claim> claims;
  std::vector<Source> sources;
  double confidence = 0;
  std::optional<AcledView> acled;
  std::optional<GtdView> gtd;
  std::optional<std::string> cameo;
  std::optional<PloverView> plover;
  std::optional<Muc4View> muc4;
  bool operator==(const Record&) const = default;
};

// Appends r as one line of JSON (no newline): the fields in SPEC order, strings escaped
// and numbers formatted as nlohmann's dump(-1, ' ', false, replace) writes them, invalid
// UTF-8 replaced by U+FFFD.
void append_record_json(const Record& r, std::string* out);
std::string record_json(const Record& r);

// The pieces of the writer, for other writers of the same JSON (and their tests).
void append_json_string(std::string_view s, std::string* out);
void append_json_number(double v, std::string* out);  // shortest round-trip; NaN, inf: null

}  // namespace sitrep
