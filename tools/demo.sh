#!/usr/bin/env bash
# `make demo`: installs what is missing, starts a local Cognito emulator with a
# user pool, an app client and an unconfirmed user, builds the demo and serves
# it pointed at them. Ctrl-C stops everything it started, at any point.
#
# The builds run in the foreground, so cargo shows its own progress and a
# first build may take as long as it takes; "Demo ready" is printed only once
# the page really serves.
set -euo pipefail
source "$(dirname "$0")/env.sh"

MINISTACK_PORT="${MINISTACK_PORT:-4566}"
DEMO_PORT="${DEMO_PORT:-8080}"

stop_started_on_exit "Stopped the emulator and the demo server."

tools/setup.sh
require_free_port "$MINISTACK_PORT" MINISTACK_PORT
require_free_port "$DEMO_PORT" DEMO_PORT
mkdir -p .run

step "Starting ministack on 127.0.0.1:$MINISTACK_PORT"
BIND_HOST=127.0.0.1 GATEWAY_PORT="$MINISTACK_PORT" start_server .run/ministack.log .venv/bin/ministack
ministack=${started[-1]}
wait_for "http://127.0.0.1:$MINISTACK_PORT/_ministack/health" ministack "$ministack" .run/ministack.log

step "Creating a user pool, an app client and an unconfirmed user"
seed=$(.venv/bin/python tools/seed_emulator.py "http://127.0.0.1:$MINISTACK_PORT/" ada ada@example.com)
url=$(python3 -c '
import json, sys, urllib.parse
seed = json.loads(sys.argv[1])
query = {"endpoint": seed["endpoint"], "client_id": seed["clientId"], "username": seed["username"]}
print("http://127.0.0.1:" + sys.argv[2] + "/?" + urllib.parse.urlencode(query))
' "$seed" "$DEMO_PORT")
echo "$seed"

# The page also shows the element and the headless API from the npm package.
tools/build-npm.sh

step "Building the demo page (the first build compiles Leptos: a few minutes; cargo shows how far it is)"
if ! trunk build; then
  echo "The demo's build failed; the errors are above." >&2
  exit 1
fi

# trunk serve builds once more on start (cargo has nothing left to compile),
# then rebuilds only when a file it watches changes (Trunk.toml [watch]).
step "Serving the demo on 127.0.0.1:$DEMO_PORT"
start_server .run/trunk.log trunk serve --port "$DEMO_PORT"
trunk_pid=${started[-1]}
wait_for_build .run/trunk.log "$trunk_pid"
wait_for "http://127.0.0.1:$DEMO_PORT/" "trunk serve" "$trunk_pid" .run/trunk.log

cat <<TXT

  Demo ready:  $url

  Open it and press "Resend code": the page shows where the emulator sent the
  code ("We emailed a code to a****@e****."). Change username= in the address
  to see how an unknown user is reported.

  Logs: .run/ministack.log, .run/trunk.log.  Ctrl-C stops everything.
TXT

# Until Ctrl-C, or until a server ends by itself (then say so and stop).
wait -n "${started[@]}" || true
echo "A demo server stopped by itself; see its log in .run/." >&2
exit 1
