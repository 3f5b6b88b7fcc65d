// A force that denies a part in an act is named as its perpetrator with status denied
// (SPEC section 3: "denials are perpetrators with status denied"): "the army denied its
// troops were involved in the massacre", "denied that the army was involved". The act
// itself stays reported. Rows: {text, date, "TEXT:STATUS" of the first record's
// perpetrators, ","-separated}.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/analyse.h"

namespace sitrep {
namespace {

struct DeniedCase {
  const char* text;
  const char* date;
  const char* expected;
};

std::string status_and_perps(const std::string& text, const std::string& date) {
  for (const std::string& line : test::extract_text(text, date, true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    std::string out = r["status"].get<std::string>() + " |";
    for (const auto& p : r["perpetrators"])
      out += " " + p["text"].get<std::string>() + ":" + p["status"].get<std::string>();
    return out;
  }
  return "no record";
}

TEST(RolesDeniedForceStatus2, DenierIsDeniedPerpetrator) {
  const DeniedCase cases[] = {
      {"The army denied its troops were involved in the massacre of 10 villagers in Djibo on Monday.", "2022-06-14",
       "reported | The army:denied"},
      {"COLONEL JUAN PEREZ DENIED THAT THE ARMY WAS INVOLVED IN THE MASSACRE OF 10 PEASANTS.", "1989-07-06",
       "reported | THE ARMY:denied"},
      {"THE ARMED FORCES DENIED THAT THEIR TROOPS TOOK PART IN THE MASSACRE OF 12 PEASANTS IN SAN VICENTE.",
       "1989-07-06", "reported | THE ARMED FORCES:denied"},
      {"The police have denied that officers were involved in the killing of a student activist in Dhaka on Sunday.",
       "2016-05-10", "reported | The police:denied"},
      // A force that tells the act is its author, not a denier.
      {"The army said its troops killed 10 rebels near Jaffna on Monday.", "1992-08-12", "reported |"},
  };
  for (const auto& c : cases) EXPECT_EQ(status_and_perps(c.text, c.date), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
