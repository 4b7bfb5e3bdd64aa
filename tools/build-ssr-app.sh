#!/usr/bin/env bash
# Builds examples/ssr-app, the server-rendered Leptos app the tests drive,
# with the steps cargo-leptos would take (by hand: cargo-leptos downloads
# missing tools at run time, and this machine kind reaches no download host):
# the server natively with `ssr`, the client to wasm with `hydrate`, then
# wasm-bindgen into the site's pkg/ folder, where Leptos's HydrationScripts
# look for it. Twice: as a hydrated app, and in islands mode.
#   target/ssr-app/hydrate/{ssr-app, site/}   target/ssr-app/islands/{...}
# Serve one with
#   LEPTOS_OUTPUT_NAME=ssr_app LEPTOS_SITE_ROOT=target/ssr-app/hydrate/site \
#   LEPTOS_SITE_ADDR=127.0.0.1:3000 target/ssr-app/hydrate/ssr-app
set -euo pipefail
source "$(dirname "$0")/env.sh"

# build_app MODE EXTRA_FEATURES
build_app() {
  local mode=$1 extra=$2 out=target/ssr-app/$1
  step "Building the server-rendered example app ($mode): the server (ssr$extra)"
  cargo build -p ssr-app --features "ssr$extra"
  mkdir -p "$out"
  # Through a rename, so a copy still running keeps its file.
  cp target/debug/ssr-app "$out/ssr-app.new"
  mv -f "$out/ssr-app.new" "$out/ssr-app"
  step "Building the server-rendered example app ($mode): the client (hydrate$extra, wasm)"
  cargo build -p ssr-app --lib --target wasm32-unknown-unknown --features "hydrate$extra"
  wasm-bindgen --target web --no-typescript --out-dir "$out/site/pkg" --out-name ssr_app \
    target/wasm32-unknown-unknown/debug/ssr_app.wasm
}
build_app hydrate ""
build_app islands ",islands"
