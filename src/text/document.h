// The one document type every stage reads and annotates (spaCy's Doc): it owns the
// original UTF-8 bytes, which never change; tokens, sentences and every later layer are
// views with byte offsets into them. A stage adds its own layer and never rewrites another.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/sitrep.h"

namespace sitrep {

enum TokenFlag : uint16_t {
  kWord = 1 << 0,        // letters (possibly with digits, internal dots: "U.S.")
  kNumber = 1 << 1,      // starts with a digit: "5", "1,200", "11:45", "0735"
  kPunct = 1 << 2,       // punctuation, one token per mark (".", ",", "--", "...")
  kCapitalised = 1 << 3, // first letter upper case ("Mosul", "MOSUL")
  kAllCaps = 1 << 4,     // every letter upper case, at least one letter ("MOSUL", "FMLN")
  kHyphen = 1 << 5,      // a hyphen or dash joining words ("al-Shabaab"): ignored by phrase matching
  kQuote = 1 << 6,       // a quotation mark, straight or curly
  kSpaceBefore = 1 << 7, // white space precedes the token
  kNewlineBefore = 1 << 8,  // a line break precedes the token (paragraph cue)
  kInvalidUtf8 = 1 << 9,    // the token is a run of invalid bytes (acts as a separator)
  kPossessive = 1 << 10,    // "'s" / "’s" after a word
  kNormInText = 1 << 11,    // the matching form is the token's own bytes (lower-case ASCII): not copied
};

// 24 bytes: the largest layer (a token every five bytes of text), kept small so a
// document stays under SPEC's 20 times its size in memory.
struct Token {
  uint32_t begin = 0, end = 0;  // bytes of the original text
  uint64_t hash = 0;            // hash of the matching form (0 for tokens matching skips)
  uint32_t norm_begin = 0;      // the matching form in Document::norm_pool (kNormInText: in the text)
  uint16_t norm_len = 0;
  uint16_t flags = 0;
  bool is(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  uint32_t first_token = 0, end_token = 0;  // [first, end) token indexes
  uint32_t begin = 0, end = 0;              // bytes
};

// A quotation: the quoted words between two quote marks (may cross sentences).
struct Quote {
  uint32_t open_token = 0, close_token = 0;  // the quote mark tokens
  uint32_t begin = 0, end = 0;               // bytes of the quoted words, marks excluded
};

// A wire dateline at the document's start: "BAGHDAD, Sept. 5 (Reuters) -".
struct Dateline {
  bool present = false;
  uint32_t place_first = 0, place_end = 0;  // tokens naming the place
  uint32_t date_first = 0, date_end = 0;    // tokens naming the date (may be empty)
  uint32_t source_first = 0, source_end = 0;  // tokens naming the agency
  uint32_t end_token = 0;                   // first token of the story proper
};

class Document {
 public:
  explicit Document(DocumentInput input) : input_(std::move(input)) {}

  const DocumentInput& input() const { return input_; }
  std::string_view text() const { return input_.text; }
  std::string_view slice(uint32_t begin, uint32_t end) const {
    return std::string_view(input_.text).substr(begin, end - begin);
  }
  std::string_view token_text(uint32_t i) const { return slice(tokens[i].begin, tokens[i].end); }
  // Most words are written in their matching form (lower-case ASCII): those point into the
  // text, which saves the pool nearly a byte per byte of text (SPEC section 2's memory rule).
  std::string_view norm(uint32_t i) const {
    const Token& t = tokens[i];
    const char* base = t.is(kNormInText) ? input_.text.data() : norm_pool.data();
    return std::string_view(base + t.norm_begin, t.norm_len);
  }

  // Layer: text/utf8 (first invalid byte offset, or -1).
  int64_t first_invalid_byte = -1;
  // Layer: text/tokenize.
  std::vector<Token> tokens;
  std::string norm_pool;  // matching forms that differ from the text (see norm)
  bool all_caps = false;  // most letters are upper case (wire/radio transcripts)
  // Layer: text/sentences.
  std::vector<Sentence> sentences;
  std::vector<uint32_t> sentence_of;  // token index -> sentence index
  // Layer: text/quotes.
  std::vector<Quote> quotes;
  // Layer: text/dateline.
  Dateline dateline;

 private:
  DocumentInput input_;
};

}  // namespace sitrep
