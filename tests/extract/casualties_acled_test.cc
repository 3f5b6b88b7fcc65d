// Table tests for the acled view's fatalities: {news text, acled.fatalities of the first
// record}. ACLED's codebook: every reported death of the event, attackers included, 0 when
// none is reported; people counted once (subsets are not added); a death that a protest is
// about is not a fatality of the protest. The whole pipeline runs.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct FatalityCase {
  const char* text;
  const char* expected;  // acled.fatalities, "no record" or "no acled"
};

using test::pipeline;

std::string fatalities(const char* text) {
  DocumentInput in;
  in.id = "test";
  in.text = text;
  in.date = "2024-01-15";  // a Monday; datelines below carry no other date
  ExtractOptions options;
  options.status = StatusFilter::kAll;
  ExtractResult r = pipeline().extract(in, options);
  if (r.records.empty()) return "no record";
  nlohmann::json j = nlohmann::json::parse(r.records.front());
  if (!j["acled"].is_object()) return "no acled";
  return std::to_string(j["acled"]["fatalities"].get<long long>());
}

void check(const FatalityCase& c) { EXPECT_EQ(fatalities(c.text), c.expected) << c.text; }

// Single people coordinated with a counted group add one each.
TEST(AcledFatalities, CoordinatedSingles) {
  const FatalityCase cases[] = {
      {"CULIACAN, Mexico (Reuters) - Gunmen killed four farmworkers, their foreman and his wife on a ranch near "
       "Culiacan on Saturday.",
       "6"},
      {"GUATEMALA CITY, 15 JAN 24 -- SOLDIERS KILLED TWO CATECHISTS, THEIR HOUSEKEEPER AND HER SON IN A VILLAGE OF "
       "QUICHE DEPARTMENT TODAY.",
       "4"},
      {"Srinagar (AFP) - Militants shot dead a police officer, his wife and their daughter at their home in Pulwama "
       "on Thursday.",
       "3"},
  };
  for (const auto& c : cases) check(c);
}

// A subset inserted between the counted group and its verb is inside the group.
TEST(AcledFatalities, InsertedSubsets) {
  const FatalityCase cases[] = {
      {"DONETSK, Ukraine - Shells hit a market in Donetsk on Monday. Five civilians, including two children, "
       "were killed and 12 wounded.",
       "5"},
      {"PESHAWAR, Pakistan (AP) - A bomb exploded at a bus stop in Peshawar on Friday. Seven people (among "
       "them a policeman) were killed.",
       "7"},
      {"LIMA, 15 JAN 24 -- SIX PEASANTS, INCLUDING A WOMAN, WERE KILLED WHEN TERRORISTS ATTACKED A COMMUNITY IN JUNIN "
       "DEPARTMENT TODAY.",
       "6"},
  };
  for (const auto& c : cases) check(c);
}

// "VERB someone to death": the object died.
TEST(AcledFatalities, ToDeath) {
  const FatalityCase cases[] = {
      {"KANO, Nigeria - A mob beat a suspected thief to death in a market in Kano on Sunday.", "1"},
      {"Kisii, Kenya - Villagers burned two elderly women to death in Kisii on Tuesday.", "2"},
      {"FREETOWN, Sierra Leone (Reuters) - Rebels put three hostages to death in Kailahun on Sunday.", "3"},
      {"DHAKA, Bangladesh (AP) - A mob beat two men to death in Dhaka on Saturday after accusing them of "
       "child abduction.",
       "2"},
  };
  for (const auto& c : cases) check(c);
}

// A death that a protest is about is no fatality of the protest.
TEST(AcledFatalities, ProtestTopic) {
  const FatalityCase cases[] = {
      {"NAIROBI, Kenya - Thousands of people protested in Nairobi on Saturday against the death of a blogger "
       "in police custody.",
       "0"},
      {"DHAKA, Bangladesh - Hundreds of students protested in Dhaka on Thursday over the death of two "
       "classmates.",
       "0"},
  };
  for (const auto& c : cases) check(c);
}

// Attackers' deaths are fatalities too; a protest's own deaths count.
TEST(AcledFatalities, AttackersAndProtesters) {
  const FatalityCase cases[] = {
      {"MAIDUGURI, Nigeria - Militants attacked an army post in Borno on Friday. 12 soldiers and 4 attackers "
       "were killed.",
       "16"},
      {"LA PAZ, 15 JAN 24 -- SECURITY FORCES OPENED FIRE ON DEMONSTRATORS IN EL ALTO TODAY AND FIVE PROTESTERS WERE "
       "KILLED.",
       "5"},
      {"KABUL (Reuters) - A rocket hit a checkpoint in Kabul on Monday. No casualties were reported.", "0"},
  };
  for (const auto& c : cases) check(c);
}

}  // namespace
}  // namespace sitrep
