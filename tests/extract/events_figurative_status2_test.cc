// Sport and market stories use violent words as figures: no record. The same words about
// real acts beside a market or a match stay. Rows: {text, date, "STATUS KIND" of every
// record (all statuses), "; "-separated, or "no record"}.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/analyse.h"

namespace sitrep {
namespace {

struct FigureCase {
  const char* text;
  const char* date;
  const char* expected;
};

std::string records(const std::string& text, const std::string& date) {
  std::string out;
  for (const std::string& line : test::extract_text(text, date, true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (!out.empty()) out += "; ";
    out += r["status"].get<std::string>() + " " + r["kind"].get<std::string>();
  }
  return out.empty() ? "no record" : out;
}

TEST(EventsFigurativeStatus2, SportAndMarketFigures) {
  const FigureCase cases[] = {
      {"Shares in the chipmaker bombed on Monday after a profit warning.", "2024-06-10", "no record"},
      {"Shares of the carmaker bombed on Wednesday after it cut its profit forecast.", "2022-05-12", "no record"},
      {"Traders described the selloff as a bloodbath.", "2024-06-10", "no record"},
      {"BROKERS DESCRIBED THE SELLOFF AS A MASSACRE AS STOCKS LOST A FIFTH OF THEIR VALUE.", "2008-10-10", "no record"},
      {"Liverpool's attack fired blanks again as the home side were held 0-0 at Anfield.", "2019-03-02", "no record"},
      {"The striker was shot down by critics after missing three chances.", "2024-06-10", "no record"},
      {"The new manager was shot down in flames by the press after the defeat.", "2024-01-10", "no record"},
      {"Fans fear a massacre when the champions visit next month.", "2024-06-10", "no record"},
      {"THE REBELS, WHO HAVE TERRORIZED THE COUNTRYSIDE WITH THEIR SABOTAGE, ARE LOSING SUPPORT.", "1990-03-01",
       "no record"},
      // Real acts told beside a market or with a possessive stay.
      {"Stocks fell in Istanbul on Monday after a bombing at a rally killed 12 people.", "2015-06-01",
       "reported bombing"},
      {"The Stock Exchange in Karachi was bombed by gunmen on Monday.", "2020-06-30", "reported bombing"},
      {"THE REBELS DESTROYED THREE PYLONS IN USULUTAN WITH THEIR SABOTAGE ON MONDAY.", "1990-03-01",
       "reported sabotage"},
  };
  for (const auto& c : cases) EXPECT_EQ(records(c.text, c.date), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
