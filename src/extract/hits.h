// Table hits: the matches layer read per lexicon table, longest match first and without
// overlaps, so each stage sees "Islamic State of Iraq and the Levant" once, not its parts.
#pragma once

#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/analysis.h"
#include "text/word_set.h"

namespace sitrep {


// All hits of `table`, longest first at each position, non-overlapping, in text order.
// With `all_rows`, every row a phrase names is returned (same span, several hits).
// Computed once per document and table, then served from the Analysis's cache.
const std::vector<Hit>& table_hits(const Analysis& a, lex::Table table, bool all_rows = false);

// True when tokens [first, end) contain a phrase of `table` whose column `col` is `value`.
bool has_cue(const Analysis& a, uint32_t first, uint32_t end, std::string_view cls, std::string_view value = {});

// Tokens helpers.
inline bool word_is(const Analysis& a, uint32_t i, std::string_view norm) {
  return i < a.doc.tokens.size() && same_form(a.doc.norm(i), norm);
}
// Inline and unrolled: callers pass literal lists, so each word's length and first byte
// become constants in compares that rule out nearly every token before a memcmp (left to
// itself, GCC keeps the loop over a long list and reads the list from memory).
[[gnu::always_inline]] inline bool word_in(const Analysis& a, uint32_t i,
                                           std::initializer_list<std::string_view> words) {
  if (i >= a.doc.tokens.size()) return false;
  const std::string_view w = a.doc.norm(i);
#pragma GCC unroll 64
  for (std::string_view x : words)
    if (x.size() == w.size() && (x.empty() || x[0] == w[0]) && x == w) return true;
  return false;
}
// The same for a WordSet (hashed at compile time): for lists tested on many tokens.
template <size_t N>
[[gnu::always_inline]] inline bool word_in(const Analysis& a, uint32_t i, const WordSet<N>& words) {
  return i < a.doc.tokens.size() && words.contains(a.doc.tokens[i].hash);
}
// Bytes [begin of token first, end of token end-1).
inline uint32_t byte_begin(const Analysis& a, uint32_t first) { return a.doc.tokens[first].begin; }
inline uint32_t byte_end(const Analysis& a, uint32_t end) { return a.doc.tokens[end - 1].end; }
std::string_view span_text(const Analysis& a, uint32_t first, uint32_t end);

}  // namespace sitrep
