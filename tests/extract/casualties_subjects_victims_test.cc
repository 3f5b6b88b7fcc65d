// Table tests for passive subjects the victims reading must see past: a relative clause
// between the subject and its verb ("A guard who was watching the gate was shot"), a phrase
// set off by commas ("The mayor of X, in Y province, was kidnapped"; "Thirty people, half
// of them children, were killed"), a list whose items the agents table lacks ("a priest,
// his cook and ..."), and "X were among the dead / among those wounded" with no figure for
// the whole. {news text, the first record's victims and counts}, rendered below.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "../support/analyse.h"
#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct SubjectCase {
  const char* text;
  const char* date;
  const char* expected;
};

// Test-only rendering of the first record (all statuses):
// "TEXT/COUNT/EFFECT|... killed=N injured=N", "-" for a missing value.
std::string render(const SubjectCase& c) {
  ExtractResult r = test::extract_text(c.text, c.date, true);
  if (r.records.empty()) return "no record";
  nlohmann::json j = nlohmann::json::parse(r.records.front());
  auto value = [](const nlohmann::json& v) -> std::string {
    if (v.is_null() || v["value"].is_null()) return "-";
    return std::to_string(v["value"].get<long long>());
  };
  std::string out;
  for (const auto& v : j["victims"]) {
    if (!out.empty()) out += "|";
    out += v["text"].get<std::string>() + "/" +
           (v.contains("count") && !v["count"].is_null() ? std::to_string(v["count"].get<long long>()) : "-") + "/" +
           (v["effect"].is_string() ? v["effect"].get<std::string>() : "-");
  }
  return out + " killed=" + value(j["killed"]) + " injured=" + value(j["injured"]);
}

void check(const SubjectCase& c) { EXPECT_EQ(render(c), c.expected) << c.text; }

// The subject of the verb ends before "who": the clause's own object is not the victim.
TEST(SubjectsVictims, RelativeClauseBeforeTheVerb) {
  const SubjectCase cases[] = {
      {"A teacher who was walking home from school was killed by a stray bullet in Mogadishu on Monday.", "2024-06-20",
       "A teacher/1/killed killed=1 injured=-"},
      {"Three shepherds who were grazing their flocks near Sderot were wounded by a rocket on Tuesday.", "2024-06-20",
       "Three shepherds/3/injured killed=- injured=3"},
      {"A JUDGE WHO HAD SENTENCED TWO TRAFFICKERS WAS SHOT DEAD IN MEDELLIN YESTERDAY.", "1989-08-20",
       "A JUDGE/1/killed killed=1 injured=-"},
      {"Two nurses who had stayed behind to care for patients were abducted by gunmen in Kaduna on Sunday.",
       "2021-03-04", "Two nurses/2/abducted killed=- injured=-"},
      // No "be": "who" opens the subject's clause before an intransitive verb too.
      {"A farmer who had refused to leave his land died when militiamen set fire to his house in Ituri on Friday.",
       "2022-08-01", "A farmer/1/killed killed=1 injured=-"},
      // ... but an act's relative clause counting people before its verb keeps them.
      {"Police hunted the gunmen who carried out an attack that left 14 dead in Peshawar on Monday.", "2024-06-20",
       "14/14/killed killed=14 injured=-"},
  };
  for (const auto& c : cases) check(c);
}

// A phrase set off by commas right before the verb is an insertion: the subject is before it.
TEST(SubjectsVictims, CommaSetPhraseBeforeTheVerb) {
  const SubjectCase cases[] = {
      {"Thirty people, half of them children, were killed in an airstrike on Idlib on Monday.", "2024-06-20",
       "Thirty people/30/killed killed=30 injured=-"},
      {"More than 330 people, about half of them children, were killed in Beslan on Friday.", "2004-09-05",
       "330 people/330/killed killed=330 injured=-"},
      {"TWO POLICEMEN, BOTH FROM THE LOCAL STATION, WERE WOUNDED BY A GRENADE IN SRINAGAR YESTERDAY.", "1995-05-12",
       "TWO POLICEMEN/2/injured killed=- injured=2"},
      {"The governor of Caqueta, a member of the Liberal Party, was kidnapped by rebels on Sunday.", "1990-04-02",
       "The governor of Caqueta/1/abducted killed=- injured=-"},
  };
  for (const auto& c : cases) check(c);
}

// Every item of a list of people is a victim, those the agents table lacks too.
TEST(SubjectsVictims, ListItemsTheAgentsTableLacks) {
  const SubjectCase cases[] = {
      {"A priest, his cook and her two sons were shot dead near Ayacucho on Sunday.", "1990-06-12",
       "A priest/1/killed|his cook/1/killed|her two sons/2/killed killed=4 injured=-"},
      // No list: a clause opener before the comma, "on the spot" before "and".
      {"AS A RESULT, SEVERAL WERE KILLED IN THE ATTACK ON THE BARRACKS.", "1989-11-20",
       "SEVERAL/-/killed killed=- injured=-"},
      {"THE JUDGE, HIS SECRETARY AND A BODYGUARD WERE KILLED IN THE AMBUSH YESTERDAY.", "1989-10-05",
       "THE JUDGE/1/killed|HIS SECRETARY/1/killed|A BODYGUARD/1/killed killed=3 injured=-"},
  };
  for (const auto& c : cases) check(c);
}

// "X were among the dead": with no figure for the whole, X's own count is the report's;
// "among five people killed" still counts the five (X is one of them).
TEST(SubjectsVictims, AmongAnUncountedWhole) {
  const SubjectCase cases[] = {
      {"Four schoolgirls were among the dead after a car bomb exploded in Mogadishu on Saturday.", "2024-06-20",
       "Four schoolgirls/4/killed killed=4 injured=-"},
      {"THREE POLICEMEN WERE AMONG THOSE WOUNDED WHEN A BOMB EXPLODED IN LIMA YESTERDAY.", "1990-02-14",
       "THREE POLICEMEN/3/injured killed=- injured=3"},
      {"Two aid workers were among those killed when a shell hit a market in Donetsk on Monday.", "2024-06-20",
       "Two aid workers/2/killed killed=2 injured=-"},
      {"A nurse was among those who died when gunmen stormed a clinic in Maiduguri on Friday.", "2015-02-10",
       "A nurse/1/killed killed=1 injured=-"},
      {"A boy was among five people killed when a bomb exploded in Quetta on Monday.", "2024-06-20",
       "A boy/1/killed|five people/5/killed killed=5 injured=-"},
  };
  for (const auto& c : cases) check(c);
}

// In all-caps copy a proper adjective the agents stage cannot tell from a common word
// ("BAPTIST", "ANGLICAN") may open the people phrase after the count: the count still
// belongs to the group.
TEST(SubjectsVictims, CountBeforeHiddenModifiersInCaps) {
  const SubjectCase cases[] = {
      {"THREE U.S. BAPTIST MISSIONARIES WERE SHOT DEAD NEAR SAN VICENTE YESTERDAY.", "1989-05-25",
       "THREE U.S. BAPTIST MISSIONARIES/3/killed killed=3 injured=-"},
      {"FOUR BRITISH ANGLICAN MISSIONARIES WERE KIDNAPPED NEAR GULU YESTERDAY.", "1996-07-10",
       "FOUR BRITISH ANGLICAN MISSIONARIES/4/abducted killed=- injured=-"},
      {"Two U.S. Mormon missionaries were shot dead in La Paz on Wednesday.", "1989-05-25",
       "Two U.S. Mormon missionaries/2/killed killed=2 injured=-"},
  };
  for (const auto& c : cases) check(c);
}

}  // namespace
}  // namespace sitrep
