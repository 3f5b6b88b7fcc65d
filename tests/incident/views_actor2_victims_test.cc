// Table tests for ACLED actor2 when the side struck is a state's forces: their own
// nationality names the state ("two Turkish soldiers" in Iraq are Turkey's), soldiers in a
// vehicle struck are the side (not the vehicle's civilians), a group's home state stands in
// when no country is told, and with no country at all no bare "Military Forces" is written.
// {news text, "ACTOR1 / ACTOR2" of the first record with an ACLED view}.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/render.h"

namespace sitrep {
namespace {

struct Actor2Case {
  const char* text;
  const char* date;
  const char* expected;
};

TEST(ViewsActor2Victims, ServicemenInAVehicleStruck) {
  const Actor2Case cases[] = {
      {"SIX U.S. SOLDIERS WERE WOUNDED WHEN A GRENADE WAS HURLED AT THEIR VEHICLE IN LA CEIBA YESTERDAY.", "1989-10-04",
       "- / Military Forces of the United States"},
      {"Two French soldiers were wounded when a mine hit their armoured vehicle near Gao on Tuesday.", "2019-11-06",
       "- / Military Forces of France"},
      {"Gunmen killed two policemen when they opened fire on their patrol car in Kandahar on Monday.", "2024-06-20",
       "Unidentified Armed Group (Afghanistan) / Police Forces of Afghanistan"},
      // Civilians killed at a base leave the base's forces the side struck.
      {"Militants attacked an army base near Kidal, killing two civilians on Monday.", "2024-06-20",
       "Unidentified Armed Group (Mali) / Military Forces of Mali"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::acled_actors(c.text, c.date, true), c.expected) << c.text;
}

TEST(ViewsActor2Victims, NoBareStateBody) {
  const Actor2Case cases[] = {
      {"The Pakistani Taliban killed two soldiers in a roadside bombing on Monday.", "2024-06-20",
       "TTP: Tehreek-i-Taliban Pakistan / Military Forces of Pakistan"},
      {"Militants killed 70 soldiers in an attack on a remote outpost on Friday.", "2024-06-20",
       "Unidentified Armed Group / -"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::acled_actors(c.text, c.date, true), c.expected) << c.text;
}

// A rank word of an armed group's people ("commander") names the group's member.
TEST(ViewsActor2Victims, GroupCommandersAreTheGroup) {
  const Actor2Case cases[] = {
      {"An Israeli airstrike killed a senior Hamas commander in Gaza City on Monday.", "2024-06-20",
       "Military Forces of Israel / Hamas Movement"},
      {"TROOPS KILLED TWO ELN COMMANDERS IN A CLASH NEAR SARAVENA YESTERDAY.", "1991-03-05",
       "Military Forces of Colombia / ELN: National Liberation Army"},
      // A state's soldiers stay its forces.
      {"A roadside bomb killed three Colombian soldiers in Putumayo on Sunday.", "2001-05-14",
       "- / Military Forces of Colombia"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::acled_actors(c.text, c.date, true), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
