// Table tests for the doers' platform: a vehicle or aircraft named after "from" or "by"
// right after a verb of firing or throwing is where the weapon came from, not a target
// ("machinegunned from a moving vehicle", "a missile fired by a military helicopter"); what
// the weapon struck stays one. The targets of the first record, "TEXT:KIND", ","-separated.
#include <gtest/gtest.h>

#include "../support/render.h"

#include <string>

namespace sitrep {
namespace {

struct PlatformCase {
  const char* text;
  const char* date;
  const char* expected;
};

// The "tgt=" part of test::record_roles.
std::string record_targets(const std::string& text, const std::string& date) {
  const std::string roles = test::record_roles(text, date);
  const size_t b = roles.find("tgt=");
  if (b == std::string::npos) return roles;
  const size_t e = roles.find(" | ", b);
  return roles.substr(b + 4, e == std::string::npos ? std::string::npos : e - b - 4);
}

class RolesPlatformWeapon : public ::testing::TestWithParam<PlatformCase> {};

TEST_P(RolesPlatformWeapon, Extracts) {
  EXPECT_EQ(record_targets(GetParam().text, GetParam().date), GetParam().expected) << GetParam().text;
}

const PlatformCase kPlatformCases[] = {
    {"SAN SALVADOR, 3 MAR 90 (ACAN) -- A BUSINESSMAN WAS MACHINEGUNNED FROM A MOVING VEHICLE IN SAN SALVADOR "
     "TODAY, THE POLICE REPORTED.",
     "1990-03-04", ""},
    {"CALI, 5 JUN 89 (EFE) -- A JUDGE WAS MACHINEGUNNED FROM A TAXI OUTSIDE THE COURTHOUSE IN CALI TODAY, POLICE "
     "SAID.",
     "1989-06-06", "COURTHOUSE:government"},
    // What the weapon struck stays a target.
    {"DHAKA, Feb 3 (AFP) - A grenade thrown from a motorcycle exploded outside a bank in Dhaka on Monday, wounding "
     "six people, police said.",
     "2003-02-04", "bank:business"},
    {"GAZA, Jan 6 (AP) - A rocket fired from a helicopter gunship struck a school in Gaza on Tuesday, killing two "
     "children, medics said.",
     "2009-01-07", "school:education"},
};

INSTANTIATE_TEST_SUITE_P(Table, RolesPlatformWeapon, ::testing::ValuesIn(kPlatformCases));

}  // namespace
}  // namespace sitrep
