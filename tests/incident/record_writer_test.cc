// The record writer (incident/record) against nlohmann's dump: strings and numbers must
// come out byte for byte as dump(-1, ' ', false, replace) writes them, invalid UTF-8,
// control characters and floating-point numbers included; a Record's fields in SPEC order,
// null where a value is unknown and left out where the SPEC marks them optional; and whole
// records from the pipeline are one line of valid JSON whose dump round-trips to the same
// bytes.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "incident/record.h"
#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

using Json = nlohmann::ordered_json;

std::string written(const std::string& s) {
  std::string out;
  append_json_string(s, &out);
  return out;
}

std::string written(double v) {
  std::string out;
  append_json_number(v, &out);
  return out;
}

std::string dumped(const Json& v) { return v.dump(-1, ' ', false, Json::error_handler_t::replace); }

TEST(RecordWriter, StringsAsDump) {
  const std::vector<std::string> cases = {
      "",
      "Gunmen killed three police officers in Mosul on Tuesday.",
      "SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- [TEXT] THE FMLN",
      "he said: \"we will strike again\" \\ back",
      "line one\nline two\ttabbed\r\n",
      "bell \x07 backspace \b form feed \f unit sep \x1f del \x7f",
      std::string("nul \0 inside", 12),
      "Monday\xE2\x80\x99s attack in K\xC4\x81" "bul",                 // curly apostrophe, a macron
      "\xE2\x80\x9C" "detonated" "\xE2\x80\x9D",                      // curly quotes
      "Gaza \xF0\x9F\x87\xB5\xF0\x9F\x87\xB8 flag",                   // four-byte sequences
      "\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF",                     // Arabic script
      "truncated \xE2\x80",                                           // invalid: cut sequence
      "lone continuation \x80 byte",                                  // invalid
      "overlong \xC0\xAF slash",                                      // invalid: overlong form
      "overlong \xE0\x80\xAF three",                                  // invalid: overlong form
      "surrogate \xED\xA0\x80 half",                                  // invalid: UTF-16 surrogate
      "past U+10FFFF \xF4\x90\x80\x80",                               // invalid
      "Latin-1 caf\xE9 in old wire copy",                             // invalid: ISO-8859-1 byte
      "\xFF\xFE",                                                     // invalid
      "last byte \xF0\x9F\x98",                                       // invalid: cut at the end
  };
  for (const std::string& s : cases) EXPECT_EQ(written(s), dumped(Json(s))) << s;
}

// Plain ASCII is skipped a word at a time: a byte that needs escaping or checking must be
// found at every offset of a long string, whatever its neighbours.
TEST(RecordWriter, SpecialBytesAtEveryOffset) {
  const std::string base = "GUERRILLAS DYNAMITED A POWER PYLON IN HUANCAYO";
  const std::vector<std::string> specials = {"\"", "\\", "\n", "\x01", "\x1f", "\x7f", "~", " ", "\xC3\xA9",
                                             "\xE2\x80\x99", "\xF0\x9F\x98\x80", "\xE9", "\x80", "\xC3"};
  for (const std::string& sp : specials)
    for (size_t at = 0; at <= base.size(); ++at) {
      std::string s = base.substr(0, at) + sp + base.substr(at);
      EXPECT_EQ(written(s), dumped(Json(s))) << "offset " << at;
      s = base.substr(0, at) + sp + base.substr(at) + sp;  // and one more at the end
      EXPECT_EQ(written(s), dumped(Json(s))) << "offset " << at;
    }
}

TEST(RecordWriter, NumbersAsDump) {
  const std::vector<double> cases = {
      0.55, 0.1, 0.3, 0.98, 0.5, 33.42056, -122.41942, 34.52813, 69.17233, -0.00001, 1.0, 100.0,
      1e300, 1e-7, 123456789012345.0, 1e16, -0.0, 0.0, std::nan(""), std::numeric_limits<double>::infinity(),
      std::round(0.65 * 100) / 100, std::round(double(float(13.7563)) * 1e5) / 1e5,
  };
  for (double v : cases) EXPECT_EQ(written(v), dumped(Json(v))) << dumped(Json(v));
}

