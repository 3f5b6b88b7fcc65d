// Matching forms through utf8proc (case fold, compatibility decomposition, mark stripping)
// with an ASCII fast path, which is nearly all English news.
#include "text/normalize.h"

#include <utf8proc.h>

#include <cstdlib>

namespace sitrep {
namespace {

// Punctuation that news writes in several ways; matching treats each family as one.
int32_t plain_punctuation(int32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC: return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033: return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return '-';
    default: return cp;
  }
}

}  // namespace

void append_matching_form(std::string_view word, std::string* out) {
  bool ascii = true;
  for (unsigned char c : word) {
    if (c >= 0x80) { ascii = false; break; }
  }
  if (ascii) {
    size_t at = out->size();
    out->resize(at + word.size());
    char* p = out->data() + at;
    for (unsigned char c : word) *p++ = (c >= 'A' && c <= 'Z') ? char(c + 32) : char(c);
    return;
  }
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(word.data());
  utf8proc_ssize_t n = static_cast<utf8proc_ssize_t>(word.size());
  utf8proc_int32_t buf[16];
  while (n > 0) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate(p, n, &cp);
    if (len <= 0) {  // invalid byte: keep a replacement so the form stays distinct
      out->append("\xEF\xBF\xBD");
      ++p; --n;
      continue;
    }
    p += len; n -= len;
    cp = plain_punctuation(cp);
    if (cp < 0x80) {
      out->push_back((cp >= 'A' && cp <= 'Z') ? char(cp + 32) : char(cp));
      continue;
    }
    int last_boundclass = 0;
    utf8proc_ssize_t m = utf8proc_decompose_char(
        cp, buf, 16,
        utf8proc_option_t(UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE),
        &last_boundclass);
    if (m < 0 || m > 16) continue;
    for (utf8proc_ssize_t i = 0; i < m; ++i) {
      utf8proc_uint8_t enc[4];
      utf8proc_ssize_t k = utf8proc_encode_char(buf[i], enc);
      out->append(reinterpret_cast<const char*>(enc), size_t(k));
    }
  }
}

std::string matching_form(std::string_view word) {
  std::string s;
  append_matching_form(word, &s);
  return s;
}

}  // namespace sitrep
