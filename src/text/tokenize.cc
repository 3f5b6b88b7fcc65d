// Rules: words are runs of letters, digits and marks, with internal apostrophes ("O'Brien")
// and single-letter dotted abbreviations ("U.S.", "a.m.") kept whole; "'s" after a word is
// its own possessive token; numbers keep internal , . : between digits ("1,200", "11:45")
// and trailing letters ("5th"); a hyphen between two word characters is a joiner token
// that phrase matching skips, so "al-Shabaab" matches "al Shabaab".
#include "text/tokenize.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "text/normalize.h"

namespace sitrep {
namespace {

enum class CharClass { kSpace, kNewline, kLetter, kDigit, kMark, kApostrophe, kQuote, kHyphen, kDash, kPunct, kInvalid };

struct Decoded {
  int32_t cp;
  int len;
  CharClass cls;
};

CharClass classify(int32_t cp) {
  if (cp < 0x80) {
    if (cp == '\n') return CharClass::kNewline;
    if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v') return CharClass::kSpace;
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return CharClass::kLetter;
    if (cp >= '0' && cp <= '9') return CharClass::kDigit;
    if (cp == '\'') return CharClass::kApostrophe;
    if (cp == '"') return CharClass::kQuote;
    if (cp == '-') return CharClass::kHyphen;
    if (cp < 0x20 || cp == 0x7F) return CharClass::kSpace;  // control bytes separate
    return CharClass::kPunct;
  }
  switch (cp) {
    case 0x2019: case 0x2018: case 0x02BC: return CharClass::kApostrophe;
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: return CharClass::kQuote;
    case 0x2010: case 0x2011: return CharClass::kHyphen;
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: return CharClass::kDash;
    case 0x2028: case 0x2029: case 0x0085: return CharClass::kNewline;
    default: break;
  }
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      return CharClass::kMark;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
      return CharClass::kSpace;
    default:
      return CharClass::kPunct;
  }
}

// Classes of the ASCII bytes, computed at compile time: most news text is ASCII.
constexpr CharClass classify_ascii(int c) {
  if (c == '\n') return CharClass::kNewline;
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return CharClass::kSpace;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  if (c == '\'') return CharClass::kApostrophe;
  if (c == '"') return CharClass::kQuote;
  if (c == '-') return CharClass::kHyphen;
  if (c < 0x20 || c == 0x7F) return CharClass::kSpace;  // control bytes separate
  return CharClass::kPunct;
}

constexpr std::array<CharClass, 128> kAsciiClass = [] {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) t[size_t(c)] = classify_ascii(c);
  return t;
}();

// Bits of the bytes for the inner loop of words: one table load decides whether the word
// goes on and what the byte says about case (bytes from 0x80 have none: decoded apart).
enum : uint8_t { kLetterBit = 1, kDigitBit = 2, kUpperBit = 4, kLowerBit = 8 };
constexpr std::array<uint8_t, 256> kWordBits = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) {
    if (c >= 'A' && c <= 'Z') t[size_t(c)] = kLetterBit | kUpperBit;
    if (c >= 'a' && c <= 'z') t[size_t(c)] = kLetterBit | kLowerBit;
    if (c >= '0' && c <= '9') t[size_t(c)] = kDigitBit;
  }
  return t;
}();

// ASCII lower case, the matching form of ASCII bytes.
constexpr std::array<unsigned char, 128> kAsciiLower = [] {
  std::array<unsigned char, 128> t{};
  for (int c = 0; c < 128; ++c) t[size_t(c)] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return t;
}();

// hash_form's FNV-1a, a byte at a time, so the word loop hashes as it reads.
constexpr uint64_t kFnvOffset = 1469598103934665603ull, kFnvPrime = 1099511628211ull;

