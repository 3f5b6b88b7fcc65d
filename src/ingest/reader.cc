// Input documents: takes a plain-text or JSON Lines file (or stdin) and hands out one
// DocumentInput at a time, or one error item per document that cannot be read.
#include "ingest/reader.h"

#include <fcntl.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <nlohmann/json.hpp>
#include <string_view>
#include <utility>

namespace sitrep {
namespace {

// Bytes per read(2); also the window that format and binary sniffing look at, so both
// decisions are made on bytes already buffered, without seeking (stdin cannot seek).
constexpr size_t kChunkBytes = 64 << 10;

// Binary garbage: text has almost no control bytes, and even accented Latin-1 read as UTF-8
// has well under 30% invalid bytes; compressed or executable data has ~12% control bytes
// and ~50% invalid UTF-8. These fractions tell the two apart without judging the encoding.
constexpr size_t kMaxControlPercent = 10;
constexpr size_t kMaxInvalidUtf8Percent = 30;

// A line buffer that grew past this (one huge JSON line) is freed after its line, so the
// memory of the largest document is not held while the pipeline works on later ones.
constexpr size_t kKeepLineCapacity = 1 << 20;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed UTF-8 sequence at s[i] (Unicode Table 3-7), 0 if there is none.
size_t utf8_sequence_length(std::string_view s, size_t i) {
  const size_t n = s.size() - i;
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const auto cont = [&](size_t k) { return k < n && (b(k) & 0xC0) == 0x80; };
  const unsigned char c = b(0);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (n < 2) return 0;
    const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return b(1) >= lo && b(1) <= hi && cont(2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (n < 2) return 0;
    const unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return b(1) >= lo && b(1) <= hi && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

// `s` with every byte that is not part of well-formed UTF-8 replaced by U+FFFD.
std::string to_valid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (size_t len = utf8_sequence_length(s, i)) {
      out.append(s, i, len);
      i += len;
    } else {
      out.append(kReplacement);
      ++i;
    }
  }
  return out;
}

bool is_blank_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_blank(std::string_view s) {
  for (char c : s)
    if (!is_blank_byte(c)) return false;
  return true;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower_ascii(c);
  return out;
}

std::string too_large(uint64_t bytes, uint64_t max) {
  return "document of " + std::to_string(bytes) + " bytes exceeds --max-doc-bytes " + std::to_string(max);
}

std::string too_large_stream(uint64_t max) {
  return "document of more than " + std::to_string(max) + " bytes exceeds --max-doc-bytes " + std::to_string(max);
}

// File signatures named in the binary-data error, so the user knows what to do with it.
struct Signature {
  std::string_view magic, what;
};
constexpr std::array<Signature, 7> kSignatures = {{
    {"\x1F\x8B", "gzip-compressed; decompress it first"},
    {"\x28\xB5\x2F\xFD", "zstd-compressed; decompress it first"},
    {"\xFD" "7zXZ", "xz-compressed; decompress it first"},
    {"BZh", "bzip2-compressed; decompress it first"},
    {"PK\x03\x04", "a zip archive (docx, odt, ...); extract the text first"},
    {"%PDF-", "a PDF; extract the text first"},
    {"\x7F" "ELF", "an executable"},
}};

// Why `text` is not a document ("empty document", "binary data, not text ..."), or "".
// Looks at the first kChunkBytes only: garbage shows at once, and the check stays O(1).
std::string text_problem(std::string_view text) {
  if (is_blank(text)) return "empty document";
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
    return "binary data, not text (UTF-16; convert it to UTF-8)";
  const size_t window = std::min(text.size(), kChunkBytes);
  size_t control = 0, invalid = 0;
  for (size_t i = 0; i < window;) {
#if defined(__SSE2__)
    // Sixteen bytes that count nothing (printable ASCII, tab, line ends, form feed) at
    // once. Signed compare: bytes from 0x80 are negative, so "below 0x20" takes them too.
    if (i + 16 <= window) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      const __m128i allowed = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))),
                                           _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\f'))));
      const __m128i bad = _mm_or_si128(_mm_andnot_si128(allowed, _mm_cmplt_epi8(x, _mm_set1_epi8(0x20))),
                                       _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F)));
      if (_mm_movemask_epi8(bad) == 0) {
        i += 16;
        continue;
      }
    }
