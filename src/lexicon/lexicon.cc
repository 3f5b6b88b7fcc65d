#include "lexicon/lexicon.h"

#include "text/normalize.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace sitrep {

// How many times `c` occurs in `s` (memchr: the tables hold megabytes).
static size_t count_bytes(std::string_view s, char c) {
  size_t n = 0;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    const void* hit = std::memchr(p, c, size_t(end - p));
    if (!hit) break;
    ++n;
    p = static_cast<const char*>(hit) + 1;
  }
  return n;
}

// Appends the tab-separated fields of `line` to `out`.
static void split_tabs(std::string_view line, std::vector<std::string_view>* out) {
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out->push_back(line.substr(start));
      break;
    }
    out->push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

void Table::layout(std::string_view tsv, std::vector<std::string_view>* columns,
                   std::vector<lex::TableField>* fields, std::vector<uint32_t>* row_start) {
  columns->clear();
  fields->clear();
  row_start->clear();
  // One pass over the line ends sizes both arrays: rows have the header's width.
  size_t lines = count_bytes(tsv, '\n') + 1;
  row_start->reserve(lines + 1);
  row_start->push_back(0);
  std::vector<std::string_view> row;
  size_t pos = 0;
  bool header = true;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    if (nl == std::string_view::npos) nl = tsv.size();
    std::string_view line = tsv.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (header) {
      split_tabs(line, columns);
      fields->reserve(lines * columns->size());
      header = false;
    } else {
      row.clear();
      split_tabs(line, &row);
      for (std::string_view f : row) fields->push_back({uint32_t(f.data() - tsv.data()), uint32_t(f.size())});
      row_start->push_back(uint32_t(fields->size()));
    }
  }
}

void Table::index_columns() {
  std::fill(std::begin(column_slot_), std::end(column_slot_), 0);
  for (size_t i = 0; i < columns_.size(); ++i) {
    int32_t& slot = column_slot_[column_slot(columns_[i])];
    if (slot == 0)
      slot = int32_t(i + 1);
    else if (slot > 0)
      slot = -slot;
  }
}

int Table::scan_column(std::string_view name) const {
  for (size_t i = 0; i < columns_.size(); ++i)
    if (columns_[i] == name) return int(i);
  return -1;
}

void Table::parse(std::string_view tsv) {
  layout(tsv, &columns_, &own_fields_, &own_row_start_);
  index_columns();
  text_ = tsv.data();
  fields_ = own_fields_.data();
  row_start_ = own_row_start_.data();
  rows_ = own_row_start_.size() - 1;
}

void Table::map(std::string_view tsv, const uint32_t* row_start, size_t rows, const lex::TableField* fields) {
  columns_.clear();
  std::string_view header = tsv.substr(0, tsv.find('\n'));
  if (!header.empty() && header.back() == '\r') header.remove_suffix(1);
  if (!tsv.empty()) split_tabs(header, &columns_);
  index_columns();
  text_ = tsv.data();
  row_start_ = row_start;
  rows_ = rows;
  fields_ = fields;
}

Lexicon::~Lexicon() {
  if (base_) munmap(const_cast<unsigned char*>(base_), size_);
}

