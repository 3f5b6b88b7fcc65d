// End-to-end table for verbs coordinated around one object: "rounded up and executed 20
// civilians" is an execution, not an arrest: the violent verb names the act.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct CoordinatedCase {
  const char* text;
  const char* published;  // publication date given to extraction
  const char* acled;      // the first record's ACLED sub-event type
};

const CoordinatedCase kCases[] = {
    {"Soldiers rounded up and executed 14 herders near Mopti on Monday.", "2020-06-10", "Attack"},
    {"Militiamen detained and then shot dead three teachers in Kananga on Friday.", "2017-04-02", "Attack"},
    {"TROOPS ARRESTED AND MURDERED FIVE PEASANTS IN THE VILLAGE OF SAN JOSE LAS FLORES YESTERDAY.", "1989-08-12",
     "Attack"},
    // Nothing violent beside the arrest: an arrest.
    {"Police arrested and questioned 12 suspects in Harare on Monday.", "2019-01-20", "Arrests"},
};

class CoordinatedKindSpotd : public testing::TestWithParam<CoordinatedCase> {};

TEST_P(CoordinatedKindSpotd, SevereVerbNamesTheAct) {
  const CoordinatedCase& c = GetParam();
  ExtractResult res = test::extract_text(c.text, c.published, true);
  ASSERT_FALSE(res.records.empty()) << c.text;
  nlohmann::json r = nlohmann::json::parse(res.records.front());
  ASSERT_FALSE(r["acled"].is_null()) << c.text;
  EXPECT_EQ(r["acled"]["sub_event_type"].get<std::string>(), c.acled) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, CoordinatedKindSpotd, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