#endif
    // Eight printable ASCII bytes (0x20-0x7E), nearly all news text, count nothing: skipped
    // with one test (SWAR: a byte below 0x20, equal to 0x7F or from 0x80 sets its high bit).
    if (i + 8 <= window) {
      constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
      uint64_t x;
      std::memcpy(&x, text.data() + i, 8);
      const uint64_t del = x ^ (kOnes * 0x7F);
      if (!((((x - kOnes * 0x20) & ~x) | x | ((del - kOnes) & ~del)) & kHigh)) {
        i += 8;
        continue;
      }
    }
    // Else byte by byte up to the end of those eight (a sequence may run past it).
    for (const size_t stop = std::min(window, i + 8); i < stop;) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) ++control;
      if (c < 0x80) {  // ASCII, nearly all news text: a sequence of one byte
        ++i;
        continue;
      }
      // A sequence may run past the window: it is judged on the whole text.
      if (size_t len = utf8_sequence_length(text, i)) {
        i += len;
      } else {
        ++invalid;
        ++i;
      }
    }
  }
  if (control * 100 <= window * kMaxControlPercent && invalid * 100 <= window * kMaxInvalidUtf8Percent) return "";
  std::string problem = "binary data, not text";
  for (const Signature& sig : kSignatures) {
    if (text.starts_with(sig.magic)) {
      problem += " (" + std::string(sig.what) + ")";
      break;
    }
  }
  return problem;
}

// A read-only byte stream over a file or stdin, buffered one chunk at a time, so that no
// more than one document (plus one chunk) is ever in memory. Owns the descriptor of a file
// it opened; stdin stays open.
class Input {
 public:
  Input() : buffer_(new char[kChunkBytes]) {}
  ~Input() {
    if (fd_ > STDIN_FILENO) ::close(fd_);
  }
  Input(const Input&) = delete;
  Input& operator=(const Input&) = delete;

  // Opens `path` ("-" = stdin); on failure sets *error to "cannot open: <reason>".
  bool open(const std::string& path, std::string* error) {
    if (path == "-") {
      fd_ = STDIN_FILENO;
    } else {
      do fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
      while (fd_ < 0 && errno == EINTR);
      if (fd_ < 0) return fail_open(errno, error);
    }
    struct stat st;
    if (::fstat(fd_, &st) != 0) return fail_open(errno, error);
    if (S_ISDIR(st.st_mode)) return fail_open(EISDIR, error);
    regular_ = S_ISREG(st.st_mode);
    size_ = regular_ ? uint64_t(st.st_size) : 0;
    return true;
  }

  bool regular() const { return regular_; }
  uint64_t size() const { return size_; }  // of a regular file, as opened
  std::string_view buffered() const { return {buffer_.get() + begin_, end_ - begin_}; }
  void consume(size_t n) { begin_ += n; }
  const std::string& error() const { return error_; }  // a read error ends the input

  // Once the buffer is used up, reads the next bytes into it (until it holds `want` bytes,
  // when given, else whatever one read returns). False at the end of the input.
  bool fill(size_t want = 1) {
    if (begin_ < end_) return true;
    begin_ = end_ = 0;
    while (end_ < want && !eof_) {
      ssize_t got = ::read(fd_, buffer_.get() + end_, kChunkBytes - end_);
      if (got > 0) {
        end_ += size_t(got);
      } else if (got == 0) {
        eof_ = true;
      } else if (errno != EINTR) {
        error_ = std::string("read error: ") + std::strerror(errno);
        eof_ = true;
      }
    }
    return end_ > 0;
  }

 private:
  bool fail_open(int err, std::string* error) {
    *error = std::string("cannot open: ") + std::strerror(err);
    return false;
  }

