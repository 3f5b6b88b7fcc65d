// A constant set of words tested by their matching-form hash (Token::hash): a 256-bit
// filter on the hash rejects nearly every token with one test, and a match costs one
// integer compare per word, where a list of strings costs a length and byte compare per
// entry. Hashed at compile time; the words must be matching forms (lower case).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/normalize.h"

namespace sitrep {

template <size_t N>
class WordSet {
 public:
  template <typename... Words>
  consteval explicit WordSet(const Words&... words) : hashes_{hash_form(words)...} {
    for (std::string_view w : {std::string_view(words)...}) {
      if (w.empty()) throw "a WordSet word is empty";
      for (char c : w)
        if (c >= 'A' && c <= 'Z') throw "a WordSet word is not a matching form (upper case)";
    }
    for (uint64_t h : hashes_) filter_[slot(h)] |= bit(h);
  }

  // True when the token with this hash is one of the words (0, a joiner, never is).
  [[gnu::always_inline]] constexpr bool contains(uint64_t token_hash) const {
    if (!(filter_[slot(token_hash)] & bit(token_hash))) return false;
    for (uint64_t h : hashes_)
      if (h == token_hash) return true;
    return false;
  }

 private:
  // Bit 0 of every hash is set (hash_form): the filter reads bits 1-8, so a set of 30
  // words lets about one other word in nine through to the compares.
  static constexpr size_t slot(uint64_t h) { return (h >> 7) & 3; }
  static constexpr uint64_t bit(uint64_t h) { return uint64_t(1) << ((h >> 1) & 63); }
  uint64_t hashes_[N];
  uint64_t filter_[4] = {0, 0, 0, 0};
};

template <typename... Words>
WordSet(const Words&...) -> WordSet<sizeof...(Words)>;

}  // namespace sitrep
