// Table tests for who the record names as the attackers: a negated phrase names nobody ("no
// culprits have been arrested"), a noun before a pronoun subject is that verb's object ("the
// people they kidnapped"), the two sides of a combat told beside another act did not do it
// ("strafed the camp following a clash between troops and guerrillas"), the body whose uniform
// describes the doers is their organisation ("men in the uniform of the army"), and one doer's
// name set off by a comma stands for the description ("Juan Perez, the gunman", "the bomber,
// identified as ..."). Rendered as in roles_test.cc: perps= | att= | tgt= | wpn= | claims=.
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

class RolesDoerSidesNames : public ::testing::TestWithParam<DoerCase> {};

TEST_P(RolesDoerSidesNames, Extracts) {
  EXPECT_EQ(test::record_roles(GetParam().text, GetParam().date), GetParam().expected) << GetParam().text;
}

const DoerCase kDoerCases[] = {
    // A negated phrase names nobody who did it.
    {"Police said no culprits were seen before the bomb exploded outside the Banco Popular in Lima on Friday.",
     "1992-07-18", "perps= | att= | tgt= | wpn=bomb:Explosives | claims="},
    {"QUITO, 4 MAR 88 (EFE) -- NO GUERRILLAS TOOK PART IN THE ATTACK ON THE POWER STATION, THE ARMY SAID.",
     "1988-03-04", "perps= | att= | tgt=POWER STATION:infrastructure | wpn= | claims="},
    // A control: the same shape with doers.
    {"QUITO, 4 MAR 88 (EFE) -- GUERRILLAS TOOK PART IN THE ATTACK ON THE POWER STATION, THE ARMY SAID.", "1988-03-04",
     "perps= | att=GUERRILLAS | tgt=POWER STATION:infrastructure | wpn= | claims="},
    // A pronoun between the people and the verb is its subject; the people are its object.
    {"Negotiators demanded the release of the people they kidnapped in Basilan last week.", "2001-06-02",
     "perps= | att= | tgt= | wpn= | claims="},
    {"Armed men kidnapped four engineers in Basilan last week.", "2001-06-02",
     "perps= | att=Armed men | tgt=four engineers:business | wpn= | claims="},
    // The sides of a combat told beside another act did not do that act.
    {"Residents said army helicopters strafed the village of Copapayo on Sunday following a clash between "
     "government troops and guerrillas.",
     "1983-11-13", "perps=army:reported:? | att= | tgt=village:civilians | wpn= | claims="},
    {"MOGADISHU, 9 MAY 07 -- A MORTAR SHELL HIT A MARKET IN THE BAKARA AREA ON WEDNESDAY, KILLING SIX TRADERS, "
     "AFTER CLASHES BETWEEN THE ARMY AND INSURGENTS.",
     "2007-05-09", "perps= | att= | tgt=MARKET:business | wpn=MORTAR SHELL:Explosives | claims="},
    // Men described by the uniform of a force: that force is their organisation.
    {"SAN SALVADOR, 16 NOV 89 -- SIX PRIESTS WERE MURDERED AT THE UNIVERSITY RESIDENCE BY FORTY MEN IN THE UNIFORM "
     "OF THE SALVADORAN ARMY.",
     "1989-11-16",
     "perps=SALVADORAN ARMY:reported | att=FORTY MEN IN THE UNIFORM | tgt=UNIVERSITY RESIDENCE:education | wpn= | "
     "claims="},
    // One doer named beside his description: the name is his ID.
    {"Hernando Ruiz Salcedo, the assassin, shot the senator in Medellin on Thursday, the minister said.", "1990-03-25",
     "perps= | att=Hernando Ruiz Salcedo | tgt=the senator:government | wpn= | claims="},
    {"The senator was shot dead in Medellin on Thursday by Hernando Ruiz Salcedo, a hired gunman, the minister said.",
     "1990-03-25", "perps= | att=Hernando Ruiz Salcedo | tgt=The senator:government | wpn= | claims="},
    {"LA PAZ, 12 OCT 85 -- THE MAYOR WAS SHOT DEAD ON FRIDAY BY A GUNMAN, WHO IDENTIFIED HIMSELF AS RAMIRO QUISPE "
     "MAMANI, POLICE SAID.",
     "1985-10-12", "perps= | att=RAMIRO QUISPE MAMANI | tgt=THE MAYOR:government | wpn= | claims="},
    // Gunmen, in the plural, are not one named person.
    {"The senator was shot dead in Medellin on Thursday by hired gunmen, the minister said.", "1990-03-25",
     "perps= | att=hired gunmen | tgt=The senator:government | wpn= | claims="},
    {"POLICE IN ISTANBUL SAID THE BOMBER, IDENTIFIED AS MEHMET KARADAG, DETONATED A BOMB AT THE BUS STATION ON "
     "MONDAY.",
     "2016-01-12", "perps= | att=MEHMET KARADAG | tgt=BUS STATION:transport | wpn=BOMB:Explosives | claims="},
    // A source named before a group is no doer's name.
    {"According to Maria Fernandez, a group of policemen raided the parish center in Soyapango on Tuesday.",
     "1989-12-05", "perps= | att=a group of policemen | tgt=parish:religious | wpn= | claims="},
};

INSTANTIATE_TEST_SUITE_P(Table, RolesDoerSidesNames, ::testing::ValuesIn(kDoerCases));

}  // namespace
}  // namespace sitrep
