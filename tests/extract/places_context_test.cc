// Table tests for place resolution from the words around a town: a province, region,
// state or country named in its phrase ("X (Province)", "X in Province", "X, in the
// Province region of Country", "X district of Province", "Country's Province") constrains
// which town it is; when the gazetteer has no town of that name there, the place is the
// division named, never a namesake abroad. Also the document's country against a foreign
// town matched only by an alternate name.
//
// The location renders as "NAME/CC/PRECISION" ("null" for a country's), or "-" when the
// record has none.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "extract/places.h"
#include "pipeline/pipeline.h"
#include "../support/analyse.h"
#include "../support/render.h"

namespace sitrep {
namespace {

struct ContextCase {
  const char* text;
  const char* date;
  const char* expected;
};

class PlaceContext : public ::testing::TestWithParam<ContextCase> {};

TEST_P(PlaceContext, ConstrainsTheTown) {
  ExtractResult res = test::extract_text(GetParam().text, GetParam().date, /*all=*/false);
  ASSERT_FALSE(res.error) << *res.error;
  ASSERT_FALSE(res.records.empty()) << GetParam().text;
  EXPECT_EQ(test::record_location(nlohmann::json::parse(res.records.front())), GetParam().expected) << GetParam().text;
}

const ContextCase kContextCases[] = {
    // Myanmar: a village in parentheses' province; the town of that name is Japanese.
    {"Junta troops torched 200 houses in Kani (Sagaing) on Thursday, residents said.", "2022-06-17",
     "Sagaing Region/MM/3"},
    {"Army soldiers shot dead four farmers in Kani township, Sagaing Region, on Sunday.", "2021-12-05",
     "Sagaing Region/MM/3"},
    // The Sahel: "in the X region of Country", "in Country's X region".
    {"Gunmen raided Solhan in the Sahel region of Burkina Faso overnight, killing more than 100 residents.",
     "2021-06-06", "Sahel/BF/3"},
    {"Suspected jihadists killed 11 gendarmes near a village in Burkina Faso's Sahel region on Monday.",
     "2022-03-21", "Sahel/BF/3"},
    {"JNIM fighters ambushed a convoy at Boni in the Mopti region of Mali on Friday, killing three soldiers.",
     "2019-10-05", "Mopti/ML/3"},
    // Horn of Africa and Sudan: "X in Province", "X, Province".
    {"Rapid Support Forces fighters killed 15 displaced people in Tawila in North Darfur on Saturday.",
     "2024-03-09", "Northern Darfur/SD/3"},
    {"RSF GUNMEN KILLED 15 DISPLACED PEOPLE IN TAWILA, NORTH DARFUR, ON SATURDAY.", "2024-03-09",
     "Northern Darfur/SD/3"},
    {"Eritrean soldiers killed at least 30 civilians in Hawzen in the Tigray region, witnesses said.", "2021-03-02",
     "Tigray/ET/3"},
    // Lake Chad: a town abroad named Baga is no match for "Baga, Borno State".
    {"Boko Haram fighters razed Baga, Borno State, killing scores of fishermen on Saturday.", "2015-01-04",
     "Borno State/NG/3"},
    // South Asia: "X district of Province" picks the district in that province.
    {"Maoist rebels killed 22 policemen in Bijapur district of Chhattisgarh on Saturday.", "2021-04-04",
     "Bijapur/IN/3"},
    // Latin America, all-caps wire copy: "X, IN THE DEPARTMENT OF Y" is no capital abroad.
    {"TERRORISTS BURNED TWO BUSES IN SAN JOSE, IN THE DEPARTMENT OF CHALATENANGO, ON MONDAY.", "1990-01-09",
     "Chalatenango Department/SV/3"},
    {"GUERRILLAS ATTACKED A HELICOPTER IN LOS LLANITOS (INTIBUCA) ON MONDAY, KILLING TWO SOLDIERS.", "1989-06-09",
     "Intibuc\xC3\xA1 Department/HN/3"},
    // A town that lies in the province named keeps its own place.
    {"A bomb killed five people at a market in Peshawar in Khyber Pakhtunkhwa on Friday.", "2023-01-27",
     "Peshawar/PK/1"},
    {"Insurgents beheaded five villagers in Muidumbe, Cabo Delgado, on Friday.", "2020-04-10", "Muidumbe/MZ/3"},
    {"Gunmen shot dead a shopkeeper in Tripoli, Lebanon, on Monday.", "2023-05-02", "Tripoli/LB/1"},
    // Lists and longer names are no division: "Central America", a list of countries.
    {"Leftist rebels attacked a police post in Usulutan, El Salvador, as fighting spread across Central America.",
     "1989-11-20", "Usulut\xC3\xA1n/SV/1"},
    // The document's country outweighs a foreign town matched only by another of its names.
    // ("Coca" is another name of an Ecuadorian town; here it is no place the text names).
    {"Bolivian police said a bomb exploded at a union office in Coca on Friday, killing two people, as protests "
     "spread across Bolivia.",
     "1990-05-04", "Bolivia/BO/null"},
    // Where the division named is not that of any town of the name, the division it is.
    {"Al-Shabaab fighters overran an army base at Bulo Marer in Lower Shabelle on Sunday.", "2021-05-02",
     "Lower Shabeelle/SO/3"},
};

INSTANTIATE_TEST_SUITE_P(Table, PlaceContext, ::testing::ValuesIn(kContextCases));

struct LayerCase {
  const char* text;
  const char* expected;
};

class PlaceContextLayer : public ::testing::TestWithParam<LayerCase> {};

TEST_P(PlaceContextLayer, Resolves) {
  test::Analysed a(GetParam().text, "2022-01-10");
  run_extract_stages(a.get());
  EXPECT_EQ(test::place_mentions(a), GetParam().expected) << GetParam().text;
}

const LayerCase kLayerCases[] = {
    // A name in parentheses after a town is its province, not a town of that name.
    {"Jihadists clashed with soldiers near Douentza (Mopti) on Tuesday.",
     "Douentza=Douentza/ML/city; Mopti=Mopti/ML/admin1"},
    {"Troops raided Kani (Sagaing) at dawn.", "Sagaing=Sagaing Region/MM/admin1"},
    // A town of the province named wins over a larger namesake.
    {"Maoists ambushed a patrol in Bijapur district of Chhattisgarh.",
     "Bijapur=Bijapur/IN/admin2; Chhattisgarh=Chhattisgarh/IN/admin1"},
    // A capitalised English word or abbreviation before a division word is the division.
    {"Fighters of the Tigray forces entered the Afar region on Sunday.", "Afar=\xC4\x80" "far/ET/admin1"},
    {"Gunmen killed six people in the Est region of Burkina Faso.", "Est=Est/BF/admin1; Burkina Faso=BF/country"},
    // In capitals the division word proves nothing ("THE SAME REGION").
    {"TROOPS PATROLLED THE SAME REGION ON MONDAY.", ""},
};

INSTANTIATE_TEST_SUITE_P(Table, PlaceContextLayer, ::testing::ValuesIn(kLayerCases));

}  // namespace
}  // namespace sitrep
