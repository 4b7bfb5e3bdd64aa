#!/usr/bin/env bash
# Builds the npm package into pkg/: the two wasm files (release, wasm-opt
# -Oz), their wasm-bindgen glue, the stylesheet and the JS entries (from
# src/packaging/npm/), next to the types and package.json.
#   tools/build-npm.sh          build
#   tools/build-npm.sh --pack   build, then `npm pack` into .run/
set -euo pipefail
source "$(dirname "$0")/env.sh"

step "Building the npm package into pkg/"
# One wasm per packaging, each with only the code it runs (cargo features):
# the headless API for the main entry (and Node), the widget for the element.
# The unoptimized wasm of each stays in .run/ for the size breakdown (make bench).
mkdir -p .run
# npm-wasm/ is the crate of these two builds: the library plus the allocator
# and JS exports that only they want.
# They are built with the pinned nightly (tools/env.sh), its std rebuilt with
# panic=immediate-abort: a panic traps at once. That is what a panic already
# did in these builds (panic=abort, and on wasm32-unknown-unknown the panic
# hook prints nothing), without the message formatting code it linked in.
# Their own target dir keeps the stable builds' caches as they are. Where
# the nightly cannot be had, stable builds them (larger), and
# .run/npm-toolchain tells tools/check-size.sh which budget applies.
if ensure_npm_toolchain; then
  echo "$NPM_TOOLCHAIN" >.run/npm-toolchain
else
  echo stable >.run/npm-toolchain
fi
build_wasm() {
  local features=$1 name=$2
  cargo_wasm_release --target-dir target/npm --lib -p cognito-resend-code-npm --features "$features"
  cp target/npm/wasm32-unknown-unknown/release/cognito_resend_code_npm.wasm ".run/$name.wasm"
  bindgen_and_shrink ".run/$name.wasm" pkg "$name"
}
build_wasm headless cognito_resend_code
build_wasm element cognito_resend_code_element
# The stylesheet, minified; the element takes it as a string module.
esbuild style/resend-code.css --minify --log-level=warning --outfile=pkg/resend-code.css
node -e 'const fs = require("fs");
fs.writeFileSync("pkg/element-styles.js", "export default " + JSON.stringify(fs.readFileSync("pkg/resend-code.css", "utf8").trim()) + ";\n");'

# The hand-written entries (src/packaging/npm/), without comments and
# whitespace: a page without a bundler loads them as they are. Names stay,
# so stack traces and the element's class name read as written.
for entry in index node server worker element define locales; do
  esbuild "src/packaging/npm/$entry.js" --minify-whitespace --minify-syntax --format=esm \
    --log-level=warning --outfile="pkg/$entry.js"
done

# The catalogs the wasm files leave out, fetched when a page needs one.
rm -rf pkg/locales
cargo run --quiet --example export_locales -- pkg/locales

# The package's version follows the crate's.
crate_version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
npm_version=$(node -p 'require("./pkg/package.json").version')
if [ "$crate_version" != "$npm_version" ]; then
  echo "pkg/package.json has version $npm_version, Cargo.toml $crate_version: make them equal." >&2
  exit 1
fi

if [ "${1:-}" = "--pack" ]; then
  mkdir -p .run
  (cd pkg && npm pack --silent --pack-destination ../.run >/dev/null)
  echo "Packed .run/cognito-resend-code-$npm_version.tgz"
fi
