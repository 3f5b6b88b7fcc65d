// End-to-end table for the date of a reporting clause: "<speaker> said on Monday that
// <act> on Saturday" dates the statement, not the act; the act takes a date of its own
// first and falls back on the statement's only when it names none.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct StatementDateCase {
  const char* text;
  const char* published;  // publication date given to extraction
  const char* date;       // the first record's date value ("null" when none)
};

const StatementDateCase kCases[] = {
    // The act's own day beats the statement's, whichever lies nearer the trigger.
    {"Officials said on Thursday that militants had ambushed a convoy near Baidoa on Tuesday.", "2019-03-15",
     "2019-03-12"},
    {"A military spokesman told reporters on Friday that rebels had shelled Goma on Wednesday.", "2012-11-23",
     "2012-11-21"},
    {"THE NATIONAL POLICE REPORTED TODAY THAT TERRORISTS DYNAMITED A BRIDGE IN CAQUETA YESTERDAY.", "1990-02-08",
     "1990-02-07"},
    {"IT WAS OFFICIALLY ANNOUNCED TODAY THAT GUERRILLAS KIDNAPPED A CATTLE RANCHER IN ARAUCA ON 2 APRIL.", "1990-04-05",
     "1990-04-02"},
    {"Police said Tuesday that a gunman shot dead two security guards outside a bank in Karachi late on Sunday.",
     "2014-09-10", "2014-09-07"},
    // No date of its own: the statement's day is the best the report gives.
    {"The army said on Tuesday that insurgents had attacked a checkpoint near Kandahar.", "2008-07-10", "2008-07-08"},
    // The statement told after the act: the act's day, as before.
    {"Gunmen shot dead a tribal elder in North Waziristan on Sunday, officials said on Monday.", "2016-02-10",
     "2016-02-07"},
};

class StatementDateSpotd : public testing::TestWithParam<StatementDateCase> {};

TEST_P(StatementDateSpotd, ActDatedByItsOwnClause) {
  const StatementDateCase& c = GetParam();
  ExtractResult res = test::extract_text(c.text, c.published, true);
  ASSERT_FALSE(res.records.empty()) << c.text;
  nlohmann::json r = nlohmann::json::parse(res.records.front());
  std::string got =
      r["date"].is_null() || r["date"]["value"].is_null() ? "null" : r["date"]["value"].get<std::string>();
  EXPECT_EQ(got, c.date) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, StatementDateSpotd, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
