// End-to-end tables for incident detection: a short news text -> the incidents sitrep
// reports (kind, status, ACLED sub-event type), and texts that report none. Every ACLED
// sub-event type has at least two sentences; non-incidents (generic talk, sports, figures
// of speech, economy, disease, other news) yield no record.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

using Json = nlohmann::json;

using test::pipeline;

std::vector<Json> records(const std::string& text, bool all = false, const std::string& date = "2023-03-14") {
  std::vector<Json> out;
  for (const std::string& r : test::extract_text(text, date, all).records) out.push_back(Json::parse(r));
  return out;
}

std::string summary(const std::vector<Json>& rs) {
  std::string s;
  for (const Json& r : rs) {
    s += r["status"].get<std::string>() + " " + r["kind"].get<std::string>() + " [" +
         (r["acled"].is_object() ? r["acled"]["sub_event_type"].get<std::string>() : "-") + "] ";
  }
  return s;
}

struct AcledCase {
  const char* text;
  const char* sub_event_type;  // expected on the first record
};

// ACLED's 25 sub-event types (2023 codebook), two or more sentences each.
const AcledCase kAcledCases[] = {
    // Battles
    {"Government troops and rebels exchanged fire for three hours near Bunia on Tuesday, the army said.", "Armed clash"},
    {"HEAVY FIGHTING BROKE OUT BETWEEN THE ARMY AND GUERRILLAS IN THE NORTHERN PROVINCE YESTERDAY.", "Armed clash"},
    {"Rebels ambushed an army convoy near Beni, killing four soldiers, a military spokesman said.", "Armed clash"},
    {"The army recaptured the town of Palma from insurgents on Sunday after a week of fighting.", "Government regains territory"},
    {"Government forces retook the district centre from the militants late on Friday, officials said.", "Government regains territory"},
    {"Militants seized control of the town of Menaka on Monday after government troops withdrew under fire.",
     "Non-state actor overtakes territory"},
    // A base taken in combat is an Armed clash (views_acled_types_test); a town or a district
    // centre is territory.
    {"Insurgents overran the district centre of Hisarak on Saturday, residents said.",
     "Non-state actor overtakes territory"},
    // Explosions/Remote violence
    {"Activists said a chemical attack on the town of Douma killed dozens of civilians on Saturday.", "Chemical weapon"},
    {"Doctors reported a chlorine gas attack on a rebel-held suburb of the capital overnight.", "Chemical weapon"},
    {"An airstrike hit a market in the town of Maarat al-Numan on Monday, killing 15 people.", "Air/drone strike"},
    {"A US drone strike killed three suspected militants in a vehicle near Jilib on Wednesday.", "Air/drone strike"},
    {"A suicide bomber detonated his explosive vest at a checkpoint in Mogadishu on Sunday, killing five people.",
     "Suicide bomb"},
    {"A SUICIDE BOMBING AT A MOSQUE IN PESHAWAR KILLED 30 WORSHIPPERS ON FRIDAY, POLICE SAID.", "Suicide bomb"},
    {"Artillery shelling of residential areas in Kharkiv killed two civilians on Thursday, the governor said.",
     "Shelling/artillery/missile attack"},
    {"Militants fired rockets at an air base near Balad on Tuesday, damaging a hangar.", "Shelling/artillery/missile attack"},
    {"A roadside bomb struck a police vehicle in Kandahar province on Monday, killing two officers.",
     "Remote explosive/landmine/IED"},
    {"A car bomb exploded outside a hotel in the centre of the city on Saturday, wounding 12 people.",
     "Remote explosive/landmine/IED"},
    {"Two children were killed when they stepped on a landmine near their village on Tuesday.",
     "Remote explosive/landmine/IED"},
    {"Unidentified men hurled a grenade at a bus stand in Srinagar on Friday, wounding nine people.", "Grenade"},
    {"A grenade attack on a bar in the town of Kasese injured six people late on Saturday.", "Grenade"},
    // Violence against civilians
    {"Gunmen opened fire on worshippers at a church in Owo on Sunday, killing at least 20 people.", "Attack"},
    {"Armed men stabbed a village chief to death in the town of Djibo on Monday, residents said.", "Attack"},
    {"Gunmen abducted 30 students from a school in Kaduna state on Thursday, police said.", "Abduction/forced disappearance"},
    {"SUSPECTED GUERRILLAS KIDNAPPED A BUSINESSMAN IN CALI YESTERDAY, THE POLICE REPORTED.",
     "Abduction/forced disappearance"},
    {"Soldiers raped several women during a raid on the village of Minova, the UN said on Tuesday.", "Sexual violence"},
    {"A militia fighter was accused of the rape of a teenage girl in a displacement camp on Sunday.", "Sexual violence"},
    // Protests
    {"Thousands of protesters marched through the capital on Saturday to demand higher wages.", "Peaceful protest"},
    {"Teachers staged a sit-in outside the education ministry in Nairobi on Monday.", "Peaceful protest"},
    {"Police fired tear gas to disperse protesters who gathered outside parliament on Tuesday.", "Protest with intervention"},
    {"Police used water cannon against demonstrators in the city centre on Sunday.", "Protest with intervention"},
    {"Security forces opened fire on protesters in Khartoum on Thursday, killing four people, medics said.",
     "Excessive force against protesters"},
    {"Soldiers fired live ammunition at demonstrators in Mandalay on Saturday, killing two people.",
     "Excessive force against protesters"},
    // Riots
    {"Protesters threw stones at police and set fire to tyres in the city on Monday.", "Violent demonstration"},
    {"Rioters looted shops and torched cars in the suburb overnight as protests turned violent.", "Violent demonstration"},
    {"HUNDREDS OF STUDENTS STONED A POLICE STATION IN THE CAPITAL ON FRIDAY AFTER A CLASSMATE DIED IN CUSTODY.",
     "Violent demonstration"},
    {"A mob lynched a man accused of theft in the town of Kisumu on Wednesday.", "Mob violence"},
    {"Communal clashes between two villages left three people dead on Sunday, police said.", "Mob violence"},
    // Strategic developments
    {"The government and the rebels signed a peace agreement in Addis Ababa on Wednesday.", "Agreement"},
    {"The two sides agreed to a ceasefire starting at midnight on Friday, mediators said.", "Agreement"},
    {"Police arrested 15 opposition activists in the capital on Tuesday.", "Arrests"},
    {"Security forces detained a journalist at his home in Harare on Monday, his lawyer said.", "Arrests"},
    {"About 200 fighters of the rebel group surrendered to the army in the east of the country on Sunday.",
     "Change to group/activity"},
    {"The militia's leader pledged allegiance to the Islamic State group in a video released on Friday.",
     "Change to group/activity"},
    {"Police defused a bomb planted under a bridge in the city on Thursday.", "Disrupted weapons use"},
    {"Soldiers seized a large weapons cache in a house on the outskirts of the town on Monday.", "Disrupted weapons use"},
    {"The armed group set up a base in the forest near the border last week, local officials said.",
     "Headquarters or base established"},
    {"Rebels established a new base in the hills above the town on Tuesday, residents said.",
     "Headquarters or base established"},
    {"Looting of shops continued in the city centre on Saturday, witnesses said.", "Looting/property destruction"},
    {"Militants set fire to a school in the village of Gidan Dawa on Wednesday night.", "Looting/property destruction"},
    {"Government troops withdrew from the town without a fight on Monday and rebels moved in.",
     "Non-violent transfer of territory"},
    {"The army handed over control of the base to the militia on Sunday under the deal.",
     "Non-violent transfer of territory"},
    {"The authorities imposed a curfew on the city on Friday after the unrest.", "Other"},
    {"The government declared a state of emergency in three provinces on Tuesday.", "Other"},
};

