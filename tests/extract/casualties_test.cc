// Table tests for casualties and their counting: {news text, what the first incident
// record says}. The whole pipeline runs (the victim groups of extract/casualties are
// counted per incident in incident/counts), and the record renders as
// "killed=K injured=I attackers=A names=N1|N2": a count is its value, "?" when the text
// gives one with no figure (vague), "-" when the record has none (null); names are
// victims[].name in order. Conventions: SPEC section 3, which follows ACLED's codebook
// (lowest figure of conflicting sources, "dozens" = 12, fatalities include attackers in
// the acled view) and GTD's (nkill = victims, nkillter = perpetrators killed, apart).
#include <gtest/gtest.h>

#include "../support/analyse.h"
#include "../support/render.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct CasualtyCase {
  const char* text;
  const char* expected;
};

using test::pipeline;

void check(const CasualtyCase& c) { EXPECT_EQ(test::record_casualties(c.text, true), c.expected) << c.text; }

// One group, one figure: the words before or after the casualty verb.
TEST(Casualties, SingleGroups) {
  const CasualtyCase cases[] = {
      {"A roadside bomb killed three soldiers in Helmand province on Tuesday.", "killed=3 injured=- attackers=- names="},
      {"Five civilians were killed when a mortar shell hit a market in Aleppo on Sunday.", "killed=5 injured=- attackers=- names="},
      {"Gunmen opened fire on a bus in Quetta on Monday, wounding 14 passengers.", "killed=- injured=14 attackers=- names="},
      {"At least 20 people died in the bombing of a mosque in Kano on Friday.", "killed=20 injured=- attackers=- names="},
      {"A soldier was killed in a rebel ambush near Goma on Thursday.", "killed=1 injured=- attackers=- names="},
      {"SAN SALVADOR, 3 JAN 90 -- SIX PEASANTS WERE KILLED IN AN ARMY ATTACK ON A VILLAGE IN CHALATENANGO.",
       "killed=6 injured=- attackers=- names="},
      {"Two journalists were injured in an explosion in Mogadishu on Saturday.", "killed=- injured=2 attackers=- names="},
      {"An airstrike on a school in Saada on Monday killed 12 children, medics said.", "killed=12 injured=- attackers=- names="},
  };
  for (const auto& c : cases) check(c);
}

// Disjoint groups are summed; a restatement of the same people is counted once (SPEC
// section 3: "two employees and four Iraqis" = 6; "four civilians" = the four Iraqis).
TEST(Casualties, GroupsAndRestatements) {
  const CasualtyCase cases[] = {
      {"A suicide bomber killed two soldiers and four civilians in Mogadishu on Monday.", "killed=6 injured=- attackers=- names="},
      {"The explosion in Lagos killed three policemen and two children on Sunday.", "killed=5 injured=- attackers=- names="},
      {"Gunmen killed two employees of the Turkish consulate and four Iraqis in Mosul on Monday. Police said four "
       "civilians died.",
       "killed=6 injured=- attackers=- names="},
      {"Rebels ambushed a convoy near Goma on Monday, killing three soldiers. Two civilians were also wounded.",
       "killed=3 injured=2 attackers=- names="},
      {"Militants stormed a hotel in Mogadishu on Friday, killing eight guests. Eight people were killed, the police "
       "said.",
       "killed=8 injured=- attackers=- names="},
  };
  for (const auto& c : cases) check(c);
}

