// Table tests for a fight inside one kind of armed men: "rival militias clashed", "fighting
// between factions", "fought each other" have the same kind on both ACLED sides
// (interaction 33); a clash "with" or "against" another side keeps that side, and a named
// group fighting nobody named is left without an actor 2.
// {news text, "actor1 | actor2 | interaction"} of the first record's ACLED view.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct InfightingCase {
  const char* text;
  const char* expected;
};

std::string sides(const std::string& text) {
  ExtractResult r = test::extract_text(text, "2023-05-05", false);
  if (r.records.empty()) return "no record";
  nlohmann::json j = nlohmann::json::parse(r.records.front());
  if (!j["acled"].is_object()) return "no acled view";
  const nlohmann::json& acled = j["acled"];
  auto str = [&](const char* f) { return acled[f].is_string() ? acled[f].get<std::string>() : "null"; };
  std::string interaction = acled["interaction"].is_number() ? std::to_string(acled["interaction"].get<int>()) : "null";
  return str("actor1") + " | " + str("actor2") + " | " + interaction;
}

TEST(Infighting, OneKindOfArmedMenOnBothSides) {
  const InfightingCase cases[] = {
      {"Rival militias clashed in Tripoli on Friday, killing 32 people.",
       "Unidentified Armed Group (Libya) | Unidentified Armed Group (Libya) | 33"},
      {"RIVAL MILITIAS CLASHED IN ZAWIYA ON TUESDAY, LEAVING FIVE DEAD.",
       "Unidentified Armed Group (Libya) | Unidentified Armed Group (Libya) | 33"},
      {"Militias fought each other near Bunia on Sunday, killing nine people.",
       "Unidentified Armed Group (Democratic Republic of Congo) | Unidentified Armed Group (Democratic Republic of "
       "Congo) | 33"},
      // The other side named after "with" stays that side.
      {"Militias clashed with the army in Tripoli on Friday.",
       "Unidentified Armed Group (Libya) | Military Forces of Libya | 13"},
      // A group fighting nobody named has no known other side.
      {"Militias clashed in Tripoli on Friday, killing four people.", "Unidentified Armed Group (Libya) | null | 30"},
  };
  for (const InfightingCase& c : cases) EXPECT_EQ(sides(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
