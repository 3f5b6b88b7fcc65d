#include "text/sentences.h"

namespace sitrep {
namespace {

bool is_terminator(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  if (!t.is(kPunct)) return false;
  std::string_view s = doc.token_text(i);
  return s == "." || s == "!" || s == "?" || s == "..." || s == "?!" || s == "!?";
}

bool is_closer(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  if (t.is(kQuote)) return !t.is(kSpaceBefore);  // closing quote hugs the previous token
  std::string_view s = doc.token_text(i);
  return t.is(kPunct) && (s == ")" || s == "]");
}

}  // namespace

void split_sentences(Document* doc, const SentenceRules& rules) {
  auto& toks = doc->tokens;
  doc->sentences.clear();
  doc->sentence_of.assign(toks.size(), 0);
  const uint32_t n = uint32_t(toks.size());
  uint32_t start = 0;
  auto close = [&](uint32_t end) {
    if (end <= start) return;
    Sentence s;
    s.first_token = start;
    s.end_token = end;
    s.begin = toks[start].begin;
    s.end = toks[end - 1].end;
    for (uint32_t k = start; k < end; ++k) doc->sentence_of[k] = uint32_t(doc->sentences.size());
    doc->sentences.push_back(s);
    start = end;
  };
  const std::string_view text = doc->text();
  for (uint32_t i = 0; i < n; ++i) {
    // A blank line (paragraph break) always ends a sentence.
    if (i > start && toks[i].is(kNewlineBefore)) {
      uint32_t gap_begin = toks[i - 1].end, gap_end = toks[i].begin;
      int newlines = 0;
      for (uint32_t b = gap_begin; b < gap_end; ++b) newlines += text[b] == '\n';
      // One line break also ends a sentence when the previous line ended with a
      // terminator or the text is one paragraph a line (modern copy): checked below.
      if (newlines >= 2) {
        close(i);
      } else if (i > 0 && (is_terminator(*doc, i - 1) || is_closer(*doc, i - 1))) {
        close(i);
      }
    }
    // The flag first: most tokens are words, and is_terminator is a call with string compares.
    if (!toks[i].is(kPunct) || !is_terminator(*doc, i)) {
      // Dotted abbreviations carry their dot ("U.S."): a sentence ends after one only
      // before a capitalised common word ("... in the U.S. The army said"). The token's
      // last byte is read straight from the text: this runs on every word. The dot is
      // tested first: it rules out nearly every token in one predictable branch (word or
      // not, length above 2, are coin tosses to the predictor).
      const Token& t = toks[i];
      if (text[t.end - 1] == '.' && t.is(kWord) && t.end - t.begin > 2 && i + 1 < n && toks[i + 1].is(kSpaceBefore) &&
          toks[i + 1].is(kCapitalised) && !doc->all_caps && rules.common_word && rules.common_word(toks[i + 1].hash))
        close(i + 1);
      continue;
    }
    uint32_t end = i + 1;
    while (end < n && is_closer(*doc, end) && !toks[end].is(kNewlineBefore)) ++end;
    if (end >= n) { close(n); break; }
    const Token& next = toks[end];
    if (!next.is(kSpaceBefore)) continue;  // "10.5", "e.g.x"
    // What follows must look like a sentence start.
    bool starts = next.is(kCapitalised) || next.is(kNumber) || next.is(kQuote) ||
                  (next.is(kPunct) && !next.is(kHyphen));
    if (!starts) continue;
    std::string_view term = doc->token_text(i);
    if (term == "." && i > 0 && toks[i - 1].is(kWord) && !toks[i].is(kSpaceBefore)) {
      AbbreviationKind k = rules.abbreviation ? rules.abbreviation(toks[i - 1].hash) : AbbreviationKind::kNone;
      if (k == AbbreviationKind::kTitle) continue;
      if (k == AbbreviationKind::kOther) {
        bool common = rules.common_word && next.is(kWord) && rules.common_word(next.hash);
        if (!common) continue;
      }
      // A lone capital before the dot is an initial: "George W. Bush". In all-caps copy,
      // where every word is capitalised, it is one when a name follows, not an ordinary
      // word ("NEWSMAN EMILIANO J. PACHECO, WHO ..." but "... OF GROUP A. THE ARMY SAID").
      std::string_view w = doc->token_text(i - 1);
      if (w.size() == 1 && toks[i - 1].is(kCapitalised)) {
        if (!doc->all_caps) continue;
        if (next.is(kWord) && !(rules.common_word && rules.common_word(next.hash))) continue;
      }
    }
    close(end);
    i = end - 1;
  }
  close(n);
}

}  // namespace sitrep
