// End-to-end tables for the acts of one raid: goods a raid took or destroyed after it
// harmed people are its lesser acts, and the harm names the incident ("killed four people
// and looted shops" is an attack, not looting; "the fighters also seized weapons" is their
// loot, not a state's seizure); what a raid burned or looted, told beside its harm by the
// same doers, in one sentence or the next under the doers named again, is one incident with
// it; a state force demolishing homes destroys property; a base moved is a base set up; a
// structure that collapses is an accident; firearms fired at someone tell a shooting; a
// mention takes a place of its own clause first. Each
// row renders every record (all statuses) as "KIND ACLED-SUB-EVENT", "; "-separated ("-"
// when ACLED records none), or "none".
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct RaidCase {
  const char* text;
  const char* date;
  const char* expected;
};

// Test-only rendering: every record's kind and ACLED sub-event type.
std::string render(const RaidCase& c) {
  std::string out;
  for (const std::string& line : test::extract_text(c.text, c.date, true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (!out.empty()) out += "; ";
    out += r["kind"].get<std::string>() + " " +
           (r["acled"].is_object() ? r["acled"]["sub_event_type"].get<std::string>() : std::string("-"));
  }
  return out.empty() ? "none" : out;
}

class RaidActs : public ::testing::TestWithParam<RaidCase> {};

TEST_P(RaidActs, Records) { EXPECT_EQ(render(GetParam()), GetParam().expected) << GetParam().text; }

const RaidCase kCases[] = {
    // A lesser act told after the harm: the harm names the incident.
    {"Bandits killed six villagers in Zurmi on Tuesday and looted their shops.", "2021-08-12", "attack Attack"},
    {"Militiamen killed four farmers and burned 30 houses near Djugu on Sunday.", "2022-03-15", "attack Attack"},
    {"GUERRILLAS KILLED TWO PEASANTS AND BURNED A COOPERATIVE IN CHALATENANGO YESTERDAY.", "1989-11-03",
     "attack Attack"},
    {"Taliban fighters shot dead a village elder in Helmand on Friday and set fire to his house.", "2008-05-10",
     "shooting Attack"},
    // The lesser act told first keeps its toll, and alone it names the incident.
    {"Arsonists set fire to a bus in Santiago on Monday, killing the driver.", "2019-10-22",
     "arson Looting/property destruction"},
    {"Unknown men looted shops and torched a warehouse in Bunia on Monday.", "2020-06-10",
     "looting Looting/property destruction"},
    // Arms taken by the attackers are their loot, one incident with their attack.
    {"ADF rebels killed eight soldiers in an attack on an army base near Oicha on Tuesday. They also seized weapons "
     "and ammunition.",
     "2017-06-14", "attack Armed clash"},
    {"Rebels overran an army post near Kidal on Monday, killing nine soldiers, and a spokesman said the fighters "
     "had also seized weapons.",
     "2012-02-01", "territory_seized Armed clash"},
    // Arms seized by police or troops: a seizure of its own.
    {"Police seized weapons and ammunition in a raid on a house in Peshawar on Monday.", "2015-03-18",
     "weapons_seized Disrupted weapons use"},
    // Burning or looting told beside the harm, by the same doers: one raid.
    {"Herders stormed the village of Yelwata on Saturday, shot residents and burned dozens of homes.", "2018-06-25",
     "armed_assault Attack"},
    {"A Russian drone attack set fire to a grain terminal in Izmail overnight, the regional governor said.",
     "2023-08-16", "drone_strike Air/drone strike"},
    {"Gang members attacked the town of Mirebalais on Tuesday, killing 15 people. The gang looted shops and set "
     "fire to dozens of homes.",
     "2025-04-02", "attack Attack"},
    // A further act, told as such, stays apart.
    {"Gunmen attacked a church in Kaduna on Monday. Arsonists also burned a mosque in Kaduna on Monday.", "2020-01-15",
     "shooting Attack; arson Looting/property destruction"},
    // A further bomb told after "while" in its own clause: one incident, at its own place.
    {"A car bomb killed four soldiers in Mogadishu on Sunday, while another bomb the same day wounded two policemen "
     "in Kismayo.",
     "2019-03-12", "car_bombing Remote explosive/landmine/IED; car_bombing Remote explosive/landmine/IED"},
    // A structure that collapses: an accident.
    {"Eight workers died on Sunday when the tunnel they were digging collapsed near Hpakant.", "2021-07-12", "none"},
    {"TWELVE MINERS WERE KILLED WHEN A MINE SHAFT COLLAPSED IN POTOSI ON TUESDAY.", "1988-04-14", "none"},
    // A state force demolishing homes destroys property.
    {"The Israeli army demolished three Palestinian homes in Hebron on Wednesday.", "2016-02-04",
     "property_destruction Looting/property destruction"},
    // A base moved is a base set up.
    {"On 12 May 2019, al-Shabaab relocated its main base from Jilib to the area of Saakow.", "2019-05-20",
     "base_established Headquarters or base established"},
    // Firearms fired at someone: a shooting.
    {"GUNMEN FIRED SUBMACHINEGUNS AT THE CAR OF A JUDGE IN MEDELLIN YESTERDAY.", "1989-08-18", "shooting Attack"},
};

INSTANTIATE_TEST_SUITE_P(Table, RaidActs, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