// Eight ASCII bytes lower-cased at once (SWAR): a byte's 0x20 bit is set when it is 'A'-'Z'.
// Per-byte sums stay below 0x100, so no carry crosses bytes; bytes from 0x80 are left as
// they are (they lie past the word: the caller keeps only the word's bytes).
inline uint64_t ascii_lower8(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t low7 = x & ~kHigh;
  const uint64_t at_least_a = low7 + kOnes * (0x80 - 'A');
  const uint64_t above_z = low7 + kOnes * (0x80 - 'Z' - 1);
  const uint64_t upper = at_least_a & ~above_z & ~x & kHigh;
  return x | (upper >> 2);
}

class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}
  Decoded at(size_t pos) const {
    if (pos >= s_.size()) return {0, 0, CharClass::kSpace};
    unsigned char c = static_cast<unsigned char>(s_[pos]);
    if (c < 0x80) return {c, 1, kAsciiClass[c]};
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s_.data() + pos),
                                          static_cast<utf8proc_ssize_t>(s_.size() - pos), &cp);
    if (n <= 0) return {-1, 1, CharClass::kInvalid};
    return {cp, static_cast<int>(n), classify(cp)};
  }
  bool is_upper(int32_t cp) const {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU || utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
  }
  bool is_lower(int32_t cp) const {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
  }

 private:
  std::string_view s_;
};

// No word of any language is this long; longer runs (base64, garbage) are cut into
// tokens of this size so a token's matching form fits its 16-bit length.
constexpr size_t kMaxTokenBytes = 1024;

// ASCII letters in bytes [b, e) (a word's: only asked when a dot follows it).
size_t ascii_letters(std::string_view s, size_t b, size_t e) {
  size_t n = 0;
  for (size_t k = b; k < e; ++k) n += kWordBits[static_cast<unsigned char>(s[k])] & kLetterBit;
  return n;
}

bool wordish(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit || c == CharClass::kMark; }

}  // namespace

