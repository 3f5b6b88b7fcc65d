// Table tests for who the object of an act against people is and what befell them: the
// object of a killing verb is its victim whatever its words' lexicon class ("troops killed
// 12 militants"), unless it points back to attackers already told; wounding verbs ("shot",
// "stabbed", "beaten") injure their objects; "took N people hostage" abducts them; people
// sexually assaulted are victims with no count invented. {news text, what the first
// incident record says}.
#include <gtest/gtest.h>

#include "../support/analyse.h"
#include "../support/render.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct ObjectCase {
  const char* text;
  const char* expected;
};

// The first record's casualties (render.h) and its victims as "TEXT:EFFECT" ("-" when the
// effect is null), "|"-separated.
std::string casualties_and_victims(const std::string& text) {
  std::string out = test::record_casualties(text, true);
  return out == "no record" ? out : out + " victims=" + test::record_victims(text, true);
}

void check(const ObjectCase& c) { EXPECT_EQ(casualties_and_victims(c.text), c.expected) << c.text; }

// Militants, fighters and bandits killed by others are that act's victims; attackers
// already told ("the gunmen", "15 of them" after "an attack by bandits", the same word in
// the sentence before) keep their deaths apart (GTD nkillter).
TEST(CasualtyObjects, ArmedPeopleKilledByOthers) {
  const ObjectCase cases[] = {
      {"Soldiers killed 12 militants in a raid near Bannu on Sunday, the army said.",
       "killed=12 injured=- attackers=- names= victims=12 militants:killed"},
      {"An air strike killed eight rebel fighters near the town of Mayom on Friday.",
       "killed=8 injured=- attackers=- names= victims=eight rebel fighters:killed"},
      {"SALVADORAN ARMY TROOPS KILLED FIVE GUERRILLAS IN A CLASH NEAR SUCHITOTO YESTERDAY.",
       "killed=5 injured=- attackers=- names= victims=FIVE GUERRILLAS:killed"},
      {"Police repelled an attack by bandits on a village near Gusau on Monday, killing 15 of them.",
       "killed=- injured=- attackers=15 names= victims="},
      {"Militants stormed a hotel in Mogadishu on Friday, killing nine guests. Security forces later killed "
       "the gunmen.",
       "killed=9 injured=- attackers=? names= victims=nine guests:killed"},
      {"Insurgents attacked a police post in Kunar on Tuesday, killing three officers. Police killed four "
       "insurgents in the fighting.",
       "killed=3 injured=- attackers=4 names= victims=three officers:killed"},
  };
  for (const auto& c : cases) check(c);
}

// A reflexive after a killing verb is the attacker's own death: "killing himself and six
// others" is six victims and one attacker killed.
TEST(CasualtyObjects, AttackerKillingHimself) {
  const ObjectCase cases[] = {
      {"A suicide bomber blew himself up at a checkpoint in Baidoa on Sunday, killing himself and six others.",
       "killed=6 injured=- attackers=1 names= victims=six:killed"},
      {"A suicide bomber attacked police recruits at a training centre in Quetta on Monday, killing himself and 20 "
       "recruits.",
       "killed=20 injured=- attackers=1 names= victims=20 recruits:killed"},
      {"A SUICIDE BOMBER KILLED HIMSELF AND FOUR POLICEMEN AT A MARKET IN PESHAWAR IN 2009.",
       "killed=4 injured=- attackers=1 names= victims=FOUR POLICEMEN:killed"},
  };
  for (const auto& c : cases) check(c);
}

// Wounding verbs: their objects are injured, unless "dead" or "to death" follows them.
TEST(CasualtyObjects, WoundingVerbs) {
  const ObjectCase cases[] = {
      {"Two policemen were shot in Kano on Tuesday.", "killed=- injured=2 attackers=- names= victims=Two policemen:injured"},
      {"A man armed with a knife stabbed three people at a station in Leeds in 1998.",
       "killed=- injured=3 attackers=- names= victims=three people:injured"},
      {"Gunmen shot two soldiers dead in an attack on a checkpoint in Tikrit on Sunday.",
       "killed=2 injured=- attackers=- names= victims=two soldiers:killed"},
      {"TWO JOURNALISTS WERE BEATEN BY POLICE IN LIMA ON 3 MAY 1992.",
       "killed=- injured=2 attackers=- names= victims=TWO JOURNALISTS:injured"},
  };
  for (const auto& c : cases) check(c);
}

// "took N people hostage": the people between the verb and "hostage" were abducted.
TEST(CasualtyObjects, TookHostage) {
  const ObjectCase cases[] = {
      {"Gunmen stormed a church in the village of Kaura on Sunday and took 20 worshippers hostage.",
       "killed=- injured=- attackers=- names= victims=20 worshippers:abducted"},
      {"PIRATES SEIZED A TANKER OFF LAGOS IN 2013 AND HELD ITS 18 CREWMEN HOSTAGE.",
       "killed=- injured=- attackers=- names= victims=ITS 18 CREWMEN:abducted"},
  };
  for (const auto& c : cases) check(c);
}

// Sexual violence names victims but tells no death or wound: listed, effect null, no count.
TEST(CasualtyObjects, SexualViolence) {
  const ObjectCase cases[] = {
      {"A woman was raped by two soldiers in Bunia on Tuesday.",
       "killed=- injured=- attackers=- names= victims=A woman:-"},
      {"Armed men raped three girls in a village near Kalehe in 2016, a rights group said.",
       "killed=- injured=- attackers=- names= victims=three girls:-"},
  };
  for (const auto& c : cases) check(c);
}

}  // namespace
}  // namespace sitrep
