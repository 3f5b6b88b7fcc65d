// Matching forms of words: case folded, diacritics stripped, curly quotes and dashes made
// plain ("Kābol" -> "kabol", "Monday’s" -> "monday's"). The original bytes stay untouched;
// only the Document's norm_pool holds these forms.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep {

// Appends the matching form of `word` (one token's bytes) to `out`.
void append_matching_form(std::string_view word, std::string* out);

// The matching form as a new string (for the lexicon compiler and tests).
std::string matching_form(std::string_view word);

// 64-bit hash of a matching form. Stable across builds: the lexicon file stores these.
// constexpr: word lists in code are hashed at compile time (text/word_set.h).
constexpr uint64_t hash_form(std::string_view form) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a 64
  for (unsigned char c : form) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h | 1;  // never 0: 0 marks tokens that phrase matching skips
}

// a == b, the length and first byte compared before any memcmp call: stages compare
// token forms with literals on most tokens, and most differ in those.
inline bool same_form(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || a[0] == b[0]) && a == b;
}

// Hash of a phrase extended by one more token (phrase matching walks token by token).
inline uint64_t extend_phrase_hash(uint64_t phrase, uint64_t token) {
  uint64_t x = phrase * 0x9E3779B97F4A7C15ull + token;
  x ^= x >> 31;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 29;
  return x | 1;
}
inline constexpr uint64_t kPhraseSeed = 0x5EED5EED5EED5EEDull;

}  // namespace sitrep
