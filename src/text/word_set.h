// A constant set of words tested by their matching-form hash (Token::hash): a 256-bit
// filter on the hash rejects nearly every token with one test, and a match costs a probe
// or two of a small hash table, where a list of strings costs a length and byte compare per
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
  consteval explicit WordSet(const Words&... words) {
    for (std::string_view w : {std::string_view(words)...}) {
      if (w.empty()) throw "a WordSet word is empty";
      for (char c : w)
        if (c >= 'A' && c <= 'Z') throw "a WordSet word is not a matching form (upper case)";
    }
    for (uint64_t h : {hash_form(words)...}) {
      filter_[slot(h)] |= bit(h);
      size_t k = home(h);
      while (table_[k] != 0 && table_[k] != h) k = (k + 1) & (kTableSize - 1);
      table_[k] = h;
    }
  }

  // True when the token with this hash is one of the words (0, a joiner, never is).
  [[gnu::always_inline]] constexpr bool contains(uint64_t token_hash) const {
    if (!(filter_[slot(token_hash)] & bit(token_hash))) return false;
    for (size_t k = home(token_hash); table_[k] != 0; k = (k + 1) & (kTableSize - 1))
      if (table_[k] == token_hash) return true;
    return false;
  }

 private:
  // Bit 0 of every hash is set (hash_form): the filter reads bits 1-8, so a set of 30
  // words lets about one other word in nine through to the table.
  static constexpr size_t slot(uint64_t h) { return (h >> 7) & 3; }
  static constexpr uint64_t bit(uint64_t h) { return uint64_t(1) << ((h >> 1) & 63); }
  // The words' hashes in an open-addressed table at most a quarter full, indexed by bits the
  // filter does not read: a word that passes the filter costs a probe or two, not a compare
  // with every word of the set (sets of 30 and more words are tested on every token).
  static constexpr size_t kTableSize = [] {
    size_t n = 8;
    while (n < 4 * N) n *= 2;
    return n;
  }();
  static constexpr size_t home(uint64_t h) { return (h >> 9) & (kTableSize - 1); }
  uint64_t table_[kTableSize] = {};  // 0: empty (no hash is 0)
  uint64_t filter_[4] = {0, 0, 0, 0};
};

template <typename... Words>
WordSet(const Words&...) -> WordSet<sizeof...(Words)>;

}  // namespace sitrep
