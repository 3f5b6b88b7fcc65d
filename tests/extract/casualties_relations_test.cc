// Table tests for named victims in the shapes news uses around a name beyond the verb
// itself: {news text, what the first incident record says}, rendered as "killed=K
// injured=I names=N1|N2" (a count is its value, "?" vague, "-" none; names are
// victims[].name in order). The shapes: a noun of killing with its "of" ("the massacre of",
// "the assassinations of", "took the life of"); a relation as the name's title ("his wife
// X", "her 15-year-old daughter Y"); lists joined by "as well as" / "along with"; "X, one
// of the N people killed"; a naming verb with one name word ("a guard named X"); an armed
// attack on a person's home (MUC-4's HUM TGT: the owner; a bomb at the home names no
// victim); a date between the noun and its "of" ("the murder on Sunday of X"); a name
// that modifies a target's noun ("the Cano Limon pipeline") is no person; and a shorter
// form of a name restates the full one; "A and B Surname" names two people.
#include <gtest/gtest.h>

#include "../support/analyse.h"
#include "../support/render.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct RelationCase {
  const char* text;
  const char* expected;
};

void check(const RelationCase& c) { EXPECT_EQ(test::record_casualties(c.text), c.expected) << c.text; }

// Nouns and phrases of killing followed by "of" and the people killed.
TEST(NamedVictimRelations, KillingNounsWithOf) {
  const RelationCase cases[] = {
      {"KIGALI, 12 APR 94 -- THE MASSACRE OF PASTOR PIERRE MUGABO AND TEACHER JEAN HABIMANA WAS CARRIED OUT BY "
       "MILITIAMEN IN GIKONGORO ON TUESDAY.",
       "killed=2 injured=- names=PIERRE MUGABO|JEAN HABIMANA"},
      {"Police linked the two suspects to the assassinations of journalist Maria Castillo and lawyer Pedro Rojas in "
       "Tegucigalpa last year.",
       "killed=2 injured=- names=Maria Castillo|Pedro Rojas"},
      {"A roadside bomb took the life of district governor Ahmad Karimi in Helmand on Monday.",
       "killed=1 injured=- names=Ahmad Karimi"},
  };
  for (const auto& c : cases) check(c);
}

// A relation written before a name is its title; a possessive may open it, with an age.
TEST(NamedVictimRelations, RelationsAsTitles) {
  const RelationCase cases[] = {
      {"Gunmen killed farmer Juan Mamani and his wife Rosa Quispe near Ayacucho on Sunday.",
       "killed=2 injured=- names=Juan Mamani|Rosa Quispe"},
      {"MOGADISHU, 3 JUN 93 -- GUNMEN KIDNAPPED BUSINESSMAN ALI HASSAN AND HIS 12-YEAR-OLD SON OMAR IN MOGADISHU ON "
       "FRIDAY.",
       "killed=- injured=- names=ALI HASSAN|OMAR"},
      // A comma after the related person's name is no relation comma ("his driver, X").
      {"SAN SALVADOR, 16 NOV 89 -- THE MURDER OF UNION LEADER JOSE AMAYA AND HER DAUGHTER CELINA RAMOS, WAS "
       "DENOUNCED BY THE CHURCH TODAY.",
       "killed=2 injured=- names=JOSE AMAYA|CELINA RAMOS"},
      // A relation with no name after it names nobody (but is one more person killed).
      {"Gunmen shot dead Juan Mamani and his brother in Puno on Sunday.",
       "killed=2 injured=- names=Juan Mamani"},
  };
  for (const auto& c : cases) check(c);
}

// Names before the verb joined by "as well as", "along with", with a possessive relation.
TEST(NamedVictimRelations, LeftListsWithPhrasalJoiners) {
  const RelationCase cases[] = {
      {"Archbishop Pedro Salinas, Father Tomas Ruiz, as well as their cook, Elena Rojas, were murdered in Cuzco "
       "on Sunday.",
       "killed=3 injured=- names=Pedro Salinas|Tomas Ruiz|Elena Rojas"},
      {"PORT HARCOURT, 2 FEB 07 -- ENGINEER DAVID EVANS ALONG WITH HIS DRIVER MUSA BELLO WERE ABDUCTED BY "
       "MILITANTS ON MONDAY.",
       "killed=- injured=- names=DAVID EVANS|MUSA BELLO"},
  };
  for (const auto& c : cases) check(c);
}

// "X, one of the N people killed ...": the name is a member of the counted group.
TEST(NamedVictimRelations, OneOfTheGroup) {
  const RelationCase cases[] = {
      {"Omar Saleh, one of the three journalists killed in Mosul on Tuesday, had worked for Reuters for ten years.",
       "killed=3 injured=- names=Omar Saleh"},
      {"SAN SALVADOR, 2 DEC 89 -- JOSE RAMIREZ, ONE OF THE FOUR PEASANTS WHO WERE MURDERED BY SOLDIERS IN "
       "CHALATENANGO, WAS A CATECHIST.",
       "killed=4 injured=- names=JOSE RAMIREZ"},
  };
  for (const auto& c : cases) check(c);
}

// "Mariano and Felix Ropero": a lone given name joined to a full name is a person whose
// surname the text gives once; a given name joined to a surname-ended name is not alone.
TEST(NamedVictimRelations, SharedSurnames) {
  const RelationCase cases[] = {
      {"VALLEDUPAR, 21 FEB 90 -- REBELS MURDERED TWO PEASANTS IN GUACHICA. THEY WERE IDENTIFIED AS MARIANO AND "
       "FELIX ROPERO NAVARRO, 26 AND 24.",
       "killed=2 injured=- names=MARIANO|FELIX ROPERO NAVARRO"},
      {"Gunmen killed brothers Juan and Pedro Gomez in Tumaco on Sunday.",
       "killed=2 injured=- names=Juan|Pedro Gomez"},
      {"Pedro Garcia and Juan Lopez were killed in Tumaco on Sunday.",
       "killed=2 injured=- names=Pedro Garcia|Juan Lopez"},
  };
  for (const auto& c : cases) check(c);
}

