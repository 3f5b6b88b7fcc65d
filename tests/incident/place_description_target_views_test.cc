// Table tests (test-only): a facility word that says what kind of place a town is ("the
// Somali port city of Kismayo", "the garrison town of Bama") is no target; what was struck
// stays one. {news text, the first record's targets joined by "; "}.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/analyse.h"

namespace sitrep {
namespace {

struct PlaceTargetCase {
  const char* text;
  const char* expected;
};

std::string first_targets(const std::string& text) {
  for (const std::string& line : test::extract_text(text, "2024-06-20", true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    std::string out;
    for (const auto& t : r["targets"]) out += (out.empty() ? "" : "; ") + t["text"].get<std::string>();
    return out;
  }
  return "no record";
}

TEST(PlaceDescriptionTargetViews, PortCityIsAPlace) {
  const PlaceTargetCase cases[] = {
      {"A bomb exploded at a market in the Yemeni port city of Aden on Monday.", "market"},
      {"Gunmen stormed a bank in the garrison town of Bama on Friday, killing two guards.", "bank"},
      {"GUERRILLAS DYNAMITED A BRIDGE NEAR THE PORT CITY OF BUENAVENTURA YESTERDAY.", "BRIDGE"},
      // The port itself, struck: a target.
      {"Houthi drones struck the port of Eilat on Monday.", "port"},
  };
  for (const auto& c : cases) EXPECT_EQ(first_targets(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
