// Internal entry points of the pipeline, for the CLI, tests and benchmarks.
#pragma once

#include "extract/analysis.h"
#include "lexicon/lexicon.h"
#include "text/document.h"

namespace sitrep {

// The text stages: tokens, sentences, quotes, dateline.
void analyse_text(Document* doc, const Lexicon& lex);

// Every extract stage over an analysed document (matches, numbers, dates, places, ...).
void run_extract_stages(Analysis* a);

}  // namespace sitrep
