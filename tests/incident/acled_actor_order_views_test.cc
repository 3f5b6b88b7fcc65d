// Table tests for the ACLED view's actor order and names (test-only): demonstrators are actor
// 1 of every Protests event and the force that intervened actor 2; a disrupted weapons use is
// the act of the force that defused or foiled it, against the group that planted the device;
// militias are no state force; herders who kill are a community's militia. {news text,
// "ACTOR1 / ACTOR2" of the first record with an ACLED view}.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/analyse.h"

namespace sitrep {
namespace {

struct ActorOrderCase {
  const char* text;
  const char* expected;
};

std::string acled_pair(const std::string& text) {
  for (const std::string& line : test::extract_text(text, "2024-06-20", true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (r["acled"].is_null()) continue;
    auto name = [&](const char* k) {
      return r["acled"][k].is_null() ? std::string("-") : r["acled"][k].get<std::string>();
    };
    return name("actor1") + " / " + name("actor2");
  }
  return "no ACLED record";
}

TEST(AcledActorOrderViews, ProtestersFirstForceSecond) {
  const ActorOrderCase cases[] = {
      {"Riot police fired tear gas at hundreds of protesters in Dakar on Friday.",
       "Protesters (Senegal) / Police Forces of Senegal"},
      {"Soldiers opened fire on demonstrators in Yangon on Sunday, killing three people.",
       "Protesters (Myanmar) / Military Forces of Myanmar"},
      {"POLICE FIRED TEAR GAS AT STUDENTS PROTESTING IN SANTIAGO YESTERDAY.",
       "Protesters (Chile) / Police Forces of Chile"},
      // A peaceful protest has no second side.
      {"Thousands of teachers protested in La Paz on Monday over unpaid wages.", "Protesters (Bolivia) / -"},
  };
  for (const auto& c : cases) EXPECT_EQ(acled_pair(c.text), c.expected) << c.text;
}

TEST(AcledActorOrderViews, DisruptingForceFirstPlanterSecond) {
  const ActorOrderCase cases[] = {
      {"Soldiers defused a bomb planted by militants near a market in Maiduguri on Monday.",
       "Military Forces of Nigeria / Unidentified Armed Group (Nigeria)"},
      {"Police in Peshawar defused an IED planted by unknown attackers near a school on Tuesday.",
       "Police Forces of Pakistan / Unidentified Armed Group (Pakistan)"},
  };
  for (const auto& c : cases) EXPECT_EQ(acled_pair(c.text), c.expected) << c.text;
}

TEST(AcledActorOrderViews, MilitiasAreNoStateForce) {
  const ActorOrderCase cases[] = {
      {"Militias attacked a village near Bunia on Tuesday, killing 22 civilians.",
       "Unidentified Armed Group (Democratic Republic of Congo) / Civilians (Democratic Republic of Congo)"},
      {"An ethnic militia killed nine villagers in Jonglei state on Sunday.",
       "Unidentified Communal Militia (South Sudan) / Civilians (South Sudan)"},
      {"A LOCAL MILITIA KILLED SEVEN CIVILIANS IN BENI YESTERDAY.",
       "Unidentified Armed Group (Democratic Republic of Congo) / Civilians (Democratic Republic of Congo)"},
      // Militiamen attacked are no state force either.
      {"Al-Shabaab fighters killed four members of a clan militia near Beledweyne on Sunday.",
       "Al Shabaab / Unidentified Communal Militia (Somalia)"},
      {"JIHADISTS KILLED THREE MEMBERS OF A SELF-DEFENSE GROUP NEAR DJIBO ON FRIDAY.",
       "Unidentified Armed Group (Burkina Faso) / Unidentified Armed Group (Burkina Faso)"},
  };
  for (const auto& c : cases) EXPECT_EQ(acled_pair(c.text), c.expected) << c.text;
}

TEST(AcledActorOrderViews, HerdersWhoKillAreACommunalMilitia) {
  const ActorOrderCase cases[] = {
      {"Herders killed 14 farmers in Guma, Benue state, on Saturday.",
       "Unidentified Communal Militia (Nigeria) / Civilians (Nigeria)"},
      {"Armed herdsmen attacked a village in South Darfur on Monday, killing 11 people.",
       "Unidentified Communal Militia (Sudan) / Civilians (Sudan)"},
      {"Fulani herders killed six villagers near Mopti on Monday.", "Fulani Ethnic Militia (Mali) / Civilians (Mali)"},
      {"Armed Lou Nuer youths attacked a village in Jonglei state on Sunday, killing 30 people.",
       "Lou Nuer Ethnic Militia (South Sudan) / Civilians (South Sudan)"},
      // Herders killed by others are their victims.
      {"Five herders were killed by soldiers in Plateau state on Monday.",
       "Military Forces of Nigeria / Civilians (Nigeria)"},
  };
  for (const auto& c : cases) EXPECT_EQ(acled_pair(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
