#!/usr/bin/env python3
"""End-to-end throughput of `sitrep extract`, pinned to one core (SPEC section 8).

Corpus: the bundled VOA stories plus the MUC-4 and WikiEvents texts read from
../shared/data/dev at bench time (never copied into the project), repeated with fresh
ids to at least --mb megabytes. Reports MB/s, docs/s, start-up time, peak RSS, the share
of documents that yield an incident (so a prefilter cannot flatter the figure), `wc -w`
on the same bytes (the floor) and, with --callgrind, instructions per byte.

usage: bench/e2e.py [--mb 30] [--callgrind]"""
import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(os.path.dirname(ROOT), "shared", "data", "dev")
SITREP = os.environ.get("SITREP", os.path.join(ROOT, "build", "sitrep"))


def base_documents():
    docs = []
    with open(os.path.join(ROOT, "data", "corpus", "voa", "voa_stories.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            docs.append({"id": str(d["id"]), "text": d["text"], "date": d["published"][:10]})
    muc = [os.path.join(DEV, "muc4", n) for n in ("tst1-muc3", "tst2-muc4")]
    train = os.path.join(DEV, "muc4", "train")
    if os.path.isdir(train):
        muc += sorted(os.path.join(train, n) for n in os.listdir(train) if n.startswith("dev-muc3-"))
    for path in muc:
        if not os.path.exists(path):
            continue
        text = open(path, encoding="latin-1").read()
        parts = re.split(r"^((?:DEV|TST\d)-MUC\d-\d{4})[^\n]*\n", text, flags=re.M)
        for i in range(1, len(parts) - 1, 2):
            docs.append({"id": parts[i], "text": parts[i + 1].strip()})
    wiki = os.path.join(DEV, "wikievents", "dev.jsonl")
    if os.path.exists(wiki):
        with open(wiki, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                # Each sentence is [tokens, text]; the sentence texts joined by line breaks.
                sents = [s[1] for s in d.get("sentences", []) if isinstance(s, list) and len(s) > 1]
                text = "\n".join(sents) if sents else d.get("text", "")
                docs.append({"id": d.get("doc_id", "wiki"), "text": text})
    return docs


def build_corpus(path, mb):
    docs = base_documents()
    size, rep = 0, 0
    with open(path, "w", encoding="utf-8") as out:
        while size < mb * 1e6:
            for d in docs:
                d2 = dict(d, id=f"{d['id']}#{rep}")
                line = json.dumps(d2, ensure_ascii=False) + "\n"
                out.write(line)
                size += len(d["text"].encode("utf-8"))
            rep += 1
    return size, len(docs) * rep


def timed(cmd, stdout=subprocess.DEVNULL):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.run(cmd, stdout=stdout, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_maxrss / 1024.0, p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=30)
    ap.add_argument("--callgrind", action="store_true")
    args = ap.parse_args()
    corpus = "/tmp/sitrep-bench-corpus.jsonl"
    text_bytes, ndocs = build_corpus(corpus, args.mb)
    pin = ["taskset", "-c", "0"]
    # Start-up: one tiny document, median of 7 runs.
    tiny = "/tmp/sitrep-bench-tiny.jsonl"
    with open(tiny, "w") as f:
        f.write(json.dumps({"id": "t", "text": "Nothing happened.", "date": "2024-01-01"}) + "\n")
    starts = [timed(pin + [SITREP, "extract", tiny])[0] for _ in range(7)]
    startup = statistics.median(starts)
    wall, rss, _ = timed(pin + [SITREP, "extract", "--threads", "1", corpus])
    wall2, _, _ = timed([SITREP, "extract", "--threads", "2", corpus])
    wc_wall, _, _ = timed(pin + ["wc", "-w", corpus])
    # Share of documents that yield an incident (on the base documents, once each).
    p = subprocess.run([SITREP, "extract", corpus], capture_output=True)
    with_incident = {json.loads(l)["doc"] for l in p.stdout.decode().splitlines() if l.strip()}
    share = len(with_incident) / ndocs
    mbs = text_bytes / 1e6 / wall
    print(f"corpus: {text_bytes/1e6:.1f} MB of text, {ndocs} documents, {share:.0%} yield an incident")
    print(f"extract, 1 thread pinned: {wall:.2f} s = {mbs:.1f} MB/s, {ndocs/wall:.0f} docs/s, peak RSS {rss:.0f} MB")
    print(f"extract, --threads 2: {wall2:.2f} s = {text_bytes/1e6/wall2:.1f} MB/s (x{wall/wall2:.2f})")
    print(f"start-up (tiny document, median of 7): {startup*1000:.0f} ms")
    print(f"wc -w on the same file: {wc_wall:.2f} s = {os.path.getsize(corpus)/1e6/wc_wall:.0f} MB/s; sitrep/wc time ratio {wall/wc_wall:.1f}")
    # One long document (the VOA stories joined, repeated to 20 MB): the rate must stay that of
    # short documents (no rule may scan the whole document per mention) and memory bounded.
    voa = [json.loads(l)["text"] for l in open(os.path.join(ROOT, "data/corpus/voa/voa_stories.jsonl"), encoding="utf-8")]
    joined = "\n\n".join(voa)
    big = "/tmp/sitrep-bench-big.txt"
    with open(big, "w", encoding="utf-8") as f:
        n = 0
        while n < 20e6:
            f.write(joined + "\n\n")
            n += len(joined.encode("utf-8")) + 2
    big_wall, big_rss, _ = timed(pin + [SITREP, "extract", "--max-doc-bytes", "100000000", big])
    print(f"one {n/1e6:.0f} MB document: {big_wall:.2f} s = {n/1e6/big_wall:.1f} MB/s, peak RSS {big_rss:.0f} MB "
          f"({big_rss*1e6/n:.1f} x its size)")
    if args.callgrind:
        small = "/tmp/sitrep-bench-small.jsonl"
        with open(corpus, encoding="utf-8") as src, open(small, "w", encoding="utf-8") as dst:
            n = 0
            for line in src:
                dst.write(line)
                n += len(json.loads(line)["text"].encode("utf-8"))
                if n > 2e6:
                    break
        out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/tmp/sitrep.callgrind",
                              SITREP, "extract", "--threads", "1", small], capture_output=True).stderr.decode()
        m = re.search(r"Collected : (\d+)", out)
        if m:
            print(f"callgrind: {int(m.group(1))/n:.0f} instructions per byte (on {n/1e6:.1f} MB, start-up included)")


if __name__ == "__main__":
    sys.exit(main())