  int fd_ = -1;
  bool regular_ = false, eof_ = false;
  uint64_t size_ = 0;
  std::unique_ptr<char[]> buffer_;
  size_t begin_ = 0, end_ = 0;
  std::string error_;
};

std::string base_name(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return path;
  if (slash + 1 == path.size()) return path;  // "dir/": no base name to speak of
  return path.substr(slash + 1);
}

InputFormat resolve_format(const std::string& path, InputFormat requested, std::string_view head) {
  if (requested != InputFormat::kAuto) return requested;
  if (path != "-") {
    const std::string base = base_name(path);
    const size_t dot = base.find_last_of('.');
    if (dot != std::string::npos) {
      const std::string ext = lower_ascii(std::string_view(base).substr(dot + 1));
      if (ext == "jsonl" || ext == "ndjson") return InputFormat::kJsonl;
    }
  }
  if (head.starts_with(kUtf8Bom)) head.remove_prefix(kUtf8Bom.size());
  for (char c : head) {
    if (is_blank_byte(c)) continue;
    return c == '{' ? InputFormat::kJsonl : InputFormat::kText;
  }
  return InputFormat::kText;  // blank so far (or empty): an empty text document
}

void read_text(Input& in, const std::string& id, const ReadOptions& opts,
               const std::function<void(ReadItem&&)>& sink) {
  ReadItem item;
  item.doc.id = id;
  // Check the size first: a too-large file is never read.
  if (in.regular() && in.size() > opts.max_doc_bytes) {
    item.error = too_large(in.size(), opts.max_doc_bytes);
    sink(std::move(item));
    return;
  }
  // Garbage shows in the first chunk: say so before reading the rest (or a whole pipe).
  if (const std::string_view head = in.buffered(); !is_blank(head)) {
    item.error = text_problem(head);
    if (!item.error.empty()) {
      sink(std::move(item));
      return;
    }
  }
  std::string text;
  if (in.regular()) text.reserve(in.size());
  while (in.fill()) {
    const std::string_view chunk = in.buffered();
    if (text.size() + chunk.size() > opts.max_doc_bytes) {
      // A pipe, or a file that grew after it was opened: stop here rather than read an
      // input that may never end (/dev/zero).
      item.error = too_large_stream(opts.max_doc_bytes);
      sink(std::move(item));
      return;
    }
    text.append(chunk);
    in.consume(chunk.size());
  }
  if (!in.error().empty()) {
    item.error = in.error();
  } else {
    // The byte order mark says how the file is encoded; it is not part of the text.
    if (std::string_view(text).starts_with(kUtf8Bom)) text.erase(0, kUtf8Bom.size());
    item.error = text_problem(text);
  }
  if (item.error.empty()) item.doc.text = std::move(text);
  sink(std::move(item));
}

// --- Dates --------------------------------------------------------------------------------

// Parses the digits of s[pos, pos + count) into *value; false if any is not a digit.
bool parse_digits(std::string_view s, size_t pos, size_t count, int* value) {
  if (pos + count > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (!is_digit(s[i])) return false;
    v = v * 10 + (s[i] - '0');
  }
  *value = v;
  return true;
}

// Reads 1 or 2 digits at *pos.
bool parse_small_number(std::string_view s, size_t* pos, int* value) {
  size_t n = 0;
  while (*pos + n < s.size() && n < 3 && is_digit(s[*pos + n])) ++n;
  if (n == 0 || n > 2) return false;
  parse_digits(s, *pos, n, value);
  *pos += n;
  return true;
}

