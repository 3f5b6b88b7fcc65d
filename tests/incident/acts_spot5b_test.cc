// End-to-end tables for how an act is named and counted (spot test 5): a weapon as the
// subject of a damage verb is a bombing; a raid that kills and then abducts is an attack;
// a witness's quote retelling the lead opens nothing; "seized" a building is no weapons
// seizure; a toll broken down over later sentences keeps its total; a commemoration's day
// never dates the act commemorated.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct ActCase {
  const char* text;
  const char* published;  // publication date given to extraction
  const char* expected;   // per record, "; "-separated: "kind status date killed ACLED-sub-event MUC-type"
};

// Test-only: one line per record of `text` (every status), the fields the tables compare.
std::string records(const std::string& text, const std::string& date) {
  ExtractResult res = test::extract_text(text, date, true);
  std::string out;
  for (const std::string& line : res.records) {
    nlohmann::json r = nlohmann::json::parse(line);
    auto str = [](const nlohmann::json& v) { return v.is_null() ? std::string("-") : v.get<std::string>(); };
    std::string killed = r["killed"].is_null() || r["killed"]["value"].is_null()
                             ? "-"
                             : std::to_string(r["killed"]["value"].get<long>());
    if (!out.empty()) out += "; ";
    out += str(r["kind"]) + " " + str(r["status"]) + " " + (r["date"].is_null() ? "-" : str(r["date"]["value"])) + " " +
           killed + " " + (r["acled"].is_null() ? "-" : str(r["acled"]["sub_event_type"])) + " " +
           (r["muc4"].is_null() ? "-" : str(r["muc4"]["type"]));
  }
  return out.empty() ? "(none)" : out;
}

class ActsSpot5b : public testing::TestWithParam<ActCase> {};

TEST_P(ActsSpot5b, RecordsAsExpected) {
  const ActCase& c = GetParam();
  EXPECT_EQ(records(c.text, c.published), c.expected) << c.text;
}

// A weapon as the subject of a damage verb: a bombing with no victim needed.
const ActCase kDamage[] = {
    {"A bomb damaged a branch of the Banco de Credito in Arequipa on Monday.", "1991-05-15",
     "bombing reported 1991-05-13 - Remote explosive/landmine/IED BOMBING"},
    {"AN EXPLOSIVE DEVICE DESTROYED THE OFFICES OF THE LIBERAL PARTY IN SAN PEDRO SULA LAST NIGHT.", "1989-11-02",
     "bombing reported 1989-11-01 - Remote explosive/landmine/IED BOMBING"},
    {"A powerful bomb wrecked a music shop in Bannu district on Sunday.", "2013-02-19",
     "bombing reported 2013-02-17 - Remote explosive/landmine/IED BOMBING"},
    {"Bombs badly damaged two electricity pylons near Medellin on Friday, police said.", "1996-08-12",
     "bombing reported 1996-08-09 - Remote explosive/landmine/IED BOMBING"},
    // The weapon destroyed by someone is no blast: a defused device.
    {"Army engineers destroyed a bomb found near a school in Kirkuk on Tuesday.", "2008-03-13",
     "bomb_defused foiled 2008-03-11 - Disrupted weapons use BOMBING"},
};
INSTANTIATE_TEST_SUITE_P(Damage, ActsSpot5b, testing::ValuesIn(kDamage));

// A killing told before an abduction names the raid: an attack, the abducted its victims.
const ActCase kKillAbduct[] = {
    {"Gunmen killed seven villagers and kidnapped 25 others in Zurmi on Tuesday.", "2021-03-04",
     "shooting reported 2021-03-02 7 Attack ATTACK"},
    {"BANDITS KILLED A POLICEMAN AND ABDUCTED 15 PASSENGERS ON THE KADUNA HIGHWAY ON SUNDAY.", "2022-01-11",
     "attack reported 2022-01-09 1 Attack ATTACK"},
    // Two acts of different families by verbs of their own: an attack and an abduction (MUC-4 keys both).
    {"Militants shot dead two guards and abducted an engineer in Kohistan on Monday.", "2009-07-15",
     "shooting reported 2009-07-13 2 Attack ATTACK; abduction reported 2009-07-13 - Abduction/forced "
     "disappearance KIDNAPPING"},
    // Abducted first, then killed: the abduction keeps its kind.
    {"Gunmen kidnapped a priest in Enugu on Friday and later killed him.", "2019-06-10",
     "abduction reported 2019-06-07 1 Abduction/forced disappearance KIDNAPPING"},
    // No killing: an abduction.
    {"Armed men abducted 40 students from a school in Kagara on Wednesday.", "2021-02-19",
     "abduction reported 2021-02-17 - Abduction/forced disappearance KIDNAPPING"},
};
INSTANTIATE_TEST_SUITE_P(KillAbduct, ActsSpot5b, testing::ValuesIn(kKillAbduct));

