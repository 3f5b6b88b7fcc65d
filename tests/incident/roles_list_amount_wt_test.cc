// Table tests for the physical targets and weapons of a record as MUC-4 fills them: every
// item of a list of things attacked after one verb is a target ("attacked a bank, a hotel,
// and the mayor's residence"), while a word that is no part of the list ends it; an owner
// named after "of" is part of the target's words, not a target of its own ("the offices of
// the municipality"); an exact amount before an explosive belongs to the weapon's words
// ("800 kg of dynamite", a ".22 caliber gun"), a bare count or a rough amount does not.
#include <gtest/gtest.h>

#include "../support/render.h"

#include <string>

namespace sitrep {
namespace {

struct ListAmountCase {
  const char* text;
  const char* date;
  const char* part;  // "tgt=" or "wpn="
  const char* expected;
};

// One part of test::record_roles ("tgt=..." or "wpn=...").
std::string record_part(const std::string& text, const std::string& date, const std::string& part) {
  const std::string roles = test::record_roles(text, date);
  const size_t b = roles.find(part);
  if (b == std::string::npos) return roles;
  const size_t e = roles.find(" | ", b);
  return roles.substr(b + part.size(), e == std::string::npos ? std::string::npos : e - b - part.size());
}

class RolesListAmountWt : public ::testing::TestWithParam<ListAmountCase> {};

TEST_P(RolesListAmountWt, Extracts) {
  const ListAmountCase& c = GetParam();
  EXPECT_EQ(record_part(c.text, c.date, c.part), c.expected) << c.text;
}

const ListAmountCase kListAmountCases[] = {
    // Every item of a list of facilities after the verb is a target.
    {"CALI, 3 MAR 90 (EFE) -- URBAN GUERRILLAS TODAY ATTACKED A BANK, A HOTEL, AND THE MAYOR'S RESIDENCE IN "
     "DOWNTOWN CALI, THE POLICE REPORTED.",
     "1990-03-04", "tgt=", "BANK:business,HOTEL:business,MAYOR'S RESIDENCE:civilians"},
    {"MAIDUGURI, Nigeria, Feb 7 (AP) - Militants set fire to a school, two churches and a clinic in the town of "
     "Baga on Friday, residents said.",
     "2015-02-08", "tgt=", "school:education,churches:religious,clinic:business"},
    // A word that is no part of the list ends it: the hotel was searched, not attacked.
    {"KARACHI, Pakistan, June 4 (Reuters) - Gunmen attacked a bank in Karachi on Monday, and police later "
     "searched a hotel nearby, officials said.",
     "2012-06-05", "tgt=", "bank:business"},
    // The owner named after "of" is part of the target's words.
    {"LIMA, 27 MAR 90 (EFE) -- THE TERRORISTS BLEW UP THE OFFICES OF THE MUNICIPALITY IN HUARAZ YESTERDAY, THE "
     "POLICE SAID.",
     "1990-03-28", "tgt=", "OFFICES OF THE MUNICIPALITY:other"},
    // An exact amount of explosive is part of the weapon's words; a count or a rough amount is not.
    {"MEDELLIN, 30 MAY 90 (EFE) -- A CAR LOADED WITH 800 KG OF DYNAMITE EXPLODED TODAY OUTSIDE A SHOPPING CENTER "
     "IN MEDELLIN, KILLING FOUR PEOPLE.",
     "1990-05-31", "wpn=", "800 KG OF DYNAMITE:Explosives"},
    {"HERAT, Afghanistan, Aug 9 (AP) - A truck carrying about 500 kg of explosives blew up outside a police "
     "compound in Herat on Friday, killing 14 people, officials said.",
     "2019-08-10", "wpn=", "explosives:Explosives"},
    {"SRINAGAR, India, May 2 (Reuters) - Militants hurled two grenades at a bus stand in Srinagar on Tuesday, "
     "wounding 11 people, police said.",
     "2017-05-03", "wpn=", "grenades:Explosives"},
    {"SAN SALVADOR, 4 DEC 89 (ACAN) -- UNIDENTIFIED MEN SHOT A UNION LEADER WITH A .22 CALIBER GUN IN "
     "SOYAPANGO LAST NIGHT.",
     "1989-12-05", "wpn=", "22 CALIBER GUN:Firearms"},
    // Stolen arms are not the arms used, even with a calibre before them.
    {"GUATEMALA CITY, 8 FEB 90 (ACAN) -- GUERRILLAS ATTACKED A POLICE POST IN TECPAN AND STOLE FOUR .38 CALIBER "
     "REVOLVERS, THE ARMY REPORTED.",
     "1990-02-08", "wpn=", ""},
    // A bomb told with its size is named by it.
    {"ISTANBUL, Dec 11 (Reuters) - A heavy bomb exploded outside a football stadium in Istanbul late on Saturday, "
     "wounding 20 people, the governor said.",
     "2016-12-11", "wpn=", "heavy bomb:Explosives"},
};

INSTANTIATE_TEST_SUITE_P(Table, RolesListAmountWt, ::testing::ValuesIn(kListAmountCases));

}  // namespace
}  // namespace sitrep