// The words of a value, as the pipeline gives them.
TextSpan words(const char* text, uint32_t begin) { return TextSpan{text, begin, begin + uint32_t(std::strlen(text))}; }

// A record with every field filled, and the JSON nlohmann would write for the same values.
TEST(RecordWriter, FullRecordAsJson) {
  Record r;
  r.id = "9f2c4e1a0b7d3c55";
  r.doc = "wire-1989-0412";
  r.url = "https://example.org/a?b=\"c\"";
  r.incident = 1;
  r.status = "reported";
  r.kind = "car_bombing";
  r.trigger = words("car bomb exploded", 40);
  r.date = RecordDate{"1989-04-12", "day", "Wednesday", words("Wednesday", 70)};
  r.location = RecordLocation{"Medellin", 3674962u, "CO", "Antioquia", std::nullopt, 6.25184, -75.56359, 1,
                              "the Nutibara hotel", words("Medellin", 12)};
  r.time = RecordTime{"22:15", "03:15", "America/Bogota", words("10:15 p.m.", 90)};
  r.perpetrators.push_back(Perpetrator{words("the Extraditables", 100), "The Extraditables", "group", 2, "co-extraditables",
                                       "CO", "claimed", std::nullopt});
  r.perpetrators.push_back(Perpetrator{words("urban commandos", 130), "urban commandos", "group", std::nullopt,
                                       std::nullopt, "", "reported", 0.5});
  r.attackers.push_back(Attacker{words("two men", 150), "", 2});
  r.attackers.push_back(Attacker{words("gunmen", 160), "FMLN", std::nullopt});
  r.targets.push_back(Target{words("the hotel", 170), "business", "", "Business", false});
  r.targets.push_back(Target{words("three policemen", 180), "police", "CO", "", true});
  r.victims.push_back(Victim{words("three policemen", 180), "", 3, "killed", ""});
  r.victims.push_back(Victim{words("Judge Maria Elena Diaz", 200), "Maria Elena Diaz", std::nullopt, std::nullopt, "CO"});
  r.killed = CasualtyCount{3, false, words("three policemen", 180), {words("three policemen", 180)}};
  r.attackers_killed = CasualtyCount{std::nullopt, std::nullopt, words("one of the attackers", 230), {}};
  r.weapons.push_back(Weapon{words("car bomb", 40), "Explosives", "Vehicle"});
  r.weapons.push_back(Weapon{words("rifles", 250), "Firearms", std::nullopt});
  r.claims.push_back(Claim{words("the Extraditables claimed", 100), "The Extraditables", "telephone"});
  r.sources.push_back(Source{"police", std::nullopt, "National Police", std::nullopt, "AFP", "it was a massacre",
                             words("police told AFP", 300)});
  r.confidence = 0.85;
  r.acled = AcledView{"Explosions/Remote violence", "Remote explosive/landmine/IED", "The Extraditables",
                      std::nullopt, 2, "Police Forces of Colombia", std::nullopt, 1, 12, std::nullopt, 3, 1, 1};
  r.gtd = GtdView{"Bombing/Explosion", "Explosives", "Vehicle", "Business", false, true, "The Extraditables", true,
                  "Telephone", 3, std::nullopt, std::nullopt};
  r.cameo = "183";
  r.plover = PloverView{"ASSAULT", "bombing"};
  r.muc4 = Muc4View{"BOMBING", "ACCOMPLISHED"};

  auto w = [](const TextSpan& s) { return Json::object({{"text", s.text}, {"span", {s.begin, s.end}}}); };
  auto plus = [](Json j, std::initializer_list<std::pair<const char*, Json>> more) {
    for (const auto& [k, v] : more) j[k] = v;
    return j;
  };
  Json e = Json::object();
  e["id"] = r.id;
  e["doc"] = r.doc;
  e["url"] = r.url;
  e["incident"] = 1;
  e["status"] = "reported";
  e["kind"] = "car_bombing";
  e["trigger"] = w(r.trigger);
  e["date"] = plus(Json::object({{"value", "1989-04-12"}, {"precision", "day"}, {"weekday", "Wednesday"}}),
                   {{"text", "Wednesday"}, {"span", {70, 79}}});
  e["location"] = Json::object({{"name", "Medellin"}, {"geonames_id", 3674962}, {"country", "CO"},
                                {"admin1", "Antioquia"}, {"admin2", nullptr}, {"lat", 6.25184}, {"lon", -75.56359},
                                {"precision", 1}, {"site", "the Nutibara hotel"}, {"text", "Medellin"},
                                {"span", {12, 20}}});
  e["time"] = Json::object({{"local", "22:15"}, {"utc", "03:15"}, {"tz", "America/Bogota"}, {"text", "10:15 p.m."},
                            {"span", {90, 100}}});
  e["perpetrators"] = Json::array(
      {plus(w(r.perpetrators[0].words), {{"name", "The Extraditables"}, {"kind", "group"}, {"inter", 2},
                                         {"lexicon_id", "co-extraditables"}, {"country", "CO"}, {"status", "claimed"}}),
       plus(w(r.perpetrators[1].words), {{"name", "urban commandos"}, {"kind", "group"}, {"inter", nullptr},
                                         {"lexicon_id", nullptr}, {"status", "reported"}, {"confidence", 0.5}})});
  e["attackers"] = Json::array({plus(w(r.attackers[0].words), {{"count", 2}}),
                                plus(w(r.attackers[1].words), {{"member_of", "FMLN"}})});
  e["targets"] = Json::array(
      {plus(w(r.targets[0].words), {{"kind", "business"}, {"gtd_target_type", "Business"}}),
       plus(w(r.targets[1].words), {{"kind", "police"}, {"nationality", "CO"}, {"people", true}})});
  e["victims"] = Json::array(
      {plus(w(r.victims[0].words), {{"count", 3}, {"effect", "killed"}}),
       plus(w(r.victims[1].words), {{"name", "Maria Elena Diaz"}, {"effect", nullptr}, {"nationality", "CO"}})});
  e["killed"] = plus(Json::object({{"value", 3}, {"vague", false}}),
                     {{"text", "three policemen"}, {"span", {180, 195}}, {"evidence", Json::array({w(r.victims[0].words)})}});
  e["attackers_killed"] = plus(Json::object({{"value", nullptr}}), {{"text", "one of the attackers"},
                                                                   {"span", {230, 250}}, {"evidence", Json::array()}});
  e["injured"] = nullptr;
  e["weapons"] = Json::array(
      {plus(w(r.weapons[0].words), {{"gtd_weapon_type", "Explosives"}, {"gtd_weapon_subtype", "Vehicle"}}),
       plus(w(r.weapons[1].words), {{"gtd_weapon_type", "Firearms"}, {"gtd_weapon_subtype", nullptr}})});
  e["claims"] = Json::array({plus(w(r.claims[0].words), {{"by", "The Extraditables"}, {"channel", "telephone"}})});
  e["sources"] = Json::array({Json::object({{"speaker", "police"}, {"role", nullptr}, {"org", "National Police"},
                                            {"channel", nullptr}, {"outlet", "AFP"}, {"quote", "it was a massacre"},
                                            {"span", {300, 315}}, {"text", "police told AFP"}})});
  e["confidence"] = 0.85;
  e["acled"] = Json::object({{"event_type", "Explosions/Remote violence"},
                             {"sub_event_type", "Remote explosive/landmine/IED"}, {"actor1", "The Extraditables"},
                             {"assoc_actor_1", nullptr}, {"inter1", 2}, {"actor2", "Police Forces of Colombia"},
                             {"assoc_actor_2", nullptr}, {"inter2", 1}, {"interaction", 12},
                             {"civilian_targeting", nullptr}, {"fatalities", 3}, {"geo_precision", 1},
                             {"time_precision", 1}});
  e["gtd"] = Json::object({{"attack_type", "Bombing/Explosion"}, {"weapon_type", "Explosives"},
                           {"weapon_subtype", "Vehicle"}, {"target_type", "Business"}, {"suicide", false},
                           {"success", true}, {"gname", "The Extraditables"}, {"claimed", true},
                           {"claimmode", "Telephone"}, {"nkill", 3}, {"nkillter", nullptr}, {"nwound", nullptr}});
  e["cameo"] = "183";
  e["plover"] = Json::object({{"event_type", "ASSAULT"}, {"mode", "bombing"}});
  e["muc4"] = Json::object({{"type", "BOMBING"}, {"stage", "ACCOMPLISHED"}});
  EXPECT_EQ(record_json(r), dumped(e));
}

