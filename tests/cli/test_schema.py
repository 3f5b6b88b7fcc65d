"""Every record on the bundled VOA stories and the golden texts validates against
../shared/schema/incident.schema.json, and every span's text is the document's bytes."""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import ROOT, Checks, records, run, span_errors, validator  # noqa: E402

c = Checks("schema")
v = validator()
corpus = os.path.join(ROOT, "data", "corpus", "voa", "voa_stories.jsonl")
texts = {}
with open(corpus, encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        texts[str(d["id"])] = d["text"].encode("utf-8")
rc, out, err = run(["extract", "--status", "all", corpus])
c.check("exit 0 on the VOA corpus", rc == 0, err[:500])
recs = records(out)
c.check("the VOA corpus yields incidents", len(recs) >= 20, str(len(recs)))
for r in recs:
    e = next(iter(v.iter_errors(r)), None)
    c.check(f"{r.get('doc')}#{r.get('incident')} validates", e is None, e and e.message[:200])
    errs = span_errors(r, texts.get(r["doc"], b""))
    c.check(f"{r.get('doc')}#{r.get('incident')} spans", not errs, "; ".join(errs[:3]))
for path in sorted(glob.glob(os.path.join(ROOT, "tests", "golden", "*.txt"))):
    rc, out, err = run(["extract", "--status", "all", "--date", "2024-01-15", path])
    data = open(path, "rb").read()
    for r in records(out):
        e = next(iter(v.iter_errors(r)), None)
        c.check(f"{os.path.basename(path)} validates", e is None, e and e.message[:200])
        c.check(f"{os.path.basename(path)} spans", not span_errors(r, data))
c.done()
