// GTT's normalize_string and the word matches built on it (src/eval/text_match.h). The
// expected strings are what Python 3.11 prints for eval.py's normalize_string.
#include "eval/text_match.h"

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

TEST(GttNormalize, MatchesEvalPy) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"The Guerrillas", "guerrillas"},
      {"  the   FMLN  ", "fmln"},
      {"A bomb, an RPG and the car-bomb.", "bomb rpg and carbomb"},  // hyphen removed, not a space
      {"theater", "theater"},  // articles only as whole words
      {"Anthem", "anthem"},
      {"an", ""},
      {"\"EL TIGRE\" power station", "el tigre power station"},
      {"U.S. Embassy", "us embassy"},
      {"l'arm\u00e9e", "larm\u00e9e"},
      {"\u03a3\u038a\u03a3\u03a5\u03a6\u039f\u03a3", "\u03c3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2"},  // final sigma
      {"\u03a3\u0391", "\u03c3\u03b1"},
      {"\u0130stanbul", "i\u0307stanbul"},   // U+0130 lower-cases to two code points
      {"x\u00a0y\u2003z", "x y z"},          // Unicode white space splits
      {"the_man", "theman"},                 // '_' is punctuation, removed before articles
      {"the\u2014man", "\u2014man"},         // the em dash is no word character: "the" is a word
      {"a1 the2", "a1 the2"},                // digits are word characters
      {"\u0394 the", "\u03b4"},
      {"na\u00efve THE caf\u00e9", "na\u00efve caf\u00e9"},
      {"tab\tthe\nnew", "tab new"},
      {"A.B.C.", "abc"},
      {"the-the", "thethe"},
      {"\u00bd the", "\u00bd"},
      {"bad \xff byte", "bad \xff byte"},    // invalid UTF-8 kept as is
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(gtt_normalize(c.in), c.out) << c.in;
}

TEST(EvalWordMatch, LastWordsOrWordSubsets) {
  struct Case {
    const char* a;
    const char* b;
    bool match;
  } cases[] = {
      {"the Islamic State", "Islamic State", true},
      {"a roadside IED", "IED", true},                        // same last word
      {"Russian soldiers", "soldiers of the Russian army", true},  // every word of one in the other
      {"militants", "the gunmen", false},
      {"Taliban fighters", "the Taliban", true},              // "taliban" is in both: subset
      {"", "anything", false},
      {"the", "a", false},                                    // both normalise to nothing
      {"Deir ez-Zor", "deir ezzor", true},
  };
  for (const Case& c : cases) EXPECT_EQ(words_match(c.a, c.b), c.match) << c.a << " / " << c.b;
}

TEST(EvalHeadWordMatch, LastWordOnly) {
  EXPECT_TRUE(head_words_match("the city of Kabul", "Kabul"));
  EXPECT_FALSE(head_words_match("Kabul province", "Kabul"));
  EXPECT_FALSE(head_words_match("", ""));
  EXPECT_EQ(head_word("near the Russian embassy."), "embassy");
}

TEST(EvalAdminNameKey, ComparesAdmin1Names) {
  EXPECT_EQ(admin_name_key("Kabul Province"), admin_name_key("kabul"));
  EXPECT_EQ(admin_name_key("Nari\u00f1o"), admin_name_key("Narino"));
  EXPECT_EQ(admin_name_key("Al-Anbar"), admin_name_key("Al Anbar"));
  EXPECT_EQ(admin_name_key("Departamento de Antioquia"), admin_name_key("Antioquia"));
  EXPECT_NE(admin_name_key("Kabul"), admin_name_key("Kandahar"));
}

}  // namespace
}  // namespace sitrep::eval
