// End-to-end tables for the boundaries between incidents told one after another: a
// generic event noun inside a "separate" cue ("in another incident") only marks where a
// new incident begins, and the specific act told after it in its sentence is that
// incident; each later item of a distributive list ("three bombs exploded, one at ...,
// another at ...") is an incident of its own; "in the attack" re-describes the incident
// just told; a violent act of
// another family told as a participle ("..., taking hostages") is an incident of its
// own, while a consequence participle (", killing six soldiers") stays the act's toll.
// Each row renders every record (all statuses) as "kind muc4-type [victim names]",
// "; "-separated.
#include <gtest/gtest.h>

#include "../support/analyse.h"
#include "../support/render.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct SeparateCase {
  const char* text;
  const char* expected;
};

std::string render(const char* text) { return test::record_kinds(text); }

class ClusterSeparate : public ::testing::TestWithParam<SeparateCase> {};

TEST_P(ClusterSeparate, Records) { EXPECT_EQ(render(GetParam().text), GetParam().expected) << GetParam().text; }

const SeparateCase kCases[] = {
    // A generic noun inside "in another incident" opens the new incident; the specific act
    // told after it in its sentence is that incident, with its victim.
    {"LIMA, 12 MAR 90 (EFE) -- [TEXT] A BOMB EXPLODED TODAY AT A BANK IN THE CENTER OF LIMA, DAMAGING THE BUILDING. "
     "IN ANOTHER INCIDENT IN LIMA TODAY, POLICE CORPORAL JUAN PEREZ, WHO WAS GUARDING A STORE, WAS SHOT TO DEATH BY "
     "TERRORISTS.",
     "bombing BOMBING; shooting - [JUAN PEREZ]"},
    {"A car bomb exploded outside a market in Karachi on Tuesday, killing three shoppers. In a separate incident in "
     "the city, a lawyer was stabbed to death by two men on a motorcycle.",
     "car_bombing BOMBING; stabbing ATTACK"},
    {"Rebels burned a bus near Goma on Monday. In another incident, gunmen shot dead the village chief Jean Kabila "
     "in Rutshuru.",
     "arson ARSON; shooting ATTACK [Jean Kabila]"},
    // A counted act with a distributive list is one incident per item.
    {"TEGUCIGALPA, 11 MAR 90 (DPA) -- [TEXT] THREE BOMBS EXPLODED IN TEGUCIGALPA LAST NIGHT, ONE AT THE CENTRAL "
     "PARK, ANOTHER AT THE NATIONAL UNIVERSITY, AND A THIRD AT A SCHOOL FOR TEACHERS.",
     "bombing BOMBING; bombing BOMBING; bombing BOMBING"},
    {"Two car bombs went off in Baghdad on Sunday, one outside a police station and the other near a busy market.",
     "car_bombing BOMBING; car_bombing BOMBING"},
    // Without a count, or without places, it stays one.
    {"Bombs exploded in Lima on Monday, one at a bank and another at a police station.", "bombing BOMBING"},
    {"Gunmen placed two bombs at the offices of the ruling party in San Salvador, and they exploded at dawn.",
     "bombing BOMBING"},
    {"Two men were killed in Cali on Friday, one a police officer and the other a student.", "attack ATTACK"},
    // A consequence word told of "the attack" rejoins the incident, whatever place it names.
    {"LIMA, 9 JUN 89 (EFE) -- [TEXT] JOURNALIST ROSA MENDEZ WAS KILLED BY UNIDENTIFIED GUNMEN LAST NIGHT IN THE "
     "DISTRICT OF SAN ISIDRO. HER MOTHER, CARMEN MENDEZ, WAS WOUNDED IN THE ATTACK ON THEIR HOUSE IN MIRAFLORES, "
     "POLICE SAID.",
     "shooting ATTACK [ROSA MENDEZ,CARMEN MENDEZ]"},
    {"A suicide bomber blew himself up at a checkpoint in Kirkuk on Sunday. Two policemen, Ali Hassan and Omar "
     "Saleh, died in the bombing at the northern gate of Baghdad, officials said.",
     "suicide_bombing BOMBING [Ali Hassan,Omar Saleh]"},
    // "In an attack" is no re-description: a second act.
    {"Gunmen killed the mayor of Tumaco, Carlos Rivas, on Monday. A farmer, Luis Pardo, was wounded in an attack on "
     "his farm in Pasto on Monday.",
     "shooting ATTACK [Carlos Rivas]; attack ATTACK [Luis Pardo]"},
    // A violent act of another family told as a participle is an incident of its own.
    {"BOGOTA, 3 MAY 90 (AFP) -- [TEXT] REBELS ATTACKED AN OIL WELL OF THE STATE OIL COMPANY IN ARAUCA DEPARTMENT "
     "LAST NIGHT AND ESCAPED, TAKING HOSTAGES TWO ENGINEERS.",
     "attack ATTACK; hostage_taking KIDNAPPING"},
    {"Militants stormed a police post in Zamboanga on Friday, taking hostage two officers.",
     "armed_assault -; hostage_taking -"},
    {"GUERRILLAS RAIDED A FARM NEAR SAN VICENTE YESTERDAY AND FLED, TAKING AS HOSTAGES ITS OWNER AND HIS SON.",
     "attack ATTACK; hostage_taking KIDNAPPING"},
    // A consequence participle stays the act's toll.
    // (the translator is a civilian victim beside the soldiers: MUC-4 codes the attack)
    {"Insurgents attacked a convoy near Kandahar on Monday, killing six soldiers and a translator, Ahmad Wali.",
     "attack ATTACK [Ahmad Wali]"},
    {"Police arrested 20 people in Nairobi after the violence on Monday.", "arrest -"},
};

INSTANTIATE_TEST_SUITE_P(Table, ClusterSeparate, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