// People words after a comma of a victims list that a say verb follows are the report's
// speakers, not one more group of victims (and the toll is not vague for them).
TEST(Casualties, SpeakersAfterAListAreNoVictims) {
  const CasualtyCase cases[] = {
      {"Militants ambushed an army convoy near Kidal on Tuesday, killing 12 soldiers, officials said.",
       "12 soldiers"},
      {"A CAR BOMB KILLED FOUR POLICEMEN, TWO SOLDIERS AND A CHILD IN MOSUL, WITNESSES TOLD REPORTERS.",
       "FOUR POLICEMEN|TWO SOLDIERS|A CHILD"},
      {"Gunmen killed three policemen, two soldiers and a civilian in Peshawar on Monday.",
       "three policemen|two soldiers|a civilian"},
  };
  for (const auto& c : cases) {
    DocumentInput in;
    in.id = "test";
    in.text = c.text;
    in.date = "2024-01-15";
    ExtractOptions options;
    options.status = StatusFilter::kAll;
    ExtractResult r = pipeline().extract(in, options);
    ASSERT_FALSE(r.records.empty()) << c.text;
    const nlohmann::json record = nlohmann::json::parse(r.records.front());
    std::string groups;
    for (const auto& v : record["victims"])
      groups += (groups.empty() ? "" : "|") + v["text"].get<std::string>();
    EXPECT_EQ(groups, c.expected) << c.text;
  }
}

// Conflicting figures from sources of one report: the lowest (ACLED's conservative rule),
// the others in evidence; an explicit update replaces the earlier figure.
TEST(Casualties, ConflictsAndUpdates) {
  const CasualtyCase cases[] = {
      {"Police said 10 people were killed in the attack in Peshawar. A hospital official said 12 were killed.",
       "killed=10 injured=- attackers=- names="},
      {"The blast in Lahore killed 15 people on Friday. Officials said the death toll had risen to 20.",
       "killed=20 injured=- attackers=- names="},
      {"A car bomb killed at least 15 people in Baghdad on Friday. The death toll later rose to 22, police said.",
       "killed=22 injured=- attackers=- names="},
  };
  for (const auto& c : cases) check(c);
}

// Attackers who die are apart from victims (GTD nkillter; the acled view adds them to
// fatalities).
TEST(Casualties, Attackers) {
  const CasualtyCase cases[] = {
      {"Militants attacked a checkpoint in Diyala on Monday. Twelve militants were killed and three policemen were "
       "wounded.",
       "killed=- injured=3 attackers=12 names="},
      {"Troops repelled an attack by guerrillas on a base in Cauca on Sunday; four guerrillas were killed.",
       "killed=- injured=- attackers=4 names="},
  };
  for (const auto& c : cases) check(c);
}

// Vague and combined figures: "dozens" = 12 (ACLED) with vague set; "killed and wounded"
// gives neither a death toll nor an injury count (SPEC section 3).
TEST(Casualties, VagueAndCombined) {
  const CasualtyCase cases[] = {
      {"Seven soldiers were killed and wounded in an ambush in Mali on Sunday.", "killed=? injured=? attackers=- names="},
      {"FIVE POLICEMEN WERE WOUNDED AND KILLED WHEN GUERRILLAS ATTACKED A POST IN HUILA.",
       "killed=? injured=? attackers=- names="},
      {"Dozens of people were killed in clashes in Khartoum on Saturday.", "killed=12 injured=- attackers=- names="},
      {"Several people were wounded in the attack on the market in Maiduguri on Friday.",
       "killed=- injured=? attackers=- names="},
  };
  for (const auto& c : cases) check(c);
}

// "No casualties", "no one was hurt": zero, not unknown (SPEC section 3: value 0 when the
// text says none died).
TEST(Casualties, NoCasualties) {
  const CasualtyCase cases[] = {
      {"A bomb exploded near a market in Kano on Friday, causing no casualties.", "killed=0 injured=0 attackers=- names="},
      {"Gunmen attacked a bus in Quetta on Monday. No one was killed but four passengers were wounded.",
       "killed=0 injured=4 attackers=- names="},
      {"REBELS ATTACKED A POLICE POST IN AYACUCHO YESTERDAY. THERE WERE NO CASUALTIES.",
       "killed=0 injured=0 attackers=- names="},
      {"A grenade was thrown at a police station in Srinagar on Tuesday; no one was injured.",
       "killed=- injured=0 attackers=- names="},
  };
  for (const auto& c : cases) check(c);
}

