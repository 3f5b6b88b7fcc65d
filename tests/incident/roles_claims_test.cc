// Golden rows for issue 5: each claim status (claimed, attributed, suspected, denied) in
// mixed case and in all-caps wire copy, active and passive voice, "an attack by X on Y",
// coordination, unknown names, and groups that only comment (no perpetrators). Rendered as
// in roles_test.cc: perps=text:status[:? when not in the lexicon] | att= | tgt=text:kind |
// wpn= | claims=by. Status words follow GTD's claim fields and SPEC section 3.
#include <gtest/gtest.h>

#include "../support/render.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct RoleCase {
  const char* text;
  const char* date;
  const char* expected;
};

class RolesClaims : public ::testing::TestWithParam<RoleCase> {};

TEST_P(RolesClaims, Extracts) {
  EXPECT_EQ(test::record_roles(GetParam().text, GetParam().date), GetParam().expected) << GetParam().text;
}

const RoleCase kClaimCases[] = {
    // Claimed: a statement that the group's own fighters did it.
    {"LAHORE, Pakistan (AP) - The Pakistani Taliban said in a statement that one of its fighters carried out the "
     "bombing of a police checkpoint in Lahore on Sunday.",
     "2024-01-15",
     "perps=Pakistani Taliban:claimed | att=one of its fighters | tgt=police checkpoint:police | wpn= | "
     "claims=Tehrik-i-Taliban Pakistan"},
    // A statement denying its people took part is no claim.
    {"LAHORE, Pakistan (AP) - A bomb exploded at a police checkpoint in Lahore on Sunday. The Pakistani Taliban said "
     "in a statement that none of its fighters was involved.",
     "2024-01-15", "perps= | att= | tgt=police checkpoint:police | wpn=bomb:Explosives | claims="},
    // Claimed, all caps.
    {"CARACAS, 15 JAN 24 -- THE NATIONAL LIBERATION ARMY CLAIMED RESPONSIBILITY FOR THE BOMBING OF AN OIL PIPELINE "
     "IN ARAUCA TODAY.",
     "2024-01-15",
     "perps=NATIONAL LIBERATION ARMY:claimed | att= | tgt=OIL PIPELINE:infrastructure | wpn= | "
     "claims=National Liberation Army"},
    // Attributed, all caps.
    {"LIMA, 15 JAN 24 -- A BOMB EXPLODED AT A BANK IN MIRAFLORES TODAY. POLICE BLAMED THE SHINING PATH FOR THE "
     "ATTACK.",
     "2024-01-15", "perps=SHINING PATH:attributed | att= | tgt=BANK:business | wpn=BOMB:Explosives | claims="},
    // Suspected, all caps.
    {"BOGOTA, 15 JAN 24 -- A CAR BOMB EXPLODED OUTSIDE A POLICE STATION IN CUCUTA TODAY. AUTHORITIES SUSPECT THE "
     "ELN OF THE BOMBING.",
     "2024-01-15", "perps=ELN:suspected | att= | tgt=POLICE STATION:police | wpn=CAR BOMB:Explosives | claims="},
    // Denied, all caps.
    {"SAN SALVADOR, 15 JAN 24 -- URBAN GUERRILLAS ATTACKED A POLICE POST IN SOYAPANGO TODAY. THE FMLN DENIED ANY "
     "INVOLVEMENT IN THE ATTACK.",
     "2024-01-15", "perps=FMLN:denied | att=URBAN GUERRILLAS | tgt=POLICE POST:police | wpn= | claims="},
    // Passive voice in mixed case and in all caps.
    {"MAIDUGURI, Nigeria (Reuters) - A police convoy was attacked by Boko Haram fighters near Maiduguri on Sunday.",
     "2024-01-15", "perps=Boko Haram:reported | att=fighters(Boko Haram) | tgt=police convoy:police | wpn= | claims="},
    {"LIMA, 15 JAN 24 -- A POLICE PATROL WAS AMBUSHED BY SHINING PATH GUERRILLAS IN HUANCAYO TODAY.", "2024-01-15",
     "perps=SHINING PATH:reported | att=GUERRILLAS(Shining Path) | tgt=POLICE PATROL:police | wpn= | claims="},
    // "An attack by X on Y": the doer between the noun and its target; the target of a noun
    // subject is not the subject of the verb after it.
    {"MOGADISHU (AP) - An attack by al-Shabaab militants on a hotel in Mogadishu killed nine people on Sunday.",
     "2024-01-15", "perps=al-Shabaab:reported | att=militants(al-Shabaab) | tgt=hotel:business | wpn= | claims="},
    {"MOGADISHU (AP) - An attack on a hotel in Mogadishu killed nine people on Sunday.", "2024-01-15",
     "perps= | att= | tgt=hotel:business | wpn= | claims="},
    {"SAN SALVADOR, 15 JAN 24 -- THE ATTACK BY URBAN COMMANDOS OF THE FMLN AGAINST THE TREASURY POLICE HEADQUARTERS "
     "LEFT TWO AGENTS DEAD.",
     "2024-01-15",
     "perps=FMLN:reported | att=URBAN COMMANDOS | tgt=TREASURY POLICE HEADQUARTERS:police | wpn= | claims="},
    // Coordinated targets.
    {"KABUL (Reuters) - Gunmen attacked a hospital and a school in Kabul on Sunday.", "2024-01-15",
     "perps= | att=Gunmen | tgt=hospital:business,school:education | wpn= | claims="},
    // Unknown name in all caps, by its organisation head word, with the people who did it.
    {"GUATEMALA CITY, 15 JAN 24 -- HEAVILY ARMED MEN OF THE JAGUAR REVOLUTIONARY FRONT KIDNAPPED A COFFEE GROWER IN "
     "ESCUINTLA TODAY.",
     "2024-01-15", "perps=JAGUAR REVOLUTIONARY FRONT:reported:? | att=HEAVILY ARMED MEN | tgt= | wpn= | claims="},
    // Comment, not perpetrator: condemning or naming the act does not make a group its author.
    {"NAIROBI (Reuters) - Gunmen attacked a church in Garissa on Sunday. The United Nations condemned the attack.",
     "2024-01-15", "perps= | att=Gunmen | tgt=church:religious | wpn= | claims="},
    {"SAN SALVADOR, 15 JAN 24 -- GUERRILLAS BOMBED A POWER PLANT IN USULUTAN TODAY. THE GOVERNMENT DESCRIBED THE "
     "ATTACK AS A TERRORIST ACT.",
     "2024-01-15", "perps= | att=GUERRILLAS | tgt=POWER PLANT:infrastructure | wpn= | claims="},
    {"MOSCOW (Reuters) - A bomb exploded on a metro train in Moscow on Monday. The Kremlin called it a terrorist "
     "attack and the Caucasus Emirate denied any role.",
     "2024-01-15", "perps=Caucasus Emirate:denied | att= | tgt=metro train:transport | wpn=bomb:Explosives | claims="},
    // A group that condemns the act, named nowhere as its doer, is not taken for the author
    // of unnamed attackers; one that only appeals to others still may be.
    {"SAN SALVADOR, 4 MAY 90 -- GUERRILLAS KILLED A UNION LEADER IN SAN SALVADOR TODAY. IN A COMMUNIQUE, THE FMLN "
     "STRONGLY CONDEMNED THE MURDER.",
     "1990-05-04", "perps= | att=GUERRILLAS | tgt=A UNION LEADER:civilians | wpn= | claims="},
    {"Lima, May 4 (Reuters) - Rebels blew up a bridge near Huancayo on Friday. Shining Path in a leaflet denounced "
     "the government's anti-drug policy.",
     "1990-05-04", "perps= | att=Rebels | tgt=bridge:transport | wpn= | claims="},
    {"SAN SALVADOR, 4 MAY 90 -- GUERRILLAS BLEW UP A BRIDGE IN USULUTAN TODAY. THE FMLN CALLS ON ALL SECTORS TO "
     "JOIN ITS STRUGGLE.",
     "1990-05-04", "perps=FMLN:reported | att=GUERRILLAS | tgt=BRIDGE:transport | wpn= | claims="},
    // An organisation named by a common noun that the report blames is the perpetrator,
    // attributed.
    {"BOGOTA, 4 MAY 90 -- A BOMB EXPLODED AT A BANK IN NORTHERN BOGOTA TODAY. THE AUTHORITIES ATTRIBUTED THE "
     "BOMBING TO THE DRUG TRAFFICKING RINGS.",
     "1990-05-04", "perps=DRUG TRAFFICKING RINGS:attributed:? | att= | tgt=BANK:business | wpn=BOMB:Explosives | claims="},
    {"Tijuana, Mexico (AP) - Gunmen shot dead a journalist outside his home in Tijuana on Friday. Prosecutors blamed "
     "the killing on a drug gang.",
     "2018-05-04", "perps=drug gang:attributed:? | att=Gunmen | tgt=a journalist:media | wpn= | claims="},
};

INSTANTIATE_TEST_SUITE_P(Table, RolesClaims, ::testing::ValuesIn(kClaimCases));

}  // namespace
}  // namespace sitrep
