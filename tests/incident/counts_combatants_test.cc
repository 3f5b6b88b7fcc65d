// Table tests for armed people killed by others ("troops killed 12 militants"): they are the
// act's victims and, when the record names no other target, its target, of GTD's type
// "Terrorists/Non-State Militia" (an armed side, not civilians), so the codebooks code the
// act as combat. {news text, the first record's "targets | ACLED sub-event type"}.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct CombatantCase {
  const char* text;
  const char* expected;
};

// "TEXT:KIND:GTD_TARGET_TYPE,... | ACLED sub-event type" of the first record.
std::string targets_and_acled(const std::string& text) {
  ExtractResult r = test::extract_text(text, "2024-01-15", true);
  if (r.records.empty()) return "no record";
  nlohmann::json j = nlohmann::json::parse(r.records.front());
  std::string out;
  for (const auto& t : j["targets"]) {
    if (!out.empty()) out += ",";
    out += t["text"].get<std::string>() + ":" + t["kind"].get<std::string>() + ":" +
           (t.contains("gtd_target_type") ? t["gtd_target_type"].get<std::string>() : "");
  }
  return out + " | " + (j["acled"].is_object() ? j["acled"]["sub_event_type"].get<std::string>() : "-");
}

TEST(CountsCombatants, ArmedPeopleKilledAreAnArmedTarget) {
  const CombatantCase cases[] = {
      {"Soldiers killed 12 militants in a raid near Bannu on Sunday, the army said.",
       "12 militants:other:Terrorists/Non-State Militia | Armed clash"},
      {"COLOMBIAN TROOPS KILLED SEVEN GUERRILLAS IN A CLASH NEAR FLORENCIA ON 4 MAY 1990.",
       "SEVEN GUERRILLAS:other:Terrorists/Non-State Militia | Armed clash"},
      {"Gunmen killed four farmers in an attack on a village near Mopti on Monday.",
       "four farmers:civilians: | Attack"},
  };
  for (const auto& c : cases) EXPECT_EQ(targets_and_acled(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
