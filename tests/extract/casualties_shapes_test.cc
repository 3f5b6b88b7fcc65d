// Table tests for shapes of named victims that news uses beside the plain "X was killed":
// a person attacked told as the subject ("became a victim of", "was hit by three bullets"),
// captors still holding someone, the owner of a home attacked, an origin or several short
// descriptions between a name and its verb, a middle initial, a bracketed note after a
// counted group, and "-ly" surnames in all-caps copy. {news text, what the first incident
// record says}, rendered by test::record_casualties (tests/support/render.h).
#include <gtest/gtest.h>

#include "../support/analyse.h"
#include "../support/render.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct ShapeCase {
  const char* text;
  const char* expected;
};

void check(const ShapeCase& c) { EXPECT_EQ(test::record_casualties(c.text), c.expected) << c.text; }

// The person attacked as the subject of a phrase that tells the attack, whatever its
// outcome: "became a victim of", "fell victim to", "was hit by" a weapon or an attacker
// ("hit by a car" is no attack).
TEST(VictimShapes, AttackedAsSubject) {
  const ShapeCase cases[] = {
      {"SANTIAGO, 2 APR 91 -- GUNMEN ATTACKED TWO RETIRED GENERALS IN SANTIAGO ON MONDAY. THE OTHER GENERAL WOUNDED "
       "IN THE ATTACK, RETIRED GENERAL ENRIQUE SOTO, WAS HIT BY THREE BULLETS AND IS BEING TREATED IN HOSPITAL.",
       "killed=- injured=- names=ENRIQUE SOTO"},
      {"Gunmen opened fire on a crowd in Kirkuk on Tuesday. The journalist Omar Saleh was struck by a sniper's "
       "bullet.",
       "killed=- injured=- names=Omar Saleh"},
      {"Gunmen opened fire on a crowd in Kirkuk on Tuesday. The journalist Omar Saleh was hit by a car as he fled.",
       "killed=- injured=- names="},
      {"Gunmen opened fire on a bus in Peshawar on Friday. Local reporter Imran Qureshi became a victim of the "
       "attackers' bullets.",
       "killed=- injured=- names=Imran Qureshi"},
  };
  for (const auto& c : cases) check(c);
}

// Captors holding someone: "the ELN is still holding Senator X", "X, who is still being held
// by his captors"; the police holding a suspect and "hold X responsible" name no captive.
TEST(VictimShapes, HeldByCaptors) {
  const ShapeCase cases[] = {
      {"BOGOTA, 3 FEB 90 -- ELN GUERRILLAS KIDNAPPED A RANCHER NEAR NEIVA ON MONDAY AND ARE STILL HOLDING "
       "SENATOR JORGE SEDANO GONZALEZ.",
       "killed=- injured=- names=JORGE SEDANO GONZALEZ"},
      {"Militants kidnapped two aid workers near Gao on Sunday. One of them, Professor Daniel Leclerc, who is still "
       "being held by his captors, appeared in a video.",
       "killed=- injured=- names=Daniel Leclerc"},
      {"Militants kidnapped an aid worker near Gao on Sunday. The police are holding Moussa Traore for questioning.",
       "killed=- injured=- names="},
      {"Militants kidnapped an aid worker near Gao on Sunday. The rebels are holding President Amadou Keita "
       "responsible for the violence.",
       "killed=- injured=- names="},
  };
  for (const auto& c : cases) check(c);
}

// An armed assault on a person's home is an assault on the person: "the attack on President
// X's residence" names X; a bomb set at the home targets the building.
TEST(VictimShapes, OwnerOfAHomeAttacked) {
  const ShapeCase cases[] = {
      {"SAN SALVADOR, 12 NOV 89 -- ARMED FORCES SPOKESMEN CONFIRMED THE ATTACK ON PRESIDENT ALFREDO MORALES'S "
       "RESIDENCE LAST NIGHT.",
       "killed=- injured=- names=ALFREDO MORALES"},
      {"Police confirmed a bomb attack on Senator Mark Collins's house in Belfast on Monday night.",
       "killed=- injured=- names="},
  };
  for (const auto& c : cases) check(c);
}

