// ACLED sub-event types decided by the most specific evidence of a record: the weapon as
// the subject of its verb ("shells landed", "a drone hit"), the object of a capture verb
// (a town, a base, weapons), the protesters' role, and an agent or act more specific than
// the attack it belongs to (a chemical filling, rape as the act against the victims).
// Table rows: {text, publication date, expected ACLED sub_event_type}; the record compared
// is the first current one with an ACLED view, as `sitrep eval --format acled` reads it.
#include <gtest/gtest.h>

#include "../support/analyse.h"
#include "../support/render.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

using Json = nlohmann::json;

struct TypeCase {
  const char* text;
  const char* date;
  const char* sub_event_type;
};

const TypeCase kCases[] = {
    // 1. The weapon or the aircraft as the subject of the verb names the strike.
    {"WARPLANES DROPPED BOMBS ON THE MARKET IN THE TOWN OF MARIB YESTERDAY, KILLING 30 PEOPLE.", "2015-07-08",
     "Air/drone strike"},
    {"Jets dropped cluster bombs on a village near Kunduz on Sunday, killing eight civilians.", "2001-11-12",
     "Air/drone strike"},
    {"A drone hit a car near the town of Jaar in Abyan province on Friday, killing three men.", "2012-05-11",
     "Air/drone strike"},
    {"A DRONE DROPPED EXPLOSIVES ON A MARKET IN KIDAL ON MONDAY, KILLING FOUR CIVILIANS.", "2023-10-09",
     "Air/drone strike"},
    {"A missile struck a hospital in the city of Kharkiv on Monday, killing four patients.", "2022-03-14",
     "Shelling/artillery/missile attack"},
    {"ROCKETS HIT THE AIRPORT IN KABUL ON SUNDAY, WOUNDING TWO GUARDS.", "1992-08-10",
     "Shelling/artillery/missile attack"},
    {"Shells landed in a residential area of Sarajevo on Saturday, killing six people.", "1993-06-12",
     "Shelling/artillery/missile attack"},
    {"Mortar shells hit a school in Mogadishu on Thursday, wounding 11 pupils.", "2010-07-22",
     "Shelling/artillery/missile attack"},
    {"An artillery shell struck a bus station in Donetsk on Wednesday, killing two people.", "2015-01-21",
     "Shelling/artillery/missile attack"},
    // ... and in the passive, the weapon as the agent.
    {"A minibus was hit by a shell on the outskirts of Mariupol on Saturday, killing three passengers.", "2015-01-24",
     "Shelling/artillery/missile attack"},
    {"A CAR WAS STRUCK BY A DRONE NEAR SIRTE ON THURSDAY, KILLING TWO MEN.", "2016-08-04", "Air/drone strike"},
    {"Bombs fell on a crowded market in the town of Ariha on Friday, killing 15 people, rescuers said.", "2019-06-07",
     "Air/drone strike"},
    // 2. The object of a capture verb: a town is territory, weapons are weapons, a base
    // overrun is a battle, weapons handed over are a group's disarmament.
    {"Jihadist fighters seized the town of Konna in central Mali on Thursday, residents said.", "2013-01-11",
     "Non-state actor overtakes territory"},
    {"Soldiers seized weapons and ammunition from a house in Ciudad Juarez on Wednesday, police said.", "2010-03-03",
     "Disrupted weapons use"},
    {"Police seized rifles, grenades and two tonnes of cocaine at a farm near Culiacan on Friday.", "2019-10-18",
     "Disrupted weapons use"},
    {"Taliban fighters overran a military base in Ghazni province on Sunday, killing 12 soldiers.", "2018-08-12",
     "Armed clash"},
    {"Rebels captured an army base near Goma on Sunday, a military spokesman said.", "2012-11-18", "Armed clash"},
    // Soldiers killed in the taking of a town leave it territory taken.
    {"Militants overran the town of Palma on Wednesday after three days of fighting, killing dozens of soldiers.",
     "2021-03-25", "Non-state actor overtakes territory"},
    {"About 200 militiamen handed over their weapons to the army in Beni on Tuesday, a spokesman said.", "2020-02-04",
     "Change to group/activity"},
    // 3. Protesters' role: shot at by state forces, rioting themselves, or dispersed and
    // detained by riot police (who are no rioters).
    {"Security forces opened fire on protesters in Khartoum on Monday, killing seven people, doctors said.",
     "2019-06-03", "Excessive force against protesters"},
    {"TROOPS FIRED LIVE AMMUNITION AT DEMONSTRATORS IN RANGOON TODAY, KILLING AT LEAST 12.", "1988-08-10",
     "Excessive force against protesters"},
    {"Hundreds of protesters stormed and set fire to the parliament building in Ouagadougou on Thursday.",
     "2014-10-30", "Violent demonstration"},
    {"Thousands of people marched in Santiago on Friday to demand pension reform. Riot police dispersed them with "
     "tear gas.",
     "2019-10-25", "Protest with intervention"},
    {"Police detained 40 protesters in Minsk on Sunday during a rally against the election result.", "2020-08-16",
     "Protest with intervention"},
    // ... whatever the victims' words: the protesters as the object of the shooting.
    {"POLICE OPENED FIRE ON PEACEFUL DEMONSTRATORS IN SOWETO ON WEDNESDAY, KILLING AT LEAST 20 PEOPLE.",
     "1976-06-17", "Excessive force against protesters"},
    {"Soldiers and police shot dead at least 30 pro-democracy protesters in Mandalay on Saturday.", "2021-03-28",
     "Excessive force against protesters"},
    {"Paratroopers opened fire on civil rights marchers in Londonderry on Sunday, killing 13 men.", "1972-01-31",
     "Excessive force against protesters"},
    // The protesters as the doers of a passive shooting: a riot, not excessive force.
    {"A POLICEMAN WAS SHOT BY ONE OF THE DEMONSTRATORS IN QUITO YESTERDAY.", "1988-11-10", "Violent demonstration"},
    // Gunmen of no state force firing on protesters: an attack on civilians, not a battle.
    {"Masked gunmen opened fire on anti-government protesters in Baghdad on Friday, killing 12 people.",
     "2019-12-07", "Attack"},
    // Protesters as the subject of the act, with words between them and the verb: a riot.
    {"Protesters against the new tax stormed the parliament building in Kampala on Tuesday and set part of it on "
     "fire; police shot dead at least five protesters.",
     "2024-06-25", "Violent demonstration"},
    {"DEMONSTRATORS OPPOSED TO THE PRICE RISES TORCHED A POLICE STATION IN THE CITY YESTERDAY.", "1989-02-28",
     "Violent demonstration"},
    // "Mobile police" are no mob: their shooting of traders stays an attack on civilians.
    {"Mobile police officers shot dead two traders at a market in Onitsha on Monday, witnesses said.", "2018-05-14",
     "Attack"},
    // 4. The most specific evidence wins.
    {"Government forces fired rockets filled with a chlorine agent on the town of Saraqeb on Sunday, injuring 11 "
     "people.",
     "2018-02-05", "Chemical weapon"},
    {"Militiamen stormed the village of Minova on Saturday and raped at least 30 women, a U.N. official said.",
     "2012-11-24", "Sexual violence"},
    {"SOLDIERS RAIDED THE VILLAGE OF TABIT ON FRIDAY NIGHT AND RAPED WOMEN AND GIRLS, RESIDENTS SAID.", "2014-11-02",
     "Sexual violence"},
    // ... but a raid that kills stays an attack, whatever else its raiders did.
    {"Gunmen stormed the village of Kuru Karama on Sunday, killed 20 villagers and raped several women.",
     "2010-01-20", "Attack"},
};

TEST(ViewsAcledTypes, MostSpecificEvidence) {
  for (const TypeCase& c : kCases) {
    const std::string got = test::first_acled_type(c.text, c.date);
    EXPECT_EQ(got.substr(0, got.find(" (")), c.sub_event_type) << c.text << "\n  " << got;
  }
}

}  // namespace
}  // namespace sitrep
