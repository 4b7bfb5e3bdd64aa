// Builds one minimal production page per contender into bench/dist/<name>/,
// each bundled and minified by the same esbuild. Ours is built from pkg/
// (run tools/build-npm.sh first); its wasm goes next to the bundle.
import { build } from "esbuild";
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const pkg = here("../pkg/");

export const pages = [
  { name: "floor", entry: "floor.js", label: "hand-written fetch() (the floor)" },
  { name: "rust-floor", entry: "rust-floor.js", label: "Rust/wasm floor: one gloo-net POST, nothing else", rustFloor: true },
  { name: "identity-js", entry: "identity-js.js", label: "amazon-cognito-identity-js 6.3.21" },
  { name: "amplify", entry: "amplify.js", label: "aws-amplify 6.22.1 resendSignUpCode" },
  { name: "sdk-v3", entry: "sdk-v3.js", label: "@aws-sdk/client-cognito-identity-provider 3.1169.0" },
  { name: "amplify-ui", entry: "amplify-ui.jsx", label: "@aws-amplify/ui-react 6.15.6 Authenticator + React 19", noClick: true },
  { name: "ours-element", entry: "ours-element.js", label: "ours: <cognito-resend-code> element", ours: true },
  { name: "ours-headless", entry: "ours-headless.js", label: "ours: headless API + hand-drawn button", ours: true },
];

// Marks the moment the page's button can be pressed, the same way everywhere.
const readyProbe =
  "(function p(){var b=globalThis.benchButton&&benchButton();if(b&&!b.disabled)globalThis.__ready=performance.now();else requestAnimationFrame(p)})()";

function html(page, hasCss) {
  const button = page.ours && page.name === "ours-element" || page.noClick
    ? ""
    : '<button id="resend" type="button">Resend code</button><p id="result" role="status"></p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench ${page.name}</title>` +
    `<link rel="icon" href="data:,">${hasCss ? '<link rel="stylesheet" href="main.css">' : ""}` +
    `<script>${readyProbe}</script></head><body><main id="root">${button}</main>` +
    `<script type="module" src="main.js"></script></body></html>`;
}

export async function buildAll() {
  rmSync(here("dist"), { recursive: true, force: true });
  // Resolve "cognito-resend-code" through pkg/package.json's exports, as a user would.
  rmSync(here("node_modules/cognito-resend-code"), { recursive: true, force: true });
  symlinkSync("../../pkg", here("node_modules/cognito-resend-code"));
  for (const page of pages) {
    const outdir = here(`dist/${page.name}`);
    mkdirSync(outdir, { recursive: true });
    await build({
      entryPoints: { main: here(`pages/${page.entry}`) },
      bundle: true,
      minify: true,
      format: "esm",
      target: "es2022",
      outdir,
      jsx: "automatic",
      logLevel: "warning",
      define: { "process.env.NODE_ENV": '"production"', global: "globalThis" },
    });
    // Both wasm files sit next to the bundle; a page fetches only the one it uses.
    if (page.ours) {
      for (const wasm of ["cognito_resend_code_bg.wasm", "cognito_resend_code_element_bg.wasm"]) {
        copyFileSync(`${pkg}${wasm}`, `${outdir}/${wasm}`);
      }
      cpSync(`${pkg}locales`, `${outdir}/locales`, { recursive: true });
    }
    if (page.rustFloor) copyFileSync(here("rust-floor/pkg/rust_floor_bg.wasm"), `${outdir}/rust_floor_bg.wasm`);
    writeFileSync(`${outdir}/index.html`, html(page, existsSync(`${outdir}/main.css`)));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await buildAll();
