#include "text/quotes.h"

namespace sitrep {
namespace {

enum class Side { kOpen, kClose, kEither };

Side side_of(const Document& doc, uint32_t i) {
  std::string_view s = doc.token_text(i);
  if (s == "\xE2\x80\x9C" || s == "\xC2\xAB") return Side::kOpen;    // “ «
  if (s == "\xE2\x80\x9D" || s == "\xC2\xBB") return Side::kClose;   // ” »
  if (s == "\xE2\x80\x98") return Side::kOpen;                       // ‘
  if (s == "\xE2\x80\x99") return Side::kClose;                      // ’
  return Side::kEither;
}

bool paragraph_break_before(const Document& doc, uint32_t i) {
  if (i == 0 || !doc.tokens[i].is(kNewlineBefore)) return false;
  return true;
}

}  // namespace

void find_quotes(Document* doc) {
  doc->quotes.clear();
  const uint32_t n = uint32_t(doc->tokens.size());
  int64_t open = -1;           // token index of the open mark
  uint32_t content_begin = 0;  // byte offset where the current quote's words start
  auto finish = [&](uint32_t close_tok, uint32_t content_end) {
    Quote q;
    q.open_token = uint32_t(open);
    q.close_token = close_tok;
    q.begin = content_begin;
    q.end = content_end;
    if (q.end > q.begin) doc->quotes.push_back(q);
    open = -1;
  };
  // Read through a local pointer: the compiler cannot tell that pushing a quote leaves the
  // tokens where they are, and would reload them on every token.
  const Token* const toks = doc->tokens.data();
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = toks[i];
    // Neither a mark nor a paragraph's first token (most tokens): nothing below applies.
    if (!(t.flags & (kQuote | kNewlineBefore))) continue;
    bool is_mark = t.is(kQuote);
    // Single straight or curly apostrophes only quote when they hug words the quote way.
    // (Only marks are read: most tokens are words.)
    const std::string_view s = is_mark ? doc->token_text(i) : std::string_view();
    bool single = is_mark && (s == "'" || s == "\xE2\x80\x98" || s == "\xE2\x80\x99");
    if (open >= 0 && paragraph_break_before(*doc, i)) {
      if (is_mark && !single) {
        // Multi-paragraph quote: the old one ends at the paragraph, the new one opens here.
        finish(i, doc->tokens[i - 1].end);
        open = i;
        content_begin = t.end;
        continue;
      }
      finish(i, doc->tokens[i - 1].end);
    }
    if (!is_mark) continue;
    if (single) continue;  // single quotes nest inside double ones; not tracked yet
    Side side = side_of(*doc, i);
    if (open < 0) {
      if (side == Side::kClose) continue;  // stray closer
      open = i;
      content_begin = t.end;
    } else if (side != Side::kOpen) {
      finish(i, i > 0 ? doc->tokens[i - 1].end : t.begin);
    } else {
      // A second opener before a closer: restart from here.
      open = i;
      content_begin = t.end;
    }
  }
  if (open >= 0 && n > 0) finish(n, doc->tokens[n - 1].end);
}

}  // namespace sitrep
