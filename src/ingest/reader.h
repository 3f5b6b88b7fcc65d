// Input documents: takes a path ("-" = stdin) holding plain text or JSON Lines and hands out
// DocumentInputs one at a time, or an error item for each document that cannot be read.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {

// kAuto: `.jsonl`/`.ndjson` is JSON Lines; any other name (and stdin) is JSON Lines when its
// first non-blank byte is `{`, else plain text. --format text|jsonl sets kText/kJsonl.
enum class InputFormat { kAuto, kText, kJsonl };

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  uint64_t max_doc_bytes = kDefaultMaxDocumentBytes;
};

// One document read, or one that could not be: exactly one of `doc` / `error` is meaningful.
struct ReadItem {
  DocumentInput doc;    // valid when error is empty
  std::string error;    // non-empty: this document failed; doc.id holds its id if known
  uint64_t offset = 0;  // byte offset in the input file where the document (or error) starts
};

// Streams the documents of `path` ("-" = stdin) to `sink`, in input order, with bounded
// memory (one document at a time). Returns false only when the file cannot be opened at
// all (then sink also receives one error item naming the path).
//
// Ids: a text file's id is its base name ("stdin" for "-"); a JSON line without an id gets
// "<base name>:<line number>", and so does the error item of a line whose id is unknown.
// Every error of a JSON line starts with "line N: ". Ids are valid UTF-8 (bad bytes in
// file names become U+FFFD). A leading UTF-8 byte order mark is not part of a text.
// Never throws; the sink may (its exception passes through and stops reading).
bool read_documents(const std::string& path, const ReadOptions& opts,
                    const std::function<void(ReadItem&&)>& sink);

// The single-line JSON error record for stderr: {"doc":..., "error":..., "offset":...}.
// Invalid UTF-8 in `doc` or `error` is written as U+FFFD; no trailing newline.
std::string error_line(const std::string& doc, const std::string& error, uint64_t offset);

// The same for a warning: {"doc":..., "warning":..., "offset":...}.
std::string warning_line(const std::string& doc, const std::string& warning, uint64_t offset);

}  // namespace sitrep
