#include "extract/match.h"

#include "text/normalize.h"

namespace sitrep {

bool Analysis::probe_token_tables(uint32_t i, uint32_t mask) const {
  for (uint32_t m = mask; m; m &= m - 1)
    if (lex.has(doc.tokens[i].hash, lex::Table(__builtin_ctz(m)))) return true;
  return false;
}

bool spelled_as_written(const Analysis& a, const lex::Posting& p, uint32_t first, uint32_t end) {
  if (a.doc.all_caps) return false;
  // In a passage written in capitals inside mixed-case copy (a headline, a shouted
  // paragraph) capitals say nothing either: words in capitals next to an ordinary English
  // word in capitals ("THE AIR FORCE IS BOMBING", "IS CLAIMS ATTACK") are not the acronym.
  const auto& toks = a.doc.tokens;
  auto shouted = [&](uint32_t k) {
    const Token& t = toks[k];
    return t.is(kWord) && t.is(kAllCaps) && t.end - t.begin >= 2 && a.lex.has(t.hash, lex::kCommonWords);
  };
  bool capitals = true;
  for (uint32_t i = first; i < end && capitals; ++i) capitals = !toks[i].is(kWord) || toks[i].is(kAllCaps);
  if (capitals && ((first > 0 && shouted(first - 1)) || (end < toks.size() && shouted(end)))) return false;
  // Compare the words as written, ignoring joiners and spacing.
  // Walks `want` token by token instead of building the written string.
  const std::string_view want = a.lex.str(p.text);
  size_t at = 0;
  for (uint32_t i = first; i < end; ++i) {
    if (at > 0 && a.doc.tokens[i].is(kSpaceBefore)) {
      if (at >= want.size() || want[at] != ' ') return false;
      ++at;
    }
    const std::string_view tok = a.doc.token_text(i);
    if (want.substr(at, tok.size()) != tok) return false;
    at += tok.size();
  }
  return at == want.size();
}

void match_phrases(Analysis* a) {
  const auto& toks = a->doc.tokens;
  const uint32_t n = uint32_t(toks.size());
  a->matches.clear();
  a->matches.reserve(n / 2 + 16);  // about one match every two tokens in news text
  a->match_index.assign(n + 1, 0);
  a->token_tables.assign(n, 0);
  uint32_t count = 0;  // matches.size(), kept apart: the vector's size costs a division
  // The layers read and written here, through locals: the compiler cannot tell that pushing
  // a match leaves them in place, and reloaded them from `a` on every token and probe.
  const Token* const tk = toks.data();
  const uint32_t* const sentence_of = a->doc.sentence_of.data();
  const Lexicon& lexicon = a->lex;
  uint32_t* const match_index = a->match_index.data();
  uint32_t* const token_tables = a->token_tables.data();
  for (uint32_t i = 0; i < n; ++i) {
    match_index[i] = count;
    if (tk[i].hash == 0) continue;
    uint64_t h = kPhraseSeed;
    uint32_t used = 0;
    for (uint32_t j = i; j < n && used < lex::kMaxPhraseTokens; ++j) {
      if (tk[j].hash == 0) continue;  // joiners
      // A phrase never runs across a sentence end or a paragraph.
      if (j > i && tk[j].is(kNewlineBefore) && sentence_of[j] != sentence_of[i]) break;
      h = extend_phrase_hash(h, tk[j].hash);
      ++used;
      const lex::PhraseSlot* slot = lexicon.find(h);
      if (!slot) break;
      if (slot->flags & lex::kFullPhrase) {
        auto postings = lexicon.postings(*slot);
        // Dictionary words are looked up directly (Lexicon::has); a match for each
        // ordinary word would only cost memory.
        uint32_t tables = 0;
        if (slot->flags & lex::kOneTable)
          tables = 1u << (slot->flags >> lex::kOneTableShift);
        else
          for (const lex::Posting& p : postings) tables |= p.table < lex::kTableCount ? 1u << p.table : 0u;
        if (j == i) token_tables[i] = tables;
        if (tables & ~(1u << lex::kCommonWords)) {
          a->matches.push_back(Match{i, j + 1, PostingRange{postings.data(), uint32_t(postings.size())}, tables});
          ++count;
        }
      }
      if (!(slot->flags & lex::kPrefix)) break;
    }
  }
  a->match_index[n] = uint32_t(a->matches.size());
}

}  // namespace sitrep
