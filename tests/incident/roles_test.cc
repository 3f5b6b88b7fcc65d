// Table tests for an incident's actors: perpetrators (with their status and claims),
// attackers, targets and weapons, read end to end from the first record of a short report.
//
// A record renders as "perps=TEXT:STATUS[:?],... | att=TEXT,... | tgt=TEXT:KIND,... |
// wpn=TEXT:TYPE,... | claims=BY,..." where ":?" marks a perpetrator outside the lexicon
// (lexicon_id null) and "(NAME)" an attacker's member_of. Fields in record order, "; "-free so a row reads at a glance.
#include <gtest/gtest.h>

#include "../support/render.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct RoleCase {
  const char* text;
  const char* date;
  const char* expected;
};

class Roles : public ::testing::TestWithParam<RoleCase> {};

TEST_P(Roles, Extracts) {
  EXPECT_EQ(test::record_roles(GetParam().text, GetParam().date), GetParam().expected) << GetParam().text;
}

const RoleCase kCases[] = {
    // Active voice: the subject of the attack verb is the doer, its object the target; the
    // group named in the attackers' words is their member_of.
    {"MOGADISHU, June 2 (AP) - Al-Shabaab fighters attacked a military base near the capital on Friday.", "2023-06-02",
     "perps=Al-Shabaab:reported | att=fighters(al-Shabaab) | tgt=military base:military | wpn= | claims="},
    // A determiner before the group's name goes with it: the attackers' words are the people.
    {"SAN SALVADOR, 3 JUN 89 -- THE FMLN GUERRILLAS BURNED THREE BUSES ON THE COASTAL HIGHWAY TODAY.", "1989-06-03",
     "perps=FMLN:reported | att=GUERRILLAS(Farabundo Marti National Liberation Front) | tgt=BUSES:transport | wpn= | "
     "claims="},
    // Passive voice: "were killed by X" names the doer after the verb; the victims are no attackers.
    {"LIMA, 12 AUG 89 -- TWO POLICEMEN WERE KILLED BY SHINING PATH GUERRILLAS IN AYACUCHO TODAY.", "1989-08-12",
     "perps=SHINING PATH:reported | att=GUERRILLAS(Shining Path) | tgt=TWO POLICEMEN:police | wpn= | claims="},
    // Claimed responsibility, with the channel.
    {"KABUL, May 4 (Reuters) - A suicide bomber blew himself up outside a mosque in Kabul on Thursday. Islamic State "
     "claimed responsibility for the bombing in a statement on Telegram.",
     "2023-05-04",
     "perps=Islamic State:claimed | att=A suicide bomber | tgt=mosque:religious | wpn= | claims=Islamic State"},
    // Attributed by the authorities.
    {"QUETTA, Jan. 9 - A bomb exploded at a police station in Quetta on Monday. Police blamed the Balochistan "
     "Liberation Army for the blast.",
     "2023-01-09",
     "perps=Balochistan Liberation Army:attributed | att= | tgt=police station:police | wpn=bomb:Explosives | claims="},
    // Suspected by the authorities; "car" of "car bomb" is the weapon, not a target.
    {"CUCUTA, Colombia, Jan. 8 (Reuters) - A car bomb exploded outside an army base in Cucuta on Friday. Authorities "
     "suspected the National Liberation Army of carrying out the attack.",
     "2021-01-08",
     "perps=National Liberation Army:suspected | att= | tgt=army base:military | wpn=car bomb:Explosives | claims="},
    // Denied.
    {"KABUL, March 2 - Gunmen attacked a girls' school in Kabul on Wednesday. The Taliban denied involvement in the "
     "attack.",
     "2020-03-02", "perps=Taliban:denied | att=Gunmen | tgt=girls' school:education | wpn= | claims="},
    // A group that only comments is no perpetrator.
    {"MOSCOW, March 23 - Gunmen opened fire on concertgoers at a concert hall near Moscow on Friday. The Kremlin "
     "called "
     "it a terrorist attack.",
     "2024-03-23", "perps= | att=Gunmen | tgt=concert hall:business | wpn= | claims="},
    // Unknown name in mixed case, by its capitals and its head word, acting as the doer.
    {"MANILA, March 3 (Reuters) - Gunmen from the Red Dawn Brigade attacked a police station in the south on "
     "Tuesday, killing two officers.",
     "1990-03-03", "perps=Red Dawn Brigade:reported:? | att=Gunmen | tgt=police station:police | wpn= | claims="},
    // Unknown name in all-caps wire copy: the head word and the claim cue, not capitals.
    {"LA PAZ, 3 MAR 90 -- THE TUPAJ KATARI REVOLUTIONARY MOVEMENT CLAIMED RESPONSIBILITY FOR THE BOMBING OF A "
     "POWER PLANT.",
     "1990-03-03",
     "perps=TUPAJ KATARI REVOLUTIONARY MOVEMENT:claimed:? | att= | tgt=POWER PLANT:infrastructure | wpn= | "
     "claims=TUPAJ KATARI REVOLUTIONARY MOVEMENT"},
    // State forces named by a common noun are a state perpetrator, their soldiers attackers.
    {"SAN SALVADOR, 16 NOV 89 -- SALVADORAN SOLDIERS KILLED SIX PRIESTS AT THE UNIVERSITY TODAY.", "1989-11-16",
     "perps=SALVADORAN SOLDIERS:reported | att=SALVADORAN SOLDIERS | tgt=SIX PRIESTS:religious | wpn= | claims="},
    // Coordination: two groups claim the same attack.
    {"ISLAMABAD, Feb. 1 - A suicide bomber struck a mosque inside police headquarters in Peshawar on Monday. Both "
     "Jamaat-ul-Ahrar and the Pakistani Taliban claimed responsibility.",
     "2023-02-01",
     "perps=Jamaat-ul-Ahrar:claimed,Pakistani Taliban:claimed | att=A suicide bomber | tgt=mosque:religious,police "
     "headquarters:police | wpn= | claims=Jamaat-ul-Ahrar,Tehrik-i-Taliban Pakistan"},
    // Ordinary people words are attackers as the doer, in the active and the passive; their
    // motorcycle is no target but part of their description (MUC-4 PERP: INDIVIDUAL ID).
    {"MEDELLIN, Colombia, March 5 (AP) - Three men shot dead a judge in Medellin on Monday.", "1990-03-05",
     "perps= | att=Three men | tgt=a judge:government | wpn= | claims="},
    {"BOGOTA, 3 SEP 89 -- A JUDGE WAS KILLED BY TWO INDIVIDUALS ON A MOTORCYCLE IN CALI TODAY.", "1989-09-03",
     "perps= | att=TWO INDIVIDUALS ON A MOTORCYCLE | tgt=A JUDGE:government | wpn= | claims="},
    // An agent word modifying another is one phrase: "guerrilla urban commandos".
    {"SAN SALVADOR, 12 APR 89 -- GUERRILLA URBAN COMMANDOS ATTACKED A POLICE POST IN SOYAPANGO TODAY.", "1989-04-12",
     "perps= | att=GUERRILLA URBAN COMMANDOS | tgt=POLICE POST:police | wpn= | claims="},
    // A group named in the incident's report but in no clause of its triggers, when no other is.
    {"SAN SALVADOR, 12 APR 89 -- A BOMB EXPLODED AT A BANK IN SAN MIGUEL TODAY. THE BUILDING WAS BADLY DAMAGED. THE "
     "FMLN HAS CARRIED OUT SEVERAL SUCH ACTIONS IN THE EAST.",
     "1989-04-12", "perps=FMLN:reported | att= | tgt=BANK:business | wpn=BOMB:Explosives | claims="},
    // Guerrillas did it and the report names one armed group elsewhere: that group, from the
    // whole report.
    {"SAN SALVADOR, 19 MAR 89 -- GUERRILLAS ATTACKED TWO TOWNS IN CHALATENANGO LAST NIGHT, A COLONEL SAID.\n\n"
     "   THE ELECTORAL COUNCIL WILL PUBLISH THE FIRST RESULTS TOMORROW.\n\n"
     "   OBSERVERS SAID THE TURNOUT WAS HIGHER THAN EXPECTED.\n\n"
     "   IN MORAZAN, AIR FORCE PLANES BOMBED FMLN CAMPS NEAR THE BORDER TODAY.",
     "1989-03-19", "perps=FMLN:reported | att=GUERRILLAS | tgt= | wpn= | claims="},
    // A target's name runs from its determiner: "the San Jorge warehouse", in either case.
    {"SAN SALVADOR, 14 JUN 89 -- URBAN GUERRILLAS DYNAMITED THE SAN JORGE WAREHOUSE IN SOYAPANGO LAST NIGHT.",
     "1989-06-14", "perps= | att=URBAN GUERRILLAS | tgt=SAN JORGE WAREHOUSE:business | wpn= | claims="},
    {"BOGOTA, Colombia, July 2 (Reuters) - Rebels bombed the Cano Limon oil pipeline in Arauca on Sunday, the army "
     "said.",
     "1989-07-02", "perps= | att=Rebels | tgt=Cano Limon oil pipeline:infrastructure | wpn= | claims="},
    // The striker named inside a verb trigger ("warplanes struck") is no target.
    {"Residents said warplanes struck a school in the village of Dahyan in northern Yemen on Thursday.", "2018-08-09",
     "perps= | att= | tgt=school:education | wpn= | claims="},
    // A bare object keeps its adjectives; a house is named with its owner.
    {"SAN SALVADOR, 2 MAY 89 -- URBAN COMMANDOS DYNAMITED ELECTRIC POWER POLES IN USULUTAN TODAY.", "1989-05-02",
     "perps= | att=URBAN COMMANDOS | tgt=ELECTRIC POWER POLES:infrastructure | wpn= | claims="},
    {"MEDELLIN, Colombia, Aug. 20 (AP) - A bomb exploded at the house of Judge Alberto Ramos in Medellin on Sunday.",
     "1989-08-20", "perps= | att= | tgt=house of Judge Alberto Ramos:civilians | wpn=bomb:Explosives | claims="},
    // The doer of a passive verb near the trigger, across a coordination ("was stopped by X
    // and shot dead"); not who responded ("was arrested by police").
    {"BOGOTA, 3 SEP 89 -- A JUDGE WAS STOPPED BY FOUR INDIVIDUALS ON TWO MOTORCYCLES AND SHOT DEAD IN CALI TODAY.",
     "1989-09-03", "perps= | att=FOUR INDIVIDUALS ON TWO MOTORCYCLES | tgt= | wpn= | claims="},
    {"KATHMANDU, May 3 (Reuters) - A bus was stopped by masked men on a highway in western Nepal and set on fire on "
     "Tuesday.",
     "2005-05-03", "perps= | att=masked men | tgt=bus:transport | wpn= | claims="},
    {"QUETTA, Jan. 9 - A bomb exploded at a market in Quetta on Monday. A suspect was arrested by police after the "
     "blast.",
     "2023-01-09", "perps= | att= | tgt=market:business | wpn=bomb:Explosives | claims="},
    // An attacker word before another agent word is one phrase.
    {"SAN SALVADOR, 15 MAR 89 -- URBAN GUERRILLA COMMANDOS ATTACKED A POLICE POST IN SOYAPANGO TONIGHT.", "1989-03-15",
     "perps= | att=URBAN GUERRILLA COMMANDOS | tgt=POLICE POST:police | wpn= | claims="},
    // An organisation named by a common noun is a perpetrator, not attackers.
    {"MEDELLIN, 3 SEP 89 -- THE DRUG MAFIA MURDERED A JUDGE IN MEDELLIN TODAY.", "1989-09-03",
     "perps=DRUG MAFIA:reported:? | att= | tgt=A JUDGE:government | wpn= | claims="},
    // People named only by the act ("the killers") are no description of the attackers.
    {"MANILA, Aug. 2 (AP) - Gunmen shot dead a radio journalist in Davao on Tuesday. The killers fled on a "
     "motorcycle, police said.",
     "2004-08-02", "perps= | att=Gunmen | tgt=a radio journalist:media | wpn= | claims="},
    // Compound nouns: the head names the thing, a modifier whose it is; an owner before a
    // possessive belongs to the target's words.
    {"LIMA, 12 JAN 90 -- A BOMB EXPLODED AT THE U.S. EMBASSY WAREHOUSE IN LIMA TODAY.", "1990-01-12",
     "perps= | att= | tgt=U.S. EMBASSY WAREHOUSE:diplomatic | wpn=BOMB:Explosives | claims="},
    {"Bogota, July 2 (Reuters) - Rebels blew up a police patrol car in Cali on Sunday, the army said.", "1991-07-02",
     "perps= | att=Rebels | tgt=police patrol car:police | wpn= | claims="},
    {"SAN SALVADOR, 12 JAN 90 -- URBAN COMMANDOS ATTACKED VICE PRESIDENT ALVARADO'S RESIDENCE IN SAN SALVADOR TODAY.",
     "1990-01-12", "perps= | att=URBAN COMMANDOS | tgt=VICE PRESIDENT ALVARADO'S RESIDENCE:civilians | wpn= | claims="},
    // A target word inside a group of people is no facility: "two bus passengers".
    {"SAN SALVADOR, 3 SEP 89 -- GUERRILLAS KILLED TWO BUS PASSENGERS IN USULUTAN TODAY.", "1989-09-03",
     "perps= | att=GUERRILLAS | tgt=TWO BUS PASSENGERS:transport | wpn= | claims="},
    // People named in a later sentence that tells no part of the incident are not its doers.
    {"SAN SALVADOR, 12 APR 89 -- A BOMB EXPLODED AT A BANK IN SAN MIGUEL TODAY. GUERRILLAS HAVE BEEN ACTIVE IN "
     "THE AREA FOR MONTHS.",
     "1989-04-12", "perps= | att= | tgt=BANK:business | wpn=BOMB:Explosives | claims="},
    // The armed group named nearest the incident, in the words written there: the short name
    // after the full one.
    {"SAN SALVADOR, 19 MAR 89 -- THE FARABUNDO MARTI NATIONAL LIBERATION FRONT CALLED FOR NEGOTIATIONS WITH THE "
     "GOVERNMENT.\n\n"
     "   OBSERVERS SAID THE FMLN IS STRONG IN THE NORTH.\n\n"
     "   THE ELECTORAL COUNCIL WILL PUBLISH THE FIRST RESULTS TOMORROW.\n\n"
     "   GUERRILLAS ATTACKED TWO TOWNS IN CHALATENANGO LAST NIGHT, A COLONEL SAID.",
     "1989-03-19", "perps=FMLN:reported | att=GUERRILLAS | tgt= | wpn= | claims="},
    // A generic facility takes its owner's "of" phrase: in all-caps copy any words up to a
    // function word, in mixed case up to the last capitalised one.
    {"LA PAZ, 3 SEP 89 -- TERRORISTS DYNAMITED THE HEADQUARTERS OF THE RADICAL CIVIC PARTY IN LA PAZ TODAY.",
     "1989-09-03", "perps= | att=TERRORISTS | tgt=HEADQUARTERS OF THE RADICAL CIVIC PARTY:other | wpn= | claims="},
    {"MANAGUA, Feb. 9 (AP) - A bomb exploded at the offices of the daily La Prensa in Managua on Friday.", "1990-02-09",
     "perps= | att= | tgt=offices of the daily La Prensa:other | wpn=bomb:Explosives | claims="},
    // A generic facility "of" a target is that target's: one target, of the owner's kind.
    {"BAGHDAD, May 4 (AP) - Gunmen stormed the offices of a television station in Baghdad on Monday.", "2007-05-04",
     "perps= | att=Gunmen | tgt=offices of a television station:media | wpn= | claims="},
    // "a terrorist attack" names no attacker.
    {"PARIS, Nov. 3 - The minister said a terrorist attack on a synagogue was foiled on Sunday.", "2021-11-03",
     "perps= | att= | tgt=synagogue:religious | wpn= | claims="},
    // A building where people were shot or taken is the scene, not the target: the
    // people are (GTD codes the person; MUC-4's physical target is what was damaged).
    {"Gunmen shot dead a judge outside his residence in Medellin on Tuesday.", "1990-05-02",
     "perps= | att=Gunmen | tgt=a judge:government | wpn= | claims="},
    {"Armed men kidnapped two engineers as they were heading to the airport in Port Harcourt on Monday.", "2007-02-06",
     "perps= | att=Armed men | tgt=two engineers:business | wpn= | claims="},
    {"UNIDENTIFIED GUNMEN KILLED A LABOR LEADER AT HIS HOME IN SAN SALVADOR YESTERDAY.", "1989-10-31",
     "perps= | att=UNIDENTIFIED GUNMEN | tgt=A LABOR LEADER:civilians | wpn= | claims="},
    // ... but stays the target when the act falls on buildings or the preposition is the
    // act's own ("fired at a bus").
    {"A bomb exploded at a bank in downtown Lima on Friday, killing two guards.", "1990-04-07",
     "perps= | att= | tgt=bank:business | wpn=bomb:Explosives | claims="},
    {"Gunmen opened fire at a bus near Kandahar on Sunday, wounding six passengers.", "2012-06-11",
     "perps= | att=Gunmen | tgt=bus:transport | wpn= | claims="},
    {"Militants attacked a police station in the town of Bannu, killing three officers.", "2014-09-02",
     "perps= | att=Militants | tgt=police station:police | wpn= | claims="},
    // A form of "be" before a present participle is the progressive of an active verb: its
    // subject is the doer, not the thing acted on.
    {"SAN SALVADOR, 20 NOV 89 -- RESIDENTS SAID THE AIR FORCE IS BOMBING A REFUGEE CAMP IN CHALATENANGO.", "1989-11-20",
     "perps=THE AIR FORCE:reported:? | att= | tgt=REFUGEE CAMP:civilians | wpn= | claims="},
    {"Witnesses said government troops were shelling the market in Aleppo when the rockets hit.", "2014-05-02",
     "perps= | att=government troops | tgt=market:business | wpn=rockets:Explosives | claims="},
    // Firearms described by their class or calibre ("assault weapons", "heavy caliber
    // weapons", "9-mm weapons") are weapons, as "automatic weapons" are.
    {"SAN SALVADOR, 2 MAR 90 -- UNIDENTIFIED MEN ARMED WITH HEAVY CALIBER WEAPONS ATTACKED THE HOME OF A JUDGE IN "
     "SANTA TECLA TODAY.",
     "1990-03-02",
     "perps= | att=UNIDENTIFIED MEN | tgt=HOME OF A JUDGE:civilians | wpn=HEAVY CALIBER WEAPONS:Firearms | claims="},
    {"DALLAS, Oct. 14 (AP) - A man armed with two assault weapons opened fire inside a bar in east Dallas late "
     "Saturday, wounding four people, police said.",
     "1995-10-14", "perps= | att=A man | tgt=bar:business | wpn=assault weapons:Firearms | claims="},
    {"MEDELLIN, 9 JUL 90 -- TWO YOUNG MEN ON A MOTORCYCLE KILLED A JUDGE WITH 9-MM WEAPONS IN FRONT OF HIS HOUSE "
     "TODAY.",
     "1990-07-09",
     "perps= | att=TWO YOUNG MEN ON A MOTORCYCLE | tgt=A JUDGE:government | wpn=9-MM WEAPONS:Firearms | claims="},
};

