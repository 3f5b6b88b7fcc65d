// sitrep command line: a thin user of the Pipeline API (fastText's main.cc pattern).
// extract | explain | eval | check-lexicon. Exit 0 ok, 1 some input failed, 2 bad usage.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <thread>
#include <unistd.h>

#include "eval/eval.h"
#include "ingest/reader.h"
#include "lexicon/lexicon.h"
#include "sitrep/sitrep.h"

namespace {

// Documents are processed in batches so output order stays the input order whatever the
// thread count, and memory stays bounded: a batch holds at most this many bytes of text.
constexpr uint64_t kBatchBytes = 64ull << 20;
constexpr size_t kBatchDocs = 256;

std::string default_lexicon(const char* argv0) {
  if (const char* env = std::getenv("SITREP_LEXICON")) return env;
  // Beside the binary (build/sitrep + build/sitrep.lex), else where the build put it.
  std::string self = argv0;
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) self.assign(buf, size_t(n));
  size_t slash = self.rfind('/');
  std::string beside = (slash == std::string::npos ? std::string(".") : self.substr(0, slash)) + "/sitrep.lex";
  if (access(beside.c_str(), R_OK) == 0) return beside;
  return SITREP_DEFAULT_LEXICON;
}

struct Batch {
  std::vector<sitrep::ReadItem> items;
  uint64_t bytes = 0;
};

