#!/usr/bin/env bash
# The npm package as a user gets it: pack it, install the tarball into a fresh
# project (tests/npm/.work), then Node tests, `tsc --strict`, pages built with
# Vite, esbuild and webpack, and a plain page, in Chromium (Playwright), and
# the pages again in Firefox and WebKit (WebDriver). Needs the fake Cognito,
# ministack and the drivers that tools/test.sh starts (and its environment).
set -euo pipefail
source "$(dirname "$0")/env.sh"

tools/build-npm.sh --pack
version=$(node -p 'require("./pkg/package.json").version')
tarball="$ROOT/.run/cognito-resend-code-$version.tgz"

step "npm publish --dry-run"
(cd pkg && npm publish --dry-run 2>&1 | grep -E "Tarball Contents|total files|package size|unpacked size|^npm (error|warn)" || true)

step "Installing the tarball into a fresh project"
work=tests/npm/.work
rm -rf "$work"
mkdir -p "$work"
cp -r tests/npm/package.json tests/npm/package-lock.json tests/npm/app tests/npm/webpack.config.mjs tests/npm/vite.config.mjs \
  tests/npm/types.ts tests/npm/tsconfig.json tests/npm/react-types.tsx tests/npm/tsconfig.react.json tests/npm/plain.html.in tests/npm/headless.html.in tests/npm/languages.html.in tests/npm/conventions.html.in tests/npm/sandboxed.html.in tests/npm/sandboxed-frame.html.in tests/npm/*.test.mjs "$work/"
cd "$work"
npm ci --no-audit --no-fund --loglevel=error
npm install --no-save --no-audit --no-fund --loglevel=error "$tarball"

step "tsc --noEmit --strict on a file that uses every export, and on React JSX using the element"
npx tsc -p tsconfig.json
npx tsc -p tsconfig.react.json

step "Building pages with Vite, esbuild and webpack (no plugins)"
# The same page in German, with pkg/README's catalog hint beside the wasm's.
sed -e 's#<html lang="en">#<html lang="de">#' \
  -e 's#^\( *\)\(<link rel="preload" href="\([^"]*/\)cognito_resend_code_bg.wasm"[^>]*>\)#\1\2\n\1<link rel="preload" href="\3locales/de.json" as="fetch" crossorigin />#' \
  app/index.html >app/de.html
grep -q 'locales/de.json' app/de.html
npx vite build app --config vite.config.mjs --base ./ --outDir ../dist-vite --emptyOutDir --logLevel warn
npx esbuild app/main.js --bundle --format=esm --minify --log-level=warning --outdir=dist-esbuild
# esbuild leaves new URL("...wasm", import.meta.url) alone: the wasm files go next to the bundle.
cp -r node_modules/cognito-resend-code/cognito_resend_code_bg.wasm node_modules/cognito-resend-code/cognito_resend_code_element_bg.wasm node_modules/cognito-resend-code/locales dist-esbuild/
# The pages' preload hints point at the files next to the bundle.
for page in index de; do
  sed 's#\.\./node_modules/cognito-resend-code/##' "app/$page.html" >"dist-esbuild/$page.html"
done
npx webpack --config webpack.config.mjs --no-stats
cp dist-esbuild/index.html dist-esbuild/de.html dist-webpack/

step "Node and browser tests of the installed package"
ROOT="$ROOT" node --test node.test.mjs browser.test.mjs engines.test.mjs conventions.test.mjs
