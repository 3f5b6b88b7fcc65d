// End-to-end table for an act told on from the incident just told: in the next sentence
// under a pronoun subject ("They killed 15 people and abducted 30 others") or in the same
// sentence, an act of another family is an incident of its own that happened then and
// there, by the same people, unless a word moves the story ("Meanwhile", "later").
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct ContinuedCase {
  const char* text;
  const char* published;  // publication date given to extraction
  const char* last;       // the last record: "kind date place attackers" ("-" for none)
};

const ContinuedCase kCases[] = {
    {"Militants raided a border post near Kidal on Sunday. They killed six soldiers and kidnapped two customs "
     "officers.",
     "2013-05-08", "abduction 2013-05-05 Kidal Militants"},
    {"BANDITS ATTACKED A FARM IN CORDOBA ON 3 MARCH. THEY MURDERED THE OWNER AND KIDNAPPED HIS TWO SONS.", "1989-03-06",
     "abduction 1989-03-03 Córdoba BANDITS"},
    {"The clinic, which was attacked by gunmen in Beni on Friday, had four nurses abducted.", "2019-11-12",
     "abduction 2019-11-08 Beni gunmen"},
    // A word that moves the story: a new incident, nothing inherited.
    {"Gunmen attacked a village in Zamfara on Saturday. Meanwhile, armed men kidnapped 20 travellers.", "2024-06-20",
     "abduction - - armed men"},
    {"Gunmen attacked a village in Zamfara on Saturday. They later kidnapped 20 travellers.", "2024-06-20",
     "abduction - - -"},
    // A passive pronoun names the victims, not the doers.
    {"Gunmen attacked a bus near Maiduguri on Monday. They were all kidnapped.", "2022-08-10",
     "abduction 2022-08-08 Maiduguri -"},
};

std::string last_record(const ExtractResult& res) {
  if (res.records.empty()) return "(no record)";
  nlohmann::json r = nlohmann::json::parse(res.records.back());
  std::string out = r["kind"].get<std::string>();
  out += " " + (r["date"].is_null() || r["date"]["value"].is_null() ? std::string("-")
                                                                    : r["date"]["value"].get<std::string>());
  out += " " + (r["location"].is_null() ? std::string("-") : r["location"]["name"].get<std::string>());
  std::string att;
  for (const auto& x : r["attackers"]) att += (att.empty() ? "" : ",") + x["text"].get<std::string>();
  out += " " + (att.empty() ? std::string("-") : att);
  return out;
}

class ContinuedActSpotd : public testing::TestWithParam<ContinuedCase> {};

TEST_P(ContinuedActSpotd, TakesTheIncidentsTimePlaceAndDoers) {
  const ContinuedCase& c = GetParam();
  EXPECT_EQ(last_record(test::extract_text(c.text, c.published, true)), c.last) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, ContinuedActSpotd, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
