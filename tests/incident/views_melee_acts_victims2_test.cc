// Table tests for the GTD weapon type of acts done by hand with a blade and no weapon word:
// beheadings, decapitations, "hacked to death" are Melee; a named weapon keeps its own type.
// {news text, "gtd attack type / weapon type" of the first record}.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "../support/analyse.h"

namespace sitrep {
namespace {

struct MeleeCase {
  const char* text;
  const char* expected;
};

// Test-only: "ATTACK_TYPE/WEAPON_TYPE" of the first record's GTD view, "no gtd" without one.
std::string gtd_weapon(const std::string& text) {
  ExtractResult r = test::extract_text(text, "2024-01-15", false);
  if (r.records.empty()) return "no record";
  nlohmann::json j = nlohmann::json::parse(r.records.front());
  if (!j["gtd"].is_object()) return "no gtd";
  const nlohmann::json& w = j["gtd"]["weapon_type"];
  return j["gtd"]["attack_type"].get<std::string>() + "/" + (w.is_string() ? w.get<std::string>() : "-");
}

TEST(MeleeActsVictims2, BladeActsAreMelee) {
  const MeleeCase cases[] = {
      {"Militants beheaded a village chief in Cabo Delgado on Monday.", "Armed Assault/Melee"},
      {"Militants decapitated two farmers near Mocimboa da Praia on Monday.", "Armed Assault/Melee"},
      {"Attackers hacked 12 villagers to death in Ituri on Monday.", "Armed Assault/Melee"},
      {"GUERRILLAS BEHEADED TWO PEASANTS IN AYACUCHO YESTERDAY.", "Armed Assault/Melee"},
      // A named weapon keeps its own type.
      {"Gunmen shot dead two farmers in Benue on Monday.", "Armed Assault/Firearms"},
      {"A bomb killed four people at a market in Maiduguri on Monday.", "Bombing/Explosion/Explosives"},
  };
  for (const MeleeCase& c : cases) EXPECT_EQ(gtd_weapon(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
