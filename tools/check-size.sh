#!/usr/bin/env bash
# The size guard: fails when what the npm package ships (pkg/, built by
# tools/build-npm.sh) grows past size-budget.json. Bytes, not time: brotli
# output is deterministic for the same build.
set -euo pipefail
source "$(dirname "$0")/env.sh"

node - <<'JS'
const { readFileSync } = require("node:fs");
const { brotliCompressSync, constants } = require("node:zlib");
const budgets = JSON.parse(readFileSync("size-budget.json", "utf8"));
// A build on stable (where the pinned nightly could not be installed, see
// tools/build-npm.sh) carries the panic runtime: it has its own budget.
let toolchain = "";
try { toolchain = readFileSync(".run/npm-toolchain", "utf8").trim(); } catch {}
const budget = toolchain === "stable" ? budgets.stable_fallback : budgets;
if (toolchain === "stable") console.log("pkg/ was built on stable (no pinned nightly): checking against size-budget.json's stable_fallback");
const brotli = (file) =>
  brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
// What each kind of page downloads: the headless API, or the element.
const measured = {
  headless_wasm_brotli: brotli("pkg/cognito_resend_code_bg.wasm"),
  headless_js_brotli: brotli("pkg/cognito_resend_code.js") + brotli("pkg/index.js"),
  element_wasm_brotli: brotli("pkg/cognito_resend_code_element_bg.wasm"),
  element_js_brotli:
    brotli("pkg/cognito_resend_code_element.js") + brotli("pkg/element.js") + brotli("pkg/define.js") +
    brotli("pkg/element-styles.js"),
  css_brotli: brotli("pkg/resend-code.css"),
};
let over = false;
for (const [key, size] of Object.entries(measured)) {
  if (!(key in budget)) {
    console.error(`size-budget.json has no ${key}`);
    process.exit(1);
  }
  const limit = budget[key];
  const verdict = size > limit ? "OVER BUDGET" : "ok";
  if (size > limit) over = true;
  console.log(`${key.padEnd(22)} ${String(size).padStart(7)} bytes (budget ${limit}) ${verdict}`);
}
if (over) {
  console.error("The package grew past size-budget.json. Find the bytes (BENCHMARKS.md explains how) or, if they are worth it, raise the budget in the same commit and say why.");
  process.exit(1);
}
JS