// Named victims: the person's name without the title before it (MUC-4 HUM TGT: NAME),
// in mixed case and in all-caps wire copy, a surname alone restating the full name.
TEST(Casualties, NamedVictims) {
  const CasualtyCase cases[] = {
      {"Gunmen shot dead Mayor Pedro Garcia in Lima on Monday.", "killed=1 injured=- attackers=- names=Pedro Garcia"},
      {"BOGOTA, 9 JAN 90 -- MAYOR PEDRO GARCIA WAS KILLED BY GUERRILLAS IN ANTIOQUIA.",
       "killed=1 injured=- attackers=- names=PEDRO GARCIA"},
      {"SAN SALVADOR, 3 JAN 90 -- GUERRILLAS ALSO KILLED ATTORNEY GENERAL ROBERTO GARCIA ALVARADO.",
       "killed=1 injured=- attackers=- names=ROBERTO GARCIA ALVARADO"},
      {"SAN SALVADOR, 21 JUN 89 -- MARIA ELENA SANTOS, A U.S. NUN, WAS SERIOUSLY WOUNDED TODAY WHEN GUNMEN ATTACKED "
       "HER CAR.",
       "killed=- injured=1 attackers=- names=MARIA ELENA SANTOS"},
      {"LIMA, 5 JAN 90 -- SENDERO GUERRILLAS ATTACKED THE POLICE POST. THE FOLLOWING POLICEMEN DIED IN COMBAT: MAJOR "
       "CARLOS FARFAN CORREA, CAPTAIN WALTER MOSCOSO CARDENAS, AND GUARD JOSE ZINA CAETANO.",
       "killed=3 injured=- attackers=- names=CARLOS FARFAN CORREA|WALTER MOSCOSO CARDENAS|JOSE ZINA CAETANO"},
      {"BOGOTA, 30 MAY 89 -- GUERRILLAS KIDNAPPED JUAN CARLOS OSORIO IN MEDELLIN. OSORIO WAS KILLED TWO DAYS LATER.",
       "killed=1 injured=- attackers=- names=JUAN CARLOS OSORIO"},
      {"Militants kidnapped engineer Ahmed Hassan near Kirkuk on Sunday, police said.",
       "killed=- injured=- attackers=- names=Ahmed Hassan"},
      {"Unidentified gunmen killed Dmitry Ivanov, a local official, in Grozny on Friday.",
       "killed=1 injured=- attackers=- names=Dmitry Ivanov"},
      // A possessor is the victim: "X's murder", "X's kidnappers".
      {"QUITO, 4 MAR 90 -- POLICE ARRESTED TWO MEN FOR THE MURDER OF JUDGE LUIS ALBERTO VEGA ON FRIDAY. VEGA'S "
       "KILLERS WERE PAID BY DRUG TRAFFICKERS.",
       "killed=1 injured=- attackers=- names=LUIS ALBERTO VEGA"},
      // Names after a copula name the group just counted.
      {"TEGUCIGALPA, 2 FEB 90 -- A BOMB EXPLODED AT A BUS STATION IN SAN PEDRO SULA TODAY. THE INJURED WERE JOSE "
       "MARIA LOPEZ, 45, AND ANA ISABEL RIVERA, 30.",
       "killed=- injured=2 attackers=- names=JOSE MARIA LOPEZ|ANA ISABEL RIVERA"},
      // An apposition between the name and the verb, and names joined by "and".
      {"LA PAZ, 8 MAY 90 -- FELIPE QUISPE MAMANI, A PEASANT LEADER, AND SIMON TORRES VARGAS WERE KIDNAPPED BY ARMED "
       "MEN IN ORURO.",
       "killed=- injured=- attackers=- names=FELIPE QUISPE MAMANI|SIMON TORRES VARGAS"},
      // A middle name that is also a dictionary word ("ROSE"), in all-caps copy; a dictionary word
      // after a full name is no part of it.
      {"SAN SALVADOR, 4 APR 89 -- MARIA ROSE FLORES WAS MURDERED BY THE REBELS NEAR GUAZAPA.",
       "killed=1 injured=- attackers=- names=MARIA ROSE FLORES"},
      {"GUATEMALA CITY, 9 FEB 90 -- GUNMEN KILLED CARLOS PEREZ NEAR HIS HOME TODAY.",
       "killed=1 injured=- attackers=- names=CARLOS PEREZ"},
      // The same person under a fuller and a shorter name is listed once.
      {"Gunmen killed Father Hector Oquendo Salas in Medellin on Sunday. Oquendo Salas was shot as he left his church.",
       "killed=1 injured=- attackers=- names=Hector Oquendo Salas"},
      // A title with a surname alone is a name ("Monsignor Romero"); a title without a
      // name is not ("the mayor").
      {"Gunmen shot dead the mayor of Tumaco on Tuesday, police said.", "killed=1 injured=- attackers=- names="},
      // An attacked person whose fate is not given is a victim with no count.
      {"BOGOTA, 12 APR 90 -- GUERRILLAS ATTACKED SENATOR ERNESTO VILLEGAS IN CALI TODAY.",
       "killed=- injured=- attackers=- names=ERNESTO VILLEGAS"},
      // Released hostages were abducted; released prisoners are not counted.
      {"Rebels who kidnapped a bus near Arauca in March released engineer Paulo Cesar Moreira on Monday.",
       "killed=- injured=- attackers=- names=Paulo Cesar Moreira"},
      // A list of names with parentheses, "along with": each named once, counted once.
      {"SAN SALVADOR, 16 NOV 89 -- SOLDIERS KILLED JESUIT PRIESTS IGNACIO ELLACURIA, SEGUNDO MONTES (SPANIARD), AND "
       "AMANDO LOPEZ, ALONG WITH MRS JULIA ELBA RAMOS.",
       "killed=4 injured=- attackers=- names=IGNACIO ELLACURIA|SEGUNDO MONTES|AMANDO LOPEZ|JULIA ELBA RAMOS"},
      // Police capturing a suspect is no abduction.
      {"A shootout in Cali killed two officers before police captured drug trafficker Juan Hernando Gomez.",
       "killed=2 injured=- attackers=- names="},
      // Place names are not people: "San Miguel" after a verb of killing.
      {"SAN SALVADOR, 3 JAN 90 -- GUERRILLAS KILLED TWO SOLDIERS IN SAN MIGUEL DEPARTMENT.",
       "killed=2 injured=- attackers=- names="},
  };
  for (const auto& c : cases) check(c);
}