std::string iso_date(int y, int m, int d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

bool plausible_date(int y, int m, int d) { return y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= 31; }

// Month number of an English month name or its 3-letter abbreviation ("Sept" too), or 0.
int month_number(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  std::string w = lower_ascii(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  if (w.size() < 3) return 0;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (w == kMonths[i] || w == kMonths[i].substr(0, 3) || (i == 8 && w == "sept")) return int(i) + 1;
  }
  return 0;
}

// "HH:MM[:SS] [zone]" after a date in RFC 2822 (RSS pubDate) or prose forms, as ISO 8601
// "THH:MM[:SS]±hh:mm|Z"; "" when `rest` is not such a time. Zone names are RFC 822's.
std::string iso_time_suffix(std::string_view rest) {
  size_t p = 0;
  while (p < rest.size() && (rest[p] == ' ' || rest[p] == ',')) ++p;
  if (rest.size() >= p + 2 && rest.substr(p, 2) == "at") p += 2;
  while (p < rest.size() && rest[p] == ' ') ++p;
  int h, m, s = -1;
  if (!parse_digits(rest, p, 2, &h) || rest.size() < p + 5 || rest[p + 2] != ':' || !parse_digits(rest, p + 3, 2, &m))
    return "";
  p += 5;
  if (rest.size() >= p + 3 && rest[p] == ':' && parse_digits(rest, p + 1, 2, &s)) p += 3;
  if (h > 23 || m > 59 || s > 60) return "";
  char buf[32];
  if (s >= 0) std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", h, m, s);
  else std::snprintf(buf, sizeof buf, "T%02d:%02d", h, m);
  std::string out = buf;
  while (p < rest.size() && rest[p] == ' ') ++p;
  std::string_view zone = rest.substr(p);
  int zh, zm;
  if (zone.size() == 5 && (zone[0] == '+' || zone[0] == '-') && parse_digits(zone, 1, 2, &zh) &&
      parse_digits(zone, 3, 2, &zm)) {
    out += std::string(zone.substr(0, 3)) + ":" + std::string(zone.substr(3, 2));
  } else {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kZones = {{
        {"z", "Z"}, {"gmt", "Z"}, {"ut", "Z"}, {"utc", "Z"},
        {"est", "-05:00"}, {"edt", "-04:00"}, {"cst", "-06:00"}, {"cdt", "-05:00"},
        {"mst", "-07:00"}, {"mdt", "-06:00"}, {"pst", "-08:00"}, {"pdt", "-07:00"},
    }};
    const std::string z = lower_ascii(zone);
    for (const auto& [name, offset] : kZones)
      if (z == name) out += offset;
    // Other zone names are ambiguous ("IST"): the time is kept as local.
  }
  return out;
}

// A publication date as the pipeline reads it: ISO 8601, the date in the first 10 bytes.
// ISO forms ("2025-03-14", "2025-03-14 20:30:26Z") are kept as given; "2025/03/14",
// "20250314T203026Z", RSS's "Fri, 14 Mar 2025 20:30:26 +0000" and "March 14, 2025" are
// rewritten; anything else is kept as given (the pipeline then falls back to the dateline).
std::string normalize_date(std::string_view raw) {
  while (!raw.empty() && is_blank_byte(raw.front())) raw.remove_prefix(1);
  while (!raw.empty() && is_blank_byte(raw.back())) raw.remove_suffix(1);
  const std::string given(raw);
  int y, m, d;
  // YYYY-MM-DD, YYYY/M/D, YYYY.MM.DD, each followed by anything (a time).
  if (parse_digits(raw, 0, 4, &y) && raw.size() > 5 && (raw[4] == '-' || raw[4] == '/' || raw[4] == '.')) {
    const char sep = raw[4];
    size_t p = 5;
    if (!parse_small_number(raw, &p, &m) || p >= raw.size() || raw[p] != sep) return given;
    ++p;
    if (!parse_small_number(raw, &p, &d) || !plausible_date(y, m, d)) return given;
    if (p < raw.size() && is_digit(raw[p])) return given;
    return iso_date(y, m, d) + std::string(raw.substr(p));
  }
  // ISO 8601 basic format: YYYYMMDD[THHMM[SS]...].
  if (parse_digits(raw, 0, 8, &y) && (raw.size() == 8 || raw[8] == 'T')) {
    m = (y / 100) % 100;
    d = y % 100;
    y /= 10000;
    if (!plausible_date(y, m, d)) return given;
    std::string out = iso_date(y, m, d);
    std::string_view rest = raw.substr(8);
    int hh, mm, ss;
    if (parse_digits(rest, 1, 4, &hh)) {
      mm = hh % 100;
      hh /= 100;
      size_t p = 5;
      char buf[32];
      if (parse_digits(rest, 5, 2, &ss)) {
        std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hh, mm, ss);
        p = 7;
      } else {
        std::snprintf(buf, sizeof buf, "T%02d:%02d", hh, mm);
      }
      out += buf;
      rest.remove_prefix(p);
    }
    return out + std::string(rest);
  }
  // Prose and RFC 2822: "[Weekday,] D Month YYYY [time]" or "[Weekday,] Month D, YYYY [time]".
  std::string_view s = raw;
  const size_t comma = s.find(',');
  if (comma != std::string_view::npos && comma > 0 && comma <= 9 && s.substr(0, comma).find(' ') == s.npos &&
      !is_digit(s[0]) && month_number(s.substr(0, comma)) == 0)
    s.remove_prefix(comma + 1);  // a weekday
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  size_t p = 0;
  const auto word_end = [&](size_t from) {
    size_t e = from;
    while (e < s.size() && s[e] != ' ' && s[e] != ',') ++e;
    return e;
  };
  const auto skip_separators = [&](size_t from) {
    while (from < s.size() && (s[from] == ' ' || s[from] == ',')) ++from;
    return from;
  };
  if (!s.empty() && is_digit(s[0])) {
    if (!parse_small_number(s, &p, &d)) return given;
    size_t e = word_end(p = skip_separators(p));
    m = month_number(s.substr(p, e - p));
    p = skip_separators(e);
  } else {
    size_t e = word_end(0);
    m = month_number(s.substr(0, e));
    p = skip_separators(e);
    if (!parse_small_number(s, &p, &d)) return given;
    p = skip_separators(p);
  }
  if (m == 0 || !parse_digits(s, p, 4, &y) || (p + 4 < s.size() && s[p + 4] != ' ' && s[p + 4] != ',')) return given;
  if (!plausible_date(y, m, d)) return given;
  return iso_date(y, m, d) + iso_time_suffix(s.substr(p + 4));
}

