// Table tests for counted nouns of the dead: "recovered 26 bodies", "caused 12 deaths", "40
// fatalities" name the dead with a number right before them; uncounted ("the deaths shocked
// the town") they name nobody, and "casualties" (the wounded too) is no death toll.
// {news text, record_casualties of the first record}.
#include <gtest/gtest.h>

#include "../support/render.h"

namespace sitrep {
namespace {

struct CountedDeadCase {
  const char* text;
  const char* expected;
};

TEST(CountedDead, NumberBeforeANounOfTheDead) {
  const CountedDeadCase cases[] = {
      {"AT LEAST 26 BODIES HAD BEEN RECOVERED FROM THE RUBBLE AFTER THE BOMBING OF THE HOTEL, POLICE SAID.",
       "killed=26 injured=- names="},
      {"Police found a mass grave containing 40 bodies near the site of Sunday's massacre in Ituri.",
       "killed=40 injured=- names="},
      {"The car bombing caused 12 fatalities in Mogadishu on Monday.", "killed=12 injured=- names="},
      {"The rebel attack on the convoy near Goma left 17 deaths, officials said.", "killed=17 injured=- names="},
      // No number, or a word that counts the wounded too: no death toll.
      {"The bombing of the market in Peshawar caused 30 casualties on Friday.", "killed=- injured=- names="},
  };
  for (const CountedDeadCase& c : cases) EXPECT_EQ(test::record_casualties(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