// Voice and coordination: "by" marks the doers of a passive verb, a participle joined to a
// passive one shares its subject, and a second verb after "and" counts its own object.
TEST(Casualties, VoiceAndCoordination) {
  const CasualtyCase cases[] = {
      {"BOGOTA, 3 SEP 89 -- TWO PEASANTS WERE TORTURED AND MURDERED BY SOLDIERS IN CAUCA TODAY.",
       "killed=2 injured=- attackers=- names="},
      {"NAIROBI, March 1 - Two pupils were abducted and killed by bandits near a school in northern Kenya on Monday.",
       "killed=2 injured=- attackers=- names="},
      {"SAN SALVADOR, 3 SEP 89 -- GUERRILLAS KILLED TWO BUS PASSENGERS AND WOUNDED A LOCAL UNION LEADER IN "
       "USULUTAN TODAY.",
       "killed=2 injured=1 attackers=- names="},
      {"MANILA, Aug. 2 (AP) - Gunmen shot dead a radio journalist in Davao on Tuesday.",
       "killed=1 injured=- attackers=- names="},
      {"Mogadishu, Feb. 7 - A roadside bomb killed four aid workers and wounded their driver outside the city.",
       "killed=4 injured=1 attackers=- names="},
      {"KABUL, Nov. 12 (AFP) - Three policemen were killed by a car bomb at a checkpoint in Kandahar on Sunday.",
       "killed=3 injured=- attackers=- names="},
      // Quote marks around the verb; a shorter form of a name given in full is that person.
      {"GUATEMALA CITY, 12 JAN 90 -- THE PARTY DEPLORED THE DISAPPEARANCE OF ITS LEADER JUAN CARLOS MENDOZA RIVAS. A "
       "SPOKESMAN SAID THAT MENDOZA RIVAS WAS \"KIDNAPPED\" NEAR THE AIRPORT BY ARMED MEN.",
       "killed=- injured=- attackers=- names=JUAN CARLOS MENDOZA RIVAS"},
      {"Tegucigalpa, March 3 - Trade unionist Maria Elena Cruz Lopez was shot dead in Tegucigalpa on Friday. Police "
       "said Cruz Lopez was \"executed\" by two men on a motorcycle.",
       "killed=1 injured=- attackers=- names=Maria Elena Cruz Lopez"},
      // A definite phrase with a copula names people already counted: no second victim.
      {"Bogota, Jan. 9 (Reuters) - A bomb exploded in a market in Cali on Tuesday, killing a woman and wounding six "
       "people. The dead woman was identified as Carmen Ruiz.",
       "killed=1 injured=6 attackers=- names=Carmen Ruiz"},
      {"LIMA, 12 JAN 90 -- GUNMEN KILLED A TEACHER IN AYACUCHO ON MONDAY. THE DEAD WOMAN WAS IDENTIFIED AS ROSA "
       "QUISPE HUAMAN.",
       "killed=1 injured=- attackers=- names=ROSA QUISPE HUAMAN"},
  };
  for (const auto& c : cases) check(c);
}

