"""Golden files: tests/golden/<case>.txt -> <case>.expected.jsonl, compared on the fields
analysts read (a projection, so that adding a field does not churn every file).
`python3 tests/cli/test_golden.py --update` rewrites the expected files; review the diff
like code. The publication date of every case is 2024-01-15 unless the case's first
line is a dateline or an ISO date line "DATE: YYYY-MM-DD"."""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import ROOT, Checks, records, run  # noqa: E402


def get(d, *path):
    for k in path:
        d = d.get(k) if isinstance(d, dict) else None
    return d


def project(r):
    return {
        "status": r["status"],
        "kind": r["kind"],
        "trigger": get(r, "trigger", "text"),
        "date": get(r, "date", "value"),
        "location": get(r, "location", "name"),
        "country": get(r, "location", "country"),
        "perpetrators": sorted(f"{p['name']}:{p['status']}" for p in r["perpetrators"]),
        "attackers": [a["text"] for a in r["attackers"]],
        "targets": sorted(f"{t['text']}:{t['kind']}" for t in r["targets"]),
        "killed": get(r, "killed", "value"),
        "injured": get(r, "injured", "value"),
        "weapons": [w["text"] for w in r["weapons"]],
        "claims": [f"{c['by']}:{c['channel']}" for c in r["claims"]],
        "speakers": [s["speaker"] for s in r["sources"]],
        "acled": get(r, "acled", "sub_event_type"),
        "muc4": get(r, "muc4", "type"),
    }


update = "--update" in sys.argv
c = Checks("golden")
cases = sorted(glob.glob(os.path.join(ROOT, "tests", "golden", "*.txt")))
c.check("golden cases exist", len(cases) >= 5, str(len(cases)))
for path in cases:
    name = os.path.basename(path)[:-4]
    first = open(path, encoding="utf-8", errors="replace").readline()
    args = ["extract", "--status", "all"]
    if not first.startswith("DATE:"):
        args += ["--date", "2024-01-15"]
        rc, out, err = run(args + [path])
    else:
        text = open(path, encoding="utf-8").read()
        date, body = first[5:].strip(), text[len(first):]
        doc = json.dumps({"id": name, "text": body, "date": date})
        rc, out, err = run(args + ["-"], stdin=doc.encode())
    got = [project(r) for r in records(out)]
    exp_path = path[:-4] + ".expected.jsonl"
    if update:
        with open(exp_path, "w", encoding="utf-8") as f:
            for g in got:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
        continue
    if not os.path.exists(exp_path):
        c.check(f"{name}: expected file exists", False, exp_path)
        continue
    want = [json.loads(l) for l in open(exp_path, encoding="utf-8") if l.strip()]
    c.check(f"{name}: {len(want)} records", len(got) == len(want), f"got {len(got)}")
    for i, (g, w) in enumerate(zip(got, want)):
        for k in w:
            c.check(f"{name}#{i}.{k}", g.get(k) == w[k], f"got {g.get(k)!r} want {w[k]!r}")
if update:
    print(f"rewrote {len(cases)} expected files")
    sys.exit(0)
c.done()
