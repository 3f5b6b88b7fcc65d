// A group's statement about its own act, and a group that only praises one.
// - "X said it had killed 14 soldiers", "the rebels said they had shot down a helicopter":
//   the group names itself as the doer of the act it reports: a claim (GTD claimed = 1).
//   "said it had been attacked" is the group as the target: no claim.
// - "Hamas praised the attack", "Hezbollah hailed the operation": praise, like
//   condemnation, is a comment on an act by others, not a claim of it.
// Rows: {text, date, whether the first record's perpetrators hold a claimed group, a group at
// all}.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/analyse.h"

namespace sitrep {
namespace {

struct StatementCase {
  const char* text;
  const char* date;
  const char* expected;  // "claimed BY", "perpetrator BY" or "none"
};

std::string first_perpetrator(const std::string& text, const std::string& date) {
  for (const std::string& line : test::extract_text(text, date, false).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    for (const auto& p : r["perpetrators"])
      return (p["status"] == "claimed" ? "claimed " : "perpetrator ") + p["name"].get<std::string>();
    return "none";
  }
  return "no record";
}

TEST(RolesStatement, OwnActClaimedPraiseIsComment) {
  const StatementCase cases[] = {
      {"The ADF said it had killed 14 soldiers in an attack near Beni on Monday.", "2021-03-30",
       "claimed Allied Democratic Forces"},
      {"The Baloch Liberation Army said in an emailed statement that it had killed 14 soldiers in Turbat on Sunday.",
       "2022-01-26", "claimed Baloch Liberation Army"},
      {"THE FMLN SAID IT HAD DYNAMITED TWO ELECTRIC POWER TOWERS IN USULUTAN DEPARTMENT LAST NIGHT.", "1989-05-12",
       "claimed Farabundo Marti National Liberation Front"},
      {"Hamas praised the shooting attack in Tel Aviv on Sunday that killed four Israelis but did not claim it.",
       "2022-04-10", "none"},
      {"Hezbollah hailed the operation in Jerusalem on Sunday that killed two Israelis.", "2023-01-29", "none"},
      {"THE ELN WELCOMED THE ATTACK ON THE PIPELINE IN ARAUCA, WHICH CAUSED A FIRE, BUT DENIED INVOLVEMENT.",
       "1991-10-04", "none"},
  };
  for (const auto& c : cases) EXPECT_EQ(first_perpetrator(c.text, c.date), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