std::unique_ptr<Lexicon> Lexicon::load(const std::string& path, std::string* error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = "cannot open lexicon " + path + ": " + std::strerror(errno) + " (build it with cmake --build build)";
    return nullptr;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || st.st_size < off_t(sizeof(lex::FileHeader))) {
    ::close(fd);
    *error = "lexicon " + path + " is too small to be a sitrep lexicon";
    return nullptr;
  }
  void* m = mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_SHARED, fd, 0);
  ::close(fd);
  if (m == MAP_FAILED) {
    *error = "cannot map lexicon " + path + ": " + std::strerror(errno);
    return nullptr;
  }
  std::unique_ptr<Lexicon> lx(new Lexicon());
  lx->base_ = static_cast<const unsigned char*>(m);
  lx->size_ = size_t(st.st_size);
  lex::FileHeader h;
  std::memcpy(&h, lx->base_, sizeof h);
  if (std::memcmp(h.magic, lex::kMagic, 8) != 0) {
    *error = "lexicon " + path + " has a bad magic number: not a sitrep lexicon";
    return nullptr;
  }
  if (h.version != lex::kFormatVersion) {
    *error = "lexicon " + path + " has format version " + std::to_string(h.version) + ", this sitrep reads " +
             std::to_string(lex::kFormatVersion) + ": rebuild it";
    return nullptr;
  }
  if (h.file_bytes != lx->size_ || h.section_count > 64 ||
      sizeof h + h.section_count * sizeof(lex::SectionEntry) > lx->size_) {
    *error = "lexicon " + path + " is truncated or its header is damaged";
    return nullptr;
  }
  const auto* sections = reinterpret_cast<const lex::SectionEntry*>(lx->base_ + sizeof h);
  for (uint32_t i = 0; i < h.section_count; ++i) {
    const lex::SectionEntry& s = sections[i];
    if (s.offset > lx->size_ || s.bytes > lx->size_ - s.offset || s.offset % 8 != 0) {
      *error = "lexicon " + path + ": section " + std::to_string(s.id) + " lies outside the file";
      return nullptr;
    }
    const unsigned char* p = lx->base_ + s.offset;
    switch (s.id) {
      case lex::kStrings:
        lx->strings_ = reinterpret_cast<const char*>(p);
        lx->strings_bytes_ = s.bytes;
        break;
      case lex::kPhraseSlots: {
        uint64_t cap = s.bytes / sizeof(lex::PhraseSlot);
        if (cap == 0 || (cap & (cap - 1)) != 0) {
          *error = "lexicon " + path + ": phrase table capacity is not a power of two";
          return nullptr;
        }
        lx->slots_ = reinterpret_cast<const lex::PhraseSlot*>(p);
        lx->slot_mask_ = cap - 1;
        break;
      }
      case lex::kPostings:
        lx->postings_ = reinterpret_cast<const lex::Posting*>(p);
        break;
      case lex::kPlaceRecords:
        lx->places_ = reinterpret_cast<const lex::PlaceRecord*>(p);
        lx->place_count_ = s.bytes / sizeof(lex::PlaceRecord);
        break;
      case lex::kTables: {
        // Each table's layout is mapped as the compiler wrote it; its bounds are checked
        // (a damaged file must not send get() outside the table), its text is not read.
        const auto pad8 = [](uint64_t n) { return (n + 7) & ~uint64_t(7); };
        uint64_t off = 0;
        while (off + sizeof(lex::TableBlobHeader) <= s.bytes) {
          lex::TableBlobHeader th;
          std::memcpy(&th, p + off, sizeof th);
          const uint64_t text_at = off + sizeof th, rows_at = text_at + pad8(th.text_bytes),
                         fields_at = rows_at + pad8(uint64_t(th.rows + 1ull) * 4),
                         end = fields_at + uint64_t(th.fields) * sizeof(lex::TableField);
          const auto* row_start = reinterpret_cast<const uint32_t*>(p + rows_at);
          const auto* fields = reinterpret_cast<const lex::TableField*>(p + fields_at);
          bool ok = end <= s.bytes && row_start[0] == 0 && row_start[th.rows] == th.fields;
          for (uint32_t r = 0; ok && r < th.rows; ++r) ok = row_start[r] <= row_start[r + 1];
          // Branch-free over the fields: one pass with no early exit vectorises.
          uint32_t outside = 0;
          for (uint32_t f = 0; ok && f < th.fields; ++f)
            outside |= uint32_t(fields[f].offset > th.text_bytes) | uint32_t(fields[f].len > th.text_bytes - fields[f].offset);
          if (!ok || outside) {
            *error = "lexicon " + path + ": table " + std::to_string(th.table) + " is damaged: rebuild it";
            return nullptr;
          }
          if (th.table < lex::kTableCount)
            lx->tables_[th.table].map(std::string_view(reinterpret_cast<const char*>(p + text_at), th.text_bytes),
                                      row_start, th.rows, fields);
          off = pad8(end);
        }
        break;
      }
      default:
        break;  // unknown sections from newer compilers are ignored
    }
  }
  if (!lx->strings_ || !lx->slots_ || !lx->postings_ || !lx->places_) {
    *error = "lexicon " + path + " lacks a required section: rebuild it";
    return nullptr;
  }
  lx->country_index_.build(lx->tables_[lex::kCountries], "cca2");
  lx->actor_index_.build(lx->tables_[lex::kActors], "id");
  lx->country_actor_index_.build(lx->tables_[lex::kActors], "country");
  return lx;
}

void Lexicon::ColumnIndex::build(const Table& t, std::string_view column) {
  const int c = t.column(column);
  std::vector<std::pair<std::string_view, uint32_t>> pairs;
  pairs.reserve(t.size());
  for (size_t r = 0; r < t.size(); ++r) pairs.emplace_back(t.get(r, c), uint32_t(r));
  std::sort(pairs.begin(), pairs.end());
  values.clear();
  row_of.clear();
  for (const auto& [value, row] : pairs) {
    values.push_back(value);
    row_of.push_back(row);
  }
}

std::span<const uint32_t> Lexicon::ColumnIndex::rows(std::string_view value) const {
  auto [lo, hi] = std::equal_range(values.begin(), values.end(), value);
  return {row_of.data() + (lo - values.begin()), size_t(hi - lo)};
}

bool Lexicon::verify(const std::string& path, std::string* error) {
  std::unique_ptr<Lexicon> lx = load(path, error);
  if (!lx) return false;
  lex::FileHeader h;
  std::memcpy(&h, lx->base_, sizeof h);
  uint64_t sum = lex::fnv1a(lx->base_ + sizeof h, lx->size_ - sizeof h);
  if (sum != h.checksum) {
    *error = "lexicon " + path + ": checksum mismatch, the file is damaged: rebuild it";
    return false;
  }
  return true;
}


std::string_view Lexicon::str(uint32_t offset) const {
  if (offset >= strings_bytes_) return {};
  return std::string_view(strings_ + offset);
}

}  // namespace sitrep