TEST(Incidents, EveryAcledSubEventType) {
  for (const AcledCase& c : kAcledCases) {
    std::vector<Json> rs = records(c.text);
    std::string got;
    for (const Json& r : rs)
      if (r["acled"].is_object()) {
        got = r["acled"]["sub_event_type"];
        break;
      }
    EXPECT_EQ(got, c.sub_event_type) << c.text << "\n  records: " << summary(rs);
  }
}

struct KindCase {
  const char* text;
  const char* kind;
};

// The kind from the evidence of the words.
const KindCase kKindCases[] = {
    {"A suicide bomber detonated his vest among mourners in the town on Sunday, killing 12 people.", "suicide_bombing"},
    {"A car bomb exploded near the interior ministry in Baghdad on Tuesday.", "car_bombing"},
    {"A roadside bomb hit a military truck in Helmand on Monday.", "ied"},
    {"FIVE PEASANTS WERE PUT TO DEATH BY A GROUP OF GUERRILLAS NEAR SAN MIGUEL YESTERDAY.", "attack"},
    {"AN IED EXPLODED NEAR A PATROL IN THE PROVINCE ON WEDNESDAY, THE ARMY SAID.", "ied"},
    {"An airstrike destroyed a hospital in the town of Saada on Thursday.", "airstrike"},
    {"A drone strike hit a car carrying militants in North Waziristan on Friday.", "drone_strike"},
    {"Shelling of the town continued on Saturday, damaging dozens of houses.", "shelling"},
    {"Militants fired rockets at the city of Sderot on Monday.", "rocket_attack"},
    {"Gunmen opened fire on a minibus near Quetta on Tuesday, killing six passengers.", "shooting"},
    {"Clashes between soldiers and rebels killed 10 fighters near Goma on Sunday.", "armed_clash"},
    {"Rebels ambushed a police patrol in the hills on Friday.", "ambush"},
    {"Armed men abducted a priest from his parish in the state on Monday.", "abduction"},
    {"Attackers set fire to a police station in the town on Thursday.", "arson"},
    {"Thousands of protesters rallied in the capital on Sunday against the new law.", "protest"},
    {"Police fired tear gas at protesters in the capital on Monday.", "protest_with_intervention"},
    {"Several hundred students gathered in front of the university in Dhaka on Monday to demand safer roads.",
     "protest"},
    {"THOUSANDS OF WORKERS MARCHED THROUGH THE CAPITAL YESTERDAY IN SUPPORT OF HIGHER WAGES.", "protest"},
    // Phases of one assault in one sentence: the most specific act names it.
    {"Gunmen attacked a police academy in Quetta on Monday night; a suicide bomber blew himself up at the gate and "
     "the others stormed the dormitories.",
     "suicide_bombing"},
    {"TERRORISTS ATTACKED THE EMBASSY IN LIMA YESTERDAY: THEY DETONATED A CAR BOMB AT THE GATE AND FIRED ON THE GUARDS.",
     "car_bombing"},
    {"Federal troops dispersed striking miners who were demonstrating outside the mine in Oruro on Tuesday.",
     "protest_with_intervention"},
    // A plural summing up acts (no count, no day) names the kind only when no singular act
    // is told with it; a counted or dated plural names particular acts.
    {"THE REBEL COMMANDER REFERRED TO THE BOMBINGS AND THE KILLING OF THE SIX JESUIT PRIESTS IN SAN SALVADOR.",
     "attack"},
    {"Relatives of the victims in Medellin denounced the kidnappings and the murder of trade unionist Luis Pardo.",
     "attack"},
    {"Two bombings and the killing of a policeman shook Peshawar on Monday.", "bombing"},
    {"Bombings in two markets of Kabul killed 12 people on Monday.", "bombing"},
};

