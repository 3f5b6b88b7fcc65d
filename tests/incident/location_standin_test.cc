// Table tests for the incident's location when the text names a town the gazetteer lacks
// together with its province ("in Tawila in North Darfur"): the places stage keeps no
// namesake abroad, and the province stands for the town, ahead of the dateline's city (the
// bureau's as often as not) and of larger towns elsewhere in the sentence.
//
// The location renders as "NAME/CC/PRECISION", or "-" when the record has none.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/analyse.h"
#include "../support/render.h"

namespace sitrep {
namespace {

struct StandInCase {
  const char* text;
  const char* date;
  const char* expected;
};

class LocationStandIn : public ::testing::TestWithParam<StandInCase> {};

TEST_P(LocationStandIn, ProvinceForTheMissingTown) {
  ExtractResult res = test::extract_text(GetParam().text, GetParam().date, /*all=*/false);
  ASSERT_FALSE(res.error) << *res.error;
  ASSERT_FALSE(res.records.empty()) << GetParam().text;
  EXPECT_EQ(test::record_location(nlohmann::json::parse(res.records.front())), GetParam().expected) << GetParam().text;
}

const StandInCase kStandInCases[] = {
    // The dateline's capital is the bureau's, not the village's.
    {"KHARTOUM, Sudan (Reuters) - Paramilitary fighters killed 12 people in Tawila in North Darfur on Monday.",
     "2023-08-01", "Northern Darfur/SD/3"},
    {"OUAGADOUGOU (Reuters) - Jihadists killed more than 100 people in Solhan in the Sahel region of Burkina "
     "Faso, the government said.",
     "2021-06-05", "Sahel/BF/3"},
    {"SAN SALVADOR, 9 JAN 90 (RADIO CADENA) -- TERRORISTS BURNED TWO BUSES IN SAN JOSE, IN THE DEPARTMENT OF "
     "CHALATENANGO, ON MONDAY.",
     "1990-01-09", "Chalatenango Department/SV/3"},
    {"YANGON (AP) - Soldiers set fire to 40 houses in Kani (Sagaing) on Thursday, villagers said.", "2022-06-17",
     "Sagaing Region/MM/3"},
    // A larger town later in the sentence does not displace it.
    {"Gunmen killed 12 people in Tawila in North Darfur on Monday, a week after clashes in El Fasher.",
     "2023-08-01", "Northern Darfur/SD/3"},
    // Guard: a town the gazetteer has keeps its place.
    {"ISLAMABAD (Reuters) - A bomb killed three people in Hyderabad, in Sindh province, on Friday.", "2023-02-10",
     "Hyderabad/PK/1"},
};

INSTANTIATE_TEST_SUITE_P(Table, LocationStandIn, ::testing::ValuesIn(kStandInCases));

}  // namespace
}  // namespace sitrep
