// Table tests for named victims (victims[].name): {news text, what the first incident
// record says}, rendered as "killed=K injured=I names=N1|N2" (a count is its value, "?"
// vague, "-" none; names in order). The shapes are those news uses to name the people it
// has counted: ages in lists, a name coordinated with a group, names as subject of a
// copula whose complement is the group, names after "including", a nationality or trade
// before a listed name, a relation before a name ("and his driver, X"). MUC-4's HUM TGT:
// NAME and ACLED/GTD notes name victims the same way.
#include <gtest/gtest.h>

#include "../support/analyse.h"
#include "../support/render.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct NamedCase {
  const char* text;
  const char* expected;
};

void check(const NamedCase& c) { EXPECT_EQ(test::record_casualties(c.text), c.expected) << c.text; }

// "19-year-old A, 30-year-old B and 40-year-old C": an age before a name opens the next
// person of the list; an age after a name is its apposition.
TEST(NamedVictims, AgesInLists) {
  const NamedCase cases[] = {
      {"NAIROBI, 12 MAR 93 -- A GRENADE EXPLODED AT A BUS STOP IN NAIROBI ON MONDAY. THE INJURED WERE 19-YEAR-OLD "
       "JOHN KAMAU, 30-YEAR-OLD PETER OTIENO AND 45-YEAR-OLD JOSEPH MWANGI.",
       "killed=- injured=3 names=JOHN KAMAU|PETER OTIENO|JOSEPH MWANGI"},
      {"Gunmen attacked a convoy near Kismayo on Tuesday. The injured were 24-year-old Sarah Collins, 41-year-old "
       "Peter Novak and a driver.",
       "killed=- injured=2 names=Sarah Collins|Peter Novak"},
      {"LIMA, 8 JUN 91 -- HECTOR QUISPE, 20 YEARS OLD, AND JUAN MAMANI, 21, WERE SHOT DEAD BY GUERRILLAS IN "
       "AYACUCHO ON FRIDAY.",
       "killed=2 injured=- names=HECTOR QUISPE|JUAN MAMANI"},
  };
  for (const auto& c : cases) check(c);
}

// Lists of named people: ages after the names mark each person even when a surname is
// also a town or a word; items separated by semicolons are read one by one, unnamed
// ones skipped; and a name with an age and an apposition before its verb.
TEST(NamedVictims, ListsOfPeople) {
  const NamedCase cases[] = {
      {"A bomb exploded at a bus terminal in Cuenca on Friday. Among the wounded are Maria Lopez, 34; Rosa Toledo, "
       "23; and Pablo Quito, 40.",
       "killed=- injured=3 names=Maria Lopez|Rosa Toledo|Pablo Quito"},
      {"KABUL, 3 MAY 94 -- A ROCKET HIT A MARKET IN KABUL ON TUESDAY. WOUNDED IN THE BLAST WERE: A SHOPKEEPER; AHMAD "
       "KARIMI, A STUDENT WHO WAS WALKING BY; AND GHULAM RAHIMI, A BAKER.",
       "killed=- injured=2 names=AHMAD KARIMI|GHULAM RAHIMI"},
      {"MANILA, 14 AUG 84 -- ROBERT JAMES BRADY, 34, AN AMERICAN TEACHER, WAS SHOT DEAD BY GUNMEN IN DAVAO.",
       "killed=1 injured=- names=ROBERT JAMES BRADY"},
      {"LA PAZ, 2 JUN 89 -- TERRORISTS KILLED TWO MISSIONARIES ON WEDNESDAY. DAVID JOHN BARRETT AND JAMES WILSON WERE "
       "THE MISSIONARIES KILLED.",
       "killed=2 injured=- names=DAVID JOHN BARRETT|JAMES WILSON"},
  };
  for (const auto& c : cases) check(c);
}

// A name coordinated with a counted group is one more person ("X and seven other
// people"); names after "including" are members of the group.
TEST(NamedVictims, NamesBesideGroups) {
  const NamedCase cases[] = {
      {"Journalist Anna Petrova and three other people were wounded when a shell hit a market in Donetsk on Sunday.",
       "killed=- injured=4 names=Anna Petrova"},
      {"KARACHI, 5 MAY 95 -- SIX PEOPLE WERE WOUNDED, INCLUDING POLICE INSPECTOR ASIF KHAN, WHEN A BOMB EXPLODED AT "
       "A MARKET IN SADDAR.",
       "killed=- injured=6 names=ASIF KHAN"},
      {"A car bomb killed nine people in Beirut on Tuesday, including the well-known newspaper editor Walid Haddad.",
       "killed=9 injured=- names=Walid Haddad"},
      {"Four people were killed on Friday, including pastor Samuel Okafor, when gunmen opened fire on a bus near Jos.",
       "killed=4 injured=- names=Samuel Okafor"},
  };
  for (const auto& c : cases) check(c);
}

