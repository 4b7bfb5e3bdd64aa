#!/usr/bin/env bash
# `make bench`: builds the package and every peer's page, measures them side
# by side in Chromium against a local fake Cognito, and writes BENCHMARKS.md,
# bench/chart.png and bench/results.json. BENCH_ROUNDS sets the rounds
# (default 21: one warm-up plus 20); BENCH_PROFILES (and BENCH_PAGES) a
# quick look that only prints (bench/run.mjs).
set -euo pipefail
source "$(dirname "$0")/env.sh"

BENCH_FAKE_PORT="${BENCH_FAKE_PORT:-4581}"
TWIGGY_VERSION=0.8.0

tools/setup.sh --browser
if ! twiggy --version 2>/dev/null | grep -qx "twiggy-opt $TWIGGY_VERSION"; then
  step "Installing twiggy $TWIGGY_VERSION (size breakdown)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked --force twiggy --version "$TWIGGY_VERSION"
fi
if ! cmp -s bench/package-lock.json bench/node_modules/.installed-lock.json; then
  step "Installing the peers (pinned)"
  npm ci --prefix bench --no-audit --no-fund --loglevel=error
  cp bench/package-lock.json bench/node_modules/.installed-lock.json
fi
tools/build-npm.sh

step "Building the Rust/wasm floor (bench/rust-floor), as the npm files are built"
(cd bench/rust-floor && cargo_wasm_release --quiet --locked)
bindgen_and_shrink bench/rust-floor/target/wasm32-unknown-unknown/release/rust_floor.wasm \
  bench/rust-floor/pkg rust_floor

if [[ -z "${BENCH_PROFILES:-}" ]]; then
  step "Where the wasm's bytes go (twiggy)"
  mkdir -p .run/twiggy
  : >bench/wasm-breakdown.md
  for name in cognito_resend_code_element cognito_resend_code; do
    # The shipped optimization, with function names kept for the count.
    wasm-bindgen --target web --no-typescript --keep-debug --out-dir .run/twiggy ".run/$name.wasm"
    wasm-opt "${WASM_OPT_FLAGS[@]}" -g ".run/twiggy/${name}_bg.wasm" -o ".run/twiggy/${name}_named.wasm"
    node tools/minify-imports.mjs ".run/twiggy/${name}_named.wasm" ".run/twiggy/$name.js"
    twiggy top -n 100000 -f csv ".run/twiggy/${name}_named.wasm" >".run/twiggy/$name.csv"
    python3 tools/size-breakdown.py ".run/twiggy/$name.csv" "$name" >>bench/wasm-breakdown.md
  done
fi

require_free_port "$BENCH_FAKE_PORT" BENCH_FAKE_PORT
stop_started_on_exit
start_server .run/fake-bench.log python3 tests/support/fake_cognito.py "$BENCH_FAKE_PORT"
export FAKE_COGNITO_URL="http://127.0.0.1:$BENCH_FAKE_PORT/"
wait_for "${FAKE_COGNITO_URL}_stats" "the fake Cognito"

step "Measuring (${BENCH_ROUNDS:-21} rounds)"
node bench/run.mjs
# A quick look (BENCH_PROFILES, see bench/run.mjs) only prints: the report
# stays the one the last full run wrote.
[[ -n "${BENCH_PROFILES:-}" ]] || node bench/report.mjs
