// Table tests for the GTD view's target and attack types of attacks on people (test-only):
// GTD codes a target type for every incident, people included (soldiers: Military, a
// journalist: Journalists & Media; victims with no target named: Private Citizens &
// Property), and an act that killed people with no device named is an Armed Assault, not
// Unknown. {news text, "ATTACK_TYPE / TARGET_TYPE" of the first record with a GTD view}.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/analyse.h"

namespace sitrep {
namespace {

struct GtdPeopleCase {
  const char* text;
  const char* expected;
};

std::string gtd_types(const std::string& text) {
  for (const std::string& line : test::extract_text(text, "2024-06-20", true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (r["gtd"].is_null()) continue;
    auto get = [&](const char* k) { return r["gtd"][k].is_null() ? std::string("-") : r["gtd"][k].get<std::string>(); };
    return get("attack_type") + " / " + get("target_type");
  }
  return "no GTD record";
}

TEST(GtdPeopleTargetViews, PeopleHaveATargetType) {
  const GtdPeopleCase cases[] = {
      {"Militants shot dead four soldiers in Kunar province on Friday.", "Armed Assault / Military"},
      {"GUERRILLAS KILLED SIX POLICEMEN IN AYACUCHO YESTERDAY.", "Armed Assault / Police"},
      {"Unknown assailants shot dead a journalist in Tijuana on Monday.", "Armed Assault / Journalists & Media"},
      {"Gunmen killed a dozen villagers in Zamfara on Monday.", "Armed Assault / Private Citizens & Property"},
      // Victims and no target: private citizens.
      {"A suicide bomber killed 25 people in Baghdad on Thursday.", "Bombing/Explosion / Private Citizens & Property"},
  };
  for (const auto& c : cases) EXPECT_EQ(gtd_types(c.text), c.expected) << c.text;
}

TEST(GtdPeopleTargetViews, KillingWithNoDeviceIsArmedAssault) {
  const GtdPeopleCase cases[] = {
      {"Militants attacked a village in Borno on Monday, killing 28 people.",
       "Armed Assault / Private Citizens & Property"},
      {"Rebels raided a village in North Kivu on Sunday, killing 12 civilians.",
       "Armed Assault / Private Citizens & Property"},
      // No one harmed, no means named: GTD's Unknown stays.
      {"Militants attacked a police post in Dera Ismail Khan on Monday.", "Unknown / Police"},
  };
  for (const auto& c : cases) EXPECT_EQ(gtd_types(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
