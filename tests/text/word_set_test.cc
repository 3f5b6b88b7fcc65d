// WordSet: a constant word list tested by token hash must answer as a string comparison of
// the token's matching form would, for every token of varied copy (mixed case, all-caps
// wire, non-ASCII, punctuation), and same_form must agree with ==.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "text/normalize.h"
#include "text/tokenize.h"
#include "text/word_set.h"

namespace sitrep {
namespace {

constexpr std::string_view kPrepositionList[] = {"in", "at",      "near",    "outside", "from",
                                                 "to", "into",    "across",  "around",  "toward",
                                                 "of", "between", "through", "off",     "within"};
constexpr WordSet kPrepositions{"in",     "at",     "near", "outside", "from",    "to",  "into",  "across",
                                "around", "toward", "of",   "between", "through", "off", "within"};

struct Row {
  const char* text;
  std::vector<std::string> want;  // the tokens (as written) the set contains, in order
};

const Row kRows[] = {
    {"Militants attacked a checkpoint near Quetta on Tuesday.", {"near"}},
    {"SAN SALVADOR, 3 JAN 90 -- THE FMLN ATTACKED A POST IN USULUTAN FROM THE HILLS.", {"IN", "FROM"}},
    {"Shells fell across the Donbas, between Bakhmut and Soledar, into the night.", {"across", "between", "into"}},
    {"Two employees of the French consulate were killed in T\xC4\x81"
     "bor\xE2\x80\x99s west.",
     {"of", "in"}},
    {"Inside, at-risk villagers fled toward Goma; \"Into the bush,\" one said.", {"at", "toward", "Into"}},
    {"Nobody was hurt; the blast was heard within a kilometre of the port.", {"within", "of"}},
    {"ona tonight inn att intO fromage", {"intO"}},
};

TEST(WordSet, AnswersAsTheMatchingFormWould) {
  for (const Row& row : kRows) {
    DocumentInput in;
    in.id = "t";
    in.text = row.text;
    Document d(std::move(in));
    tokenize(&d);
    std::vector<std::string> got;
    for (uint32_t i = 0; i < d.tokens.size(); ++i) {
      const bool by_hash = kPrepositions.contains(d.tokens[i].hash);
      const std::string_view form = d.norm(i);
      const bool by_form =
          std::find(std::begin(kPrepositionList), std::end(kPrepositionList), form) != std::end(kPrepositionList);
      EXPECT_EQ(by_hash, by_form) << row.text << " token " << i;
      if (by_hash) got.emplace_back(d.token_text(i));
    }
    EXPECT_EQ(got, row.want) << row.text;
  }
}

TEST(WordSet, JoinersAndEmptyHashesAreNeverWords) {
  EXPECT_FALSE(kPrepositions.contains(0));
  DocumentInput in;
  in.id = "t";
  in.text = "al-Shabaab -- in-fighting";
  Document d(std::move(in));
  tokenize(&d);
  for (uint32_t i = 0; i < d.tokens.size(); ++i) {
    if (d.tokens[i].is(kHyphen)) {
      EXPECT_FALSE(kPrepositions.contains(d.tokens[i].hash)) << i;
    }
  }
}

TEST(SameForm, AgreesWithEquality) {
  const std::string_view words[] = {"", "a", "an", "in", "it", "at", "the", "then", "them", "\xC3\xA0", "-", "--"};
  for (std::string_view x : words)
    for (std::string_view y : words) EXPECT_EQ(same_form(x, y), x == y) << x << " / " << y;
}

}  // namespace
}  // namespace sitrep