// "A and B were the teachers killed": the names restate the group just counted.
TEST(NamedVictims, CopulaSubjects) {
  const NamedCase cases[] = {
      {"Gunmen killed two teachers in Sindh on Friday. Imran Qureshi and Tariq Malik were the teachers killed.",
       "killed=2 injured=- names=Imran Qureshi|Tariq Malik"},
      {"BOGOTA, 20 FEB 90 -- GUERRILLAS KILLED TWO ENGINEERS IN ARAUCA. CARLOS PINEDA AND JORGE OSORIO WERE THE "
       "ENGINEERS KILLED.",
       "killed=2 injured=- names=CARLOS PINEDA|JORGE OSORIO"},
      // A participle followed by an auxiliary has no object: the people before it were killed.
      {"A bomb killed three people in Kampala on Monday. The three people killed have been identified. They are "
       "Moses Okello, Agnes Achieng and Joseph Mugisha.",
       "killed=3 injured=- names=Moses Okello|Agnes Achieng|Joseph Mugisha"},
  };
  for (const auto& c : cases) check(c);
}

// Lists of people: a nationality or trade before each name, a relation before a name.
TEST(NamedVictims, ListsWithModifiers) {
  const NamedCase cases[] = {
      {"Canadian David Evans, Briton John Parker and Austrian Hans Weber were abducted by gunmen in the Niger Delta on "
       "Monday.",
       "killed=- injured=- names=David Evans|John Parker|Hans Weber"},
      {"PORT HARCOURT, 2 FEB 07 -- DUTCHMAN PETER VAN DIJK AND FRENCHMAN PIERRE DUPONT WERE KIDNAPPED BY MILITANTS "
       "ON A BARGE.",
       "killed=- injured=- names=PETER VAN DIJK|PIERRE DUPONT"},
      {"Gunmen abducted Mayor Luis Ortega and his driver, Jorge Salinas, outside Cuenca on Sunday.",
       "killed=- injured=- names=Luis Ortega|Jorge Salinas"},
      {"Mayor Luis Ortega was kidnapped in Cuenca on Sunday together with his driver, Jorge Salinas.",
       "killed=- injured=- names=Luis Ortega|Jorge Salinas"},
      {"SAN SALVADOR, 2 FEB 90 -- A BOMB EXPLODED IN A MARKET. VENDOR ROSA AMAYA WAS KILLED ALONG WITH NESTOR "
       "CALDERON, A PORTER WHO WAS UNLOADING A TRUCK.",
       "killed=2 injured=- names=ROSA AMAYA|NESTOR CALDERON"},
      {"MEDELLIN, 4 APR 88 -- UNIDENTIFIED MEN KILLED JUDGE CARLOS RIVAS, HIS WIFE, ELENA ROJAS, AND THEIR SON.",
       "killed=3 injured=- names=CARLOS RIVAS|ELENA ROJAS"},
  };
  for (const auto& c : cases) check(c);
}

// A name before a long relative clause or an apposition with brackets; a name given with an
// age after "identified ... as"; the people counted in "one of the injured persons is X"; a
// name sharing a word with a town; a semicolon list with an unnamed item.
TEST(NamedVictims, ClausesAndIdentifications) {
  const NamedCase cases[] = {
      {"A car bomb exploded outside a bank in Bilbao on Monday. Jon Arregi, 58, who was walking his dog along the "
       "river at the time of the explosion near the old bridge, was killed.",
       "killed=1 injured=- names=Jon Arregi"},
      {"BOGOTA, 3 AUG 89 -- GUSTAVO PINZON, COORDINATOR OF THE PATRIOTIC UNION [UP] IN META DEPARTMENT, WAS GUNNED "
       "DOWN TODAY.",
       "killed=1 injured=- names=GUSTAVO PINZON"},
      {"TEGUCIGALPA, 5 MAR 90 -- TWO MEN WERE SHOT DEAD ON A ROAD NEAR OLANCHO. THE POLICE IDENTIFIED THE DEAD MEN AS "
       "NOLASCO BARAHONA, 38, AND TEODORO MEJIA, 42.",
       "killed=2 injured=- names=NOLASCO BARAHONA|TEODORO MEJIA"},
      {"QUITO, 7 JUL 88 -- A BOMB EXPLODED AT A BUS STATION IN QUITO. ONE OF THE INJURED PERSONS IS POLICEMAN LUIS "
       "ANDRADE, WHO HAS BEEN ADMITTED TO A HOSPITAL.",
       "killed=- injured=1 names=LUIS ANDRADE"},
      {"A mortar shell that hit a market in Mogadishu on Friday killed Amina Hassan, 31; a boy of about ten; and Abdi "
       "Warsame, 55.",
       "killed=2 injured=- names=Amina Hassan|Abdi Warsame"},
      {"LIMA, 4 NOV 92 -- A CAR BOMB EXPLODED IN MIRAFLORES. INGRID CAJAMARCA, A FOREIGN NURSE, WAS KILLED IN THE "
       "BLAST.",
       "killed=1 injured=- names=INGRID CAJAMARCA"},
  };
  for (const auto& c : cases) check(c);
}

