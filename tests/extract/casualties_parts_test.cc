// Table tests for counted groups and their parts: a partitive or a share told of a group
// ("10 of them", "mostly women") is part of it, not one more group; relatives listed after
// a named victim without their names are people of their own; a toll update told with the
// act it counts ("the death toll from Sunday's bombing ... has risen to 23") replaces the
// figure; a group's words end before a subordinate clause ("as he left"); a speaker named
// after a toll ("regional governor X said") is no victim. {news text, what the first
// incident record says}.
#include <gtest/gtest.h>

#include "../support/analyse.h"
#include "../support/render.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct PartsCase {
  const char* text;
  const char* expected;
};

// The first record's casualties (render.h) and its victims' words, "|"-separated.
std::string casualties_and_victims(const std::string& text) {
  std::string out = test::record_casualties(text);
  return out == "no record" ? out : out + " victims=" + test::record_victims(text, false);
}

void check(const PartsCase& c) { EXPECT_EQ(casualties_and_victims(c.text), c.expected) << c.text; }

TEST(CasualtyParts, PartitivesAndShares) {
  const PartsCase cases[] = {
      {"The blast wounded 40 people, 10 of them critically, at a bus station in Quetta.",
       "killed=- injured=40 names= victims=40 people"},
      {"Gunmen killed 12 people, eight of them soldiers, in an attack near Gao on Monday.",
       "killed=12 injured=- names= victims=12 people"},
      {"Twenty people, mostly women and children, were killed when gunmen attacked the village of Zike on Sunday.",
       "killed=20 injured=- names= victims=Twenty people"},
      {"AT LEAST 30 PEASANTS, MOST OF THEM WOMEN, WERE KILLED IN THE MASSACRE AT EL MOZOTE IN 1981.",
       "killed=30 injured=- names= victims=30 PEASANTS"},
  };
  for (const auto& c : cases) check(c);
}

TEST(CasualtyParts, RelativesAfterANamedVictim) {
  const PartsCase cases[] = {
      {"Gunmen killed Juan Perez, his wife and their two children in Tumaco on Monday.",
       "killed=4 injured=- names=Juan Perez victims=Juan Perez|his wife|their two children"},
      {"Suspected hitmen killed activist Maria Lopez and her son outside their home in Cucuta.",
       "killed=2 injured=- names=Maria Lopez victims=activist Maria Lopez|her son"},
  };
  for (const auto& c : cases) check(c);
}

TEST(CasualtyParts, TollUpdateWithItsAct) {
  const PartsCase cases[] = {
      {"The death toll from Sunday's bombing of a church in Kaduna has risen to 23, police said.",
       "killed=23 injured=- names= victims="},
      {"THE DEATH TOLL IN THE ATTACK ON THE VILLAGE OF TAWA ROSE TO 17 YESTERDAY.",
       "killed=17 injured=- names= victims="},
  };
  for (const auto& c : cases) check(c);
}

TEST(CasualtyParts, GroupEndsAtAClause) {
  const PartsCase cases[] = {
      {"Gunmen shot dead the mayor of Tierralta as he left his office on Thursday.",
       "killed=1 injured=- names= victims=the mayor of Tierralta"},
      {"A drone hit a residential building in Odesa, killing two people and injuring five, regional governor "
       "Oleh Kiper said.",
       "killed=2 injured=5 names= victims=two people|five"},
  };
  for (const auto& c : cases) check(c);
}

}  // namespace
}  // namespace sitrep
