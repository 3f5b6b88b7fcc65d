"""The README's examples are run (simdjson compiles its README): every line starting
with "$ " in a code block runs from the project root and must succeed; `sitrep extract`
lines must print JSON records."""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import ROOT, SITREP, Checks  # noqa: E402

c = Checks("readme")
text = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
blocks = re.findall(r"```\n(.*?)```", text, flags=re.S)
commands = [line[2:] for b in blocks for line in b.splitlines() if line.startswith("$ ")]
c.check("the README has examples", len(commands) >= 2, str(commands))
for cmd in commands:
    run = cmd.replace("build/sitrep", SITREP)
    p = subprocess.run(["bash", "-o", "pipefail", "-c", run], cwd=ROOT, capture_output=True, timeout=300)
    ok = p.returncode == 0 or (p.returncode == 141 and "head" in cmd)  # head closes the pipe early
    c.check(f"runs: {cmd[:70]}", ok, p.stderr.decode()[-300:])
    if " extract" in cmd and "|" in cmd.split(" extract")[0]:
        lines = [l for l in p.stdout.decode().splitlines() if l.strip()]
        c.check(f"prints records: {cmd[:50]}", lines and all(json.loads(l).get("kind") for l in lines))
c.done()