// After a plural title each listed surname is a person; a name right after a physical
// target's noun names the target ("the oil well X"), not a person.
TEST(NamedVictims, TitlesAndTargets) {
  const NamedCase cases[] = {
      {"BOGOTA, 20 MAR 89 -- GUNMEN MURDERED COMRADES FORERO, SOTELO, AND ANTEQUERA IN BOGOTA.",
       "killed=3 injured=- names=FORERO|SOTELO|ANTEQUERA"},
      {"BOGOTA, 2 JUN 89 -- GUERRILLAS ATTACKED THE OIL WELL TOCUYO ARENILLA IN ARAUCA LAST NIGHT.",
       "killed=- injured=- names="},
      {"Rebels attacked the hotel Green Palm in Goma on Monday.", "killed=- injured=- names="},
  };
  for (const auto& c : cases) check(c);
}

// A person introduced by a naming verb: "a shopkeeper named X", "two boys identified only as
// A and B", "a 6-month-old girl called C" (news gives single given names this way).
TEST(NamedVictims, NamingVerbs) {
  const NamedCase cases[] = {
      {"A grenade exploded at a bus stop in Peshawar on Monday. Three people were wounded: a shopkeeper named Gul "
       "Khan, two boys identified only as Imran and Bilal, and a 6-month-old girl called Aisha.",
       "killed=- injured=3 names=Gul Khan|Imran|Bilal|Aisha"},
      {"LIMA, 4 NOV 92 -- A CAR BOMB EXPLODED IN MIRAFLORES, KILLING A GUARD AND A FOREIGNER NAMED INGRID CAJAMARCA.",
       "killed=2 injured=- names=INGRID CAJAMARCA"},
  };
  for (const auto& c : cases) check(c);
}

// Names given after the count, by naming cues: "they were named as", "police named them as",
// "among the dead was", "the dead included".
TEST(NamedVictims, NamesAfterTheCount) {
  const NamedCase cases[] = {
      {"Two journalists were killed in Mosul on Tuesday. They were named as Omar Saleh, 29, of Reuters and Khalid "
       "Hamid, 35, a freelance cameraman.",
       "killed=2 injured=- names=Omar Saleh|Khalid Hamid"},
      {"Two journalists were killed in Mosul on Tuesday. Police named them as Omar Saleh and Khalid Hamid.",
       "killed=2 injured=- names=Omar Saleh|Khalid Hamid"},
      {"A suicide bomber struck a wedding in Kirkuk on Saturday, killing 12 people. Among those killed were Ahmed "
       "Hassan and his brother, Ali Hassan.",
       "killed=12 injured=- names=Ahmed Hassan|Ali Hassan"},
  };
  for (const auto& c : cases) check(c);
}

// A manner adverb between the auxiliary and the participle keeps the passive and its subject.
TEST(NamedVictims, MannerAdverbs) {
  const NamedCase cases[] = {
      {"Jairo Ortiz was brutally murdered by gunmen in Tumaco on Sunday.", "killed=1 injured=- names=Jairo Ortiz"},
      {"JOS, 4 MAR 2010 -- PASTOR SAMUEL OKAFOR WAS SAVAGELY BEATEN TO DEATH BY A MOB IN JOS ON FRIDAY.",
       "killed=1 injured=- names=SAMUEL OKAFOR"},
      // A word in -ly that names people is no adverb: the family is the subject.
      {"The family was killed when a shell hit their house in Homs on Monday.", "killed=? injured=- names="},
  };
  for (const auto& c : cases) check(c);
}

// A name inside an apposition ("the commander of forces loyal to President X") describes
// the person named before it, who is the victim.
TEST(NamedVictims, AppositionOwner) {
  const NamedCase cases[] = {
      {"Colonel Ahmed Saleh, the commander of forces loyal to President Hadi, was killed in an ambush near Aden on "
       "Thursday.",
       "killed=1 injured=- names=Ahmed Saleh"},
      {"SAN SALVADOR, 9 MAR 89 -- ENGINEER JOSE ALFARO, A SON OF FORMER MINISTER RAUL ALFARO, WAS KIDNAPPED BY "
       "URBAN COMMANDOS.",
       "killed=- injured=- names=JOSE ALFARO"},
  };
  for (const auto& c : cases) check(c);
}

}  // namespace
}  // namespace sitrep
