#!/usr/bin/env bash
# Installs what the demo and the tests need, each piece only when it is not
# already there at the pinned version, so a second run takes seconds.
#   tools/setup.sh            the demo's tools
#   tools/setup.sh --browser  also the browsers and their drivers (for the
#                             tests): Chromium, Firefox ESR, WebKitGTK
set -euo pipefail
source "$(dirname "$0")/env.sh"

TRUNK_VERSION=0.21.14
# Must equal the wasm-bindgen version in Cargo.lock.
WASM_BINDGEN_VERSION=0.2.130
GECKODRIVER_VERSION=0.37.1

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The npm wasm files' pinned nightly (tools/env.sh); without it they build on stable.
ensure_npm_toolchain || true

# Building these from source takes minutes; LTO off halves that and yields
# the same tools.
fast_install() {
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install "$@"
}

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "Installing trunk $TRUNK_VERSION (about 5 minutes)"
  fast_install --locked --force trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] ||
  ! command -v wasm-bindgen-test-runner >/dev/null; then
  step "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 7 minutes)"
  # Not --locked: its lockfile wants a webpki-roots version the registry lacks.
  fast_install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! cmp -s tools/package-lock.json tools/node_modules/.installed-lock.json; then
  step "Installing wasm-opt and playwright-core from npm"
  npm ci --prefix tools --no-audit --no-fund
  cp tools/package-lock.json tools/node_modules/.installed-lock.json
fi

if ! cmp -s tools/requirements.txt .venv/.installed-requirements.txt; then
  step "Installing ministack into .venv"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r tools/requirements.txt
  cp tools/requirements.txt .venv/.installed-requirements.txt
fi

# The browser engines the tests run in: Chromium, Firefox ESR and WebKitGTK
# (Safari's engine; its MiniBrowser needs a display, hence Xvfb), each with
# its WebDriver. Debian's stable versions: apt pins them per release.
if [ "${1:-}" = "--browser" ] && { [ ! -x "$CHROMIUM" ] || [ ! -x "$CHROMEDRIVER" ] ||
  [ ! -x /usr/bin/firefox-esr ] || [ ! -x /usr/bin/WebKitWebDriver ] || [ ! -x /usr/bin/Xvfb ]; }; then
  step "Installing Chromium, Firefox ESR, WebKitGTK and their drivers from Debian"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver \
    firefox-esr webkit2gtk-driver xvfb
fi

if [ "${1:-}" = "--browser" ] && [ "$(geckodriver --version 2>/dev/null | head -1)" != "geckodriver $GECKODRIVER_VERSION" ]; then
  step "Installing geckodriver $GECKODRIVER_VERSION (Firefox's WebDriver; about 3 minutes)"
  fast_install --locked --force geckodriver --version "$GECKODRIVER_VERSION"
fi