TEST(Incidents, KindFromEvidence) {
  for (const KindCase& c : kKindCases) {
    std::vector<Json> rs = records(c.text);
    EXPECT_EQ(rs.empty() ? Json("") : rs[0]["kind"], c.kind) << c.text << "\n  records: " << summary(rs);
  }
}

// Texts that report no incident.
const char* kNonIncidents[] = {
    // generic statements
    "Terrorism is unacceptable and must be fought by all nations, the minister said.",
    "The president said violence would never solve the country's problems.",
    "Such attacks are a threat to peace in the region, the foreign ministry said in a statement.",
    "THE GOVERNMENT HAS REPEATEDLY CONDEMNED TERRORISM IN ALL ITS FORMS.",
    // sports
    "The striker shot past the goalkeeper in the 89th minute to win the match for Arsenal.",
    "The Lakers' shooting guard fired 40 points as they crushed Boston on Saturday.",
    "The home side attacked relentlessly in the second half but could not find an equaliser.",
    // figures of speech and economy
    "A bombshell report on the bank's accounts sent its shares tumbling on Monday.",
    "The supermarket chains are locked in a price war that has slashed profits.",
    "The opposition leader launched a scathing attack on the budget in parliament.",
    "Oil prices exploded after the producers' meeting, analysts said.",
    // disease, disaster, accidents, other news
    "A cholera outbreak has killed 30 people in the province since January, health officials said.",
    "Flash floods killed 12 people in the north of the country on Sunday.",
    "Two workers were killed in a gas explosion at a factory in the industrial zone on Tuesday.",
    "A fireworks warehouse exploded in the suburbs of Bangkok on Monday, killing four workers.",
    // crowds gathering for no protest
    "Hundreds of fans gathered outside the stadium in Madrid on Sunday to celebrate the title.",
    "THOUSANDS OF PILGRIMS GATHERED IN THE SQUARE FOR THE EASTER MASS YESTERDAY.",
    "The central bank raised interest rates by half a point on Thursday.",
    "THE MINISTER OF AGRICULTURE OPENED A NEW COFFEE PROCESSING PLANT IN THE PROVINCE YESTERDAY.",
    // an act against a whole population describes a way of waging war (MUC-4 1.0 rule 7)
    "The army's indiscriminate bombing of the civilian population has driven thousands from their homes.",
    "AIRPLANES ARE BOMBING THE CIVILIAN POPULATION OF THE NORTHERN PROVINCES, THE REBEL RADIO SAID.",
};

