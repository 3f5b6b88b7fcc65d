// End-to-end tables for a past attack told beside the current one: an event noun dated to
// an earlier period by an apposition ("the single biggest attack, in 2009,") is a past
// incident, and a consequence verb whose subject it is ("... killed at least 25 people and
// injured 60 others") tells that incident's toll, not the current act's. Each row renders
// every record (all statuses) as "status kind killed/injured", "; "-separated.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

namespace sitrep {
namespace {

struct TollCase {
  const char* text;
  const char* date;
  const char* expected;
};

std::string render(const TollCase& c) {
  std::string out;
  for (const std::string& line : test::extract_text(c.text, c.date, /*all=*/true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    auto count = [&](const char* f) {
      return r[f].is_null() || r[f]["value"].is_null() ? std::string("-") : std::to_string(r[f]["value"].get<long>());
    };
    if (!out.empty()) out += "; ";
    out += r["status"].get<std::string>() + " " + r["kind"].get<std::string>() + " " + count("killed") + "/" +
           count("injured");
  }
  return out;
}

class BackgroundToll : public ::testing::TestWithParam<TollCase> {};

TEST_P(BackgroundToll, Records) { EXPECT_EQ(render(GetParam()), GetParam().expected) << GetParam().text; }

const TollCase kCases[] = {
    // The past attack's toll goes to a record of its own, dated to its year.
    {"Gunmen opened fire on a bus near Peshawar on Monday, killing six passengers. The worst attack, in 2014, "
     "killed 141 people and wounded 120 others.",
     "2023-05-02", "reported shooting 6/-; background attack 141/120"},
    {"SAN SALVADOR, 12 MAR 90 (ACAN-EFE) -- [TEXT] A BOMB EXPLODED TODAY AT A BANK IN SAN SALVADOR, WOUNDING TWO "
     "GUARDS. THE BLOODIEST BOMBING, IN 1984, KILLED 30 PEOPLE AND WOUNDED 50 OTHERS.",
     "1990-03-12", "reported bombing -/2; background bombing 30/50"},
    {"Rebels ambushed a bus near Goma on Friday, killing three passengers. The deadliest massacre, in 2016, killed "
     "36 villagers and wounded 12.",
     "2021-07-10", "reported ambush 3/-; background massacre 36/12"},
    // One act picked out of a past tally is an incident of its own.
    {"Militants stormed a hotel in Mogadishu on Tuesday and killed nine guests. Since 2010, hundreds of people have "
     "been killed in suicide attacks on hotels. The deadliest attack, in 2017, killed 22 people.",
     "2024-06-12", "reported armed_assault 9/-; background attack 22/-"},
    // An apposition of the current day, or no date at all, keeps the toll with the act.
    {"A car bomb exploded outside a police station in Kirkuk, killing four officers. The attack, on Sunday, also "
     "wounded 11 people.",
     "2022-09-05", "reported car_bombing 4/11"},
    {"A suicide bomber blew himself up at a wedding in Kabul on Saturday. The blast, in the city centre, killed 12 "
     "people.",
     "2019-08-18", "reported suicide_bombing 12/-"},
    {"A car bomb exploded outside a police station in Kirkuk on Sunday. The attack killed four officers and wounded "
     "11 people.",
     "2022-09-05", "reported car_bombing 4/11"},
};

INSTANTIATE_TEST_SUITE_P(Table, BackgroundToll, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
