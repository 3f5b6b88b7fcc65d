#!/usr/bin/env python3
"""Check every data/**/*.tsv against data/FORMATS.md's common rules.

For each file: leading comment lines naming source and licence, then the exact column header
(for the files FORMATS.md names), then rows with exactly the header's column count and no empty
`|`-separated phrase. For files with an `id` column: no two rows of one id valid in overlapping
periods (`from` inclusive, `until` exclusive). Some per-file value checks (kind, inter, country,
dates, class, target_kind, person). Exit status 1 on any error.

Run:  python3 tools/check_data_tsv.py [DATA_DIR]
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Column headers stated in data/FORMATS.md (path relative to data/).
EXPECTED = {
    "actors/actors.tsv": "id name kind inter country acled_name from until aliases source",
    "actors/agents.tsv": "phrases class target_kind inter person source",
    "actors/roles.tsv": "phrases role source",
    "events/kinds.tsv": "kind family violent acled_event_type acled_sub_event_type gtd_attack_type "
                        "gtd_weapon_type cameo plover_event_type plover_mode muc4_type",
    "events/triggers.tsv": "phrases kind pos strength source",
    "events/refiners.tsv": "base_kinds cues kind source",
    "events/cues.tsv": "phrases class value source",
    "events/weapons.tsv": "phrases gtd_weapon_type gtd_weapon_subtype source",
    "events/targets.tsv": "phrases target_kind gtd_target_type source",
    "text/numbers.tsv": "phrases value type",
    "text/months.tsv": "phrases month",
    "text/weekdays.tsv": "phrases weekday",
    "text/abbreviations.tsv": "abbreviation kind",
}
PHRASE_COLUMNS = {"aliases", "phrases", "cues", "base_kinds"}
TARGET_KINDS = {"diplomatic", "military", "police", "government", "civilians", "religious",
                "business", "infrastructure", "media", "education", "transport", "ngo", "other"}
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_file(path: Path, rel: str, errors: list[str]) -> int:
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    where = lambda n: f"{rel}:{n}"
    if not lines or not lines[0].startswith("#"):
        errors.append(f"{where(1)}: first line must be a comment naming source and licence")
    header = None
    header_line = 0
    rows = []
    for n, line in enumerate(lines, 1):
        if line.startswith("#"):
            continue
        if not line.strip():
            errors.append(f"{where(n)}: empty line")
            continue
        if "\r" in line:
            errors.append(f"{where(n)}: carriage return")
        cells = line.split("\t")
        if header is None:
            header, header_line = cells, n
            want = EXPECTED.get(rel)
            if want is not None and cells != want.split():
                errors.append(f"{where(n)}: header {cells} != FORMATS.md {want.split()}")
            continue
        if len(cells) != len(header):
            errors.append(f"{where(n)}: {len(cells)} columns, header has {len(header)}")
            continue
        row = dict(zip(header, cells))
        for col in PHRASE_COLUMNS & row.keys():
            value = row[col]
            if value and any(not p.strip() or p != p.strip() for p in value.split("|")):
                errors.append(f"{where(n)}: empty or padded phrase in {col}")
            if any(p in ("=", "") for p in value.split("|")) and value:
                errors.append(f"{where(n)}: bare '=' phrase in {col}")
        rows.append((n, row))
    if header is None:
        errors.append(f"{rel}: no column header")
        return 0
    if rel.endswith("actors/actors.tsv"):
        check_actors(rel, rows, errors)
    if rel.endswith("actors/agents.tsv"):
        for n, r in rows:
            if r["class"] not in ("attacker", "force", "official", "civilian"):
                errors.append(f"{rel}:{n}: class {r['class']!r}")
            if r["target_kind"] not in TARGET_KINDS:
                errors.append(f"{rel}:{n}: target_kind {r['target_kind']!r}")
            if r["inter"] and r["inter"] not in "12345678":
                errors.append(f"{rel}:{n}: inter {r['inter']!r}")
            if r["person"] not in ("0", "1"):
                errors.append(f"{rel}:{n}: person {r['person']!r}")
    if "id" in header:
        check_periods(rel, rows, errors)
    return len(rows)


def check_actors(rel: str, rows, errors: list[str]) -> None:
    for n, r in rows:
        if not re.fullmatch(r"[a-z0-9_]+", r["id"]):
            errors.append(f"{rel}:{n}: id {r['id']!r} is not a slug")
        if not r["name"]:
            errors.append(f"{rel}:{n}: empty name")
        if r["kind"] not in ("group", "state", "igo", "ngo", "media"):
            errors.append(f"{rel}:{n}: kind {r['kind']!r}")
        if r["inter"] and r["inter"] not in "12345678":
            errors.append(f"{rel}:{n}: inter {r['inter']!r}")
        if r["country"] and not re.fullmatch(r"[A-Z]{2}", r["country"]):
            errors.append(f"{rel}:{n}: country {r['country']!r}")
        for col in ("from", "until"):
            if r[col] and not DATE.fullmatch(r[col]):
                errors.append(f"{rel}:{n}: {col} {r[col]!r} is not YYYY-MM-DD")
        if r["from"] and r["until"] and r["from"] >= r["until"]:
            errors.append(f"{rel}:{n}: from {r['from']} not before until {r['until']}")
        if not r["aliases"]:
            errors.append(f"{rel}:{n}: no aliases")
        if not r["source"]:
            errors.append(f"{rel}:{n}: no source")


def check_periods(rel: str, rows, errors: list[str]) -> None:
    by_id: dict[str, list] = {}
    for n, r in rows:
        by_id.setdefault(r["id"], []).append((n, r.get("from", ""), r.get("until", "")))
    for rid, spans in by_id.items():
        for i, (n1, f1, u1) in enumerate(spans):
            for n2, f2, u2 in spans[i + 1:]:
                if (f1 or "0000") < (u2 or "9999") and (f2 or "0000") < (u1 or "9999"):
                    errors.append(f"{rel}:{n2}: id {rid} overlaps the period of line {n1}")


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data"
    errors: list[str] = []
    total = 0
    files = sorted(data.rglob("*.tsv"))
    for path in files:
        rel = path.relative_to(data).as_posix()
        count = check_file(path, rel, errors)
        total += count
        print(f"{rel}: {count} rows")
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {total} rows, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
