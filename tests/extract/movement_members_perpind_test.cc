// Table tests for members and units of an armed movement or a gang named by a common noun
// ("guerrilla members", "members of a drug gang", "a militant cell"): they are its people, as
// "FMLN members" are the FMLN's (MUC-4 PERP: INDIVIDUAL ID "GUERRILLA COLUMN", "EPL UNIT").
// Members of anything else are no doers. Rendered as in roles_test.cc: perps= | att= | tgt= |
// wpn= | claims=.
#include <gtest/gtest.h>

#include "../support/render.h"

#include <string>

namespace sitrep {
namespace {

struct MembersCase {
  const char* text;
  const char* date;
  const char* expected;
};

class MovementMembers : public ::testing::TestWithParam<MembersCase> {};

TEST_P(MovementMembers, Extracts) {
  EXPECT_EQ(test::record_roles(GetParam().text, GetParam().date), GetParam().expected) << GetParam().text;
}

const MembersCase kMembersCases[] = {
    // Members named before or after the movement's common noun.
    {"SAN SALVADOR, 12 NOV 89 -- URBAN GUERRILLA MEMBERS ENTERED THE HOUSE OF A JUDGE AND SHOT HIM.", "1989-11-12",
     "perps= | att=URBAN GUERRILLA MEMBERS | tgt=A JUDGE:government | wpn= | claims="},
    {"LIMA, 3 MAY 90 -- MEMBERS OF A GUERRILLA COLUMN KILLED THREE PEASANTS IN HUANTA.", "1990-05-03",
     "perps= | att=MEMBERS OF A GUERRILLA COLUMN | tgt=THREE PEASANTS:civilians | wpn= | claims="},
    {"Members of a drug gang kidnapped two businessmen in Culiacan on Friday.", "2011-09-02",
     "perps=drug gang:reported:? | att=Members of a drug gang | tgt=two businessmen:business | wpn= | claims="},
    // A unit beside the movement's word: the word modifies the unit, which is the phrase's head.
    {"CAIRO, April 2 (AP) - Members of a militant cell blew up a gas pipeline in northern Sinai on Sunday.",
     "2012-04-02", "perps= | att=a militant cell | tgt=gas pipeline:infrastructure | wpn= | claims="},
    // Members of a family or a party are no doers.
    {"Relatives said members of the victim's family were at home when gunmen stormed the house in Kano.", "2013-05-01",
     "perps= | att=gunmen | tgt=house:civilians | wpn= | claims="},
};

INSTANTIATE_TEST_SUITE_P(Table, MovementMembers, ::testing::ValuesIn(kMembersCases));

}  // namespace
}  // namespace sitrep