// --- JSON Lines ---------------------------------------------------------------------------

// Error messages quote at most this much of nlohmann's text: its excerpts of the input
// ("last read: ...", "number overflow parsing '...'") can be megabytes long.
constexpr size_t kMaxReasonBytes = 200;

// The reason in a JSON exception, without nlohmann's "[json.exception...] parse error at
// line 1, column C: " prefix nor its "last read" excerpt, short and valid UTF-8.
std::string json_error_reason(const nlohmann::json::exception& e) {
  std::string_view what = e.what();
  if (what.starts_with("[json.exception.")) {
    const size_t close = what.find("] ");
    if (close != std::string_view::npos) what.remove_prefix(close + 2);
  }
  if (what.starts_with("parse error")) {
    const size_t colon = what.find(": ");
    if (colon != std::string_view::npos) what.remove_prefix(colon + 2);
  }
  const size_t last_read = what.find("; last read");
  if (last_read != std::string_view::npos) what = what.substr(0, last_read);
  if (what.size() > kMaxReasonBytes) return to_valid_utf8(what.substr(0, kMaxReasonBytes)) + "...";
  return to_valid_utf8(what);
}

// The common JSON line (an object of strings, nulls and booleans, no \u surrogates) parsed
// in one pass without nlohmann's per-character bookkeeping. False for anything else (and
// for every malformed line), which nlohmann then parses, so results and error messages are
// nlohmann's. Later duplicate keys win, as in nlohmann.
bool parse_flat_object(std::string_view s, nlohmann::json* out) {
  size_t i = 0;
  const size_t n = s.size();
  const auto skip_ws = [&] {
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  };
  const auto hex4 = [&](size_t at, unsigned* v) {
    if (at + 4 > n) return false;
    *v = 0;
    for (size_t k = at; k < at + 4; ++k) {
      const char c = s[k];
      const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) return false;
      *v = *v * 16 + unsigned(d);
    }
    return true;
  };
  // s[i] is the opening quote; appends the unescaped string to *str.
  const auto string = [&](std::string* str) {
    ++i;
    while (true) {
      size_t run = i;
      while (run < n) {
#if defined(__SSE2__)
        // Sixteen plain bytes at a time; the first special one is found by its mask bit.
        // Signed compare: bytes from 0x80 are negative, so "below 0x20" takes them too.
        while (run + 16 <= n) {
          const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + run));
          const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
                                               _mm_cmplt_epi8(x, _mm_set1_epi8(0x20)));
          if (const int mask = _mm_movemask_epi8(special)) {
            run += size_t(__builtin_ctz(unsigned(mask)));
            break;
          }
          run += 16;
        }
