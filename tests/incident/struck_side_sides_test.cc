// Table tests for the side an act struck: people or a group named as the subject of a
// passive act of violence ("were killed", "were ambushed", "were targeted") or as its object
// are the side struck, never its doers, and their dead are victims (an armed side when their
// words name armed people), not attackers killed, unless their words point back to the
// attackers already told or their own sentence tells their act. "N of them" takes its
// antecedent's people. ACLED actor2 of a state's forces follows their own nationality.
// {news text, "K=killed AK=attackers_killed | perps=NAME,... | a2=ACLED actor2"} of the
// first record.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct SidesCase {
  const char* text;
  const char* expected;
};

std::string sides(const std::string& text) {
  ExtractResult r = test::extract_text(text, "2024-03-20", true);
  if (r.records.empty()) return "no record";
  nlohmann::json j = nlohmann::json::parse(r.records.front());
  auto count = [&](const char* f) {
    return j[f].is_object() && j[f]["value"].is_number() ? std::to_string(j[f]["value"].get<int>()) : "null";
  };
  std::string perps;
  for (const auto& p : j["perpetrators"]) perps += (perps.empty() ? "" : ",") + p["name"].get<std::string>();
  std::string a2 =
      j["acled"].is_object() && j["acled"]["actor2"].is_string() ? j["acled"]["actor2"].get<std::string>() : "null";
  return "K=" + count("killed") + " AK=" + count("attackers_killed") + " | perps=" + perps + " | a2=" + a2;
}

// Attackers' words as the subject of a casualty word name the side struck. A row's expected
// text may stop early: the record's text must start with it.
TEST(StruckSide, ArmedSubjectsOfADeathAreVictims) {
  const SidesCase cases[] = {
      // Pro-government militia killed by an armed group named in a "when" clause.
      {"Four members of the Civilian Joint Task Force were killed when Boko Haram fighters stormed Gwoza on "
       "Monday.",
       "K=4 AK=null | perps=Boko Haram | a2=Civilian JTF"},
      // Foreign fighters of a named group killed in an ambush nobody claimed.
      {"Three Wagner fighters were killed in an ambush near Menaka on Sunday.",
       "K=3 AK=null | perps= | a2=Wagner Group"},
      // All-caps wire copy.
      {"THREE WAGNER FIGHTERS WERE KILLED IN AN AMBUSH NEAR TESSALIT ON SUNDAY.",
       "K=3 AK=null | perps= | a2=Wagner Group"},
      // People pointing back to the attackers already told stay the attackers.
      {"Gunmen stormed a police post in Zhob on Friday, killing three policemen. Two gunmen were killed in the "
       "exchange of fire.",
       "K=3 AK=2 | perps= | a2=Police Forces of Pakistan"},
      // Doers of an act told in their own sentence stay the attackers.
      {"Three ISWAP fighters were killed when troops repelled their attack on Marte on Sunday.", "K=null AK=3 |"},
      {"Five militants were killed when they attacked an army checkpoint in Khost on Tuesday.",
       "K=null AK=5 | perps= | a2=Military Forces of Afghanistan"},
      // The same people named before as the doers stay the attackers.
      {"Al-Shabaab militants attacked a base near Baidoa on Monday. Twelve militants and three soldiers were killed, "
       "the army said.",
       "K=3 AK=12 | perps=al-Shabaab | a2=Military Forces of Somalia"},
      // Words that name people by the act itself are the attackers.
      {"Two suicide bombers were killed when their explosives detonated early near a mosque in Maiduguri on Friday.",
       "K=null AK=2 | perps= | a2=Civilians (Nigeria)"},
  };
  for (const auto& c : cases) EXPECT_EQ(sides(c.text).substr(0, std::string(c.expected).size()), c.expected) << c.text;
}

// "N of them" takes its antecedent's people and side.
TEST(StruckSide, PartitiveTakesItsAntecedent) {
  const SidesCase cases[] = {
      {"Soldiers were ambushed near Beni on Thursday, and three of them were killed.",
       "K=3 AK=null | perps= | a2=Military Forces of Democratic Republic of Congo"},
      // Armed people struck: the target is their words, ACLED actor2 their group.
      {"Members of Kataib Hezbollah were targeted by a drone near Qaim on Monday, which killed four of them.",
       "K=4 AK=null | perps= | a2=Kataib Hezbollah"},
      // The doers' antecedent keeps them the attackers.
      {"Villagers repelled an attack by bandits in Zamfara on Friday, killing six of them.",
       "K=null AK=6 | perps= | a2=null"},
  };
  for (const auto& c : cases) EXPECT_EQ(sides(c.text), c.expected) << c.text;
}

// A group named as the subject of a passive act, or in the people it struck, is no doer.
TEST(StruckSide, GroupOfTheSideStruckIsNoPerpetrator) {
  const SidesCase cases[] = {
      {"The Civilian Joint Task Force (CJTF) members were ambushed near Bama on Saturday.",
       "K=null AK=null | perps= | a2=null"},
      {"Troops shot dead four Fano fighters near Gondar on Tuesday.", "K=4 AK=null | perps= | a2=Fano"},
  };
  for (const auto& c : cases) EXPECT_EQ(sides(c.text), c.expected) << c.text;
}

// ACLED actor2 of soldiers or police with a nationality of their own is their state's.
TEST(StruckSide, ForcesOfTheirOwnNationality) {
  const SidesCase cases[] = {
      {"A Palestinian stabbed two Israeli soldiers near Nablus on Monday.", "Military Forces of Israel"},
      {"Gunmen shot dead two Turkish soldiers near Dohuk in northern Iraq on Friday.", "Military Forces of Turkey"},
      {"A bomb killed three Malian soldiers near Tessit on Sunday.", "Military Forces of Mali"},
  };
  for (const auto& c : cases) {
    const std::string got = sides(c.text);
    EXPECT_NE(got.find(std::string("a2=") + c.expected), std::string::npos) << c.text << " -> " << got;
  }
}

}  // namespace
}  // namespace sitrep
