// Table tests for the site of an incident: a facility after a locative word ("at a
// mosque", "on a bus") is where it happened; the vehicle that the doers came on ("gunmen on
// motorcycles killed ...", "militants in pickup trucks stormed ...") describes them, not
// the place. The location renders as "NAME/CC/PRECISION[@SITE]".
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/analyse.h"
#include "../support/render.h"

namespace sitrep {
namespace {

struct SiteCase {
  const char* text;
  const char* expected;
};

TEST(LocationSite, TheDoersVehicleIsNoSite) {
  const SiteCase cases[] = {
      {"Gunmen on motorcycles killed 12 villagers in Zamfara state on Tuesday.", "Zamfara State/NG/3"},
      {"Militants in pickup trucks stormed an army post near Kidal on Sunday.", "Kidal/ML/2"},
      // A device on a vehicle: the vehicle is where the blast happened.
      {"A bomb on a bus exploded in Quetta on Monday, killing four passengers.", "Quetta/PK/1@bus"},
      {"Two people were shot dead at a mosque in Kano on Friday.", "Kano/NG/1@mosque"},
  };
  for (const auto& c : cases) {
    ExtractResult res = test::extract_text(c.text, "2024-06-20", /*all=*/false);
    ASSERT_FALSE(res.records.empty()) << c.text;
    EXPECT_EQ(test::record_location(nlohmann::json::parse(res.records.front()), /*site=*/true), c.expected) << c.text;
  }
}

// The dateline names the bureau as often as the place: a place after "in", "near", "at" in
// the event's own clause wins over it, however coarse (a province, a country); with none,
// the dateline's place stands.
TEST(LocationSite, TheClausePlaceBeatsTheDateline) {
  const SiteCase cases[] = {
      {"NAIROBI, Sept. 5 (Reuters) - A roadside bomb killed three soldiers in Lamu county on Monday, officials "
       "said.",
       "Lamu/KE/3"},
      {"LAGOS, June 3 (Reuters) - Gunmen killed 20 villagers in Kaduna state on Sunday, police said.", "Kaduna State/NG/3"},
      {"BAMAKO (AFP) - Jihadists killed 12 soldiers in an attack on an army post in central Mali on Friday.", "Mali/ML/null"},
      {"TEGUCIGALPA, 3 MAY 90 (ACAN-EFE) -- [TEXT] GUERRILLAS AMBUSHED AN ARMY PATROL IN THE DEPARTMENT OF OLANCHO "
       "YESTERDAY.",
       "Olancho Department/HN/3"},
      {"MOGADISHU, June 9 (Reuters) - A suicide bomber killed 14 people at a market on Sunday, police said.", "Mogadishu/SO/1"},
  };
  for (const auto& c : cases) {
    ExtractResult res = test::extract_text(c.text, "2024-06-20", /*all=*/false);
    ASSERT_FALSE(res.records.empty()) << c.text;
    EXPECT_EQ(test::record_location(nlohmann::json::parse(res.records.front())), c.expected) << c.text;
  }
}

}  // namespace
}  // namespace sitrep