// Rows: a record changed from the bare one -> its JSON line.
TEST(RecordWriter, UnknownValuesAsNullOrEmpty) {
  const std::string tail =
      R"("trigger":{"text":"","span":[0,0]},"date":null,"location":null,"time":null,"perpetrators":[],)"
      R"("attackers":[],"targets":[],"victims":[],"killed":null,"attackers_killed":null,"injured":null,)"
      R"("weapons":[],"claims":[],"sources":[],"confidence":0.3,"acled":null,"gtd":null,"cameo":null,)"
      R"("plover":null,"muc4":null})";
  struct Row {
    void (*change)(Record*);
    std::string expected;
  };
  const std::vector<Row> rows = {
      {[](Record*) {}, R"({"id":"","doc":"d","incident":0,"status":"background","kind":"shooting",)" + tail},
      {[](Record* r) { r->source = "Radio Venceremos"; },
       R"({"id":"","doc":"d","source":"Radio Venceremos","incident":0,"status":"background","kind":"shooting",)" + tail},
      {[](Record* r) { r->title = "Bomb in Quetta\n"; r->incident = 12; },
       R"({"id":"","doc":"d","title":"Bomb in Quetta\n","incident":12,"status":"background","kind":"shooting",)" + tail},
  };
  for (const Row& row : rows) {
    Record r;
    r.doc = "d";
    r.status = "background";
    r.kind = "shooting";
    r.confidence = 0.3;
    row.change(&r);
    EXPECT_EQ(record_json(r), row.expected);
  }
}

