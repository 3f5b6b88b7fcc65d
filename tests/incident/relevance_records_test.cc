// Whole-pipeline table: how many incident records (all statuses) and how many MUC-4
// incidents a document yields, for texts that talk about violence without reporting an
// incident: tolls of wars and decades, recollections, statistics. Rows: {text,
// publication date, records, MUC-4 incidents}. MUC-4 task documentation 1.0 rules 6-7.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "../support/analyse.h"
#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

using Json = nlohmann::json;

struct RecordsCase {
  const char* text;
  const char* date;
  int records;  // -1: any number
  int muc4;
};

const RecordsCase kCases[] = {
    // A toll of thousands is a war's or a decade's, not one incident's.
    {"Political violence in Peru, unleashed by the Maoists in 1980, has killed more than 15,000 people.", "1989-08-07",
     0, 0},
    {"MORE THAN 1,000 CIVILIANS HAVE BEEN KIDNAPPED BY THE CONTRAS SINCE THE WAR BEGAN.", "1989-03-26", 0, 0},
    {"The contras have kidnapped more than 1,000 civilians, the minister said.", "1989-03-26", 0, 0},
    // A toll of a few is one incident.
    {"Gunmen killed 15 people at a wedding party in the village of Kaduna on Saturday.", "2019-06-02", 1, 1},
    // A victim's surname that is also a town's name does not place a second incident.
    {"BOGOTA, 6 SEP 89 (DPA) -- A BOMB EXPLODED LAST NIGHT IN A RESTAURANT IN MEDELLIN WHERE CAMERAMAN CARLOS "
     "CORRALES WAS HAVING DINNER.  CORRALES WAS INJURED BY SPLINTERS.",
     "1989-09-06", 1, 1},
    // A definite re-description with modifiers ("the terrorist attack") is the same incident.
    {"An attack with explosives in front of a building where diplomats live in Lima has left one person injured. "
     "The terrorist attack was launched from a moving vehicle.",
     "1990-01-15", 1, 1},
    // "The kidnapping" after the kidnapping was dated: one incident.
    {"Guerrillas kidnapped the businessman on 9 August at his hotel in Cucuta. The guerrillas have not announced the "
     "motive for the kidnapping.",
     "1989-10-01", 1, 1},
    // Statistics of events.
    {"The group carried out 504 attacks in 2024, compared to 116 in 2023.", "2025-03-12", 0, 0},
    {"THE DIRTY WAR HAS RESULTED IN 700 POLITICAL ASSASSINATIONS SO FAR THIS YEAR.", "1989-07-01", 0, 0},
    // A recollection is background: with neither date, place nor actor, no record at all.
    {"Let us recall the bombing of the airliner, in which more than 100 people died.", "1990-01-09", 0, 0},
    // A trial is about an earlier crime: a background record (it names a place), no MUC-4 incident.
    {"The former major went on trial in Santiago for the murder of the union leader.", "1990-05-02", 1, 0},
    // Combat against an army unit is no MUC-4 incident, though it is an ACLED event.
    {"REBELS AMBUSHED A TWO-VEHICLE ARMY PATROL NEAR HUANCAPI YESTERDAY.", "1988-05-19", 1, 0},
    // Acts a statement sums up on the day it was made are no particular ones.
    {"Amnesty International reported on Tuesday that extrajudicial killings and abductions of activists go on "
     "unpunished across the region.",
     "2016-03-08", 0, 0},
    // Bombings dated by their own day are events.
    {"Bombings in two markets of Peshawar on Tuesday killed nine people, police said.", "2016-03-08", 1, 1},
    // Looting in a riot: an ACLED event, no MUC-4 incident.
    {"Looters ransacked supermarkets in Rosario on Tuesday night.", "1989-05-31", 1, 0},
    // An act known only by its sound names nothing it struck: an event, no MUC-4 incident.
    {"Heavy shooting was heard last night in the northern districts of San Salvador, residents said.", "1989-11-20",
     1, 0},
    {"Explosions were heard near the police station in Tegucigalpa on Monday night.", "1990-05-01", 1, 0},
    // A weapon in the words heard tells the nature of the attack (MUC-4 1.0 rule 7).
    {"A BOMB EXPLOSION WAS HEARD IN DOWNTOWN LIMA AT 2200 LAST NIGHT.", "1990-05-01", 1, 1},
    // Heard, with its victims named, it is an incident.
    {"Residents of Quetta heard gunfire as gunmen shot dead two shopkeepers on Sunday.", "2013-08-05", 1, 1},
    // A victim described as a leader or member of an armed group or cartel is a combatant
    // (MUC-4 1.0 rule 1a): an ACLED event, no MUC-4 incident.
    {"Army troops killed Mauricio Lopez, a senior commander of the ELN, in a raid near Cucuta on Tuesday.",
     "1990-03-16", 1, 0},
    {"UNIDENTIFIED GUNMEN KILLED CARLOS RUIZ, A MEMBER OF THE MEDELLIN CARTEL, IN ENVIGADO ON MONDAY.", "1990-03-16", 1,
     0},
    // A party leader is a civilian.
    {"Gunmen shot dead Roberto Garcia, a leader of the ARENA party, in San Miguel on Sunday.", "1989-10-12", 1, 1},
    {"Gunmen shot dead Jaime Pardo, the leader of the Patriotic Union party, in Bogota on Sunday.", "1987-10-12", 1,
     1},
    // State forces or their aircraft as the doers: a MUC-4 incident only with a civilian target
    // (MUC-4 1.0 point 2), whoever the record names as perpetrator.
    {"The air force is bombing the hills around the volcano north of San Salvador, residents said.", "1990-03-16", 1,
     0},
    {"Army troops bombed the outskirts of Tenancingo on Tuesday.", "1990-03-16", 1, 0},
    {"Soldiers machinegunned the home of a union leader in San Miguel last night.", "1990-03-16", 1, 1},
    // A force that reports is no doer.
    {"The police reported that a bomb exploded at a bank in Lima on Monday.", "1990-03-16", 1, 1},
    // "Bombing" or "bombed" alone names an air raid as well as a bomb attack: with no target,
    // victim nor device named, an event but no MUC-4 incident (1.0 rule 7).
    {"Refugees reaching the border on Friday said the bombing went on all night in the valley.", "1985-06-22", 1, 0},
    {"THE RED CROSS COULD NOT REACH THE AREAS AFFECTED BY LAST NIGHT'S HEAVY BOMBING IN KANDAHAR.", "1987-02-11", 1,
     0},
    {"SAN SALVADOR, 20 NOV 89 -- RESIDENTS SAID THERE HAD BEEN HEAVY RIFLE FIRE AND BOMBINGS IN MEJICANOS UNTIL "
     "0100.",
     "1989-11-20", 1, 0},
    // Its object, its victims or its device named, it is an incident.
    {"Separatists bombed a railway station in Grozny on Monday.", "1999-10-05", 1, 1},
    {"The bombing on Sunday killed four shoppers at a market in Belfast.", "1976-03-08", 1, 1},
    {"A BOMB EXPLODED ON TUESDAY AT A SUPERMARKET IN MEDELLIN.", "1990-02-14", 1, 1},
    // Violence named only by a vague word, with no dead nor wounded counted, is talk about
    // violence (MUC-4 1.0 rule 7); its dead counted, it is an incident.
    {"THE COLONEL SAID THE FMLN MUST END ITS AGGRESSION AGAINST THE PEOPLE OF SAN MIGUEL.", "1989-11-30", -1, 0},
    {"The minister condemned the violence against the civilian population of the north.", "2015-03-02", -1, 0},
    {"THE INCIDENT LEFT THREE PEASANTS DEAD IN THE VILLAGE OF SANTA ROSA, POLICE SAID TODAY.", "1990-02-11", -1, 1},
    // A force named in a relative clause about the victim is not the act's object: the murder
    // of a judge is an incident, not combat.
    {"JUDGE JOSE MARIA ALVARADO, WHO HAD ORDERED THE ARREST OF TWO ARMY OFFICERS, WAS MURDERED TODAY IN SAN MIGUEL.",
     "1990-03-12", -1, 1},
    // An order that an act be done is no act.
    {"THE HIGH COMMAND ORDERED THAT THE LOW-INCOME NEIGHBORHOODS OF SAN MIGUEL BE BOMBARDED.", "1989-12-18", -1, 0},
    // An undated earlier act stays historical context even when the report has no date.
    {"NO CITY, NO DATE -- Let us recall that guerrillas kidnapped the mayor of Cali.", "", 1, 0},
};

TEST(RelevanceRecords, IncidentsPerDocument) {
  for (const RecordsCase& c : kCases) {
    ExtractResult res = test::extract_text(c.text, c.date, true);
    int muc4 = 0;
    for (const std::string& rec : res.records)
      if (!Json::parse(rec)["muc4"].is_null()) ++muc4;
    if (c.records >= 0) {
      EXPECT_EQ(int(res.records.size()), c.records) << c.text;
    }
    EXPECT_EQ(muc4, c.muc4) << c.text;
  }
}

}  // namespace
}  // namespace sitrep
