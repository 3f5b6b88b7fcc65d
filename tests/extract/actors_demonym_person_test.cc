// A singular demonym after an article with no noun after it is a person ("gunmen killed a
// Palestinian", "an American was kidnapped"), and a demonym a territory shares with a state
// names the state's people ("American": the United States, not the Northern Mariana Islands;
// "Indian": India). Rows: {text, the first record's victims as "WORDS/COUNT/NATIONALITY"}.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/analyse.h"

namespace sitrep {
namespace {

struct DemonymCase {
  const char* text;
  const char* expected;
};

std::string victims(const std::string& text) {
  for (const std::string& line : test::extract_text(text, "2024-06-20", true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    std::string out;
    for (const auto& v : r["victims"]) {
      out += (out.empty() ? "" : "|") + v["text"].get<std::string>() + "/" +
             (v["count"].is_number() ? std::to_string(v["count"].get<int>()) : "-") + "/" +
             (v["nationality"].is_string() ? v["nationality"].get<std::string>() : "-");
    }
    return out;
  }
  return "no record";
}

TEST(ActorsDemonymPerson, SingularDemonymIsAPerson) {
  const DemonymCase cases[] = {
      {"Gunmen killed a Palestinian near Nablus on Monday.", "a Palestinian/1/PS"},
      {"An American was kidnapped in Niamey on Tuesday.", "An American/1/US"},
      {"Two Indian nationals were abducted in Kandahar on Monday.", "Two Indian nationals/2/IN"},
      // A demonym before a noun modifies it.
      {"A Palestinian gunman killed three people at a bus stop in Jerusalem on Monday.", "three people/3/-"},
  };
  for (const auto& c : cases) EXPECT_EQ(victims(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
