// Builds one minimal production page per contender into bench/dist/<name>/,
// each bundled and minified by the same esbuild, every file also stored
// brotli-compressed (.br) for the server to send as a CDN would. Ours are
// built from pkg/ (run tools/build-npm.sh first).
//
// `pages` are the contenders; `deliveryPages` are ours delivered the other
// ways the issue asked to measure (no hint, the wasm inlined, no bundler).
import { build } from "esbuild";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const pkg = here("../pkg/");
const ELEMENT_WASM = "cognito_resend_code_element_bg.wasm";
const HEADLESS_WASM = "cognito_resend_code_bg.wasm";

/** `<link rel=preload>` for a wasm file: what README tells page authors to add. */
export const wasmPreload = (href) => `<link rel="preload" href="${href}" as="fetch" type="application/wasm" crossorigin>`;
const modulePreload = (href) => `<link rel="modulepreload" href="${href}">`;
/** `<link rel=preload>` for a language's catalog, as pkg/README tells pages in that language. */
const catalogPreload = (href) => `<link rel="preload" href="${href}" as="fetch" crossorigin>`;

export const pages = [
  { name: "floor", entry: "floor.js", label: "hand-written fetch() (the floor)" },
  {
    name: "rust-floor", entry: "rust-floor.js", label: "Rust/wasm floor: one gloo-net POST, nothing else",
    wasm: [["rust-floor/pkg/rust_floor_bg.wasm", "rust_floor_bg.wasm"]], hints: [wasmPreload("rust_floor_bg.wasm")],
  },
  { name: "identity-js", entry: "identity-js.js", label: "amazon-cognito-identity-js 6.3.21" },
  { name: "amplify", entry: "amplify.js", label: "aws-amplify 6.22.1 resendSignUpCode" },
  { name: "sdk-v3", entry: "sdk-v3.js", label: "@aws-sdk/client-cognito-identity-provider 3.1169.0" },
  { name: "amplify-ui", entry: "amplify-ui.jsx", label: "@aws-amplify/ui-react 6.15.6 Authenticator + React 19", noClick: true },
  {
    name: "ours-element", entry: "ours-element.js", label: "ours: <cognito-resend-code> element", ours: "element",
    hints: [wasmPreload(ELEMENT_WASM)],
  },
  {
    name: "ours-headless", entry: "ours-headless.js", label: "ours: headless API + hand-drawn button", ours: "headless",
    hints: [wasmPreload(HEADLESS_WASM)],
  },
];

// The same two pages of ours, delivered the other ways (bench/run.mjs loads
// them under slow 4G only, for BENCHMARKS.md's "How the wasm is fetched").
const unbundledHints = {
  element: ["pkg/define.js", "pkg/element.js", "pkg/cognito_resend_code_element.js", "pkg/element-styles.js", "pkg/locales.js"],
  headless: ["pkg/index.js", "pkg/cognito_resend_code.js", "pkg/locales.js"],
};
export const deliveryPages = ["element", "headless"].flatMap((kind) => {
  const main = pages.find((p) => p.ours === kind);
  const wasm = kind === "element" ? ELEMENT_WASM : HEADLESS_WASM;
  return [
    { ...main, name: `${kind}-no-hint`, label: "bundled, no hint (before issue 17)", hints: [] },
    { ...main, name: `${kind}-preload`, label: "bundled + wasm preload hint (README, the default)" },
    { ...main, name: `${kind}-inlined`, label: "bundled, wasm inlined in the bundle (base64)", hints: [], inline: true },
    { ...main, name: `${kind}-unbundled`, label: "no bundler (pkg/ as on a CDN), no hints", hints: [], unbundled: true },
    {
      ...main, name: `${kind}-unbundled-hints`, label: "no bundler + modulepreload and wasm preload hints (README)",
      hints: [...unbundledHints[kind].map(modulePreload), wasmPreload(`pkg/${wasm}`)], unbundled: true,
    },
    // A page in German: the element loads the German catalog before it draws.
    ...(kind === "element" ? [
      { ...main, name: "element-german", label: "page in German, bundled + wasm hint, no catalog hint", lang: "de" },
      {
        ...main, name: "element-german-hint", label: "page in German, bundled + wasm and catalog preload hints (README)", lang: "de",
        hints: [...main.hints, catalogPreload("locales/de.json")],
      },
    ] : []),
  ].map((page) => ({ ...page, delivery: kind }));
});

