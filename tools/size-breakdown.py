#!/usr/bin/env python3
"""Where the wasm's bytes go, by crate: twiggy's per-function sizes (from a
build that keeps names) summed by the crate each function comes from.
Usage: size-breakdown.py TWIGGY_CSV TITLE -> a Markdown table on stdout."""

import collections
import csv
import re
import sys

sizes = collections.Counter()
for row in csv.DictReader(open(sys.argv[1])):
    name, size = row["Name"], int(row["ShallowSize"])
    if "function names" in name or name.startswith("Σ") or name.startswith("..."):
        continue
    match = re.search(r"([a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::", name)
    if match:
        key = match.group(1)
    elif name.startswith("data segment"):
        key = "data (strings, tables)"
    else:
        key = "other (glue, tables, imports)"
    sizes[key] += size
total = sum(sizes.values())
print(f"### {sys.argv[2]}.wasm\n")
print("Code and data before `wasm-opt`, by crate (twiggy, shallow bytes):\n")
print("| crate | bytes | share |")
print("|---|---|---|")
shown = 0
for key, size in sizes.most_common(16):
    print(f"| {key} | {size:,} | {size * 100 / total:.1f}% |")
    shown += size
print(f"| everything else | {total - shown:,} | {(total - shown) * 100 / total:.1f}% |")
print(f"| **total** | **{total:,}** | |")
print()
