// Text layers: tokens, matching forms, sentences, quotes and datelines, as tables.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/dateline.h"
#include "text/normalize.h"
#include "text/quotes.h"
#include "text/sentences.h"
#include "text/tokenize.h"

namespace sitrep {
namespace {

DocumentInput input_of(std::string text) {
  DocumentInput in;
  in.id = "t";
  in.text = std::move(text);
  return in;
}

std::vector<std::string> tokens_of(const std::string& s) {
  DocumentInput in;
  in.id = "t";
  in.text = s;
  Document d(std::move(in));
  tokenize(&d);
  std::vector<std::string> out;
  for (size_t i = 0; i < d.tokens.size(); ++i) out.emplace_back(d.token_text(uint32_t(i)));
  return out;
}

TEST(Tokenize, Table) {
  struct Case {
    std::string in;
    std::vector<std::string> want;
  } cases[] = {
      {"Gunmen killed 3.", {"Gunmen", "killed", "3", "."}},
      {"the U.S. embassy", {"the", "U.S.", "embassy"}},
      {"at 10:50 a.m.", {"at", "10:50", "a.m."}},
      {"1,200 people", {"1,200", "people"}},
      {"al-Shabaab", {"al", "-", "Shabaab"}},
      {"Monday\xE2\x80\x99s attack", {"Monday", "\xE2\x80\x99s", "attack"}},
      {"O'Brien said", {"O'Brien", "said"}},
      {"\xE2\x80\x9C" "detonated" "\xE2\x80\x9D", {"\xE2\x80\x9C", "detonated", "\xE2\x80\x9D"}},
      {"SAN SALVADOR, 3 JAN 90 --", {"SAN", "SALVADOR", ",", "3", "JAN", "90", "--"}},
      {"K\xC4\x81" "bol", {"K\xC4\x81" "bol"}},
      {"twenty-one", {"twenty", "-", "one"}},
      {"the 5th floor", {"the", "5th", "floor"}},
      {"Plan B. The", {"Plan", "B", ".", "The"}},
      {"wait...", {"wait", "..."}},
      // Words that end on the bytes where the ASCII word path hands over: a dot after more
      // than one letter, an initial's dot, apostrophes, non-ASCII letters and dashes.
      {"Col. Smith's men", {"Col", ".", "Smith", "'s", "men"}},
      {"A. Q. Khan", {"A", ".", "Q", ".", "Khan"}},
      {"U.N.-backed forces", {"U.N.", "-", "backed", "forces"}},
      {"police in Z\xC3\xBCrich", {"police", "in", "Z\xC3\xBCrich"}},
      {"KABUL\xE2\x80\x94Gunmen", {"KABUL", "\xE2\x80\x94", "Gunmen"}},
      {"DON'T SHOOT", {"DON'T", "SHOOT"}},
      {"F16s hit", {"F16s", "hit"}},
      {std::string(1500, 'a'), {std::string(1024, 'a'), std::string(476, 'a')}},
  };
  for (const Case& c : cases) EXPECT_EQ(tokens_of(c.in), c.want) << c.in;
}

TEST(Tokenize, InvalidBytesSeparateAndAreReported) {
  DocumentInput in;
  in.id = "t";
  in.text = std::string("ab\xff\xfe" "cd");
  Document d(std::move(in));
  tokenize(&d);
  ASSERT_EQ(d.tokens.size(), 2u);
  EXPECT_EQ(d.token_text(1), "cd");
  EXPECT_EQ(d.tokens[1].begin, 4u);  // offsets index the original bytes
  EXPECT_EQ(d.first_invalid_byte, 2);
}

TEST(Normalize, MatchingForms) {
  EXPECT_EQ(matching_form("KABUL"), "kabul");
  EXPECT_EQ(matching_form("K\xC4\x81" "bol"), "kabol");
  EXPECT_EQ(matching_form("Monday\xE2\x80\x99s"), "monday's");
  EXPECT_EQ(matching_form("Bogot\xC3\xA1"), "bogota");
  EXPECT_EQ(hash_form("kabul"), hash_form(matching_form("Kabul")));
}

TEST(Tokenize, AllCapsDetected) {
  Document d(input_of("THE ARCE BATTALION COMMAND HAS REPORTED THAT ABOUT 50 PEASANTS WERE KIDNAPPED."));
  tokenize(&d);
  EXPECT_TRUE(d.all_caps);
  Document m(input_of("The Arce battalion command has reported that about 50 peasants were kidnapped."));
  tokenize(&m);
  EXPECT_FALSE(m.all_caps);
}

// Per word: its flags (capitalised, all capitals) and its matching form and hash, which
// must equal the lexicon compiler's (hash_form of matching_form) whether the word takes
// the ASCII path or the Unicode one.
TEST(Tokenize, WordFlagsAndMatchingForms) {
  struct Case {
    std::string in;   // one word
    bool capitalised, all_caps;
    std::string norm;
  } cases[] = {
      {"Mosul", true, false, "mosul"},
      {"MOSUL", true, true, "mosul"},
      {"gunmen", false, false, "gunmen"},
      {"FMLN", true, true, "fmln"},
      {"iPhone", false, false, "iphone"},
      {"McDONALD", true, false, "mcdonald"},
      {"5th", false, false, "5th"},
      {"G7", true, true, "g7"},
      {"U.S.", true, true, "u.s."},
      {"a.m.", false, false, "a.m."},
      {"O'Brien", true, false, "o'brien"},
      {"K\xC4\x81" "bul", true, false, "kabul"},                     // a macron mid-word
      {"\xC3\x89TAT", true, true, "etat"},                           // capital with acute first
      {"S\xC3\xA3o", true, false, "sao"},
      {"BOGOT\xC3\x81", true, true, "bogota"},
      {"don\xE2\x80\x99t", false, false, "don't"},                    // curly apostrophe inside
      {"\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF", false, false, "\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF"},
  };
  for (const Case& c : cases) {
    Document d(input_of("said " + c.in + " today"));
    tokenize(&d);
    ASSERT_EQ(d.tokens.size(), 3u) << c.in;
    const Token& t = d.tokens[1];
    EXPECT_EQ(d.token_text(1), c.in);
    EXPECT_EQ(t.is(kCapitalised), c.capitalised) << c.in;
    EXPECT_EQ(t.is(kAllCaps), c.all_caps) << c.in;
    EXPECT_EQ(d.norm(1), c.norm) << c.in;
    EXPECT_EQ(t.hash, hash_form(matching_form(c.in))) << c.in;
    EXPECT_EQ(d.norm(2), "today") << c.in;  // the pool stays aligned after either path
  }
}

// Words longer than the token limit are cut into pieces of at most 1,024 bytes.
TEST(Tokenize, OverlongRunsAreCut) {
  const std::string run(2500, 'x');
  Document d(input_of("a " + run + " b"));
  tokenize(&d);
  ASSERT_EQ(d.tokens.size(), 5u);
  EXPECT_EQ(d.token_text(1).size(), 1024u);
  EXPECT_EQ(d.token_text(2).size(), 1024u);
  EXPECT_EQ(d.token_text(3).size(), 452u);
  EXPECT_EQ(d.norm(3), std::string(452, 'x'));
  EXPECT_EQ(d.token_text(4), "b");
}

size_t sentence_count(const std::string& s) {
  DocumentInput in;
  in.id = "t";
  in.text = s;
  Document d(std::move(in));
  tokenize(&d);
  SentenceRules rules;
  rules.abbreviation = [](uint64_t h) {
    if (h == hash_form("gen") || h == hash_form("mr") || h == hash_form("no")) return AbbreviationKind::kTitle;
    return AbbreviationKind::kNone;
  };
  rules.common_word = [](uint64_t h) { return h == hash_form("the"); };
  split_sentences(&d, rules);
  return d.sentences.size();
}

TEST(Sentences, Table) {
  struct Case {
    std::string in;
    size_t want;
  } cases[] = {
      {"A bomb exploded. Two died.", 2},
      {"Gen. Smith said it. He left.", 2},
      {"The U.S. embassy was hit. Nobody died.", 2},
      {"He came to the U.S. The army said so.", 2},
      {"\xE2\x80\x9CWe will win.\xE2\x80\x9D He said.", 2},
      {"THREE SOLDIERS DIED. THE ARMY SAID.", 2},
      {"A line that wraps\nacross lines. Then another.", 2},
      {"Para one\n\nPara two", 2},
      {"He lives at No. 5 Main Street.", 1},
      {"The blast, which hit at 10.50 a.m., killed six.", 1},
      {"George W. Bush spoke.", 1},
      // In all-caps copy a lone letter's dot is an initial before a name, an end before
      // an ordinary word.
      {"NEWSMAN EMILIANO J. PACHECO WAS SHOT.", 1},
      {"THE BOMB HIT BLOCK C. THE ARMY SAID SO.", 2},
      {"Really? Yes!", 2},
  };
  for (const Case& c : cases) EXPECT_EQ(sentence_count(c.in), c.want) << c.in;
}

TEST(Quotes, CurlyStraightAndMultiParagraph) {
  auto quotes = [](const std::string& s) {
    DocumentInput in;
  in.id = "t";
  in.text = s;
  Document d(std::move(in));
    tokenize(&d);
    find_quotes(&d);
    std::vector<std::string> out;
    for (const Quote& q : d.quotes) out.emplace_back(d.slice(q.begin, q.end));
    return out;
  };
  EXPECT_EQ(quotes("He said \xE2\x80\x9Cit is over\xE2\x80\x9D today."), std::vector<std::string>{"it is over"});
  EXPECT_EQ(quotes("\"One,\" he said, \"two.\""), (std::vector<std::string>{"One,", "two."}));
  EXPECT_EQ(quotes("\"First paragraph.\n\n\"Second paragraph.\""),
            (std::vector<std::string>{"First paragraph.", "Second paragraph."}));
}

TEST(Dateline, Forms) {
  struct Case {
    std::string in;
    bool present;
    std::string place, date;
  } cases[] = {
      {"KABUL, Sept. 5 (Reuters) - A bomb exploded.", true, "KABUL", "Sept. 5"},
      {"SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- [TEXT] THE FMLN ATTACKED.", true, "SAN SALVADOR", "3 JAN 90"},
      {"BEIRUT (AP) \xE2\x80\x94 Israeli jets struck.", true, "BEIRUT", ""},
      {"Kabul - the capital was quiet.", false, "", ""},
      {"Gunmen attacked a bus.", false, "", ""},
      // A headline (and a byline) on the lines before the dateline.
      {"Somalia market blast\n\nMOGADISHU, June 9 (Reuters) - A suicide bomber killed 14 people.", true, "MOGADISHU",
       "June 9"},
      {"Suicide Bomber Kills 14 at Market\nBy Staff Reporter\nMOGADISHU (AP) - A bomber struck.", true, "MOGADISHU", ""},
      // A dash inside the first line of a story is no dateline.
      {"Gunmen attacked a bus.\nMosul - the city was quiet.", false, "", ""},
  };
  for (const Case& c : cases) {
    Document d(input_of(c.in));
    tokenize(&d);
    find_dateline(&d);
    EXPECT_EQ(d.dateline.present, c.present) << c.in;
    if (!c.present) continue;
    EXPECT_EQ(std::string(d.slice(d.tokens[d.dateline.place_first].begin, d.tokens[d.dateline.place_end - 1].end)), c.place);
    if (!c.date.empty()) {
      EXPECT_EQ(std::string(d.slice(d.tokens[d.dateline.date_first].begin, d.tokens[d.dateline.date_end - 1].end)), c.date);
    }
  }
}

}  // namespace
}  // namespace sitrep
