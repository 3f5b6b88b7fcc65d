// Table tests for the doer named after "by" of a passive act: a name of the actor lexicon
// after its article ("killed by the Peruvian army"), a place or time set off by commas between
// the participle and "by" ("was attacked in Tumaco, 200 km from Cali, by an individual"), and
// group acronyms that are no English words in all-caps wire copy ("BY EPL MEMBERS"). Rendered
// as in roles_test.cc: perps= | att= | tgt= | wpn= | claims=.
#include <gtest/gtest.h>

#include "../support/render.h"

#include <string>

namespace sitrep {
namespace {

struct ByAgentCase {
  const char* text;
  const char* date;
  const char* expected;
};

class RolesByAgent : public ::testing::TestWithParam<ByAgentCase> {};

TEST_P(RolesByAgent, Extracts) {
  EXPECT_EQ(test::record_roles(GetParam().text, GetParam().date), GetParam().expected) << GetParam().text;
}

const ByAgentCase kByAgentCases[] = {
    // A state force of the lexicon after "by the": the doer, and no armed group named later in
    // the report stands in for it.
    {"LIMA, 5 JUN 84 -- SIX PEASANTS WERE KILLED BY THE PERUVIAN ARMY YESTERDAY IN AYACUCHO. THE SHINING PATH IS "
     "ACTIVE IN THE AREA.",
     "1984-06-05", "perps=PERUVIAN ARMY:reported | att= | tgt=SIX PEASANTS:civilians | wpn= | claims="},
    {"San Salvador, March 3 (Reuters) - Four students were shot dead by the Salvadoran army near the campus on "
     "Sunday, witnesses said.",
     "1983-03-03", "perps=Salvadoran army:reported | att= | tgt=Four students:education | wpn= | claims="},
    // An act named by its noun and carried out by the force.
    {"The massacre of 30 villagers in the Ixil region was perpetrated by the Guatemalan army, the report said.",
     "1982-04-10", "perps=Guatemalan army:reported | att= | tgt=30 villagers:civilians | wpn= | claims="},
    // A force that guarded, escorted or rescued is no doer, article or not.
    {"Rebels attacked a fuel convoy escorted by the Colombian army near Arauca on Tuesday.", "2001-05-15",
     "perps= | att=Rebels | tgt=fuel convoy:military | wpn= | claims="},
    // A place or a time set off by commas between the participle and its doer.
    {"Cali, Aug. 9 (AFP) - A district judge was attacked in Tumaco, 200 km from Cali, by an individual who fired "
     "six shots.",
     "1994-08-09", "perps= | att=an individual | tgt= | wpn= | claims="},
    {"DHAKA, Feb 12 (Reuters) - A shopkeeper was stabbed on Tuesday in Old Dhaka, near the spice market, by two "
     "young men.",
     "2013-02-12", "perps= | att=two young men | tgt=A shopkeeper:business | wpn= | claims="},
    // Group acronyms that are no English words are names in all-caps wire copy too.
    {"BOGOTA, 3 FEB 90 (AFP) -- THREE PEASANTS WERE SHOT TO DEATH BY EPL MEMBERS IN CORDOBA DEPARTMENT.", "1990-02-03",
     "perps=EPL:reported | att=EPL MEMBERS | tgt=THREE PEASANTS:civilians | wpn= | claims="},
    {"TEGUCIGALPA, 9 JUL 88 -- THE FPM CLAIMED RESPONSIBILITY FOR THE BOMBING OF A U.S. BUS IN LA CEIBA.", "1988-07-09",
     "perps=FPM:claimed | att= | tgt=U.S. BUS:transport | wpn= | claims=Morazanist Patriotic Front"},
};

INSTANTIATE_TEST_SUITE_P(Table, RolesByAgent, ::testing::ValuesIn(kByAgentCases));

}  // namespace
}  // namespace sitrep