INSTANTIATE_TEST_SUITE_P(Table, Roles, ::testing::ValuesIn(kCases));

// Ordinary people's words are attackers only as the doer, and only the words news uses for
// unknown doers (agents.tsv `doer`: "two men", "individuals"); relatives, workers or
// employees before a participle are the victims' people, not the attackers. Renders the
// first record's attackers.
std::string attackers_of(const char* text) {
  DocumentInput in;
  in.id = "test";
  in.text = text;
  ExtractOptions opt;
  opt.status = StatusFilter::kAll;
  opt.fallback_date = "1990-05-04";
  ExtractResult res = test::pipeline().extract(in, opt);
  if (res.records.empty()) return "(no record)";
  nlohmann::json r = nlohmann::json::parse(res.records.front());
  std::string out;
  for (const auto& p : r["attackers"]) out += (out.empty() ? "" : ",") + p["text"].get<std::string>();
  return out;
}

TEST(Roles, PeopleWordsAsAttackers) {
  const struct {
    const char* text;
    const char* expected;
  } cases[] = {
      {"BOGOTA, 4 MAY 90 -- THE WIFE OF THE MURDERED JUDGE ARRIVED IN BOGOTA TODAY FOR THE FUNERAL.", ""},
      {"Manila, May 4 (AP) - Relatives of the slain mayor blocked the road to the town hall in Negros on Friday.", ""},
      {"Lagos, May 4 - Employees of the looted warehouse returned to work on Friday.", ""},
      {"Karachi, May 4 - Three men armed with pistols shot dead a shopkeeper in Karachi on Friday.", "Three men"},
      {"SAN SALVADOR, 4 MAY 90 -- SIX INDIVIDUALS SET FIRE TO TWO BUSES ON THE NORTHERN HIGHWAY TODAY.",
       "SIX INDIVIDUALS"},
      // The vehicle the doers rode, between them and their verb, describes them and is
      // part of their words; a bare "in a car" is where they were, not who they were.
      {"Karachi, May 4 - Two men on a motorcycle killed a lawyer outside a court in Karachi on Friday.",
       "Two men on a motorcycle"},
      {"MEDELLIN, 4 MAY 90 -- TWO YOUNG MEN ON MOTORCYCLES KILLED A POLICE INSPECTOR IN MEDELLIN TODAY.",
       "TWO YOUNG MEN ON MOTORCYCLES"},
      {"Karachi, May 4 - Two men in a car shot dead a lawyer outside a court in Karachi on Friday.", "Two men"},
      {"GUATEMALA CITY, 4 MAY 90 -- EIGHT MEN IN CIVILIAN CLOTHES KIDNAPPED A UNION LEADER IN GUATEMALA CITY TODAY.",
       "EIGHT MEN IN CIVILIAN CLOTHES"},
      {"Lima, May 4 (Reuters) - Several men riding in a pickup truck shot dead a mayor near Lima on Friday.",
       "Several men riding in a pickup truck"},
      // A place after "on" that is no vehicle before the verb still parts them: the people
      // on the bus were not its attackers.
      {"Peshawar, May 4 - Passengers on a bus were wounded when a bomb exploded in Peshawar on Friday.", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(attackers_of(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
