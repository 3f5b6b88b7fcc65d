#include "text/dateline.h"

namespace sitrep {
namespace {

// A dateline sits in the first few tokens; its parts are short.
constexpr uint32_t kMaxPlaceTokens = 5;
constexpr uint32_t kMaxDateTokens = 6;
constexpr uint32_t kMaxSourceTokens = 8;

bool is_dash(const Document& d, uint32_t i) {
  std::string_view s = d.token_text(i);
  return d.tokens[i].is(kPunct) && (s == "-" || s == "--" || s == "\xE2\x80\x94" || s == "\xE2\x80\x93" ||
                                    s == "---" || s == ":" || s == "_");
}

bool is_text(const Document& d, uint32_t i, std::string_view s) { return d.token_text(i) == s; }

}  // namespace

void find_dateline(Document* doc) {
  Dateline dl;
  const uint32_t n = uint32_t(doc->tokens.size());
  const auto& t = doc->tokens;
  uint32_t i = 0;
  // Place: capitalised words (and joiners) at the very start.
  while (i < n && i < kMaxPlaceTokens && (t[i].is(kCapitalised) || (t[i].is(kHyphen) && i > 0)) && !t[i].is(kNumber)) ++i;
  if (i == 0 || i >= n) return;
  // Datelines are written in capitals, or followed straight by "(Agency)" or a dash.
  bool caps = true;
  for (uint32_t k = 0; k < i; ++k) caps &= t[k].is(kAllCaps) || t[k].is(kHyphen);
  dl.place_first = 0;
  dl.place_end = i;
  uint32_t j = i;
  bool has_comma = j < n && is_text(*doc, j, ",");
  if (has_comma) {
    ++j;
    uint32_t date_first = j;
    // Either a country/state after the comma ("Mosul, Iraq —") or a date.
    while (j < n && j - date_first < kMaxDateTokens && !is_dash(*doc, j) && !is_text(*doc, j, "(") &&
           (t[j].is(kNumber) || t[j].is(kWord) || is_text(*doc, j, ".") || is_text(*doc, j, ",")))
      ++j;
    dl.date_first = date_first;
    dl.date_end = j;
  }
  if (j < n && is_text(*doc, j, "(")) {
    uint32_t k = j + 1;
    while (k < n && k - j <= kMaxSourceTokens && !is_text(*doc, k, ")")) ++k;
    if (k >= n || !is_text(*doc, k, ")")) return;
    dl.source_first = j + 1;
    dl.source_end = k;
    j = k + 1;
  }
  if (j >= n || !is_dash(*doc, j)) return;
  if (!caps && !has_comma && dl.source_end == 0) return;  // "Mosul - the" is not a dateline
  ++j;
  // MUC-style bracketed headers: "[REPORT] [ARMED FORCES PRESS COMMITTEE, COPREFA] [TEXT]".
  uint32_t k = j;
  while (k < n && is_text(*doc, k, "[")) {
    uint32_t close = k + 1;
    while (close < n && close - k < 20 && !is_text(*doc, close, "]")) ++close;
    if (close >= n || !is_text(*doc, close, "]")) break;
    bool text_marker = close == k + 2 && (doc->norm(k + 1) == "text");
    k = close + 1;
    if (text_marker) { j = k; break; }
  }
  dl.present = true;
  dl.end_token = j;
  doc->dateline = dl;
}

}  // namespace sitrep
