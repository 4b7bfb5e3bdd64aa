# Sourced by the other scripts: one PATH for everyone. npm's binaryen comes
# first, so Trunk never picks up Debian's wasm-opt (it miscompiles).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
cd "$ROOT"

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

# Waits until URL answers, or gives up after about 30 seconds.
wait_for() {
  for _ in $(seq 1 150); do
    if python3 -c 'import sys,urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' "$1" 2>/dev/null; then
      return 0
    fi
    sleep 0.2
  done
  echo "$2 did not start; see its log in .run/" >&2
  return 1
}

# How every shipped wasm is optimized. The features rustc enables for wasm32
# by default must be allowed explicitly. --low-memory-unused lets wasm-opt
# fold small constant offsets into loads and stores: it holds for Rust on
# wasm32, whose linker puts the 1 MiB stack first (growing down towards 0)
# and statics above it, so the first KiB is only touched by a stack about to
# overflow.
WASM_OPT_FLAGS=(-Oz --converge --strip-producers --low-memory-unused
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)

# bindgen_and_shrink IN.wasm OUTDIR NAME: the wasm-bindgen glue (web target)
# and the wasm, optimized for size, as OUTDIR/NAME.js and OUTDIR/NAME_bg.wasm.
bindgen_and_shrink() {
  local wasm=$1 outdir=$2 name=$3
  wasm-bindgen --target web --no-typescript --out-dir "$outdir" --out-name "$name" "$wasm"
  wasm-opt "${WASM_OPT_FLAGS[@]}" --strip-debug "$outdir/${name}_bg.wasm" -o "$outdir/${name}_bg.wasm"
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
  for pid in "${started[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}

# start_server LOG COMMAND...: runs COMMAND in the background, logging to LOG.
start_server() {
  local log=$1
  shift
  setsid "$@" >"$log" 2>&1 &
  started+=($!)
}
