#!/usr/bin/env bash
# `make test`: every test, from a clean checkout, installing what is missing.
#   1. lints + native tests of the pure core (cargo test)
#   2. the component and the wire in Chromium, Firefox and WebKit
#      (wasm-bindgen-test)
#   3. the Trunk-built demo end to end, against ministack and the scripted
#      fake Cognito: each scenario in Chromium, Firefox and WebKit through
#      WebDriver, and Chromium-only checks (console, interception, offline,
#      screenshots) with Playwright
#   4. the npm package: packed, installed in a fresh project, used from Node,
#      TypeScript, Vite, esbuild, webpack and a plain page (the pages in
#      Chromium, Firefox and WebKit)
#   5. a server-rendered Leptos app using the component (hydrated, islands)
#   6. README's first command: `make demo` in a fresh copy of the tree, as a
#      new user runs it (Ctrl-C during the first build, then the page)
set -euo pipefail
source "$(dirname "$0")/env.sh"

FAKE_PORT="${FAKE_PORT:-4571}"
TEST_MINISTACK_PORT="${TEST_MINISTACK_PORT:-4572}"
SSR_APP_PORT="${SSR_APP_PORT:-4575}"
WEBKIT_DRIVER_PORT="${WEBKIT_DRIVER_PORT:-4577}"
GECKODRIVER_PORT="${GECKODRIVER_PORT:-4578}"
CHROMEDRIVER_PORT="${CHROMEDRIVER_PORT:-4579}"

tools/setup.sh --browser
mkdir -p .run

stop_started_on_exit

step "Formatting and lints"
cargo fmt --all --check
# The component in each rendering mode an app may pick: the server half
# natively, the client halves for wasm32.
cargo clippy --all-targets -- -D warnings
cargo clippy --all-targets --features ssr -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --features csr -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --features hydrate -- -D warnings
# Each npm wasm is built from a subset of the features: lint those too.
cargo clippy --target wasm32-unknown-unknown --all-targets --no-default-features --features element -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --no-default-features --features headless -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p cognito-resend-code-npm --features element -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p cognito-resend-code-npm --features headless -- -D warnings
# The server-rendered example app, both halves, and in islands mode.
cargo clippy -p ssr-app --features ssr -- -D warnings
cargo clippy -p ssr-app --features ssr,islands -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p ssr-app --lib --features hydrate -- -D warnings

step "1/6 Native tests of the pure core"
cargo test

step "Starting the fake Cognito (:$FAKE_PORT) and ministack (:$TEST_MINISTACK_PORT)"
require_free_port "$FAKE_PORT" FAKE_PORT
require_free_port "$TEST_MINISTACK_PORT" TEST_MINISTACK_PORT
start_server .run/fake-cognito.log python3 tests/support/fake_cognito.py "$FAKE_PORT"
BIND_HOST=127.0.0.1 GATEWAY_PORT="$TEST_MINISTACK_PORT" start_server .run/ministack-test.log .venv/bin/ministack
export FAKE_COGNITO_URL="http://127.0.0.1:$FAKE_PORT/"
export MINISTACK_URL="http://127.0.0.1:$TEST_MINISTACK_PORT/"
wait_for "${FAKE_COGNITO_URL}_requests" "the fake Cognito"
wait_for "${MINISTACK_URL}_ministack/health" ministack

