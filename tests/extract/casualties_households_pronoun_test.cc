// Table tests for household words and coordinated relatives: {news text, killed and injured
// of the first record}. "a family of six" counts six people, "his parents" and "a young
// couple" two; a relative after "and" ("a father and son", "his teenage granddaughter") is a
// victim of the same act, one person. The whole pipeline runs.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct HouseholdCase {
  const char* text;
  const char* date;
  const char* expected;  // "killed=K injured=I" of the first record, "-" unknown
};

using test::pipeline;

std::string figures(const char* text, const char* date) {
  DocumentInput in;
  in.id = "test";
  in.text = text;
  in.date = date;
  ExtractOptions options;
  options.status = StatusFilter::kAll;
  ExtractResult r = pipeline().extract(in, options);
  if (r.records.empty()) return "no record";
  nlohmann::json j = nlohmann::json::parse(r.records.front());
  auto value = [&](const char* field) {
    const nlohmann::json& f = j[field];
    return f.is_object() && f["value"].is_number() ? std::to_string(f["value"].get<long long>()) : std::string("-");
  };
  return "killed=" + value("killed") + " injured=" + value("injured");
}

void check(const HouseholdCase& c) { EXPECT_EQ(figures(c.text, c.date), c.expected) << c.text; }

TEST(Households, FamilyOfNumber) {
  const HouseholdCase cases[] = {
      {"A drone strike killed a family of six in Khan Younis on Tuesday.", "2024-01-20", "killed=6 injured=-"},
      {"AN ARTILLERY SHELL KILLED A FAMILY OF THREE IN SARAJEVO YESTERDAY.", "1993-06-20", "killed=3 injured=-"},
      {"Gunmen killed a family of farmers in Plateau State on Sunday.", "2024-01-20", "killed=- injured=-"},
  };
  for (const auto& c : cases) check(c);
}

TEST(Households, PairWords) {
  const HouseholdCase cases[] = {
      {"A car bomb wounded a shopkeeper and his parents in Baghdad on Monday.", "2006-06-20", "killed=- injured=3"},
      {"A landmine killed a young couple near Kandahar on Sunday.", "2010-06-20", "killed=2 injured=-"},
  };
  for (const auto& c : cases) check(c);
}

TEST(Households, CoordinatedRelatives) {
  const HouseholdCase cases[] = {
      {"Gunmen killed a father and son in Michoacan on Saturday.", "2012-06-20", "killed=2 injured=-"},
      {"A shell killed an old man and his teenage granddaughter in Donetsk on Monday.", "2023-06-20",
       "killed=2 injured=-"},
      {"GUERRILLAS KILLED A PEASANT AND HIS WIFE IN AYACUCHO.", "1985-06-20", "killed=2 injured=-"},
  };
  for (const auto& c : cases) check(c);
}

}  // namespace
}  // namespace sitrep
