// Table tests for counted groups in the commonest toll sentences of conflict news: a count
// opened by "at least" or "more than" before its people word, "N others" / "N more", and
// an elliptical "and three wounded" before a clause of its own ("when gunmen attacked").
// {news text, the first record's victims "WORDS:COUNT:EFFECT" and its ACLED sub-event}.
#include <gtest/gtest.h>

#include "../support/analyse.h"
#include "../support/render.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct CountCase {
  const char* text;
  const char* victims;
  const char* acled;
};

std::string first_victims(const std::string& text) {
  ExtractResult r = test::extract_text(text, "2024-06-20", true);
  if (r.records.empty()) return "no record";
  nlohmann::json j = nlohmann::json::parse(r.records.front());
  std::string out;
  for (const auto& v : j["victims"]) {
    if (!out.empty()) out += "; ";
    out += v["text"].get<std::string>() + ":" + (v["count"].is_null() ? "?" : std::to_string(v["count"].get<long long>())) +
           ":" + v["effect"].get<std::string>();
  }
  return out;
}

// The people word after an opened count names the group: "killed at least 12 villagers"
// are civilians, so the act is an attack on civilians, not a battle.
TEST(CountedGroups, OpenedCountKeepsItsPeopleWord) {
  const CountCase cases[] = {
      {"Gunmen killed at least 12 villagers in Zamfara state on Tuesday.", "at least 12 villagers:12:killed",
       "Attack (kind shooting, trigger killed)"},
      {"Suspected jihadists killed more than 30 civilians in an attack on a market near Djibo on Sunday.",
       "more than 30 civilians:30:killed", "Attack (kind attack, trigger attack)"},
      {"AN ARMY PATROL KILLED AT LEAST 8 PEASANTS IN THE VILLAGE OF EL JUNQUILLO ON FRIDAY.",
       "AT LEAST 8 PEASANTS:8:killed", "Attack (kind attack, trigger KILLED)"},
      // A count with no people word after it stays a bare count.
      {"A roadside bomb killed at least 12 in Kandahar on Monday.", "at least 12:12:killed",
       "Remote explosive/landmine/IED (kind ied, trigger roadside bomb)"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(first_victims(c.text), c.victims) << c.text;
    EXPECT_EQ(test::first_acled_type(c.text, "2024-06-20"), c.acled) << c.text;
  }
}

// "Two soldiers were killed and three others were wounded": further people counted apart.
// "Two policemen were killed and three wounded when gunmen attacked a patrol": the clause
// after "when" tells the act; it names no victim.
TEST(CountedGroups, FurtherPeopleAndEllipticalCounts) {
  const CountCase cases[] = {
      {"Two soldiers were killed and three others were wounded in the attack near Mopti.",
       "Two soldiers:2:killed; three others:3:injured", ""},
      {"A policeman died in the blast in Quetta and two more died later in hospital.",
       "A policeman:1:killed; two more:2:killed", ""},
      {"Two policemen were killed and three wounded when gunmen attacked a patrol in Karachi last night.",
       "Two policemen:2:killed; three:3:injured", ""},
      {"TWO POLICEMEN WERE KILLED AND THREE WOUNDED WHEN THE PATROL WAS AMBUSHED NEAR AYACUCHO.",
       "TWO POLICEMEN:2:killed; THREE:3:injured", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(first_victims(c.text), c.victims) << c.text;
}

}  // namespace
}  // namespace sitrep
