#!/usr/bin/env bash
# `make fuzz`: every cargo-fuzz target (nightly, libFuzzer), starting from
# the committed seeds in fuzz/seeds/ and growing a scratch corpus in
# .run/fuzz/. FUZZ_RUNS inputs per target (default 2,500,000: 12.5 million in
# all across the five targets). A crash fails the command and leaves its input
# in fuzz/artifacts/.
set -euo pipefail
source "$(dirname "$0")/env.sh"

FUZZ_RUNS="${FUZZ_RUNS:-2500000}"
CARGO_FUZZ_VERSION=0.13.1
if ! cargo fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
  step "Installing cargo-fuzz $CARGO_FUZZ_VERSION"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked --force cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi

for target in parse_response request endpoint cooldown widget_state; do
  step "Fuzzing $target ($FUZZ_RUNS inputs)"
  corpus=".run/fuzz/$target"
  mkdir -p "$corpus"
  cp -n fuzz/seeds/$target/* "$corpus/" 2>/dev/null || true
  if ! cargo +nightly fuzz run --fuzz-dir fuzz "$target" "$corpus" -- \
    -runs="$FUZZ_RUNS" -max_len=4096 -print_final_stats=1 >".run/fuzz/$target.log" 2>&1; then
    tail -40 ".run/fuzz/$target.log"
    exit 1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss" ".run/fuzz/$target.log"
done
