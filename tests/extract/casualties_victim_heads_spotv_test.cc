// Table tests for victim phrases whose words the plain "N people were killed" reading
// misses: religious and ethnic communities ("12 Shiites"), a force's word before a title
// ("a police chief"), citizens named by "nationals" or "from <country>", people the agents
// table lacks ("a rubber tapper"), speakers coordinated after the toll, "as many as N", a
// toll's breakdown told after it, an attacker killed "before he was shot dead", and "X was
// among N killed". {news text, what the first record says}, rendered below.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct VictimCase {
  const char* text;
  const char* expected;
};

// Test-only rendering of the first record (all statuses, published 2024-01-15):
// "TEXT/COUNT/EFFECT[/NATIONALITY]|... killed=N ak=N tgt=KIND,...", "-" for a missing value.
std::string render(const std::string& text) {
  ExtractResult r = test::extract_text(text, "2024-01-15", true);
  if (r.records.empty()) return "no record";
  nlohmann::json j = nlohmann::json::parse(r.records.front());
  auto value = [](const nlohmann::json& c) -> std::string {
    if (c.is_null()) return "-";
    if (c["value"].is_null()) return "?";
    return std::to_string(c["value"].get<long long>());
  };
  std::string out;
  for (const auto& v : j["victims"]) {
    if (!out.empty()) out += "|";
    out += v["text"].get<std::string>() + "/" +
           (v.contains("count") && !v["count"].is_null() ? std::to_string(v["count"].get<long long>()) : "-") + "/" +
           (v["effect"].is_string() ? v["effect"].get<std::string>() : "-");
    if (v.contains("nationality") && v["nationality"].is_string()) out += "/" + v["nationality"].get<std::string>();
  }
  out += " killed=" + value(j["killed"]) + " ak=" + value(j["attackers_killed"]) + " tgt=";
  std::string kinds;
  for (const auto& t : j["targets"]) kinds += (kinds.empty() ? "" : ",") + t["kind"].get<std::string>();
  return out + kinds;
}

void check(const VictimCase& c) { EXPECT_EQ(render(c.text), c.expected) << c.text; }

// A religious or ethnic community named by its plural is people attacked for who they are:
// civilians, counted with their noun (not a bare figure with no target).
TEST(VictimHeadsSpotv, ReligiousAndEthnicCommunities) {
  const VictimCase cases[] = {
      {"Gunmen killed nine Hindus in Rajouri on Sunday.", "nine Hindus/9/killed killed=9 ak=- tgt=civilians"},
      {"Militants shot dead 14 Hazaras near Mach on Monday.", "14 Hazaras/14/killed killed=14 ak=- tgt=civilians"},
      {"ARMED MEN KILLED SIX CHRISTIANS IN A VILLAGE NEAR JOS ON FRIDAY.",
       "SIX CHRISTIANS/6/killed killed=6 ak=- tgt=civilians"},
      {"Four Copts were killed when gunmen opened fire on a bus in Minya on Friday.",
       "Four Copts/4/killed killed=4 ak=- tgt=transport"},
      {"Militiamen killed 18 Tutsis at a camp near Bukavu on Sunday.",
       "18 Tutsis/18/killed killed=18 ak=- tgt=civilians"},
  };
  for (const auto& c : cases) check(c);
}

// A force's body word before a title names one of its people: "a police commander", "an
// army major" is one person killed, not the force.
TEST(VictimHeadsSpotv, ForceWordBeforeTitle) {
  const VictimCase cases[] = {
      {"Gunmen killed a police commander in Zacatecas on Friday.",
       "a police commander/1/killed killed=1 ak=- tgt=police"},
      {"An army major was killed by a roadside bomb in Helmand on Tuesday.",
       "An army major/1/killed killed=1 ak=- tgt=military"},
      {"SUSPECTED GUERRILLAS KILLED A POLICE INSPECTOR IN MEDELLIN YESTERDAY.",
       "A POLICE INSPECTOR/1/killed killed=1 ak=- tgt=police"},
      {"Rebels killed the army commander and two soldiers near Gao on Sunday.",
       "the army commander/1/killed|two soldiers/2/killed killed=3 ak=- tgt=military"},
  };
  for (const auto& c : cases) check(c);
}

