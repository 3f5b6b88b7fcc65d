"""Test-only helpers for the whole-program tests: run build/sitrep, validate records."""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
SITREP = os.environ.get("SITREP", os.path.join(ROOT, "build", "sitrep"))
SCHEMA = os.path.join(SHARED, "schema", "incident.schema.json")


def run(args, stdin=None, timeout=300):
    p = subprocess.run([SITREP] + args, input=stdin, capture_output=True, timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace")


def records(stdout):
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def validator():
    import jsonschema
    with open(SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    # Debian bookworm's jsonschema 4.10 resolves "#/$defs" against a relative "$id" as
    # a URL and fails; without the "$id" every version resolves them in the document.
    schema.pop("$id", None)
    return jsonschema.Draft202012Validator(schema)


def spans(o, out):
    if isinstance(o, dict):
        if isinstance(o.get("span"), list) and len(o["span"]) == 2:
            out.append((o["span"], o.get("text")))
        for v in o.values():
            spans(v, out)
    elif isinstance(o, list):
        for v in o:
            spans(v, out)
    return out


def span_errors(record, text_bytes):
    """Every span's text must be the document's bytes there."""
    errs = []
    for (b, e), t in spans(record, []):
        if not (0 <= b <= e <= len(text_bytes)):
            errs.append(f"span {b}-{e} outside the text")
        elif text_bytes[b:e].decode("utf-8", "replace") != t:
            errs.append(f"span {b}-{e}: {t!r} != {text_bytes[b:e]!r}")
    return errs


class Checks:
    def __init__(self, name):
        self.name, self.passed, self.failed = name, 0, 0

    def check(self, what, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {self.name}: {what} {detail}")

    def done(self):
        print(f"{self.name}: {self.passed} passed, {self.failed} failed")
        sys.exit(1 if self.failed else 0)