void tokenize(Document* doc) {
  std::string_view s = doc->text();
  Scanner sc(s);
  doc->tokens.clear();
  doc->tokens.reserve(s.size() / 4 + 8);
  doc->norm_pool.clear();
  doc->norm_pool.reserve(s.size() + 16);
  // Bytes of norm_pool in use: the pool is grown ahead of them (trimmed at the end), so
  // an upper-case word's form is written with 8-byte stores, not an append call and a
  // byte loop (wire copy in capitals has one such word in every one or two).
  size_t pool_used = 0;
  // Room for `len` more bytes and one 8-byte store past them: grown in steps within the
  // capacity reserved above, never shrunk before the end, so the zero-fill is paid once
  // per byte at most.
  auto pool_room = [&](size_t len) {
    std::string& pool = doc->norm_pool;
    if (pool.size() < pool_used + len + 8)
      pool.resize(std::max(pool_used + len + 8, std::min(pool.capacity(), pool.size() * 2 + 256)));
  };
  std::string wide_form;  // a non-ASCII word's form, copied into the pool
  size_t upper_letters = 0, lower_letters = 0;
  // kSpaceBefore | kNewlineBefore of the next token, kept as the flags themselves: a token
  // ORs them in with one instruction (two bools cost a multiply and a shift each per token).
  uint16_t spacing = kSpaceBefore | kNewlineBefore;
  size_t pos = 0;

  // A token's bytes and flags, spacing included; the callers add its matching form.
  auto start_token = [&](size_t b, size_t e, uint16_t flags) {
    Token t;
    t.begin = uint32_t(b);
    t.end = uint32_t(e);
    t.flags = uint16_t(flags | spacing);
    t.norm_begin = uint32_t(pool_used);
    return t;
  };
  auto push = [&](const Token& t) {
    doc->tokens.push_back(t);
    spacing = 0;
  };
  // A plain ASCII word, hashed as the word loop read it (`h`: the FNV-1a state of its
  // lower-cased bytes; `upper`: it has an upper-case letter): only its form is left to
  // store. Apart from emit, so that it inlines into the word loop.
  // The form of an ASCII word [b, e) hashed as `h`: read from the text when it is already
  // lower case (most words), else its lower case written to the pool.
  auto store_ascii_form = [&](Token& t, size_t b, size_t e, uint64_t h, bool upper) {
    t.norm_len = uint16_t(e - b);
    t.hash = h | 1;
    if (!upper) {
      t.norm_begin = t.begin;
      t.flags |= kNormInText;
    } else {
      const size_t len = e - b;
      pool_room(len);
      char* out = doc->norm_pool.data() + pool_used;
      size_t k = 0;
      for (; k < len && b + k + 8 <= s.size(); k += 8) {
        uint64_t x;
        std::memcpy(&x, s.data() + b + k, 8);
        x = ascii_lower8(x);
        std::memcpy(out + k, &x, 8);
      }
      for (; k < len; ++k) out[k] = char(kAsciiLower[static_cast<unsigned char>(s[b + k])]);
      pool_used += len;
    }
  };
  auto emit_plain = [&](size_t b, size_t e, uint16_t flags, uint64_t h, bool upper) {
    Token t = start_token(b, e, flags);
    store_ascii_form(t, b, e, h, upper);
    push(t);
  };
  auto emit = [&](size_t b, size_t e, uint16_t flags) {
    Token t = start_token(b, e, flags);
    if (!(flags & (kHyphen | kInvalidUtf8))) {
      const std::string_view w = s.substr(b, e - b);
      // The matching form of ASCII is its lower case: check, fold and hash (hash_form's
      // FNV-1a) in one pass; a non-ASCII byte hands the word to append_matching_form.
      // A word already in its matching form (lower-case ASCII, most words) is not copied:
      // its form is read from the text (Document::norm).
      uint64_t h = 1469598103934665603ull;
      size_t k = 0;
      unsigned char upper = 0;
      for (; k < w.size(); ++k) {
        const unsigned char c = static_cast<unsigned char>(w[k]);
        if (c >= 0x80) break;
        const unsigned char l = kAsciiLower[c];
        upper |= c ^ l;
        h ^= l;
        h *= 1099511628211ull;
      }
      if (k == w.size()) {
        store_ascii_form(t, b, e, h, upper != 0);
      } else {
        // Written beside the pool and copied in: shrinking the pool to append to it would
        // make the next upper-case word zero-fill the room again (quadratic in a long
        // document with accented names).
        wide_form.clear();
        append_matching_form(w, &wide_form);
        pool_room(wide_form.size());
        std::memcpy(doc->norm_pool.data() + pool_used, wide_form.data(), wide_form.size());
        pool_used += wide_form.size();
        t.norm_len = uint16_t(wide_form.size());
        t.hash = hash_form(wide_form);
      }
    }
    push(t);
  };

  while (pos < s.size()) {
    if (s[pos] == ' ') {  // the byte between most words, without decoding
      spacing |= kSpaceBefore;
      ++pos;
      continue;
    }
    if (const uint8_t first_bits = kWordBits[static_cast<unsigned char>(s[pos])]; first_bits & kLetterBit) {
      // A word of ASCII letters and digits (most words) read in one loop: it is emitted
      // here when the byte after it ends it for the general word loop below too (neither
      // non-ASCII, an apostrophe nor the dot of a one-letter abbreviation); otherwise
      // that loop reads it again.
      const size_t b = pos;
      const size_t stop = std::min(s.size(), b + kMaxTokenBytes);
      uint8_t ascii_case = first_bits;
      uint64_t h = (kFnvOffset ^ kAsciiLower[static_cast<unsigned char>(s[b])]) * kFnvPrime;
      size_t e = b + 1;
      for (uint8_t bits; e < stop && (bits = kWordBits[static_cast<unsigned char>(s[e])]) != 0; ++e) {
        ascii_case |= bits;
        h = (h ^ kAsciiLower[static_cast<unsigned char>(s[e])]) * kFnvPrime;
      }
      const unsigned char next = e < s.size() ? static_cast<unsigned char>(s[e]) : ' ';
      if (e < stop || e == s.size()) {
        if (next < 0x80 && next != '\'' && (next != '.' || ascii_letters(s, b, e) != 1)) {
          const bool upper = (ascii_case & kUpperBit) != 0, caps = upper && !(ascii_case & kLowerBit);
          const uint16_t flags = uint16_t(kWord | uint16_t(uint16_t(first_bits & kUpperBit ? 1 : 0) * kCapitalised) |
                                          uint16_t(uint16_t(caps) * kAllCaps));
          (caps ? upper_letters : lower_letters) += e - b;
          emit_plain(b, e, flags, h, upper);
          pos = e;
          continue;
        }
      }
    }
    Decoded d = sc.at(pos);
    switch (d.cls) {
      case CharClass::kSpace:
        spacing |= kSpaceBefore;
        pos += d.len;
        continue;
      case CharClass::kNewline:
        spacing |= kSpaceBefore | kNewlineBefore;
        pos += d.len;
        continue;
      case CharClass::kInvalid: {
        if (doc->first_invalid_byte < 0) doc->first_invalid_byte = int64_t(pos);
        while (pos < s.size() && sc.at(pos).cls == CharClass::kInvalid) ++pos;
        spacing |= kSpaceBefore;  // invalid bytes act as separators
        continue;
      }
      case CharClass::kLetter:
      case CharClass::kMark: {
        size_t b = pos;
        uint16_t flags = kWord;
        bool any_upper = false, any_lower = false, first = true, first_upper = false;
        size_t other_letters = 0;  // letters read by the decoding path (non-ASCII)
        uint8_t ascii_case = 0;    // kUpperBit | kLowerBit of the ASCII letters seen
        // While every byte goes through the ASCII loop (`plain`), `h` is the hash of the
        // word's matching form: emit need not read the word again.
        uint64_t h = kFnvOffset;
        bool plain = true;
        const size_t stop = std::min(s.size(), b + kMaxTokenBytes);
        while (pos < stop) {
          uint8_t bits = kWordBits[static_cast<unsigned char>(s[pos])];
          if (bits) {
            // ASCII fast path (the same as below, without decoding).
            if (first && (bits & kLetterBit)) {
              first_upper = bits & kUpperBit;
              first = false;
            }
            ascii_case |= bits;
            h = (h ^ kAsciiLower[static_cast<unsigned char>(s[pos])]) * kFnvPrime;
            ++pos;
            if (first) continue;
            // The rest of the run: nothing to decide but case.
            while (pos < stop && (bits = kWordBits[static_cast<unsigned char>(s[pos])]) != 0) {
              ascii_case |= bits;
              h = (h ^ kAsciiLower[static_cast<unsigned char>(s[pos])]) * kFnvPrime;
              ++pos;
            }
            continue;
          }
          Decoded c = sc.at(pos);
          if (wordish(c.cls)) {
            if (c.cls == CharClass::kLetter) {
              bool up = sc.is_upper(c.cp), lo = sc.is_lower(c.cp);
              any_upper |= up;
              any_lower |= lo;
              if (first) first_upper = up;
              first = false;
              ++other_letters;
            }
            pos += c.len;
            plain = false;
            continue;
          }
          if (c.cls == CharClass::kApostrophe) {
            // "O'Brien", "don't" stay whole; "'s" + non-letter is a possessive token.
            Decoded n1 = sc.at(pos + c.len);
            if (n1.cls != CharClass::kLetter) break;
            if ((n1.cp == 's' || n1.cp == 'S') && !wordish(sc.at(pos + c.len + 1).cls)) break;
            pos += c.len;
            plain = false;
            continue;
          }
          if (c.cp == '.' && other_letters + ascii_letters(s, b, pos) == 1) {
            // Dotted single letters: "U.S.", "a.m.", "U.N." (the final dot included).
            size_t p = pos;
            int groups = 0;
            while (sc.at(p).cp == '.') {
              Decoded l = sc.at(p + 1);
              if (l.cls != CharClass::kLetter || wordish(sc.at(p + 1 + l.len).cls)) break;
              p += 1 + l.len;
              ++groups;
            }
            if (groups > 0) {
              plain = false;
              pos = p;
              if (sc.at(pos).cp == '.') ++pos;
            }
          }
          break;
        }
        any_upper |= (ascii_case & kUpperBit) != 0;
        any_lower |= (ascii_case & kLowerBit) != 0;
        // Arithmetic, not branches (see start_token).
        flags |= uint16_t(uint16_t(first_upper) * kCapitalised) | uint16_t(uint16_t(any_upper && !any_lower) * kAllCaps);
        if (any_upper || any_lower) {
          if (any_upper && !any_lower) upper_letters += pos - b; else lower_letters += pos - b;
        }
        if (plain)
          emit_plain(b, pos, flags, h, (ascii_case & kUpperBit) != 0);
        else
          emit(b, pos, flags);
        continue;
      }
      case CharClass::kDigit: {
        size_t b = pos;
        while (pos < s.size() && pos - b < kMaxTokenBytes) {
          Decoded c = sc.at(pos);
          if (c.cls == CharClass::kDigit || c.cls == CharClass::kLetter) {
            pos += c.len;
            continue;
          }
          if ((c.cp == ',' || c.cp == '.' || c.cp == ':') && sc.at(pos + 1).cls == CharClass::kDigit) {
            pos += 1;
            continue;
          }
          break;
        }
        emit(b, pos, kNumber);
        continue;
      }
      case CharClass::kApostrophe: {
        // Possessive "'s" right after a word; otherwise a quote mark.
        Decoded n1 = sc.at(pos + d.len);
        if (!(spacing & kSpaceBefore) && !doc->tokens.empty() && (n1.cp == 's' || n1.cp == 'S') &&
            !wordish(sc.at(pos + d.len + 1).cls)) {
          emit(pos, pos + d.len + 1, kWord | kPossessive);
          pos += d.len + 1;
          continue;
        }
        emit(pos, pos + d.len, kPunct | kQuote);
        pos += d.len;
        continue;
      }
      case CharClass::kQuote:
        emit(pos, pos + d.len, kPunct | kQuote);
        pos += d.len;
        continue;
      case CharClass::kHyphen: {
        // A joiner between word characters; "--" and spaced hyphens are dashes.
        bool joins = !(spacing & kSpaceBefore) && !doc->tokens.empty() && wordish(sc.at(pos + d.len).cls);
        if (joins) {
          emit(pos, pos + d.len, kHyphen);
          pos += d.len;
          continue;
        }
        size_t b = pos;
        while (pos < s.size() && pos - b < kMaxTokenBytes &&
               (sc.at(pos).cls == CharClass::kHyphen || sc.at(pos).cls == CharClass::kDash))
          pos += sc.at(pos).len;
        emit(b, pos, kPunct);
        continue;
      }
      case CharClass::kDash:
        emit(pos, pos + d.len, kPunct);
        pos += d.len;
        continue;
      case CharClass::kPunct: {
        size_t b = pos;
        if (d.cp == '.') {  // "..." is one token
          while (pos < s.size() && s[pos] == '.' && pos - b < kMaxTokenBytes) ++pos;
        } else {
          pos += d.len;
        }
        emit(b, pos, kPunct);
        continue;
      }
    }
  }
  doc->norm_pool.resize(pool_used);
  // Wire and radio transcripts are written in capitals: case then says nothing.
  doc->all_caps = upper_letters > 20 && lower_letters * 10 < upper_letters;
}

}  // namespace sitrep
