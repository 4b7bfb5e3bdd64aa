# Sourced by the other scripts: one PATH for everyone. npm's binaryen comes
# first, so Trunk never picks up Debian's wasm-opt (it miscompiles).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
cd "$ROOT"
# A CI run builds everything once: incremental caches would only double the
# disk it needs.
if [ "${CI:-}" = true ]; then export CARGO_INCREMENTAL=0; fi

step() { printf '\n==> %s\n' "$*"; }

# Fails with a clear message when a port is taken, instead of a confusing
# error from whatever we start on it.
require_free_port() {
  # SO_REUSEADDR, as servers use: a port in TIME_WAIT after a previous run is free.
  if ! python3 -c 'import socket,sys; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", int(sys.argv[1])))' "$1" 2>/dev/null; then
    echo "Port $1 on 127.0.0.1 is in use. Stop what uses it or set $2 to another port." >&2
    exit 1
  fi
}

# wait_for URL NAME [PID LOG]: waits until URL answers. Gives up after about
# 60 seconds, or as soon as PID (the server's process) has ended, and then
# shows the end of LOG.
wait_for() {
  local url=$1 name=$2 pid=${3:-} log=${4:-}
  for _ in $(seq 1 300); do
    if python3 -c 'import sys,urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' "$url" 2>/dev/null; then
      return 0
    fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      break
    fi
    sleep 0.2
  done
  echo "$name did not start; the end of its log${log:+ ($log)}:" >&2
  [ -z "$log" ] || tail -20 "$log" >&2
  return 1
}

# wait_for_build LOG PID: waits, however long it takes, until the trunk
# process PID has finished its first build (a line of LOG says success or
# error); fails when the build failed or trunk ended.
wait_for_build() {
  local log=$1 pid=$2
  while kill -0 "$pid" 2>/dev/null; do
    if grep -q 'INFO ✅ success' "$log" 2>/dev/null; then
      return 0
    fi
    if grep -q ' ERROR ' "$log" 2>/dev/null; then
      break
    fi
    sleep 0.2
  done
  echo "trunk's build failed; the end of its log ($log):" >&2
  tail -20 "$log" >&2
  return 1
}

# start_webkit_driver PORT: WebKitGTK's WebDriver on 127.0.0.1:PORT, its
# MiniBrowser on a private Xvfb display (it has no headless mode).
start_webkit_driver() {
  local port=$1 display=90
  while [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ]; do
    display=$((display + 1))
  done
  start_server .run/xvfb.log Xvfb ":$display" -screen 0 1280x1024x24 -nolisten tcp
  DISPLAY=":$display" start_server .run/webkit-webdriver.log WebKitWebDriver --port="$port" --host=127.0.0.1
  wait_for "http://127.0.0.1:$port/status" WebKitWebDriver "${started[-1]}" .run/webkit-webdriver.log
}

# The toolchain of the npm package's two wasm files (tools/build-npm.sh): a
# pinned nightly, because only nightly rebuilds std with
# panic=immediate-abort, which leaves Rust's panic messages and their
# formatting code out of the wasm (about 3.5-4 KB brotli per file). Nothing
# else uses it: lints, tests, the demo and the library stay on stable.
NPM_TOOLCHAIN=${NPM_TOOLCHAIN:-nightly-2026-05-20}

# Installs NPM_TOOLCHAIN with the std sources it rebuilds, once. Fails
# (status 1, with a warning) where rustup cannot fetch it; tools/build-npm.sh
# then builds on stable and says so.
ensure_npm_toolchain() {
  if rustup component list --toolchain "$NPM_TOOLCHAIN" --installed 2>/dev/null | grep -q '^rust-src'; then
    return 0
  fi
  step "Installing Rust $NPM_TOOLCHAIN with rust-src (the npm wasm files' toolchain)"
  if ! rustup toolchain install "$NPM_TOOLCHAIN" --profile minimal --component rust-src; then
    echo "warning: could not install Rust $NPM_TOOLCHAIN: the npm wasm files will be built on stable, about 3.5-4 KB (brotli) larger each" >&2
    return 1
  fi
}