TEST(Incidents, NonIncidentsYieldNothing) {
  for (const char* text : kNonIncidents) {
    std::vector<Json> rs = records(text);
    EXPECT_TRUE(rs.empty()) << text << "\n  records: " << summary(rs);
  }
}

struct StatusCase {
  const char* text;
  const char* status;  // some record of the document has this status (all statuses shown)
};

const StatusCase kStatusCases[] = {
    {"A bomb exploded at a bus station in Kampala on Monday, wounding three people.", "reported"},
    {"GUERRILLAS DYNAMITED A POWER PYLON IN THE DEPARTMENT OF ANTIOQUIA YESTERDAY.", "reported"},
    {"The bomb failed to explode and was found by a cleaner on Tuesday.", "attempted"},
    {"Gunmen tried to kill the judge outside his home on Monday, but he escaped unhurt.", "attempted"},
    {"A suicide bomber attempted to enter the base on Friday but was shot by guards.", "attempted"},
    {"Police defused a bomb found near the market in Jos on Sunday.", "foiled"},
    {"Security forces foiled an attack on the embassy on Thursday, the ministry said.", "foiled"},
    {"The bomb squad carried out a controlled explosion of a device found at the station.", "foiled"},
    {"The group threatened to bomb the offices of the newspaper on Monday.", "threatened"},
    {"THE GUERRILLAS THREATENED TO KILL THE MAYOR IF HE DID NOT RESIGN.", "threatened"},
    {"Rebels threatened to attack the capital unless the government resigned by Friday.", "threatened"},
    {"The attack in Kabul on Monday was the first attack since the Taliban returned to power in August 2021.",
     "background"},
    {"A bomb killed four soldiers in Bamako on Monday. Last year, a bombing in the city killed 20 people.", "background"},
    {"The spokesman denied that an attack had taken place in the town on Sunday.", "negated"},
    {"Officials said reports of an explosion at the airport in Lagos were a false alarm.", "negated"},
    {"The ministry said no attack took place at the base on Tuesday.", "negated"},
};

