// Replaces the loader at the end of wasm-bindgen's web glue (`__wbg_load`,
// `initSync`, `__wbg_init`) with a smaller one that takes the same
// arguments: `init({ module_or_path })` (a URL, a string, a `Request`, a
// `Response` or a promise of one, bytes or a `WebAssembly.Module`; `init()`:
// the wasm next to the glue) instantiates the wasm once, streaming what it
// fetches; `initSync({ module })` (Node) compiles what it is given. What
// goes: the deprecated positional arguments and their warnings, and the
// fallback for engines without `instantiateStreaming` (every engine we ship
// to has it): about a quarter KiB brotli on each page. Also goes, from the
// rest of the glue: the fallbacks for engines without `encodeInto` or
// `FinalizationRegistry`, and a string-passing branch no call takes.
//
// Usage: node tools/lean-loader.mjs OUT/NAME.js (wasm-bindgen's output,
// before minification). Fails, changing nothing, when the glue does not have
// the shape this expects.
import { readFileSync, writeFileSync } from "node:fs";

const [gluePath] = process.argv.slice(2);
const glue = readFileSync(gluePath, "utf8");

const start = glue.indexOf("async function __wbg_load(");
const endMarker = "export { initSync, __wbg_init as default };";
const end = glue.indexOf(endMarker);
const needed = ["function __wbg_get_imports()", "function __wbg_finalize_init(instance, module)", "let wasmModule, wasmInstance, wasm;"];
const missing = needed.filter((text) => !glue.includes(text));
if (start < 0 || end < start || glue.indexOf(endMarker, end + 1) >= 0 || missing.length) {
  console.error(`${gluePath}: not the wasm-bindgen loader this expects (${missing.join(", ") || "loader markers"}); left as it is`);
  process.exit(1);
}

// wasm-bindgen's default URL, kept: \`init()\` with no argument loads the
// wasm next to the glue, as wasm-bindgen documents.
const defaultFile = glue.match(/new URL\('([^']+_bg\.wasm)', import\.meta\.url\)/)?.[1];
if (!defaultFile) {
  console.error(`${gluePath}: no default wasm URL in the glue; left as it is`);
  process.exit(1);
}

const lean = `let __wbg_init_promise;
async function __wbg_init(options) {
    const source = options?.module_or_path ?? new URL(${JSON.stringify(defaultFile)}, import.meta.url);
    return wasm ?? (__wbg_init_promise ??= __wbg_load(source).catch((error) => {
        __wbg_init_promise = undefined;
        throw error;
    }));
}

async function __wbg_load(source) {
    const imports = __wbg_get_imports();
    source = await source;
    if (typeof source === "string" || source instanceof URL || source instanceof Request) source = await fetch(source);
    if (!(source instanceof Response)) {
        // Bytes, or a compiled module.
        const result = await WebAssembly.instantiate(source, imports);
        return __wbg_finalize_init(result.instance ?? result, result.module ?? source);
    }
    const response = source;
    if (!response.ok) throw new Error(\`failed to fetch Wasm: \${response.status} fetching '\${response.url}'\`);
    const { instance, module } = await WebAssembly.instantiateStreaming(response, imports).catch((error) => {
        // Served without the wasm MIME type: compile from the bytes.
        if (response.headers.get("Content-Type") === "application/wasm") throw error;
        return response.arrayBuffer().then((bytes) => WebAssembly.instantiate(bytes, imports));
    });
    return __wbg_finalize_init(instance, module);
}

function initSync({ module }) {
    if (wasm !== undefined) return wasm;
    if (!(module instanceof WebAssembly.Module)) module = new WebAssembly.Module(module);
    return __wbg_finalize_init(new WebAssembly.Instance(module, __wbg_get_imports()), module);
}

`;
// Code in the rest of the glue that no engine we ship to runs: [what it is
// in, pattern, replacement, how many]. Where the glue has the first, the
// pattern must be found once (or, for "every", at least once), or the glue
// is left as it is.
let rest = glue.slice(0, start);
const trims = [
  // `TextEncoder.prototype.encodeInto`: in every engine we ship to.
  ["const cachedTextEncoder", /\nif \(!\('encodeInto' in cachedTextEncoder\)\) \{\n    cachedTextEncoder\.encodeInto = function \(arg, view\) \{\n[^]*?\n    \};\n\}\n/, "\n"],
  // `passStringToWasm0` without `realloc`: every call passes it (checked below).
  ["function passStringToWasm0", /\n    if \(realloc === undefined\) \{\n[^]*?\n        return ptr;\n    \}\n/, "\n"],
  // `FinalizationRegistry`: in every engine we ship to.
  ["FinalizationRegistry", /\(typeof FinalizationRegistry === 'undefined'\)\n    \? \{ register: \(\) => \{\}, unregister: \(\) => \{\} \}\n    : new FinalizationRegistry/, "new FinalizationRegistry", "every"],
];
const calls = rest.match(/passStringToWasm0\([^)]*\)/g) ?? [];
if (calls.some((call) => !call.endsWith(", realloc)") && !call.endsWith(", wasm.__wbindgen_realloc)"))) {
  console.error(`${gluePath}: passStringToWasm0 is called without realloc; left as it is`);
  process.exit(1);
}
for (const [within, pattern, replacement, many] of trims) {
  if (!rest.includes(within)) continue;
  const found = rest.match(new RegExp(pattern.source, "g"))?.length ?? 0;
  if (many === "every" && found > 0) {
    rest = rest.replace(new RegExp(pattern.source, "g"), replacement);
    continue;
  }
  if (found !== 1) {
    console.error(`${gluePath}: expected ${pattern} once, found it ${found} times; left as it is`);
    process.exit(1);
  }
  rest = rest.replace(pattern, replacement);
}

writeFileSync(gluePath, rest + lean + glue.slice(end));
