#!/usr/bin/env bash
# `make demo`: installs what is missing, starts a local Cognito emulator with a
# user pool, an app client and an unconfirmed user, and serves the demo page
# pointed at them. Ctrl-C stops everything it started.
set -euo pipefail
source "$(dirname "$0")/env.sh"

MINISTACK_PORT="${MINISTACK_PORT:-4566}"
DEMO_PORT="${DEMO_PORT:-8080}"

tools/setup.sh
require_free_port "$MINISTACK_PORT" MINISTACK_PORT
require_free_port "$DEMO_PORT" DEMO_PORT
mkdir -p .run

cleanup() {
  stop_started
  echo "Stopped the emulator and the demo server."
}
trap cleanup EXIT INT TERM

step "Starting ministack on 127.0.0.1:$MINISTACK_PORT"
BIND_HOST=127.0.0.1 GATEWAY_PORT="$MINISTACK_PORT" start_server .run/ministack.log .venv/bin/ministack
wait_for "http://127.0.0.1:$MINISTACK_PORT/_ministack/health" ministack

step "Creating a user pool, an app client and an unconfirmed user"
seed=$(.venv/bin/python tools/seed_emulator.py "http://127.0.0.1:$MINISTACK_PORT/" ada ada@example.com)
url=$(python3 -c '
import json, sys, urllib.parse
seed = json.loads(sys.argv[1])
query = {"endpoint": seed["endpoint"], "client_id": seed["clientId"], "username": seed["username"]}
print("http://127.0.0.1:" + sys.argv[2] + "/?" + urllib.parse.urlencode(query))
' "$seed" "$DEMO_PORT")
echo "$seed"

tools/build-npm.sh
step "Building and serving the demo (the first build takes a minute or two)"
start_server .run/trunk.log trunk serve --port "$DEMO_PORT"
wait_for "http://127.0.0.1:$DEMO_PORT/" "trunk serve" || { tail -20 .run/trunk.log; exit 1; }

cat <<TXT

  Demo ready:  $url

  Open it and press "Resend code": the page shows where the emulator sent the
  code ("We emailed a code to a****@e****."). Change username= in the address
  to see how an unknown user is reported.

  Logs: .run/ministack.log, .run/trunk.log.  Ctrl-C stops everything.
TXT
wait