TEST(Incidents, StatusOfEachIncident) {
  for (const StatusCase& c : kStatusCases) {
    std::vector<Json> rs = records(c.text, true);
    bool found = false;
    for (const Json& r : rs) found |= r["status"] == c.status;
    EXPECT_TRUE(found) << c.text << "\n  expected " << c.status << ", records: " << summary(rs);
  }
}

// Statuses that extract leaves out by default: threatened, background and negated.
TEST(Incidents, DefaultOutputKeepsCurrentStatusesOnly) {
  for (const char* text : {"The group threatened to bomb the offices of the newspaper on Monday.",
                           "The spokesman denied that an attack had taken place in the town on Sunday."}) {
    std::vector<Json> rs = records(text);
    EXPECT_TRUE(rs.empty()) << text << "\n  records: " << summary(rs);
  }
}

struct CountCase {
  const char* text;
  size_t incidents;  // current incidents (reported, attempted, foiled)
};

// One record per incident: re-descriptions of one attack group together; distinct
// attacks in distinct places or on distinct days stay apart.
const CountCase kCountCases[] = {
    {"A suicide bomber blew himself up outside a mosque in Kunduz on Friday, killing 40 worshippers. "
     "The explosion destroyed part of the building. The attack was claimed by Islamic State.",
     1},
    {"GUERRILLAS ATTACKED A POWER STATION IN USULUTAN YESTERDAY. THE ATTACK CAUSED A BLACKOUT IN THE CITY.", 1},
    // A province holds its own towns only: a town of another province is another place.
    {"A bomb exploded at a checkpoint in Kandahar province on Sunday. A bomb also exploded on a bus in Herat "
     "on Sunday, killing four passengers.",
     2},
    // A participle clause after a comma is the main act's consequence, wherever its places lie.
    {"Separatists set off a car bomb outside a bank on Gran Via in Madrid on Thursday, killing three guards.", 1},
    {"MILITANTS FIRED ROCKETS AT A POLICE STATION IN THE NORTH OF THE PROVINCE, WOUNDING SEVEN OFFICERS IN KIRKUK.", 1},
    {"A bomb exploded in a market in Maiduguri on Monday, killing six people. "
     "In a separate attack, gunmen killed three farmers in a village near Gwoza on Tuesday.",
     2},
    {"An airstrike hit a school in Idlib on Sunday. On Monday, shelling killed two civilians in Aleppo.", 2},
    // words that announce another incident
    {"Gunmen shot dead a judge in the city on Monday. In a separate attack, a bomb wounded two policemen.", 2},
    {"A bomb exploded at a bus station on Monday, wounding four people. Another bomb exploded an hour later.", 2},
    {"A BOMB EXPLODED AT A BANK IN CALI ON MONDAY. IN ANOTHER ACTION, A POLICE POST IN THE CITY WAS THE TARGET OF A "
     "GUERRILLA ATTACK.",
     2},
    // two acts of one raid told by verbs of different kinds (MUC-4: one template per act)
    {"GUERRILLAS ATTACKED THE TOWN OF SAN JOSE YESTERDAY AND KIDNAPPED THE MAYOR.", 2},
    // ... but the homes, shops or market a raid burned beside its harm are its damage (ACLED:
    // one event per raid; cluster.cc raid_damage)
    {"Militants stormed the village on Friday, killed three farmers and set fire to the market.", 1},
    // a consequence word with victims of its own, on another day and in another town, is a
    // second incident; the toll of the first attack is not
    {"A bomb exploded in a bank in Lima on Monday, wounding four people. Three peasants were killed in Ayacucho on "
     "Tuesday.",
     2},
    {"A car bomb exploded outside a police station in Quetta on Monday. Separately, two teachers were killed in "
     "Turbat on Sunday, officials said.",
     2},
    {"GUERRILLAS ATTACKED AN ARMY POST IN SAN MIGUEL YESTERDAY. TWO SOLDIERS WERE KILLED AND FIVE WOUNDED.", 1},
    // "burned" names an act of arson of its own
    {"A bomb exploded at a bank in Lima on Monday. On Tuesday, rebels burned the town hall of Huanta.", 2},
    // phases of one assault in one sentence are one incident, its toll in the next sentence
    {"Militants attacked a shopping mall in Mombasa on Saturday; a suicide bomber detonated his vest at the entrance "
     "and gunmen stormed the building. Fourteen shoppers and three attackers were killed.",
     1},
    {"GUNMEN STORMED A BUS TERMINAL IN KARACHI ON FRIDAY AND A BOMB EXPLODED AMONG THE PASSENGERS, KILLING NINE.", 1},
    // ... but "also" or a second place tells of another act
    {"Gunmen stormed a hotel in Mogadishu on Sunday and a car bomb also exploded at a checkpoint in Baidoa.", 2},
    {"A bomb exploded at a mosque in Peshawar on Friday. Gunmen later attacked a church in Lahore, killing two.", 2},
    // the present perfect with a count and a town, a manner adjective after "an": one incident
    {"Two soldiers have been killed in a bomb blast in Quetta, police said.", 1},
    {"A journalist has been murdered in Tegucigalpa, his newspaper said.", 1},
    {"An indiscriminate bombing of the market in Aleppo killed 20 people on Sunday.", 1},
    // "and later" within one sentence tells a further act; a consequence word after it
    // ("later died") is the first act's outcome
    {"Al-Shabab fighters besieged a hotel in Beledweyne on Tuesday, killing seven people, and later warplanes "
     "bombed their camps, killing 50 militants.",
     2},
    {"GUNMEN BESIEGED A POLICE STATION IN THE TOWN ON TUESDAY AND LATER SHELLED THE MARKET, KILLING FOUR CIVILIANS.",
     2},
    {"Gunmen shot dead a shopkeeper in Karachi on Monday and a passer-by was wounded and later died in hospital.", 1},
    // a time told relative to the act just told ("days later", "the next day") is another day
    {"A car bomb exploded outside the police headquarters in Medellin on Friday, killing six. The next day, a bomb "
     "exploded at a bank in the city.",
     2},
    {"REBELS AMBUSHED A CONVOY NEAR GAO ON MONDAY, KILLING FIVE SOLDIERS. DAYS LATER, GUNMEN AMBUSHED A BUS IN THE "
     "TOWN, KILLING THREE PASSENGERS.",
     2},
    // a sentence opened by a period of its own ("Earlier this month") tells another event
    // than the lead dated to its day
    {"A suicide bomber struck a market in Kabul on Tuesday, killing 12. Earlier this month, a suicide bomber killed "
     "five policemen in Kabul.",
     2},
    {"Gunmen kidnapped a priest in Kaduna state on Sunday. Earlier this year, gunmen kidnapped 30 pupils from a "
     "school in Kaduna state.",
     1},
};

TEST(Incidents, OneRecordPerIncident) {
  for (const CountCase& c : kCountCases) {
    std::vector<Json> rs = records(c.text);
    EXPECT_EQ(rs.size(), c.incidents) << c.text << "\n  records: " << summary(rs);
  }
}

}  // namespace
}  // namespace sitrep
