// Table tests for the ACLED view's actor names: state forces named by a nationality or by a
// common noun are the country's forces ("Military Forces of X", "Police Forces of X"), and
// armed people killed by others are an armed group, not civilians. {news text, "ACTOR1 /
// ACTOR2" of the first record with an ACLED view}.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/render.h"

namespace sitrep {
namespace {

struct ActorCase {
  const char* text;
  const char* expected;
};

TEST(ViewsActors, StateForcesAndArmedVictims) {
  const ActorCase cases[] = {
      {"Israeli troops shot dead a Palestinian man at a checkpoint near Hebron on Monday.",
       "Military Forces of Israel / Civilians (Palestine)"},
      {"Pakistani troops killed five militants in a raid in North Waziristan on Sunday.",
       "Military Forces of Pakistan / Unidentified Armed Group (Pakistan)"},
      {"Troops killed 12 Boko Haram fighters in an ambush near Bama on Wednesday.",
       "Military Forces of Nigeria / Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"},
      {"Police arrested 15 opposition supporters in Harare on Monday.", "Police Forces of Zimbabwe / -"},
      // Armed men of no state stay an unidentified group; their victims civilians.
      {"Gunmen killed 12 villagers in Zamfara state on Tuesday.",
       "Unidentified Armed Group (Nigeria) / Civilians (Nigeria)"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::acled_actors(c.text, "2024-06-20", false), c.expected) << c.text;
}

// With no place told, no country is known: the state body is not named at all (ACLED names
// every state body by its state), never "Military Forces" alone nor "Military Forces of "
// with nothing after it.
TEST(ViewsActors, NoCountryNoDanglingName) {
  const ActorCase cases[] = {
      {"Some 25 soldiers were killed in the attack on Saturday, the army said.", "- / -"},
      {"TWO SOLDIERS WERE KILLED WHEN GUERRILLAS AMBUSHED THEIR PATROL YESTERDAY.", "Unidentified Armed Group / -"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::acled_actors(c.text, "2024-06-20", false), c.expected) << c.text;
}

// A crowd is no armed group: protesters are "Protesters (X)", rioters and mobs "Rioters (X)";
// civilians who clash with state forces riot against them.
TEST(ViewsActors, CrowdsAreProtestersOrRioters) {
  const ActorCase cases[] = {
      {"Thousands of protesters marched in Nairobi on Tuesday against the finance bill.", "Protesters (Kenya) / -"},
      {"Supporters of the opposition clashed with police in Conakry on Monday.",
       "Rioters (Guinea) / Police Forces of Guinea"},
      {"STUDENTS CLASHED WITH RIOT POLICE IN LA PAZ YESTERDAY, INJURING 12 PEOPLE.",
       "Rioters (Bolivia) / Police Forces of Bolivia"},
      {"Villagers clashed with soldiers in Kasese on Friday, leaving two dead.",
       "Rioters (Uganda) / Military Forces of Uganda"},
      {"Demonstrators torched a police station in Kisumu on Wednesday.", "Rioters (Kenya) / Police Forces of Kenya"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::acled_actors(c.text, "2024-06-20", false), c.expected) << c.text;
}

// A battle has two armed sides: the state's forces named in the act's sentence are the
// other side of an armed group, and the dead are combatants, not civilians.
TEST(ViewsActors, BattlesHaveTwoArmedSides) {
  const ActorCase cases[] = {
      {"Troops clashed with Boko Haram fighters near Bama on Monday, leaving 12 dead.",
       "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad / Military Forces of Nigeria"},
      {"Fighting broke out between the army and Fano militiamen in Gondar on Tuesday.",
       "Fano / Military Forces of Ethiopia"},
      {"SOLDIERS EXCHANGED FIRE WITH FARC GUERRILLAS IN CAUCA YESTERDAY.",
       "FARC: Revolutionary Armed Forces of Colombia / Military Forces of Colombia"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::acled_actors(c.text, "2024-06-20", false), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
