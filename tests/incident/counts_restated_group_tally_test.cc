// Table for victims told twice: a person named once with two casualty words ("the murder
// of X, who was killed"), an ordinal apposition that places the victim in a series ("the
// third media worker killed this year"), a commander's "our men" restating the soldiers
// the lead counts; and attackers "neutralised", the Sahel and Nigerian armies' word for
// killed. {news text, publication date, "killed=N injured=N attackers=N names=..." of the
// first record}.
#include <gtest/gtest.h>

#include "../support/render.h"

#include <string>

namespace sitrep {
namespace {

struct RestatedGroupCase {
  const char* text;
  const char* date;
  const char* casualties;
};

const RestatedGroupCase kCases[] = {
    // One person, two casualty words.
    {"Rights groups condemned the murder of trade unionist Jorge Salcedo, who was killed in Barrancabermeja on "
     "Saturday.",
     "2001-03-12", "killed=1 injured=- attackers=- names=Jorge Salcedo"},
    {"THE GOVERNMENT CONDEMNED THE ASSASSINATION OF MAYOR PABLO QUISPE, WHO WAS SHOT DEAD IN AYACUCHO ON MONDAY.",
     "1989-05-10", "killed=1 injured=- attackers=- names=PABLO QUISPE"},
    // An ordinal apposition counts the victim among others, not beside him.
    {"Gunmen shot dead a radio presenter in Cebu on Monday, the fourth journalist killed in the Philippines this "
     "year.",
     "2017-08-15", "killed=1 injured=- attackers=- names="},
    {"A mayor was murdered in Michoacan on Friday, the second mayor slain in the state since January.", "2023-06-20",
     "killed=1 injured=- attackers=- names="},
    // "our men": the soldiers the lead counts.
    {"Jihadists killed 15 soldiers in an ambush near Djibo on Thursday. \"Fifteen of our men were killed,\" an "
     "army officer said.",
     "2022-11-26", "killed=15 injured=- attackers=- names="},
    // Two groups of one figure in different words of different kinds stay two.
    {"Rebels killed four soldiers and four villagers near Beni on Monday.", "2020-02-11",
     "killed=8 injured=- attackers=- names="},
    // "neutralised": attackers killed.
    {"Soldiers repelled an attack on a base in Diffa on Sunday. About 30 assailants were neutralised, the army said.",
     "2020-04-01", "killed=- injured=- attackers=30 names="},
};

class CountsRestatedGroup : public testing::TestWithParam<RestatedGroupCase> {};

TEST_P(CountsRestatedGroup, CountedOnce) {
  const RestatedGroupCase& c = GetParam();
  EXPECT_EQ(test::record_casualties(c.text, true, c.date), c.casualties) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, CountsRestatedGroup, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
