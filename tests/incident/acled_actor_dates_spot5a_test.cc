// Table tests for the ACLED actors of date-bounded identities and of one state's names
// (test-only): an actor is named as it was at the date its own sentence gives, else at the
// document's date, and the open-ended identity when the text has no date at all; a
// movement's common descriptors ("Amba fighters", "Contra rebels") name it; each state has
// one spelling in every ACLED string. {news text, publication date ("" for none), "ACTOR1 /
// ACTOR2" of the first record with an ACLED view}.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/render.h"

namespace sitrep {
namespace {

struct ActorCase {
  const char* text;
  const char* date;
  const char* expected;
};

TEST(AcledActorDatesSpot5a, TheActorOfTheEventsOwnDate) {
  const ActorCase cases[] = {
      {"On 12 April 2024, RSF fighters killed 20 villagers in North Darfur.", "",
       "Rapid Support Forces / Civilians (Sudan)"},
      {"In June 2019, RSF troops shot dead dozens of protesters in Khartoum.", "2024-06-20",
       "Protesters (Sudan) / Military Forces of Sudan (2019-) Rapid Support Forces"},
      {"On 3 March 2019, Taliban fighters killed two soldiers in Kandahar.", "2024-06-20",
       "Taliban / Military Forces of Afghanistan"},
      {"On 14 June 2019, Taliban fighters attacked a police checkpoint in Ghazni, killing six policemen.", "",
       "Taliban / Police Forces of Afghanistan"},
      // A group disbanded since is still named for its own years.
      {"The IRA bombed Manchester city centre in June 1996, injuring more than 200 people.", "2024-06-20",
       "PIRA: Provisional Irish Republican Army / Civilians"},
      {"ETA GUNMEN KILLED A POLICEMAN IN BILBAO ON 12 MAY 1995.", "2024-06-20",
       "ETA: Basque Homeland and Freedom / Police Forces of Spain"},
      // No date at all: the identity that holds now.
      {"RSF fighters killed 20 villagers in North Darfur on Monday.", "", "Rapid Support Forces / Civilians (Sudan)"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::acled_actors(c.text, c.date, true), c.expected) << c.text;
}

TEST(AcledActorDatesSpot5a, DescriptorsOfAMovement) {
  const ActorCase cases[] = {
      {"Amba fighters abducted five students in Buea on Monday.", "2024-06-20",
       "Ambazonian Separatists / Civilians (Cameroon)"},
      {"Suspected Amba boys torched a school in Bamenda on Sunday.", "2019-02-12",
       "Ambazonian Separatists / Civilians (Cameroon)"},
      {"CONTRA REBELS ATTACKED A FARMING COOPERATIVE IN JINOTEGA YESTERDAY, KILLING SIX PEASANTS.", "1987-05-10",
       "Contras / Civilians (Nicaragua)"},
      {"Contra rebels ambushed a truck near Matagalpa on Friday, killing three reservists.", "1985-03-02",
       "Contras / Military Forces of Nicaragua"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::acled_actors(c.text, c.date, true), c.expected) << c.text;
}

TEST(AcledActorDatesSpot5a, OneSpellingPerState) {
  const ActorCase cases[] = {
      {"Turkish troops shelled a village near Afrin on Monday, killing two civilians.", "2024-06-20",
       "Military Forces of Turkey / Civilians (Syria)"},
      {"The PKK killed two soldiers in Hakkari on Sunday.", "2024-06-20",
       "PKK: Kurdistan Workers Party / Military Forces of Turkey"},
      {"Gunmen killed three civilians in Diyarbakir on Tuesday.", "2016-05-10",
       "Unidentified Armed Group (Turkey) / Civilians (Turkey)"},
      {"Gunmen killed two American aid workers in Herat on Monday.", "2008-08-13",
       "Unidentified Armed Group (Afghanistan) / Civilians (United States)"},
      {"British troops killed two insurgents in Helmand on Friday.", "2009-07-10",
       "Military Forces of the United Kingdom / Unidentified Armed Group (Afghanistan)"},
      {"Gunmen killed 14 people in eastern Congo on Sunday.", "2024-06-20",
       "Unidentified Armed Group (Democratic Republic of Congo) / Civilians (Democratic Republic of Congo)"},
      {"Congo Republic troops killed five Ninja rebels in the Pool region on Saturday.", "2017-05-02",
       "Military Forces of Republic of the Congo / Unidentified Armed Group (Republic of the Congo)"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::acled_actors(c.text, c.date, true), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