// Words that look like victims' names but are not: a speaker after "gunshot wounds" (a
// noun, no act with an object); a name after "the leaders," that is the subject of the next
// clause (a single name after a plural noun is no apposition of it).
TEST(NamedVictimRelations, NamesThatAreNoVictims) {
  const RelationCase cases[] = {
      {"BOGOTA, 22 MAR 90 -- SENATOR PEDRO ROJAS HAS DIED FROM GUNSHOT WOUNDS, JORGE MEDINA, SPOKESMAN FOR THE "
       "PARTY, HAS REPORTED.",
       "killed=1 injured=- names=PEDRO ROJAS"},
      {"Senator Pedro Rojas died on Monday from gunshot wounds, Jorge Medina, a spokesman for the party, told "
       "reporters in Bogota.",
       "killed=1 injured=- names=Pedro Rojas"},
      {"After the murder of the opposition leaders, President Juan Alvarado ordered an inquiry in Guatemala City.",
       "killed=? injured=- names="},
      // A list of names after a plural noun and a comma names its members.
      {"Gunmen murdered three union leaders, Pedro Garcia, Juan Lopez and Jose Ramos, in Cali on Monday.",
       "killed=3 injured=- names=Pedro Garcia|Juan Lopez|Jose Ramos"},
  };
  for (const auto& c : cases) check(c);
}

// A naming verb after a counted person gives a name of one word.
TEST(NamedVictimRelations, NamedAfterAGroup) {
  const RelationCase cases[] = {
      {"Unidentified men threw a grenade at a bank in Kampala on Monday, injuring a guard named Okello.",
       "killed=- injured=1 names=Okello"},
  };
  for (const auto& c : cases) check(c);
}

// An armed attack on a person's home names its owner; a bomb at the home does not.
TEST(NamedVictimRelations, HomeOwners) {
  const RelationCase cases[] = {
      {"Gunmen attacked the home of Senator Jorge Castro in Cali on Monday night.",
       "killed=- injured=- names=Jorge Castro"},
      {"SAN SALVADOR, 11 NOV 89 -- A REBEL DIED WHILE ATTACKING THE RESIDENCE OF DEPUTY MARIO VALIENTE.",
       "killed=- injured=- names=MARIO VALIENTE"},
      {"A bomb attack on the home of Senator Jorge Castro damaged its facade in Cali on Monday.",
       "killed=- injured=- names="},
  };
  for (const auto& c : cases) check(c);
}

// A date between the noun or gerund and its "of"; a name before a target's noun.
TEST(NamedVictimRelations, DatesAndTargetNames) {
  const RelationCase cases[] = {
      {"The murder on Sunday of opposition leader Juan Perez shocked Lima.", "killed=1 injured=- names=Juan Perez"},
      {"Police said the killing last week of Maria Lopez was the work of a gang in Guayaquil.",
       "killed=1 injured=- names=Maria Lopez"},
      {"BOGOTA, 2 JUN 89 -- GUERRILLAS ATTACKED THE CANO LIMON-COVENAS OIL PIPELINE IN ARAUCA ON FRIDAY.",
       "killed=- injured=- names="},
      // A place between the noun and its "of", and a plural title before the list of names.
      {"SAN SALVADOR, 30 JAN 90 -- THE COMMITTEE CONDEMNED THE MURDER IN GUATEMALA OF POLITICAL LEADERS HECTOR "
       "RAMIREZ AND ELENA FLORES.",
       "killed=2 injured=- names=HECTOR RAMIREZ|ELENA FLORES"},
      {"Rights groups condemned the assassination in Kabul of journalist Ahmad Karimi and his companion Sarah "
       "Collins on Monday.",
       "killed=2 injured=- names=Ahmad Karimi|Sarah Collins"},
  };
  for (const auto& c : cases) check(c);
}

// Every record's names, records separated by " / ".
std::string all_names(const char* text) {
  ExtractResult r = test::extract_text(text, "2024-01-15", true);
  std::string out;
  for (const std::string& line : r.records) {
    nlohmann::json j = nlohmann::json::parse(line);
    if (!out.empty()) out += " / ";
    std::string names;
    for (const auto& v : j["victims"]) {
      if (!v.contains("name") || v["name"].is_null()) continue;
      if (!names.empty()) names += "|";
      names += v["name"].get<std::string>();
    }
    out += names;
  }
  return out;
}

// A name that opens a fuller one of the document restates it (a second surname dropped),
// as one that ends one does (the given name dropped): the victim keeps the full name.
TEST(NamedVictimRelations, ShorterFormsRestateTheFullName) {
  const RelationCase cases[] = {
      {"GUATEMALA CITY, 15 JAN 90 -- HEAVILY ARMED MEN KIDNAPPED UNION LEADER HECTOR RAMIREZ COLINDRES IN GUATEMALA "
       "CITY ON FRIDAY. DAYS LATER, GUNMEN SHOT DEAD HECTOR RAMIREZ IN ESCUINTLA.",
       "HECTOR RAMIREZ COLINDRES / HECTOR RAMIREZ COLINDRES"},
      {"Gunmen kidnapped Senator Jorge Luis Paredes in Cucuta on Friday. Days later, gunmen shot dead Paredes in "
       "Pamplona.",
       "Jorge Luis Paredes / Jorge Luis Paredes"},
  };
  for (const auto& c : cases) EXPECT_EQ(all_names(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
