// Test-only: an Analysis of a string, built with the real compiled lexicon (the path in
// SITREP_LEXICON, set by CMake) through the same text stages the pipeline runs, plus the
// phrase matches layer. Later extract stages are left to the test.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "extract/analysis.h"
#include "extract/match.h"
#include "lexicon/lexicon.h"
#include "pipeline/pipeline.h"
#include "sitrep/sitrep.h"
#include "text/document.h"

namespace sitrep::test {

// The lexicon, loaded once for the whole test binary (immutable, so shared).
inline const Lexicon& lexicon() {
  static const std::unique_ptr<Lexicon> lex = [] {
    std::string error;
    std::unique_ptr<Lexicon> l = Lexicon::load(SITREP_LEXICON, &error);
    if (!l) {
      std::fprintf(stderr, "cannot load the test lexicon %s: %s\n", SITREP_LEXICON, error.c_str());
      std::abort();
    }
    return l;
  }();
  return *lex;
}

// Owns the Document its Analysis points at; neither is copyable or movable.
// The whole pipeline over the built lexicon, opened once (test-only).
inline const Pipeline& pipeline() {
  static const std::unique_ptr<Pipeline> p = [] {
    std::string error;
    std::unique_ptr<Pipeline> q = Pipeline::open(SITREP_LEXICON, &error);
    if (!q) {
      std::fprintf(stderr, "cannot open the pipeline: %s\n", error.c_str());
      std::abort();
    }
    return q;
  }();
  return *p;
}

// The records the whole pipeline extracts from `text` published on `date`, every status
// with `all`, else the default (current incidents).
inline ExtractResult extract_text(const std::string& text, const std::string& date, bool all) {
  DocumentInput in;
  in.id = "t";
  in.text = text;
  in.date = date;
  ExtractOptions o;
  if (all) o.status = StatusFilter::kAll;
  return pipeline().extract(in, o);
}

class Analysed {
 public:
  explicit Analysed(std::string text, std::string anchor = "") : doc_(input(std::move(text))), a_(doc_, lexicon()) {
    analyse_text(&doc_, lexicon());
    a_.anchor_date = std::move(anchor);
    match_phrases(&a_);
  }
  Analysed(const Analysed&) = delete;
  Analysed& operator=(const Analysed&) = delete;

  Analysis& operator*() { return a_; }
  Analysis* operator->() { return &a_; }
  Analysis* get() { return &a_; }
  const Document& doc() const { return doc_; }

  // The original text of tokens [first, end).
  std::string_view text(uint32_t first, uint32_t end) const {
    if (first >= end || end > doc_.tokens.size()) return {};
    return doc_.slice(doc_.tokens[first].begin, doc_.tokens[end - 1].end);
  }

 private:
  static DocumentInput input(std::string text) {
    DocumentInput in;
    in.id = "test";
    in.text = std::move(text);
    return in;
  }

  Document doc_;
  Analysis a_;
};

}  // namespace sitrep::test
