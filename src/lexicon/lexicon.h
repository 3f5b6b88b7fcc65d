// The loaded lexicon: build/sitrep.lex mapped read-only, its TSV tables read through the
// row and field layout the compiler stored beside them (nothing is parsed at start-up).
// Immutable after load and shared by all threads (RE2's rule for compiled objects).
// Lookups never allocate.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/format.h"
#include "text/normalize.h"

namespace sitrep {

// One TSV table: column names and rows of field views into the mapped file.
class Table {
 public:
  Table() = default;
  // The layout may point into the Table itself (parse): never copied.
  Table(const Table&) = delete;
  Table& operator=(const Table&) = delete;

  // -1 when absent. Called in per-token loops with literal names (get(row, "kind")): inline,
  // and a literal's slot is a constant, so a lookup is one load and one compare of known
  // length. A scan over the names cost a mispredicted loop exit per call (cachegrind: 1.5 %
  // of the estimated cycles on the mixed 2 MB input).
  int column(std::string_view name) const {
    const int slot = column_slot_[column_slot(name)];
    if (slot == 0) return -1;
    const size_t first = size_t(slot > 0 ? slot : -slot) - 1;
    if (columns_[first] == name) return int(first);
    return slot > 0 ? -1 : scan_column(name);
  }
  size_t size() const { return rows_; }
  // Always inlined: stages call it in per-token and per-row loops.
  [[gnu::always_inline]] std::string_view get(size_t row, int col) const {
    if (col < 0 || row >= rows_) return {};
    size_t f = row_start_[row] + size_t(col);
    if (f >= row_start_[row + 1]) return {};
    return std::string_view(text_ + fields_[f].offset, fields_[f].len);
  }
  std::string_view get(size_t row, std::string_view col) const { return get(row, column(col)); }
  // Splits `tsv` (tests, tools): the layout is kept in the Table.
  void parse(std::string_view tsv);
  // Uses a layout computed by `layout` (the lexicon file's, mapped): only the header line
  // is read. `row_start` has rows + 1 entries.
  void map(std::string_view tsv, const uint32_t* row_start, size_t rows, const lex::TableField* fields);
  // The column names and the data rows' layout of `tsv` (what parse keeps, what the
  // compiler stores): row r's fields are (*fields)[(*row_start)[r] .. (*row_start)[r + 1]).
  static void layout(std::string_view tsv, std::vector<std::string_view>* columns,
                     std::vector<lex::TableField>* fields, std::vector<uint32_t>* row_start);

 private:
  std::vector<std::string_view> columns_;
  // Column names by a key of their length and first, middle and last bytes (multipliers
  // chosen so that the data's headers share a key only for "acled_{armed,state,crowd}_..."):
  // a slot holds 1 + the first column with its key, negated when later columns share it
  // (a name that is not the first then scans), 0 when no column has it. Filled by
  // index_columns after parse and map.
  static constexpr size_t kColumnSlots = 64;
  static constexpr size_t column_slot(std::string_view name) {
    if (name.empty()) return 0;
    return (name.size() * 49 + size_t(uint8_t(name[0])) * 43 + size_t(uint8_t(name[name.size() / 2])) * 51 +
            size_t(uint8_t(name.back())) * 21) &
           (kColumnSlots - 1);
  }
  void index_columns();
  int scan_column(std::string_view name) const;  // out of line: column stays small where inlined
  int32_t column_slot_[kColumnSlots] = {};
  // Row r's fields are fields_[row_start_[r] .. row_start_[r + 1]) of text_: one flat
  // array, in the mapped file (map) or in own_* (parse).
  const char* text_ = nullptr;
  const lex::TableField* fields_ = nullptr;
  const uint32_t* row_start_ = nullptr;
  size_t rows_ = 0;
  std::vector<lex::TableField> own_fields_;
  std::vector<uint32_t> own_row_start_;
};

class Lexicon {
 public:
  // Maps and checks `path` (header, version, section bounds). nullptr + *error on failure.
  static std::unique_ptr<Lexicon> load(const std::string& path, std::string* error);
  // Full integrity check (checksum over the whole file), for `sitrep check-lexicon`.
  static bool verify(const std::string& path, std::string* error);
  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // The slot for a phrase hash, or nullptr. Inline: every stage probes it per token.
  const lex::PhraseSlot* find(uint64_t phrase_hash) const {
    uint64_t i = (phrase_hash ^ (phrase_hash >> 29)) & slot_mask_;
    while (true) {
      const lex::PhraseSlot& s = slots_[i];
      if (s.hash == phrase_hash) return &s;
      if (s.hash == 0) return nullptr;
      i = (i + 1) & slot_mask_;
    }
  }
  std::span<const lex::Posting> postings(const lex::PhraseSlot& slot) const {
    return {postings_ + slot.posting_begin, slot.posting_count};
  }
  // True when the one-token phrase with this hash has a posting in `table`.
  bool has(uint64_t token_hash, lex::Table table) const {
    const lex::PhraseSlot* s = find(extend_phrase_hash(kPhraseSeed, token_hash));
    if (!s || !(s->flags & lex::kFullPhrase)) return false;
    if (s->flags & lex::kOneTable) return (s->flags >> lex::kOneTableShift) == table;
    for (const lex::Posting& p : postings(*s))
      if (p.table == table) return true;
    return false;
  }

  const Table& table(lex::Table t) const { return tables_[t]; }
  // Rows of the countries table whose ISO code (cca2) is `cc`, and of the actors table whose
  // id is `id`, in row order: indexes built at load, for stages that go from a code or an
  // id back to its rows in every record (a scan of the 1,700 actor rows cost more than
  // the rest of the codebook views).
  std::span<const uint32_t> country_rows(std::string_view cc) const { return country_index_.rows(cc); }
  std::span<const uint32_t> actor_rows(std::string_view id) const { return actor_index_.rows(id); }
  // Rows of the actors table of country `cc` (its states, forces and groups), in row order.
  std::span<const uint32_t> country_actor_rows(std::string_view cc) const { return country_actor_index_.rows(cc); }
  std::span<const lex::PlaceRecord> places() const { return {places_, place_count_}; }
  std::string_view str(uint32_t offset) const;
  size_t file_bytes() const { return size_; }

 private:
  Lexicon() = default;
  const unsigned char* base_ = nullptr;
  size_t size_ = 0;
  const char* strings_ = nullptr;
  size_t strings_bytes_ = 0;
  const lex::PhraseSlot* slots_ = nullptr;
  uint64_t slot_mask_ = 0;
  const lex::Posting* postings_ = nullptr;
  const lex::PlaceRecord* places_ = nullptr;
  size_t place_count_ = 0;
  Table tables_[lex::kTableCount];
  // One column of a table sorted by value (ties in row order), its rows index for index.
  struct ColumnIndex {
    std::vector<std::string_view> values;
    std::vector<uint32_t> row_of;
    void build(const Table& t, std::string_view column);
    std::span<const uint32_t> rows(std::string_view value) const;
  };
  ColumnIndex country_index_, actor_index_, country_actor_index_;
};

}  // namespace sitrep