// Marks the moment the page's button can be pressed, the same way everywhere.
// `__ready` is read where it happens: when the page hands over its button
// (`benchButton`) and after every change to the document or to a shadow root,
// so it is exact to the task that enabled the button. `__readyFrame` is the
// older reading, at the next animation frame: it moves in whole frames
// (16.7 ms), too coarse for targets of a few milliseconds.
const readyProbe = `(function(){
var done=0,f,o=new MutationObserver(c),w={subtree:true,childList:true,attributes:true},a=Element.prototype.attachShadow;
function b(){var x=f&&f();return x&&!x.disabled}
function c(){if(!done&&b()){done=1;o.disconnect();Element.prototype.attachShadow=a;globalThis.__ready=performance.now()}}
Object.defineProperty(globalThis,"benchButton",{configurable:true,get:function(){return f},set:function(v){f=v;c()}});
Element.prototype.attachShadow=function(i){var r=a.call(this,i);if(!done)o.observe(r,w);return r};
o.observe(document,w);
(function p(){if(b())globalThis.__readyFrame=performance.now();else requestAnimationFrame(p)})()})()`.replace(/\n/g, "");

function html(page, hasCss) {
  const button = page.ours === "element" || page.noClick
    ? ""
    : '<button id="resend" type="button">Resend code</button><p id="result" role="status"></p>';
  return `<!doctype html><html lang="${page.lang ?? "en"}"><head><meta charset="utf-8"><title>bench ${page.name}</title>` +
    `<link rel="icon" href="data:,">${(page.hints ?? []).join("")}` +
    `${hasCss ? '<link rel="stylesheet" href="main.css">' : ""}` +
    `<script>${readyProbe}</script></head><body><main id="root">${button}</main>` +
    `<script type="module" src="main.js"></script></body></html>`;
}

// Without a bundler the page imports pkg/ as is: the package's specifiers
// become relative URLs and stay outside the bundle.
const unbundled = {
  name: "unbundled",
  setup(b) {
    b.onResolve({ filter: /^cognito-resend-code(\/element)?$/ }, (args) => ({
      path: args.path.endsWith("/element") ? "./pkg/define.js" : "./pkg/index.js",
      external: true,
    }));
  },
};

// The wasm as base64 in the bundle: the entries get bytes instead of a URL.
const inlined = {
  name: "inlined",
  setup(b) {
    b.onLoad({ filter: /pkg\/(element|index)\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const file = args.path.endsWith("element.js") ? ELEMENT_WASM : HEADLESS_WASM;
      const base64 = readFileSync(`${pkg}${file}`).toString("base64");
      // The entries are written without whitespace (tools/build-npm.sh).
      const replaced = source.replace(
        `new URL("./${file}",import.meta.url)`,
        `Uint8Array.from(atob("${base64}"),(c)=>c.charCodeAt(0))`,
      );
      if (replaced === source) throw new Error(`${args.path} no longer loads ${file} with new URL(...)`);
      return { contents: replaced, loader: "js" };
    });
  },
};

function compressAll(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) compressAll(path);
    else if (!name.endsWith(".br")) {
      writeFileSync(`${path}.br`, brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
  }
}

async function buildPage(page) {
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
    plugins: page.unbundled ? [unbundled] : page.inline ? [inlined] : [],
  });
  for (const [from, to] of page.wasm ?? []) cpSync(here(from), `${outdir}/${to}`);
  if (page.unbundled) {
    mkdirSync(`${outdir}/pkg`);
    for (const file of readdirSync(pkg).filter((f) => /\.(js|wasm)$/.test(f))) cpSync(`${pkg}${file}`, `${outdir}/pkg/${file}`);
    cpSync(`${pkg}locales`, `${outdir}/pkg/locales`, { recursive: true });
  } else if (page.ours) {
    // esbuild leaves new URL("….wasm", import.meta.url) alone: the page's
    // wasm goes next to the bundle, as pkg/README tells esbuild users.
    const wasm = page.ours === "element" ? ELEMENT_WASM : HEADLESS_WASM;
    if (!page.inline) cpSync(`${pkg}${wasm}`, `${outdir}/${wasm}`);
    cpSync(`${pkg}locales`, `${outdir}/locales`, { recursive: true });
  }
  writeFileSync(`${outdir}/index.html`, html(page, existsSync(`${outdir}/main.css`)));
  compressAll(outdir);
}

export async function buildAll() {
  rmSync(here("dist"), { recursive: true, force: true });
  // Resolve "cognito-resend-code" through pkg/package.json's exports, as a user would.
  rmSync(here("node_modules/cognito-resend-code"), { recursive: true, force: true });
  symlinkSync("../../pkg", here("node_modules/cognito-resend-code"));
  for (const page of [...pages, ...deliveryPages]) await buildPage(page);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildAll();