#endif
        // Eight plain bytes at a time (no quote, backslash, control or non-ASCII byte).
        while (run + 8 <= n) {
          uint64_t x;
          std::memcpy(&x, s.data() + run, 8);
          constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
          const uint64_t q = x ^ (kOnes * '"'), b = x ^ (kOnes * '\\');
          const uint64_t special = ((q - kOnes) & ~q) | ((b - kOnes) & ~b) | (x - kOnes * 0x20) | x;
          if (special & kHigh) break;
          run += 8;
        }
        if (run >= n) break;
        const unsigned char c = static_cast<unsigned char>(s[run]);
        if (c == '"' || c == '\\' || c < 0x20) break;
        if (c >= 0x80) {
          const size_t len = utf8_sequence_length(s, run);
          if (len == 0) return false;
          run += len;
        } else {
          ++run;
        }
      }
      str->append(s.data() + i, run - i);
      i = run;
      if (i >= n) return false;
      const char c = s[i];
      if (c == '"') {
        ++i;
        return true;
      }
      if (c != '\\' || i + 1 >= n) return false;  // a control byte, or a lone backslash
      const char e = s[i + 1];
      i += 2;
      switch (e) {
        case '"': str->push_back('"'); break;
        case '\\': str->push_back('\\'); break;
        case '/': str->push_back('/'); break;
        case 'b': str->push_back('\b'); break;
        case 'f': str->push_back('\f'); break;
        case 'n': str->push_back('\n'); break;
        case 'r': str->push_back('\r'); break;
        case 't': str->push_back('\t'); break;
        case 'u': {
          unsigned cp;
          if (!hex4(i, &cp) || (cp >= 0xD800 && cp <= 0xDFFF)) return false;  // surrogates: nlohmann
          i += 4;
          if (cp < 0x80) {
            str->push_back(char(cp));
          } else if (cp < 0x800) {
            str->push_back(char(0xC0 | (cp >> 6)));
            str->push_back(char(0x80 | (cp & 0x3F)));
          } else {
            str->push_back(char(0xE0 | (cp >> 12)));
            str->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            str->push_back(char(0x80 | (cp & 0x3F)));
          }
          break;
        }
        default: return false;
      }
    }
  };
  skip_ws();
  if (i >= n || s[i] != '{') return false;
  ++i;
  nlohmann::json obj = nlohmann::json::object();
  skip_ws();
  if (i < n && s[i] == '}') {
    ++i;
  } else {
    while (true) {
      skip_ws();
      if (i >= n || s[i] != '"') return false;
      std::string key;
      if (!string(&key)) return false;
      skip_ws();
      if (i >= n || s[i] != ':') return false;
      ++i;
      skip_ws();
      if (i >= n) return false;
      if (s[i] == '"') {
        std::string value;
        if (!string(&value)) return false;
        obj[std::move(key)] = std::move(value);
      } else if (s.substr(i, 4) == "null") {
        i += 4;
        obj[std::move(key)] = nullptr;
      } else if (s.substr(i, 4) == "true") {
        i += 4;
        obj[std::move(key)] = true;
      } else if (s.substr(i, 5) == "false") {
        i += 5;
        obj[std::move(key)] = false;
      } else {
        return false;  // numbers, arrays, nested objects, errors: nlohmann
      }
      skip_ws();
      if (i >= n) return false;
      if (s[i] == ',') {
        ++i;
        continue;
      }
      if (s[i] != '}') return false;
      ++i;
      break;
    }
  }
  skip_ws();
  if (i != n) return false;
  *out = std::move(obj);
  return true;
}

