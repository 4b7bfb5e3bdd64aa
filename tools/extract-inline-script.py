#!/usr/bin/env python3
"""Trunk post-build hook: moves the inline module script Trunk writes into
index.html to its own file, so the demo runs under a strict Content Security
Policy (script-src 'self' 'wasm-unsafe-eval', no inline script)."""

import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
index = os.path.join(staging, "index.html")
html = open(index, encoding="utf-8").read()
pattern = re.compile(r"<script type=\"module\">(.*?)</script>", re.S)
match = pattern.search(html)
if match:
    with open(os.path.join(staging, "start.js"), "w", encoding="utf-8") as out:
        out.write(match.group(1).strip() + "\n")
    html = html[: match.start()] + '<script type="module" src="/start.js"></script>' + html[match.end():]
    open(index, "w", encoding="utf-8").write(html)
