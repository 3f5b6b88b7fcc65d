// sitrep public API: a Pipeline turns one news document into incident records.
// Pipeline is immutable after open() and safe to share between threads; extract() is a
// pure function of its input (same input, same records), so shards can run anywhere.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sitrep {

// One input document as read from a file, a JSON line or the network.
struct DocumentInput {
  std::string id;
  std::string text;   // UTF-8 (invalid bytes are tolerated and reported as a warning)
  std::string date;   // publication date, ISO 8601 date or date-time; may be empty
  std::string title, source, url, lang;
};

struct Span {
  uint32_t begin = 0, end = 0;  // byte offsets into DocumentInput::text
  bool empty() const { return begin >= end; }
};

// Which incidents extract() returns (SPEC section 3: statuses).
enum class StatusFilter { kReported, kAll };

struct ExtractOptions {
  StatusFilter status = StatusFilter::kReported;
  std::string fallback_date;  // --date: used when the document has no date nor dateline
};

// The outcome for one document. `records` are SPEC section 3 JSON objects, one per
// incident, serialised without a trailing newline; `warnings` and `error` are single-line
// JSON objects for stderr ({"doc","error"|"warning","offset"}).
struct ExtractResult {
  std::vector<std::string> records;
  std::vector<std::string> warnings;
  std::optional<std::string> error;  // set when the document could not be processed
};

class Lexicon;

class Pipeline {
 public:
  // Maps the compiled lexicon (build/sitrep.lex). On failure returns nullptr and sets
  // *error to a message naming the file and the problem.
  static std::unique_ptr<Pipeline> open(const std::string& lexicon_path, std::string* error);
  ~Pipeline();

  ExtractResult extract(const DocumentInput& doc, const ExtractOptions& options) const;
  // The same, taking the document's bytes over instead of copying them.
  ExtractResult extract(DocumentInput&& doc, const ExtractOptions& options) const;

  // Terminal view: the text with the spans that produced each field marked.
  std::string explain(const DocumentInput& doc, const ExtractOptions& options, bool color) const;

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  explicit Pipeline(std::unique_ptr<Lexicon> lexicon);
  std::unique_ptr<Lexicon> lexicon_;
};

// The largest document processed in memory (SPEC section 2: --max-doc-bytes default).
inline constexpr uint64_t kDefaultMaxDocumentBytes = 64ull << 20;

}  // namespace sitrep