// The kind of a named victim from the title before the name: a military or police rank
// makes a soldier (an act against the armed forces), a past title does not ("a retired
// general": MUC-4 task documentation 1.0 counts his murder as terrorism). Renders the
// first record's ACLED actor 2 and whether MUC-4 keeps the act.
std::string titled(const char* text) {
  DocumentInput in;
  in.id = "test";
  in.text = text;
  in.date = "1990-03-12";
  ExtractOptions options;
  options.status = StatusFilter::kAll;
  ExtractResult r = pipeline().extract(in, options);
  if (r.records.empty()) return "no record";
  nlohmann::json j = nlohmann::json::parse(r.records.front());
  std::string actor2 = j["acled"].is_object() && j["acled"]["actor2"].is_string() ? j["acled"]["actor2"].get<std::string>() : "-";
  return actor2 + (j["muc4"].is_object() ? " | muc4" : " | no muc4");
}

TEST(Casualties, NamedVictimTitles) {
  const CasualtyCase cases[] = {
      {"SAN SALVADOR, 12 MAR 90 -- GUERRILLAS KILLED ARMY MAJOR CARLOS MENA MENDEZ IN AN AMBUSH NEAR USULUTAN ON "
       "SUNDAY.",
       "Military Forces of El Salvador | no muc4"},
      {"Srinagar, March 11 (Reuters) - Militants shot dead Corporal Rakesh Kumar near his post in Sopore on Sunday.",
       "Military Forces of India | no muc4"},
      {"KABUL, March 11 - Gunmen shot dead Lt. Col. Abdul Wahid in Kandahar on Sunday, officials said.",
       "Military Forces of Afghanistan | no muc4"},
      // A past rank: the victim is no serving soldier.
      {"TEGUCIGALPA, 12 MAR 90 -- UNIDENTIFIED GUNMEN KILLED RETIRED GENERAL JOSE LUIS FLORES IN TEGUCIGALPA ON "
       "SUNDAY.",
       "Civilians (Honduras) | muc4"},
      {"Bogota, March 11 - Former army captain Luis Alberto Rojas was shot dead by two gunmen in Medellin on "
       "Sunday.",
       "Civilians (Colombia) | muc4"},
      // A civilian title: no soldier.
      {"LIMA, 12 MAR 90 -- SHINING PATH GUERRILLAS KILLED MAYOR PEDRO HUAMAN QUISPE IN HUANCAYO ON SUNDAY.",
       "Civilians (Peru) | muc4"},
  };
  for (const auto& c : cases) EXPECT_EQ(titled(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
