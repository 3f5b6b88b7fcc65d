// sitrep records -> GTT templates and MUC-4's scope (src/eval/record_view.h).
#include "eval/record_view.h"

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

using nlohmann::json;

TEST(MucScope, OutOnlyWhenPlacedElsewhereAndNotInTheNine) {
  struct Case {
    const char* name;
    json record;
    bool in;
  } cases[] = {
      {"nothing places it", json::parse(R"({"location": null, "perpetrators": []})"), true},
      {"location in Colombia", json::parse(R"({"location": {"country": "CO"}})"), true},
      {"location in the US", json::parse(R"({"location": {"country": "US"}})"), false},
      {"US location, Salvadoran perpetrator", json::parse(R"({"location": {"country": "US"}, "perpetrators": [{"country": "SV"}]})"), true},
      {"Mexican location, Peruvian victim", json::parse(R"({"location": {"country": "MX"}, "victims": [{"nationality": "PE"}]})"), true},
      {"Chilean target abroad", json::parse(R"({"location": {"country": "AR"}, "targets": [{"nationality": "US"}]})"), true},
      {"only a US target", json::parse(R"({"location": {"country": null}, "targets": [{"nationality": "US"}]})"), false},
      {"Spanish perpetrator, no place", json::parse(R"({"perpetrators": [{"country": "ES"}]})"), false},
  };
  for (const Case& c : cases) EXPECT_EQ(in_muc_scope(c.record), c.in) << c.name;
}

TEST(GttRecordTemplate, RolesFromTheRecord) {
  json record = json::parse(R"({
    "status": "threatened", "muc4": {"type": "BOMBING", "stage": "THREATENED"},
    "location": {"country": "SV"},
    "attackers": [{"text": "urban guerrillas"}, {"text": "the urban guerrillas"}],
    "perpetrators": [{"text": "FMLN", "name": "Farabundo Marti National Liberation Front"}],
    "targets": [{"text": "power station", "kind": "infrastructure"}],
    "victims": [{"text": "a soldier"}, {"text": "Jose Perez", "name": "Jose Perez"}],
    "weapons": [{"text": "dynamite", "gtd_weapon_type": "Explosives"}]
  })");
  std::optional<GttTemplate> t = gtt_template_from_record(record);
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->incident_type, "bombing");
  EXPECT_EQ(t->entities[0], std::vector<GttEntity>({{"urban guerrillas"}}));  // the repeat counts once
  EXPECT_EQ(t->entities[1], std::vector<GttEntity>({{"FMLN"}}));              // the words, not the name
  EXPECT_EQ(t->entities[2], std::vector<GttEntity>({{"power station"}}));
  EXPECT_EQ(t->entities[3], std::vector<GttEntity>({{"Jose Perez"}}));  // named victims only
  EXPECT_EQ(t->entities[4], std::vector<GttEntity>({{"dynamite"}}));
  // MUC-4 has no instrument slot for arson and kidnapping.
  for (const char* type : {"ARSON", "KIDNAPPING"}) {
    record["muc4"]["type"] = type;
    t = gtt_template_from_record(record);
    ASSERT_TRUE(t.has_value());
    EXPECT_TRUE(t->entities[4].empty()) << type;
    EXPECT_EQ(t->entities[1], std::vector<GttEntity>({{"FMLN"}})) << type;
  }
}

TEST(GttRecordTemplate, WhichRecordsCount) {
  EXPECT_FALSE(gtt_template_from_record(json::parse(R"({"muc4": null, "location": {"country": "CO"}})")));
  EXPECT_FALSE(gtt_template_from_record(json::parse(R"({"muc4": {"type": "ATTACK"}, "location": {"country": "AF"}})")));
  EXPECT_TRUE(gtt_template_from_record(json::parse(R"({"muc4": {"type": "ATTACK"}})")));
  // Malformed records score as predicting less, never throw.
  EXPECT_FALSE(gtt_template_from_record(json::parse(R"([1, 2])")));
  std::optional<GttTemplate> odd = gtt_template_from_record(json::parse(R"({"muc4": {"type": 3}, "attackers": "x", "victims": [{"name": 5}]})"));
  ASSERT_TRUE(odd.has_value());
  EXPECT_EQ(odd->incident_type, "attack");  // as eval.py reads a type that is not a string
  EXPECT_TRUE(odd->entities[0].empty() && odd->entities[3].empty());
  std::vector<json> records = {json::parse(R"({"muc4": {"type": "ATTACK"}})"), json::parse(R"({"muc4": null})"),
                               json::parse(R"({"muc4": {"type": "ARSON"}})")};
  std::vector<GttTemplate> ts = gtt_templates_from_records(records);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[1].incident_type, "arson");
}

}  // namespace
}  // namespace sitrep::eval
