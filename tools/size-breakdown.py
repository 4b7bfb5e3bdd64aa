#!/usr/bin/env python3
"""Where the shipped wasm's bytes go: twiggy's per-item sizes, from the same
wasm-opt -Oz build as the package but with names kept (tools/bench.sh), summed
by the crate each function comes from, and ours by module.
Usage: size-breakdown.py TWIGGY_CSV TITLE -> Markdown on stdout."""

import collections
import csv
import re
import sys

OURS = "cognito_resend_code"
# Modules counted by their submodule (the others as a whole).
SUBMODULES = {
    "protocol": {"endpoint", "error", "json", "request", "response", "secret_hash", "validate"},
    "widget": {"controller", "render"},
    "widget_state": {"machine", "view"},
}

by_crate = collections.Counter()
by_module = collections.Counter()
for row in csv.DictReader(open(sys.argv[1])):
    name, size = row["Name"], int(row["ShallowSize"])
    # Newer rustc names carry each crate's disambiguator (`alloc[7a32a764]::`)
    # and number closures (`{closure#0}`): the older forms are matched below.
    name = re.sub(r"\[[0-9a-f]+\]", "", name)
    name = re.sub(r"\{closure#\d+\}", "{{closure}}", name)
    # Names exist only for this count; they are not shipped.
    if "names\" subsection" in name or name.startswith("Σ") or name.startswith("..."):
        continue
    match = re.search(r"([a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::", name)
    if name.startswith("import "):
        crate = "imports (one per browser function called)"
    elif name.startswith("export "):
        crate = "exports"
    elif name.startswith("data segment"):
        crate = "data (strings, tables)"
    elif name.startswith("js_sys::futures::future_to_promise::") and name.endswith("::{{closure}}::{{closure}}"):
        # The body of a promise wasm-bindgen makes from an async export: it is
        # generic, so named after js_sys, but what it runs (inlined) is ours.
        crate = OURS
    elif match:
        crate = match.group(1)
    elif re.match(r"[a-zA-Z][A-Za-z0-9_]*( |$)", name) and not re.match(r"(code|type|elem|table|func|custom)\b", name):
        # wasm-bindgen's entry points for our #[wasm_bindgen] exports, named
        # after the JS export, with what they inlined.
        crate = OURS
    else:
        crate = "other (glue, tables, types)"
    by_crate[crate] += size
    if crate == OURS:
        # The item's own path: cognito_resend_code::protocol::json::Reader::value
        # -> protocol::json. Generic code instantiated for our types is named
        # after the generic crate and counted there.
        path = re.search(OURS + r"::([a-z_:]+?)(::[A-Z<{]|::[a-z_0-9]+::h[0-9a-f]{16}|$)", name)
        parts = path.group(1).split("::") if path else ["JS entry points (exported functions, with what they inlined)"]
        # The folder (pure, shell, packaging) is in the module table's own
        # row names: protocol::json, widget::controller, settings, ...
        if parts[0] in ("pure", "shell", "packaging") and len(parts) > 1:
            parts = parts[1:]
        inner = SUBMODULES.get(parts[0], ())
        module = "::".join(parts[:2]) if len(parts) > 1 and parts[1] in inner else parts[0]
        by_module[module] += size


def table(counter, heading, rows):
    total = sum(counter.values())
    print(f"| {heading} | bytes | share |")
    print("|---|---|---|")
    shown = 0
    for key, size in counter.most_common(rows):
        print(f"| {key} | {size:,} | {size * 100 / total:.1f}% |")
        shown += size
    if total > shown:
        print(f"| everything else | {total - shown:,} | {(total - shown) * 100 / total:.1f}% |")
    print(f"| **total** | **{total:,}** | |")
    print()


print(f"### {sys.argv[2]}.wasm\n")
print(
    "The shipped code and data, after `wasm-opt -Oz` (built again with names "
    "kept, only for this count), by crate (twiggy, shallow bytes):\n"
)
table(by_crate, "crate", 16)
print(
    f"`{OURS}` by module. The optimizer inlines small functions into their "
    "callers, so a caller's count includes what it inlined (the request "
    "task carries validation, endpoint resolution, the JSON writer and "
    "reader, response and error parsing and the POST):\n"
)
table(by_module, "module", 20)
