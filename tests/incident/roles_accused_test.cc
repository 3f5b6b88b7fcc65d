// Table tests for doers told by who they were and by whom they are blamed: members of an
// armed group or a state force, people described by their dress, the subject of a verb whose
// object is the act ("carried out the attack", "responsible for the bombing", "accused of the
// murder"), and the one a blame verb lays the act on ("blamed the attack on X", "accused the
// army of the massacre"; the accuser is no perpetrator). Rendered as in roles_test.cc:
// perps= | att= | tgt= | wpn= | claims=.
#include <gtest/gtest.h>

#include "../support/render.h"

#include <string>

namespace sitrep {
namespace {

struct AccusedCase {
  const char* text;
  const char* date;
  const char* expected;
};

class RolesAccused : public ::testing::TestWithParam<AccusedCase> {};

TEST_P(RolesAccused, Extracts) {
  EXPECT_EQ(test::record_roles(GetParam().text, GetParam().date), GetParam().expected) << GetParam().text;
}

const AccusedCase kAccusedCases[] = {
    // Members of an armed group are its people: the group's words stay in the description.
    {"LIMA, 12 MAR 91 -- SHINING PATH MEMBERS DYNAMITED A BRIDGE IN AYACUCHO DEPARTMENT TODAY.", "1991-03-12",
     "perps=SHINING PATH:reported | att=SHINING PATH MEMBERS | tgt=BRIDGE:transport | wpn= | claims="},
    {"Members of the Lord's Resistance Army abducted 40 children from a school in northern Uganda on Tuesday.",
     "2002-07-09",
     "perps=Lord's Resistance Army:reported | att=Members of the Lord's Resistance Army | tgt=40 children:civilians | "
     "wpn= | claims="},
    // Members of a state force, as the doers of an act with a verb whose object is the act.
    {"SAN SALVADOR, 7 JAN 90 -- THE INVESTIGATION SHOWED THAT MEMBERS OF THE SALVADORAN ARMED FORCES CARRIED OUT "
     "THE MURDER OF THE PRIESTS.",
     "1990-01-07",
     "perps=SALVADORAN ARMED FORCES:reported | att=MEMBERS OF THE SALVADORAN ARMED FORCES | tgt=THE PRIESTS:religious "
     "| wpn= | claims="},
    // The force named in its members' words is the organisation they act for.
    {"Rights groups said army members shot dead two students at a checkpoint in Harare on Monday.", "2008-06-02",
     "perps=army:reported:? | att=army members | tgt=two students:education | wpn= | claims="},
    // Members of a family are no doers.
    {"Two members of the family were wounded when a grenade exploded outside their house in Srinagar on Friday.",
     "2018-05-04", "perps= | att= | tgt=house:civilians | wpn=grenade:Explosives | claims="},
    // People described by a uniform are how news tells unknown attackers.
    {"Six students were killed at the university by men wearing military uniforms, witnesses said.",
     "1989-11-16", "perps= | att=men wearing military uniforms | tgt=university:education | wpn= | claims="},
    {"MANILA, June 2 (AP) - Uniformed men abducted a village chief in Sulu province on Sunday, police said.",
     "2019-06-02", "perps= | att=Uniformed men | tgt=a village chief:government | wpn= | claims="},
    // The subject of "responsible for", "accused of" + the act did it or is held to have.
    {"The army said rebels were responsible for the bombing of the pipeline near Arauca.", "1998-10-19",
     "perps= | att=rebels | tgt=pipeline:infrastructure | wpn= | claims="},
    {"BOGOTA, 3 SEP 89 -- THREE SOLDIERS ACCUSED OF THE MASSACRE OF 12 PEASANTS WERE ARRESTED TODAY.", "1989-09-03",
     "perps= | att=THREE SOLDIERS | tgt=12 PEASANTS:civilians | wpn= | claims="},
    // A blame verb lays the act on people after "on"; what follows the act's own "on" is its target.
    {"Police blamed the attack on the police station on Maoist guerrillas.", "2010-04-07",
     "perps= | att=Maoist guerrillas | tgt=police station:police | wpn= | claims="},
    {"KABUL, Aug. 3 (Reuters) - Officials blamed the bombing of the girls' school in Ghazni on the Taliban.",
     "2009-08-03", "perps=Taliban:attributed | att= | tgt=girls' school:education | wpn= | claims="},
    {"BOGOTA, 4 MAY 89 -- THE AUTHORITIES ATTRIBUTED THE MURDER OF THE JUDGE TO DRUG TRAFFICKERS.", "1989-05-04",
     "perps= | att=DRUG TRAFFICKERS | tgt=THE JUDGE:government | wpn= | claims="},
    // "accused X of the act": X did it, the accuser did not.
    {"SAN SALVADOR, 19 JAN 90 -- THE FMLN ACCUSED THE ARMED FORCES OF THE MASSACRE OF 12 PEASANTS.", "1990-01-19",
     "perps=THE ARMED FORCES:reported:? | att= | tgt=12 PEASANTS:civilians | wpn= | claims="},
    {"SAN SALVADOR, 19 JAN 90 -- THE FMLN WAS BLAMED FOR THE MASSACRE OF 12 PEASANTS.", "1990-01-19",
     "perps=FMLN:attributed | att= | tgt=12 PEASANTS:civilians | wpn= | claims="},
};

INSTANTIATE_TEST_SUITE_P(Table, RolesAccused, ::testing::ValuesIn(kAccusedCases));

}  // namespace
}  // namespace sitrep
