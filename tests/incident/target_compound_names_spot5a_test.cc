// Table tests for target phrases (test-only): an acronym in brackets between an
// institution's name and its head stays inside the phrase ("the Administrative Department
// of Security (DAS) building"), and so does a number joined by a hyphen to its word ("a
// four-storey building", "the 16th-century mosque"). {news text, date, targets of the first
// record, "|"-separated}.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/analyse.h"

namespace sitrep {
namespace {

struct TargetCase {
  const char* text;
  const char* date;
  const char* expected;
};

std::string targets(const TargetCase& c) {
  const ExtractResult res = test::extract_text(c.text, c.date, true);
  if (res.records.empty()) return "(no record)";
  nlohmann::json r = nlohmann::json::parse(res.records.front());
  std::string out;
  for (const auto& t : r["targets"]) out += (out.empty() ? "" : "|") + t["text"].get<std::string>();
  return out;
}

TEST(TargetCompoundNamesSpot5a, AcronymInsideTheName) {
  const TargetCase cases[] = {
      {"A bomb exploded outside the National Electoral Council (CNE) building in Caracas on Monday.", "2024-06-20",
       "National Electoral Council (CNE) building"},
      {"A BOMB EXPLODED IN FRONT OF THE ADMINISTRATIVE DEPARTMENT OF SECURITY (DAS) BUILDING IN BOGOTA TODAY.",
       "1989-12-07", "ADMINISTRATIVE DEPARTMENT OF SECURITY (DAS) BUILDING"},
      {"A CAR BOMB DESTROYED THE ARGENTINE ISRAELI MUTUAL ASSOCIATION (AMIA) BUILDING IN BUENOS AIRES TODAY, "
       "KILLING 85 PEOPLE.",
       "1994-07-19", "ARGENTINE ISRAELI MUTUAL ASSOCIATION (AMIA) BUILDING"},
      {"Rebels attacked the Armed Forces of Liberia (AFL) barracks in Monrovia on Sunday.", "2003-07-20",
       "Armed Forces of Liberia (AFL) barracks"},
  };
  for (const auto& c : cases) EXPECT_EQ(targets(c), c.expected) << c.text;
}

TEST(TargetCompoundNamesSpot5a, NumberCompoundsStayInThePhrase) {
  const TargetCase cases[] = {
      {"Gunmen stormed a two-storey guesthouse in Herat on Friday, killing four people.", "2024-06-20",
       "two-storey guesthouse"},
      {"Militants attacked a five-star hotel in Mogadishu on Friday, killing nine people.", "2024-06-20",
       "five-star hotel"},
      {"Insurgents blew up a 12th-century shrine near Mosul on Tuesday.", "2014-07-22", "12th-century shrine"},
      {"A shell hit a 16-storey apartment block in Kharkiv on Monday, killing three people.", "2022-03-07",
       "16-storey apartment block"},
      {"ARSONISTS BURNED A 200-YEAR-OLD CHURCH IN SUCRE YESTERDAY.", "1990-02-14", "200-YEAR-OLD CHURCH"},
  };
  for (const auto& c : cases) EXPECT_EQ(targets(c), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
