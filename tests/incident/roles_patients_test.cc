// Table tests for who is acted on and who acts, read from the words beside the trigger: the
// subject of a passive trigger phrase is the patient ("protesters were shot by police"), a
// clandestine unit named with its armed group is the doers ("an ELN cell"), and a body named
// only as whose people were struck is no target ("a prosecutor from the higher court").
// Rendered as in roles_test.cc: perps= | att= | tgt= | wpn= | claims=.
#include <gtest/gtest.h>

#include "../support/render.h"

#include <string>

namespace sitrep {
namespace {

struct PatientCase {
  const char* text;
  const char* date;
  const char* expected;
};

class RolesPatients : public ::testing::TestWithParam<PatientCase> {};

TEST_P(RolesPatients, Extracts) {
  EXPECT_EQ(test::record_roles(GetParam().text, GetParam().date), GetParam().expected) << GetParam().text;
}

const PatientCase kPatientCases[] = {
    // A trigger phrase holding its auxiliary ("were shot") is passive: its subject was shot,
    // the words after "by" did it.
    {"NAIROBI, July 7 (Reuters) - Three protesters were shot by police in Nairobi on Monday, witnesses said.",
     "2019-07-08", "perps=police:reported:? | att= | tgt=Three protesters:civilians | wpn= | claims="},
    {"LIMA, 3 MAY 90 (EFE) -- FIVE STUDENTS WERE SHOT BY SOLDIERS DURING A MARCH IN LIMA TODAY.", "1990-05-04",
     "perps= | att=SOLDIERS | tgt=FIVE STUDENTS:education | wpn= | claims="},
    {"JAKARTA, March 2 (AP) - Two villagers were being shot at by troops when a reporter arrived in the village on "
     "Friday.",
     "2001-03-02", "perps= | att=troops | tgt= | wpn= | claims="},
    // A clandestine unit named with its armed group is its people who did it; the group's name
    // stays in their words.
    {"CALI, 19 FEB 90 (EFE) -- PRIEST FRANCISCO AMICO WAS KIDNAPPED IN CALI TODAY BY AN ELN CELL, POLICE SAID.",
     "1990-02-20", "perps=ELN:reported | att=AN ELN CELL | tgt= | wpn= | claims="},
    {"MADRID, March 12 (Reuters) - Police said a cell of al Qaeda carried out the train bombings in Madrid on "
     "Thursday.",
     "2004-03-12", "perps=al Qaeda:reported | att=a cell of al Qaeda | tgt= | wpn= | claims="},
    {"SAN SALVADOR, 20 NOV 89 -- AN FMLN SQUAD ATTACKED THE RESIDENCE OF THE DEFENSE MINISTER IN SAN SALVADOR TODAY.",
     "1989-11-20",
     "perps=FMLN:reported | att=AN FMLN SQUAD | tgt=RESIDENCE OF THE DEFENSE MINISTER:civilians | wpn= | claims="},
    // A cell with no armed group beside it is no one.
    {"GENEVA, Jan 5 (AP) - A prison cell was set on fire by inmates in a jail near Geneva on Tuesday.", "1999-01-05",
     "perps= | att= | tgt=prison:police,jail:police | wpn= | claims="},
    // "an unidentified group" is how news names doers it cannot name.
    {"BOGOTA, 20 FEB 90 (AFP) -- A JOURNALIST WAS KIDNAPPED IN BOGOTA TODAY BY AN UNIDENTIFIED GROUP.", "1990-02-20",
     "perps= | att=AN UNIDENTIFIED GROUP | tgt=A JOURNALIST:media | wpn= | claims="},
    {"LAGOS, June 1 (Reuters) - A local politician was kidnapped in Lagos on Monday by an unknown group, police said.",
     "2015-06-01", "perps= | att=an unknown group | tgt=A local politician:government | wpn= | claims="},
    // A court or a bank named as whose people were struck is no target of its own.
    {"BOGOTA, 12 DEC 89 (AFP) -- A PROSECUTOR FROM THE MEDELLIN HIGHER COURT WAS ASSASSINATED NEAR MEDELLIN TODAY.",
     "1989-12-12", "perps= | att= | tgt= | wpn= | claims="},
    {"SAN SALVADOR, 10 NOV 89 -- UNIDENTIFIED MEN MACHINEGUNNED FORMER SUPREME COURT PRESIDENT FRANCISCO GUERRERO IN "
     "SAN SALVADOR TODAY.",
     "1989-11-10", "perps= | att=UNIDENTIFIED MEN | tgt= | wpn= | claims="},
    // A force word may head a place of its own: the bridge guard post was attacked.
    {"SAN SALVADOR, 6 APR 90 -- GUERRILLAS ATTACKED THE LAS GUARAS BRIDGE GUARD POST IN SUCHITOTO TODAY.", "1990-04-06",
     "perps= | att=GUERRILLAS | tgt=LAS GUARAS BRIDGE GUARD POST:military | wpn= | claims="},
    // "an individual" is one of the ordinary words for unknown doers ("individuals").
    {"MEDELLIN, 12 DEC 89 (AFP) -- THE PROSECUTOR WAS ATTACKED IN ENVIGADO BY AN INDIVIDUAL WHO FIRED 13 SHOTS.",
     "1989-12-12", "perps= | att=AN INDIVIDUAL | tgt= | wpn= | claims="},
};

INSTANTIATE_TEST_SUITE_P(Table, RolesPatients, ::testing::ValuesIn(kPatientCases));

}  // namespace
}  // namespace sitrep
