// End-to-end tables for the acts a story tells one after another: "also" before a violent
// verb, or opening its sentence, tells a further act ("the house of the congress president
// was also attacked"), while a consequence word told with "also" ("two civilians were also
// killed") is the toll of the act just told; an act told in a sentence of its own with a
// victim named there whom the incident never named befalls someone else (a roundup of
// kidnappings is one incident per victim, MUC-4 one template per act), unless the
// sentence ties it to the act told ("kidnapped with him", "along with the deputy") or
// names the same person again. Burning a flag or an effigy is a gesture of protest, not
// arson. Each row renders every record (all statuses) as "kind muc4-type [victim names]",
// "; "-separated.
#include <gtest/gtest.h>

#include "../support/analyse.h"
#include "../support/render.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct ActsCase {
  const char* text;
  const char* expected;
};

std::string render(const char* text) { return test::record_kinds(text); }

class ClusterActs : public ::testing::TestWithParam<ActsCase> {};

TEST_P(ClusterActs, Records) { EXPECT_EQ(render(GetParam().text), GetParam().expected) << GetParam().text; }

const ActsCase kCases[] = {
    // "Also" before a violent verb: a further act, on another target.
    {"Guerrillas attacked the residence of Vice President Roberto Angulo in San Salvador on Saturday. The house of "
     "Congress President Ricardo Valdivieso was also attacked.",
     "attack ATTACK [Roberto Angulo]; attack ATTACK [Ricardo Valdivieso]"},
    {"REBELS ATTACKED THE HOME OF GOVERNOR JUAN PEREZ IN CUZCO LAST NIGHT. THE HOME OF SENATOR LUIS TORRES HAD ALSO "
     "BEEN ATTACKED, POLICE SAID.",
     "attack ATTACK [JUAN PEREZ]; attack ATTACK [LUIS TORRES]"},
    // "Also" opening the sentence.
    {"A judge was shot dead by hired gunmen in Medellin on Monday. Also today, prosecutor Gabriel Ramos was shot dead "
     "by hired gunmen as he walked home.",
     "shooting ATTACK; shooting ATTACK [Gabriel Ramos]"},
    // A consequence word with "also" is the toll of the act just told.
    {"Gunmen attacked a police post in Jalalabad on Sunday, killing three officers. Two civilians were also wounded.",
     "shooting ATTACK"},
    {"Rebels attacked an army post near Goma on Friday. Two civilians were also killed.", "attack ATTACK"},
    {"Gunmen opened fire on a bus in Karachi on Monday, killing six passengers. Police said the gunmen also wounded a "
     "guard.",
     "shooting ATTACK"},
    // A victim named in a sentence of its own: another act.
    {"Rebels kidnapped deputy Dario Quintero in the centre of Aguachica on Friday. Cattleman Manuel Martinez was "
     "kidnapped by the same group.",
     "abduction KIDNAPPING [Dario Quintero]; abduction KIDNAPPING [Manuel Martinez]"},
    {"THE ARMY SAID GUERRILLAS MURDERED PEASANT LEADER JOSE ALVAREZ IN THE VILLAGE OF EL PARAISO. TEACHER ANA LUCIA "
     "MORALES WAS ALSO MURDERED BY THE REBELS.",
     "attack ATTACK [JOSE ALVAREZ]; attack ATTACK [ANA LUCIA MORALES]"},
    // The same person named again, or a victim taken with the first: one act.
    {"Gunmen kidnapped businessman Juan Ortega in Quito on Tuesday. Ortega was kidnapped as he left his office, police "
     "said.",
     "abduction KIDNAPPING [Juan Ortega]"},
    {"Kidnappers abducted the engineer Hans Weber on a road near Arauca on Monday. His driver, Carlos Ruiz, was "
     "kidnapped with him.",
     "abduction KIDNAPPING [Hans Weber,Carlos Ruiz]"},
    {"Rebels kidnapped deputy Dario Quintero in Aguachica on Friday. Newsman Emiliano Pacheco was kidnapped along with "
     "the deputy.",
     "abduction KIDNAPPING [Dario Quintero,Emiliano Pacheco]"},
    {"Gunmen shot dead journalist Rosa Mendez in Lima on Monday. Her bodyguard, Juan Lopez, died in the attack on her "
     "car.",
     "shooting ATTACK [Rosa Mendez,Juan Lopez]"},
    {"A bomb exploded at a checkpoint in Kandahar province on Sunday. A bomb also exploded on a bus in Herat on "
     "Sunday, killing four passengers.",
     "bombing -; bombing BOMBING"},
    {"Two police officers, Ahmed Ali and Karim Shah, were killed when gunmen attacked their checkpoint in Peshawar. "
     "Constable Ali was shot in the head.",
     "shooting -"},
    // Burning a flag or an effigy is a protest.
    {"STUDENTS BURNED AN EFFIGY OF THE PRESIDENT IN FRONT OF THE NATIONAL UNIVERSITY IN MANILA.", "protest -"},
    {"Members of the leftist workers' federation, who marched through Tegucigalpa on Monday, burned eight U.S. flags.",
     "protest -"},
    {"Rioters burned cars and shops in the centre of Lagos after the vote.", "violent_protest -"},
};

INSTANTIATE_TEST_SUITE_P(Table, ClusterActs, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
