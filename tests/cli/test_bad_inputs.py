"""Bad input never stops a run: one clear JSON error line each on stderr, exit 1, the
other documents still processed (SPEC sections 1-2)."""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from common import Checks, records, run  # noqa: E402

c = Checks("bad_inputs")
good = "Gunmen killed three policemen at a checkpoint in Peshawar, Pakistan, on Monday, police said."
tmp = tempfile.mkdtemp()


def write(name, data):
    path = os.path.join(tmp, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def errors(stderr):
    out = []
    for line in stderr.splitlines():
        try:
            j = json.loads(line)
        except json.JSONDecodeError:
            continue
        if "error" in j:
            out.append(j)
    return out


good_path = write("good.txt", good.encode())
cases = {
    "empty.txt": b"",
    "blank.txt": b"   \n\n  ",
    "binary.bin": bytes(range(256)) * 64,
    "nul.txt": b"\x00" * 5000,
}
for name, data in cases.items():
    rc, out, err = run(["extract", "--date", "2024-03-04", write(name, data), good_path])
    errs = errors(err)
    c.check(f"{name}: exit 1", rc == 1, err)
    c.check(f"{name}: one error line naming the document", len(errs) == 1 and errs[0]["doc"] == name, err)
    c.check(f"{name}: the good document after it still processed", any(r["doc"] == "good.txt" for r in records(out)), out)

# Invalid UTF-8 inside good text: processed, warned, spans index the original bytes.
bad = ("Gunmen killed three policemen \xff\xfe at a checkpoint in Peshawar on Monday.").encode("latin-1")
bad = good.encode()[:20] + b"\xff\xfe" + good.encode()[20:]
rc, out, err = run(["extract", "--date", "2024-03-04", write("invalid.txt", bad)])
c.check("invalid UTF-8: exit 0", rc == 0, err)
c.check("invalid UTF-8: a warning naming the document and offset 20",
        any(json.loads(l).get("offset") == 20 and json.loads(l).get("doc") == "invalid.txt"
            for l in err.splitlines() if l.startswith("{")), err)
c.check("invalid UTF-8: still yields its incident", len(records(out)) >= 1, out)

# JSON Lines: a line that is not JSON, one with invalid UTF-8, then a good one.
lines = b'{"id": "a", "text": "x"\n' + b'{"id": "b", "text": "\xff"}\n' + \
        json.dumps({"id": "c", "text": good, "date": "2024-03-04"}).encode() + b"\n"
rc, out, err = run(["extract", write("docs.jsonl", lines)])
errs = errors(err)
c.check("jsonl: exit 1", rc == 1)
c.check("jsonl: two error lines", len(errs) == 2, err)
c.check("jsonl: the good line still processed", [r["doc"] for r in records(out)] == ["c"], out)

# A 50 MB document: processed within the default limit; an error past --max-doc-bytes.
para = (good + " The market reopened later. " * 3 + "\n\n").encode()
big = write("big.txt", para * (50 * 1024 * 1024 // len(para)))
rc, out, err = run(["extract", "--date", "2024-03-04", "--max-doc-bytes", "10000000", big, good_path])
c.check("50 MB over a 10 MB limit: error line", len(errors(err)) == 1 and rc == 1, err[:300])
c.check("50 MB over the limit: next document processed", any(r["doc"] == "good.txt" for r in records(out)))
rc, out, err = run(["extract", "--date", "2024-03-04", big], timeout=600)
c.check("50 MB document: processed", rc == 0, err[:300])

# Missing file and bad usage.
rc, out, err = run(["extract", os.path.join(tmp, "missing.txt"), good_path])
c.check("missing file: exit 1 and the next file processed", rc == 1 and len(records(out)) >= 1, err)
rc, out, err = run(["extract", "--status", "bogus"])
c.check("bad usage: exit 2", rc == 2, err)
c.done()
