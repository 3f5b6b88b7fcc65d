// An escape from an act that killed or wounded others is no failed act: the act took place
// and its target survived ("escaped unhurt from a car bomb attack that killed four people":
// MUC-4 ACCOMPLISHED, GTD success, the survivor an unharmed victim). An escape with no harm
// told stays an attempt. Rows: {text, date, "STATUS KIND" of the first record}.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/analyse.h"

namespace sitrep {
namespace {

struct EscapeCase {
  const char* text;
  const char* date;
  const char* expected;
};

std::string first_status(const std::string& text, const std::string& date) {
  for (const std::string& line : test::extract_text(text, date, true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    return r["status"].get<std::string>() + " " + r["kind"].get<std::string>();
  }
  return "no record";
}

TEST(EventsEscape, HarmToOthersMakesTheActAccomplished) {
  const EscapeCase cases[] = {
      {"The mayor escaped unhurt from a bomb attack in Kandahar on Monday that killed his two guards.", "2011-05-17",
       "reported bombing"},
      {"General Maza escaped unhurt from a car bomb attack in Bogota that killed four people.", "1989-05-31",
       "reported car_bombing"},
      {"THE MINISTER SURVIVED AN ASSASSINATION ATTEMPT YESTERDAY IN LIMA, WHICH WOUNDED TWO OF HIS BODYGUARDS.",
       "1990-03-02", "reported assassination"},
      {"The governor escaped unhurt from an assassination attempt in Maiduguri on Monday.", "2014-07-22",
       "attempted assassination"},
      {"THE JUDGE ESCAPED UNHURT FROM AN ATTACK ON HER CAR IN MEDELLIN YESTERDAY.", "1991-02-08", "attempted attack"},
  };
  for (const auto& c : cases) EXPECT_EQ(first_status(c.text, c.date), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