// Citizens named by "nationals" after a demonym, or by "from <country>" after their noun:
// the country is their nationality and the phrase is the group.
TEST(VictimHeadsSpotv, NationalsAndOrigin) {
  const VictimCase cases[] = {
      {"Two Chinese nationals were kidnapped in Zamfara on Monday.",
       "Two Chinese nationals/2/abducted/CN killed=- ak=- tgt=civilians"},
      {"Gunmen abducted three Turkish nationals near Kidal on Friday.",
       "three Turkish nationals/3/abducted/TR killed=- ak=- tgt=civilians"},
      {"Two aid workers from Italy were kidnapped near Agadez on Friday.",
       "Two aid workers from Italy/2/abducted/IT killed=- ak=- tgt=ngo"},
      {"Rebels killed two engineers from South Korea in Port Harcourt on Tuesday.",
       "two engineers from South Korea/2/killed/KR killed=2 ak=- tgt=business"},
      {"FOUR NUNS FROM THE UNITED STATES WERE MURDERED NEAR SAN SALVADOR YESTERDAY.",
       "FOUR NUNS FROM THE UNITED STATES/4/killed/US killed=4 ak=- tgt=religious"},
  };
  for (const auto& c : cases) check(c);
}

// People the agents table lacks, after "a"/"an" or a count and before the clause goes on,
// are victims when their noun has a doer's shape; "all N on board" is N people.
TEST(VictimHeadsSpotv, UnlistedPeopleNouns) {
  const VictimCase cases[] = {
      {"Gunmen shot dead a rubber tapper in Narathiwat on Sunday.",
       "a rubber tapper/1/killed killed=1 ak=- tgt=civilians"},
      {"Unidentified gunmen wounded two motorcyclists near Quetta on Monday.",
       "two motorcyclists/2/injured killed=- ak=- tgt=civilians"},
      {"Gunmen killed five Catholic bricklayers in Belfast on Monday.",
       "five Catholic bricklayers/5/killed killed=5 ak=- tgt=civilians"},
      {"Militants ambushed a van near Mandera on Tuesday, killing all nine on board.",
       "nine/9/killed killed=9 ak=- tgt="},
  };
  for (const auto& c : cases) check(c);
}

// Speakers coordinated after the toll ("police and hospital officials said") are the
// report's sources, not more victims.
TEST(VictimHeadsSpotv, SpeakersAfterToll) {
  const VictimCase cases[] = {
      {"A car bomb exploded in Mogadishu on Saturday, killing eight people, police and hospital officials said.",
       "eight people/8/killed killed=8 ak=- tgt="},
      {"A suicide bomber struck a rally in Bajaur on Sunday, wounding 40 people, police and rescue officials told "
       "reporters.",
       "40 people/40/injured killed=- ak=- tgt="},
  };
  for (const auto& c : cases) check(c);
}

// "as many as N" is a figure like "up to N"; a later sentence that splits the toll told
// before restates it (not summed), while a further group ("two more died") adds to it.
TEST(VictimHeadsSpotv, UpperBoundsAndBreakdowns) {
  const VictimCase cases[] = {
      {"Bandits killed as many as 30 villagers in Katsina on Sunday.",
       "as many as 30 villagers/30/killed killed=30 ak=- tgt=civilians"},
      {"Gunmen killed 11 people at a bar in Soweto on Saturday. Eight died at the scene and three more died in "
       "hospital.",
       "11 people/11/killed|Eight/8/killed|three more/3/killed killed=11 ak=- tgt="},
      {"Gunmen killed 11 people at a bar in Soweto on Saturday. Two more died in hospital on Sunday.",
       "11 people/11/killed|Two more/2/killed killed=13 ak=- tgt="},
  };
  for (const auto& c : cases) check(c);
}

// The lone attacker who opens the sentence is the one "he" or a subjectless "before being"
// stands for when a death follows, and one person whose relative clause tells a violent act
// ("a knifeman who stabbed ...") did it: their deaths are counted apart from the victims.
TEST(VictimHeadsSpotv, AttackerShotDead) {
  const VictimCase cases[] = {
      {"An assailant stabbed two tourists in Hurghada on Friday before he was shot dead by police.",
       "two tourists/2/injured killed=- ak=1 tgt=civilians"},
      {"A gunman killed three shoppers at a market in Hebron on Monday before being shot dead by soldiers.",
       "three shoppers/3/killed killed=3 ak=1 tgt=civilians"},
      {"A knifeman who stabbed three commuters at a station in Osaka on Friday was shot dead by police.",
       "three commuters/3/injured killed=- ak=1 tgt=transport"},
      {"A Jordanian who stabbed two policemen outside a mosque in Amman on Friday was shot dead at the scene.",
       "two policemen/2/injured killed=- ak=1 tgt=police"},
      {"Gunmen killed three traders in Kano on Monday before they fled.",
       "three traders/3/killed killed=3 ak=- tgt=business"},
  };
  for (const auto& c : cases) check(c);
}

// "X was among N killed": X is one of the N (no attacker, not added to the figure).
TEST(VictimHeadsSpotv, AmongTheDead) {
  const VictimCase cases[] = {
      {"A ten-year-old boy was among five people killed by shelling in Donetsk on Tuesday.",
       "A ten-year-old boy/1/killed|five people/5/killed killed=5 ak=- tgt=civilians"},
  };
  for (const auto& c : cases) check(c);
}

}  // namespace
}  // namespace sitrep