# A wasm32 release build (cargo arguments follow) made the way the npm files
# are: on NPM_TOOLCHAIN with std rebuilt for panic=immediate-abort, or on
# stable where tools/build-npm.sh found no nightly (.run/npm-toolchain).
# The nightly build also turns the reference-types feature off (std too, as
# it is rebuilt): wasm-bindgen then keeps JS values in a table on the JS
# side instead of an externref table with a shim around every export and
# import, about 0.85 KB less wasm for 0.15 KB more glue (brotli,
# BENCHMARKS.md). Stable's prebuilt std has the feature on, and wasm-bindgen
# refuses a mix, so the stable fallback keeps it.
cargo_wasm_release() {
  if [ "$(cat "$ROOT/.run/npm-toolchain" 2>/dev/null)" = stable ]; then
    cargo build --release --target wasm32-unknown-unknown "$@"
  else
    RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Ctarget-feature=-reference-types" \
      cargo "+$NPM_TOOLCHAIN" build -Zbuild-std=std,panic_abort --release \
      --target wasm32-unknown-unknown "$@"
  fi
}

# How every shipped wasm is optimized. The features rustc enables for wasm32
# by default must be allowed explicitly. --low-memory-unused lets wasm-opt
# fold small constant offsets into loads and stores: it holds for Rust on
# wasm32, whose linker puts the 1 MiB stack first (growing down towards 0)
# and statics above it, so the first KiB is only touched by a stack about to
# overflow. After the first -Oz, the code is flattened and its control flow
# rebuilt (--flatten --rereloop), then --monomorphize specializes functions
# for their constant arguments, each followed by -Oz: smaller on both npm
# wasm files (BENCHMARKS.md has the bytes). Functions of up to 5
# instructions (binaryen's measure) are inlined into every caller (its
# default is 2; a setting every -Oz above uses): 45 brotli bytes smaller on
# each npm wasm, and fewer functions for V8 to compile on their first call
# while the element starts (105 to 96); 3, 4 and 6 gave more bytes.
WASM_OPT_FLAGS=(-Oz --converge --flatten --rereloop -Oz --monomorphize -Oz
  --always-inline-max-function-size=5
  --strip-producers --low-memory-unused
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)

# bindgen_and_shrink IN.wasm OUTDIR NAME: the wasm-bindgen glue (web target)
# and the wasm, optimized for size, as OUTDIR/NAME.js and OUTDIR/NAME_bg.wasm.
bindgen_and_shrink() {
  local wasm=$1 outdir=$2 name=$3
  wasm-bindgen --target web --no-typescript --out-dir "$outdir" --out-name "$name" "$wasm"
  # Only the loader our entries use (tools/lean-loader.mjs says what goes).
  node "$ROOT/tools/lean-loader.mjs" "$outdir/$name.js"
  # The target_features section only tells tools what the code uses.
  wasm-opt "${WASM_OPT_FLAGS[@]}" --strip-debug --strip-target-features "$outdir/${name}_bg.wasm" -o "$outdir/${name}_bg.wasm"
  # Minified glue: a plain <script type="module"> page gets no bundler to do it.
  esbuild "$outdir/$name.js" --minify --format=esm --log-level=warning --outfile="$outdir/$name.min.js"
  mv "$outdir/$name.min.js" "$outdir/$name.js"
  # One- and two-letter import and export names in place of wasm-bindgen's hashed ones.
  node "$ROOT/tools/minify-imports.mjs" "$outdir/${name}_bg.wasm" "$outdir/$name.js"
}

# Servers a script starts, each in its own session (so a terminal's Ctrl-C
# reaches only the script), are stopped with their whole group on exit.
started=()
stop_started() {
  trap - EXIT INT TERM
  local pid
  for pid in "${started[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
  # A server that has not ended after 5 seconds is killed, with its children.
  for _ in $(seq 1 50); do
    alive=""
    for pid in "${started[@]}"; do
      kill -0 -- "-$pid" 2>/dev/null && alive=1
    done
    [ -n "$alive" ] || break
    sleep 0.1
  done
  for pid in "${started[@]}"; do
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}

# stop_started_on_exit [MESSAGE]: when the script ends, also through Ctrl-C or
# TERM (which then end it at once rather than after the current command),
# stops the servers it started and prints MESSAGE.
stop_started_on_exit() {
  trap 'exit 130' INT
  trap 'exit 143' TERM
  # shellcheck disable=SC2064 # MESSAGE is fixed now, on purpose.
  trap "stop_started; ${1:+echo '$1'}" EXIT
}

# start_server LOG COMMAND...: runs COMMAND in the background, logging to LOG.
start_server() {
  local log=$1
  shift
  setsid "$@" >"$log" 2>&1 &
  started+=($!)
}
