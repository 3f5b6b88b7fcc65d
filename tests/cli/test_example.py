"""The canonical example article: ../shared/tools/check-example's 24 checks, and with
--status all the Taliban's return in August 2021 appears as background, not reported."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import ROOT, SHARED, SITREP, Checks, records, run  # noqa: E402

c = Checks("example")
tool = os.path.join(SHARED, "tools", "check-example")
# The shim lets Debian's older jsonschema validate the schema (see shim/sitecustomize.py).
shim = os.path.join(os.path.dirname(os.path.abspath(__file__)), "shim")
env = dict(os.environ, SITREP=SITREP, PYTHONPATH=shim + os.pathsep + os.environ.get("PYTHONPATH", ""))
p = subprocess.run([sys.executable, tool], capture_output=True, cwd=ROOT, env=env)
out = p.stdout.decode()
c.check("check-example passes all checks", p.returncode == 0, "\n" + out)

path = os.path.join(SHARED, "data", "examples", "kabul-embassy.txt")
rc, stdout, stderr = run(["extract", "--date", "2022-09-06", "--status", "all", path])
recs = records(stdout)
c.check("exit 0", rc == 0, stderr)
reported = [r for r in recs if r["status"] == "reported"]
background = [r for r in recs if r["status"] == "background"]
c.check("one reported incident with --status all", len(reported) == 1, str([r["kind"] for r in reported]))
c.check("a background record for August 2021",
        any((r.get("date") or {}).get("value", "") and r["date"]["value"].startswith("2021-08") for r in background),
        str([(r["kind"], r.get("date")) for r in background]))
c.check("the text file's id is its base name", all(r["doc"] == "kabul-embassy.txt" for r in recs))
c.done()