// One JSON line in, one item out; `id_fallback` is "<base name>:<line number>".
class JsonLineReader {
 public:
  JsonLineReader(std::string base, const ReadOptions& opts, const std::function<void(ReadItem&&)>& sink)
      : base_(std::move(base)), opts_(opts), sink_(sink) {}

  void read(Input& in) {
    std::string line;
    uint64_t line_no = 1, line_start = 0, line_bytes = 0, position = 0;
    bool too_long = false;
    while (in.fill()) {
      std::string_view chunk = in.buffered();
      const size_t newline = chunk.find('\n');
      const std::string_view part = chunk.substr(0, newline);
      // Only keep what fits: a line over the limit is counted, not stored.
      if (!too_long && line.size() + part.size() > opts_.max_doc_bytes) {
        too_long = true;
        std::string().swap(line);
      }
      if (!too_long) line.append(part);
      line_bytes += part.size();
      const size_t used = newline == std::string_view::npos ? chunk.size() : newline + 1;
      in.consume(used);
      position += used;
      if (newline != std::string_view::npos) {
        finish_line(line, line_no, line_start, line_bytes, too_long);
        ++line_no;
        line_start = position;
        line_bytes = 0;
        too_long = false;
      }
    }
    if (line_bytes > 0) finish_line(line, line_no, line_start, line_bytes, too_long);
    if (!in.error().empty()) sink_(line_error(line_no, line_start, fallback_id(line_no), in.error()));
  }

 private:
  std::string fallback_id(uint64_t line_no) const { return base_ + ":" + std::to_string(line_no); }

  ReadItem line_error(uint64_t line_no, uint64_t offset, std::string id, const std::string& why) const {
    ReadItem item;
    item.doc.id = std::move(id);
    item.error = "line " + std::to_string(line_no) + ": " + why;
    item.offset = offset;
    return item;
  }

  void finish_line(std::string& line, uint64_t line_no, uint64_t offset, uint64_t bytes, bool too_long) {
    if (too_long) {
      sink_(line_error(line_no, offset, fallback_id(line_no), too_large(bytes, opts_.max_doc_bytes)));
      return;
    }
    std::string_view content = line;
    if (line_no == 1 && content.starts_with(kUtf8Bom)) content.remove_prefix(kUtf8Bom.size());
    if (is_blank(content)) {
      line.clear();
      return;
    }
    ReadItem item = parse_line(content, line_no, offset);
    // The line's bytes are not needed once parsed: free a huge one before the sink (the
    // pipeline) runs, so a document is held once, not twice.
    line.clear();
    if (line.capacity() > kKeepLineCapacity) std::string().swap(line);
    sink_(std::move(item));
  }

  ReadItem parse_line(std::string_view content, uint64_t line_no, uint64_t offset) const {
    nlohmann::json j;
    try {
      if (!parse_flat_object(content, &j)) j = nlohmann::json::parse(content);
    } catch (const nlohmann::json::parse_error& e) {
      return line_error(line_no, offset, fallback_id(line_no),
                        "invalid JSON at column " + std::to_string(e.byte) + ": " + json_error_reason(e));
    } catch (const nlohmann::json::exception& e) {  // out_of_range: a number such as 1e999
      return line_error(line_no, offset, fallback_id(line_no), "invalid JSON: " + json_error_reason(e));
    } catch (const std::bad_alloc&) {
      return line_error(line_no, offset, fallback_id(line_no), "out of memory parsing this line");
    }
    if (!j.is_object())
      return line_error(line_no, offset, fallback_id(line_no), std::string("not a JSON object but ") + j.type_name());
    ReadItem item;
    item.offset = offset;
    std::string why;
    item.doc.id = document_id(j, line_no, &why);
    if (!why.empty()) return line_error(line_no, offset, item.doc.id, why);
    auto text = j.find("text");
    if (text == j.end() || text->is_null()) return line_error(line_no, offset, item.doc.id, "no \"text\" field");
    if (!text->is_string())
      return line_error(line_no, offset, item.doc.id, std::string("\"text\" is ") + text->type_name() + ", not a string");
    item.doc.text = std::move(text->get_ref<std::string&>());  // moved, not copied
    item.doc.date = normalize_date(string_field(j, "date"));
    if (item.doc.date.empty()) item.doc.date = normalize_date(string_field(j, "published"));
    item.doc.title = string_field(j, "title");
    item.doc.source = string_field(j, "source");
    item.doc.url = string_field(j, "url");
    item.doc.lang = string_field(j, "lang");
    if (std::string problem = text_problem(item.doc.text); !problem.empty())
      return line_error(line_no, offset, item.doc.id, problem);
    return item;
  }