step "2/6 Component and wire tests in Chromium, Firefox and WebKit"
# wasm-bindgen-test-runner picks the browser from its driver's variable:
# CHROMEDRIVER (env.sh), GECKODRIVER, or a running driver's *_REMOTE URL
# (WebKitWebDriver speaks the protocol its Safari mode uses).
echo "--- Chromium"
cargo test --target wasm32-unknown-unknown --features element,headless --test web --test web_page --test one_request
echo "--- Firefox ESR"
GECKODRIVER="$(command -v geckodriver)" cargo test --target wasm32-unknown-unknown --features element,headless --test web --test web_page --test one_request
echo "--- WebKitGTK"
require_free_port "$WEBKIT_DRIVER_PORT" WEBKIT_DRIVER_PORT
start_webkit_driver "$WEBKIT_DRIVER_PORT"
SAFARIDRIVER_REMOTE="http://127.0.0.1:$WEBKIT_DRIVER_PORT/" cargo test --target wasm32-unknown-unknown --features element,headless --test web --test web_page --test one_request
# The same drivers serve the npm pages' tests in Firefox and WebKit (step 4).
export WEBKIT_WEBDRIVER_URL="http://127.0.0.1:$WEBKIT_DRIVER_PORT/"
require_free_port "$GECKODRIVER_PORT" GECKODRIVER_PORT
start_server .run/geckodriver.log geckodriver --port "$GECKODRIVER_PORT" --host 127.0.0.1
wait_for "http://127.0.0.1:$GECKODRIVER_PORT/status" geckodriver "${started[-1]}" .run/geckodriver.log
export GECKODRIVER_URL="http://127.0.0.1:$GECKODRIVER_PORT/"
# Chromium through WebDriver too, so the engine suites (one scenario, three
# engines: tests/support/webdriver.mjs) run in all three the same way.
require_free_port "$CHROMEDRIVER_PORT" CHROMEDRIVER_PORT
start_server .run/chromedriver.log "$CHROMEDRIVER" --port="$CHROMEDRIVER_PORT"
wait_for "http://127.0.0.1:$CHROMEDRIVER_PORT/status" chromedriver "${started[-1]}" .run/chromedriver.log
export CHROMEDRIVER_URL="http://127.0.0.1:$CHROMEDRIVER_PORT/"

step "Building the npm package and the demo (release, wasm-opt)"
tools/build-npm.sh
tools/check-size.sh
trunk build --release

step "Seeding ministack"
seed=$(.venv/bin/python tools/seed_emulator.py "$MINISTACK_URL" ada ada@example.com)
eval "$(python3 -c '
import json, shlex, sys
seed = json.loads(sys.argv[1])
for key, name in (("clientId", "SEED_CLIENT_ID"), ("userPoolId", "SEED_USER_POOL_ID"), ("username", "SEED_USERNAME")):
    print("export " + name + "=" + shlex.quote(seed[key]))
' "$seed")"

step "3/6 The demo end to end in Chromium, Firefox and WebKit"
node --test tests/e2e/

step "4/6 The npm package as its users get it"
tools/test-npm.sh

tools/build-ssr-app.sh
# start_ssr_app MODE PORT: the example app built in MODE, on 127.0.0.1:PORT.
start_ssr_app() {
  local mode=$1 port=$2
  require_free_port "$port" "SSR_APP_PORT (+1 for islands)"
  LEPTOS_OUTPUT_NAME=ssr_app LEPTOS_SITE_ROOT="target/ssr-app/$mode/site" LEPTOS_SITE_ADDR="127.0.0.1:$port" \
    start_server ".run/ssr-app-$mode.log" "target/ssr-app/$mode/ssr-app"
  wait_for "http://127.0.0.1:$port/" "the server-rendered example app ($mode)" "${started[-1]}" ".run/ssr-app-$mode.log"
}
start_ssr_app hydrate "$SSR_APP_PORT"
start_ssr_app islands "$((SSR_APP_PORT + 1))"
export SSR_APP_URL="http://127.0.0.1:$SSR_APP_PORT/"
export SSR_ISLANDS_URL="http://127.0.0.1:$((SSR_APP_PORT + 1))/"

step "5/6 <ResendCode/> in a server-rendered Leptos app: hydrated and islands, in Chromium, Firefox and WebKit"
node --test tests/ssr/

step "6/6 README's first command: make demo in a fresh copy of the tree"
node --test tests/readme/

step "All tests passed"
