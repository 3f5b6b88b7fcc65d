// End-to-end table for the date told at the end of a clause hung on the act: a relative
// clause on its victim ("killed two farmers who were tending their cattle near Wase on
// Tuesday"), a circumstance ("while he was directing traffic", "when he was leaving his
// home", "after he left a mosque", "before they fled") dates the act when nothing in the
// act's own clause does. It does not when the clause tells an act of its own, names another
// period ("since"), is a statement's ("police said on Monday"), is no day ("in November
// 1984") or lies ahead ("will be buried on Monday"). Also: a period after an ordinal ("the
// fourth journalist killed in the Philippines this year") is a tally's and dates no act.
// Each row renders every record as "status kind date" ("null" when undated), "; "-separated.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct SubordinateDateCase {
  const char* text;
  const char* date;  // publication date given to extraction
  const char* expected;
};

std::string render(const char* text, const char* date) {
  std::string out;
  for (const std::string& line : test::extract_text(text, date, true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (!out.empty()) out += "; ";
    out += r["status"].get<std::string>() + " " + r["kind"].get<std::string>() + " " +
           (r["date"].is_null() ? "null" : r["date"]["value"].get<std::string>());
  }
  return out;
}

const SubordinateDateCase kCases[] = {
    {"Gunmen shot dead two farmers who were tending their cattle near Wase on Tuesday.", "2024-03-14",
     "reported shooting 2024-03-12"},
    {"A policeman was stabbed to death while he was directing traffic in Karachi on Saturday.", "2011-08-10",
     "reported stabbing 2011-08-06"},
    {"MILITANTS KILLED A SCHOOLTEACHER AFTER HE LEFT A MOSQUE IN KHOST ON FRIDAY.", "2009-05-13",
     "reported attack 2009-05-08"},
    {"The minister condemned the murder of trade unionist Jorge Ruiz, who was shot dead in Barrancabermeja on "
     "Sunday.",
     "1996-02-07", "reported shooting 1996-02-04"},
    {"Rebels ambushed a bus carrying traders before they fled into the hills near Gulu on Wednesday.", "2003-07-25",
     "reported ambush 2003-07-23"},
    {"A JUDGE WAS KIDNAPPED BY HEAVILY ARMED MEN WHEN HE WAS LEAVING HIS HOME IN MEDELLIN YESTERDAY.", "1989-10-20",
     "reported abduction 1989-10-19"},
    // The clause's own act takes its day; the arrest stays undated.
    {"Police arrested a man who kidnapped a girl in Lahore on Monday.", "2016-01-12",
     "reported arrest null; reported abduction 2016-01-11"},
    // Another period, no day, a day ahead; a report closing the sentence dates the act.
    {"Gunmen killed a trader in Kano since the market reopened on Monday.", "2016-01-12", "reported shooting null"},
    {"Gunmen killed a trader in Kano, police said on Monday.", "2016-01-12", "reported shooting 2016-01-11"},
    {"Guerrillas killed a soldier who was guarding a bridge near Ayacucho in November 1984.", "1985-03-02",
     "reported attack null"},
    {"Gunmen killed a farmer who will be buried in Jos on Monday.", "2024-06-20", "reported shooting null"},
};

class ClusterSubordinateDate : public testing::TestWithParam<SubordinateDateCase> {};

TEST_P(ClusterSubordinateDate, Records) {
  const SubordinateDateCase& c = GetParam();
  EXPECT_EQ(render(c.text, c.date), c.expected) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, ClusterSubordinateDate, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