  // "id" as a string; a number in its decimal form; missing, null or "" -> the fallback.
  std::string document_id(const nlohmann::json& j, uint64_t line_no, std::string* why) const {
    auto id = j.find("id");
    if (id == j.end() || id->is_null()) return fallback_id(line_no);
    if (id->is_string()) {
      const std::string& s = id->get_ref<const std::string&>();
      return s.empty() ? fallback_id(line_no) : s;
    }
    if (id->is_number_unsigned()) return std::to_string(id->get<uint64_t>());
    if (id->is_number_integer()) return std::to_string(id->get<int64_t>());
    if (id->is_number_float()) {
      const double v = id->get<double>();
      // 12.0 is the id 12; beyond 2^53 a double no longer holds every integer exactly.
      if (std::trunc(v) == v && std::fabs(v) < 9007199254740992.0) return std::to_string(int64_t(v));
      return id->dump();
    }
    *why = std::string("\"id\" is ") + id->type_name() + ", not a string or a number";
    return fallback_id(line_no);
  }

  static std::string string_field(const nlohmann::json& j, const char* name) {
    auto it = j.find(name);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  }

  std::string base_;
  const ReadOptions& opts_;
  const std::function<void(ReadItem&&)>& sink_;
};

std::string json_line(const char* kind, const std::string& doc, const std::string& message, uint64_t offset) {
  // ordered_json keeps the documented key order; `replace` writes invalid UTF-8 as U+FFFD
  // instead of throwing, so an odd file name cannot break the error stream.
  nlohmann::ordered_json j;
  j["doc"] = doc;
  j[kind] = message;
  j["offset"] = offset;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

bool read_documents(const std::string& path, const ReadOptions& opts,
                    const std::function<void(ReadItem&&)>& sink) {
  Input in;
  std::string error;
  if (!in.open(path, &error)) {
    ReadItem item;
    item.doc.id = to_valid_utf8(path);
    item.error = std::move(error);
    sink(std::move(item));
    return false;
  }
  // The first chunk decides the format and, for JSON Lines, whether this is text at all.
  const bool any = in.fill(kChunkBytes);
  if (!any && !in.error().empty()) {
    ReadItem item;
    item.doc.id = to_valid_utf8(path);
    item.error = "cannot open: " + in.error();
    sink(std::move(item));
    return false;
  }
  const std::string base = path == "-" ? "stdin" : to_valid_utf8(base_name(path));
  if (resolve_format(path, opts.format, in.buffered()) == InputFormat::kText) {
    read_text(in, base, opts, sink);
    return true;
  }
  // Compressed or binary data named .jsonl would otherwise give an error per "line".
  std::string_view head = in.buffered();
  if (!is_blank(head)) {
    std::string problem = text_problem(head);
    if (!problem.empty()) {
      ReadItem item;
      item.doc.id = base;
      item.error = std::move(problem);
      sink(std::move(item));
      return true;
    }
  }
  JsonLineReader(base, opts, sink).read(in);
  return true;
}

std::string error_line(const std::string& doc, const std::string& error, uint64_t offset) {
  return json_line("error", doc, error, offset);
}

std::string warning_line(const std::string& doc, const std::string& warning, uint64_t offset) {
  return json_line("warning", doc, warning, offset);
}

}  // namespace sitrep
