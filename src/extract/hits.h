// Table hits: the matches layer read per lexicon table, longest match first and without
// overlaps, so each stage sees "Islamic State of Iraq and the Levant" once, not its parts.
#pragma once

#include <algorithm>
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

// Calls `f(value, posting, match)` for each cues-table posting of class `cls` in a match
// lying in tokens [first, end), in text order, until `f` returns true; true when it did. The
// one walk behind has_cue and the sources stage's choice among channels (`f` tests whether
// the posting applies: match.h posting_applies).
template <typename F>
bool visit_cues(const Analysis& a, uint32_t first, uint32_t end, std::string_view cls, F&& f) {
  const Table& t = a.lex.table(lex::kCues);
  // The columns are looked up by name on the first cue posting met: most calls meet none,
  // and a lookup by name costs more than the walk over the matches.
  int ccls = -2, cval = -2;
  end = std::min(end, uint32_t(a.doc.tokens.size()));
  if (first >= end || a.match_index.size() <= end) return false;
  // The matches starting in [first, end) are consecutive in the matches layer. The cheap
  // tests (table, class) come before the caller's.
  const Match* ms = a.matches.data();
  for (uint32_t k = a.match_index[first], stop = a.match_index[end]; k < stop; ++k) {
    const Match& m = ms[k];
    if (m.end > end || !(m.tables & (1u << lex::kCues))) continue;
    for (const lex::Posting& p : m.postings) {
      if (p.table != lex::kCues) continue;
      if (ccls == -2) {
        ccls = t.column("class");
        cval = t.column("value");
      }
      if (t.get(p.row, ccls) != cls) continue;
      if (f(t.get(p.row, cval), p, m)) return true;
    }
  }
  return false;
}

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