int run_extract(const sitrep::Pipeline& p, const std::vector<std::string>& files, const sitrep::ReadOptions& ropt,
                const sitrep::ExtractOptions& eopt, unsigned threads) {
  bool failed = false;
  uint64_t docs = 0, records = 0;
  Batch batch;
  auto flush = [&]() {
    std::vector<sitrep::ExtractResult> results(batch.items.size());
    std::atomic<size_t> next{0};
    auto work = [&]() {
      for (size_t i = next++; i < batch.items.size(); i = next++) {
        if (!batch.items[i].error.empty()) continue;
        std::string id = batch.items[i].doc.id;
        try {
          results[i] = p.extract(std::move(batch.items[i].doc), eopt);
        } catch (const std::exception& e) {  // one bad document never stops the batch
          results[i].error = sitrep::error_line(id, std::string("internal error: ") + e.what(), batch.items[i].offset);
        }
      }
    };
    unsigned n = std::min<unsigned>(threads, unsigned(batch.items.size()));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    // The batch's records go out in one write; what is pending is written before any
    // line to stderr, so the two streams interleave as they would line by line.
    std::string out;
    size_t out_bytes = 0;
    for (const sitrep::ExtractResult& r : results)
      for (const std::string& rec : r.records) out_bytes += rec.size() + 1;
    out.reserve(out_bytes);
    auto emit = [&]() {
      std::cout.write(out.data(), std::streamsize(out.size()));
      out.clear();
    };
    for (size_t i = 0; i < batch.items.size(); ++i) {
      const sitrep::ReadItem& it = batch.items[i];
      if (!it.error.empty()) {
        emit();
        std::cerr << sitrep::error_line(it.doc.id, it.error, it.offset) << "\n";
        failed = true;
        continue;
      }
      if (!results[i].warnings.empty()) emit();
      for (const auto& w : results[i].warnings) std::cerr << w << "\n";
      if (results[i].error) {
        emit();
        std::cerr << *results[i].error << "\n";
        failed = true;
        continue;
      }
      for (const auto& r : results[i].records) {
        out += r;
        out.push_back('\n');
        ++records;
      }
      ++docs;
    }
    emit();
    std::cout.flush();
    batch = Batch();
  };
  std::vector<std::string> inputs = files.empty() ? std::vector<std::string>{"-"} : files;
  for (const std::string& f : inputs) {
    bool ok = sitrep::read_documents(f, ropt, [&](sitrep::ReadItem&& item) {
      batch.bytes += item.doc.text.size();
      batch.items.push_back(std::move(item));
      if (batch.items.size() >= kBatchDocs || batch.bytes >= kBatchBytes) flush();
    });
    if (!ok) failed = true;
  }
  flush();
  if (isatty(2)) std::cerr << "sitrep: " << docs << " documents, " << records << " incidents\n";
  return failed ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"sitrep: news reports of political violence -> incident records"};
  app.require_subcommand(1);
  std::string lexicon_path;
  app.add_option("--lexicon", lexicon_path, "compiled lexicon (default: sitrep.lex beside the binary)");

  std::vector<std::string> files;
  std::string status = "reported", date, format = "auto";
  uint64_t max_doc_bytes = sitrep::kDefaultMaxDocumentBytes;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  auto add_doc_options = [&](CLI::App* c) {
    c->add_option("files", files, "input files: text, .jsonl/.ndjson; - or none: stdin");
    c->add_option("--status", status, "reported (default) or all")->check(CLI::IsMember({"reported", "all"}));
    c->add_option("--date", date, "publication date (YYYY-MM-DD) for documents that give none");
    c->add_option("--format", format, "input format")->check(CLI::IsMember({"auto", "text", "jsonl"}));
    c->add_option("--max-doc-bytes", max_doc_bytes, "larger documents are an error line");
  };
  CLI::App* extract = app.add_subcommand("extract", "write one JSON incident record per line");
  add_doc_options(extract);
  extract->add_option("--threads", threads, "worker threads (default: cores available)")->check(CLI::PositiveNumber);
  CLI::App* explain = app.add_subcommand("explain", "show the text with the spans behind each field");
  add_doc_options(explain);
  bool color = isatty(1);
  explain->add_flag("--color,!--no-color", color, "ANSI colour (default: on a terminal)");

  sitrep::eval::Args eargs;
  CLI::App* eval = app.add_subcommand("eval", "score extraction against a gold standard");
  eval->add_option("--format", eargs.format, "muc4 | gtt | acled | wikievents | sitrep")->required()
      ->check(CLI::IsMember({"muc4", "gtt", "acled", "wikievents", "sitrep"}));
  eval->add_option("--gold", eargs.gold, "gold file")->required();
  eval->add_option("--text", eargs.text, "message file (muc4)");
  eval->add_option("--pred", eargs.pred, "score this predictions file (GTT format) instead of running sitrep");
  eval->add_flag("--json", eargs.json, "machine-readable output");
  eval->add_option("--errors", eargs.errors, "print the N worst documents");
  CLI::App* check = app.add_subcommand("check-lexicon", "verify the compiled lexicon's checksum");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  if (lexicon_path.empty()) lexicon_path = default_lexicon(argv[0]);
  std::string error;
  if (check->parsed()) {
    if (!sitrep::Lexicon::verify(lexicon_path, &error)) {
      std::cerr << "sitrep: " << error << "\n";
      return 1;
    }
    std::cout << lexicon_path << ": ok\n";
    return 0;
  }
  std::unique_ptr<sitrep::Pipeline> pipeline = sitrep::Pipeline::open(lexicon_path, &error);
  if (!pipeline) {
    std::cerr << "sitrep: " << error << "\n";
    return 1;
  }
  sitrep::ExtractOptions eopt;
  eopt.status = status == "all" ? sitrep::StatusFilter::kAll : sitrep::StatusFilter::kReported;
  eopt.fallback_date = date;
  sitrep::ReadOptions ropt;
  ropt.format = format == "text" ? sitrep::InputFormat::kText
              : format == "jsonl" ? sitrep::InputFormat::kJsonl : sitrep::InputFormat::kAuto;
  ropt.max_doc_bytes = max_doc_bytes;
  try {
    if (extract->parsed()) return run_extract(*pipeline, files, ropt, eopt, threads);
    if (explain->parsed()) {
      bool failed = false;
      std::vector<std::string> inputs = files.empty() ? std::vector<std::string>{"-"} : files;
      for (const std::string& f : inputs)
        failed |= !sitrep::read_documents(f, ropt, [&](sitrep::ReadItem&& item) {
          if (!item.error.empty()) {
            std::cerr << sitrep::error_line(item.doc.id, item.error, item.offset) << "\n";
            failed = true;
            return;
          }
          std::cout << "== " << item.doc.id << "\n" << pipeline->explain(item.doc, eopt, color);
        });
      return failed ? 1 : 0;
    }
    if (eval->parsed()) {
      sitrep::ExtractOptions all = eopt;
      all.status = sitrep::StatusFilter::kAll;
      auto extractor = [&](const std::string& id, const std::string& text, const std::string& d) {
        sitrep::DocumentInput in;
        in.id = id;
        in.text = text;
        in.date = d;
        std::vector<nlohmann::json> out;
        for (const std::string& r : pipeline->extract(in, all).records) out.push_back(nlohmann::json::parse(r));
        return out;
      };
      return sitrep::eval::run(eargs, extractor, std::cout, std::cerr);
    }
  } catch (const std::exception& e) {
    std::cerr << "sitrep: " << e.what() << "\n";
    return 1;
  }
  return 2;
}
