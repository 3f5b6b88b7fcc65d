// End-to-end tables for incident clustering across kinds: an arrest, a curfew, a state of
// emergency or a truce is an event of its own, never a word for the violent act told
// beside it (ACLED codes arrests apart; MUC-4 keeps the violent act), while a siege stays
// a phase of the assault it is part of and an unanchored violent word in a story about a
// truce is no incident. A passive act in a relative clause ("civilians who were kidnapped")
// opens no incident without a day or a town of its own; an arrest told in a relative clause
// about the victim ("who had ordered the arrest of ...") stays apart from the act of the main
// clause. Also: an attack carried out with bombs or dynamite is a bombing
// (MUC-4 template documentation: ATTACK only when no other type fits). Each row renders
// every record (all statuses) as "status kind muc4-type", "; "-separated.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct ApartCase {
  const char* text;
  const char* expected;
};

std::string render(const char* text) {
  std::string out;
  for (const std::string& line : test::extract_text(text, "1989-09-06", true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (!out.empty()) out += "; ";
    out += r["status"].get<std::string>() + " " + r["kind"].get<std::string>() + " " +
           (r["muc4"].is_object() ? r["muc4"]["type"].get<std::string>() : "-");
  }
  return out;
}

class ClusterApart : public ::testing::TestWithParam<ApartCase> {};

TEST_P(ClusterApart, Records) { EXPECT_EQ(render(GetParam().text), GetParam().expected) << GetParam().text; }

const ApartCase kCases[] = {
    // An arrest and the killing it follows are two events.
    {"Police in Bogota arrested two men on Monday. The two are suspected in the killing of Senator Luis Pardo, "
     "who was shot dead at a rally in Soacha on 18 August.",
     "reported arrest -; reported shooting ATTACK"},
    {"A BOMB EXPLODED AT THE BUS STATION IN QUETTA ON MONDAY, KILLING FOUR PASSENGERS. POLICE DETAINED THREE "
     "SUSPECTS IN THE CITY ON MONDAY NIGHT.",
     "reported bombing BOMBING; reported arrest -"},
    // An arrest told in a relative clause about the victim is a fact about him, not a phase
    // of the act told in the main clause; within one clause the two stay one operation.
    {"BOGOTA, 10 OCT 89 (EFE) -- [TEXT] JUDGE MARIA ELENA DIAZ, WHO HAD ORDERED THE ARREST OF TWO DRUG "
     "TRAFFICKERS, WAS MURDERED IN MEDELLIN YESTERDAY.",
     "reported arrest -; reported attack ATTACK"},
    {"Troops killed five rebels and arrested three others in a raid on a camp near Jolo on Monday.",
     "reported arrest -"},
    // A state of emergency or a curfew declared after an attack leaves the attack its kind.
    {"Bombs went off outside the embassies of two countries in Lima on Wednesday night. The government extended the "
     "state of emergency in the capital on Thursday.",
     "reported bombing BOMBING; reported state_of_emergency -"},
    {"Gunmen killed four shopkeepers in the market of Jos on Sunday. The governor imposed a curfew on the city.",
     "reported shooting ATTACK; reported curfew -"},
    // An unanchored violent word in a story about a truce is talk around it.
    {"The two sides signed a ceasefire in Geneva on Friday to end the violence, the mediators said.",
     "reported ceasefire -"},
    // A siege is a phase of the assault on the place besieged.
    {"Al-Shabaab fighters besieged a hotel in Beledweyne on Tuesday and shot dead seven guests.",
     "reported shooting ATTACK"},
    // A passive act told in a relative clause is a fact about someone named; it opens an
    // incident only with its own day or town.
    {"A delegation will negotiate the release of some 300 civilians who were kidnapped by the rebels.", ""},
    {"RELATIVES OF THE LAWYER, WHO WAS MURDERED BY A DEATH SQUAD, ASKED THE COURT FOR JUSTICE.", ""},
    {"The mayor of Tumaco, who was kidnapped by gunmen on Monday, was freed on Wednesday.",
     "reported abduction KIDNAPPING"},
    {"Guerrillas attacked the town hall of Santa Ana on Monday. The two policemen who were killed in the attack were "
     "buried in the town.",
     "reported attack ATTACK"},
    // An attack carried out with bombs or dynamite is a bombing.
    {"THE ATTACK, CARRIED OUT WITH TWO BOMBS, DESTROYED THE HOME OF THE CORRESPONDENT IN GUATEMALA CITY ON 18 MAY.",
     "reported bombing BOMBING"},
    {"Guerrillas attacked the offices of the mayor in Santa Ana with dynamite on Tuesday night.",
     "reported bombing BOMBING"},
    {"Gunmen attacked a bus on the highway near Kandahar on Monday, killing six passengers.",
     "reported shooting ATTACK"},
};

INSTANTIATE_TEST_SUITE_P(Table, ClusterApart, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
