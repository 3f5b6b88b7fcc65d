// Table tests for victims named away from the casualty word: a definite title restating a
// person named earlier ("the attorney general was unhurt"), a pronoun subject restating the
// person last named ("He died in hospital"), an employer after the name ("X of the Sunday
// Times"), an apposition the writer did not close with a comma, and captives "in the hands
// of" their captors. {news text, the victims layer rendered "NAME:effect|..."} (named
// groups only, in text order; an empty effect is an attack whatever its outcome).
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <string>

#include "extract/analysis.h"
#include "pipeline/pipeline.h"

namespace sitrep {
namespace {

struct RestatedCase {
  const char* text;
  const char* expected;
};

std::string named_victims(const std::string& text) {
  test::Analysed a(text, "2024-01-15");
  run_extract_stages(a.get());
  std::string out;
  for (const VictimGroup& v : a->victims) {
    if (v.name.empty()) continue;
    if (!out.empty()) out += "|";
    out += v.name + ":" + v.effect;
  }
  return out;
}

void check(const RestatedCase& c) { EXPECT_EQ(named_victims(c.text), c.expected) << c.text; }

// "Attorney General X ... the attorney general was unhurt": a singular definite title, with
// no complement after it, is the person last named with that title (before the name or in
// an apposition after it). "The president of the transport union" is someone else, and so
// is a title told after a clause ("X, police said the teacher ..."). The people attacked
// ("fired on a helicopter carrying X") are listed with an empty effect.
TEST(RestatedVictims, DefiniteTitle) {
  const RestatedCase cases[] = {
      {"BOGOTA, 4 MAR 90 -- GUERRILLAS FIRED ON A HELICOPTER CARRYING ATTORNEY GENERAL ALFONSO GOMEZ NEAR NEIVA ON "
       "MONDAY. ONE SOLDIER WAS KILLED. THE ATTORNEY GENERAL WAS UNHURT.",
       "ALFONSO GOMEZ:|ALFONSO GOMEZ:unharmed"},
      {"Gunmen attacked a car carrying Governor Musa Ibrahim near Maiduguri on Sunday. The governor was wounded in "
       "the leg.",
       "Musa Ibrahim:|Musa Ibrahim:injured"},
      {"A bomb exploded outside the home of President Luis Ortega in Quito on Monday. The president was unhurt.",
       "Luis Ortega:unharmed"},
      {"Gunmen attacked a bus in Peshawar on Friday, a week after President Arif Alvi visited the city. The president "
       "of the transport union was wounded.",
       ""},
      {"MANILA, 3 FEB 87 -- PEDRO SANTOS, THE MAYOR OF TAGUM, RECEIVED THREATS LAST MONTH. ON MONDAY THE MAYOR WAS "
       "SHOT DEAD BY REBELS.",
       "PEDRO SANTOS:killed"},
  };
  for (const auto& c : cases) check(c);
}

// "X was ambushed ... He was killed instantly": "he" or "she" as the subject of a casualty
// word stands for the person last named in its sentence or the one before.
TEST(RestatedVictims, PronounSubject) {
  const RestatedCase cases[] = {
      {"MANILA, 3 FEB 87 -- REBELS AMBUSHED A JEEP CARRYING MAYOR ROBERTO SANTOS NEAR DAVAO. HE WAS KILLED "
       "INSTANTLY.",
       "ROBERTO SANTOS:|ROBERTO SANTOS:killed"},
      {"Gunmen shot and wounded Senator Ahmed Khan outside his home in Quetta on Monday. He died in hospital hours "
       "later.",
       "Ahmed Khan:injured|Ahmed Khan:killed"},
      {"Unknown attackers threw a grenade at a bus in Gulu on Monday. She was slightly injured, a police officer "
       "said.",
       ""},
  };
  for (const auto& c : cases) check(c);
}

// What stands between a name and its verb: an employer after "of" ("British newsman X of the
// Sunday Times [as heard]"), and an apposition the writer did not close with a comma
// ("X, assistant secretary of the party was shot"); a clause after the comma is no apposition.
TEST(RestatedVictims, EmployerAndOpenApposition) {
  const RestatedCase cases[] = {
      {"SAN SALVADOR, 17 NOV 89 -- BRITISH NEWSMAN PETER COLLINS OF THE DAILY HERALD [AS HEARD] WAS KILLED BY "
       "SNIPER FIRE IN MEJICANOS ON THURSDAY.",
       "PETER COLLINS:killed"},
      {"Engineer Juan Perez of the Red Cross was kidnapped by gunmen near Arauca on Tuesday.", "Juan Perez:abducted"},
      {"GUATEMALA CITY, 22 MAR 90 -- DANIEL SOLORZANO, ASSISTANT SECRETARY OF THE RULING PARTY WAS SHOT AND KILLED "
       "ON 21 MARCH BY UNIDENTIFIED MEN.",
       "DANIEL SOLORZANO:killed"},
      {"Maria Lopez, a teacher at the village school was shot dead by gunmen in Cauca on Monday.",
       "Maria Lopez:killed"},
      {"Maria Lopez, police said the teacher was shot dead by gunmen in Cauca on Monday.", ""},
  };
  for (const auto& c : cases) check(c);
}

// A captive "in the hands of" captors: the name before it (auxiliaries, "still", "also"
// skipped) was abducted; a case or an investigation in someone's hands names no captive.
TEST(RestatedVictims, InTheHandsOf) {
  const RestatedCase cases[] = {
      {"BOGOTA, 3 FEB 90 -- ELN GUERRILLAS KIDNAPPED THREE RANCHERS LAST WEEK. HERNANDO TORRES JAIMES, MAYOR OF "
       "HACARI, IS ALSO IN THE HANDS OF THE ELN.",
       "HERNANDO TORRES JAIMES:abducted"},
      {"Rebels abducted two aid workers near Gao in March. Anna Lindqvist is still in the hands of her kidnappers.",
       "Anna Lindqvist:abducted"},
      {"A bomb exploded in Cali on Monday. The investigation is in the hands of Judge Pedro Garcia.", ""},
  };
  for (const auto& c : cases) check(c);
}

}  // namespace
}  // namespace sitrep
