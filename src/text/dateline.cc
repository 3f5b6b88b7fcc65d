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

// A dateline whose place starts at token `start`, into *out.
bool dateline_at(Document* doc, uint32_t start, Dateline* out) {
  Dateline dl;
  const uint32_t n = uint32_t(doc->tokens.size());
  const auto& t = doc->tokens;
  uint32_t i = start;
  // Place: capitalised words (and joiners) at the start of the line, on that line.
  const std::string_view text = doc->text();
  auto new_line = [&](uint32_t k) {
    return text.substr(t[k - 1].end, t[k].begin - t[k - 1].end).find('\n') != std::string_view::npos;
  };
  while (i < n && i - start < kMaxPlaceTokens && (t[i].is(kCapitalised) || (t[i].is(kHyphen) && i > start)) &&
         !t[i].is(kNumber) && !(i > start && new_line(i)))
    ++i;
  if (i == start || i >= n) return false;
  // Datelines are written in capitals, or followed straight by "(Agency)" or a dash.
  bool caps = true;
  for (uint32_t k = start; k < i; ++k) caps &= t[k].is(kAllCaps) || t[k].is(kHyphen);
  dl.place_first = start;
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
    if (k >= n || !is_text(*doc, k, ")")) return false;
    dl.source_first = j + 1;
    dl.source_end = k;
    j = k + 1;
  }
  if (j >= n || !is_dash(*doc, j)) return false;
  if (!caps && !has_comma && dl.source_end == 0) return false;  // "Mosul - the" is not a dateline
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
  *out = dl;
  return true;
}

// A headline (and a byline) may stand on the lines before the dateline, as in most
// articles saved as plain text: "Somalia market blast\n\nMOGADISHU, June 9 (Reuters) - ...".
constexpr uint32_t kMaxHeadlineTokens = 30;
constexpr int kMaxHeadlineLines = 3;

}  // namespace

void find_dateline(Document* doc) {
  if (dateline_at(doc, 0, &doc->dateline)) return;
  const auto& t = doc->tokens;
  const std::string_view text = doc->text();
  int lines = 0;
  for (uint32_t k = 1; k < t.size() && k <= kMaxHeadlineTokens && lines < kMaxHeadlineLines; ++k) {
    if (text.substr(t[k - 1].end, t[k].begin - t[k - 1].end).find('\n') == std::string_view::npos) continue;
    ++lines;
    if (dateline_at(doc, k, &doc->dateline)) return;
  }
}

}  // namespace sitrep