// A witness's quote that retells the lead under a pronoun opens no record of its own.
const ActCase kQuotes[] = {
    {"Police fired on demonstrators in Nairobi on Tuesday, killing three. \"They shot at us from the rooftops,\" "
     "a student said.",
     "2023-07-13", "crackdown reported 2023-07-11 3 Excessive force against protesters -"},
    {"Gunmen attacked a bus in Bamenda on Saturday, killing four people. \"They burned the bus and shot the "
     "driver,\" a survivor told reporters.",
     "2019-03-18", "shooting reported 2019-03-16 4 Attack ATTACK"},
    // A quote naming its own place tells an act of its own.
    {"Gunmen attacked a bus in Bamenda on Saturday, killing four people. \"They burned a school in Kumba last "
     "week,\" a teacher said.",
     "2019-03-18",
     "shooting reported 2019-03-16 4 Attack ATTACK; arson reported 2019-03-11 - Looting/property destruction ARSON"},
    {"GUERRILLAS KILLED THREE PEASANTS IN CHALATENANGO ON SUNDAY. \"THEY TOOK THEM FROM THEIR HOMES AND SHOT "
     "THEM,\" A RELATIVE SAID.",
     "1989-11-20", "attack reported 1989-11-19 3 Attack ATTACK"},
    // The quote before its attribution, the act told after it in the sentence.
    {"\"He opened fire on everyone he saw,\" a student said after gunmen killed 14 people at a college in Umpqua "
     "on Thursday.",
     "2015-10-03", "shooting reported 2015-10-01 14 Attack ATTACK"},
};
INSTANTIATE_TEST_SUITE_P(Quotes, ActsSpot5b, testing::ValuesIn(kQuotes));

// "Seized" a building is a hostage-taking or an assault; arms seized stay a seizure.
const ActCase kSeized[] = {
    {"Militants seized a hotel in Mogadishu on Friday and held guests hostage for hours.", "2019-02-03",
     "hostage_taking reported 2019-02-01 - Abduction/forced disappearance KIDNAPPING"},
    {"ISLAMIST GUERRILLAS SEIZED A GAS PLANT IN THE DESERT ON WEDNESDAY AND TOOK 40 FOREIGN WORKERS HOSTAGE.",
     "2013-01-18", "hostage_taking reported 2013-01-16 - Abduction/forced disappearance KIDNAPPING"},
    {"Soldiers seized 40 rifles and ammunition at a checkpoint in Maiduguri on Monday.", "2016-10-12",
     "weapons_seized reported 2016-10-10 - Disrupted weapons use -"},
    {"Gunmen seized a school in Beslan on Wednesday and took more than 1,100 people hostage.", "2004-09-05",
     "hostage_taking reported 2004-09-01 - Abduction/forced disappearance KIDNAPPING"},
    {"Gunmen seized the Radisson hotel in Bamako on Friday and took 170 people hostage.", "2015-11-22",
     "hostage_taking reported 2015-11-20 - Abduction/forced disappearance KIDNAPPING"},
    // A building taken by the police is no seizure of arms, nor an act of violence.
    {"Police seized a warehouse in Lagos on Monday.", "2020-11-30", "(none)"},
};
INSTANTIATE_TEST_SUITE_P(Seized, ActsSpot5b, testing::ValuesIn(kSeized));

// Parts of a toll told in later sentences add up to it: the total stays.
const ActCase kBreakdown[] = {
    {"Two bombs killed 31 people in Quetta on Friday. The first hit a market, killing 19. A second bomb exploded "
     "near a mosque, killing 12.",
     "2013-01-12", "bombing reported 2013-01-11 31 Remote explosive/landmine/IED BOMBING"},
    {"TWO CAR BOMBS KILLED 22 PEOPLE IN BAGHDAD ON SUNDAY. ONE BOMB KILLED 14 PEOPLE IN KADHIMIYA. ANOTHER "
     "KILLED EIGHT IN MANSOUR.",
     "2007-04-10", "car_bombing reported 2007-04-08 22 Remote explosive/landmine/IED BOMBING"},
    {"Two bombs killed 12 people in Lima on Tuesday. One exploded at a bank, killing seven. The other went off "
     "near a church, killing five.",
     "1985-07-10", "bombing reported 1985-07-09 12 Remote explosive/landmine/IED BOMBING"},
    // People beyond those counted are added, not a share.
    {"Gunmen killed 10 people in Kaduna on Monday. Another five died in hospital.", "2020-01-10",
     "shooting reported 2020-01-06 15 Attack ATTACK"},
};
INSTANTIATE_TEST_SUITE_P(Breakdown, ActsSpot5b, testing::ValuesIn(kBreakdown));

// A fight told as how a town was taken, and a plural the act is ranked among, open no
// record of their own.
const ActCase kContext[] = {
    {"Rebels seized the town of Rutshuru after heavy fighting with the army on Tuesday.", "2022-06-16",
     "territory_seized reported 2022-06-14 - Non-state actor overtakes territory -"},
    {"In one of the deadliest attacks in the region this year, gunmen killed 40 villagers in Tillaberi on Sunday.",
     "2021-03-17", "shooting reported 2021-03-14 40 Attack ATTACK"},
};
INSTANTIATE_TEST_SUITE_P(Context, ActsSpot5b, testing::ValuesIn(kContext));

// The day of a commemoration never dates the act commemorated.
const ActCase kCommemoration[] = {
    {"Survivors gathered in Nairobi on Friday to mark the 25th anniversary of the embassy bombing, which killed "
     "more than 200 people.",
     "2023-08-09", "bombing background - 200 Remote explosive/landmine/IED -"},
    {"Hundreds of people marched in Oslo on Saturday to mark ten years since the attacks.", "2021-07-24",
     "attack background - - Attack -"},
    {"Thousands gathered in Madrid on Thursday in memory of the victims of the train bombings.", "2014-03-14",
     "bombing background - - Remote explosive/landmine/IED -"},
};
INSTANTIATE_TEST_SUITE_P(Commemoration, ActsSpot5b, testing::ValuesIn(kCommemoration));

}  // namespace
}  // namespace sitrep