// What stands between a name and its verb: the person's origin ("X from Piura"), an age and
// several short descriptions, a middle initial (even where the sentence was cut at it), a
// bracketed note after a counted group, the cook named after "the two murdered women".
TEST(VictimShapes, BetweenNameAndVerb) {
  const ShapeCase cases[] = {
      {"LIMA, 3 MAY 90 -- COUNCILMAN JUAN MANUEL QUISPE FROM PIURA, 1,100 KM NORTH OF LIMA, HAS ALSO BEEN SHOT TO "
       "DEATH.",
       "killed=1 injured=- names=JUAN MANUEL QUISPE"},
      {"Maria Lopez from Cuenca was shot dead by gunmen on Friday.", "killed=1 injured=- names=Maria Lopez"},
      {"MEDELLIN, 9 DEC 89 -- EDGAR MONTOYA, 55, CIVIL ENGINEER, ECONOMIST, AND TOP EXECUTIVE OF A CREDIT "
       "ORGANIZATION, WAS SHOT SEVERAL TIMES BY UNIDENTIFIED PEOPLE AT HIS FARM.",
       "killed=- injured=1 names=EDGAR MONTOYA"},
      {"CALI, 3 MAR 90 -- GUERRILLAS KIDNAPPED THREE PEOPLE ON MONDAY. NEWSMAN EMILIANO J. ROJAS, WHO WORKS FOR A "
       "RADIO STATION, WAS KIDNAPPED ALONG WITH THE POLITICAL LEADER.",
       "killed=- injured=- names=EMILIANO J. ROJAS"},
      {"Armed men abducted the businessman Thomas F. Walker in Lagos on Monday.",
       "killed=- injured=- names=Thomas F. Walker"},
      {"SAN SALVADOR, 20 NOV 89 -- TWO DOMESTIC SERVANTS (A MOTHER AND A DAUGHTER) WERE KILLED TOGETHER WITH THE "
       "CLERGYMEN, FIVE SPANIARDS, INCLUDING UCA RECTOR IGNACIO MARTINEZ, AND A SALVADORAN.",
       "killed=2 injured=- names=IGNACIO MARTINEZ"},
      {"SAN SALVADOR, 20 NOV 89 -- SOLDIERS MURDERED TWO WOMEN, THE COOK ELBA ROSA RAMOS AND HER 15-YEAR-OLD "
       "DAUGHTER MARISELA, IN THE PARISH HOUSE ON THURSDAY.",
       "killed=2 injured=- names=ELBA ROSA RAMOS|MARISELA"},
  };
  for (const auto& c : cases) check(c);
}

// A list of people separated by semicolons whose last item is unnamed: the names before it
// are the verb's subjects ("A, an employee of X; B, a spokesman; and a worker were kidnapped").
TEST(VictimShapes, SemicolonListEndingUnnamed) {
  const ShapeCase cases[] = {
      {"BOGOTA, 3 MAR 90 -- NEAR BARRANCABERMEJA, ALVARO PEREZ, AN EMPLOYEE OF THE AGRARIAN FUND; OSCAR CELIO "
       "MENDOZA, A SPOKESMAN FOR INCORA [COLOMBIAN INSTITUTE OF AGRARIAN REFORM]; AND A WORKER FROM THE TOWN WERE "
       "KIDNAPPED YESTERDAY.",
       "killed=- injured=- names=ALVARO PEREZ|OSCAR CELIO MENDOZA"},
      {"Gunmen stopped a bus near Kisumu on Monday. Peter Otieno, a teacher; Mary Wanjiru, a nurse; and a "
       "driver were abducted.",
       "killed=- injured=- names=Peter Otieno|Mary Wanjiru"},
  };
  for (const auto& c : cases) check(c);
}

// In all-caps copy an "-ly" word the dictionary lacks is a surname, not a manner adverb
// between the subject and its verb ("was brutally murdered" keeps its adverb).
TEST(VictimShapes, LySurnamesInCapitals) {
  const ShapeCase cases[] = {
      {"BOGOTA, 9 JAN 90 -- JAMES DONNELLY WAS KIDNAPPED BY GUERRILLAS IN MEDELLIN ON MONDAY.",
       "killed=- injured=- names=JAMES DONNELLY"},
      {"BOGOTA, 9 JAN 90 -- JUAN PEREZ WAS BRUTALLY MURDERED BY GUERRILLAS IN MEDELLIN ON MONDAY.",
       "killed=1 injured=- names=JUAN PEREZ"},
  };
  for (const auto& c : cases) check(c);
}

}  // namespace
}  // namespace sitrep
