// GTT's string normalisation reproduced over UTF-8 code points, and word-level matching.
#include "eval/text_match.h"

#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>

namespace sitrep::eval {
namespace {

// Invalid UTF-8 bytes travel as code points above Unicode's range so that they survive the
// pipeline unchanged and never count as letters or spaces.
constexpr int32_t kInvalidByteBase = 0x110000;

std::vector<int32_t> decode(std::string_view s) {
  std::vector<int32_t> out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      out.push_back(kInvalidByteBase + p[i]);
      ++i;
    } else {
      out.push_back(cp);
      i += static_cast<size_t>(n);
    }
  }
  return out;
}

void encode(int32_t cp, std::string* out) {
  if (cp >= kInvalidByteBase) {
    out->push_back(static_cast<char>(cp - kInvalidByteBase));
    return;
  }
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

bool is_cased(int32_t cp) {
  if (cp >= kInvalidByteBase) return false;
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT;
}

bool is_case_ignorable(int32_t cp) {
  switch (cp) {  // Word_Break MidLetter, MidNumLet, Single_Quote
    case 0x27: case 0x2E: case 0x3A: case 0xB7: case 0x387: case 0x5F4: case 0x2018: case 0x2019:
    case 0x2024: case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55: case 0xFF07: case 0xFF0E: case 0xFF1A:
      return true;
    default:
      break;
  }
  if (cp >= kInvalidByteBase) return false;
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_ME || c == UTF8PROC_CATEGORY_CF ||
         c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_SK;
}

// Python's Final_Sigma rule for U+03A3 at `i`: a cased letter before it (case-ignorable
// characters skipped) and none after it.
bool is_final_sigma(const std::vector<int32_t>& cps, size_t i) {
  size_t j = i;
  while (j > 0 && is_case_ignorable(cps[j - 1])) --j;
  if (j == 0 || !is_cased(cps[j - 1])) return false;
  size_t k = i + 1;
  while (k < cps.size() && is_case_ignorable(cps[k])) ++k;
  return k == cps.size() || !is_cased(cps[k]);
}

// Python's str.lower() of the code point at `i`: the simple mapping, except U+0130 (whose
// full lower case has two code points) and the context-dependent capital sigma.
void python_lower(const std::vector<int32_t>& cps, size_t i, std::vector<int32_t>* out) {
  int32_t cp = cps[i];
  if (cp < 128) {
    out->push_back(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
  } else if (cp >= kInvalidByteBase) {
    out->push_back(cp);
  } else if (cp == 0x130) {
    out->push_back('i');
    out->push_back(0x307);
  } else if (cp == 0x3A3) {
    out->push_back(is_final_sigma(cps, i) ? 0x3C2 : 0x3C3);
  } else {
    out->push_back(utf8proc_tolower(cp));
  }
}

// Python's string.punctuation: the 32 ASCII punctuation characters.
bool is_ascii_punctuation(int32_t cp) { return cp < 128 && std::ispunct(static_cast<int>(cp)); }

// Python's str.isspace() set, which str.split() uses.
bool is_python_space(int32_t cp) {
  if (cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31)) return true;
  switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

// \w of Python's re on str patterns: alphanumeric (letters L*, numbers N*) or '_'.
bool is_python_word(int32_t cp) {
  if (cp < 128) return std::isalnum(static_cast<int>(cp)) || cp == '_';
  if (cp >= kInvalidByteBase) return false;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

bool is_article(const std::vector<int32_t>& cps, size_t begin, size_t end) {
  size_t n = end - begin;
  if (n == 1) return cps[begin] == 'a';
  if (n == 2) return cps[begin] == 'a' && cps[begin + 1] == 'n';
  if (n == 3) return cps[begin] == 't' && cps[begin + 1] == 'h' && cps[begin + 2] == 'e';
  return false;
}

}  // namespace

std::string gtt_normalize(std::string_view text) {
  // lower, then remove punctuation (eval.py applies lower first, then remove_punc).
  std::vector<int32_t> original = decode(text), lowered, cps;
  lowered.reserve(original.size());
  for (size_t i = 0; i < original.size(); ++i) python_lower(original, i, &lowered);
  cps.reserve(lowered.size());
  for (int32_t cp : lowered)
    if (!is_ascii_punctuation(cp)) cps.push_back(cp);
  // remove_articles: \b(a|an|the)\b -> " ". A match is exactly a maximal run of word
  // characters spelling one of the three words.
  std::vector<int32_t> no_articles;
  no_articles.reserve(cps.size());
  for (size_t i = 0; i < cps.size();) {
    if (!is_python_word(cps[i])) {
      no_articles.push_back(cps[i++]);
      continue;
    }
    size_t j = i;
    while (j < cps.size() && is_python_word(cps[j])) ++j;
    if (is_article(cps, i, j)) {
      no_articles.push_back(' ');
    } else {
      no_articles.insert(no_articles.end(), cps.begin() + static_cast<long>(i),
                         cps.begin() + static_cast<long>(j));
    }
    i = j;
  }
  // white_space_fix: ' '.join(text.split())
  std::string out;
  bool pending_space = false;
  for (int32_t cp : no_articles) {
    if (is_python_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    encode(cp, &out);
  }
  return out;
}

std::vector<std::string> normalized_words(std::string_view text) {
  std::vector<std::string> words;
  std::string norm = gtt_normalize(text);
  size_t start = 0;
  while (start < norm.size()) {
    size_t end = norm.find(' ', start);
    if (end == std::string::npos) end = norm.size();
    if (end > start) words.push_back(norm.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

std::string head_word(std::string_view text) {
  std::vector<std::string> words = normalized_words(text);
  return words.empty() ? std::string() : words.back();
}

bool words_match(std::string_view a, std::string_view b) {
  std::vector<std::string> wa = normalized_words(a), wb = normalized_words(b);
  if (wa.empty() || wb.empty()) return false;
  if (wa.back() == wb.back()) return true;
  auto all_in = [](const std::vector<std::string>& x, const std::vector<std::string>& y) {
    return std::all_of(x.begin(), x.end(), [&](const std::string& w) {
      return std::find(y.begin(), y.end(), w) != y.end();
    });
  };
  return all_in(wa, wb) || all_in(wb, wa);
}

bool head_words_match(std::string_view a, std::string_view b) {
  std::string ha = head_word(a);
  return !ha.empty() && ha == head_word(b);
}

std::string admin_name_key(std::string_view name) {
  std::string folded;
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                                    static_cast<utf8proc_ssize_t>(name.size()), &mapped,
                                    static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK |
                                                                   UTF8PROC_CASEFOLD));
  if (n >= 0 && mapped != nullptr) {
    folded.assign(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
  } else {
    folded.assign(name);  // invalid UTF-8: compare the bytes as they are
  }
  std::free(mapped);
  // Generic words of administrative units in the languages ACLED's admin1 names use.
  static const char* const kGeneric[] = {"province", "provincia", "department", "departamento",
                                         "governorate", "region", "state", "district", "oblast",
                                         "county", "prefecture", "municipality", "division",
                                         "territory", "of", "the", "de", "del"};
  std::string key, word;
  auto flush = [&] {
    bool generic = std::any_of(std::begin(kGeneric), std::end(kGeneric),
                               [&](const char* g) { return word == g; });
    if (!generic) key += word;
    word.clear();
  };
  for (char c : folded) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 128) {
      word.push_back(c);
    } else {
      flush();
    }
  }
  flush();
  return key;
}

}  // namespace sitrep::eval