// Records are plain values: equal when every field is, so the store can compare them.
TEST(RecordWriter, RecordsCompareByValue) {
  Record x;
  x.doc = "a";
  x.victims.push_back(Victim{words("two soldiers", 5), "", 2, "killed", ""});
  Record y = x;
  EXPECT_EQ(x, y);
  y.victims[0].count = 3;
  EXPECT_NE(x, y);
}

// Whole records: one line each, and re-serialising the parsed record gives the same bytes.
TEST(RecordWriter, PipelineRecordsRoundTrip) {
  const std::vector<std::string> texts = {
      "KABUL, March 3 (Reuters) - A suicide bomber killed 12 people and wounded 30 at a "
      "market in Kandahar on Tuesday, police said. \"It was a massacre,\" a witness told reporters.",
      "LIMA, 12 MAY 89 (EFE) -- [TEXT] SHINING PATH GUERRILLAS DYNAMITED A POWER PYLON IN "
      "HUANCAYO LAST NIGHT, THE POLICE REPORTED. NO CASUALTIES WERE REPORTED.",
      "Gunmen on motorbikes shot dead two aid workers near Maiduguri, Nigeria\xE2\x80\x99s army "
      "said on Friday.\tThe attackers fled.",
  };
  for (const std::string& t : texts) {
    DocumentInput in;
    in.id = "doc\"1";
    in.text = t;
    in.date = "2023-05-12";
    ExtractOptions opt;
    opt.status = StatusFilter::kAll;
    ExtractResult r = test::pipeline().extract(in, opt);
    ASSERT_FALSE(r.records.empty()) << t;
    for (const std::string& line : r.records) {
      EXPECT_EQ(line.find('\n'), std::string::npos);
      Json parsed = Json::parse(line);
      EXPECT_EQ(dumped(parsed), line);
    }
  }
}

}  // namespace
}  // namespace sitrep
