// Table tests for the people who did an incident when no trigger's clause names them as its
// subject: doers of a verb with a weapon as its object, agents of a passive verb of approach
// or of planting a weapon in a sentence of the incident, and the subject of two coordinated
// verbs. Rendered as in roles_test.cc: perps= | att= | tgt= | wpn= | claims=.
#include <gtest/gtest.h>

#include "../support/render.h"

#include <string>

namespace sitrep {
namespace {

struct DoerCase {
  const char* text;
  const char* date;
  const char* expected;
};

class RolesDoers : public ::testing::TestWithParam<DoerCase> {};

TEST_P(RolesDoers, Extracts) {
  EXPECT_EQ(test::record_roles(GetParam().text, GetParam().date), GetParam().expected) << GetParam().text;
}

const DoerCase kDoerCases[] = {
    // The subject of a weapon verb ("set off", "threw") did the act the sentence tells.
    {"CALI, 4 MAR 90 -- THE ATTACK ON THE POWER STATION TOOK PLACE AT DAWN WHEN TWO MEN ON A MOTORCYCLE SET OFF 10 "
     "KG OF DYNAMITE.",
     "1990-03-04", "perps= | att=TWO MEN ON A MOTORCYCLE | tgt=POWER STATION:infrastructure | wpn= | claims="},
    {"BELFAST, Aug. 9 (Reuters) - A petrol bomb attack damaged a police station in west Belfast on Saturday. Police "
     "said several youths threw petrol bombs at the station before running off.",
     "1996-08-09",
     "perps= | att=several youths | tgt=police station:police | wpn=petrol bomb:Incendiary,petrol "
     "bombs:Incendiary | claims="},
    // Without a weapon after it the verb says nothing: "men placed flowers" did no attack.
    {"ISTANBUL, May 2 (AP) - A bomb exploded near a police station in Istanbul on Tuesday. Later, two men placed "
     "flowers at the gate.",
     "2007-05-02", "perps= | att= | tgt=police station:police | wpn=bomb:Explosives | claims="},
    // The agent of a passive approach in the sentence between the incident's triggers.
    {"BOGOTA, 16 AUG 89 -- A JUDGE WAS SHOT AND WOUNDED IN BOGOTA TODAY. HE WAS TRAVELING HOME WHEN HE WAS "
     "INTERCEPTED BY FOUR INDIVIDUALS ON TWO MOTORCYCLES. THEY FLED AFTER THE ATTACK.",
     "1989-08-16", "perps= | att=FOUR INDIVIDUALS ON TWO MOTORCYCLES | tgt=A JUDGE:government | wpn= | claims="},
    {"ATHENS, Nov. 3 (AP) - An explosion damaged a bank in central Athens early Monday. The device was planted by two "
     "young men, a witness said.",
     "1998-11-03", "perps= | att=two young men | tgt=bank:business | wpn= | claims="},
    // A passive verb of guarding or arrest names those who answered the act, not its doers.
    {"ATHENS, Nov. 3 (AP) - A bomb exploded outside a bank in central Athens early Monday. The bank was later guarded "
     "by two soldiers.",
     "1998-11-03", "perps= | att= | tgt=bank:business | wpn=bomb:Explosives | claims="},
    // The subject of a verb coordinated with the trigger did both.
    {"MEDELLIN, 2 FEB 90 -- A YOUNG MAN APPROACHED THE LAWYER AND SHOT HER THREE TIMES IN THE HEAD.", "1990-02-02",
     "perps= | att=A YOUNG MAN | tgt= | wpn= | claims="},
    // The object of the first verb did not: the hostages did not kill.
    {"LAGOS, June 3 (Reuters) - Soldiers freed 20 hostages and killed six kidnappers in a raid in the Niger Delta on "
     "Friday.",
     "2009-06-03", "perps= | att=Soldiers | tgt= | wpn= | claims="},
    // Those the authorities hunt after the act did it.
    {"MEDELLIN, 4 MAY 90 -- A BOMB EXPLODED AT A BANK IN MEDELLIN TODAY. THE POLICE HAVE STARTED LOOKING FOR THE "
     "TERRORISTS.",
     "1990-05-04", "perps= | att=THE TERRORISTS | tgt=BANK:business | wpn=BOMB:Explosives | claims="},
    {"NAIROBI, Kenya (AP) - A grenade was thrown into a bar in Mombasa on Sunday, wounding 12 people. Police were "
     "pursuing two men seen running from the scene.",
     "2014-06-01", "perps= | att=two men | tgt=bar:business | wpn=grenade:Explosives | claims="},
    // Two spellings of one word of a movement's people are one entry; words inside a
    // longer description of the doers are that description.
    {"SAN SALVADOR, 4 MAY 90 -- A POWER PYLON WAS DYNAMITED BY URBAN GUERILLAS IN SOYAPANGO TODAY. THE POLICE ARE "
     "LOOKING FOR THE URBAN GUERRILLAS.",
     "1990-05-04", "perps= | att=URBAN GUERILLAS | tgt=POWER PYLON:infrastructure | wpn= | claims="},
    // Words right before a noun of the places fighters hold ("FMLN positions", "LTTE camps")
    // name the side attacked, never the doer, whatever verb stands before them.
    {"SAN SALVADOR, 12 NOV 89 -- THE AIR FORCE IS BOMBING FMLN POSITIONS ON THE SLOPES OF THE GUAZAPA VOLCANO, "
     "MILITARY SOURCES REPORTED.",
     "1989-11-12", "perps=THE AIR FORCE:reported:? | att= | tgt= | wpn= | claims="},
    {"COLOMBO, June 4 (Reuters) - Sri Lankan air force jets bombed LTTE camps in the north of the island on Sunday, "
     "the military said.",
     "2000-06-04", "perps=Sri Lankan air force:reported | att= | tgt= | wpn= | claims="},
    // The group before its own fighters is still the doer.
    {"KABUL, May 9 (AP) - Taliban fighters overran army positions in Helmand province on Monday, killing eight "
     "soldiers.",
     "2011-05-09", "perps=Taliban:reported | att=fighters(Taliban) | tgt=army positions:military | wpn= | claims="},
};

INSTANTIATE_TEST_SUITE_P(Table, RolesDoers, ::testing::ValuesIn(kDoerCases));

}  // namespace
}  // namespace sitrep
