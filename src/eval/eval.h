// `sitrep eval`: scores extraction (or a given predictions file) against a gold standard
// (SPEC section 7). Takes parsed command-line arguments and an extraction callback, writes
// the report to `out` and problems to `err`. The CLI is a thin user of `run`.
//
//   --format muc4 --gold key-tst2.v4 --text tst2-muc4   MUC-3/4 answer keys + message file
//   --format gtt --gold dev.json                        GTT's processed JSON Lines
//   --format gtt|muc4 ... --pred preds.out              score GTT-format predictions instead
//   --format wikievents --gold dev.jsonl                WikiEvents (gen-arg) JSON Lines
//   --format acled --gold events.csv                    an ACLED CSV export
//   --format sitrep --gold cases.jsonl                  sitrep's regression gold (sitrep_gold.h)
//   --json                                              machine-readable report
//   --errors N                                          the N worst documents, predicted vs gold
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace sitrep::eval {

// Runs extraction on one document and returns its incident records (SPEC section 3 JSON
// objects, all statuses, i.e. as `sitrep extract --status all` would print them). date_iso
// may be "". May throw: the document is then reported on `err` and scored as yielding no
// records, and `run` returns 1.
using Extractor = std::function<std::vector<nlohmann::json>(const std::string& doc_id, const std::string& text,
                                                            const std::string& date_iso)>;

struct Args {
  std::string format, gold, text, pred;
  bool json = false;
  int errors = 0;
};

// Returns the process exit code (0 ok, 1 input problem such as a malformed gold file: the
// message names file and line, 2 bad usage). Never throws.
int run(const Args& args, const Extractor& extract, std::ostream& out, std::ostream& err);

}  // namespace sitrep::eval
