// Table tests for where an incident happened (test-only): the town the wounded were taken
// to is never the incident's place, nor does a sentence telling it open an incident of its
// own; a bare "Congo" is the DR Congo unless the text points to Brazzaville, and a town named
// beside it beats the country. {news text, "RECORDS: NAME/CC" of the first record}.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/analyse.h"

namespace sitrep {
namespace {

struct PlaceCase {
  const char* text;
  const char* date;
  const char* expected;
};

// The number of records and the first one's location.
std::string first_place(const PlaceCase& c) {
  const ExtractResult res = test::extract_text(c.text, c.date, true);
  if (res.records.empty()) return "0";
  nlohmann::json r = nlohmann::json::parse(res.records.front());
  std::string where = r["location"].is_null() ? std::string("-")
                                              : r["location"]["name"].get<std::string>() + "/" +
                                                    r["location"]["country"].get<std::string>();
  return std::to_string(res.records.size()) + ": " + where;
}

TEST(LocationDestinationSpot5a, WhereTheWoundedWereTakenIsNoPlaceOfTheAct) {
  const PlaceCase cases[] = {
      {"Gunmen killed 10 people in Bama on Monday. Twenty others were wounded and taken to hospital in Maiduguri.",
       "2024-06-20", "1: Bama/NG"},
      {"Militants attacked a village in Tillaberi region on Sunday, killing 12 people. The wounded were evacuated "
       "to Niamey.",
       "2024-06-20", "1: Tillabéri Region/NE"},
      {"Gunmen opened fire on a bus in Mandera on Friday, killing six people. Four survivors are being treated in "
       "Nairobi.",
       "2015-04-03", "1: Mandera/KE"},
      {"Two policemen were shot dead in Ghazni on Tuesday and a third was airlifted to Herat.", "2011-03-02",
       "1: Ghazni/AF"},
      {"Shelling killed four civilians in Avdiivka on Sunday; the injured were taken to a hospital in Pokrovsk.",
       "2023-10-16", "1: Avdiivka/UA"},
      {"GUNMEN KILLED FIVE PEASANTS IN SANTA ROSA DE COPAN YESTERDAY. TWO WOUNDED WERE TRANSFERRED TO TEGUCIGALPA.",
       "1989-06-20", "1: Santa Rosa de Copán/HN"},
      {"A ROADSIDE BOMB KILLED FOUR SOLDIERS NEAR AYACUCHO YESTERDAY. THE WOUNDED WERE FLOWN TO LIMA.", "1989-06-20",
       "1: Ayacucho/PE"},
      {"Rebels killed 30 villagers near Gulu on Saturday. The wounded were rushed to the main hospital in Kampala.",
       "1998-08-10", "1: Gulu/UG"},
      // A hospital that is the act's own place keeps its town.
      {"A bomb exploded at a hospital in Quetta on Monday, killing three people.", "2024-06-20", "1: Quetta/PK"},
  };
  for (const auto& c : cases) EXPECT_EQ(first_place(c), c.expected) << c.text;
}

TEST(LocationDestinationSpot5a, BareCongoIsTheDrCongo) {
  const PlaceCase cases[] = {
      {"KINSHASA (Reuters) - ADF militants killed 11 people near Butembo in eastern Congo on Friday.", "2024-06-20",
       "1: Butembo/CD"},
      {"Gunmen killed 14 people in eastern Congo on Sunday.", "2024-06-20", "1: DR Congo/CD"},
      {"Rebels killed nine villagers near Beni in eastern Congo on Tuesday.", "2016-08-16", "1: Beni/CD"},
      {"Troops shelled rebel positions in Congo's North Kivu province on Friday, killing 12 fighters.", "2013-08-30",
       "1: North Kivu/CD"},
      // The text points to Brazzaville: the Republic of the Congo.
      {"Ninja militiamen attacked a train in the Pool region of Congo Republic on Saturday, killing three people.",
       "2017-05-02", "1: Pool/CG"},
      {"MILITIAMEN KILLED FOUR PEOPLE NEAR BRAZZAVILLE, CONGO, ON MONDAY.", "1999-01-10", "1: Brazzaville/CG"},
      {"Cobra militiamen looted homes in Pointe-Noire, Congo, on Tuesday.", "1997-10-14", "1: Pointe-Noire/CG"},
  };
  for (const auto& c : cases) EXPECT_EQ(first_place(c), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
