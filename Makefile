.PHONY: demo test setup bench fuzz

# Installs what is missing, starts a local Cognito emulator and serves the demo.
demo:
	tools/demo.sh

# Every test: lints, native, browser (wasm-bindgen-test), end to end (Playwright).
test:
	tools/test.sh

# Only the installs (the other two run it themselves).
setup:
	tools/setup.sh --browser

# Side-by-side benchmark against the JavaScript peers -> BENCHMARKS.md.
bench:
	tools/bench.sh

# Fuzz the parsers, validation, endpoints and the cooldown (nightly, libFuzzer).
fuzz:
	tools/fuzz.sh
