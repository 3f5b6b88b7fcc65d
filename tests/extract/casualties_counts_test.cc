// Table tests for counted groups in the commonest toll sentences of conflict news: a count
// opened by "at least" or "more than" before its people word, "N others" / "N more", and
// an elliptical "and three wounded" before a clause of its own ("when gunmen attacked").
// {news text, the first record's casualties and victims, and its ACLED sub-event}.
#include <gtest/gtest.h>

#include "../support/analyse.h"
#include "../support/render.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct CountCase {
  const char* text;
  const char* victims;
  const char* acled;
};

// The first record's casualties and victims (render.h): "killed=N injured=N names=...
// victims=WORDS:EFFECT|...".
std::string first_victims(const std::string& text) {
  return test::record_casualties(text, false, "2024-06-20") + " victims=" + test::record_victims(text, true, "2024-06-20");
}

// The people word after an opened count names the group: "killed at least 12 villagers"
// are civilians, so the act is an attack on civilians, not a battle.
TEST(CountedGroups, OpenedCountKeepsItsPeopleWord) {
  const CountCase cases[] = {
      {"Gunmen killed at least 12 villagers in Zamfara state on Tuesday.", "killed=12 injured=- names= victims=at least 12 villagers:killed",
       "Attack (kind shooting, trigger killed)"},
      {"Suspected jihadists killed more than 30 civilians in an attack on a market near Djibo on Sunday.",
       "killed=30 injured=- names= victims=more than 30 civilians:killed", "Attack (kind attack, trigger attack)"},
      {"AN ARMY PATROL KILLED AT LEAST 8 PEASANTS IN THE VILLAGE OF EL JUNQUILLO ON FRIDAY.",
       "killed=8 injured=- names= victims=AT LEAST 8 PEASANTS:killed", "Attack (kind attack, trigger KILLED)"},
      // A count with no people word after it stays a bare count.
      {"A roadside bomb killed at least 12 in Kandahar on Monday.", "killed=12 injured=- names= victims=at least 12:killed",
       "Remote explosive/landmine/IED (kind ied, trigger roadside bomb)"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(first_victims(c.text), c.victims) << c.text;
    EXPECT_EQ(test::first_acled_type(c.text, "2024-06-20"), c.acled) << c.text;
  }
}

// "Two soldiers were killed and three others were wounded": further people counted apart.
// "Two policemen were killed and three wounded when gunmen attacked a patrol": the clause
// after "when" tells the act; it names no victim.
TEST(CountedGroups, FurtherPeopleAndEllipticalCounts) {
  const CountCase cases[] = {
      {"Two soldiers were killed and three others were wounded in the attack near Mopti.",
       "killed=2 injured=3 names= victims=Two soldiers:killed|three others:injured", ""},
      {"A policeman died in the blast in Quetta and two more died later in hospital.",
       "killed=3 injured=- names= victims=A policeman:killed|two more:killed", ""},
      {"Two policemen were killed and three wounded when gunmen attacked a patrol in Karachi last night.",
       "killed=2 injured=3 names= victims=Two policemen:killed|three:injured", ""},
      {"TWO POLICEMEN WERE KILLED AND THREE WOUNDED WHEN THE PATROL WAS AMBUSHED NEAR AYACUCHO.",
       "killed=2 injured=3 names= victims=TWO POLICEMEN:killed|THREE:injured", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(first_victims(c.text), c.victims) << c.text;
}

}  // namespace
}  // namespace sitrep
